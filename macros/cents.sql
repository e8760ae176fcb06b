{#- An exact DECIMAL yuan amount as BIGINT cents (for the check models: integers, never floats). -#}
{% macro cents(amount) -%}
    cast(({{ amount }}) * 100 as bigint)
{%- endmacro %}
