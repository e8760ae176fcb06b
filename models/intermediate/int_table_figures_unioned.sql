{#-
    Every published table figure that a summary metric or a check may need, under one
    key: '<table_kind>.<measure>' for the 合计 rows of the function and economic tables
    (a function table's 基本支出 printed as 人员 | 公用 parts: 'basic_personnel', 'basic_public',
    and their sum where both are read, 'basic_parts'; the other parts of spending printed beside
    基本支出 | 项目支出: 'remitted_to_superior', 'operating', 'subsidiary_subsidy'),
    'three_public.<item>' for the 三公 table (current year), '<table_kind>.<side>.
    <item_key>.<measure>' for the two-sided summary tables, 'procurement.<measure>' for
    the procurement table's total row and 'procurement.<category>.<measure>' for its
    totals per category (货物 goods / 工程 works / 服务 services: a column or a row of
    its own). One row per document x figure_key (the first table of its kind, the first
    line).
-#}
with

function_rows as (

    select * from {{ ref('int_function_rows_pivoted') }}
    where is_total_row

),

economic_rows as (

    select * from {{ ref('int_economic_rows_pivoted') }}
    where is_total_row

),

three_public as (

    select * from {{ ref('stg_raw__three_public_items') }}
    where period = 'current' and item is not null and coalesce(value_role, 'actual') = 'actual'

),

summary_items as (

    select * from {{ ref('stg_raw__summary_items') }}
    where item_key is not null and item_key != 'category' and coalesce(value_role, 'actual') = 'actual'

),

procurement_totals as (

    select * from {{ ref('stg_raw__procurement_lines') }}
    where row_kind = 'total'

),

figures as (

    {%- set pivoted = [
        (
            'function_rows',
            ['total', 'basic', 'project', 'basic_personnel', 'basic_public', 'basic_parts']
            + expenditure_other_parts(),
        ),
        ('economic_rows', ['total', 'personnel', 'public']),
    ] %}
    {% for rows, measures in pivoted %}
        {% for measure in measures %}
            select
                document_id,
                table_seq,
                table_kind,
                {{ dbt.concat(['table_kind', "'." ~ measure ~ "'"]) }} as figure_key,
                {{ measure }}_yuan as amount_yuan,
                source_line,
                source_text
            from {{ rows }}
            where {{ measure }}_yuan is not null
            union all
        {% endfor %}
    {% endfor %}
    select
        document_id,
        table_seq,
        'three_public' as table_kind,
        {{ dbt.concat(["'three_public.'", 'item']) }} as figure_key,
        amount_yuan,
        source_line,
        source_text
    from three_public
    where amount_yuan is not null
    union all
    select
        document_id,
        table_seq,
        table_kind,
        {{ dbt.concat(['table_kind', "'.'", 'side', "'.'", 'item_key', "'.'", 'measure']) }} as figure_key,
        amount_yuan,
        source_line,
        source_text
    from summary_items
    where amount_yuan is not null and side is not null
    union all
    select
        document_id,
        table_seq,
        'procurement' as table_kind,
        case
            when category is null then {{ dbt.concat(["'procurement.'", "coalesce(measure, 'total')"]) }}
            else {{ dbt.concat(["'procurement.'", 'category', "'.'", "coalesce(measure, 'total')"]) }}
        end as figure_key,
        amount_yuan,
        source_line,
        source_text
    from procurement_totals
    where amount_yuan is not null

),

ranked as (

    select
        *,
        row_number() over (
            partition by document_id, figure_key
            order by table_seq, source_line
        ) as figure_rank
    from figures

),

final as (

    select
        document_id,
        figure_key,
        table_kind,
        source_text,
        amount_yuan,
        table_seq,
        source_line
    from ranked
    where figure_rank = 1

)

select * from final
