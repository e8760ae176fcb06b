{#-
    Precedence for fact_expenditure. For each document, the first source that gives rows:
      1. the function tables of the 财政拨款 funds, current-year columns: the
         财政拨款支出预算表 (fiscal_function), which prints all of them (一般公共预算 +
         政府性基金 + 国有资本经营) in one table, else the tables per fund,
         一般公共预算财政拨款支出预算表 (gpb_function), 政府性基金预算支出表 (gov_fund) and
         国有资本经营 (state_capital) (the per-fund tables are inside a 财政拨款 table: never
         added to it);
      2. else 部门支出总表 (dept_expenditure);
      3. else the 类 a 收支总表 lists on its expenditure side (部门收支总表 dept_summary,
         收入支出决算总表 fa_summary: all funds, the 合计 column of the year, in final
         accounts the actuals), its first such table;
      4. else the narrative's figures per function code: its 类 figures
         ('expenditure_category') and its 款 / 项 figures of item-level prose
         ('expenditure_function', e.g. '公共安全支出（204类）司法（06款）行政运行（01项）
         1672.67万元'); not rejected, and in final accounts only the actuals.
    Within a table only the finest rows are kept: a code is used when no other code of
    the same table lies below it (the 项 leaves; a 款 or 类 only when the table prints
    nothing under it), so one document never contributes two levels of one branch and
    sums never double count. Across the tables of one document the same holds: a code whose
    类 or 款 another table gives as its finest row is counted in that ancestor (rolled_up_codes
    lists the codes a row took in; dim_document.problems says so). (A document whose name-only table has 款 / 项 the reference
    cannot code arrives with its function rows at the 类 or 款 only: the extractor keeps
    one level for the whole document, function_items_uncoded.) The narrative is the other way round: prose names the main
    items of a 类 only ('主要内容如下'), so a code is kept only when no code above it (its
    类 or 款) is stated too. A row split into 基本支出 / 项目支出 gives a 'basic' and a
    'project' row, and a row of the other parts of spending (expenditure_other_parts: 上缴上级
    支出, 经营支出, 对附属单位补助支出, printed beside them in 支出决算表 / 部门支出总表) a row of
    each ('remitted_to_superior', 'operating', 'subsidiary_subsidy'): never basic or project,
    and with them the row's total; a row with only a total gives 'unsplit'. Zero cells are
    not rows. The narrative's figures of one funds scope only: those of the scope its first
    类/款/项 statement is of (the broadest first where one line starts several), so a 类 of
    all funds and one stated only of the 一般公共预算 never add up in one document.
    fund_scope: the funds the document's chosen rows cover, for comparing their sum with a
    total of the same scope: 'general_public_budget' (only the 一般公共预算 table),
    'fiscal_appropriation' (the 财政拨款 table, or the 一般公共预算 table with the 政府性基金 /
    国有资本经营 tables), 'all_funds' (部门支出总表, a 收支总表's 类),
    for the narrative's 类 figures the funds they are stated of (int_narrative_figures_scoped
    fund_scope: the extractor's reading of their sentence, paragraph or heading, a 决算's
    '一般公共预算财政拨款支出主要用于：农林水支出（类）…' 'general_public_budget' as a budget's
    '2026年年初预算数717.61万元，其中：一般公共服务支出…' 'all_funds'; else the total stated on their
    line, else their wording; null when nothing tells: no scope, no check; 'government_fund'
    for 类 of the 政府性基金 alone, compared with no total), 'items' (narrative 款 / 项
    figures: a selection of items).
    One row per document x function code x expenditure type.
-#}
with

table_rows as (

    select * from {{ ref('int_function_rows_pivoted') }}
    where not is_total_row

),

-- not rejected, the actuals of final accounts (a 年初预算 figure is a budget), with the funds each
-- is stated of (fund_scope)
scoped_figures as (

    select * from {{ ref('int_narrative_figures_scoped') }}

),

-- scope_key: the funds each figure is stated of ('' when not told), scope_rank: the broadest first
stated_figures as (

    select
        *,
        coalesce(fund_scope, '') as scope_key,
        case fund_scope
            when 'all_funds' then 1
            when 'fiscal_appropriation' then 2
            when 'general_public_budget' then 3
            when 'government_fund' then 4
            else 5
        end as scope_rank
    from scoped_figures
    where
        metric in ('expenditure_category', 'expenditure_function')
        and function_code is not null
        and {{ dbt.length('function_code') }} in (3, 5, 7)
        and value_unit = 'yuan'

),

-- the funds of the document's first 类/款/项 statement (the broadest where a line starts several)
narrative_scopes as (

    select
        document_id,
        {{ first_by('scope_key', ['source_line', 'scope_rank']) }} as scope_key
    from stated_figures
    group by document_id

),

-- the narrative's figures of that scope only (a 类 of another scope is another figure)
narrative_figures as (

    select stated_figures.*
    from stated_figures
    inner join narrative_scopes
        on stated_figures.document_id = narrative_scopes.document_id
            and stated_figures.scope_key = narrative_scopes.scope_key

),

-- whether the document prints a 财政拨款 table (fiscal_function) of rows: it holds the rows of the
-- per-fund tables (一般公共预算, 政府性基金, 国有资本经营), so those are not read beside it (a
-- window, not a join of table_rows with itself: Spark's analyzer fails on such a self-join of
-- inline rows, as in the dbt unit tests)
flagged_rows as (

    select
        *,
        max(case when table_kind = 'fiscal_function' then 1 else 0 end)
            over (partition by document_id) as has_fiscal_function_table
    from table_rows

),

ranked_rows as (

    select
        *,
        case
            when table_kind in ('fiscal_function', 'gpb_function', 'gov_fund', 'state_capital') then 1
            else 2
        end as source_rank
    from flagged_rows
    where
        not (
            table_kind in ('gpb_function', 'gov_fund', 'state_capital')
            and has_fiscal_function_table = 1
        )

),

-- the 类 of a summary table's expenditure side (all funds): its amount column, the first table
summary_categories as (

    select
        *,
        min(table_seq) over (partition by document_id) as first_table_seq,
        row_number() over (partition by document_id, table_seq, function_code order by source_line) as code_rank
    from {{ ref('stg_raw__summary_items') }}
    where
        table_kind in ('dept_summary', 'fa_summary')
        and side = 'expenditure'
        and item_key = 'category'
        and function_code is not null
        and measure = 'amount'
        and coalesce(value_role, 'actual') = 'actual'
        and amount_yuan is not null

),

-- every 类 / 款 that has a printed row below it in the same table (equality joins only:
-- this stays a hash join at national scale)
ancestors as (

    {{ ancestor_codes('ranked_rows', 'function_code', ['document_id', 'table_seq']) }}

),

leaves as (

    select ranked_rows.*
    from ranked_rows
    left join ancestors
        on ranked_rows.document_id = ancestors.document_id
            and ranked_rows.table_seq = ancestors.table_seq
            and ranked_rows.function_code = ancestors.function_code
    where ancestors.function_code is null

),

-- a split row gives its basic and project amounts, an unsplit one its total
table_items as (

    {%- set split_types = [('basic', 'basic', true), ('project', 'project', true)] %}
    {%- for part in expenditure_other_parts() %}
        {%- do split_types.append((part, part, true)) %}
    {%- endfor %}
    {% for expenditure_type, amount, split in split_types + [('unsplit', 'total', false)] %}
        select
            document_id,
            source_rank,
            table_kind,
            table_title,
            function_code,
            '{{ expenditure_type }}' as expenditure_type,
            {{ amount }}_yuan as amount_yuan,
            source_line,
            source_page,
            source_text
        from leaves
        where {{ '' if split else 'not ' }}is_split and {{ amount }}_yuan != 0
        union all
    {% endfor %}
    select
        document_id,
        3 as source_rank,
        table_kind,
        table_title,
        function_code,
        'unsplit' as expenditure_type,
        amount_yuan,
        source_line,
        cast(null as integer) as source_page,
        source_text
    from summary_categories
    where table_seq = first_table_seq and code_rank = 1 and amount_yuan != 0

),

-- every 类 / 款 the narrative states: the codes below it are inside its figure
narrative_stated as (

    select distinct
        document_id,
        function_code
    from narrative_figures

),

narrative_roots as (

    select narrative_figures.*
    from narrative_figures
    {{ join_ancestor_codes('narrative_figures', 'narrative_stated', 'stated_class', 'stated_section') }}
    where stated_class.function_code is null and stated_section.function_code is null

),

-- the first narrative statement of each code (a restatement is not added twice)
narrative_ranked as (

    select
        *,
        row_number() over (
            partition by document_id, function_code
            order by source_line
        ) as statement_rank
    from narrative_roots

),

narrative_items as (

    select
        document_id,
        4 as source_rank,
        cast(null as {{ dbt.type_string() }}) as table_kind,
        cast(null as {{ dbt.type_string() }}) as table_title,
        function_code,
        'unsplit' as expenditure_type,
        figure_value as amount_yuan,
        source_line,
        source_page,
        source_text
    from narrative_ranked
    where statement_rank = 1 and figure_value != 0

),

candidates as (

    select * from table_items
    union all
    select * from narrative_items

),

chosen_source as (

    select
        document_id,
        min(source_rank) as source_rank
    from candidates
    group by document_id

),

chosen as (

    select candidates.*
    from candidates
    inner join chosen_source
        on candidates.document_id = chosen_source.document_id
            and candidates.source_rank = chosen_source.source_rank

),

chosen_codes as (

    select distinct
        document_id,
        function_code
    from chosen

),

-- one level per branch across tables: a code whose 类 or 款 another chosen table prints as
-- its finest row (e.g. 2120899 of the 政府性基金 table, where the 一般公共预算 table's 212 has
-- no rows read below it) is counted in that ancestor, the coarsest one chosen: the 类 holds
-- its 款 and 项 (the code's prefix), so the sum is kept and no branch has two levels
leveled as (

    select
        chosen.document_id,
        chosen.source_rank,
        chosen.table_kind,
        chosen.table_title,
        coalesce(chosen_class.function_code, chosen_section.function_code, chosen.function_code) as function_code,
        case
            when chosen_class.function_code is not null or chosen_section.function_code is not null
                then chosen.function_code
        end as rolled_up_code,
        chosen.expenditure_type,
        chosen.amount_yuan,
        chosen.source_line,
        chosen.source_page,
        chosen.source_text
    from chosen
    {{ join_ancestor_codes('chosen', 'chosen_codes', 'chosen_class', 'chosen_section') }}

),

-- a code printed in both function tables (general budget and government fund) is one
-- fact: amounts add up, provenance is the first line
provenance as (

    select
        *,
        row_number() over (
            partition by document_id, function_code, expenditure_type
            order by source_line
        ) as provenance_rank
    from leveled

),

amounts as (

    select
        document_id,
        function_code,
        expenditure_type,
        sum(amount_yuan) as amount_yuan,
        count(*) as source_rows,
        {{ distinct_string_agg('rolled_up_code', "', '") }} as rolled_up_codes
    from leveled
    group by document_id, function_code, expenditure_type

),

fund_scopes as (

    select
        chosen.document_id,
        case
            when max(case when chosen.source_rank = 4 and {{ dbt.length('chosen.function_code') }} > 3 then 1 end) = 1
                then 'items'
            -- the narrative's 类 figures: the one scope they are all stated of
            when min(chosen.source_rank) = 4 then max(nullif(narrative_scopes.scope_key, ''))
            when min(chosen.source_rank) in (2, 3) then 'all_funds'
            -- the 财政拨款 table, or a 政府性基金 / 国有资本经营 table beside the 一般公共预算 one
            when max(case when chosen.table_kind != 'gpb_function' then 1 else 0 end) = 1 then 'fiscal_appropriation'
            else 'general_public_budget'
        end as fund_scope
    from chosen
    left join narrative_scopes
        on chosen.document_id = narrative_scopes.document_id
    group by chosen.document_id

),

final as (

    select
        -- ids
        amounts.document_id,
        amounts.function_code,
        -- strings
        amounts.expenditure_type,
        case when provenance.source_rank = 4 then 'narrative' else 'table' end as source,
        fund_scopes.fund_scope,
        provenance.table_kind as source_table,
        provenance.table_title as source_table_title,
        provenance.source_text,
        -- numerics
        amounts.amount_yuan,
        provenance.source_line,
        provenance.source_page,
        amounts.source_rows,
        amounts.rolled_up_codes
    from amounts
    inner join provenance
        on amounts.document_id = provenance.document_id
            and amounts.function_code = provenance.function_code
            and amounts.expenditure_type = provenance.expenditure_type
            and provenance.provenance_rank = 1
    inner join fund_scopes
        on amounts.document_id = fund_scopes.document_id

)

select * from final
