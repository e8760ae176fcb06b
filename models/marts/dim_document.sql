with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

manifest as (

    select * from {{ ref('stg_raw__manifest') }}
    where source_path is not null

),

-- function rows counted in a coarser row of another table (fact_expenditure keeps one level
-- per branch): a finding of the document's reading, listed with its problems
rolled_up as (

    select
        document_id,
        'function rows counted in their 类 / 款, the finest level another function table of the '
        || 'document prints of that branch (fact_expenditure keeps one level per branch): '
        || {{ ordered_string_agg("rolled_up_codes || ' in ' || function_code", "'; '", 'function_code') }} as finding
    from (
        select distinct
            document_id,
            function_code,
            rolled_up_codes
        from {{ ref('int_expenditure_items_selected') }}
        where rolled_up_codes != ''
    ) as rolled_up_rows
    group by document_id

),

final as (

    select
        -- ids
        documents.document_id,
        documents.unit_id,
        -- numerics
        documents.fiscal_year,
        -- strings
        documents.doc_kind,
        documents.title,
        documents.source_path,
        documents.file_sha256,
        documents.amount_unit,
        documents.layout,
        manifest.source_url,
        manifest.publisher,
        documents.status,
        -- a manifest row's problem (a bad date or address) and the reading's findings
        concat_ws('; ', nullif(documents.problems, ''), nullif(manifest.problem, ''), rolled_up.finding) as problems,
        documents.encoding,
        documents.source_format,
        -- numerics
        documents.page_count,
        documents.file_copies,
        -- dates
        manifest.published_on,
        -- booleans
        documents.is_current,
        documents.is_correction
    from documents
    left join manifest
        on documents.source_path = manifest.source_path
    left join rolled_up
        on documents.document_id = rolled_up.document_id

)

select * from final
