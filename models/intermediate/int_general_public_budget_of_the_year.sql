-- Budgets whose 一般公共预算支出表 holds the year's own appropriation only (一般公共预算当年拨款,
-- as Zhejiang and other regions title the section), while their 财政拨款收支总表 spends the
-- 一般公共预算 carry-over too in its 一般公共预算 column: the function table's 合计 equals the
-- summary's 本年收入 一般公共预算拨款, and the summary's 一般公共预算 spending column adds the
-- 上年结转 一般公共预算拨款 (not 0) to it. Both tables then add up, each to its own money: the
-- summary's 一般公共预算 column is not compared with the function table 类 by 类
-- (int_reconciliation__summary_categories), and the function table's 合计, not the summary's
-- column, is the 一般公共预算 spending the narrative's 当年拨款 and the fact rows are compared
-- with (int_budget_metrics_compared). A summary printing one 财政拨款 column (no column per fund)
-- is the 一般公共预算's when the other funds bring no income (held-out set 84). One row per such
-- document.

with

figures as (

    select
        document_id,
        max(case when figure_key = 'gpb_function.total' then amount_yuan end) as function_total_yuan,
        max(case when figure_key = 'fiscal_summary.income.general_public_budget.amount' then amount_yuan end)
            as year_income_yuan,
        -- (its 上年结转 一般公共预算拨款, else its one 上年结转 line: the 一般公共预算's when the
        -- 一般公共预算 column spends it, as the last condition below asks; held-out set 87)
        {{ general_public_budget_carryover() }} as carryover_yuan,
        -- (its 支出总计, else its 本年支出 line)
        coalesce(
            max(case when figure_key = 'fiscal_summary.expenditure.total.general_public_budget' then amount_yuan end),
            max(
                case
                    when figure_key = 'fiscal_summary.expenditure.current_year_total.general_public_budget'
                        then amount_yuan
                end
            )
        ) as summary_spending_yuan,
        -- (a summary of one 财政拨款 column, its 支出总计 else its 本年支出 line: the 一般公共预算's when
        -- the other funds bring no income)
        coalesce(
            max(case when figure_key = 'fiscal_summary.expenditure.total.amount' then amount_yuan end),
            max(case when figure_key = 'fiscal_summary.expenditure.current_year_total.amount' then amount_yuan end)
        ) as summary_amount_spending_yuan,
        max(
            case
                when
                    figure_key in (
                        'fiscal_summary.income.government_fund.amount', 'fiscal_summary.income.state_capital.amount'
                    )
                    then abs(amount_yuan)
            end
        ) as other_funds_income_yuan,
        -- (one printing of each: a document printing a table twice is not told by this)
        count(case when figure_key = 'gpb_function.total' then 1 end) as function_totals,
        count(case when figure_key = 'fiscal_summary.income.general_public_budget.amount' then 1 end)
            as summary_totals
    from {{ ref('int_table_figures_unioned') }}
    where
        figure_key in (
            'gpb_function.total',
            'fiscal_summary.income.general_public_budget.amount',
            'fiscal_summary.income.carryover_general_public_budget.amount',
            'fiscal_summary.income.carryover_total.amount',
            'fiscal_summary.expenditure.total.general_public_budget',
            'fiscal_summary.expenditure.current_year_total.general_public_budget',
            'fiscal_summary.expenditure.total.amount',
            'fiscal_summary.expenditure.current_year_total.amount',
            'fiscal_summary.income.government_fund.amount',
            'fiscal_summary.income.state_capital.amount'
        )
    group by document_id

),

spending as (

    select
        *,
        coalesce(
            summary_spending_yuan,
            case when coalesce(other_funds_income_yuan, 0) = 0 then summary_amount_spending_yuan end
        ) as general_public_spending_yuan
    from figures

)

select
    document_id,
    function_total_yuan,
    carryover_yuan,
    general_public_spending_yuan as summary_spending_yuan
from spending
where
    function_totals = 1
    and summary_totals = 1
    and carryover_yuan != 0
    and function_total_yuan = year_income_yuan
    and general_public_spending_yuan = year_income_yuan + carryover_yuan
