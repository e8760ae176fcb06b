{#-
    Reconciliation of the sums the narrative prints: a total and its parts stated in one
    paragraph ('一般公共预算财政拨款支出717.61万元 … 其中：基本支出539.61万元 … 项目支出178万元').
      narrative_basic_plus_project_equals_total   基本支出 + 项目支出 = the expenditure they split
                                                  (一般公共预算财政拨款支出, 财政拨款支出 or 支出),
                                                  with the other parts of spending stated on
                                                  its line (上缴上级支出, 经营支出, 对附属单位补助
                                                  支出: optional parts) and, against 支出 (all
                                                  funds), those the document states elsewhere
                                                  (its tables or another line); not checked
                                                  where an expenditure table prints an amount
                                                  in a column not recognised (a part not known)
      narrative_personnel_plus_public_equals_basic 人员经费 + 公用经费 = 基本支出, also where 基本支出
                                                  is restated of one fund with its parts
                                                  ('一般公共预算财政拨款基本支出X万元，其中：人员经费
                                                  …'): that restatement is the total (scope
                                                  'basic_expenditure:<funds>')
      narrative_procurement_gpb_parts_equal_total 一般公共预算拨款政府采购: 货物 + 工程 + 服务
      narrative_changes_basic_plus_project_equal_total  the changes vs the prior year, the same
      narrative_changes_three_public_parts_equal_total  (因公出国 + 公务接待 + 公务用车 changes)
      narrative_changes_vehicle_parts_equal_total       (购置 + 运行维护 changes)
      narrative_income_parts_equal_total          收入 = the sources listed with it (财政拨款收入,
                                                  一般公共预算拨款, 政府性基金, 事业收入, 上年结转,
                                                  上级补助收入, 附属单位上缴收入 …; a
                                                  决算's actuals as its budget's figures:
                                                  the carry-over is never a part of a
                                                  total named the year's own, 本年收入)
      narrative_asset_parts_equal_total           资产总额 = 流动资产 + 固定资产 + 对外投资及有价证券
                                                  + 在建工程 + 无形资产 + 其他资产 (国有资产占有
                                                  使用情况; checked when all six are stated)
    Final accounts: only the actuals are read (a 年初预算 figure is a budget).
    Only figures that were read count: a part the narrative does not state (or that could not
    be read) is not 0, and a relation with a fixed list of parts is checked only when every
    part was read, on the line of its total. A total restated of one fund (a row with its funds,
    stated_fund_scope, beside the metric's first statement: extract.narrative._restated_whole) is
    a total of its own, checked against the parts read on its line (the parts of its 其中 list, of
    its funds; never a part itself). A relation of the parts a document chooses to
    list (parts required 0) is checked only when no amount on the total's line went unread
    (a narrative_unparsed_figure there may be a part), and a part that is itself the sum of
    others stated beside it (财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营; 单位资金 = 事业收入 +
    经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入) stands for
    them: they are not added twice. Parts and total are of one funds scope: a part stated of a
    fund (raw_narrative_figures.fund_scope, read for the parts of the spending: '一般公共预算财政
    拨款基本支出X，其中：人员经费Y' gives Y as the 一般公共预算's) is no part of a total of other
    funds (an all-funds 基本支出, an all-funds 支出 beside a 一般公共预算财政拨款支出 on its line); a
    total's funds are those its metric names (expenditure_total all funds,
    expenditure_general_public_budget …), else those stated of it (a restated total's: its own);
    not told is any. One row per document x check x total metric (and its funds, for a restated
    total).
-#}
{#- the funds a total's metric names (its change's too); any other term: those stated of it -#}
{%- set named_funds = {
    'expenditure_total': 'all_funds',
    'expenditure_change_vs_prior_year': 'all_funds',
    'expenditure_general_public_budget': 'general_public_budget',
    'expenditure_general_public_budget_change_vs_prior_year': 'general_public_budget',
    'expenditure_fiscal_appropriation': 'fiscal_appropriation',
    'expenditure_fiscal_appropriation_change_vs_prior_year': 'fiscal_appropriation',
} %}
{#- the other parts of spending beside basic and project, as summary metrics -#}
{%- set other_part_metrics = expenditure_other_parts('expenditure_') %}
{#- check_name: (parts required: 0 = any parts stated, the totals in order of preference, the parts) -#}
{#- optional parts: check_name -> parts added when stated on the total's line, never required -#}
{%- set optional_parts = {'narrative_basic_plus_project_equals_total': other_part_metrics} -%}
{%- set relations = {
    'narrative_basic_plus_project_equals_total': (
        2,
        ['expenditure_general_public_budget', 'expenditure_fiscal_appropriation', 'expenditure_total'],
        ['basic_expenditure', 'project_expenditure'],
    ),
    'narrative_personnel_plus_public_equals_basic': (
        2, ['basic_expenditure'], ['personnel_expenditure', 'public_use_expenditure'],
    ),
    'narrative_procurement_gpb_parts_equal_total': (
        3, ['procurement_gpb_total'], ['procurement_gpb_goods', 'procurement_gpb_works', 'procurement_gpb_services'],
    ),
    'narrative_changes_basic_plus_project_equal_total': (
        2,
        [
            'expenditure_general_public_budget_change_vs_prior_year',
            'expenditure_fiscal_appropriation_change_vs_prior_year',
            'expenditure_change_vs_prior_year',
        ],
        ['basic_expenditure_change_vs_prior_year', 'project_expenditure_change_vs_prior_year'],
    ),
    'narrative_changes_three_public_parts_equal_total': (
        4,
        ['three_public_change_vs_prior_year'],
        [
            'three_public_overseas_change_vs_prior_year', 'three_public_reception_change_vs_prior_year',
            'three_public_vehicle_operation_change_vs_prior_year', 'three_public_vehicle_purchase_change_vs_prior_year',
        ],
    ),
    'narrative_changes_vehicle_parts_equal_total': (
        2,
        ['three_public_vehicle_total_change_vs_prior_year'],
        ['three_public_vehicle_operation_change_vs_prior_year', 'three_public_vehicle_purchase_change_vs_prior_year'],
    ),
    'narrative_income_parts_equal_total': (
        0,
        ['income_total'],
        [
            'income_fiscal_appropriation', 'income_general_public_budget', 'income_government_fund',
            'income_state_capital', 'income_special_account', 'income_business', 'income_operating',
            'income_other', 'income_carryover', 'income_superior_subsidy', 'income_subsidiary_remittance',
            'income_unit_funds',
        ],
    ),
    'narrative_asset_parts_equal_total': (
        6,
        ['assets_total'],
        [
            'assets_current', 'assets_fixed', 'assets_investment', 'assets_construction_in_progress',
            'assets_intangible', 'assets_other',
        ],
    ),
} -%}
{#- a part -> the part that holds it: on a line stating both, only the holder is added -#}
{%- set held_by = {
    'income_general_public_budget': 'income_fiscal_appropriation',
    'income_government_fund': 'income_fiscal_appropriation',
    'income_state_capital': 'income_fiscal_appropriation',
    'income_business': 'income_unit_funds',
    'income_operating': 'income_unit_funds',
    'income_superior_subsidy': 'income_unit_funds',
    'income_subsidiary_remittance': 'income_unit_funds',
    'income_other': 'income_unit_funds',
} -%}

{#- every metric a relation names (only their statements are read) -#}
{%- set term_metrics = [] %}
{%- for check_name, (parts_required, totals, parts) in relations.items() %}
    {%- for metric in totals + parts + optional_parts.get(check_name, []) %}
        {%- if metric not in term_metrics %}{% do term_metrics.append(metric) %}{% endif %}
    {%- endfor %}
{%- endfor %}

with

narrative_figures as (

    select * from {{ ref('stg_raw__narrative_figures') }}
    where
        not is_rejected
        and metric in (
            {%- for metric in term_metrics %}
                '{{ metric }}'{{ ',' if not loop.last }}
            {%- endfor %}
        )
        and value_unit = 'yuan'
        and figure_value is not null
        -- final accounts: the actuals (a 年初预算 figure is a budget, see fact_budget_execution)
        and coalesce(value_role, 'actual') = 'actual'

),

-- funds: a total restated of one fund with its parts, on a line after the metric's first
-- statement (extract.narrative._restated_whole: its stated_fund_scope); null for the metric's own
-- statements (whatever funds they are stated of: the parts of the spending carry theirs too)
figures_keyed as (

    select
        *,
        case
            when
                source_line > min(source_line) over (partition by document_id, metric)
                and stated_fund_scope in ('general_public_budget', 'fiscal_appropriation', 'government_fund')
                then stated_fund_scope
        end as funds
    from narrative_figures

),

-- the first statement of each metric, as int_budget_metrics_compared takes it, and each total
-- restated of one fund with its parts; fund_scope: the funds the statement is of (see above)
statements as (

    select
        document_id,
        metric,
        funds,
        {{ first_by('figure_value', ['source_line']) }} as figure_value,
        {{ first_by('value_text', ['source_line']) }} as value_text,
        {{ first_by('printed_unit_yuan', ['source_line']) }} as printed_unit_yuan,
        {{ first_by('name_text', ['source_line']) }} as name_text,
        {{ first_by('source_text', ['source_line']) }} as source_text,
        -- (the first statement's funds: '' when not told, as first_by passes nulls over)
        case
            {%- for metric, named in named_funds.items() %}
                when metric = '{{ metric }}' then '{{ named }}'
            {%- endfor %}
            else coalesce(funds, nullif({{ first_by("coalesce(stated_fund_scope, '')", ['source_line']) }}, ''))
        end as fund_scope,
        min(source_line) as source_line
    from figures_keyed
    group by document_id, metric, funds

),

-- the lines on which an amount was not understood: a part of a total may be among them
unread_lines as (

    select distinct
        document_id,
        source_line
    from {{ ref('stg_raw__problems') }}
    where problem_code = 'narrative_unparsed_figure' and source_line is not null

),

-- each relation's terms: its totals (preference 1, 2, ... in the order above), then its parts (0)
{%- set terms = [] %}
{%- for check_name, (parts_required, totals, parts) in relations.items() %}
    {%- for metric in totals %}
        {%- do terms.append((check_name, 'total', metric, loop.index, parts_required, false)) %}
    {%- endfor %}
    {%- for metric in parts %}
        {%- do terms.append((check_name, 'part', metric, 0, parts_required, false)) %}
    {%- endfor %}
    {%- for metric in optional_parts.get(check_name, []) %}
        {%- do terms.append((check_name, 'part', metric, 0, parts_required, true)) %}
    {%- endfor %}
{%- endfor %}
relation_terms as (

    {% for check_name, term_role, metric, preference, parts_required, is_optional in terms %}
        select
            '{{ check_name }}' as check_name,
            '{{ term_role }}' as term_role,
            '{{ metric }}' as metric,
            {{ preference }} as preference,
            {{ parts_required }} as parts_required,
            {{ is_optional | lower }} as is_optional
        {%- if not loop.last %} union all{% endif %}
    {% endfor %}

),

holders as (

    {% for part, holder in held_by.items() %}
        select
            '{{ part }}' as metric,
            '{{ holder }}' as holder_metric
        {%- if not loop.last %} union all{% endif %}
    {% endfor %}

),

{#- the statements of each relation's total (with how the relation takes them) and of its parts #}
{%- set stated_terms = [
    ('totals', 'total', ['preference', 'parts_required']),
    ('stated_parts', 'part', ['is_optional']),
] %}
{#- a part of a total: of its funds, or either's not told #}
{%- set same_funds = '(parts.fund_scope is null or totals.fund_scope is null'
    ~ ' or parts.fund_scope = totals.fund_scope)' %}
{% for cte, term_role, term_columns in stated_terms %}
    {{ cte }} as (

        select
            relation_terms.check_name,
            {%- for column in term_columns %}
                relation_terms.{{ column }},
            {%- endfor %}
            statements.document_id,
            statements.metric,
            statements.funds,
            statements.fund_scope,
            statements.figure_value,
            statements.value_text,
            statements.printed_unit_yuan,
            statements.name_text,
            statements.source_text,
            statements.source_line
        from relation_terms
        inner join statements
            on relation_terms.metric = statements.metric
        where
            relation_terms.term_role = '{{ term_role }}'
            {%- if term_role == 'part' %}
                -- (a restatement of one fund is a total only)
                and statements.funds is null
            {%- endif %}

    ),
{% endfor %}

-- a part whose holder is stated on the same line is inside the holder: left out
parts as (

    select stated_parts.*
    from stated_parts
    left join holders
        on stated_parts.metric = holders.metric
    left join stated_parts as holder
        on stated_parts.document_id = holder.document_id
            and stated_parts.check_name = holder.check_name
            and stated_parts.source_line = holder.source_line
            and holders.holder_metric = holder.metric
    where holder.metric is null

),

-- the totals whose 其中 list is closed: two parts or more stated with the total's text (the
-- total's own '；' part of the sentence, or that text run on: the extractor gives a part of a
-- list that runs on past a '；' ('…1800万元，其中：A 1500万元，B 200万元；C 100万元。') the
-- sentence from the total's '；' part up to its own as its source_text). A part stated after
-- the list ended (a new statement, another sentence: '…C 100万元；上年结转50万元' after a total
-- named the year's own) is not in the list; where no list was found with the total (one part
-- at most with its text) every part on its line is a term
closed_lists as (

    select
        totals.document_id,
        totals.check_name,
        totals.metric,
        totals.funds
    from totals
    inner join parts
        on totals.document_id = parts.document_id
            and totals.check_name = parts.check_name
            and totals.source_line = parts.source_line
            and substr(parts.source_text, 1, {{ dbt.length('totals.source_text') }}) = totals.source_text
            and {{ same_funds }}
    where totals.source_text like '%其中%'
    group by totals.document_id, totals.check_name, totals.metric, totals.funds
    having count(*) >= 2

),

-- each total with the parts stated on its line: those of its 其中 list where a '；' closes it,
-- and never the carry-over of a total named the year's own (本年收入 / 本年收入合计: 上年结转 and
-- 年初结转和结余 are beside it, parts of the 收入总计)
candidates as (

    select
        totals.document_id,
        totals.check_name,
        totals.metric as total_metric,
        totals.funds,
        totals.preference,
        totals.parts_required,
        totals.source_line,
        totals.figure_value as expected_yuan,
        totals.value_text as total_text,
        sum(parts.figure_value) as actual_yuan,
        count(*) as n_terms,
        count(case when not parts.is_optional then 1 end) as n_required,
        -- parts the total is only said to include ('收入预算1170万元（含上年结转20万元）'): a note of
        -- one of its parts, not the list of them
        count(case when parts.name_text like '%含%' and parts.name_text not like '%不含%' then 1 end)
            as n_inclusions,
        -- (the carry-over alone is never the sources of an income: '收入预算X，其中：本年收入X，上年结转0'
        -- reads 本年收入 as the total restated)
        count(case when parts.metric = 'income_carryover' then 1 end) as n_carryovers,
        -- the coarsest printed unit of the terms (the rounding rule's unit)
        case
            when max(parts.printed_unit_yuan) > coalesce(totals.printed_unit_yuan, 0) then max(parts.printed_unit_yuan)
            else totals.printed_unit_yuan
        end as figure_unit_yuan,
        {{ ordered_string_agg("parts.metric || ' ' || parts.value_text", "' + '", 'parts.metric') }} as parts_text
    from totals
    inner join parts
        on totals.document_id = parts.document_id
            and totals.check_name = parts.check_name
            and totals.source_line = parts.source_line
            and {{ same_funds }}
    left join closed_lists
        on totals.document_id = closed_lists.document_id
            and totals.check_name = closed_lists.check_name
            and totals.metric = closed_lists.metric
            and totals.funds is not distinct from closed_lists.funds
    where
        (
            closed_lists.document_id is null
            or substr(parts.source_text, 1, {{ dbt.length('totals.source_text') }}) = totals.source_text
        )
        and not (parts.metric = 'income_carryover' and totals.name_text like '%本年收入%')
    group by
        totals.document_id,
        totals.check_name,
        totals.metric,
        totals.funds,
        totals.preference,
        totals.parts_required,
        totals.source_line,
        totals.figure_value,
        totals.value_text,
        totals.printed_unit_yuan

),

-- documents whose expenditure tables print an amount in a column not recognised
-- (unknown_column): a part of spending not known, so basic + project is compared with no total
unread_table_parts as (

    select distinct document_id
    from {{ ref('int_function_rows_pivoted') }}
    where has_unread_amounts

),

-- the other parts of spending (expenditure_other_parts) the document states off the line of
-- an all-funds total that basic and project split (in its tables, or on another line of the
-- text): they are parts of that total too, as read (the table's figure where both)
off_line_parts as (

    select
        candidates.document_id,
        candidates.check_name,
        candidates.total_metric,
        sum(metrics.metric_value) as amount_yuan,
        count(*) as n_terms,
        max(case when metrics.table_value is null then metrics.narrative_printed_unit_yuan end) as printed_unit_yuan,
        {{ ordered_string_agg(
            dbt.concat(['metrics.metric', "' '", 'cast(metrics.metric_value as ' ~ dbt.type_string() ~ ')', "'元'"]),
            "' + '",
            'metrics.metric',
        ) }} as parts_text
    from candidates
    inner join {{ ref('int_budget_metrics_compared') }} as metrics
        on candidates.document_id = metrics.document_id
    left join parts as on_line
        on candidates.document_id = on_line.document_id
            and candidates.check_name = on_line.check_name
            and candidates.source_line = on_line.source_line
            and metrics.metric = on_line.metric
    where
        candidates.check_name = 'narrative_basic_plus_project_equals_total'
        and candidates.total_metric = 'expenditure_total'
        and candidates.funds is null
        and metrics.metric in (
            {{ "'" ~ other_part_metrics | join("', '") ~ "'" }}
        )
        -- (a stated 0 adds nothing)
        and metrics.metric_value != 0
        and on_line.metric is null
    group by candidates.document_id, candidates.check_name, candidates.total_metric

),

completed as (

    select
        candidates.document_id,
        candidates.check_name,
        candidates.total_metric,
        candidates.funds,
        candidates.preference,
        candidates.parts_required,
        candidates.source_line,
        candidates.expected_yuan,
        candidates.total_text,
        candidates.n_required,
        candidates.n_inclusions,
        candidates.n_carryovers,
        candidates.actual_yuan + coalesce(off_line_parts.amount_yuan, 0) as actual_yuan,
        candidates.n_terms + coalesce(off_line_parts.n_terms, 0) as n_terms,
        case
            when off_line_parts.printed_unit_yuan > coalesce(candidates.figure_unit_yuan, 0)
                then off_line_parts.printed_unit_yuan
            else candidates.figure_unit_yuan
        end as figure_unit_yuan,
        case
            when off_line_parts.parts_text is null then candidates.parts_text
            else {{ dbt.concat([
                'candidates.parts_text', "' + '", 'off_line_parts.parts_text', "' (stated off the line)'",
            ]) }}
        end as parts_text
    from candidates
    left join off_line_parts
        on candidates.document_id = off_line_parts.document_id
            and candidates.check_name = off_line_parts.check_name
            and candidates.total_metric = off_line_parts.total_metric
            and candidates.funds is null
    left join unread_table_parts
        on candidates.document_id = unread_table_parts.document_id
    where
        not (
            candidates.check_name = 'narrative_basic_plus_project_equals_total'
            and unread_table_parts.document_id is not null
        )

),

ranked as (

    select
        *,
        row_number() over (partition by document_id, check_name, funds order by preference) as total_rank
    from completed
    where
        -- no list of parts where every part stated is one the total is said to include
        n_inclusions < n_terms
        and n_carryovers < n_terms
        and (
            n_required = parts_required
            or (
                parts_required = 0
                and not exists (
                    select 1 from unread_lines
                    where
                        unread_lines.document_id = completed.document_id
                        and unread_lines.source_line = completed.source_line
                )
            )
        )

),

final as (

    select
        document_id,
        check_name,
        {{ dbt.concat(['total_metric', "coalesce(':' || funds, '')"]) }} as scope,
        expected_yuan,
        actual_yuan,
        n_terms,
        {{ dbt.concat([
            "'narrative line '", 'cast(source_line as ' ~ dbt.type_string() ~ ')', "': '", 'parts_text',
            "' against '", 'total_metric', "coalesce(' (' || funds || ')', '')", "' '", 'total_text',
        ]) }} as detail,
        figure_unit_yuan
    from ranked
    where total_rank = 1

)

select * from final
