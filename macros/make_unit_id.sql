{#-
    unit_id: 16 hex characters of a hash of the normalised district, official unit
    name and scope. Nothing from the file (path, year, content) enters it, so the same
    unit's documents of every year share it.
-#}
{% macro make_unit_id(district, unit_name, scope) -%}
    substr({{ dbt.hash(dbt.concat([
        "coalesce(" ~ normalize_name(district) ~ ", '')",
        "'|'",
        normalize_name(unit_name),
        "'|'",
        "coalesce(" ~ scope ~ ", 'department')",
    ])) }}, 1, 16)
{%- endmacro %}
