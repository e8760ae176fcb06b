{#-
    Budget execution: what a unit planned (年初预算) against what it spent (决算数), per
    unit x fiscal_year x item. The budget is the unit's budget document's figure when that
    document is loaded ('budget_document'), else the 决算's own 年初预算数 ('final_accounts').
    budget_fund_scope (function codes): the funds of the budget figure; the actual is the 决算's
    一般公共预算 figure, so 'fiscal_appropriation' (a budget document's 财政拨款支出预算表, which holds
    政府性基金 / 国有资本经营 too) marks a budget of wider funds than its actual. (Metrics): the one
    fund a part of the spending is stated of on both sides ('一般公共预算财政拨款基本支出'), null
    for all funds or a metric whose name says its funds.
-#}
with

items as (

    select * from {{ ref('int_budget_execution_items') }}

),

final as (

    select
        -- ids
        unit_id,
        fiscal_year,
        item_kind,
        item,
        budget_document_id,
        final_document_id,
        -- numerics
        cast(coalesce(budget_document_yuan, final_accounts_budget_yuan) as decimal(20, 2)) as budget_yuan,
        cast(adjusted_budget_yuan as decimal(20, 2)) as adjusted_budget_yuan,
        cast(actual_yuan as decimal(20, 2)) as actual_yuan,
        case
            when coalesce(budget_document_yuan, final_accounts_budget_yuan) != 0
                then cast(
                        cast(actual_yuan as decimal(20, 2))
                        / cast(coalesce(budget_document_yuan, final_accounts_budget_yuan) as decimal(20, 2))
                        as decimal(12, 4)
                    )
        end as execution_rate,
        -- strings
        case
            when budget_document_yuan is not null then 'budget_document' else 'final_accounts'
        end as budget_source,
        -- the 决算's own 年初预算数 is printed beside its 一般公共预算 决算数: of the actual's funds
        case
            when item_kind = 'function_code'
                then
                    case
                        when budget_document_yuan is not null then budget_document_fund_scope
                        else 'general_public_budget'
                    end
            else metric_fund_scope
        end as budget_fund_scope
    from items

)

select * from final
