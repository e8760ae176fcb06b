{#- The extractor's 'true' / 'false' text as BOOLEAN; anything else (and null) is false. -#}
{% macro to_bool(column) -%}
    coalesce(lower(trim({{ column }})) = 'true', false)
{%- endmacro %}
