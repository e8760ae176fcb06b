{#-
    All reconciliation checks of every document, with the unit for the rounding tolerance:
    the coarser of the document's unit (that of its tables) and the unit to whose 0.01 the
    check's narrative figures were printed (a two-decimal 万元 figure against an exact 元
    table may differ by up to 50 元 by rounding alone); for a check that compares two
    documents' figures (int_reconciliation__versions) its own unit alone (0: exact).
    One row per document x check_name x scope.
-#}
{#- read once, by the next reconciliation model: a view, so fact_reconciliation computes the
    checks in one query instead of writing every intermediate step as a table -#}
{{ config(materialized='view') }}

with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

checks as (

    {#- (model, the unit of its figures): 'printed' states the printed unit of its figures (that
        of its narrative figures, or of the tables it compares when each states its own), the
        coarser of it and the document's counts; 'own' states the whole unit of its comparison
        (two documents' figures: the document's unit is no part of it); none: table-only checks,
        or final-accounts checks, whose figures have the document's unit; 'own' also for two
        printings of one figure in one text (int_reconciliation__narrative_statements) -#}
    {%- set sources = [
        ('int_reconciliation__hierarchies', none),
        ('int_reconciliation__row_splits', none),
        ('int_reconciliation__cross_checks', 'printed'),
        ('int_reconciliation__function_figures', 'printed'),
        ('int_reconciliation__narrative_relations', 'printed'),
        ('int_reconciliation__summary_tables', none),
        ('int_reconciliation__summary_categories', 'printed'),
        ('int_reconciliation__final_accounts', none),
        ('int_reconciliation__narrative_claims', 'printed'),
        ('int_reconciliation__versions', 'own'),
        ('int_reconciliation__narrative_statements', 'own'),
    ] %}
    {%- for model, unit in sources %}
        select
            document_id,
            check_name,
            scope,
            expected_yuan,
            actual_yuan,
            n_terms,
            detail,
            {% if unit -%}
                figure_unit_yuan,
            {%- else -%}
                cast(null as decimal(20, 2)) as figure_unit_yuan,
            {%- endif %}
            {{ 'true' if unit == 'own' else 'false' }} as is_own_unit
        from {{ ref(model) }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

final as (

    select
        -- ids
        checks.document_id,
        documents.file_sha256,
        documents.district,
        documents.fiscal_year,
        documents.doc_kind,
        -- strings
        checks.check_name,
        checks.scope,
        checks.detail,
        -- numerics
        checks.expected_yuan,
        checks.actual_yuan,
        checks.n_terms,
        case
            when checks.is_own_unit then checks.figure_unit_yuan
            when checks.figure_unit_yuan > documents.unit_yuan then checks.figure_unit_yuan
            else documents.unit_yuan
        end as unit_yuan
    from checks
    inner join documents
        on checks.document_id = documents.document_id

)

select * from final
