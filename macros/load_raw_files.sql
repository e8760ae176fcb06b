{#-
    on-run-start: (re)load every raw source declared in models/staging/_raw__sources.yml
    from seeds/raw/<name>.csv into schema raw, all VARCHAR. This replaces `dbt seed` for the
    extractor's output: read_csv is many times faster than seeding and keeps one code path
    from five documents to a national year. Columns come from the sources YAML, so a CSV
    that drifts from the contract fails loudly here.
-#}
{% macro load_raw_files() %}
    {{ return(adapter.dispatch('load_raw_files')()) }}
{% endmacro %}

{% macro default__load_raw_files() %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set statements = ['create schema if not exists raw'] -%}
    {%- for node in graph.sources.values() | sort(attribute='name') if node.source_name == 'raw' -%}
        {%- set path = var('raw_dir', 'seeds/raw') ~ '/' ~ node.name ~ '.csv' -%}
        {%- do statements.append(
            'create or replace table raw.' ~ node.name ~ ' as '
            ~ read_raw_csv(path, node.columns.keys() | list)
        ) -%}
    {%- endfor -%}
    {{ return(statements | join(';\n')) }}
{% endmacro %}

{#-
    Spark: the extraction job (yusuan/spark_extract.py) wrote <raw_dir>/<name>/ as Parquet,
    every column a string in contract order; each becomes an external table raw.<name>
    over its folder (nothing is copied). Spark runs one statement per call, so the hook runs
    them itself. The columns are checked against the sources YAML, as read_csv checks them.
-#}
{% macro spark__load_raw_files() %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- do run_query('create schema if not exists raw') -%}
    {%- for node in graph.sources.values() | sort(attribute='name') if node.source_name == 'raw' -%}
        {%- set path = var('raw_dir') ~ '/' ~ node.name -%}
        {%- do run_query('drop table if exists raw.' ~ node.name) -%}
        {%- do run_query('create table raw.' ~ node.name ~ ' using parquet location ' ~ "'" ~ path ~ "'") -%}
        {%- set found = adapter.get_columns_in_relation(api.Relation.create(schema='raw', identifier=node.name)) | map(attribute='name') | list -%}
        {%- if found != node.columns.keys() | list -%}
            {{ exceptions.raise_compiler_error(
                'raw.' ~ node.name ~ ' at ' ~ path ~ ' has columns ' ~ found | join(', ')
                ~ '; the sources declare ' ~ node.columns.keys() | join(', ')) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return('select 1') }}
{% endmacro %}
