{#-
    The value of `value` on the row that sorts last by `order_by` (a list of columns,
    compared in order), as an aggregate, passing over rows where `value` is null: the mirror
    of first_by. DuckDB spells it arg_max over a row() value; Spark, Databricks, Snowflake
    and Trino max_by (a null key is ignored, so null values get none).
-#}
{% macro last_by(value, order_by) -%}
    {{ return(adapter.dispatch('last_by')(value, order_by)) }}
{%- endmacro %}

{% macro default__last_by(value, order_by) -%}
    {%- if order_by | length == 1 -%}
        max_by({{ value }}, case when {{ value }} is not null then {{ order_by[0] }} end)
    {%- else -%}
        max_by({{ value }}, case when {{ value }} is not null then struct({{ order_by | join(', ') }}) end)
    {%- endif -%}
{%- endmacro %}

{% macro duckdb__last_by(value, order_by) -%}
    {%- if order_by | length == 1 -%}
        arg_max({{ value }}, {{ order_by[0] }})
    {%- else -%}
        arg_max({{ value }}, row({{ order_by | join(', ') }}))
    {%- endif -%}
{%- endmacro %}
