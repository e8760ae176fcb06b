{#-
    Reconciliation of final accounts (决算), besides the checks every document gets:
      final_accounts_income_side       本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计
      final_accounts_expenditure_side  本年支出合计 + 结余分配 + 年末结转和结余 = 总计
                                       (a term that was not read counts as 0 only when the
                                       收入支出决算总表 was read whole - a blank row there is 0
                                       (no unread block after its last row before the next table);
                                       otherwise, balances being never negative, the side is
                                       checked only when the read terms reach the 总计 within
                                       rounding - they then make it, or exceed it whatever the
                                       unread terms hold: an unread part is not 0)
      final_accounts_table_present     a standard 决算 table is in the document and holds
                                       figures when the text states its amount (documents
                                       that print the standard table set, seven of its nine
                                       kinds at least; a fragment or a document publishing a
                                       few of the tables is not judged, nor a table whose
                                       printed figures were not read)
      final_accounts_budget_equals_budget_document  the 决算's 年初预算数 = the figure of the
                                       unit's budget document of that year, when both are loaded
                                       and of one scope (a function code's budget from a
                                       财政拨款支出预算表 holds more funds than the 决算's
                                       一般公共预算 年初预算数: not compared)
    Income = expenditure is a budget rule and is not applied here. One row per document x
    check x scope.
-#}
with

documents as (

    select * from {{ ref('int_documents_ranked') }}
    where doc_kind = 'final_accounts'

),

metrics as (

    select metrics.*
    from {{ ref('int_budget_metrics_compared') }} as metrics
    inner join documents
        on metrics.document_id = documents.document_id

),

balance as (

    select
        document_id,
        {{ metric_columns([
            'grand_total',
            'income_total',
            'non_fiscal_balance_used',
            'income_carryover',
            'expenditure_total',
            'balance_distribution',
            'expenditure_carryover',
        ]) }},
        max(case when metric = 'grand_total' then source_text end) as grand_total_text
    from metrics
    group by document_id

),

-- each table with the title line of the table after it
tables as (

    select
        document_id,
        table_kind,
        end_line,
        value_count,
        lead(title_line) over (partition by document_id order by title_line) as next_title_line
    from {{ ref('stg_raw__tables') }}

),

-- a 收入支出决算总表 whose rows go on in a block left unread before the next table (its rows after
-- a page break the reader could not lay out: a 'partial' problem between its last row read and
-- the next title): a term it seems to leave blank may be printed there (held-out set 86)
summary_cut as (

    select tables.document_id
    from tables
    inner join {{ ref('stg_raw__problems') }} as problems
        on tables.document_id = problems.document_id
    where
        tables.table_kind = 'fa_summary'
        and problems.severity = 'partial'
        and problems.source_line > tables.end_line
        and (tables.next_title_line is null or problems.source_line < tables.next_title_line)
    group by tables.document_id

),

-- documents whose 收入支出决算总表 was read with figures, whole: a term it leaves blank is a printed 0
summary_read as (

    select tables.document_id
    from tables
    left join summary_cut
        on tables.document_id = summary_cut.document_id
    where tables.table_kind = 'fa_summary' and summary_cut.document_id is null
    group by tables.document_id
    having sum(tables.value_count) > 0

),

balance_sides as (

    select
        balance.*,
        summary_read.document_id is not null as summary_is_read,
        {{ rounding_tolerance_yuan('documents.unit_yuan', 3) }} as tolerance_yuan
    from balance
    inner join documents
        on balance.document_id = documents.document_id
    left join summary_read
        on balance.document_id = summary_read.document_id

),

balance_checks as (

    select
        document_id,
        'final_accounts_income_side' as check_name,
        'grand_total' as scope,
        grand_total as expected_yuan,
        income_total + coalesce(non_fiscal_balance_used, 0) + coalesce(income_carryover, 0) as actual_yuan,
        3 as n_terms,
        {{ dbt.concat([
            "'本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 against the printed 总计 (收入支出总计: '",
            "coalesce(grand_total_text, '')", "')'",
        ]) }} as detail
    from balance_sides
    where
        grand_total is not null and income_total is not null
        and (
            summary_is_read
            or (non_fiscal_balance_used is not null and income_carryover is not null)
            or income_total + coalesce(non_fiscal_balance_used, 0) + coalesce(income_carryover, 0)
            >= grand_total - tolerance_yuan
        )
    union all
    select
        document_id,
        'final_accounts_expenditure_side' as check_name,
        'grand_total' as scope,
        grand_total as expected_yuan,
        expenditure_total + coalesce(balance_distribution, 0) + coalesce(expenditure_carryover, 0) as actual_yuan,
        3 as n_terms,
        {{ dbt.concat([
            "'本年支出合计 + 结余分配 + 年末结转和结余 against the printed 总计 (收入支出总计: '",
            "coalesce(grand_total_text, '')", "')'",
        ]) }} as detail
    from balance_sides
    where
        grand_total is not null and expenditure_total is not null
        and (
            summary_is_read
            or (balance_distribution is not null and expenditure_carryover is not null)
            or expenditure_total + coalesce(balance_distribution, 0) + coalesce(expenditure_carryover, 0)
            >= grand_total - tolerance_yuan
        )

),

document_tables as (

    select
        raw_tables.document_id,
        raw_tables.table_kind,
        sum(raw_tables.value_count) as value_count,
        -- empty: no figure printed in its region; a table whose printed figures were not read
        -- (a header the reader could not lay out) is not empty and cannot be judged
        bool_and(raw_tables.is_empty) as is_empty
    from {{ ref('stg_raw__tables') }} as raw_tables
    inner join documents
        on raw_tables.document_id = documents.document_id
    group by raw_tables.document_id, raw_tables.table_kind

),

-- documents that print the standard table set (seven of its nine kinds at least: one or two
-- missing from a set printed otherwise whole is a finding): a fragment with one table, or a
-- document that publishes a few of the tables (its own choice, or its region's), is not
-- expected to hold the others
with_tables as (

    select document_id
    from document_tables
    where table_kind in (
            'fa_summary', 'fa_income', 'fa_expenditure', 'fa_fiscal_summary', 'gpb_function',
            'gpb_basic_economic', 'three_public', 'gov_fund', 'state_capital'
        )
    group by document_id
    having count(distinct table_kind) >= 7

),

-- what the text states, whatever the role (a 三公 budget of 0.95万元 needs its table too)
stated as (

    select
        figures.document_id,
        figures.metric,
        max(abs(figures.figure_value)) as stated_yuan,
        min(figures.source_line) as source_line
    from {{ ref('stg_raw__narrative_figures') }} as figures
    inner join with_tables
        on figures.document_id = with_tables.document_id
    where not figures.is_rejected and figures.value_unit = 'yuan' and figures.figure_value is not null
    group by figures.document_id, figures.metric

),

{% set standard_tables = [
    ('fa_summary', 'income_total', '收入支出决算总表'),
    ('fa_income', 'income_total', '收入决算表'),
    ('fa_expenditure', 'expenditure_total', '支出决算表'),
    ('gpb_function', 'expenditure_general_public_budget', '一般公共预算财政拨款支出决算表'),
    ('gpb_basic_economic', 'basic_expenditure', '一般公共预算财政拨款基本支出决算表'),
    ('three_public', 'three_public_total', '财政拨款“三公”经费支出决算表'),
] %}

table_checks as (

    {% for kind, metric, title in standard_tables %}
        select
            stated.document_id,
            'final_accounts_table_present' as check_name,
            '{{ kind }}' as scope,
            stated.stated_yuan as expected_yuan,
            case when coalesce(printed.value_count, 0) > 0 then stated.stated_yuan else 0 end as actual_yuan,
            1 as n_terms,
            {{ dbt.concat([
                "'" ~ title ~ " '",
                "case when printed.table_kind is null then 'is not in the document' "
                ~ "when coalesce(printed.value_count, 0) = 0 then 'is printed without figures' "
                ~ "else 'holds figures' end",
                "' while the text states " ~ metric ~ " (line '",
                'cast(stated.source_line as ' ~ dbt.type_string() ~ ')', "')'",
            ]) }} as detail
        from stated
        left join document_tables as printed
            on stated.document_id = printed.document_id
                and printed.table_kind = '{{ kind }}'
        where
            stated.metric = '{{ metric }}' and stated.stated_yuan > 0
            and not (coalesce(printed.value_count, 0) = 0 and not coalesce(printed.is_empty, true))
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

execution as (

    select * from {{ ref('int_budget_execution_items') }}

),

budget_checks as (

    select
        final_document_id as document_id,
        'final_accounts_budget_equals_budget_document' as check_name,
        {{ dbt.concat(['item_kind', "':'", 'item']) }} as scope,
        budget_document_yuan as expected_yuan,
        final_accounts_budget_yuan as actual_yuan,
        1 as n_terms,
        {{ dbt.concat([
            "'the 决算 年初预算数 against the budget document '", 'budget_document_id',
        ]) }} as detail
    from execution
    where
        budget_document_yuan is not null
        and final_accounts_budget_yuan is not null
        and coalesce(budget_document_fund_scope, 'general_public_budget') = 'general_public_budget'

),

final as (

    select * from balance_checks
    union all
    select * from table_checks
    union all
    select * from budget_checks

)

select * from final
