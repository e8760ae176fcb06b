{#-
    Reconciliation within a row: 基本支出 + 项目支出 (+ the other parts of spending the table
    prints beside them: 上缴上级支出, 经营支出, 对附属单位补助支出) = 总计 on every row of the
    function tables (the 合计 row is the check "in total"; 基本支出 printed as 人员经费 |
    公用经费 is their sum), and 人员经费 + 日常公用经费 = 总计 on every row of the
    basic-expenditure economic table. A part that was not read is not 0: a row with an amount
    in a column not recognised, or whose 基本支出 is printed as one part only, is not checked.
    One row per document x check x table:code.
-#}
{%- set other_parts = expenditure_other_parts() %}
with

-- (labelled over all of a document's rows: a table's label is the same in every check)
labelled_function_rows as (

    select
        *,
        {{ table_label() }} as table_label
    from {{ ref('int_function_rows_pivoted') }}

),

labelled_economic_rows as (

    select
        *,
        {{ table_label(within=['classification']) }} as table_label
    from {{ ref('int_economic_rows_pivoted') }}

),

function_rows as (

    select * from labelled_function_rows
    where
        is_split
        and total_yuan is not null
        -- an amount in a column not recognised, or 基本支出 printed as one of its 人员 | 公用
        -- parts only: a part of the total not known
        and not has_unknown_parts

),

economic_rows as (

    select * from labelled_economic_rows
    where
        total_yuan is not null
        and (personnel_yuan is not null or public_yuan is not null)

),

function_checks as (

    select
        document_id,
        'basic_plus_project_equals_total' as check_name,
        {{ dbt.concat([
            'table_label', "':'", "case when function_code = '' then '合计' else function_code end",
        ]) }} as scope,
        total_yuan as expected_yuan,
        coalesce(basic_yuan, 0) + coalesce(project_yuan, 0)
        {%- for part in other_parts %}
            + coalesce({{ part }}_yuan, 0)
        {%- endfor %} as actual_yuan,
        -- 基本支出 as the sum of its parts is two printed terms
        case when is_basic_from_parts then 3 else 2 end
        {%- for part in other_parts %}
            + case when {{ part }}_yuan != 0 then 1 else 0 end
        {%- endfor %} as n_terms,
        {{ line_detail('', 'source_line', 'source_text') }} as detail
    from function_rows

),

economic_checks as (

    select
        document_id,
        'personnel_plus_public_equals_basic' as check_name,
        {{ dbt.concat([
            'table_label', "'.'", 'classification', "':'",
            "case when economic_code = '' then '合计' else economic_code end",
        ]) }} as scope,
        total_yuan as expected_yuan,
        coalesce(personnel_yuan, 0) + coalesce(public_yuan, 0) as actual_yuan,
        2 as n_terms,
        {{ line_detail('', 'source_line', 'source_text') }} as detail
    from economic_rows
    where table_kind = 'gpb_basic_economic'

),

final as (

    select * from function_checks
    union all
    select * from economic_checks

)

select * from final
