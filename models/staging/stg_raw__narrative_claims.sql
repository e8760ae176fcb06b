with

source as (

    select * from {{ source('raw', 'raw_narrative_claims') }}

),

renamed as (

    select
        -- ids
        document_id,
        -- strings
        {{ clean_text('claim_kind') }} as claim_kind,
        {{ clean_text('claim_text') }} as claim_text,
        {{ clean_text('claimed_value') }} as claimed_value_text,
        {{ clean_text('subject_text') }} as subject_text,
        {{ clean_text('reference_text') }} as reference_text,
        coalesce(source_text, '') as source_text,
        -- numerics
        -- a percentage (share), a year (year) or a section number; no other kind holds a number
        case
            when claim_kind in ('share', 'year', 'section') then cast(nullif(trim(claimed_value), '') as decimal(20, 4))
        end as claimed_value,
        {{ to_yuan('subject_yuan') }} as subject_yuan,
        {{ to_yuan('reference_yuan') }} as reference_yuan,
        {{ to_int('source_line') }} as source_line,
        {{ to_int('source_page') }} as source_page

    from source

)

select * from renamed
