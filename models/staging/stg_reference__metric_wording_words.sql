{#- The word lists the narrative's wording rules read, from seeds/reference/metric_wording_words.csv
    (the extractor reads them: extract/narrative/metrics.py). -#}
with

source as (

    select * from {{ ref('metric_wording_words') }}

),

renamed as (

    select
        -- ids
        trim(kind) as word_kind,
        cast(word_order as integer) as word_order,
        -- strings
        word,
        nullif(trim(topic), '') as topic,
        coalesce(note, '') as note
    from source

)

select * from renamed
