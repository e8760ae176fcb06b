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

{#-
    Left joins, for a FROM clause, of `relation`'s row (its `code` column, per document_id) to
    its 类 and its 款 among the codes of `codes` (a relation of document_id and `code`): aliased
    `class_alias` and `section_alias`, null where that ancestor is not among them. Equality
    joins on each prefix length, so they stay hash joins at national scale.
-#}
{% macro join_ancestor_codes(relation, codes, class_alias, section_alias, code='function_code') -%}
    {%- for alias, n in [(class_alias, 3), (section_alias, 5)] %}
    left join {{ codes }} as {{ alias }}
        on {{ relation }}.document_id = {{ alias }}.document_id
            and {{ alias }}.{{ code }} = substr({{ relation }}.{{ code }}, 1, {{ n }})
            and {{ dbt.length(relation ~ '.' ~ code) }} > {{ n }}
    {%- endfor %}
{%- endmacro %}
