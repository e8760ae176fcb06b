{#-
    Each fact_budget_execution row, for the Great Expectations checkpoint: it has a budget and
    an actual, its execution_rate is actual / budget to 4 places (null for a zero budget), its
    final document is a 决算 and its budget document, where set, a budget.
    One row per execution row.
-#}
with

execution as (

    select * from {{ ref('fact_budget_execution') }}

),

documents as (

    select
        document_id,
        doc_kind
    from {{ ref('dim_document') }}

),

final as (

    select
        -- ids
        {{ dbt.concat([
            'execution.unit_id', "' '", 'cast(execution.fiscal_year as ' ~ dbt.type_string() ~ ')', "' '",
            'execution.item_kind', "' '", 'execution.item',
        ]) }} as row_key,
        execution.unit_id,
        execution.fiscal_year,
        execution.item_kind,
        execution.item,
        execution.budget_document_id,
        execution.final_document_id,
        execution.budget_source,
        -- numerics
        execution.budget_yuan,
        execution.actual_yuan,
        execution.execution_rate,
        -- booleans
        execution.budget_yuan is not null as has_budget,
        execution.actual_yuan is not null as has_actual,
        coalesce(
            case
                when execution.budget_yuan = 0 then execution.execution_rate is null
                else execution.execution_rate
                    = cast(execution.actual_yuan / execution.budget_yuan as decimal(12, 4))
            end,
            false
        ) as is_rate_exact,
        coalesce(finals.doc_kind = 'final_accounts', false) as is_final_document,
        coalesce(
            case
                when execution.budget_source = 'budget_document' then budgets.doc_kind = 'budget'
                else execution.budget_document_id is null or budgets.doc_kind = 'budget'
            end,
            false
        ) as is_budget_document
    from execution
    left join documents as finals
        on execution.final_document_id = finals.document_id
    left join documents as budgets
        on execution.budget_document_id = budgets.document_id

)

select * from final
