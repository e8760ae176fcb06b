{#-
    Reconciliation: each level of a classification table against the level above.
    Function tables (gpb_function, gov_fund, fiscal_function, dept_expenditure, ...): 项 -> 款
    (function_items_sum_to_section), 款 -> 类 (function_sections_sum_to_category),
    类 -> 合计 (function_categories_sum_to_total), per 总计 / 基本支出 / 项目支出 column.
    Economic tables: 款 -> 类 (economic_items_sum_to_category), 类 -> 合计
    (economic_categories_sum_to_total), per 总计 / 人员经费 / 日常公用经费 column; the
    scope names the table with its classification (a document may print a 部门 and a
    政府 economic table of the same kind), and a table's sequence number where the document
    prints two tables of one kind ('dept_expenditure#4': the table_label macro). A table with rows left out (rows_not_read_problem_codes)
    is not checked; a name-only table loaded at the 类 or 款 (function_items_uncoded) is checked
    on the levels loaded.
    One row per document x check x table:parent:column.
-#}
with

function_rows as (

    select
        *,
        {{ table_label() }} as table_label
    from {{ ref('int_function_rows_pivoted') }}

),

economic_rows as (

    select
        *,
        {{ table_label(within=['classification']) }} as table_label
    from {{ ref('int_economic_rows_pivoted') }}

),

-- tables with rows left out (printed without a code the reference gives, cut off, a row with
-- cells missing: rows_not_read_problem_codes): a parent's children are incomplete by
-- construction and no level of that table is checked (the document is 'partial' for them already)
incomplete_tables as (

    select distinct
        document_id,
        table_kind
    from {{ ref('stg_raw__problems') }}
    where problem_code in {{ rows_not_read_problem_codes() }}

),

-- each kind of table once, its three amount columns side by side: the child sums are
-- grouped per parent row (not per cell), then joined to that parent row
{% set kinds = [
    {
        'name': 'function', 'rows': 'function_rows', 'code': 'function_code', 'level': 'function_level',
        'label': 'table_label', 'measures': ['total', 'basic', 'project'],
    },
    {
        'name': 'economic', 'rows': 'economic_rows', 'code': 'economic_code', 'level': 'economic_level',
        'label': dbt.concat(['table_label', "'.'", 'classification']), 'measures': ['total', 'personnel', 'public'],
    },
] %}

{% for kind in kinds %}
    {{ kind.name }}_child_sums as (

        select
            document_id,
            table_seq,
            {{ kind.label }} as table_label,
            case
                when {{ kind.level }} = 3 then substr({{ kind.code }}, 1, 5)
                when {{ kind.level }} = 2 then substr({{ kind.code }}, 1, 3)
                when {{ kind.level }} = 1 then ''
            end as parent_code,
            {% for measure in kind.measures %}
                sum(coalesce({{ measure }}_yuan, 0)) as {{ measure }}_actual_yuan,
                count({{ measure }}_yuan) as {{ measure }}_n_terms,
            {% endfor %}
            count(*) as child_rows
        from {{ kind.rows }}
        where {{ kind.level }} is not null
        group by 1, 2, 3, 4

    ),

    {{ kind.name }}_compared as (

        select
            child_sums.*,
            {% for measure in kind.measures %}
                parents.{{ measure }}_yuan as {{ measure }}_expected_yuan,
            {% endfor %}
            parents.{{ kind.level }} as parent_level
        from {{ kind.name }}_child_sums as child_sums
        inner join {{ kind.rows }} as parents
            on child_sums.document_id = parents.document_id
                and child_sums.table_seq = parents.table_seq
                and child_sums.parent_code = parents.{{ kind.code }}
        left join incomplete_tables
            on parents.document_id = incomplete_tables.document_id
                and parents.table_kind = incomplete_tables.table_kind
        where incomplete_tables.document_id is null

    ),

{% endfor %}

compared as (

    {% for kind in kinds %}
        {% set kind_loop = loop %}
        {% for measure in kind.measures %}
            select
                document_id,
                {% if kind.name == 'function' %}
                    case
                        when parent_level = 2 then 'function_items_sum_to_section'
                        when parent_level = 1 then 'function_sections_sum_to_category'
                        else 'function_categories_sum_to_total'
                    end as check_name,
                {% else %}
                    case
                        when parent_level = 1 then 'economic_items_sum_to_category'
                        else 'economic_categories_sum_to_total'
                    end as check_name,
                {% endif %}
                {{ dbt.concat([
                    'table_label', "':'",
                    "case when parent_code = '' then '合计' else parent_code end",
                    "':" ~ measure ~ "'",
                ]) }} as scope,
                coalesce({{ measure }}_expected_yuan, 0) as expected_yuan,
                {{ measure }}_actual_yuan as actual_yuan,
                {{ measure }}_n_terms as n_terms,
                {{ dbt.concat([
                    "'sum of '", "cast(" ~ measure ~ "_n_terms as " ~ dbt.type_string() ~ ")",
                    "' rows under '",
                    "case when parent_code = '' then '合计' else parent_code end",
                    "' in table '", "cast(table_seq as " ~ dbt.type_string() ~ ")",
                ]) }} as detail
            from {{ kind.name }}_compared
            where
                {{ measure }}_expected_yuan is not null and {{ measure }}_n_terms > 0
                -- a 合计 without the figure while its rows have it (a cut table) ...; an economic
                -- 合计 of one measure only (决算: 人员经费合计 / 公用经费合计 under blocks of
                -- categories, not columns) is not the sum of the categories' other measure
                or {{ measure }}_n_terms > 0 and {{ measure }}_expected_yuan is null
                and not ('{{ kind.name }}' = 'economic' and parent_code = '')
                or {{ measure }}_expected_yuan is not null and {{ measure }}_n_terms = 0
                and not ('{{ kind.name }}' = 'economic' and parent_code = '')
            {% if not (kind_loop.last and loop.last) %}union all{% endif %}
        {% endfor %}
    {% endfor %}

)

select * from compared
