{#-
    The narrative's statements of one figure that disagree. When any two statements of a figure
    disagree beyond their printed precision, the extractor keeps neither value (problem
    narrative_conflict) and writes every statement as a rejected row; this check reports them.
    A figure is its metric, function code (or, for key_project_budget, the project: name_text),
    sub-unit (unit_text), value_role and funds (stated_fund_scope; 'all_funds' and not told
    alike); its statements are its rejected rows when none of its rows was accepted and they
    hold two values or more (a category slip is rejected beside an accepted mention of its
    category, or alone: never such a group).
      narrative_statements_agree  scope 'figure:<metric>[:<code or project>][:<role>][:<funds>]
                                  [:<sub-unit>]:statement <k>': each statement after the first
                                  (by line, then value) against the first: expected the first
                                  statement's value, actual this one's; n_terms 0 and the check's
                                  own unit, the coarser of the two printed units (0 when both
                                  are exact: counts, zeros, wording), so a statement that only
                                  rounds the first is 'rounding' and one that does not is the
                                  'mismatch' the extractor found.
    One row per document x figure x statement after the first.
-#}

with

rejected as (

    select
        *,
        -- the figure a statement states (the extractor's Figure.key, funds 'all_funds' as not told)
        {{ dbt.concat([
            "'figure:'", 'metric',
            "coalesce(':' || case when metric = 'key_project_budget' then name_text else function_code end, '')",
            "coalesce(':' || value_role, '')",
            "coalesce(':' || nullif(stated_fund_scope, 'all_funds'), '')",
            "coalesce(':' || unit_text, '')",
        ]) }} as figure_key
    from {{ ref('stg_raw__narrative_figures') }}
    where metric is not null and figure_value is not null

),

figures as (

    select
        document_id,
        figure_key
    from rejected
    group by document_id, figure_key
    having
        count(distinct figure_value) > 1
        and sum(case when is_rejected then 0 else 1 end) = 0

),

statements as (

    select
        rejected.document_id,
        rejected.figure_key,
        rejected.metric,
        rejected.value_unit,
        rejected.value_text,
        rejected.figure_value,
        rejected.source_line,
        coalesce(rejected.printed_unit_yuan, 0) as printed_unit_yuan,
        row_number() over (
            partition by rejected.document_id, rejected.figure_key
            order by rejected.source_line, rejected.figure_value
        ) as statement_no
    from rejected
    inner join figures
        on rejected.document_id = figures.document_id
            and rejected.figure_key = figures.figure_key

),

final as (

    select
        later.document_id,
        'narrative_statements_agree' as check_name,
        {{ dbt.concat(['later.figure_key', "':statement '", 'cast(later.statement_no as ' ~ dbt.type_string() ~ ')']) }}
            as scope,
        first_statement.figure_value as expected_yuan,
        later.figure_value as actual_yuan,
        0 as n_terms,
        {{ dbt.concat([
            "'the text states '", 'later.figure_key', "' as '", 'first_statement.value_text',
            "' (line '", 'cast(first_statement.source_line as ' ~ dbt.type_string() ~ ')',
            "') and as '", 'later.value_text',
            "' (line '", 'cast(later.source_line as ' ~ dbt.type_string() ~ ')',
            "'): one figure printed twice with values that disagree beyond their printed precision, '",
            "'so neither is used (problem narrative_conflict); the source says which is right'",
        ]) }} as detail,
        cast(
            case
                when later.printed_unit_yuan > first_statement.printed_unit_yuan then later.printed_unit_yuan
                else first_statement.printed_unit_yuan
            end
            as decimal(20, 2)
        ) as figure_unit_yuan
    from statements as later
    inner join statements as first_statement
        on later.document_id = first_statement.document_id
            and later.figure_key = first_statement.figure_key
            and first_statement.statement_no = 1
    where later.statement_no > 1

)

select * from final
