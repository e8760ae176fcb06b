{#-
    on-run-start. DuckDB reads the raw sources in place (external_location in
    models/staging/_raw__sources.yml): nothing to do. Spark: the extraction job
    (yusuan/spark_extract.py) wrote <raw_dir>/<name>/ as Parquet, every column a string in
    contract order; each raw source becomes an external table raw.<name> over its folder
    (nothing is copied), and its columns are checked against the sources YAML, so a Parquet
    folder that drifts from the contract fails loudly here. Spark runs one statement per
    call, so this hook runs them itself.
-#}
{% macro register_raw_sources() %}
    {{ return(adapter.dispatch('register_raw_sources')()) }}
{% endmacro %}

{% macro default__register_raw_sources() %}
    {{ return('') }}
{% endmacro %}

{% macro spark__register_raw_sources() %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- do run_query('create schema if not exists raw') -%}
    {%- for node in graph.sources.values() | sort(attribute='name') if node.source_name == 'raw' -%}
        {%- set path = var('raw_dir') ~ '/' ~ node.name -%}
        {%- do run_query('drop table if exists raw.' ~ node.name) -%}
        {%- do run_query('create table raw.' ~ node.name ~ " using parquet location '" ~ path ~ "'") -%}
        {%- set relation = api.Relation.create(schema='raw', identifier=node.name) -%}
        {%- set found = adapter.get_columns_in_relation(relation) | map(attribute='name') | list -%}
        {%- if found != node.columns.keys() | list -%}
            {{ exceptions.raise_compiler_error(
                'raw.' ~ node.name ~ ' at ' ~ path ~ ' has columns ' ~ found | join(', ')
                ~ '; the sources declare ' ~ node.columns.keys() | join(', ')) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return('') }}
{% endmacro %}
