{#-
    One integer that orders a table's cells as the pair (`line`, `measure`) does: by line,
    then by measure as text, a null measure where the engine puts a null field of a struct
    key (DuckDB: last; Spark: first). `measures`: every value the measure column takes
    besides null. `line` is never null (every cell has its printed line). For first_by: a
    scalar key instead of a composite one, whose comparison per row made the pivots'
    aggregates several times slower.
-#}
{% macro cell_order(line, measure, measures) -%}
    {{ return(adapter.dispatch('cell_order')(line, measure, measures)) }}
{%- endmacro %}

{% macro default__cell_order(line, measure, measures) -%}
    {{ ranked_cell_order(line, measure, measures, true) }}
{%- endmacro %}

{% macro duckdb__cell_order(line, measure, measures) -%}
    {{ ranked_cell_order(line, measure, measures, false) }}
{%- endmacro %}

{% macro ranked_cell_order(line, measure, measures, nulls_first) -%}
    {%- set ordered = measures | unique | sort -%}
    {%- set first = 1 if nulls_first else 0 -%}
    {{ line }} * {{ ordered | length + 1 }} + case {{ measure }}
        {%- for value in ordered %}
            when '{{ value }}' then {{ loop.index0 + first }}
        {%- endfor %}
            else {{ 0 if nulls_first else ordered | length }}
        end
{%- endmacro %}
