{#-
    Precedence for fact_expenditure. For each document, the first source that gives rows:
      1. the function tables: 一般公共预算财政拨款支出预算表 (gpb_function) and
         政府性基金预算支出表 (gov_fund), current-year columns;
      2. else 部门支出总表 (dept_expenditure);
      3. else the narrative's 类 figures (metric 'expenditure_category', not rejected).
    Within a table only the finest rows are kept: a code is used when no other code of
    the same table lies below it (the 项 leaves; a 款 or 类 only when the table prints
    nothing under it), so one document never contributes two levels of one branch and
    sums never double count. A row split into 基本支出 / 项目支出 gives a 'basic' and a
    'project' row; a row with only a total gives 'unsplit'. Zero cells are not rows.
    One row per document x function code x expenditure type.
-#}
with

table_rows as (

    select * from {{ ref('int_function_rows_pivoted') }}
    where not is_total_row

),

narrative_figures as (

    select * from {{ ref('stg_raw__narrative_figures') }}
    where
        metric = 'expenditure_category'
        and not is_rejected
        and function_code is not null
        and value_unit = 'yuan'

),

ranked_rows as (

    select
        *,
        case when table_kind in ('gpb_function', 'gov_fund', 'state_capital') then 1 else 2 end as source_rank
    from table_rows

),

-- every 类 / 款 that has a printed row below it in the same table (equality joins only:
-- this stays a hash join at national scale)
ancestors as (

    select distinct
        document_id,
        table_seq,
        substr(function_code, 1, 3) as function_code
    from ranked_rows
    where {{ dbt.length('function_code') }} > 3
    union
    select distinct
        document_id,
        table_seq,
        substr(function_code, 1, 5) as function_code
    from ranked_rows
    where {{ dbt.length('function_code') }} > 5

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

table_items as (

    select
        document_id,
        source_rank,
        table_kind,
        table_title,
        function_code,
        'basic' as expenditure_type,
        basic_yuan as amount_yuan,
        source_line,
        source_page,
        source_text
    from leaves
    where is_split and basic_yuan != 0
    union all
    select
        document_id,
        source_rank,
        table_kind,
        table_title,
        function_code,
        'project' as expenditure_type,
        project_yuan as amount_yuan,
        source_line,
        source_page,
        source_text
    from leaves
    where is_split and project_yuan != 0
    union all
    select
        document_id,
        source_rank,
        table_kind,
        table_title,
        function_code,
        'unsplit' as expenditure_type,
        total_yuan as amount_yuan,
        source_line,
        source_page,
        source_text
    from leaves
    where not is_split and total_yuan != 0

),

-- the first narrative statement of each 类 (a restatement is not added twice)
narrative_ranked as (

    select
        *,
        row_number() over (
            partition by document_id, function_code
            order by source_line
        ) as statement_rank
    from narrative_figures

),

narrative_items as (

    select
        document_id,
        3 as source_rank,
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

-- a code printed in both function tables (general budget and government fund) is one
-- fact: amounts add up, provenance is the first line
provenance as (

    select
        *,
        row_number() over (
            partition by document_id, function_code, expenditure_type
            order by source_line
        ) as provenance_rank
    from chosen

),

amounts as (

    select
        document_id,
        function_code,
        expenditure_type,
        sum(amount_yuan) as amount_yuan,
        count(*) as source_rows
    from chosen
    group by document_id, function_code, expenditure_type

),

final as (

    select
        -- ids
        amounts.document_id,
        amounts.function_code,
        -- strings
        amounts.expenditure_type,
        case when provenance.source_rank = 3 then 'narrative' else 'table' end as source,
        provenance.table_kind as source_table,
        provenance.table_title as source_table_title,
        provenance.source_text,
        -- numerics
        amounts.amount_yuan,
        provenance.source_line,
        provenance.source_page,
        amounts.source_rows
    from amounts
    inner join provenance
        on amounts.document_id = provenance.document_id
            and amounts.function_code = provenance.function_code
            and amounts.expenditure_type = provenance.expenditure_type
            and provenance.provenance_rank = 1

)

select * from final
