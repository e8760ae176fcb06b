{#-
    on-run-start: (re)load every raw source declared in models/staging/_raw__sources.yml
    from seeds/raw/<name>.csv into schema raw, all VARCHAR. This replaces `dbt seed` for the
    extractor's output: read_csv is many times faster than seeding and keeps one code path
    from five documents to a national year. Columns come from the sources YAML, so a CSV
    that drifts from the contract fails loudly here.
-#}
{% macro load_raw_files() %}
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
