-- Every metric is stated in the unit dim_metric gives it (yuan or count): the extractor and
-- the reference list agree. Returns the rows that disagree.
select
    budget_summary.document_id,
    budget_summary.metric,
    budget_summary.value_unit,
    metric_list.value_unit as metric_value_unit
from {{ ref('fact_budget_summary') }} as budget_summary
inner join {{ ref('dim_metric') }} as metric_list
    on budget_summary.metric = metric_list.metric
where budget_summary.value_unit != metric_list.value_unit
