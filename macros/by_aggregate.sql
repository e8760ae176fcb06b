{#-
    first_by / last_by written with `aggregate` (min_by, arg_max, ...): the key is the one
    column of `order_by` or `composite`(its columns) (struct, row); `skip_nulls` gives rows
    whose value is null no key (for an engine whose aggregate does not pass them over).
-#}
{% macro by_aggregate(aggregate, value, order_by, composite, skip_nulls) -%}
    {%- set key = order_by[0] if order_by | length == 1 else composite ~ '(' ~ order_by | join(', ') ~ ')' -%}
    {%- if skip_nulls -%}
        {{ aggregate }}({{ value }}, case when {{ value }} is not null then {{ key }} end)
    {%- else -%}
        {{ aggregate }}({{ value }}, {{ key }})
    {%- endif -%}
{%- endmacro %}
