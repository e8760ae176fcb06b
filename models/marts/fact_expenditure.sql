with

items as (

    select * from {{ ref('int_expenditure_items_selected') }}

),

documents as (

    {{ current_documents() }}

),

final as (

    select
        -- ids
        items.document_id,
        documents.unit_id,
        documents.fiscal_year,
        items.function_code,
        -- strings
        items.expenditure_type,
        items.fund_scope,
        -- numerics
        cast(items.amount_yuan as decimal(20, 2)) as amount_yuan,
        -- provenance
        items.source,
        items.source_table,
        items.source_line,
        items.source_page,
        items.source_text
    from items
    inner join documents
        on items.document_id = documents.document_id

)

select * from final
