{#-
    The value of `value` on the row that sorts last by `order_by` (a list of columns,
    compared in order), as an aggregate, passing over rows where `value` is null: the mirror
    of first_by (by_aggregate writes both). DuckDB spells it arg_max over a
    row() value; Spark, Databricks, Snowflake and Trino max_by (a null key is ignored, so
    null values get none).
-#}
{% macro last_by(value, order_by) -%}
    {{ return(adapter.dispatch('last_by')(value, order_by)) }}
{%- endmacro %}

{% macro default__last_by(value, order_by) -%}
    {{ by_aggregate('max_by', value, order_by, 'struct', true) }}
{%- endmacro %}

{% macro duckdb__last_by(value, order_by) -%}
    {{ by_aggregate('arg_max', value, order_by, 'row', false) }}
{%- endmacro %}
