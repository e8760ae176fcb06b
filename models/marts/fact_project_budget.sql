{#-
    The budgets of the projects a narrative names one by one (key_project_budget: a budget's list
    of its projects after the project spending, a 重点项目 list, a project's performance targets).
    Input: stg_raw__narrative_figures, not rejected (a project stated twice with amounts that
    disagree is a narrative_conflict: neither is kept). One row per current document × project
    (its first statement where the text restates it alike).
-#}
with

figures as (

    select * from {{ ref('stg_raw__narrative_figures') }}
    where
        metric = 'key_project_budget'
        and not is_rejected
        and figure_value is not null
        and name_text is not null

),

documents as (

    {{ current_documents() }}

),

ranked as (

    select
        figures.*,
        row_number() over (
            partition by figures.document_id, figures.name_text
            order by figures.source_line, figures.figure_value
        ) as statement_rank
    from figures

),

final as (

    select
        -- ids
        ranked.document_id,
        documents.unit_id,
        documents.fiscal_year,
        -- strings
        ranked.name_text as project_name,
        -- numerics
        cast(ranked.figure_value as decimal(20, 2)) as budget_yuan,
        -- provenance
        ranked.value_text,
        ranked.source_line,
        ranked.source_text
    from ranked
    inner join documents
        on ranked.document_id = documents.document_id
    where ranked.statement_rank = 1

)

select * from final
