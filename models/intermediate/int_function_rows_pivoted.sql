{#-
    Function-classification table rows, current-year columns only (a prior-year column,
    e.g. 2024年预算数 in a 2025 table, never enters a sum). One row per document x table
    x code ('' is the 合计 row) with its 总计 / 基本支出 / 项目支出 cells side by side;
    has_basic_parts: the row prints 基本支出 as 人员 and 公用 parts (never summed here; the
    parts are kept as printed, basic_personnel_yuan / basic_public_yuan, and added up where
    both are, basic_parts_yuan).
    Tables: 一般公共预算财政拨款支出预算表 (gpb_function), 政府性基金预算支出表 (gov_fund),
    部门支出总表 (dept_expenditure); in final accounts also 支出决算表 (fa_expenditure) and
    国有资本经营预算财政拨款支出决算表 (state_capital).
-#}
with

function_lines as (

    select * from {{ ref('stg_raw__function_lines') }}
    where
        table_kind in ('gpb_function', 'gov_fund', 'dept_expenditure', 'fa_expenditure', 'state_capital')
        and period = 'current'
        -- final accounts: the 决算数, never a 年初预算数 / 调整预算数 column printed beside it
        and coalesce(value_role, 'actual') = 'actual'
        -- basic_personnel / basic_public: 基本支出 printed as its two parts only (人员 | 公用, no
        -- 小计): never summed into basic here, only noted (has_basic_parts)
        and measure in ('total', 'basic', 'project', 'basic_personnel', 'basic_public')

),

-- one pass per document x table x code: the cells side by side, and the printed line
-- that comes first (by line, then measure) for the row's text
amounts as (

    select
        document_id,
        table_seq,
        function_code,
        sum(case when measure = 'total' then amount_yuan end) as total_yuan,
        sum(case when measure = 'basic' then amount_yuan end) as basic_yuan,
        sum(case when measure = 'project' then amount_yuan end) as project_yuan,
        sum(case when measure = 'basic_personnel' then amount_yuan end) as basic_personnel_yuan,
        sum(case when measure = 'basic_public' then amount_yuan end) as basic_public_yuan,
        count(case when measure in ('basic_personnel', 'basic_public') then 1 end) > 0 as has_basic_parts,
        count(distinct source_line) as printed_lines,
        {{ first_by('table_kind', ['source_line', 'measure']) }} as table_kind,
        {{ first_by('table_title', ['source_line', 'measure']) }} as table_title,
        {{ first_by('name_text', ['source_line', 'measure']) }} as name_text,
        {{ first_by('source_text', ['source_line', 'measure']) }} as source_text,
        min(source_line) as first_line,
        {{ first_by('source_page', ['source_line', 'measure']) }} as source_page
    from function_lines
    group by document_id, table_seq, function_code

),

final as (

    select
        -- ids
        document_id,
        table_seq,
        function_code,
        -- strings
        table_kind,
        table_title,
        name_text,
        source_text,
        -- numerics
        total_yuan,
        basic_yuan,
        project_yuan,
        basic_personnel_yuan,
        basic_public_yuan,
        -- 基本支出 as the sum of its two parts, where both are printed (a part alone is not it)
        basic_personnel_yuan + basic_public_yuan as basic_parts_yuan,
        first_line as source_line,
        source_page,
        printed_lines,
        {{ function_level('function_code') }} as function_level,
        -- booleans
        function_code = '' as is_total_row,
        has_basic_parts,
        (basic_yuan is not null or project_yuan is not null) as is_split
    from amounts
    -- (a row of 人员 | 公用 parts alone has no figure of the three)
    where total_yuan is not null or basic_yuan is not null or project_yuan is not null

)

select * from final
