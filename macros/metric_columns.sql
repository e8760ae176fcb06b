{#-
    One column per metric of `metrics`, named after it: its `value` (default metric_value) on
    the group's row of that metric (null when the group has none), as aggregates for a
    `group by` over rows of (metric, value): a long-to-wide pivot. Comma-separated, no
    trailing comma.
-#}
{% macro metric_columns(metrics, value='metric_value') -%}
    {%- for metric in metrics %}
        max(case when metric = '{{ metric }}' then {{ value }} end) as {{ metric }}{{ ',' if not loop.last }}
    {%- endfor %}
{%- endmacro %}
