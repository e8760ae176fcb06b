{#-
    unit_id: 16 hex characters of a hash of the normalised district, official unit
    name and scope. Nothing from the file (path, year, content) enters it, so the same
    unit's documents of every year share it. An official name printed without the
    province the document is of ('莆田市教育局', '莆田市城厢区应急管理局': province 福建省,
    the district, if any, in the name) is hashed with it ('福建省莆田市教育局'), so the unit's
    documents that print the province and those that do not share one id. A short name
    without its place ('产业发展服务中心', listed by its department) is hashed as printed.
-#}
{% macro make_unit_id(province, district, unit_name, scope) -%}
    {%- set name = normalize_name(unit_name) -%}
    {%- set with_province -%}
        case
            when {{ province }} is not null
                and {{ name }} not like {{ dbt.concat([province, "'%'"]) }}
                and ({{ district }} is null or {{ name }} like {{ dbt.concat(["'%'", district, "'%'"]) }})
                then {{ dbt.concat([province, name]) }}
            else {{ name }}
        end
    {%- endset -%}
    substr({{ dbt.hash(dbt.concat([
        "coalesce(" ~ normalize_name(district) ~ ", '')",
        "'|'",
        with_province,
        "'|'",
        "coalesce(" ~ scope ~ ", 'department')",
    ])) }}, 1, 16)
{%- endmacro %}
