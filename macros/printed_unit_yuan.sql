{#-
    The unit (in yuan) to whose 0.01 a figure was printed, from its text as printed: the
    rounding rule's unit for that figure. '9628.22万元' -> 10000, '6.2万元' -> 100000 (one
    decimal: rounded to 0.1 万元), '5000元' -> 100, '96,282,213.44元' -> 1, '1.2亿元' ->
    1000000000 (rounded to 0.1 亿元), '28千元' -> 100000 (元 multiples: 千元, 百万元, 千万元);
    a digit's 万 or 亿 with no 元 is that unit's ('1000.86万' -> 10000). Null for an exact figure:
    a zero, a count, a figure stated by wording (无, 持平). The decimals are read with a regular expression (DuckDB and Spark both have
    regexp_extract with a group index).
-#}
{% macro printed_unit_yuan(value_text, figure_value) -%}
    case
        when {{ figure_value }} = 0 then null
        when {{ value_text }} like '%元'
            or regexp_extract({{ value_text }}, '[0-9] *([万亿])$', 1) != '' then
            (case
                when {{ value_text }} like '%亿%元' then cast(100000000 as decimal(20, 2))
                when {{ value_text }} like '%千%万%元' then cast(10000000 as decimal(20, 2))
                when {{ value_text }} like '%百%万%元' then cast(1000000 as decimal(20, 2))
                when {{ value_text }} like '%亿' then cast(100000000 as decimal(20, 2))
                when {{ value_text }} like '%万%元' or {{ value_text }} like '%万' then cast(10000 as decimal(20, 2))
                when {{ value_text }} like '%千%元' then cast(1000 as decimal(20, 2))
                else cast(1 as decimal(20, 2))
            end)
            * (case coalesce(length(nullif(regexp_extract({{ value_text }}, '[.．][ ]*([0-9]+)', 1), '')), 0)
                when 0 then cast(100 as decimal(20, 2))
                when 1 then cast(10 as decimal(20, 2))
                when 2 then cast(1 as decimal(20, 2))
                when 3 then cast(0.1 as decimal(20, 2))
                else cast(0.01 as decimal(20, 2))
            end)
    end
{%- endmacro %}
