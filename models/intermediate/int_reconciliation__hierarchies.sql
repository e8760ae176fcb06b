{#-
    Reconciliation: each level of a classification table against the level above.
    Function tables (gpb_function, gov_fund, dept_expenditure): 项 -> 款
    (function_items_sum_to_section), 款 -> 类 (function_sections_sum_to_category),
    类 -> 合计 (function_categories_sum_to_total), per 总计 / 基本支出 / 项目支出 column.
    Economic tables: 款 -> 类 (economic_items_sum_to_category), 类 -> 合计
    (economic_categories_sum_to_total), per 总计 / 人员经费 / 日常公用经费 column; the
    scope names the table with its classification (a document may print a 部门 and a
    政府 economic table of the same kind).
    One row per document x check x table:parent:column.
-#}
{#- read once, by the next reconciliation model: a view, so fact_reconciliation computes the
    checks in one query instead of writing every intermediate step as a table -#}
{{ config(materialized='view') }}

with

function_rows as (

    select * from {{ ref('int_function_rows_pivoted') }}

),

economic_rows as (

    select * from {{ ref('int_economic_rows_pivoted') }}

),

cells as (

    {% for measure in ['total', 'basic', 'project'] %}
        select
            'function' as classification_kind,
            document_id,
            table_seq,
            table_kind as table_label,
            function_code as code,
            function_level as code_level,
            '{{ measure }}' as measure,
            {{ measure }}_yuan as amount_yuan
        from function_rows
        union all
    {% endfor %}
    {% for measure in ['total', 'personnel', 'public'] %}
        select
            'economic' as classification_kind,
            document_id,
            table_seq,
            {{ dbt.concat(['table_kind', "'.'", 'classification']) }} as table_label,
            economic_code as code,
            economic_level as code_level,
            '{{ measure }}' as measure,
            {{ measure }}_yuan as amount_yuan
        from economic_rows
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

children as (

    select
        *,
        case
            when code_level = 3 then substr(code, 1, 5)
            when code_level = 2 then substr(code, 1, 3)
            when code_level = 1 then ''
        end as parent_code
    from cells
    where code_level is not null

),

child_sums as (

    select
        classification_kind,
        document_id,
        table_seq,
        table_label,
        parent_code,
        measure,
        sum(coalesce(amount_yuan, 0)) as actual_yuan,
        count(amount_yuan) as n_terms
    from children
    group by classification_kind, document_id, table_seq, table_label, parent_code, measure

),

compared as (

    select
        child_sums.document_id,
        case
            when child_sums.classification_kind = 'function' and parents.code_level = 2
                then 'function_items_sum_to_section'
            when child_sums.classification_kind = 'function' and parents.code_level = 1
                then 'function_sections_sum_to_category'
            when child_sums.classification_kind = 'function'
                then 'function_categories_sum_to_total'
            when parents.code_level = 1
                then 'economic_items_sum_to_category'
            else 'economic_categories_sum_to_total'
        end as check_name,
        {{ dbt.concat([
            'child_sums.table_label', "':'",
            "case when child_sums.parent_code = '' then '合计' else child_sums.parent_code end",
            "':'", 'child_sums.measure',
        ]) }} as scope,
        coalesce(parents.amount_yuan, 0) as expected_yuan,
        child_sums.actual_yuan,
        child_sums.n_terms,
        {{ dbt.concat([
            "'sum of '", "cast(child_sums.n_terms as varchar)",
            "' rows under '",
            "case when child_sums.parent_code = '' then '合计' else child_sums.parent_code end",
            "' in table '", "cast(child_sums.table_seq as varchar)",
        ]) }} as detail
    from child_sums
    inner join cells as parents
        on child_sums.classification_kind = parents.classification_kind
            and child_sums.document_id = parents.document_id
            and child_sums.table_seq = parents.table_seq
            and child_sums.parent_code = parents.code
            and child_sums.measure = parents.measure
    where parents.amount_yuan is not null or child_sums.n_terms > 0

)

select * from compared
