with

source as (

    select * from {{ ref('function_codes') }}

),

renamed as (

    select
        trim(function_code) as function_code,
        trim(function_name) as function_name
    from source

)

select * from renamed
