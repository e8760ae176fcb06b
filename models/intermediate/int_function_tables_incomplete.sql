-- Documents whose function tables had rows left out: for want of a known code
-- (function_code_unknown, function_level_not_printed), for a code not read (a 款/项 part
-- without its parent above it: code_parent_not_printed; no code at all: row_unreadable),
-- a table cut off (table_cut_off,
-- cut_row_dropped), a row with cells missing (row_cells_missing); see the macro
-- rows_not_read_problem_codes. Their rows in
-- fact_expenditure are incomplete by construction, so sums over them are not compared with a
-- total, and a code they do not give is not 0.
-- One row per such document;
-- all_funds_incomplete: an all-funds table (the budget's 部门支出总表, the 决算's 支出决算表)
-- lost rows; fiscal_incomplete: a
-- 一般公共预算 / 政府性基金 / 国有资本经营 table or a 财政拨款 table (fiscal_function) did.

select
    document_id,
    max(case when table_kind in ('dept_expenditure', 'fa_expenditure') then 1 else 0 end)
        as all_funds_incomplete,
    max(case when table_kind in ('gpb_function', 'gov_fund', 'state_capital', 'fiscal_function') then 1 else 0 end)
        as fiscal_incomplete
from {{ ref('stg_raw__problems') }}
where problem_code in {{ rows_not_read_problem_codes() }}
group by document_id
