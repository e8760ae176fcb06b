{#-
    The classification codes above the codes of `code` in `relation`: for each prefix length
    of `lengths` (3 for the 类, 5 for the 款), the prefix of every longer code, once per
    `keys` (columns kept beside it, e.g. document_id, table_seq). A union of selects, for a
    CTE body; the codes are in a column named `code`.
-#}
{% macro ancestor_codes(relation, code, keys=[], lengths=[3, 5]) -%}
    {%- for n in lengths %}
        select distinct
            {%- for key in keys %}
                {{ key }},
            {%- endfor %}
            substr({{ code }}, 1, {{ n }}) as {{ code }}
        from {{ relation }}
        where {{ dbt.length(code) }} > {{ n }}
        {% if not loop.last %}union{% endif %}
    {%- endfor %}
{%- endmacro %}
