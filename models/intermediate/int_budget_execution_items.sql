{#-
    Budget against actual per unit x fiscal year x item, for every current final-accounts
    document (决算), joined to the current budget document of the same unit and year when
    one is loaded. Items:
      metric         a summary metric (fact_budget_summary names) stated in money;
      function_code  a function code at the finest level both sides publish: the 决算's
                     一般公共预算财政拨款支出决算表 (or the 类/款/项 items of its text)
                     against the budget document's function table (or the 决算's own
                     年初预算数). The budget document's table is its 一般公共预算财政拨款支出预算表
                     (gpb_function), else its 财政拨款支出预算表 (fiscal_function), the table
                     fact_expenditure reads first (int_expenditure_items_selected); here the
                     一般公共预算 one comes first, as it is of the actual's funds.
                     budget_document_fund_scope says which: 'general_public_budget' or
                     'fiscal_appropriation' (一般公共预算 + 政府性基金 + 国有资本经营: a 类 / 款
                     may hold funds the 决算's 一般公共预算 figure lacks); that figure is then
                     never checked against the 决算's own 年初预算数 (int_reconciliation__final_accounts).
    The 决算's own 年初预算数 / 调整预算数 come from its text ("年初预算为 X，支出决算为 Y"),
    else its columns (三公 预算数; a function table's 年初预算数 / 调整预算数, whose 合计 row gives
    the metric that table's 合计 stands for, seeds/reference/summary_metric_sources.csv). An
    income / expenditure total is compared only where both sides are of the year's scope
    (int_budget_metrics_compared.total_scope): a budget's 总计 printed without its 本年 line, or a
    total stated with the carry-over it includes, is never set against a 决算's 本年收入合计 /
    本年支出合计. A part of the spending whose name leaves its funds open (基本支出, 人员经费 …:
    int_budget_metrics_compared.fund_scope) is compared like with like: a budget figure is
    taken only where it covers the funds its actual does ('一般公共预算财政拨款基本支出年初预算
    X' never against an all-funds 基本支出决算数); metric_fund_scope names those funds where they
    are one fund's (null: all funds, or a metric whose name says its funds).
    One row per unit x fiscal_year x item_kind x item, with an actual and at least one budget
    figure.
-#}
with

documents as (

    {{ current_documents() }}

),

finals as (

    select
        document_id,
        unit_id,
        fiscal_year
    from documents
    where doc_kind = 'final_accounts'

),

budgets as (

    select
        document_id,
        unit_id,
        fiscal_year
    from documents
    where doc_kind = 'budget'

),

pairs as (

    select
        finals.unit_id,
        finals.fiscal_year,
        finals.document_id as final_document_id,
        budgets.document_id as budget_document_id
    from finals
    left join budgets
        on finals.unit_id = budgets.unit_id and finals.fiscal_year = budgets.fiscal_year

),

compared_metrics as (

    select * from {{ ref('int_budget_metrics_compared') }}

),

metric_values as (

    select * from compared_metrics
    where
        value_unit = 'yuan'
        and metric not like '%_change_vs_prior_year'
        -- a total that holds (or may hold) the carry-over is no figure of the year
        and coalesce(total_scope, 'current_year') = 'current_year'

),

narrative as (

    select * from {{ ref('stg_raw__narrative_figures') }}
    where
        not is_rejected
        and value_unit = 'yuan'
        and figure_value is not null
        and value_role in ('budget', 'adjusted_budget', 'actual')

),

-- the 年初预算数 / 调整预算数 of a function table's 合计 row, as the metric that table's 合计 is
-- (its best source, seeds/reference/summary_metric_sources.csv)
function_total_budgets as (

    select
        function_lines.document_id,
        sources.metric,
        function_lines.value_role,
        {{ first_by(
            'function_lines.amount_yuan',
            ['sources.priority', 'function_lines.table_seq', 'function_lines.source_line'],
        ) }} as amount_yuan
    from {{ ref('stg_raw__function_lines') }} as function_lines
    inner join {{ ref('stg_reference__summary_metric_sources') }} as sources
        on {{ dbt.concat(['function_lines.table_kind', "'.total'"]) }} = sources.figure_key
    where
        function_lines.function_code = ''
        and function_lines.measure = 'total'
        and function_lines.period = 'current'
        and function_lines.value_role in ('budget', 'adjusted_budget')
        and function_lines.amount_yuan is not null
        and sources.fund_scope is null
    group by function_lines.document_id, sources.metric, function_lines.value_role

),

-- per document: whether a narrower fund is all its funds, and which metrics are parts of the
-- spending whose name leaves their funds open (int_budget_metrics_compared)
document_funds as (

    select
        document_id,
        max(case when fund_is_all_funds then 1 else 0 end) = 1 as fund_is_all_funds,
        max(case when fiscal_is_all_funds then 1 else 0 end) = 1 as fiscal_is_all_funds
    from compared_metrics
    group by document_id

),

open_funds_metrics as (

    select distinct metric
    from compared_metrics
    where is_open_funds_part

),

-- the funds a 决算's budget statement covers (scope_key: '' for a metric whose name says them)
narrative_budgets as (

    select
        narrative.document_id,
        narrative.metric,
        narrative.value_role,
        narrative.figure_value,
        narrative.source_line,
        case
            when open_funds_metrics.metric is null then ''
            else {{ open_funds_scope(
                'narrative.stated_fund_scope',
                'coalesce(document_funds.fund_is_all_funds, false)',
                'coalesce(document_funds.fiscal_is_all_funds, false)',
            ) }}
        end as scope_key
    from narrative
    left join document_funds
        on narrative.document_id = document_funds.document_id
    left join open_funds_metrics
        on narrative.metric = open_funds_metrics.metric
    where
        narrative.value_role in ('budget', 'adjusted_budget')
        -- per code or per project: no one figure of the document
        and narrative.metric not in ('expenditure_function', 'expenditure_category', 'key_project_budget')

),

-- the 决算's own budget figures of summary metrics, per funds they cover: its text first, else
-- its 三公 table, else its function table's 合计 row
own_metric_budgets as (

    select
        document_id,
        metric,
        value_role,
        scope_key,
        {{ first_by('figure_value', ['source_line']) }} as amount_yuan
    from narrative_budgets
    group by document_id, metric, value_role, scope_key
    union all
    select
        three_public.document_id,
        -- the 机关运行经费 printed beside the 三公 (or in a table of its own) is operating_cost
        case
            when three_public.item = 'operating_cost' then 'operating_cost'
            else {{ dbt.concat(["'three_public_'", 'three_public.item']) }}
        end as metric,
        three_public.value_role,
        '' as scope_key,
        sum(three_public.amount_yuan) as amount_yuan
    from {{ ref('stg_raw__three_public_items') }} as three_public
    where
        three_public.value_role in ('budget', 'adjusted_budget')
        and three_public.period = 'current'
        and three_public.item is not null
        and not exists (
            select 1 from narrative
            where
                narrative.document_id = three_public.document_id
                and narrative.value_role = three_public.value_role
                and narrative.metric = (
                    case
                        when three_public.item = 'operating_cost' then 'operating_cost'
                        else {{ dbt.concat(["'three_public_'", 'three_public.item']) }}
                    end
                )
        )
    group by three_public.document_id, three_public.item, three_public.value_role
    union all
    select
        function_total_budgets.document_id,
        function_total_budgets.metric,
        function_total_budgets.value_role,
        '' as scope_key,
        function_total_budgets.amount_yuan
    from function_total_budgets
    where
        not exists (
            select 1 from narrative
            where
                narrative.document_id = function_total_budgets.document_id
                and narrative.value_role = function_total_budgets.value_role
                and narrative.metric = function_total_budgets.metric
        )

),

-- each metric's actual with the funds it covers (scope_key: '' for a metric whose name says them)
actuals as (

    select
        *,
        coalesce(fund_scope, '') as scope_key
    from metric_values

),

-- a budget side is taken only where it covers the funds of the actual
metric_items as (

    select
        pairs.unit_id,
        pairs.fiscal_year,
        'metric' as item_kind,
        actual.metric as item,
        budget_side.metric_value as budget_document_yuan,
        -- a metric names its funds
        cast(null as {{ dbt.type_string() }}) as budget_document_fund_scope,
        -- the one fund a part of the spending is stated of on both sides (null: all funds)
        case when actual.fund_scope != 'all_funds' then actual.fund_scope end as metric_fund_scope,
        own_budget.amount_yuan as final_accounts_budget_yuan,
        own_adjusted.amount_yuan as adjusted_budget_yuan,
        actual.metric_value as actual_yuan,
        pairs.budget_document_id,
        pairs.final_document_id
    from pairs
    inner join actuals as actual
        on pairs.final_document_id = actual.document_id
    left join actuals as budget_side
        on pairs.budget_document_id = budget_side.document_id
            and actual.metric = budget_side.metric
            and actual.scope_key = budget_side.scope_key
    left join own_metric_budgets as own_budget
        on pairs.final_document_id = own_budget.document_id
            and actual.metric = own_budget.metric
            and actual.scope_key = own_budget.scope_key
            and own_budget.value_role = 'budget'
    left join own_metric_budgets as own_adjusted
        on pairs.final_document_id = own_adjusted.document_id
            and actual.metric = own_adjusted.metric
            and actual.scope_key = own_adjusted.scope_key
            and own_adjusted.value_role = 'adjusted_budget'

),

function_rows as (

    select * from {{ ref('int_function_rows_pivoted') }}
    where table_kind in ('gpb_function', 'fiscal_function') and not is_total_row and total_yuan is not null

),

-- the 决算's actuals: its 一般公共预算 table
actual_rows as (

    select * from function_rows
    where table_kind = 'gpb_function'

),

-- whether the document prints an 一般公共预算 table of rows (a window, not a join of function_rows
-- with itself: Spark's analyzer fails on such a self-join of inline rows, as in the unit tests)
flagged_rows as (

    select
        *,
        max(case when table_kind = 'gpb_function' then 1 else 0 end)
            over (partition by document_id) as has_general_public_budget_table
    from function_rows

),

-- a budget document's function rows: its 一般公共预算 table, else its 财政拨款 table
budget_rows as (

    select
        *,
        case when table_kind = 'gpb_function' then 'general_public_budget' else 'fiscal_appropriation' end
            as fund_scope
    from flagged_rows
    where table_kind = 'gpb_function' or has_general_public_budget_table = 0

),

function_budget_lines as (

    select
        document_id,
        function_code,
        value_role,
        sum(amount_yuan) as amount_yuan
    from {{ ref('stg_raw__function_lines') }}
    where
        table_kind = 'gpb_function'
        and measure = 'total'
        and period = 'current'
        and value_role in ('budget', 'adjusted_budget')
        and function_code != ''
    group by document_id, function_code, value_role

),

-- every figure per document x code, by side (fund_scope: the budget document's table's)
code_values as (

    select
        document_id,
        function_code,
        'actual' as side,
        total_yuan as amount_yuan,
        cast(null as {{ dbt.type_string() }}) as fund_scope
    from actual_rows
    union all
    select
        narrative.document_id,
        narrative.function_code,
        narrative.value_role as side,
        narrative.figure_value,
        cast(null as {{ dbt.type_string() }}) as fund_scope
    from narrative
    where
        narrative.metric = 'expenditure_function'
        and narrative.function_code is not null
        and (
            narrative.value_role != 'actual'
            or not exists (
                select 1 from actual_rows
                where
                    actual_rows.document_id = narrative.document_id
                    and actual_rows.function_code = narrative.function_code
            )
        )
    union all
    select
        document_id,
        function_code,
        value_role as side,
        amount_yuan,
        cast(null as {{ dbt.type_string() }}) as fund_scope
    from function_budget_lines
    union all
    select
        document_id,
        function_code,
        'budget_document' as side,
        total_yuan as amount_yuan,
        fund_scope
    from budget_rows

),

-- per code: the 决算's actual (table, else text), its own budget figures, the budget document's
function_values as (

    select
        pairs.unit_id,
        pairs.fiscal_year,
        pairs.budget_document_id,
        pairs.final_document_id,
        codes.function_code,
        max(case when codes.side = 'actual' then codes.amount_yuan end) as actual_yuan,
        max(case when codes.side = 'budget' then codes.amount_yuan end) as final_accounts_budget_yuan,
        max(case when codes.side = 'adjusted_budget' then codes.amount_yuan end) as adjusted_budget_yuan,
        max(case when codes.side = 'budget_document' then codes.amount_yuan end) as budget_document_yuan,
        max(case when codes.side = 'budget_document' then codes.fund_scope end) as budget_document_fund_scope
    from pairs
    inner join code_values as codes
        on pairs.final_document_id = codes.document_id
            and codes.side != 'budget_document'
            or pairs.budget_document_id = codes.document_id
            and codes.side = 'budget_document'
    group by
        pairs.unit_id, pairs.fiscal_year, pairs.budget_document_id, pairs.final_document_id, codes.function_code

),

-- the codes with both sides, and the longest such code of each one's 类 and of its 款 (windows,
-- not a join of these rows with themselves: Spark's analyzer fails on such a self-join of inline
-- rows)
both_sides as (

    select
        *,
        max({{ dbt.length('function_code') }})
            over (partition by final_document_id, substr(function_code, 1, 3)) as class_longest_code,
        max({{ dbt.length('function_code') }})
            over (partition by final_document_id, substr(function_code, 1, 5)) as section_longest_code
    from function_values
    where actual_yuan is not null and coalesce(budget_document_yuan, final_accounts_budget_yuan) is not null

),

function_items as (

    select
        unit_id,
        fiscal_year,
        'function_code' as item_kind,
        function_code as item,
        budget_document_yuan,
        budget_document_fund_scope,
        cast(null as {{ dbt.type_string() }}) as metric_fund_scope,
        final_accounts_budget_yuan,
        adjusted_budget_yuan,
        actual_yuan,
        budget_document_id,
        final_document_id
    from both_sides
    -- the finest level both sides publish: no code below it (a 款 or 项 of its 类, a 项 of its 款)
    -- is on both sides
    where
        case
            when {{ dbt.length('function_code') }} <= 3 then class_longest_code
            when {{ dbt.length('function_code') }} <= 5 then section_longest_code
            else {{ dbt.length('function_code') }}
        end = {{ dbt.length('function_code') }}

),

final as (

    select * from metric_items
    where coalesce(budget_document_yuan, final_accounts_budget_yuan) is not null
    union all
    select * from function_items

)

select * from final
