with

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

-- identical files (same content under several names) collapse to one document:
-- keep the first path in sort order, remember how many copies there were
distinct_documents as (

    select
        *,
        count(*) over (partition by document_id) as copies,
        row_number() over (partition by document_id order by source_path) as path_rank
    from documents

),

with_unit as (

    select
        *,
        case
            when unit_name is not null
                then substr({{ dbt.hash("coalesce(district, '') || '|' || unit_name") }}, 1, 16)
        end as unit_id
    from distinct_documents
    where path_rank = 1

),

-- one current document per unit x year x kind: a non-failed one; an explicit
-- correction beats the original; a complete one beats a partial one; then the
-- larger file; then the document id (deterministic)
ranked as (

    select
        *,
        row_number() over (
            partition by unit_id, fiscal_year, doc_kind
            order by
                case when status = 'failed' then 1 else 0 end,
                case when is_correction then 0 else 1 end,
                case when status = 'ok' then 0 else 1 end,
                file_bytes desc,
                document_id
        ) as currency_rank
    from with_unit

),

final as (

    select
        document_id,
        unit_id,
        fiscal_year,
        doc_kind,
        title,
        source_path,
        file_sha256,
        amount_unit,
        layout,
        status,
        problems,
        encoding,
        copies as file_copies,
        (currency_rank = 1 and status != 'failed' and unit_id is not null) as is_current
    from ranked

)

select * from final
