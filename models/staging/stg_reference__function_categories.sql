with

source as (

    select * from {{ ref('function_categories') }}

),

renamed as (

    select
        trim(category_code) as category_code,
        trim(category_name) as category_name
    from source

)

select * from renamed
