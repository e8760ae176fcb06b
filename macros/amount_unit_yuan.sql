{#- Yuan per published unit (extract.numbers.UNIT_FACTORS): 10000 for 万元, 1000 for 千元, 1 for 元 (10000 for a document that states no unit: none of its tables' figures is then read). -#}
{% macro amount_unit_yuan(amount_unit) -%}
    case {{ amount_unit }}
        when '元' then 1
        when '千元' then 1000
        when '十万元' then 100000
        when '百万元' then 1000000
        when '千万元' then 10000000
        when '亿元' then 100000000
        else 10000
    end
{%- endmacro %}
