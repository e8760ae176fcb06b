{#-
    Reconciliation between figures of one document, each a published total against
    its parts or against the same figure elsewhere:
      basic_plus_project_equals_expenditure_total  基本支出 + 项目支出 = the expenditure total of the
                                            same funds (both terms of one funds scope, against
                                            that scope's total), as stated; against the
                                            all-funds total with the other parts of spending
                                            the document states (上缴上级支出, 经营支出, 对附属
                                            单位补助支出: expenditure_other_parts), and not at
                                            all where an expenditure table prints an amount
                                            in a column not recognised (a part not known)
      personnel_plus_public_equals_basic_expenditure  人员经费 + 日常公用经费 = 基本支出, as stated
                                            (the three of one funds scope)
      three_public_parts_equal_total        因公出国(境) + 公务接待 + 公务用车 = 三公 total
      three_public_vehicle_parts_equal_total 购置 + 运行维护 = 公务用车 total
      procurement_parts_equal_total         货物 + 工程 + 服务 = 政府采购 total
      procurement_lines_equal_total         the procurement table's lines = its total row
      income_equals_expenditure             income_total = expenditure_total (budgets only; each
                                            side with its carry-over where a total is the year's
                                            alone, 本年收入合计 / 本年支出合计)
      narrative_equals_table                a metric the narrative and a table both state
      economic_total_equals_function_basic  basic economic table 合计 = function table 基本支出 合计
                                            (an economic table whose title names its funds:
                                            一般公共预算 / 财政拨款)
      dept_summary_equals_fiscal_summary    部门收支总表 = 财政拨款收支总表 on the expenditure
                                            side, where they overlap (all income is fiscal:
                                            both income totals are equal)
      fact_expenditure_equals_expenditure_total  the sum of fact_expenditure rows = the
                                            expenditure total of the same funds (scope: the
                                            metric compared; see scoped_totals)
    A check runs only on figures that were read: a part the document does not state (or
    that was not understood) is unknown, never 0, so a sum of parts is checked only when
    every part was read, and the fact rows only when there are any and their tables are
    complete (no row left out: int_function_tables_incomplete; no part of a row not known:
    int_function_rows_pivoted.has_unknown_parts).
    figure_unit_yuan: the unit to whose 0.01 the coarsest narrative figure of the check was
    printed (10000 for '9628.22万元'); null when only table figures take part (the
    document's unit applies). The rounding tolerance follows it.
    One row per document x check x scope.
-#}
{%- set term_scope -%}
    case
        when table_value is not null and table_kind in ('gpb_function', 'gpb_basic_economic') then 'general_public_budget'
        when table_value is not null then 'all_funds'
        else coalesce(narrative_fund_scope, 'all_funds')
    end
{%- endset %}
{#- the other parts of spending beside basic and project, as summary metrics -#}
{%- set other_part_metrics = expenditure_other_parts('expenditure_') %}
{%- set other_part_list = "'" ~ other_part_metrics | join("', '") ~ "'" %}

with

metrics as (

    select * from {{ ref('int_budget_metrics_compared') }}

),

figures as (

    select * from {{ ref('int_table_figures_unioned') }}

),

economic_rows as (

    select * from {{ ref('int_economic_rows_pivoted') }}

),

narrative_figures as (

    select * from {{ ref('stg_raw__narrative_figures') }}

),

summary_items as (

    select * from {{ ref('stg_raw__summary_items') }}

),

procurement_lines as (

    select * from {{ ref('stg_raw__procurement_lines') }}

),

expenditure_items as (

    select * from {{ ref('int_expenditure_items_selected') }}

),

metric_values as (

    select
        document_id,
        {{ metric_columns([
            'three_public_total',
            'three_public_overseas',
            'three_public_reception',
            'three_public_vehicle_total',
            'three_public_vehicle_operation',
            'three_public_vehicle_purchase',
            'procurement_total',
            'procurement_goods',
            'procurement_works',
            'procurement_services',
            'income_total',
            'expenditure_total',
            'expenditure_general_public_budget',
            'expenditure_fiscal_appropriation',
            'income_carryover',
            'expenditure_carryover',
        ]) }},
        -- an income / expenditure total of the year alone (本年收入合计 / 本年支出合计): the
        -- carry-overs make the two sides equal, not the totals themselves
        max(
            case when metric in ('income_total', 'expenditure_total') and total_scope = 'current_year' then 1 else 0 end
        ) as has_current_year_total,
        -- the year's spending (a 总计 printed without its 本年 line, less its 结转下年): what the
        -- year's splits and fact rows add up to
        max(case when metric = 'expenditure_total' then year_value end) as expenditure_year_total,
        -- the funds of each term of a split: its table's (a 一般公共预算 table's figure stands
        -- for all funds only where that fund is all the funds), else the narrative's wording
        -- (not told: taken as all funds); terms of two funds are summed only where the
        -- 一般公共预算 fund is all the funds
        count(distinct case when metric in ('basic_expenditure', 'project_expenditure') then {{ term_scope }} end)
            as split_scopes,
        max(case when metric in ('basic_expenditure', 'project_expenditure') then {{ term_scope }} end)
            as split_scope,
        count(
            distinct case
                when metric in ('basic_expenditure', 'personnel_expenditure', 'public_use_expenditure')
                    then {{ term_scope }}
            end
        ) as basic_parts_scopes,
        max(case when fund_is_all_funds then 1 else 0 end) as fund_is_all_funds,
        {{ metric_columns([
            'basic_expenditure',
            'project_expenditure',
            'personnel_expenditure',
            'public_use_expenditure',
        ]) }},
        {{ metric_columns(other_part_metrics) }},
        -- the printed unit of the narrative figures used (a table's figure is used when both)
        max(case when metric like 'three_public%' and table_value is null then narrative_printed_unit_yuan end)
            as three_public_unit_yuan,
        max(case when metric like 'procurement%' and table_value is null then narrative_printed_unit_yuan end)
            as procurement_unit_yuan,
        max(
            case
                when metric in ('income_total', 'expenditure_total') and table_value is null
                    then narrative_printed_unit_yuan
            end
        ) as totals_unit_yuan,
        max(case when metric = 'expenditure_total' and table_value is null then narrative_printed_unit_yuan end)
            as expenditure_total_unit_yuan,
        max(
            case
                when metric = 'expenditure_general_public_budget' and table_value is null
                    then narrative_printed_unit_yuan
            end
        ) as expenditure_general_public_budget_unit_yuan,
        max(
            case
                when metric = 'expenditure_fiscal_appropriation' and table_value is null
                    then narrative_printed_unit_yuan
            end
        ) as expenditure_fiscal_appropriation_unit_yuan,
        max(
            case
                when
                    metric in (
                        'expenditure_total', 'expenditure_general_public_budget', 'basic_expenditure',
                        'project_expenditure', 'personnel_expenditure', 'public_use_expenditure',
                        {{ other_part_list }}
                    )
                    and table_value is null
                    then narrative_printed_unit_yuan
            end
        ) as split_unit_yuan
    from metrics
    group by document_id

),

-- the total that a sum of parts of one scope is compared with: the all-funds total when the
-- parts are all funds, or when the document's all-funds total is that scope's (all its
-- spending is 一般公共预算 / 财政拨款); else that scope's own total (null: not stated, no check)
scoped_totals as (

    {%- set scopes = [
        ('all_funds', 'expenditure_total'),
        ('general_public_budget', 'expenditure_general_public_budget'),
        ('fiscal_appropriation', 'expenditure_fiscal_appropriation'),
    ] %}
    {%- for fund_scope, metric in scopes %}
        select
            document_id,
            '{{ fund_scope }}' as fund_scope,
            {%- if metric == 'expenditure_total' %}
                'expenditure_total' as scope,
                expenditure_year_total as total_yuan,
                expenditure_total_unit_yuan as total_unit_yuan
            {%- else %}
                case when expenditure_total = {{ metric }} then 'expenditure_total' else '{{ metric }}' end as scope,
                {{ metric }} as total_yuan,
                {{ metric }}_unit_yuan as total_unit_yuan
            {%- endif %}
        from metric_values
        where {{ 'expenditure_year_total' if metric == 'expenditure_total' else metric }} is not null
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

-- documents whose expenditure tables have a part of a row's total not known: an amount in a
-- column not recognised (unknown_column: a part of spending beside basic and project, so no
-- split of the document is compared with a total), or 基本支出 printed as one of its parts only
-- (the fact rows lack it: their sum is not compared with a total)
unknown_parts as (

    select
        document_id,
        max(case when has_unread_amounts then 1 else 0 end) as has_unread_amounts
    from {{ ref('int_function_rows_pivoted') }}
    where has_unknown_parts
    group by document_id

),

-- the document's headline split, where every term is stated
split_checks as (

    -- a split read from the 一般公共预算 table is compared with that fund's total; against the
    -- all-funds total, the other parts of spending the document states are terms too (those of
    -- other funds: never added to a 一般公共预算 or 财政拨款 total)
    select
        metric_values.document_id,
        'basic_plus_project_equals_expenditure_total' as check_name,
        scoped_totals.scope,
        scoped_totals.total_yuan as expected_yuan,
        metric_values.basic_expenditure + metric_values.project_expenditure
        {%- for metric in other_part_metrics %}
            + case when scoped_totals.fund_scope = 'all_funds' then coalesce(metric_values.{{ metric }}, 0) else 0 end
        {%- endfor %} as actual_yuan,
        -- (a part stated as 0 adds nothing: not a term)
        2
        {%- for metric in other_part_metrics %}
            + case when scoped_totals.fund_scope = 'all_funds' and metric_values.{{ metric }} != 0 then 1 else 0 end
        {%- endfor %} as n_terms,
        {%- set detail_terms = ["'basic_expenditure + project_expenditure'"] %}
        {%- for metric in other_part_metrics %}
            {%- do detail_terms.append(
                "case when scoped_totals.fund_scope = 'all_funds' and metric_values." ~ metric
                ~ " != 0 then ' + " ~ metric ~ "' else '' end"
            ) %}
        {%- endfor %}
        {{ dbt.concat(detail_terms) }} as detail,
        metric_values.split_unit_yuan as figure_unit_yuan
    from metric_values
    inner join scoped_totals
        on metric_values.document_id = scoped_totals.document_id
            and scoped_totals.fund_scope = case
                when metric_values.split_scopes = 1 then metric_values.split_scope
                when metric_values.fund_is_all_funds = 1 then 'all_funds'
            end
    left join unknown_parts
        on metric_values.document_id = unknown_parts.document_id
    where
        metric_values.basic_expenditure is not null
        and metric_values.project_expenditure is not null
        and coalesce(unknown_parts.has_unread_amounts, 0) = 0
    union all
    select
        document_id,
        'personnel_plus_public_equals_basic_expenditure' as check_name,
        'basic_expenditure' as scope,
        basic_expenditure as expected_yuan,
        personnel_expenditure + public_use_expenditure as actual_yuan,
        2 as n_terms,
        'personnel_expenditure + public_use_expenditure' as detail,
        split_unit_yuan as figure_unit_yuan
    from metric_values
    where
        basic_expenditure is not null and personnel_expenditure is not null and public_use_expenditure is not null
        -- the parts and the whole of one funds scope
        and (basic_parts_scopes = 1 or fund_is_all_funds = 1)

),

three_public_checks as (

    select
        document_id,
        'three_public_parts_equal_total' as check_name,
        'three_public_total' as scope,
        three_public_total as expected_yuan,
        coalesce(three_public_overseas, 0)
        + coalesce(three_public_reception, 0)
        + coalesce(
            three_public_vehicle_total,
            coalesce(three_public_vehicle_operation, 0) + coalesce(three_public_vehicle_purchase, 0)
        ) as actual_yuan,
        3 as n_terms,
        'overseas + reception + vehicles' as detail,
        three_public_unit_yuan as figure_unit_yuan
    from metric_values
    where
        three_public_total is not null
        and three_public_overseas is not null
        and three_public_reception is not null
        and (
            three_public_vehicle_total is not null
            or (three_public_vehicle_operation is not null and three_public_vehicle_purchase is not null)
        )
    union all
    select
        document_id,
        'three_public_vehicle_parts_equal_total' as check_name,
        'three_public_vehicle_total' as scope,
        three_public_vehicle_total as expected_yuan,
        coalesce(three_public_vehicle_operation, 0) + coalesce(three_public_vehicle_purchase, 0) as actual_yuan,
        2 as n_terms,
        'vehicle operation + vehicle purchase' as detail,
        three_public_unit_yuan as figure_unit_yuan
    from metric_values
    where
        three_public_vehicle_total is not null
        and three_public_vehicle_operation is not null
        and three_public_vehicle_purchase is not null

),

procurement_checks as (

    select
        document_id,
        'procurement_parts_equal_total' as check_name,
        'procurement_total' as scope,
        procurement_total as expected_yuan,
        coalesce(procurement_goods, 0) + coalesce(procurement_works, 0) + coalesce(procurement_services, 0)
            as actual_yuan,
        3 as n_terms,
        'goods + works + services' as detail,
        procurement_unit_yuan as figure_unit_yuan
    from metric_values
    where
        procurement_total is not null
        and procurement_goods is not null
        and procurement_works is not null
        and procurement_services is not null

),

-- the 总计 column only: the fund columns repeat it (小计, 一般公共预算资金 ...)
procurement_line_sums as (

    select
        document_id,
        table_seq,
        sum(amount_yuan) as actual_yuan,
        count(amount_yuan) as n_terms
    from procurement_lines
    where row_kind = 'line' and measure = 'total'
    group by document_id, table_seq

),

procurement_line_checks as (

    select
        totals.document_id,
        'procurement_lines_equal_total' as check_name,
        'procurement:total' as scope,
        totals.amount_yuan as expected_yuan,
        procurement_line_sums.actual_yuan,
        procurement_line_sums.n_terms,
        {{ line_detail('', 'totals.source_line', 'totals.source_text') }} as detail,
        cast(null as decimal(20, 2)) as figure_unit_yuan
    from procurement_lines as totals
    -- a total without any line read has nothing to compare
    inner join procurement_line_sums
        on totals.document_id = procurement_line_sums.document_id
            and totals.table_seq = procurement_line_sums.table_seq
    where
        totals.row_kind = 'total'
        and totals.measure = 'total'
        -- the table's total, not that of one category (货物 / 工程 / 服务)
        and totals.category is null
        and totals.amount_yuan is not null

),

-- a budget rule: final accounts legitimately spend less (or more) than they receive. A budget's
-- income equals its spending with the carry-overs: where a total is the year's alone (本年), each
-- side adds its carry-over (上年结转 / 结转下年), and the check runs only when both were read
income_checks as (

    select
        metric_values.document_id,
        'income_equals_expenditure' as check_name,
        'income_total' as scope,
        case
            when metric_values.has_current_year_total = 1
                then metric_values.income_total + metric_values.income_carryover
            else metric_values.income_total
        end as expected_yuan,
        case
            when metric_values.has_current_year_total = 1
                then metric_values.expenditure_total + metric_values.expenditure_carryover
            else metric_values.expenditure_total
        end as actual_yuan,
        case when metric_values.has_current_year_total = 1 then 2 else 1 end as n_terms,
        case
            when metric_values.has_current_year_total = 1
                then 'expenditure_total + expenditure_carryover against income_total + income_carryover'
            else 'expenditure_total against income_total'
        end as detail,
        metric_values.totals_unit_yuan as figure_unit_yuan
    from metric_values
    inner join {{ ref('int_documents_ranked') }} as documents
        on metric_values.document_id = documents.document_id
    where
        documents.doc_kind = 'budget'
        and metric_values.income_total is not null
        and metric_values.expenditure_total is not null
        and (
            metric_values.has_current_year_total = 0
            or metric_values.income_carryover is not null and metric_values.expenditure_carryover is not null
        )

),

narrative_checks as (

    select
        document_id,
        'narrative_equals_table' as check_name,
        metric as scope,
        compared_table_value as expected_yuan,
        narrative_value as actual_yuan,
        1 as n_terms,
        {{ dbt.concat([
            line_detail('narrative', 'narrative_source_line', 'narrative_source_text'),
            "'; '",
            line_detail('table', 'compared_table_source_line', 'compared_table_source_text'),
        ]) }} as detail,
        narrative_printed_unit_yuan as figure_unit_yuan
    from metrics
    where is_comparable

),

narrative_categories as (

    select
        *,
        row_number() over (partition by document_id, function_code order by source_line) as statement_rank
    from narrative_figures
    where
        metric = 'expenditure_category'
        and not is_rejected
        and function_code is not null
        and figure_value is not null

),

economic_checks as (

    select
        economic_totals.document_id,
        'economic_total_equals_function_basic' as check_name,
        {{ dbt.concat(["'gpb_basic_economic.'", 'economic_totals.classification', "':合计:total'"]) }} as scope,
        function_basic.amount_yuan as expected_yuan,
        economic_totals.total_yuan as actual_yuan,
        1 as n_terms,
        {{ lines_detail(
            'economic table', 'economic_totals.source_line', 'function table', 'function_basic.source_line',
        ) }} as detail,
        cast(null as decimal(20, 2)) as figure_unit_yuan
    from economic_rows as economic_totals
    inner join figures as function_basic
        on economic_totals.document_id = function_basic.document_id
            and function_basic.figure_key = 'gpb_function.basic'
    where
        economic_totals.is_total_row
        and economic_totals.table_kind = 'gpb_basic_economic'
        and economic_totals.total_yuan is not null
        -- a 基本支出 table whose title names no fund ('基本支出预算表' of a hospital's own money too)
        -- is of all its funds: never compared with the 一般公共预算 table's 基本支出
        and (
            economic_totals.table_title like '%一般公共预算%'
            or economic_totals.table_title like '%公共财政%'
            or economic_totals.table_title like '%财政拨款%'
        )

),

summary_cells as (

    select
        document_id,
        table_kind,
        case when item_key = 'category' then function_code else item_key end as item,
        sum(amount_yuan) as amount_yuan,
        min(source_line) as source_line
    from summary_items
    where
        table_kind in ('dept_summary', 'fiscal_summary')
        and side = 'expenditure'
        and measure = 'amount'
        and amount_yuan is not null
        and (item_key != 'category' or function_code is not null)
    group by
        document_id,
        table_kind,
        case when item_key = 'category' then function_code else item_key end

),

fully_fiscal as (

    select dept.document_id
    from figures as dept
    inner join figures as fiscal
        on dept.document_id = fiscal.document_id
            and fiscal.figure_key = 'fiscal_summary.income.total.amount'
    where
        dept.figure_key = 'dept_summary.income.total.amount'
        and dept.amount_yuan = fiscal.amount_yuan

),

summary_checks as (

    select
        dept.document_id,
        'dept_summary_equals_fiscal_summary' as check_name,
        {{ dbt.concat(["'expenditure:'", 'dept.item']) }} as scope,
        fiscal.amount_yuan as expected_yuan,
        dept.amount_yuan as actual_yuan,
        1 as n_terms,
        {{ lines_detail('部门收支总表', 'dept.source_line', '财政拨款收支总表', 'fiscal.source_line') }} as detail,
        cast(null as decimal(20, 2)) as figure_unit_yuan
    from summary_cells as dept
    inner join summary_cells as fiscal
        on dept.document_id = fiscal.document_id
            and dept.item = fiscal.item
            and fiscal.table_kind = 'fiscal_summary'
    inner join fully_fiscal
        on dept.document_id = fully_fiscal.document_id
    where dept.table_kind = 'dept_summary'

),

fact_sums as (

    select
        document_id,
        sum(amount_yuan) as actual_yuan,
        count(*) as n_terms,
        max(source) as source,
        max(fund_scope) as fund_scope,
        max(case when source_table in ('dept_expenditure', 'fa_expenditure') then 1 else 0 end)
            as from_all_funds_table
    from expenditure_items
    group by document_id

),

-- function tables with rows left out (int_function_tables_incomplete): their rows in
-- fact_expenditure are incomplete by construction, so their sum is not compared with a total
incomplete_tables as (

    select * from {{ ref('int_function_tables_incomplete') }}

),

narrative_category_units as (

    select
        document_id,
        max(printed_unit_yuan) as printed_unit_yuan
    from narrative_categories
    where statement_rank = 1
    group by document_id

),

fact_units as (

    select
        fact_sums.*,
        case when fact_sums.source = 'narrative' then narrative_category_units.printed_unit_yuan end
            as printed_unit_yuan
    from fact_sums
    left join narrative_category_units
        on fact_sums.document_id = narrative_category_units.document_id

),

fact_checks as (

    -- like scope with like scope: rows of the 一般公共预算 table against that fund's total;
    -- narrative 款 / 项 figures ('items', the main items only) against none
    select
        scoped_totals.document_id,
        'fact_expenditure_equals_expenditure_total' as check_name,
        scoped_totals.scope,
        scoped_totals.total_yuan as expected_yuan,
        fact_units.actual_yuan,
        fact_units.n_terms,
        {{ dbt.concat([
            "'sum of '", 'cast(fact_units.n_terms as ' ~ dbt.type_string() ~ ')',
            "' fact_expenditure rows from the '", 'fact_units.source', "' source'",
        ]) }} as detail,
        case
            when scoped_totals.total_unit_yuan is null then fact_units.printed_unit_yuan
            when fact_units.printed_unit_yuan is null then scoped_totals.total_unit_yuan
            when scoped_totals.total_unit_yuan > fact_units.printed_unit_yuan
                then scoped_totals.total_unit_yuan
            else fact_units.printed_unit_yuan
        end as figure_unit_yuan
    from scoped_totals
    -- no fact row read, nothing to compare: an unread category is not 0
    inner join fact_units
        on scoped_totals.document_id = fact_units.document_id
            and scoped_totals.fund_scope = fact_units.fund_scope
    left join incomplete_tables
        on fact_units.document_id = incomplete_tables.document_id
    left join unknown_parts
        on fact_units.document_id = unknown_parts.document_id
    where
        -- rows of a table with a column not read lack that part
        not (fact_units.source = 'table' and unknown_parts.document_id is not null)
        and not (
            fact_units.source = 'table'
            and coalesce(
                case
                    when fact_units.from_all_funds_table = 1 then incomplete_tables.all_funds_incomplete
                    else incomplete_tables.fiscal_incomplete
                end,
                0
            ) = 1
        )

),

final as (

    select * from split_checks
    union all
    select * from three_public_checks
    union all
    select * from procurement_checks
    union all
    select * from procurement_line_checks
    union all
    select * from income_checks
    union all
    select * from narrative_checks
    union all
    select * from economic_checks
    union all
    select * from summary_checks
    union all
    select * from fact_checks

)

select * from final
