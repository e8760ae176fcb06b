{#-
    Status of one reconciliation check: 'pass' when the difference is exactly 0,
    'rounding' when it is within the rounding tolerance, 'mismatch' beyond it.
    ('known_issue' is applied afterwards, from seeds/reference/known_source_issues.csv.)
-#}
{% macro reconciliation_status(difference, tolerance) -%}
    case
        when {{ difference }} = 0 then 'pass'
        when abs({{ difference }}) <= {{ tolerance }} then 'rounding'
        else 'mismatch'
    end
{%- endmacro %}
