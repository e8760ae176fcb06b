{#-
    The narrative's figures per function code against the function tables' rows of that code,
    like funds scope with like funds scope:
      narrative_category_equals_table       a 类 figure of the narrative ('公共安全支出76,468.81万元')
                                            = the function tables' row of that 类 (0 when a
                                            complete table of that scope prints no row of it,
                                            nor of its 款 and 项: no check when it prints those
                                            alone;
                                            no check against a table with rows left out, cut
                                            off or not read: int_function_tables_incomplete)
      narrative_item_equals_table_row       a 款 / 项 figure of item-level prose ('“社会保障和就业
                                            支出（类）社会福利（款）社会福利事业单位（项）”738.66
                                            万元') = the function tables' row of that code (no
                                            check when no table row of that code was read)
    The narrative figure's funds scope: that of the expenditure total stated on its line
    ('2026年年初预算数717.61万元，其中：…' all funds; '一般公共预算财政拨款支出2940.05万元，主要用
    于：…' that fund), else the wording of its sentence (一般公共预算 / 财政拨款), else unknown.
    The table row of each scope: all_funds the 部门支出总表 (dept_expenditure), general_public_budget
    the 一般公共预算 table, fiscal_appropriation the 财政拨款支出预算表 (fiscal_function) where printed,
    else the 一般公共预算 table with the 政府性基金 / 国有资本经营 tables (never both: the per-fund
    tables are inside the 财政拨款 one; never in a budget whose 一般公共预算 table is the year's own
    appropriation while its 财政拨款 spends the carry-over too: int_general_public_budget_of_the_year); a scope
    stands for another when the document's totals of the two are equal (all its spending is
    一般公共预算). A figure of known scope is compared with that scope's row only; a figure of
    unknown scope is compared only when every scope's row was read (or the scopes coincide), and
    holds when it equals any of them: a figure that equals none is a discrepancy whatever its
    scope. expected = the nearest row of the scopes compared; actual = the narrative figure.
    One row per document x check x function code x funds scope the text states it in (the first
    statement of each): scope is the code for the code's first statement, the code and its funds
    ('204 fiscal_appropriation') for a statement of the same code in other funds ('公共安全支出
    76,468.81万元' of all funds, then '支出包括：公共安全支出69,081.15万元' of the 财政拨款).
-#}
with

-- not rejected, the actuals of final accounts, with the funds each covers (fund_scope)
narrative_figures as (

    select * from {{ ref('int_narrative_figures_scoped') }}

),

function_rows as (

    select * from {{ ref('int_function_rows_pivoted') }}
    where not is_total_row and function_code is not null

),

metrics as (

    select * from {{ ref('int_budget_metrics_compared') }}

),

stated as (

    select
        narrative_figures.*,
        case
            when narrative_figures.metric = 'expenditure_category' then 'narrative_category_equals_table'
            else 'narrative_item_equals_table_row'
        end as check_name,
        row_number() over (
            partition by narrative_figures.document_id, narrative_figures.function_code, narrative_figures.fund_scope
            order by narrative_figures.source_line
        ) as statement_rank
    from narrative_figures
    where
        (
            (
                narrative_figures.metric = 'expenditure_category'
                and {{ dbt.length('narrative_figures.function_code') }} = 3
            )
            or (
                narrative_figures.metric = 'expenditure_function'
                and {{ dbt.length('narrative_figures.function_code') }} in (5, 7)
            )
        )
        and narrative_figures.value_unit = 'yuan'
        and narrative_figures.figure_value is not null

),

-- the function tables each document prints, and whether rows of one were left out for want
-- of a code (then a code it does not print may be among them: not 0)
table_kinds as (

    select
        function_rows.document_id,
        max(case when function_rows.table_kind = 'dept_expenditure' then 1 else 0 end) as has_all_funds,
        max(case when function_rows.table_kind = 'gpb_function' then 1 else 0 end) as has_general_public_budget,
        max(case when function_rows.table_kind in ('gov_fund', 'state_capital') then 1 else 0 end) as has_other_funds,
        max(case when function_rows.table_kind = 'fiscal_function' then 1 else 0 end) as has_fiscal_function,
        max(case when function_rows.table_kind in ('gpb_function', 'fiscal_function') then 1 else 0 end)
            as has_fiscal
    from function_rows
    group by function_rows.document_id

),

incomplete as (

    select * from {{ ref('int_function_tables_incomplete') }}

),

-- the 类 each scope's tables print rows under: a table printing a 类's 款 or 项 rows without its
-- 类 row does not make the 类 0 there (held-out set 87: a 一般公共预算 table of 项 rows alone)
categories_under as (

    select
        document_id,
        substr(function_code, 1, 3) as category_code,
        max(case when table_kind = 'dept_expenditure' then 1 else 0 end) as under_all_funds,
        max(case when table_kind in ('gpb_function', 'fiscal_function', 'gov_fund', 'state_capital') then 1 else 0 end)
            as under_fiscal,
        max(case when table_kind = 'gpb_function' then 1 else 0 end) as under_general_public_budget
    from function_rows
    group by document_id, substr(function_code, 1, 3)

),

-- the document's expenditure totals of each scope, with the unit to whose 0.01 the coarsest
-- was printed
totals as (

    select
        metrics.document_id,
        max(case when metrics.metric = 'expenditure_total' then metrics.metric_value end) as all_funds_total,
        max(case when metrics.metric = 'expenditure_fiscal_appropriation' then metrics.metric_value end)
            as fiscal_total,
        max(case when metrics.metric = 'expenditure_general_public_budget' then metrics.metric_value end)
            as general_public_budget_total,
        max(
            case
                when metrics.table_value is null and metrics.narrative_printed_unit_yuan > documents.unit_yuan
                    then metrics.narrative_printed_unit_yuan
                else documents.unit_yuan
            end
        ) as unit_yuan
    from metrics
    inner join {{ ref('int_documents_ranked') }} as documents
        on metrics.document_id = documents.document_id
    where
        metrics.metric in (
            'expenditure_total', 'expenditure_fiscal_appropriation', 'expenditure_general_public_budget'
        )
    group by metrics.document_id

),

-- whether the totals make two scopes one (all its spending is 一般公共预算 ...): equal within
-- the rounding of one printed figure
coinciding as (

    select
        document_id,
        coalesce(
            abs(all_funds_total - general_public_budget_total) <= {{ rounding_tolerance_yuan('unit_yuan', 1) }}, false
        ) as all_is_general_public_budget,
        coalesce(abs(all_funds_total - fiscal_total) <= {{ rounding_tolerance_yuan('unit_yuan', 1) }}, false)
            as all_is_fiscal,
        coalesce(
            abs(fiscal_total - general_public_budget_total) <= {{ rounding_tolerance_yuan('unit_yuan', 1) }}, false
        ) as fiscal_is_general_public_budget
    from totals

),

-- the 财政拨款 row: the 财政拨款 table's where the document prints one, else the sum of the
-- per-fund tables' (they are inside it: never added to it)
table_codes as (

    select
        function_rows.document_id,
        function_rows.function_code,
        sum(case when function_rows.table_kind = 'dept_expenditure' then function_rows.total_yuan end)
            as all_funds_yuan,
        case
            when max(table_kinds.has_fiscal_function) = 1
                then sum(case when function_rows.table_kind = 'fiscal_function' then function_rows.total_yuan end)
            else
                sum(
                    case
                        when function_rows.table_kind in ('gpb_function', 'gov_fund', 'state_capital')
                            then function_rows.total_yuan
                    end
                )
        end as fiscal_yuan,
        sum(case when function_rows.table_kind = 'gpb_function' then function_rows.total_yuan end)
            as general_public_budget_yuan
    from function_rows
    inner join table_kinds
        on function_rows.document_id = table_kinds.document_id
    group by function_rows.document_id, function_rows.function_code

),

-- the first statement of each code and funds scope; the code's first of all keeps the code as
-- its check's scope
first_statements as (

    select
        *,
        row_number() over (
            partition by document_id, function_code
            order by source_line, fund_scope
        ) as scope_rank
    from stated
    where statement_rank = 1

),

scoped as (

    select
        stated.document_id,
        stated.scope_rank,
        stated.check_name,
        stated.function_code,
        stated.fund_scope,
        stated.figure_value,
        stated.printed_unit_yuan,
        stated.source_line,
        stated.value_text,
        -- a category a complete table of that scope does not print is 0 there
        {%- for column, printed, incomplete, under in [
            ('all_funds_yuan', 'has_all_funds', 'all_funds_incomplete', 'under_all_funds'),
            ('fiscal_yuan', 'has_fiscal', 'fiscal_incomplete', 'under_fiscal'),
            ('general_public_budget_yuan', 'has_general_public_budget', 'fiscal_incomplete', 'under_general_public_budget'),
        ] %}
            case
                when table_codes.{{ column }} is not null then table_codes.{{ column }}
                when
                    stated.check_name = 'narrative_category_equals_table'
                    and table_kinds.{{ printed }} = 1
                    and coalesce(incomplete.{{ incomplete }}, 0) = 0
                    and coalesce(categories_under.{{ under }}, 0) = 0
                    then 0
            end as {{ column }},
        {%- endfor %}
        coalesce(table_kinds.has_other_funds, 0) = 1 as has_other_funds,
        coalesce(table_kinds.has_fiscal_function, 0) = 1 as has_fiscal_function,
        coalesce(coinciding.all_is_general_public_budget, false) as all_is_general_public_budget,
        coalesce(coinciding.all_is_fiscal, false) as all_is_fiscal,
        coalesce(coinciding.fiscal_is_general_public_budget, false) as fiscal_is_general_public_budget,
        year_only.document_id is not null as general_public_budget_of_the_year,
        narrative_year_only.document_id is not null as narrative_of_the_year
    from first_statements as stated
    inner join table_kinds
        on stated.document_id = table_kinds.document_id
    left join incomplete
        on stated.document_id = incomplete.document_id
    left join table_codes
        on stated.document_id = table_codes.document_id
            and stated.function_code = table_codes.function_code
    left join categories_under
        on stated.document_id = categories_under.document_id
            and stated.function_code = categories_under.category_code
    left join coinciding
        on stated.document_id = coinciding.document_id
    left join {{ ref('int_general_public_budget_of_the_year') }} as year_only
        on stated.document_id = year_only.document_id
    left join {{ ref('int_general_public_budget_narrative_of_the_year') }} as narrative_year_only
        on stated.document_id = narrative_year_only.document_id

),

-- the rows each figure may be compared with: one per scope it may have
candidates as (

    -- all funds: the 部门支出总表, or a narrower table when the scopes coincide
    select
        *,
        'all_funds' as row_scope,
        case
            when all_funds_yuan is not null then all_funds_yuan
            when all_is_general_public_budget then general_public_budget_yuan
            when all_is_fiscal then fiscal_yuan
        end as table_yuan
    from scoped
    where
        (fund_scope = 'all_funds' or fund_scope is null)
        and (all_funds_yuan is not null or all_is_general_public_budget or all_is_fiscal)
    union all
    select
        *,
        'fiscal_appropriation' as row_scope,
        fiscal_yuan as table_yuan
    from scoped
    where
        (fund_scope = 'fiscal_appropriation' or fund_scope is null)
        and (
            has_fiscal_function or has_other_funds or fiscal_is_general_public_budget or all_is_general_public_budget
        )
        -- (the per-fund tables of the year's own appropriation are no 财政拨款 row of a budget whose
        -- 财政拨款 spends the carry-over too: int_general_public_budget_of_the_year)
        and (has_fiscal_function or not general_public_budget_of_the_year)
    union all
    select
        *,
        'general_public_budget' as row_scope,
        general_public_budget_yuan as table_yuan
    from scoped
    where
        (
            fund_scope = 'general_public_budget'
            or (
                fund_scope = 'fiscal_appropriation'
                and (fiscal_is_general_public_budget or all_is_general_public_budget)
            )
            -- unknown scope: compared only when the broadest scope's row is known too
            or (fund_scope is null and (all_funds_yuan is not null or all_is_general_public_budget))
        )
        -- (a narrative of the year's own 一般公共预算 money beside a table spending the carry-over
        -- too: its codes' figures are not the table's rows; int_general_public_budget_narrative_of_the_year)
        and not (narrative_of_the_year and fund_scope = 'general_public_budget')

),

nearest as (

    select
        *,
        row_number() over (
            partition by document_id, check_name, function_code, scope_rank
            order by
                abs(figure_value - table_yuan),
                case row_scope when 'general_public_budget' then 1 when 'fiscal_appropriation' then 2 else 3 end
        ) as nearness_rank
    from candidates
    where table_yuan is not null

),

final as (

    select
        document_id,
        check_name,
        case
            when scope_rank = 1 then function_code
            else {{ dbt.concat(['function_code', "' '", "coalesce(fund_scope, 'funds not stated')"]) }}
        end as scope,
        table_yuan as expected_yuan,
        figure_value as actual_yuan,
        1 as n_terms,
        {{ dbt.concat([
            "'narrative line '", 'cast(source_line as ' ~ dbt.type_string() ~ ')',
            "' ('", "coalesce(fund_scope, 'funds not stated')", "', against the '", 'row_scope', "' row): '",
            'value_text',
        ]) }} as detail,
        printed_unit_yuan as figure_unit_yuan
    from nearest
    where nearness_rank = 1

)

select * from final
