{#-
    The 一般公共预算 carry-over a budget's 财政拨款收支总表 prints, as an aggregate over
    int_table_figures_unioned rows grouped by document: its 上年结转 一般公共预算拨款, else its one
    上年结转 line (the 一般公共预算's where the 一般公共预算 column spends it; held-out set 87).
    Used by int_general_public_budget_of_the_year and int_general_public_budget_narrative_of_the_year.
-#}
{% macro general_public_budget_carryover() -%}
    coalesce(
        max(
            case
                when figure_key = 'fiscal_summary.income.carryover_general_public_budget.amount'
                    then amount_yuan
            end
        ),
        max(case when figure_key = 'fiscal_summary.income.carryover_total.amount' then amount_yuan end)
    )
{%- endmacro %}
