{#-
    The coarser of two units (yuan per printed unit: 1 for 元, 10000 for 万元) to whose 0.01
    two figures were printed; a NULL unit (not known) gives way to the other one, both NULL
    gives NULL. greatest() skips NULLs on DuckDB and on Spark alike.
-#}
{% macro coarser_unit_yuan(first_unit_yuan, second_unit_yuan) -%}
    greatest({{ first_unit_yuan }}, {{ second_unit_yuan }})
{%- endmacro %}
