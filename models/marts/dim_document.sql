with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

manifest as (

    select * from {{ ref('stg_raw__manifest') }}
    where source_path is not null

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
        -- a manifest row's problem (a bad date or address) is listed with the document's own
        case
            when manifest.problem = '' or manifest.problem is null then documents.problems
            when documents.problems = '' then manifest.problem
            else documents.problems || '; ' || manifest.problem
        end as problems,
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

)

select * from final
