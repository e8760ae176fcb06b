{#-
    The problem codes (extract/problems.py) that say rows of a classification table were left
    out, so that a row or a sum of rows it does not give is not 0: rows printed without a code
    the reference gives (function_code_unknown of earlier versions, economic_code_unknown), rows
    below the level a document's function figures are loaded at whose parent the table does not
    print (function_level_not_printed), a 款/项 part printed without the 类/款 above it that it
    belongs under (code_parent_not_printed), a row with amounts and no code read
    (row_unreadable), a table cut off (table_cut_off, cut_row_dropped), a row with cells
    missing (row_cells_missing). A row whose printed code is a slip (code_misprinted,
    a warning) is not among them: the rows around it still add up to the parent rows that were
    read; nor are the uncoded 款/项 of a name-only table (function_items_uncoded, a warning):
    the document is loaded whole at the coarser level where every row is coded. A SQL list for
    `problem_code in {{ ... }}`.
-#}
{% macro rows_not_read_problem_codes() -%}
    (
        'function_code_unknown', 'function_level_not_printed', 'code_parent_not_printed', 'row_unreadable',
        'economic_code_unknown', 'table_cut_off', 'cut_row_dropped', 'row_cells_missing'
    )
{%- endmacro %}
