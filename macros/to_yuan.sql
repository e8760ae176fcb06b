{#- An extractor amount (plain decimal text, yuan) as an exact DECIMAL(20,2); '' is null. -#}
{% macro to_yuan(column) -%}
    cast(nullif(trim({{ column }}), '') as decimal(20, 2))
{%- endmacro %}
