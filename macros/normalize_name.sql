{#-
    A name normalised for matching (never for display): every kind of white space
    removed (ASCII and the ideographic space U+3000) and half-width brackets turned
    into the full-width ones Chinese official names use. Regular expressions differ
    between engines, so this macro dispatches.
-#}
{% macro normalize_name(column) -%}
    {{ return(adapter.dispatch('normalize_name')(column)) }}
{%- endmacro %}

{% macro default__normalize_name(column) -%}
    replace(replace(regexp_replace({{ column }}, '[\\s\\u3000]+', ''), '(', '（'), ')', '）')
{%- endmacro %}

{% macro duckdb__normalize_name(column) -%}
    replace(replace(regexp_replace({{ column }}, '[\s\x{3000}]+', '', 'g'), '(', '（'), ')', '）')
{%- endmacro %}
