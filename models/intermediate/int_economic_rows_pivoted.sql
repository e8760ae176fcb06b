{#-
    Economic-classification table rows (基本支出 / 项目支出 by 部门 30x or 政府 50x codes).
    One row per document x table x classification x expenditure type x code ('' is the
    合计 row) with the 总计 / 人员经费 / 日常公用经费 cells side by side, and whether the
    row is a leaf of its table (no code of the same table below it).
-#}
with

economic_lines as (

    select
        *,
        -- the order of the row's cells: by line, then measure
        {{ cell_order('source_line', 'measure', ['total', 'personnel', 'public']) }} as cell_order
    from {{ ref('stg_raw__economic_lines') }}
    where measure in ('total', 'personnel', 'public') and coalesce(value_role, 'actual') = 'actual'

),

-- one pass per document x table x code: the cells side by side, and the printed line
-- that comes first (by line, then measure) for the row's text
amounts as (

    select
        document_id,
        table_seq,
        economic_code,
        max(classification) as classification,
        max(expenditure_type) as expenditure_type,
        sum(case when measure = 'total' then amount_yuan end) as total_yuan,
        sum(case when measure = 'personnel' then amount_yuan end) as personnel_yuan,
        sum(case when measure = 'public' then amount_yuan end) as public_yuan,
        {{ first_by('table_kind', ['cell_order']) }} as table_kind,
        {{ first_by('table_title', ['cell_order']) }} as table_title,
        {{ first_by('name_text', ['cell_order']) }} as name_text,
        {{ first_by('source_text', ['cell_order']) }} as source_text,
        min(source_line) as first_line
    from economic_lines
    group by document_id, table_seq, economic_code

),

ancestors as (

    {{ ancestor_codes('amounts', 'economic_code', ['document_id', 'table_seq'], [3]) }}

),

final as (

    select
        -- ids
        amounts.document_id,
        amounts.table_seq,
        amounts.economic_code,
        -- strings
        amounts.classification,
        amounts.expenditure_type,
        amounts.table_kind,
        amounts.table_title,
        amounts.name_text,
        amounts.source_text,
        -- numerics
        amounts.total_yuan,
        amounts.personnel_yuan,
        amounts.public_yuan,
        amounts.first_line as source_line,
        case {{ dbt.length('amounts.economic_code') }} when 3 then 1 when 5 then 2 end as economic_level,
        -- booleans
        amounts.economic_code = '' as is_total_row,
        (amounts.economic_code != '' and ancestors.economic_code is null) as is_leaf
    from amounts
    left join ancestors
        on amounts.document_id = ancestors.document_id
            and amounts.table_seq = ancestors.table_seq
            and amounts.economic_code = ancestors.economic_code

)

select * from final
