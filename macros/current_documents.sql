{#-
    The documents a fact holds the rows of: the current version of each (int_documents_ranked,
    is_current), with their unit_id and fiscal_year. A select for an import CTE.
-#}
{% macro current_documents() -%}
    select * from {{ ref('int_documents_ranked') }}
    where is_current
{%- endmacro %}
