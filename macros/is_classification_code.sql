{#-
    True when `column` is a classification code of 3 digits followed by up to `max_pairs`
    pairs of digits (function codes 201 / 20103 / 2010301: max_pairs = 2). Regular
    expressions differ between engines, so the match is dispatched.
-#}
{% macro is_classification_code(column, max_pairs=2) %}
    {{ return(adapter.dispatch('is_classification_code')(column, max_pairs)) }}
{% endmacro %}

{% macro default__is_classification_code(column, max_pairs=2) -%}
    {{ column }} rlike '^[0-9]{3}([0-9]{2}){0,{{ max_pairs }}}$'
{%- endmacro %}

{% macro duckdb__is_classification_code(column, max_pairs=2) -%}
    regexp_full_match({{ column }}, '[0-9]{3}([0-9]{2}){0,{{ max_pairs }}}')
{%- endmacro %}
