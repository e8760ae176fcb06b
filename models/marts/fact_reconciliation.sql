with

checks as (

    select * from {{ ref('int_reconciliation_checks_unioned') }}

),

known_issues as (

    select * from {{ ref('stg_reference__known_source_issues') }}

),

measured as (

    select
        *,
        actual_yuan - expected_yuan as difference_yuan,
        {{ rounding_tolerance_yuan('unit_yuan', 'n_terms') }} as tolerance_yuan
    from checks

),

classified as (

    select
        measured.*,
        {{ reconciliation_status('difference_yuan', 'tolerance_yuan') }} as computed_status,
        known_issues.reason as known_issue_reason
    from measured
    left join known_issues
        on measured.district = known_issues.district
            and measured.fiscal_year = known_issues.fiscal_year
            and measured.doc_kind = known_issues.doc_kind
            and measured.check_name = known_issues.check_name
            and (known_issues.check_scope is null or measured.scope = known_issues.check_scope)
            and measured.expected_yuan = known_issues.expected_yuan
            and measured.actual_yuan = known_issues.actual_yuan

),

final as (

    select
        -- ids
        document_id,
        check_name,
        scope,
        -- numerics (yuan)
        cast(expected_yuan as decimal(20, 2)) as expected,
        cast(actual_yuan as decimal(20, 2)) as actual,
        cast(difference_yuan as decimal(20, 2)) as difference,
        cast(tolerance_yuan as decimal(20, 3)) as tolerance,
        cast(n_terms as integer) as n_terms,
        -- strings
        case
            when computed_status = 'mismatch' and known_issue_reason is not null then 'known_issue'
            else computed_status
        end as status,
        case
            when computed_status = 'mismatch' and known_issue_reason is not null
                then {{ dbt.concat(['detail', "' — known issue: '", 'known_issue_reason']) }}
            else detail
        end as detail
    from classified

)

select * from final
