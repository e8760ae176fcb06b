with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

final as (

    select
        -- ids
        document_id,
        unit_id,
        -- numerics
        fiscal_year,
        -- strings
        doc_kind,
        title,
        source_path,
        file_sha256,
        amount_unit,
        layout,
        status,
        problems,
        encoding,
        source_format,
        -- numerics
        page_count,
        file_copies,
        -- booleans
        is_current,
        is_correction
    from documents

)

select * from final
