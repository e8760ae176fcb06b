{#-
    Economic classification codes (部门 30x and 政府 50x, 类 and 款). One row per code:
    the reference list plus every code a document prints (in_reference = false when the
    reference lacks it) and their 类. The reference name wins; otherwise the name
    printed most often.
-#}
with

reference as (

    select * from {{ ref('stg_reference__economic_codes') }}

),

economic_lines as (

    select * from {{ ref('stg_raw__economic_lines') }}
    where economic_code != ''

),

printed_names as (

    select
        economic_code,
        {{ normalize_name('name_text') }} as economic_name,
        max(classification) as classification,
        count(*) as times_printed
    from economic_lines
    where {{ dbt.length('economic_code') }} in (3, 5)
    group by 1, 2

),

printed_names_ranked as (

    select
        *,
        {{ printed_name_rank('economic_code', 'economic_name') }} as name_rank
    from printed_names

),

all_codes as (

    select economic_code from reference
    union
    select economic_code from printed_names
    union
    {{ ancestor_codes('printed_names', 'economic_code', [], [3]) }}

),

named as (

    select
        all_codes.economic_code,
        coalesce(reference.economic_name, printed_names_ranked.economic_name) as economic_name,
        coalesce(
            reference.classification,
            printed_names_ranked.classification,
            case when all_codes.economic_code like '5%' then 'government' else 'department' end
        ) as classification,
        case {{ dbt.length('all_codes.economic_code') }} when 3 then 1 when 5 then 2 end as economic_level,
        reference.economic_code is not null as in_reference
    from all_codes
    left join reference
        on all_codes.economic_code = reference.economic_code
    left join printed_names_ranked
        on all_codes.economic_code = printed_names_ranked.economic_code
            and printed_names_ranked.name_rank = 1

),

final as (

    select
        -- ids
        named.economic_code,
        case when named.economic_level = 2 then substr(named.economic_code, 1, 3) end as parent_code,
        -- strings
        named.classification,
        named.economic_name,
        parent.economic_name as parent_name,
        -- numerics
        named.economic_level,
        -- booleans
        named.in_reference
    from named
    left join named as parent
        on named.economic_level = 2
            and substr(named.economic_code, 1, 3) = parent.economic_code

)

select * from final
