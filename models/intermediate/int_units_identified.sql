{#-
    Unit identity. One row per budget unit: the units that publish documents, and the
    sub-units a department lists (raw_sub_units), which get parent_unit_id. unit_id is
    a hash of the normalised district, official name and scope (macros/make_unit_id.sql),
    so a unit's documents of every year and file share it. Attributes come from the
    unit's latest document; a unit known only from a listing takes the listing's.
-#}
with

documents as (

    select * from {{ ref('int_documents_ranked') }}
    where unit_id is not null

),

sub_units as (

    select * from {{ ref('stg_raw__sub_units') }}
    where unit_name is not null

),

publishing_units as (

    select
        unit_id,
        cast(null as {{ dbt.type_string() }}) as parent_unit_id,
        unit_name,
        province,
        district,
        unit_code,
        scope,
        fiscal_year,
        document_id,
        1 as source_rank
    from documents

),

-- a department lists its sub-units by short names ('区地方志编纂中心', '大渡口区政务服务中心');
-- the official name is completed from the listing document's province and district, so a
-- sub-unit that publishes its own document later gets the same unit_id
listed_named as (

    select
        sub_units.unit_code,
        documents.unit_id as listing_unit_id,
        documents.province,
        documents.district,
        documents.fiscal_year,
        documents.document_id,
        case
            when documents.province is not null
                and sub_units.unit_name like {{ dbt.concat(['documents.province', "'%'"]) }}
                then sub_units.unit_name
            when documents.district is not null
                and sub_units.unit_name like {{ dbt.concat(['documents.district', "'%'"]) }}
                then {{ dbt.concat(["coalesce(documents.province, '')", 'sub_units.unit_name']) }}
            when documents.district is not null
                and substr(sub_units.unit_name, 1, 1)
                = substr(documents.district, {{ dbt.length('documents.district') }}, 1)
                then {{ dbt.concat([
                    "coalesce(documents.province, '')", 'documents.district', 'substr(sub_units.unit_name, 2)',
                ]) }}
            else sub_units.unit_name
        end as unit_name
    from sub_units
    inner join documents
        on sub_units.document_id = documents.document_id

),

listed_scoped as (

    select
        *,
        case
            when {{ normalize_name('unit_name') }} like '%（本级）' then 'unit_only'
            else 'department'
        end as scope
    from listed_named

),

listed_units as (

    select
        {{ make_unit_id('province', 'district', 'unit_name', 'scope') }} as unit_id,
        listing_unit_id as parent_unit_id,
        unit_name,
        province,
        district,
        unit_code,
        scope,
        fiscal_year,
        document_id,
        2 as source_rank
    from listed_scoped

),

candidates as (

    select * from publishing_units
    union all
    select * from listed_units

),

attributes as (

    select
        *,
        row_number() over (
            partition by unit_id
            order by source_rank asc, fiscal_year desc, document_id asc
        ) as attribute_rank
    from candidates

),

codes as (

    select
        unit_id,
        unit_code,
        row_number() over (
            partition by unit_id
            order by source_rank asc, fiscal_year desc, document_id asc
        ) as code_rank
    from candidates
    where unit_code is not null

),

parents as (

    select
        unit_id,
        parent_unit_id,
        row_number() over (
            partition by unit_id
            order by fiscal_year desc, document_id asc
        ) as parent_rank
    from listed_units
    where parent_unit_id != unit_id

),

final as (

    select
        -- ids
        attributes.unit_id,
        parents.parent_unit_id,
        -- strings
        attributes.unit_name,
        attributes.province,
        attributes.district,
        codes.unit_code,
        attributes.scope,
        -- booleans
        attributes.source_rank = 1 as has_documents
    from attributes
    left join codes
        on attributes.unit_id = codes.unit_id
            and codes.code_rank = 1
    left join parents
        on attributes.unit_id = parents.unit_id
            and parents.parent_rank = 1
    where attributes.attribute_rank = 1

)

select * from final
