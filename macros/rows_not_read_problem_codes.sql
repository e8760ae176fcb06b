{#-
    The problem codes (extract/problems.py) that say rows of a classification table were left
    out, so that a row or a sum of rows it does not give is not 0: rows printed without a code
    the reference gives (function_code_unknown, economic_code_unknown), a table cut off
    (table_cut_off, cut_row_dropped), a row with cells missing (row_cells_missing). A row whose
    printed code is a slip (code_misprinted, a warning) is not among them: the rows around it
    still add up to the parent rows that were read. A SQL list for `problem_code in {{ ... }}`.
-#}
{% macro rows_not_read_problem_codes() -%}
    (
        'function_code_unknown', 'economic_code_unknown', 'table_cut_off', 'cut_row_dropped', 'row_cells_missing'
    )
{%- endmacro %}
