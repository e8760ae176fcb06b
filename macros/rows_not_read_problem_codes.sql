{#-
    The problem codes (extract/problems.py) that say a classification table's rows or figures
    were left out (not read): its rows are then incomplete by construction, and a row or a sum
    of rows it does not give is not 0. A SQL list for `problem_code in {{ ... }}`.
-#}
{% macro rows_not_read_problem_codes() -%}
    (
        'function_code_unknown', 'economic_code_unknown', 'table_cut_off', 'cut_row_dropped', 'row_unreadable',
        'code_misprinted', 'value_unreadable', 'row_cells_missing'
    )
{%- endmacro %}
