with

economic_rows as (

    select * from {{ ref('int_economic_rows_pivoted') }}
    where is_leaf

),

documents as (

    {{ current_documents() }}

),

amounts as (

    select
        document_id,
        economic_code,
        expenditure_type,
        max(classification) as classification,
        sum(coalesce(total_yuan, coalesce(personnel_yuan, 0) + coalesce(public_yuan, 0))) as amount_yuan,
        sum(personnel_yuan) as personnel_amount_yuan,
        sum(public_yuan) as public_use_amount_yuan,
        min(source_line) as source_line,
        min(table_kind) as source_table
    from economic_rows
    group by document_id, economic_code, expenditure_type

),

final as (

    select
        -- ids
        amounts.document_id,
        documents.unit_id,
        documents.fiscal_year,
        amounts.economic_code,
        -- strings
        amounts.classification,
        amounts.expenditure_type,
        -- numerics
        cast(amounts.amount_yuan as decimal(20, 2)) as amount_yuan,
        cast(amounts.personnel_amount_yuan as decimal(20, 2)) as personnel_amount_yuan,
        cast(amounts.public_use_amount_yuan as decimal(20, 2)) as public_use_amount_yuan,
        -- provenance
        amounts.source_table,
        amounts.source_line,
        economic_rows.source_text
    from amounts
    inner join documents
        on amounts.document_id = documents.document_id
    inner join economic_rows
        on amounts.document_id = economic_rows.document_id
            and amounts.economic_code = economic_rows.economic_code
            and amounts.expenditure_type = economic_rows.expenditure_type
            and amounts.source_line = economic_rows.source_line
    where amounts.amount_yuan != 0

)

select * from final
