-- Documents whose function tables had rows left out for want of a known code
-- (problem function_code_unknown): their rows in fact_expenditure are incomplete by
-- construction, so sums over them are not compared with a total. One row per such document;
-- all_funds_incomplete: the 部门支出总表 (all funds) lost rows; fiscal_incomplete: a
-- 一般公共预算 / 政府性基金 / 国有资本经营 table did.

select
    document_id,
    max(case when table_kind = 'dept_expenditure' then 1 else 0 end) as all_funds_incomplete,
    max(case when table_kind in ('gpb_function', 'gov_fund', 'state_capital') then 1 else 0 end)
        as fiscal_incomplete
from {{ ref('stg_raw__problems') }}
where problem_code = 'function_code_unknown'
group by document_id
