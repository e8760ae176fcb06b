with

source as (

    select * from {{ ref('function_name_aliases') }}

),

renamed as (

    select
        trim(alias) as alias,
        {{ normalize_name('alias') }} as alias_normalized,
        trim(function_code) as function_code,
        coalesce(note, '') as note
    from source

)

select * from renamed
