{#- Yuan per published unit: 10000 for 万元, 1 for 元 (万元 when not stated). -#}
{% macro amount_unit_yuan(amount_unit) -%}
    case when {{ amount_unit }} = '元' then 1 else 10000 end
{%- endmacro %}
