{#-
    The label of a table in a reconciliation scope: its kind ('gpb_function'), and where the
    document prints more than one table of that kind (a 部门支出总表 by unit and again by 功能分类)
    its sequence number too ('dept_expenditure#4'), so that each table's checks keep a scope of
    their own. ``within``: more columns that tell tables of one kind apart already (an economic
    table's classification: a 部门 and a 政府 table of one kind keep their kind alone). A window
    expression over the rows of the select (``document``: their document_id).
-#}
{% macro table_label(kind='table_kind', seq='table_seq', document='document_id', within=[]) -%}
    {%- set partition = ([document, kind] + within) | join(', ') -%}
    case
        when
            max({{ seq }}) over (partition by {{ partition }}) is null
            or min({{ seq }}) over (partition by {{ partition }}) = max({{ seq }}) over (partition by {{ partition }})
            then {{ kind }}
        else {{ dbt.concat([kind, "'#'", "cast(" ~ seq ~ " as " ~ dbt.type_string() ~ ")"]) }}
    end
{%- endmacro %}
