{#-
    The value of `value` on the row that sorts first by `order_by` (a list of columns,
    ascending, nulls last), as an aggregate: one pass instead of a row_number() window
    joined back to its group. Ties keep an arbitrary one of the tied rows, as
    row_number() would. Spark, Databricks, Snowflake and Trino call it min_by; DuckDB
    spells it arg_min, and orders a row() value column by column.
-#}
{% macro first_by(value, order_by) -%}
    {{ return(adapter.dispatch('first_by')(value, order_by)) }}
{%- endmacro %}

{% macro default__first_by(value, order_by) -%}
    {%- if order_by | length == 1 -%}
        min_by({{ value }}, {{ order_by[0] }})
    {%- else -%}
        min_by({{ value }}, struct({{ order_by | join(', ') }}))
    {%- endif -%}
{%- endmacro %}

{% macro duckdb__first_by(value, order_by) -%}
    {%- if order_by | length == 1 -%}
        arg_min({{ value }}, {{ order_by[0] }})
    {%- else -%}
        arg_min({{ value }}, row({{ order_by | join(', ') }}))
    {%- endif -%}
{%- endmacro %}
