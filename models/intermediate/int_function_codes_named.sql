{#-
    Function classification codes and their names. One row per code: every code of the
    reference lists, every code a document prints (a code never in the reference is
    kept with in_reference = false, never dropped) and the ancestors of both. Naming:
    the official (reference) name wins over whatever a document prints; a code outside
    the reference takes the name documents print most often, ignoring names that are
    known aliases (misprints, old names) of that code.
-#}
with

categories as (

    select * from {{ ref('stg_reference__function_categories') }}

),

reference_codes as (

    select * from {{ ref('stg_reference__function_codes') }}

),

aliases as (

    select * from {{ ref('stg_reference__function_name_aliases') }}

),

function_lines as (

    select * from {{ ref('stg_raw__function_lines') }}

),

narrative_figures as (

    select * from {{ ref('stg_raw__narrative_figures') }}

),

summary_items as (

    select * from {{ ref('stg_raw__summary_items') }}

),

reference as (

    select
        category_code as function_code,
        category_name as function_name
    from categories
    union all
    select
        function_code,
        function_name
    from reference_codes

),

printed as (

    select
        function_code,
        name_text
    from function_lines
    where function_code != ''
    union all
    select
        function_code,
        name_text
    from narrative_figures
    where metric = 'expenditure_category' and function_code is not null
    union all
    -- item-level prose ('公共安全支出（204类）司法（06款）行政运行（01项）'): the code, its
    -- name_text is the whole clause, not a name
    select
        function_code,
        cast(null as {{ dbt.type_string() }}) as name_text
    from narrative_figures
    where metric = 'expenditure_function' and function_code is not null
    union all
    select
        function_code,
        item_text as name_text
    from summary_items
    where function_code is not null

),

-- every distinct code x printed name once, with how often it is printed: names are
-- normalised and matched against the aliases per distinct text, not per printed cell
printed_texts as (

    select
        function_code,
        name_text,
        count(*) as times_printed
    from printed
    group by 1, 2

),

printed_codes as (

    select distinct function_code
    from printed_texts
    where {{ dbt.length('function_code') }} in (3, 5, 7)

),

named_codes as (

    select function_code from reference
    union
    select function_code from printed_codes

),

-- the 类 and 款 above every code, so the hierarchy never has a gap
all_codes as (

    select function_code from named_codes
    union
    {{ ancestor_codes('named_codes', 'function_code') }}

),

printed_names as (

    select
        printed_texts.function_code,
        {{ normalize_name('printed_texts.name_text') }} as function_name,
        sum(printed_texts.times_printed) as times_printed
    from printed_texts
    left join aliases
        on printed_texts.function_code = aliases.function_code
            and {{ normalize_name('printed_texts.name_text') }} = aliases.alias_normalized
    where printed_texts.name_text is not null and aliases.alias is null
    group by 1, 2

),

printed_names_ranked as (

    select
        *,
        {{ printed_name_rank('function_code', 'function_name') }} as name_rank
    from printed_names

),

named as (

    select
        all_codes.function_code,
        coalesce(reference.function_name, printed_names_ranked.function_name) as function_name,
        {{ function_level('all_codes.function_code') }} as function_level,
        reference.function_code is not null as in_reference
    from all_codes
    left join reference
        on all_codes.function_code = reference.function_code
    left join printed_names_ranked
        on all_codes.function_code = printed_names_ranked.function_code
            and printed_names_ranked.name_rank = 1

),

final as (

    select
        -- ids
        named.function_code,
        case named.function_level
            when 2 then substr(named.function_code, 1, 3)
            when 3 then substr(named.function_code, 1, 5)
        end as parent_code,
        substr(named.function_code, 1, 3) as category_code,
        case when named.function_level >= 2 then substr(named.function_code, 1, 5) end as section_code,
        -- strings
        named.function_name,
        category.function_name as category_name,
        section.function_name as section_name,
        -- numerics
        named.function_level,
        -- booleans
        named.in_reference
    from named
    left join named as category
        on substr(named.function_code, 1, 3) = category.function_code
    left join named as section
        on named.function_level >= 2
            and substr(named.function_code, 1, 5) = section.function_code

)

select * from final
