{#- Level of a function classification code: 3 digits 类 (1), 5 款 (2), 7 项 (3). -#}
{% macro function_level(code) -%}
    case {{ dbt.length(code) }}
        when 3 then 1
        when 5 then 2
        when 7 then 3
    end
{%- endmacro %}
