{#-
    One integer that orders a table's cells as the pair (`line`, `measure`) does: by line,
    then by measure as text, a null measure last (DuckDB's order of a row(line, measure)
    key). `measures`: every value the measure column takes besides null. `line` is never
    null (every cell has its printed line). For first_by: a scalar key instead of a
    composite one, whose comparison per row made the pivots' aggregates several times slower.
-#}
{% macro cell_order(line, measure, measures) -%}
    {%- set ordered = measures | unique | sort -%}
    {{ line }} * {{ ordered | length + 1 }} + case {{ measure }}
        {%- for value in ordered %}
            when '{{ value }}' then {{ loop.index0 }}
        {%- endfor %}
            else {{ ordered | length }}
        end
{%- endmacro %}
