{#-
    Statements of the text checked against the figures they relate, or against the document
    (raw_narrative_claims, extract/narrative/claims.py):
      narrative_share_matches_figures       '<part> X万元，占Y%' (or 完成预算的Y%): Y against
                                            100 × part / whole. It holds when Y, within half a
                                            unit of its last printed digit, meets the range the
                                            two figures give within their own rounding (half of
                                            their last printed digit). expected = the part as
                                            printed; actual = the part the claim implies
                                            (whole × Y%), or the part itself when the claim holds.
      narrative_comparison_matches_figures  '决算数大于/小于/等于预算数', '决算数与预算数(基本)持平'
                                            against the 决算 and 预算 figures before it: 大于 /
                                            高于 / 超过 need 决算 > 预算, 小于 / 低于 决算 < 预算,
                                            等于 / 相等 / 一致 / 持平 equality as printed, 基本持平
                                            a difference of at most 5% of the 预算 (about the
                                            same: '基本持平' of 195,000.00 against 198,460.20
                                            元, held-out set 83, is no error). expected =
                                            the nearest 决算 the claim allows (预算 ± 0.01 of the
                                            printed unit for 大于 / 小于, the 预算 otherwise);
                                            actual = the printed 决算 (= expected when it holds).
      text_year_is_fiscal_year              a heading naming the disclosure ('…2023年度部门决算
                                            情况说明') names the document's fiscal year; a year-end
                                            date (截至…年12月31日) is the fiscal year's in final
                                            accounts, the fiscal or the prior year in a budget.
                                            Only the exceptions are rows (expected and actual null:
                                            a textual finding, always a 'mismatch').
      text_has_no_unfilled_placeholder      an unfilled template mark in a unit name ('…区XX局'):
                                            every one is a row (a 'mismatch', amounts null).
      text_sections_in_order                a top-level section heading ('一、…') numbered at or
                                            below the heading before it in the same part (the
                                            text as read: a PDF's reading order): only the
                                            exceptions are rows (a 'mismatch', amounts null).
      narrative_listed_item_has_figure      final accounts: an item the text lists under '人员经费
                                            X万元，主要包括：…' (or 公用经费) has a figure other
                                            than 0 in the document's 一般公共预算财政拨款基本支出
                                            决算表 (the template lists only those: 不涉及的不列);
                                            its name, as printed there, equals or contains the
                                            item. Only the exceptions are rows (a 'mismatch',
                                            amounts null); not judged without that table.
    The comparisons hold n_terms 0 (a claim against one figure: half a unit of tolerance).
    One row per document x check x scope (the line and the claim as printed).
-#}
with

documents as (

    select * from {{ ref('int_documents_ranked') }}

),

claims as (

    select
        claims.*,
        {{ printed_unit_yuan('claims.subject_text', 'claims.subject_yuan') }} as subject_unit_yuan,
        {{ printed_unit_yuan('claims.reference_text', 'claims.reference_yuan') }} as reference_unit_yuan,
        row_number() over (
            partition by claims.document_id, claims.claim_kind, claims.source_line, claims.claim_text
            order by claims.subject_text, claims.reference_text
        ) as repeat_number
    from {{ ref('stg_raw__narrative_claims') }} as claims

),

located as (

    select
        claims.*,
        documents.fiscal_year,
        documents.doc_kind,
        {{ dbt.concat([
            "'line '", 'cast(claims.source_line as ' ~ dbt.type_string() ~ ')', "': '", 'claims.claim_text',
            "case when claims.repeat_number > 1 then " ~ dbt.concat(["' #'", 'cast(claims.repeat_number as ' ~ dbt.type_string() ~ ')']) ~ " else '' end",
        ]) }} as claim_scope,
        -- half a unit of the last printed digit of the percentage and of each figure
        case coalesce(length(nullif(regexp_extract(claims.claimed_value_text, '[.]([0-9]+)', 1), '')), 0)
            when 0 then cast(0.5 as decimal(20, 6))
            when 1 then cast(0.05 as decimal(20, 6))
            when 2 then cast(0.005 as decimal(20, 6))
            else cast(0.0005 as decimal(20, 6))
        end as claim_half_step,
        cast(0.005 * coalesce(claims.subject_unit_yuan, 0) as decimal(20, 4)) as subject_half_yuan,
        cast(0.005 * coalesce(claims.reference_unit_yuan, 0) as decimal(20, 4)) as reference_half_yuan
    from claims
    inner join documents
        on claims.document_id = documents.document_id

),

shares as (

    select
        *,
        coalesce(
            (claimed_value + claim_half_step) * (reference_yuan + reference_half_yuan)
            >= 100 * (subject_yuan - subject_half_yuan)
            and (claimed_value - claim_half_step) * (reference_yuan - reference_half_yuan)
            <= 100 * (subject_yuan + subject_half_yuan),
            false
        ) as holds
    from located
    where
        claim_kind = 'share'
        and subject_yuan is not null
        and reference_yuan is not null
        and claimed_value is not null
        and reference_yuan - reference_half_yuan > 0

),

share_checks as (

    select
        document_id,
        'narrative_share_matches_figures' as check_name,
        claim_scope as scope,
        subject_yuan as expected_yuan,
        case
            when holds then subject_yuan
            else cast(reference_yuan * claimed_value / 100 as decimal(20, 2))
        end as actual_yuan,
        1 as n_terms,
        {{ dbt.concat([
            "'“'", 'subject_text', "'” is printed as '", 'claimed_value_text', "'% of “'", 'reference_text',
            "'” (line '", 'cast(source_line as ' ~ dbt.type_string() ~ ')', "'); the two figures give '",
            'cast(cast(round(cast(100 * subject_yuan as decimal(38, 6)) / reference_yuan, 2) as decimal(20, 2)) as '
            ~ dbt.type_string() ~ ')', "'%'",
        ]) }} as detail,
        subject_unit_yuan,
        reference_unit_yuan
    from shares

),

comparisons as (

    select
        *,
        case
            when claim_text in ('大于', '高于', '超过') then subject_yuan > reference_yuan
            when claim_text in ('小于', '低于') then subject_yuan < reference_yuan
            when claim_text = '基本持平' then 20 * abs(subject_yuan - reference_yuan) <= abs(reference_yuan)
            else subject_yuan = reference_yuan
        end as holds,
        case
            when claim_text in ('大于', '高于', '超过')
                then reference_yuan + 0.01 * coalesce(reference_unit_yuan, 1)
            when claim_text in ('小于', '低于')
                then reference_yuan - 0.01 * coalesce(reference_unit_yuan, 1)
            else reference_yuan
        end as nearest_allowed_yuan
    from located
    where claim_kind = 'comparison' and subject_yuan is not null and reference_yuan is not null

),

comparison_checks as (

    select
        document_id,
        'narrative_comparison_matches_figures' as check_name,
        claim_scope as scope,
        case when holds then subject_yuan else cast(nearest_allowed_yuan as decimal(20, 2)) end as expected_yuan,
        subject_yuan as actual_yuan,
        0 as n_terms,
        {{ dbt.concat([
            "'the text says “'",
            "case when claim_text in ('基本持平', '持平', '相等', '一致') then "
            ~ dbt.concat(["'决算数与预算数'", 'claim_text']) ~ " else "
            ~ dbt.concat(["'决算数'", 'claim_text', "'预算数'"]) ~ " end",
            "'” (line '",
            'cast(source_line as ' ~ dbt.type_string() ~ ')', "') after “'", 'reference_text', "'” and “'",
            'subject_text', "'”: the 决算数 is '",
            "case when subject_yuan > reference_yuan then 'larger than' "
            ~ "when subject_yuan < reference_yuan then 'smaller than' else 'equal to' end",
            "' the 预算数'",
        ]) }} as detail,
        subject_unit_yuan,
        reference_unit_yuan
    from comparisons

),

sections as (

    select
        document_id,
        claim_text,
        claim_scope,
        source_line,
        claimed_value,
        lag(claimed_value) over (
            partition by document_id, subject_text order by source_line
        ) as previous_number,
        lag(claim_text) over (
            partition by document_id, subject_text order by source_line
        ) as previous_title
    from located
    where claim_kind = 'section'

),

-- the basic-expenditure table's items with a figure (actual or unlabelled), per document
economic_items as (

    select
        document_id,
        replace(name_text, ' ', '') as item_name
    from {{ ref('stg_raw__economic_lines') }}
    where
        table_kind = 'gpb_basic_economic'
        and coalesce(value_role, 'actual') = 'actual'
        and amount_yuan != 0
        and name_text is not null

),

economic_tables as (

    select distinct document_id
    from {{ ref('stg_raw__economic_lines') }}
    where table_kind = 'gpb_basic_economic'

),

-- textual findings: a statement of the text that fails, without amounts
findings as (

    select
        document_id,
        'text_year_is_fiscal_year' as check_name,
        claim_scope as scope,
        {{ dbt.concat([
            "case when subject_text = 'year_end' then 'the year-end date “' else 'the heading “' end",
            "case when subject_text = 'year_end' then claim_text else source_text end", "'” (line '", 'cast(source_line as ' ~ dbt.type_string() ~ ')', "') names '",
            'claimed_value_text', "' in a '", 'cast(fiscal_year as ' ~ dbt.type_string() ~ ')',
            "case when doc_kind = 'final_accounts' then ' final accounts (决算)' else ' budget (预算)' end",
        ]) }} as detail
    from located
    where
        claim_kind = 'year'
        and fiscal_year is not null
        and claimed_value is not null
        and not (
            claimed_value = fiscal_year
            or (subject_text = 'year_end' and doc_kind = 'budget' and claimed_value = fiscal_year - 1)
        )
    union all
    select
        document_id,
        'text_has_no_unfilled_placeholder' as check_name,
        claim_scope as scope,
        {{ dbt.concat([
            "'an unfilled template placeholder “'", 'claim_text', "'” in a unit name: “'", 'source_text',
            "'” (line '", 'cast(source_line as ' ~ dbt.type_string() ~ ')', "')'",
        ]) }} as detail
    from located
    where claim_kind = 'placeholder'
    union all
    select
        document_id,
        'text_sections_in_order' as check_name,
        claim_scope as scope,
        {{ dbt.concat([
            "'the section “'", 'claim_text', "'” (line '", 'cast(source_line as ' ~ dbt.type_string() ~ ')',
            "') comes after “'", 'previous_title', "'”: the sections are out of their order'",
        ]) }} as detail
    from sections
    where claimed_value <= previous_number
    union all
    select
        located.document_id,
        'narrative_listed_item_has_figure' as check_name,
        located.claim_scope as scope,
        {{ dbt.concat([
            "'“'", 'located.claim_text', "'” is listed under “'", 'located.subject_text', "'” (line '",
            'cast(located.source_line as ' ~ dbt.type_string() ~ ')',
            "') but the 一般公共预算财政拨款基本支出决算表 prints no figure for it'",
        ]) }} as detail
    from located
    inner join economic_tables
        on located.document_id = economic_tables.document_id
    where
        located.claim_kind = 'listed_item'
        and located.doc_kind = 'final_accounts'
        and not exists (
            select 1 from economic_items
            where
                economic_items.document_id = located.document_id
                and economic_items.item_name like {{ dbt.concat(["'%'", 'located.claim_text', "'%'"]) }}
        )

),

finding_checks as (

    select
        document_id,
        check_name,
        scope,
        {{ dbt.safe_cast('null', 'decimal(20, 2)') }} as expected_yuan,
        {{ dbt.safe_cast('null', 'decimal(20, 2)') }} as actual_yuan,
        0 as n_terms,
        detail,
        {{ dbt.safe_cast('null', 'decimal(20, 2)') }} as subject_unit_yuan,
        {{ dbt.safe_cast('null', 'decimal(20, 2)') }} as reference_unit_yuan
    from findings

),

unioned as (

    select * from share_checks
    union all
    select * from comparison_checks
    union all
    select * from finding_checks

),

final as (

    select
        document_id,
        check_name,
        scope,
        expected_yuan,
        actual_yuan,
        n_terms,
        detail,
        -- the coarser unit to whose 0.01 the claim's figures were printed
        {{ coarser_unit_yuan('subject_unit_yuan', 'reference_unit_yuan') }} as figure_unit_yuan
    from unioned

)

select * from final
