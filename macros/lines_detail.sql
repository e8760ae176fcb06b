{#-
    A check's detail naming the source lines of the two figures it compares:
    '<first_label> line <n>, <second_label> line <m>' (labels are plain text, no quotes).
-#}
{% macro lines_detail(first_label, first_line, second_label, second_line) -%}
    {{ dbt.concat([
        "'" ~ first_label ~ " line '", 'cast(' ~ first_line ~ ' as ' ~ dbt.type_string() ~ ')',
        "', " ~ second_label ~ " line '", 'cast(' ~ second_line ~ ' as ' ~ dbt.type_string() ~ ')',
    ]) }}
{%- endmacro %}
