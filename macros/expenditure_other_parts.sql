{#-
    The parts of a unit's spending beside 基本支出 and 项目支出, as the standard tables print
    them (部门决算 支出决算表 and 部门预算 部门支出总表: 上缴上级支出, 经营支出 / 事业单位经营支出,
    对附属单位补助支出): the measure of their function-table columns (extract/tables/labels.py,
    EXPENDITURE_OTHER_PARTS), the expenditure_type of their fact_expenditure rows; the summary
    metric of each is 'expenditure_' + the part (`prefix`: each name with it in front, e.g.
    expenditure_other_parts('expenditure_') -> the metrics). The spending total is the sum of
    basic, project and these.
-#}
{% macro expenditure_other_parts(prefix='') -%}
    {%- set parts = [] %}
    {%- for part in ['remitted_to_superior', 'operating', 'subsidiary_subsidy'] %}
        {%- do parts.append(prefix ~ part) %}
    {%- endfor %}
    {{ return(parts) }}
{%- endmacro %}
