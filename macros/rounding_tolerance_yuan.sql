{#-
    The rounding rule (docs/design.md): published figures are rounded to 0.01 of the
    document's unit, so a sum of n published terms may differ from its published
    total by at most 0.005 x unit x (n + 1). unit_yuan is 10000 for 万元 and 1 for 元;
    the result is an exact decimal in yuan (50 x (n + 1) for 万元), never a float.
-#}
{% macro rounding_tolerance_yuan(unit_yuan, n_terms) -%}
    cast(0.005 as decimal(20, 3)) * {{ unit_yuan }} * ({{ n_terms }} + 1)
{%- endmacro %}
