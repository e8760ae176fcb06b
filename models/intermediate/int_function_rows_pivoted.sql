{#-
    Function-classification table rows, current-year columns only (a prior-year column,
    e.g. 2024年预算数 in a 2025 table, never enters a sum). One row per document x table
    x code ('' is the 合计 row) with its 总计 / 基本支出 / 项目支出 cells side by side, and the
    other parts of the spending total where the table prints them (expenditure_other_parts:
    上缴上级支出 remitted_to_superior_yuan, 经营支出 operating_yuan, 对附属单位补助支出
    subsidiary_subsidy_yuan).
    基本支出 printed as its two parts, 人员经费 and 公用经费 (under a 基本支出 header without its
    小计, or as columns of their own: 合计 | 人员经费 | 公用经费 | 项目支出): the parts are kept as
    printed (basic_personnel_yuan / basic_public_yuan; has_basic_parts), and basic_yuan is their
    sum where the table prints both part columns (an empty cell of a printed column is 0; a
    table that prints only one of them has no basic figure: a part alone is not basic);
    basic_parts_yuan is their sum where the row prints both. A printed 基本支出 is never
    replaced.
    has_unread_amounts: the row has a non-zero amount in a column whose measure was not
    recognised (unknown_column): a part of its total beside those named here;
    has_unknown_parts: a part of the row's total is not known: an unread amount, or its
    基本支出 printed as one of its two parts only (the table prints no column of the other).
    Tables: 一般公共预算财政拨款支出预算表 (gpb_function), 政府性基金预算支出表 (gov_fund),
    财政拨款支出预算表 (fiscal_function: all 财政拨款 funds in one table), 部门支出总表
    (dept_expenditure); in final accounts also 支出决算表 (fa_expenditure) and
    国有资本经营预算财政拨款支出决算表 (state_capital).
-#}
{%- set other_parts = expenditure_other_parts() %}
{%- set measures = ['total', 'basic', 'project', 'basic_personnel', 'basic_public'] + other_parts %}
with

function_lines as (

    select
        *,
        -- the order of the row's cells: by line, then measure (an unrecognised column last)
        {{ cell_order('source_line', 'measure', measures) }} as cell_order
    from {{ ref('stg_raw__function_lines') }}
    where
        table_kind in (
            'gpb_function', 'gov_fund', 'fiscal_function', 'dept_expenditure', 'fa_expenditure', 'state_capital'
        )
        and period = 'current'
        -- final accounts: the 决算数, never a 年初预算数 / 调整预算数 column printed beside it
        and coalesce(value_role, 'actual') = 'actual'
        -- a null measure: a column not recognised (its amount is an unread part)
        and (
            measure is null
            or measure in ('{{ measures | join("', '") }}')
        )

),

-- the tables that print both parts of 基本支出 (a figure under each part column)
basic_part_tables as (

    select
        document_id,
        table_seq
    from function_lines
    where measure in ('basic_personnel', 'basic_public')
    group by document_id, table_seq
    having count(distinct measure) = 2

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
        {%- for part in other_parts %}
            sum(case when measure = '{{ part }}' then amount_yuan end) as {{ part }}_yuan,
        {%- endfor %}
        count(case when measure in ('basic_personnel', 'basic_public') then 1 end) > 0 as has_basic_parts,
        count(case when measure is null and amount_yuan != 0 then 1 end) > 0 as has_unread_amounts,
        count(distinct source_line) as printed_lines,
        {{ first_by('table_kind', ['cell_order']) }} as table_kind,
        {{ first_by('table_title', ['cell_order']) }} as table_title,
        {{ first_by('name_text', ['cell_order']) }} as name_text,
        {{ first_by('source_text', ['cell_order']) }} as source_text,
        min(source_line) as first_line,
        {{ first_by('source_page', ['cell_order']) }} as source_page
    from function_lines
    group by document_id, table_seq, function_code

),

split as (

    select
        amounts.*,
        -- 基本支出 as printed, else the sum of its two parts where the table prints both columns
        coalesce(
            amounts.basic_yuan,
            case
                when amounts.has_basic_parts and basic_part_tables.table_seq is not null
                    then coalesce(amounts.basic_personnel_yuan, 0) + coalesce(amounts.basic_public_yuan, 0)
            end
        ) as split_basic_yuan
    from amounts
    left join basic_part_tables
        on amounts.document_id = basic_part_tables.document_id
            and amounts.table_seq = basic_part_tables.table_seq

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
        split_basic_yuan as basic_yuan,
        project_yuan,
        {%- for part in other_parts %}
            {{ part }}_yuan,
        {%- endfor %}
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
        basic_yuan is null and split_basic_yuan is not null as is_basic_from_parts,
        has_unread_amounts,
        has_unread_amounts or (has_basic_parts and split_basic_yuan is null) as has_unknown_parts,
        (
            split_basic_yuan is not null or project_yuan is not null
            {%- for part in other_parts %}
                or {{ part }}_yuan is not null
            {%- endfor %}
        ) as is_split
    from split
    -- (a row of 人员 | 公用 parts alone, in a table that prints one of them only, has no figure)
    where
        total_yuan is not null or split_basic_yuan is not null or project_yuan is not null
        {%- for part in other_parts %}
            or {{ part }}_yuan is not null
        {%- endfor %}

)

select * from final
