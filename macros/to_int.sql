{#- Integer text as INTEGER; '' is null. -#}
{% macro to_int(column) -%}
    cast(nullif(trim({{ column }}), '') as integer)
{%- endmacro %}
