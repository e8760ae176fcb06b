{#-
    A 类 figure of a two-sided summary table against the same 类's row of the function-
    classification table of the same funds and column, in one document:
      summary_category_equals_function_table
    The pairs a template makes comparable (the summary's column -> the function table, its 合计
    column):
      the 合计 column of the 部门收支总表 (dept_summary) / 收入支出决算总表 (fa_summary), all funds
          -> the 部门支出总表 (dept_expenditure) / 支出决算表 (fa_expenditure);
      the 一般公共预算 column of any summary table (财政拨款收支总表, 财政拨款收入支出决算总表 ...)
          -> the 一般公共预算财政拨款支出表 (gpb_function); 政府性基金 -> gov_fund; 国有资本经营
          -> state_capital.
    A 财政拨款 合计 column (the sum of several funds: 财政拨款收支总表, 财政拨款收入支出决算总表) ->
    the 财政拨款支出预算表 (fiscal_function), the one table of all those funds, where the document
    prints one; else it is compared with no single table, but for a summary table that prints no
    column per fund in a document that prints its 政府性基金 and 国有资本经营 tables without a
    figure: its 财政拨款 is then all 一般公共预算 (-> gpb_function).
    Final accounts: the 决算数 of both (a 年初预算数 column takes no part).
    The 类 is matched by code: the summary row's code (printed, or read from its name in the
    reference list by the extractor); a summary row whose name the reference does not know is
    matched with the function table's 类 row printed with exactly that name (the document's own
    code-name pair), never guessed.
    Only figures read in both tables take part: an unread figure is not 0 and an absent table
    is no finding. A 类 read twice in one column of one table is not compared (which printing is
    meant cannot be told). A document that prints several tables of a kind (a set per unit) has
    its k-th summary table paired with its k-th function table, and only when it prints the two
    kinds equally often.
    Two printings of one figure, no sum: n_terms 0, so the tolerance is the rounding of the
    coarser of the two tables' units alone (0.005 x unit): two 万元 figures must agree exactly, a
    万元 figure may differ from an exact 元 table's by up to 50 元 (figure_unit_yuan: the coarser
    table unit; null when neither table states one, then the document's unit applies).
    expected = the function table's figure, actual = the summary table's.
    One row per document x summary table x column x 类; scope '<summary table kind>:<table_seq>:
    <column measure>:<类 code>'.
-#}
with

raw_tables as (

    select * from {{ ref('stg_raw__tables') }}

),

expenditure_categories as (

    select * from {{ ref('stg_raw__summary_items') }}
    where
        side = 'expenditure'
        and item_key = 'category'
        and coalesce(value_role, 'actual') = 'actual'
        and amount_yuan is not null

),

-- documents that print their 政府性基金 and 国有资本经营 tables without a figure: no 财政拨款 of
-- those funds, so a 财政拨款 column is the 一般公共预算 one
other_funds_nil as (

    select document_id
    from raw_tables
    where table_kind in ('gov_fund', 'state_capital')
    group by document_id
    having
        count(distinct case when is_empty then table_kind end) = 2
        and count(case when not coalesce(is_empty, false) then 1 end) = 0

),

-- documents that print a 财政拨款 table (all 财政拨款 funds by 功能分类)
fiscal_function_documents as (

    select distinct document_id
    from raw_tables
    where table_kind = 'fiscal_function'

),

-- summary tables that print a column per fund (the 合计 is then compared with no table)
fund_columns as (

    select distinct
        document_id,
        table_seq
    from expenditure_categories
    where measure in ('general_public_budget', 'government_fund', 'state_capital')

),

summary_items as (

    select
        items.*,
        case
            when items.table_kind = 'dept_summary' and items.measure = 'amount' then 'dept_expenditure'
            when items.table_kind = 'fa_summary' and items.measure = 'amount' then 'fa_expenditure'
            -- a budget whose 一般公共预算 table is the appropriation of the year alone, the summary
            -- column spending the carry-over too: different money, not compared
            when items.table_kind = 'fiscal_summary' and year_only.document_id is not null then null
            when items.measure = 'general_public_budget' then 'gpb_function'
            when items.measure = 'government_fund' then 'gov_fund'
            when items.measure = 'state_capital' then 'state_capital'
            when
                items.table_kind in ('fiscal_summary', 'fa_fiscal_summary')
                and items.measure = 'amount'
                and fiscal_function_documents.document_id is not null
                then 'fiscal_function'
            when
                items.table_kind in ('fiscal_summary', 'fa_fiscal_summary')
                and items.measure = 'amount'
                and other_funds_nil.document_id is not null
                and fund_columns.document_id is null
                then 'gpb_function'
        end as function_table_kind
    from expenditure_categories as items
    left join other_funds_nil
        on items.document_id = other_funds_nil.document_id
    left join fiscal_function_documents
        on items.document_id = fiscal_function_documents.document_id
    left join fund_columns
        on items.document_id = fund_columns.document_id
            and items.table_seq = fund_columns.table_seq
    left join {{ ref('int_general_public_budget_of_the_year') }} as year_only
        on items.document_id = year_only.document_id

),

-- the 类 rows of the function tables, 合计 column, current year, 决算数 in final accounts
category_rows as (

    select
        document_id,
        table_seq,
        table_kind,
        function_code,
        name_text,
        column_label,
        value_text,
        amount_yuan,
        source_line,
        count(*) over (partition by document_id, table_seq, function_code) as printings
    from {{ ref('stg_raw__function_lines') }}
    where
        table_kind in (
            'dept_expenditure', 'fa_expenditure', 'gpb_function', 'gov_fund', 'state_capital', 'fiscal_function'
        )
        and period = 'current'
        and coalesce(value_role, 'actual') = 'actual'
        and measure = 'total'
        and {{ dbt.length('function_code') }} = 3
        and amount_yuan is not null

),

-- each table's place among the document's tables of its kind, and its unit
tables as (

    select
        document_id,
        table_seq,
        table_kind,
        table_title,
        case when amount_unit is not null then cast({{ amount_unit_yuan('amount_unit') }} as decimal(20, 2)) end
            as unit_yuan,
        row_number() over (partition by document_id, table_kind order by table_seq) as kind_rank,
        count(*) over (partition by document_id, table_kind) as kind_count
    from raw_tables

),

-- each summary row with the function table it is compared with
paired as (

    select
        items.*,
        function_tables.table_seq as function_table_seq
    from summary_items as items
    inner join tables as summary_tables
        on items.document_id = summary_tables.document_id
            and items.table_seq = summary_tables.table_seq
    inner join tables as function_tables
        on items.document_id = function_tables.document_id
            and items.function_table_kind = function_tables.table_kind
            and summary_tables.kind_rank = function_tables.kind_rank
            and summary_tables.kind_count = function_tables.kind_count

),

-- the 类 code of each summary row: its own, else that of the function table's 类 row of
-- exactly its name ('八、社会保障和就业支出' or '社会保障和就业支出' -> the row '社会保障和就业支出')
coded as (

    select
        paired.*,
        coalesce(paired.function_code, named.function_code) as category_code
    from paired
    left join category_rows as named
        on paired.function_code is null
            and paired.document_id = named.document_id
            and paired.function_table_seq = named.table_seq
            and named.name_text is not null
            and (
                {{ normalize_name('paired.item_text') }} = {{ normalize_name('named.name_text') }}
                or {{ normalize_name('paired.item_text') }}
                like {{ dbt.concat(["'%、'", normalize_name('named.name_text')]) }}
            )

),

-- one figure per summary table x column x 类 (a 类 read twice is not compared)
summary_cells as (

    select
        document_id,
        table_seq,
        table_kind,
        measure,
        function_table_seq,
        category_code,
        min(item_text) as item_text,
        min(column_label) as column_label,
        min(value_text) as value_text,
        min(amount_yuan) as amount_yuan,
        min(source_line) as source_line
    from coded
    where category_code is not null
    group by document_id, table_seq, table_kind, measure, function_table_seq, category_code
    having count(*) = 1

),

final as (

    select
        summary_cells.document_id,
        'summary_category_equals_function_table' as check_name,
        {{ dbt.concat([
            'summary_cells.table_kind', "':'", 'cast(summary_cells.table_seq as ' ~ dbt.type_string() ~ ')',
            "':'", 'summary_cells.measure', "':'", 'summary_cells.category_code',
        ]) }} as scope,
        category_rows.amount_yuan as expected_yuan,
        summary_cells.amount_yuan as actual_yuan,
        0 as n_terms,
        {{ dbt.concat([
            'summary_cells.category_code', "' '", 'coalesce(category_rows.name_text, summary_cells.item_text)',
            "': '", 'summary_tables.table_title', "' line '",
            'cast(summary_cells.source_line as ' ~ dbt.type_string() ~ ')',
            "' ('", "coalesce(summary_cells.column_label, '')", "') prints '", 'summary_cells.value_text',
            "', '", 'function_tables.table_title', "' line '",
            'cast(category_rows.source_line as ' ~ dbt.type_string() ~ ')',
            "' ('", "coalesce(category_rows.column_label, '')", "') prints '", 'category_rows.value_text',
        ]) }} as detail,
        {{ coarser_unit_yuan('summary_tables.unit_yuan', 'function_tables.unit_yuan') }} as figure_unit_yuan
    from summary_cells
    inner join category_rows
        on summary_cells.document_id = category_rows.document_id
            and summary_cells.function_table_seq = category_rows.table_seq
            and summary_cells.category_code = category_rows.function_code
    inner join tables as summary_tables
        on summary_cells.document_id = summary_tables.document_id
            and summary_cells.table_seq = summary_tables.table_seq
    inner join tables as function_tables
        on category_rows.document_id = function_tables.document_id
            and category_rows.table_seq = function_tables.table_seq
    where category_rows.printings = 1

)

select * from final
