-- Budgets whose narrative states the 一般公共预算 spending of the year's own appropriation
-- (一般公共预算当年拨款, the carry-over left out) while their 一般公共预算支出表 spends the carry-over
-- too: the narrative's 一般公共预算 spending and the 财政拨款收支总表's 上年结转 一般公共预算拨款
-- (else its one 上年结转 line) add up to the table's 合计, to the narrative figure's printed
-- precision, and the carry-over is not 0 (held-out set 90: '一般公共预算当年拨款17562861.58元'
-- beside a table of 17,889,711.58 with 326,850.00 carried over). The narrative's 一般公共预算
-- 类 / 款 / 项 figures are then of the year's money as well; how the carry-over splits among the
-- codes is not printed, so they are not compared with the table's rows
-- (int_reconciliation__function_figures), nor its total with the table's (int_budget_metrics_compared):
-- both add up, each to its own money. One row per such document.

with

stated as (

    select
        document_id,
        {{ first_by('figure_value', ['source_line']) }} as narrative_yuan,
        {{ first_by('printed_unit_yuan', ['source_line']) }} as printed_unit_yuan
    from {{ ref('stg_raw__narrative_figures') }}
    where
        metric = 'expenditure_general_public_budget'
        and not is_rejected
        and figure_value is not null
        and coalesce(value_role, '') in ('', 'budget')
    group by document_id

),

tables as (

    select
        document_id,
        max(case when figure_key = 'gpb_function.total' then amount_yuan end) as function_total_yuan,
        {{ general_public_budget_carryover() }} as carryover_yuan,
        count(case when figure_key = 'gpb_function.total' then 1 end) as function_totals
    from {{ ref('int_table_figures_unioned') }}
    where
        figure_key in (
            'gpb_function.total',
            'fiscal_summary.income.carryover_general_public_budget.amount',
            'fiscal_summary.income.carryover_total.amount'
        )
    group by document_id

)

select
    stated.document_id,
    stated.narrative_yuan,
    tables.carryover_yuan,
    tables.function_total_yuan
from stated
inner join tables
    on stated.document_id = tables.document_id
inner join {{ ref('int_documents_ranked') }} as documents
    on stated.document_id = documents.document_id
where
    documents.doc_kind = 'budget'
    and tables.function_totals = 1
    and tables.carryover_yuan > 0
    and abs(stated.narrative_yuan + tables.carryover_yuan - tables.function_total_yuan)
    <= greatest(coalesce(stated.printed_unit_yuan, 0) / 2, 0.005)
