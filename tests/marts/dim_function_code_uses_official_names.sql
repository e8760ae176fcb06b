-- Rule: a code in the reference list carries its official name, whatever documents
-- print (002 prints 215 as 资产勘探… / 资源勘探工程…; the name is 资源勘探工业信息等支出).
-- Exceptions: none.
with

reference as (

    select
        category_code as function_code,
        category_name as function_name
    from {{ ref('stg_reference__function_categories') }}
    union all
    select
        function_code,
        function_name
    from {{ ref('stg_reference__function_codes') }}

)

select dim_function_code.*
from {{ ref('dim_function_code') }} as dim_function_code
inner join reference
    on dim_function_code.function_code = reference.function_code
where
    dim_function_code.function_name != reference.function_name
    or not dim_function_code.in_reference
