with

source as (

    select * from {{ ref('economic_codes') }}

),

renamed as (

    select
        trim(economic_code) as economic_code,
        trim(classification) as classification,
        trim(economic_name) as economic_name
    from source

)

select * from renamed
