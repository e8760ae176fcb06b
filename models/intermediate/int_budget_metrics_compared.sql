{#-
    Summary metrics, narrative against tables. One row per document x metric the
    document states (an explicit 0 is a row; silence is not).
      narrative_value  the first non-rejected statement of the metric in the narrative;
      table_value      from the tables, per seeds/reference/summary_metric_sources.csv:
                       the figures of the best (lowest) priority present, added up. A
                       figure of a narrower fund never stands for an all-funds metric unless
                       that fund is all the document's funds (fund_is_all_funds): the
                       一般公共预算 table's 合计 is expenditure_general_public_budget, never
                       expenditure_total, and its 基本支出 / 项目支出 (and the basic economic
                       table's 人员经费 / 公用经费) give the all-funds metric only then; else
                       the all-funds tables (部门支出总表, 部门收支总表) give it, or nothing
                       does (narrative only). A wrong figure is worse than a missing one;
      fund_is_all_funds  the 一般公共预算 expenditure total equals the all-funds total (within
                       the rounding of one printed figure), or no all-funds total is stated,
                       no all-funds table is printed and no other fund spends;
      table_kind       the kind of table table_value comes from (for checks of like scope);
      value            the table's when both exist (tables are the detailed source);
      compared_table_value  the table figure of the narrative's own funds: for a split
                       metric stated of 一般公共预算 that fund's table (or the all-funds figure
                       where that fund is all the funds), for one of 财政拨款 likewise where
                       财政拨款 is all 一般公共预算, else table_value; null when none is of
                       its funds (an unknown scope of a split is taken as the metric's, all funds);
      agrees           narrative_value = compared_table_value within the rounding rule when
                       both exist (a two-decimal 万元 figure against an exact 元
                       table differs by up to 50 元 by rounding alone; the tolerance is
                       fact_reconciliation's for one term), else null;
      narrative_fund_scope  the funds the narrative's figure covers (int_narrative_figures_scoped:
                       those its words state, for a part of the spending the extractor's reading
                       of its sentence, paragraph or heading: '一般公共预算财政拨款基本支出X，其中：
                       人员经费Y' general_public_budget for Y; else the scope of the expenditure
                       total stated on its line, else the wording of its sentence), else null
                       (not told);
      is_open_funds_part  the metric is a part of the spending whose name leaves its funds open
                       (基本支出, 项目支出, 人员经费, 公用经费, the other parts of spending, and
                       their changes: a metrics.csv part_of chain reaching expenditure_total, the
                       类/款/项 aside): the text may state it of all funds or of one fund;
      fund_scope       for such a part, the funds metric_value covers (macro open_funds_scope):
                       'all_funds' for a table figure (a narrower fund's stands for the metric
                       only where that fund is all the funds) and for a narrative figure of all
                       funds or of no fund told; the fund ('general_public_budget',
                       'fiscal_appropriation', 'government_fund') for a narrative figure the text
                       states of that fund alone where that fund is not all the document's funds
                       (never the all-funds figure: checks and budget execution compare it only
                       with figures of that fund); null for every other metric (its name says
                       its funds);
      fiscal_is_all_funds  the 财政拨款 is all the document's funds: the 一般公共预算 is
                       (fund_is_all_funds), or the 财政拨款 and all-funds expenditure totals are
                       equal within the rounding of one printed figure;
      is_comparable    whether the narrative figure has a table figure of its funds
                       (compared_table_value is not null);
      narrative_printed_unit_yuan  the unit to whose 0.01 the narrative printed its value
                       (10000 for '9628.22万元'; null when exact), for the rounding rule;
      total_scope      for income_total / expenditure_total, what the value covers:
                       'current_year' the year's own figure (a summary table's 本年收入合计 /
                       本年支出合计, or a narrative figure so named), 'total' a summary table's
                       总计 / 合计 where it prints no 本年 line (it may hold 上年结转 / 结转下年),
                       'with_carryover' a narrative figure stated with the carry-over it
                       includes ('收入预算1170万元（含上年结转20万元）'), null when nothing says;
                       a total of one scope is compared only with a figure of that scope: a
                       narrative total with the carry-over against the table's 总计, one of the
                       year against its 本年 line (never a 总计 printed without it), one whose
                       scope is not told against the 本年 line, or the 总计 when it is that
                       figure and the 本年 line is not (a 总计 printed without its 本年 line
                       less the carry-over its table prints stands for that line);
      year_value       the year's figure of a total (income_total / expenditure_total): the
                       value where it is the year's or nothing says, a 总计 printed without its
                       本年 line less its table's carry-over (else the 总计 as printed), null for
                       a narrative total stated with its carry-over; metric_value for any other
                       metric. Checks against figures of the year (基本支出 + 项目支出, the
                       fact rows) use it.
-#}
with

-- not rejected, the actuals of final accounts (a 年初预算 figure is a budget, see
-- fact_budget_execution), with the funds each covers (fund_scope)
narrative_figures as (

    select * from {{ ref('int_narrative_figures_scoped') }}
    where
        metric is not null
        -- per function code (类, 款, 项) and their changes, per project: never one summary
        -- metric (a document states one per code or project; the first of them is no figure of
        -- the document)
        and metric not in (
            'expenditure_category',
            'expenditure_function',
            'expenditure_category_change_vs_prior_year',
            'expenditure_function_change_vs_prior_year',
            'key_project_budget'
        )
        and figure_value is not null

),

table_figures as (

    select * from {{ ref('int_table_figures_unioned') }}

),

metric_sources as (

    select * from {{ ref('stg_reference__summary_metric_sources') }}

),

metric_list as (

    select * from {{ ref('stg_reference__metrics') }}

),

-- the parts of the spending whose name leaves their funds open: a part_of chain reaching
-- expenditure_total (基本支出, 项目支出; 人员经费 / 公用经费 through 基本支出; 上缴上级支出 …),
-- the 类/款/项 aside, and their changes (extract.narrative.figures.is_open_funds_part; the
-- reference's chains are two levels deep at most, three are followed here)
open_funds_parts as (

    select parts.metric
    from metric_list as parts
    left join metric_list as parents
        on parts.part_of_metric = parents.metric
    left join metric_list as grandparents
        on parents.part_of_metric = grandparents.metric
    where
        parts.metric not in ('expenditure_category', 'expenditure_function')
        and 'expenditure_total' in (parts.part_of_metric, parents.part_of_metric, grandparents.part_of_metric)

),

open_funds_metrics as (

    select metric from open_funds_parts
    union all
    select changes.metric
    from metric_list as changes
    inner join open_funds_parts
        on changes.change_of_metric = open_funds_parts.metric

),

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

-- the first statement of each metric (by line), as one aggregate per document x metric
narrative_metrics as (

    select
        document_id,
        metric,
        {{ first_by('figure_value', ['source_line']) }} as narrative_value,
        {{ first_by('value_unit', ['source_line']) }} as value_unit,
        {{ first_by('printed_unit_yuan', ['source_line']) }} as narrative_printed_unit_yuan,
        -- (the first statement's funds, null when not told: first_by passes nulls over, and a
        -- later row of the metric may be a total restated of one fund, never the metric)
        nullif({{ first_by("coalesce(fund_scope, '')", ['source_line']) }}, '') as narrative_fund_scope,
        {{ first_by('name_text', ['source_line']) }} as narrative_name_text,
        min(source_line) as source_line,
        {{ first_by('source_text', ['source_line']) }} as source_text
    from narrative_figures
    group by document_id, metric

),

-- the lines whose income / expenditure total is stated with the carry-over it includes
-- ('收入预算1170万元（含上年结转20万元）'; an amount the total excludes is no figure at all)
carryover_included as (

    select distinct
        document_id,
        source_line,
        case when metric = 'income_carryover' then 'income_total' else 'expenditure_total' end as total_metric
    from narrative_figures
    where
        metric in ('income_carryover', 'expenditure_carryover')
        and name_text like '%含%'
        and name_text not like '%不含%'

),

-- what a narrative income / expenditure total covers (total_scope above): the year's when its
-- words name the year's total (本年收入合计, 本年支出), with the carry-over when its line says the
-- carry-over is included, else not told
narrative_totals as (

    select
        narrative_metrics.document_id,
        narrative_metrics.metric,
        case
            when
                narrative_metrics.narrative_name_text like '%本年收入%'
                or narrative_metrics.narrative_name_text like '%本年支出%'
                then 'current_year'
            when carryover_included.document_id is not null then 'with_carryover'
        end as narrative_total_scope
    from narrative_metrics
    left join carryover_included
        on narrative_metrics.document_id = carryover_included.document_id
            and narrative_metrics.source_line = carryover_included.source_line
            and narrative_metrics.metric = carryover_included.total_metric
    where narrative_metrics.metric in ('income_total', 'expenditure_total')

),

-- each side of a document's summary table: its 总计 (收入总计 / 支出总计, with the carry-overs), which
-- a narrative total with the carry-over is compared with, and its carry-over (上年结转 / 结转下年): a
-- 总计 printed without its 本年 line less its carry-over is the year's figure
{%- set side_lines = {
    'grand_total': "figure_key like '%.total.amount'",
    'carryover': "figure_key like '%.carryover%'",
} %}
summary_sides as (

    select
        document_id,
        {%- for line, condition in side_lines.items() %}
            {%- for column, name in [
                ('amount_yuan', 'value'), ('source_line', 'source_line'), ('source_text', 'source_text'),
            ] %}
                {{ first_by('case when ' ~ condition ~ ' then ' ~ column ~ ' end', ['table_seq', 'source_line']) }}
                    as {{ line }}_{{ name }},
            {%- endfor %}
        {%- endfor %}
        case when figure_key like '%.income.%' then 'income_total' else 'expenditure_total' end as metric
    from table_figures
    where
        figure_key in (
            'dept_summary.income.total.amount',
            'dept_summary.expenditure.total.amount',
            'fa_summary.income.total.amount',
            'fa_summary.expenditure.total.amount',
            'dept_summary.income.carryover_total.amount',
            'dept_summary.expenditure.carryover_next_year.amount',
            'fa_summary.income.carryover_total.amount',
            'fa_summary.expenditure.carryover_next_year.amount'
        )
    group by document_id, case when figure_key like '%.income.%' then 'income_total' else 'expenditure_total' end

),

-- the table figures of each metric added up per priority, with the first line's text; a
-- figure that requires another (requires_figure_key) counts only where the document prints it
sourced as (

    select
        table_figures.document_id,
        metric_sources.metric,
        metric_sources.priority,
        max(metric_sources.fund_scope) as fund_scope,
        sum(table_figures.amount_yuan) as table_value,
        count(*) as table_figures,
        -- the year's own total (本年收入合计 / 本年支出合计), not a 总计
        max(case when table_figures.figure_key like '%.current_year_total.%' then 1 else 0 end) = 1
            as is_current_year_total,
        min(table_figures.table_kind) as table_kind,
        min(table_figures.source_line) as source_line,
        {{ first_by('table_figures.source_text', ['table_figures.source_line']) }} as source_text
    from table_figures
    inner join metric_sources
        on table_figures.figure_key = metric_sources.figure_key
    left join {{ ref('int_general_public_budget_of_the_year') }} as year_only
        on table_figures.document_id = year_only.document_id
    where
        (
            metric_sources.requires_figure_key is null
            or exists (
                select 1 from table_figures as required
                where
                    required.document_id = table_figures.document_id
                    and required.figure_key = metric_sources.requires_figure_key
            )
        )
        -- (a 财政拨款收支总表 whose 一般公共预算 column spends the carry-over beside a 一般公共预算
        -- table of the year's own appropriation: the table's 合计 is the fund's spending)
        and not (
            year_only.document_id is not null
            and table_figures.figure_key = 'fiscal_summary.expenditure.total.general_public_budget'
        )
    group by table_figures.document_id, metric_sources.metric, metric_sources.priority

),

-- whether the 一般公共预算 fund is all the document's funds: its expenditure total equals
-- the all-funds total (within the rounding of one printed figure), or no all-funds total
-- is stated, no all-funds table is printed and no other fund (政府性基金, 国有资本经营) spends
best_totals as (

    select
        document_id,
        metric,
        {{ first_by('table_value', ['priority']) }} as table_value
    from sourced
    where metric in ('expenditure_total', 'expenditure_general_public_budget')
    group by document_id, metric

),

fund_totals as (

    select
        documents.document_id,
        documents.unit_yuan,
        max(case when best_totals.metric = 'expenditure_total' then best_totals.table_value end)
            as all_funds_table_total,
        max(case when best_totals.metric = 'expenditure_general_public_budget' then best_totals.table_value end)
            as general_public_budget_table_total
    from documents
    left join best_totals
        on documents.document_id = best_totals.document_id
    group by documents.document_id, documents.unit_yuan

),

other_funds as (

    select
        document_id,
        max(case when table_kind in ('dept_expenditure', 'dept_summary') then 1 else 0 end) as has_all_funds_table,
        max(
            case
                when
                    amount_yuan != 0
                    and (
                        table_kind in ('gov_fund', 'state_capital')
                        or figure_key like '%.government_fund'
                        or figure_key like '%.state_capital'
                    )
                    then 1
                else 0
            end
        ) as has_other_fund
    from table_figures
    group by document_id

),

fund_scopes as (

    select
        fund_totals.document_id,
        case
            when coalesce(fund_totals.all_funds_table_total, all_funds.narrative_value) is null
                then
                    coalesce(other_funds.has_all_funds_table, 0) = 0
                    and coalesce(other_funds.has_other_fund, 0) = 0
            when coalesce(fund_totals.general_public_budget_table_total, general_public_budget.narrative_value) is null
                then false
            else
                abs(
                    coalesce(fund_totals.all_funds_table_total, all_funds.narrative_value)
                    - coalesce(fund_totals.general_public_budget_table_total, general_public_budget.narrative_value)
                )
                <= {{ rounding_tolerance_yuan(
                    'greatest(fund_totals.unit_yuan, '
                    ~ 'case when fund_totals.all_funds_table_total is null '
                    ~ 'then coalesce(all_funds.narrative_printed_unit_yuan, 0) else 0 end, '
                    ~ 'case when fund_totals.general_public_budget_table_total is null '
                    ~ 'then coalesce(general_public_budget.narrative_printed_unit_yuan, 0) else 0 end)',
                    1
                ) }}
        end as fund_is_all_funds
    from fund_totals
    left join other_funds
        on fund_totals.document_id = other_funds.document_id
    left join narrative_metrics as all_funds
        on fund_totals.document_id = all_funds.document_id
            and all_funds.metric = 'expenditure_total'
    left join narrative_metrics as general_public_budget
        on fund_totals.document_id = general_public_budget.document_id
            and general_public_budget.metric = 'expenditure_general_public_budget'

),

-- the best (lowest) priority present; a figure of a narrower fund stands for the metric only
-- where that fund is all the funds
table_metrics as (

    select
        sourced.document_id,
        sourced.metric,
        {{ first_by('sourced.table_value', ['sourced.priority']) }} as table_value,
        {{ first_by('sourced.table_figures', ['sourced.priority']) }} as table_figures,
        {{ first_by('sourced.is_current_year_total', ['sourced.priority']) }} as is_current_year_total,
        {{ first_by('sourced.table_kind', ['sourced.priority']) }} as table_kind,
        {{ first_by('sourced.source_line', ['sourced.priority']) }} as source_line,
        {{ first_by('sourced.source_text', ['sourced.priority']) }} as source_text
    from sourced
    inner join fund_scopes
        on sourced.document_id = fund_scopes.document_id
    where sourced.fund_scope is null or fund_scopes.fund_is_all_funds
    group by sourced.document_id, sourced.metric

),

-- the figure of the 一般公共预算 tables themselves, for a narrative figure of that fund
general_public_budget_metrics as (

    select
        document_id,
        metric,
        {{ first_by('table_value', ['priority']) }} as general_public_budget_table_value,
        {{ first_by('source_line', ['priority']) }} as general_public_budget_source_line,
        {{ first_by('source_text', ['priority']) }} as general_public_budget_source_text
    from sourced
    where fund_scope = 'general_public_budget'
    group by document_id, metric

),

compared as (

    select
        -- ids
        coalesce(table_metrics.document_id, narrative_metrics.document_id) as document_id,
        coalesce(table_metrics.metric, narrative_metrics.metric) as metric,
        -- numerics
        coalesce(table_metrics.table_value, narrative_metrics.narrative_value) as metric_value,
        coalesce(narrative_metrics.value_unit, 'yuan') as value_unit,
        narrative_metrics.narrative_value,
        table_metrics.table_value,
        narrative_metrics.narrative_printed_unit_yuan,
        narrative_metrics.narrative_fund_scope,
        table_metrics.table_kind,
        -- provenance: the table's when both
        case
            when table_metrics.document_id is not null then table_metrics.source_line
            else narrative_metrics.source_line
        end as source_line,
        case
            when table_metrics.document_id is not null then table_metrics.source_text
            else narrative_metrics.source_text
        end as source_text,
        narrative_metrics.source_line as narrative_source_line,
        narrative_metrics.source_text as narrative_source_text,
        table_metrics.source_line as table_source_line,
        table_metrics.source_text as table_source_text,
        coalesce(table_metrics.table_figures, 0) as table_figures,
        coalesce(table_metrics.is_current_year_total, false) as is_current_year_total
    from table_metrics
    full outer join narrative_metrics
        on table_metrics.document_id = narrative_metrics.document_id
            and table_metrics.metric = narrative_metrics.metric

),

with_funds as (

    select
        compared.*,
        general_public_budget_metrics.general_public_budget_table_value,
        general_public_budget_metrics.general_public_budget_source_line,
        general_public_budget_metrics.general_public_budget_source_text,
        narrative_totals.narrative_total_scope,
        summary_sides.grand_total_value,
        summary_sides.grand_total_source_line,
        summary_sides.grand_total_source_text,
        summary_sides.carryover_value,
        summary_sides.carryover_source_text,
        coalesce(fund_scopes.fund_is_all_funds, false) as fund_is_all_funds,
        open_funds_metrics.metric is not null as is_open_funds_part
    from compared
    left join general_public_budget_metrics
        on compared.document_id = general_public_budget_metrics.document_id
            and compared.metric = general_public_budget_metrics.metric
    left join fund_scopes
        on compared.document_id = fund_scopes.document_id
    left join narrative_totals
        on compared.document_id = narrative_totals.document_id
            and compared.metric = narrative_totals.metric
    left join summary_sides
        on compared.document_id = summary_sides.document_id
            and compared.metric = summary_sides.metric
    left join open_funds_metrics
        on compared.metric = open_funds_metrics.metric

),

-- the document's expenditure totals as compared (a table figure, else the narrative's) and the
-- coarsest printed unit of a total stated in the narrative only: from the rows of those three
-- metrics alone, one row per document (an aggregate of a few rows, not a window over every
-- metric's row with its texts). Joined again from table_metrics and narrative_metrics, not read
-- from compared: a second reader of compared keeps all its rows and texts (measured slower)
{%- set total_metrics = {
    'expenditure_total': 'all_funds_total',
    'expenditure_fiscal_appropriation': 'fiscal_total',
    'expenditure_general_public_budget': 'general_public_budget_total',
} %}
table_expenditure_totals as (

    select
        document_id,
        metric,
        table_value
    from table_metrics
    where metric in ('expenditure_total', 'expenditure_fiscal_appropriation', 'expenditure_general_public_budget')

),

narrative_expenditure_totals as (

    select
        document_id,
        metric,
        narrative_value,
        narrative_printed_unit_yuan
    from narrative_metrics
    where metric in ('expenditure_total', 'expenditure_fiscal_appropriation', 'expenditure_general_public_budget')

),

expenditure_totals as (

    select
        coalesce(table_expenditure_totals.document_id, narrative_expenditure_totals.document_id) as document_id,
        coalesce(table_expenditure_totals.metric, narrative_expenditure_totals.metric) as metric,
        coalesce(table_expenditure_totals.table_value, narrative_expenditure_totals.narrative_value) as metric_value,
        case
            when table_expenditure_totals.table_value is null
                then narrative_expenditure_totals.narrative_printed_unit_yuan
        end as narrative_only_unit_yuan
    from table_expenditure_totals
    full outer join narrative_expenditure_totals
        on table_expenditure_totals.document_id = narrative_expenditure_totals.document_id
            and table_expenditure_totals.metric = narrative_expenditure_totals.metric

),

document_totals as (

    select
        document_id,
        {%- for metric, column in total_metrics.items() %}
            max(case when metric = '{{ metric }}' then metric_value end) as {{ column }},
        {%- endfor %}
        max(narrative_only_unit_yuan) as narrative_totals_unit_yuan
    from expenditure_totals
    group by document_id

),

-- whether the document's totals make the scopes one: equal within the rounding of one
-- printed figure (the unit: the document's, or the coarser one of a total stated in the
-- narrative only)
scopes as (

    select
        with_funds.*,
        documents.unit_yuan,
        case
            when with_funds.narrative_printed_unit_yuan > documents.unit_yuan
                then with_funds.narrative_printed_unit_yuan
            else documents.unit_yuan
        end as compared_unit_yuan,
        {%- for column in total_metrics.values() %}
            document_totals.{{ column }},
        {%- endfor %}
        case
            when document_totals.narrative_totals_unit_yuan > documents.unit_yuan
                then document_totals.narrative_totals_unit_yuan
            else documents.unit_yuan
        end as totals_unit_yuan,
        with_funds.fund_is_all_funds or coalesce(
            abs(document_totals.fiscal_total - document_totals.all_funds_total)
            <= {{ rounding_tolerance_yuan(
                'case when document_totals.narrative_totals_unit_yuan > documents.unit_yuan '
                ~ 'then document_totals.narrative_totals_unit_yuan else documents.unit_yuan end', 1
            ) }},
            false
        ) as fiscal_is_all_funds
    from with_funds
    inner join documents
        on with_funds.document_id = documents.document_id
    left join document_totals
        on with_funds.document_id = document_totals.document_id

),

-- what an income / expenditure total covers (total_scope), and the year's figure (year_value):
-- the value itself where it is the year's (or nothing says), a 总计 printed without its 本年 line
-- less the carry-over its table prints (else the 总计, what it gives), none for a narrative total
-- stated with the carry-over it includes
total_scopes as (

    select
        *,
        case
            when metric not in ('income_total', 'expenditure_total') then null
            when table_value is not null and is_current_year_total then 'current_year'
            when table_value is not null then 'total'
            else narrative_total_scope
        end as total_scope,
        case
            when metric not in ('income_total', 'expenditure_total') then metric_value
            when table_value is not null and not is_current_year_total and carryover_value is not null
                then table_value - carryover_value
            when table_value is null and narrative_total_scope = 'with_carryover' then null
            else metric_value
        end as year_value
    from scopes

),

-- which table figure of the same scope a narrative total is compared with: 'table' (the
-- metric's table figure), 'grand_total' (the side's 总计), 'year' (a 总计 printed without its
-- 本年 line, less its carry-over), or 'none' (no table figure of its scope); a narrative total
-- whose scope is not told is compared with the year's figure, or with the 总计 where it is that
-- figure and not the year's
compared_totals as (

    select
        *,
        case
            when metric not in ('income_total', 'expenditure_total') or narrative_value is null then 'table'
            when narrative_total_scope = 'current_year' and is_current_year_total then 'table'
            when narrative_total_scope = 'current_year' and carryover_value is not null then 'year'
            when narrative_total_scope = 'current_year' then 'none'
            when narrative_total_scope = 'with_carryover'
                then case when is_current_year_total then 'grand_total' else 'table' end
            when
                is_current_year_total
                and grand_total_value is not null
                and abs(narrative_value - grand_total_value) <= {{ rounding_tolerance_yuan('compared_unit_yuan', 1) }}
                and abs(narrative_value - table_value) > {{ rounding_tolerance_yuan('compared_unit_yuan', 1) }}
                then 'grand_total'
            when
                not is_current_year_total
                and carryover_value is not null
                and abs(narrative_value - year_value) <= {{ rounding_tolerance_yuan('compared_unit_yuan', 1) }}
                and abs(narrative_value - table_value) > {{ rounding_tolerance_yuan('compared_unit_yuan', 1) }}
                then 'year'
            else 'table'
        end as total_compared_with
    from total_scopes

),

-- the table figure a narrative figure is compared with: of its own funds. A part of the spending
-- (is_open_funds_part: basic / project / personnel / public use …) stated of the 一般公共预算 fund is compared with
-- that fund's table, or with the all-funds figure where that fund is all the funds; one
-- stated of 财政拨款 likewise where 财政拨款 is all 一般公共预算 (or all the funds); one of all
-- funds, or whose funds are not told, with the metric's table figure (all funds: a narrower
-- fund's figure stands for it only where that fund is all the funds)
comparable as (

    select
        *,
        case
            when narrative_value is null then null
            -- the year's own 一般公共预算 money beside a table spending the carry-over too: each adds
            -- up to its own money (int_general_public_budget_narrative_of_the_year)
            when
                metric = 'expenditure_general_public_budget'
                and document_id in (
                    select narrative_year_only.document_id
                    from {{ ref('int_general_public_budget_narrative_of_the_year') }} as narrative_year_only
                )
                then null
            -- an income / expenditure total: the figure of its scope (total_scopes)
            when total_compared_with = 'none' then null
            when total_compared_with = 'grand_total' then grand_total_value
            when total_compared_with = 'year' then year_value
            when
                not is_open_funds_part
                or narrative_fund_scope is null
                or narrative_fund_scope = 'all_funds'
                then table_value
            when narrative_fund_scope = 'general_public_budget'
                then coalesce(general_public_budget_table_value, case when fund_is_all_funds then table_value end)
            when
                narrative_fund_scope = 'fiscal_appropriation'
                and abs(fiscal_total - general_public_budget_total)
                <= {{ rounding_tolerance_yuan('totals_unit_yuan', 1) }}
                then coalesce(general_public_budget_table_value, case when fund_is_all_funds then table_value end)
            when
                narrative_fund_scope = 'fiscal_appropriation'
                and abs(fiscal_total - all_funds_total)
                <= {{ rounding_tolerance_yuan('totals_unit_yuan', 1) }}
                then table_value
        end as compared_table_value
    from compared_totals

),

-- the line of the table figure compared with: the 一般公共预算 table's own where that figure was
-- taken for a split stated of that fund, else the metric's table figure's
compared_lines as (

    select
        *,
        case
            when compared_table_value is null then null
            when total_compared_with = 'grand_total' then grand_total_source_line
            when table_value is not null and compared_table_value = table_value then table_source_line
            else coalesce(general_public_budget_source_line, table_source_line)
        end as compared_table_source_line,
        case
            when compared_table_value is null then null
            when total_compared_with = 'grand_total' then grand_total_source_text
            when total_compared_with = 'year'
                then {{ dbt.concat(['table_source_text', "' less '", 'carryover_source_text']) }}
            when table_value is not null and compared_table_value = table_value then table_source_text
            else coalesce(general_public_budget_source_text, table_source_text)
        end as compared_table_source_text
    from comparable

),

final as (

    select
        -- ids
        document_id,
        metric,
        -- strings
        value_unit,
        narrative_fund_scope,
        case
            when not is_open_funds_part then null
            when table_value is not null then 'all_funds'
            else {{ open_funds_scope('narrative_fund_scope', 'fund_is_all_funds', 'fiscal_is_all_funds') }}
        end as fund_scope,
        table_kind,
        total_scope,
        source_text,
        -- numerics
        metric_value,
        year_value,
        narrative_value,
        table_value,
        narrative_printed_unit_yuan,
        source_line,
        table_figures,
        compared_table_value,
        narrative_source_line,
        narrative_source_text,
        compared_table_source_line,
        compared_table_source_text,
        -- booleans
        fund_is_all_funds,
        fiscal_is_all_funds,
        is_open_funds_part,
        compared_table_value is not null as is_comparable,
        -- the rounding rule of fact_reconciliation's narrative_equals_table (one term, in the
        -- coarser of the narrative's printed unit and the document's)
        case
            when compared_table_value is not null
                then
                    abs(narrative_value - compared_table_value)
                    <= {{ rounding_tolerance_yuan('compared_unit_yuan', 1) }}
        end as agrees
    from compared_lines

)

select * from final
