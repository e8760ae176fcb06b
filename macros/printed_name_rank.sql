{#-
    The rank of a name printed for a code, 1 for the name to use when the reference has none:
    the name printed most often (`times_printed`), ties to the first name in sort order.
-#}
{% macro printed_name_rank(code, name) -%}
    row_number() over (partition by {{ code }} order by times_printed desc, {{ name }} asc)
{%- endmacro %}
