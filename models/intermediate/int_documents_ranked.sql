{#-
    Document currency. One row per distinct file content (document_id), with its unit
    and whether it is THE current document of its unit x fiscal year x kind:
      1. identical files (same sha256 under several paths) collapse to one document,
         named by the first path in sort order;
      2. a failed document is never current;
      3. an explicit correction (更正 / 调整: is_correction) beats the original;
      4. a complete document ('ok') beats a 'partial' one;
      5. a later published_on (the manifest's date for any of its paths) beats an earlier or
         an unknown one;
      6. then the longer file, then the smallest document_id (deterministic).
-#}
with

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

manifest as (

    select * from {{ ref('stg_raw__manifest') }}

),

published as (

    select
        documents.document_id,
        max(manifest.published_on) as published_on
    from documents
    inner join manifest
        on documents.source_path = manifest.source_path
    group by documents.document_id

),

collapsed as (

    select
        *,
        count(*) over (partition by document_id) as file_copies,
        row_number() over (partition by document_id order by source_path) as path_rank
    from documents

),

identified as (

    select
        *,
        case
            when unit_name is not null
                then {{ make_unit_id('province', 'district', 'unit_name', 'scope') }}
        end as unit_id,
        {{ amount_unit_yuan('amount_unit') }} as unit_yuan
    from collapsed
    where path_rank = 1

),

ranked as (

    select
        identified.*,
        published.published_on,
        row_number() over (
            partition by identified.unit_id, identified.fiscal_year, identified.doc_kind
            order by
                case when identified.status = 'failed' then 1 else 0 end,
                case when identified.is_correction then 0 else 1 end,
                case when identified.status = 'ok' then 0 else 1 end,
                published.published_on desc nulls last,
                identified.file_bytes desc,
                identified.document_id asc
        ) as currency_rank
    from identified
    left join published
        on identified.document_id = published.document_id

),

final as (

    select
        -- ids
        document_id,
        unit_id,
        file_sha256,
        -- strings
        title,
        source_path,
        province,
        district,
        unit_name,
        unit_code,
        scope,
        doc_kind,
        amount_unit,
        layout,
        status,
        problems,
        encoding,
        source_format,
        -- numerics
        fiscal_year,
        page_count,
        unit_yuan,
        file_bytes,
        file_copies,
        currency_rank,
        -- dates
        published_on,
        -- booleans
        is_correction,
        is_traditional,
        coalesce(
            currency_rank = 1
            and status != 'failed'
            and unit_id is not null
            and fiscal_year is not null
            and doc_kind is not null,
            false
        ) as is_current
    from ranked

)

select * from final
