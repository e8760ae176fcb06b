{#-
    The narrative's figures with the funds each covers: the one home of that rule.
    Input: stg_raw__narrative_figures, not rejected; in final accounts only the actuals (a 年初预算
    figure is a budget).
      line_fund_scope  the scope of the expenditure total stated on the figure's line, the
                       broadest when several: 支出预算 / expenditure_total 'all_funds'
                       ('2026年年初预算数717.61万元，其中：…'), expenditure_fiscal_appropriation
                       'fiscal_appropriation', expenditure_general_public_budget
                       'general_public_budget' ('一般公共预算财政拨款支出2940.05万元，主要用于：…');
                       null when no total is stated on the line
      fund_scope       the scope the extractor read for a 类/款/项 figure or a part of the spending
                       whose name leaves its funds open (基本支出, 人员经费 …) (stated_fund_scope: its
                       sentence's total or words, else its paragraph's last total, else its heading:
                       '（四）财政拨款收支预算情况的总体说明' … '支出包括：公共安全支出69,081.15万元'
                       'fiscal_appropriation', '一般公共预算财政拨款基本支出X，其中：人员经费Y' Y
                       'general_public_budget'; 'government_fund' is compared with no table), else
                       line_fund_scope, else the wording of the figure's sentence (一般公共预算
                       'general_public_budget', 财政拨款 'fiscal_appropriation'), else null
                       (not told: unknown)
    One row per narrative figure (all columns of stg_raw__narrative_figures, plus the two).
-#}
with

narrative_figures as (

    select * from {{ ref('stg_raw__narrative_figures') }}
    where
        not is_rejected
        and coalesce(value_role, 'actual') = 'actual'

),

-- the scope of the expenditure totals stated on each line (the broadest when several)
line_scopes as (

    select
        document_id,
        source_line,
        min(
            case metric
                when 'expenditure_total' then 1
                when 'expenditure_fiscal_appropriation' then 2
                when 'expenditure_general_public_budget' then 3
            end
        ) as scope_rank
    from narrative_figures
    where metric in ('expenditure_total', 'expenditure_fiscal_appropriation', 'expenditure_general_public_budget')
    group by document_id, source_line

),

line_scoped as (

    select
        narrative_figures.*,
        case line_scopes.scope_rank
            when 1 then 'all_funds'
            when 2 then 'fiscal_appropriation'
            when 3 then 'general_public_budget'
        end as line_fund_scope
    from narrative_figures
    left join line_scopes
        on narrative_figures.document_id = line_scopes.document_id
            and narrative_figures.source_line = line_scopes.source_line

),

final as (

    select
        *,
        case
            when stated_fund_scope is not null then stated_fund_scope
            when line_fund_scope is not null then line_fund_scope
            when source_text like '%一般公共预算%' then 'general_public_budget'
            when source_text like '%财政拨款%' then 'fiscal_appropriation'
        end as fund_scope
    from line_scoped

)

select * from final
