{#-
    The funds a figure of a part of the spending whose name leaves them open (基本支出, 项目支出,
    人员经费, 公用经费, the other parts of spending, their changes: the metrics of
    int_budget_metrics_compared.is_open_funds_part) covers, from the funds its text states
    (`stated_scope`: raw_narrative_figures.fund_scope as int_narrative_figures_scoped reads it;
    null when not told): 'general_public_budget' / 'fiscal_appropriation' / 'government_fund'
    where the text states that fund and that fund is not all the document's funds, else
    'all_funds' (no fund told, all funds told, or a fund that is all the funds:
    `general_public_budget_is_all_funds`, `fiscal_is_all_funds`, booleans never null). The rule of
    the table side (summary_metric_sources.csv: a narrower fund's figure stands for the metric
    only where that fund is all the funds), for the text.
-#}
{% macro open_funds_scope(stated_scope, general_public_budget_is_all_funds, fiscal_is_all_funds) -%}
    case
        when {{ stated_scope }} = 'general_public_budget' and not {{ general_public_budget_is_all_funds }}
            then 'general_public_budget'
        when {{ stated_scope }} = 'fiscal_appropriation' and not {{ fiscal_is_all_funds }}
            then 'fiscal_appropriation'
        when {{ stated_scope }} = 'government_fund' then 'government_fund'
        else 'all_funds'
    end
{%- endmacro %}
