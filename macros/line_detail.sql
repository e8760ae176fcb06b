{#-
    A check's detail naming where its figure is printed: '<label> line <n>: <text>' (the
    label is plain text without quotes, e.g. 'table'; '' for 'line <n>: <text>').
-#}
{% macro line_detail(label, line, text) -%}
    {{ dbt.concat([
        "'" ~ (label ~ ' ' if label else '') ~ "line '", 'cast(' ~ line ~ ' as ' ~ dbt.type_string() ~ ')',
        "': '", text,
    ]) }}
{%- endmacro %}
