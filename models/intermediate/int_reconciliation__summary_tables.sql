{#-
    Reconciliation inside the two-sided summary tables (财政拨款收支总表 fiscal_summary,
    部门收支总表 dept_summary), per table and per column (measure):
      summary_income_sources_equal_current_year  本年收入 = its sources (一般公共预算资金,
                                                 政府性基金预算资金 …) listed under it (单位资金
                                                 once: its parts listed after it are not added)
      summary_income_total_equals_current_plus_carryover  收入合计 = 本年收入 + 上年结转
      summary_categories_equal_current_year      本年支出 = the function categories listed
      summary_expenditure_total_equals_current_plus_carryover  支出合计 = 本年支出 + 结转下年
      summary_income_equals_expenditure          收入合计 = 支出合计 (the table balances): each
                                                 side's 总计, else (a budget's table that prints
                                                 none on that side) its 本年 line where the side
                                                 prints no carry-over (上年结转 / 使用结余 /
                                                 结转下年 / 结余分配): that line is then all it
                                                 holds ('本年收入合计 | 本年支出合计' tables)
    A table's empty cell is no figure: only the rows the table prints with a value count,
    and a check needs its total and at least one of its parts. One row per document x check
    x table:measure.
-#}
with

summary_items as (

    select * from {{ ref('stg_raw__summary_items') }}
    where
        table_kind in ('fiscal_summary', 'dept_summary')
        and amount_yuan is not null

),

-- the line of a 单位资金 row in each table column: the 事业收入, 其他收入 … listed after it are
-- its parts (the budget templates since 2024: 单位资金 = 事业收入 + 事业单位经营收入 + 上级补助收入
-- + 附属单位上缴收入 + 其他收入), never sources beside it
unit_funds as (

    select
        *,
        min(case when side = 'income' and item_key = 'unit_funds' then source_line end)
            over (partition by document_id, table_seq, measure) as unit_funds_line
    from summary_items

),

-- what each row is in its table's arithmetic
roles as (

    select
        *,
        case
            when
                side = 'income'
                and item_key in ('business', 'operating', 'superior_subsidy', 'subordinate_remittance', 'other')
                and source_line > unit_funds_line
                then 'income_unit_funds_part'
            when side = 'income' and item_key = 'total' then 'income_total'
            when side = 'income' and item_key = 'current_year_total' then 'income_current'
            when side = 'income' and item_key = 'carryover_total' then 'income_carryover_total'
            when side = 'income' and item_key like 'carryover%' then 'income_carryover_source'
            -- 财政拨款收入: its parts (一般公共预算, 政府性基金...) are the sources listed under it
            when side = 'income' and item_key = 'fiscal' then 'income_fiscal'
            when side = 'income' then 'income_source'
            when side = 'expenditure' and item_key = 'total' then 'expenditure_total'
            when side = 'expenditure' and item_key = 'current_year_total' then 'expenditure_current'
            when side = 'expenditure' and item_key = 'carryover_next_year' then 'expenditure_carryover'
            when side = 'expenditure' and item_key = 'category' then 'category'
        end as item_role
    from unit_funds

),

tables as (

    select
        document_id,
        table_seq,
        table_kind,
        measure,
        -- the totals: the first row of each (a total is printed once)
        {%- for role in [
            'income_total', 'income_current', 'income_carryover_total',
            'expenditure_total', 'expenditure_current', 'expenditure_carryover',
        ] %}
            {{ first_by("case when item_role = '" ~ role ~ "' then amount_yuan end", ['source_line']) }} as {{ role }},
        {%- endfor %}
        -- the rows beside the year's own on each side: a 本年 line is the side's whole without them
        count(
            case
                when item_role in ('income_carryover_total', 'income_carryover_source') then 1
                when item_key = 'non_fiscal_balance_used' then 1
            end
        ) as n_income_beyond_year,
        count(case when item_role = 'expenditure_carryover' or item_key = 'balance_distribution' then 1 end)
            as n_expenditure_beyond_year,
        -- the parts
        sum(case when item_role = 'income_source' then amount_yuan end) as income_sources,
        count(case when item_role = 'income_source' then amount_yuan end) as n_income_sources,
        sum(case when item_role = 'income_carryover_source' then amount_yuan end) as income_carryover_sources,
        sum(case when item_role = 'category' then amount_yuan end) as categories,
        count(case when item_role = 'category' then amount_yuan end) as n_categories,
        min(source_line) as first_line,
        {{ first_by('table_title', ['source_line']) }} as table_title
    from roles
    group by document_id, table_seq, table_kind, measure

),

-- each side's whole: its 总计, else, in a budget, its 本年 line where the side prints nothing
-- beyond the year (a final account's year may leave a balance the table need not print)
sides as (

    select
        tables.*,
        coalesce(
            tables.income_total,
            case when documents.doc_kind = 'budget' and tables.n_income_beyond_year = 0 then tables.income_current end
        ) as income_whole,
        coalesce(
            tables.expenditure_total,
            case
                when documents.doc_kind = 'budget' and tables.n_expenditure_beyond_year = 0
                    then tables.expenditure_current
            end
        ) as expenditure_whole
    from tables
    inner join {{ ref('int_documents_ranked') }} as documents
        on tables.document_id = documents.document_id

),

checks as (

    select
        document_id,
        'summary_income_sources_equal_current_year' as check_name,
        table_kind,
        measure,
        table_seq,
        income_current as expected_yuan,
        income_sources as actual_yuan,
        n_income_sources as n_terms,
        first_line,
        table_title
    from tables
    where income_current is not null and n_income_sources > 0

    union all

    select
        document_id,
        'summary_income_total_equals_current_plus_carryover' as check_name,
        table_kind,
        measure,
        table_seq,
        income_total as expected_yuan,
        income_current + coalesce(income_carryover_total, income_carryover_sources, 0) as actual_yuan,
        2 as n_terms,
        first_line,
        table_title
    from tables
    where income_total is not null and income_current is not null

    union all

    select
        document_id,
        'summary_categories_equal_current_year' as check_name,
        table_kind,
        measure,
        table_seq,
        expenditure_current as expected_yuan,
        categories as actual_yuan,
        n_categories as n_terms,
        first_line,
        table_title
    from tables
    where expenditure_current is not null and n_categories > 0

    union all

    select
        document_id,
        'summary_expenditure_total_equals_current_plus_carryover' as check_name,
        table_kind,
        measure,
        table_seq,
        expenditure_total as expected_yuan,
        expenditure_current + coalesce(expenditure_carryover, 0) as actual_yuan,
        2 as n_terms,
        first_line,
        table_title
    from tables
    where expenditure_total is not null and expenditure_current is not null

    union all

    select
        document_id,
        'summary_income_equals_expenditure' as check_name,
        table_kind,
        measure,
        table_seq,
        income_whole as expected_yuan,
        expenditure_whole as actual_yuan,
        1 as n_terms,
        first_line,
        table_title
    from sides
    where income_whole is not null and expenditure_whole is not null

),

final as (

    select
        document_id,
        check_name,
        {{ dbt.concat([
            'table_kind', "':'", 'cast(table_seq as ' ~ dbt.type_string() ~ ')', "':'", 'measure',
        ]) }} as scope,
        expected_yuan,
        actual_yuan,
        n_terms,
        {{ line_detail('table from', 'first_line', 'table_title') }} as detail
    from checks

)

select * from final
