{#-
    Function-classification table rows, current-year columns only (a prior-year column,
    e.g. 2024年预算数 in a 2025 table, never enters a sum). One row per document x table
    x code ('' is the 合计 row) with its 总计 / 基本支出 / 项目支出 cells side by side.
    Tables: 一般公共预算财政拨款支出预算表 (gpb_function), 政府性基金预算支出表 (gov_fund),
    部门支出总表 (dept_expenditure).
-#}
with

function_lines as (

    select * from {{ ref('stg_raw__function_lines') }}
    where
        table_kind in ('gpb_function', 'gov_fund', 'dept_expenditure')
        and period = 'current'
        and measure in ('total', 'basic', 'project')

),

amounts as (

    select
        document_id,
        table_seq,
        function_code,
        sum(case when measure = 'total' then amount_yuan end) as total_yuan,
        sum(case when measure = 'basic' then amount_yuan end) as basic_yuan,
        sum(case when measure = 'project' then amount_yuan end) as project_yuan,
        count(distinct source_line) as printed_lines
    from function_lines
    group by document_id, table_seq, function_code

),

first_lines as (

    select
        document_id,
        table_seq,
        table_kind,
        table_title,
        function_code,
        name_text,
        source_line,
        source_text,
        row_number() over (
            partition by document_id, table_seq, function_code
            order by source_line, measure
        ) as line_rank
    from function_lines

),

final as (

    select
        -- ids
        amounts.document_id,
        amounts.table_seq,
        amounts.function_code,
        -- strings
        first_lines.table_kind,
        first_lines.table_title,
        first_lines.name_text,
        first_lines.source_text,
        -- numerics
        amounts.total_yuan,
        amounts.basic_yuan,
        amounts.project_yuan,
        first_lines.source_line,
        amounts.printed_lines,
        {{ function_level('amounts.function_code') }} as function_level,
        -- booleans
        amounts.function_code = '' as is_total_row,
        (amounts.basic_yuan is not null or amounts.project_yuan is not null) as is_split
    from amounts
    inner join first_lines
        on amounts.document_id = first_lines.document_id
            and amounts.table_seq = first_lines.table_seq
            and amounts.function_code = first_lines.function_code
            and first_lines.line_rank = 1

)

select * from final
