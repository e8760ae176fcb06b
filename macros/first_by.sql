{#-
    The value of `value` on the row that sorts first by `order_by` (a list of columns,
    ascending, nulls last), as an aggregate: one pass instead of a row_number() window
    joined back to its group. Ties keep an arbitrary one of the tied rows, as
    row_number() would. Rows where `value` is null are passed over (the first non-null
    value): DuckDB's arg_min does so, Spark's min_by does not, so the Spark version gives
    those rows no ordering key (min_by ignores a null key). Spark, Databricks, Snowflake and
    Trino call it min_by; DuckDB spells it arg_min, and orders a row() value column by column.
-#}
{% macro first_by(value, order_by) -%}
    {{ return(adapter.dispatch('first_by')(value, order_by)) }}
{%- endmacro %}

{% macro default__first_by(value, order_by) -%}
    {{ by_aggregate('min_by', value, order_by, 'struct', true) }}
{%- endmacro %}

{% macro duckdb__first_by(value, order_by) -%}
    {{ by_aggregate('arg_min', value, order_by, 'row', false) }}
{%- endmacro %}
