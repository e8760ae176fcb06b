{#-
    Aggregate: the distinct non-null values of `value`, sorted, joined by `separator`.
    DuckDB: string_agg(distinct ... order by ...); Spark: a sorted collect_set.
-#}
{% macro distinct_string_agg(value, separator) -%}
    {{ return(adapter.dispatch('distinct_string_agg')(value, separator)) }}
{%- endmacro %}

{% macro default__distinct_string_agg(value, separator) -%}
    {#- NULL when no value is set, as DuckDB's string_agg gives (array_join of none is '') -#}
    case
        when size(collect_set({{ value }})) > 0
            then array_join(array_sort(collect_set({{ value }})), {{ separator }})
    end
{%- endmacro %}

{% macro duckdb__distinct_string_agg(value, separator) -%}
    string_agg(distinct {{ value }}, {{ separator }} order by {{ value }})
{%- endmacro %}
