{#- Fails on every group (e.g. unit x year x kind) that has more than one row flagged current. -#}
{% test one_current_per_group(model, group_by, flag_column) %}

with

grouped as (

    select
        {{ group_by | join(', ') }},
        count(*) as current_rows
    from {{ model }}
    where {{ flag_column }}
    group by {{ group_by | join(', ') }}

)

select * from grouped
where current_rows > 1

{% endtest %}
