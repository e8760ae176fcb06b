with

source as (

    select * from {{ source('raw', 'raw_performance_targets') }}

),

renamed as (

    select
        -- ids
        document_id,
        {{ to_int('table_seq') }} as table_seq,
        {{ clean_text('project_code') }} as project_code,
        -- strings
        {{ clean_text('table_kind') }} as table_kind,
        {{ clean_text('table_title') }} as table_title,
        coalesce(source_text, '') as source_text,
        {{ clean_text('unit_text') }} as unit_text,
        {{ clean_text('project_name') }} as project_name,
        {{ clean_text('field') }} as field,
        {{ clean_text('level1') }} as indicator_level1,
        {{ clean_text('level2') }} as indicator_level2,
        {{ clean_text('level3') }} as indicator_level3,
        {{ clean_text('operator') }} as target_operator,
        {{ clean_text('target_value') }} as target_value,
        {{ clean_text('measure_unit') }} as measure_unit,
        {{ clean_text('weight') }} as weight_text,
        coalesce(text, '') as target_text,
        -- numerics
        {{ to_int('source_line') }} as source_line,
        -- booleans
        {{ to_bool('is_core') }} as is_core

    from source

)

select * from renamed
