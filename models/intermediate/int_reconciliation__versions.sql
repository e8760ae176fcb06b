{#-
    Versions of one unit x fiscal year x kind (unit_id holds the scope) that disagree on a
    figure while nothing tells which is right. The current document (int_documents_ranked) is
    compared with every other version that is not failed and that the currency rules placed
    after it on no evidence: the same 更正 / 调整 flag (is_correction), the same status and the
    same manifest published_on (both unknown, or the same day) — only the longer file or the
    smaller document_id chose. A version that evidence ranked lower (a correction, a complete
    document over a partial one, a later date) is never compared: it was superseded.
    Compared, as printed in each version (every figure that both versions state):
      versions_agree  scope 'metric:<metric>:<other document_id>': a summary metric of
                      int_budget_metrics_compared whose value, narrative figure or table figure
                      differs (expected and actual the first that differs, in that order; the
                      detail gives all three of both versions);
                      scope 'expenditure:<function code>:<expenditure type>:<other document_id>':
                      a row of int_expenditure_items_selected (the rows of fact_expenditure)
                      whose amount differs.
    expected is the other version's figure, actual the current one's; n_terms 0 and the check's
    own unit (figure_unit_yuan, never coarsened by the document's): 0 — an exact comparison, any
    difference is a 'mismatch' — unless the two versions state their amounts in different
    units (one in 元, one in 万元), then the coarser, so that a figure merely rounded by the
    coarser version is 'rounding'; counts (value_unit 'count') are always exact.
    Versions that agree on every figure (a re-save, a reworded sentence) give no row.
    One row per current document x figure x other version.
-#}
with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

metrics as (

    select * from {{ ref('int_budget_metrics_compared') }}

),

items as (

    select * from {{ ref('int_expenditure_items_selected') }}

),

-- the current document and each version placed after it on no evidence
undecided as (

    select
        current_version.document_id,
        other_version.document_id as other_document_id,
        other_version.source_path as other_source_path,
        case
            when current_version.unit_yuan = other_version.unit_yuan then 0
            when current_version.unit_yuan > other_version.unit_yuan then current_version.unit_yuan
            else other_version.unit_yuan
        end as amount_unit_yuan
    from documents as current_version
    inner join documents as other_version
        on current_version.unit_id = other_version.unit_id
            and current_version.fiscal_year = other_version.fiscal_year
            and current_version.doc_kind = other_version.doc_kind
            and current_version.document_id != other_version.document_id
    where
        current_version.is_current
        and other_version.status != 'failed'
        and current_version.is_correction = other_version.is_correction
        and current_version.status = other_version.status
        and current_version.published_on is not distinct from other_version.published_on

),

metric_pairs as (

    select
        undecided.*,
        current_metric.metric,
        current_metric.value_unit,
        current_metric.metric_value,
        other_metric.metric_value as other_metric_value,
        current_metric.narrative_value,
        other_metric.narrative_value as other_narrative_value,
        current_metric.table_value,
        other_metric.table_value as other_table_value,
        current_metric.metric_value != other_metric.metric_value as value_differs,
        current_metric.narrative_value != other_metric.narrative_value as narrative_differs,
        current_metric.table_value != other_metric.table_value as table_differs
    from undecided
    inner join metrics as current_metric
        on undecided.document_id = current_metric.document_id
    inner join metrics as other_metric
        on undecided.other_document_id = other_metric.document_id
            and current_metric.metric = other_metric.metric

),

metric_checks as (

    select
        document_id,
        {{ dbt.concat(["'metric:'", 'metric', "':'", 'other_document_id']) }} as scope,
        case
            when value_differs then other_metric_value
            when narrative_differs then other_narrative_value
            else other_table_value
        end as expected_yuan,
        case
            when value_differs then metric_value
            when narrative_differs then narrative_value
            else table_value
        end as actual_yuan,
        case when value_unit = 'count' then 0 else amount_unit_yuan end as figure_unit_yuan,
        {{ dbt.concat([
            "'the other version '", 'other_source_path', "' (document '", 'other_document_id',
            "') states '", 'metric', "' '", "coalesce(cast(other_metric_value as " ~ dbt.type_string() ~ "), '-')",
            "' (narrative '", "coalesce(cast(other_narrative_value as " ~ dbt.type_string() ~ "), '-')",
            "', table '", "coalesce(cast(other_table_value as " ~ dbt.type_string() ~ "), '-')",
            "'), this one '", "coalesce(cast(metric_value as " ~ dbt.type_string() ~ "), '-')",
            "' (narrative '", "coalesce(cast(narrative_value as " ~ dbt.type_string() ~ "), '-')",
            "', table '", "coalesce(cast(table_value as " ~ dbt.type_string() ~ "), '-')",
            "')'", "case when value_unit = 'count' then ' (a count)' else '' end",
        ]) }} as source_detail
    from metric_pairs
    where value_differs or narrative_differs or table_differs

),

expenditure_checks as (

    select
        undecided.document_id,
        {{ dbt.concat([
            "'expenditure:'", 'current_item.function_code', "':'", 'current_item.expenditure_type',
            "':'", 'undecided.other_document_id',
        ]) }} as scope,
        other_item.amount_yuan as expected_yuan,
        current_item.amount_yuan as actual_yuan,
        undecided.amount_unit_yuan as figure_unit_yuan,
        {{ dbt.concat([
            "'the other version '", 'undecided.other_source_path', "' (document '",
            'undecided.other_document_id', "') states '", 'current_item.function_code', "' '",
            'current_item.expenditure_type', "' '", 'cast(other_item.amount_yuan as ' ~ dbt.type_string() ~ ')',
            "' ('", 'coalesce(other_item.source_table, other_item.source)', "'), this one '",
            'cast(current_item.amount_yuan as ' ~ dbt.type_string() ~ ')',
            "' ('", 'coalesce(current_item.source_table, current_item.source)', "')'",
        ]) }} as source_detail
    from undecided
    inner join items as current_item
        on undecided.document_id = current_item.document_id
    inner join items as other_item
        on undecided.other_document_id = other_item.document_id
            and current_item.function_code = other_item.function_code
            and current_item.expenditure_type = other_item.expenditure_type
    where current_item.amount_yuan != other_item.amount_yuan

),

checks as (

    select * from metric_checks
    union all
    select * from expenditure_checks

),

final as (

    select
        document_id,
        'versions_agree' as check_name,
        scope,
        expected_yuan,
        actual_yuan,
        0 as n_terms,
        {{ dbt.concat([
            'source_detail',
            "': two versions of one unit, year and kind print different figures, and neither a '",
            "'更正/调整 title, nor a later published_on in a manifest, nor a status tells which is '",
            "'right (a manifest published_on for the right one decides)'",
        ]) }} as detail,
        cast(figure_unit_yuan as decimal(20, 2)) as figure_unit_yuan
    from checks

)

select * from final
