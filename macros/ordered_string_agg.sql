{#-
    Aggregate: the non-null values of `value` joined by `separator`, in the order of
    `order_by` (one expression; ties by the value itself, so the text never depends on the
    engine's row order). DuckDB has string_agg ... order by; Spark sorts a collected list of
    (key, value) pairs. dbt's listagg ignores the order on Spark, hence a macro of our own.
-#}
{% macro ordered_string_agg(value, separator, order_by) -%}
    {{ return(adapter.dispatch('ordered_string_agg')(value, separator, order_by)) }}
{%- endmacro %}

{% macro default__ordered_string_agg(value, separator, order_by) -%}
    array_join(
        transform(
            array_sort(collect_list(named_struct('k', {{ order_by }}, 'v', {{ value }}))),
            pair -> pair.v
        ),
        {{ separator }}
    )
{%- endmacro %}

{% macro duckdb__ordered_string_agg(value, separator, order_by) -%}
    string_agg({{ value }}, {{ separator }} order by {{ order_by }}, {{ value }})
{%- endmacro %}
