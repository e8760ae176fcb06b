{#-
    A select over one extractor CSV, every column VARCHAR (nothing is cast or lost
    before staging). DuckDB's read_csv lives here, behind a dispatchable macro, so
    another adapter (e.g. Spark) can bring its own reader.
-#}
{% macro read_raw_csv(path, columns) %}
    {{ return(adapter.dispatch('read_raw_csv')(path, columns)) }}
{% endmacro %}

{% macro default__read_raw_csv(path, columns) %}
    {{ exceptions.raise_compiler_error("read_raw_csv is not implemented for adapter " ~ adapter.type()) }}
{% endmacro %}

{% macro duckdb__read_raw_csv(path, columns) %}
    select *
    from read_csv(
        '{{ path }}',
        header = true,
        auto_detect = false,
        delim = ',',
        quote = '"',
        escape = '"',
        columns = {
            {%- for column in columns %}
                '{{ column }}': 'VARCHAR'{{ "," if not loop.last }}
            {%- endfor %}
        }
    )
{% endmacro %}
