"""Headers of space-aligned tables whose words are set one space apart (held-out set 86, a 决算 as
PDF page text): issue 20, kind 2 (tables read) and kind 10 (wrong is worse than missing)."""

from __future__ import annotations

from extract.readers.aligned import tabulate_aligned
from extract.tables.labels import economic_measure, function_measure


def test_words_one_space_apart_as_many_as_the_columns_they_reach_name_them_in_order():
    lines = [
        "功能分类科目编码 科目名称                         本年支出",
        "                                                      小计 基本支出 项目支出",
        "                 合计                              1090.38   677.68   412.70",
        "207              文化旅游体育与传媒支出             950.31   537.61   412.70",
        "2070102          一般行政管理事务                    58.60             58.60",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0].split("\t")[:2] == ["功能分类科目编码", "科目名称"]
    assert out[1].split("\t")[2:] == ["小计", "基本支出", "项目支出"]
    assert out[4] == "2070102\t一般行政管理事务\t58.60\t\t58.60"


def test_one_header_text_over_more_figure_columns_than_it_has_words_is_unclear():
    # six names over three columns of figures (the last three columns empty in every row): which
    # name is which column's the text does not show; before, each column got all six names and the
    # total, 基本支出 and 项目支出 were all loaded as 基本支出
    lines = [
        "功能分类科目编码 科目名称                         本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出",
        "                 合计                                  1098.98   677.68   421.30",
        "207              文化旅游体育与传媒支出                 958.91   537.61   421.30",
        "2070102          一般行政管理事务                        58.60             58.60",
    ]
    out, problems = tabulate_aligned(lines)
    assert [p.code for p in problems] == ["aligned_header_unclear"]
    assert "alike" in problems[0].message
    assert "\t" not in out[0]


def test_a_header_text_naming_several_measures_names_none():
    assert function_measure("本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出") == ""
    assert function_measure("基本支出") == "basic"
    assert economic_measure("决算数 人员经费 公用经费") == ""
    assert economic_measure("人员经费") == "personnel"


def test_a_one_line_header_drifted_right_of_its_figures_names_them_in_order():
    # held-out set 86 (an inline table of a 决算's narrative): the figure names, counted two wide a CJK
    # character, stand right of their figures; before, '2023年决算数' named two columns and '增减额' the
    # shares'; now one name a column of figures, in order, and '科目' over the codes
    lines = [
        "  科目                         2024年决算数（万元）  2023年决算数（万元）  增减额（万元）  占比（%）",
        "  208 社会保障和就业支出              260.68              252.36            8.32      1.98",
        "  213 农林水支出                    12632.26            10340.10         2292.16     96.09",
        "  合计                              13146.64            10826.30         2320.34    100.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0].split("\t")[:6] == [
        "科目",
        "",
        "2024年决算数（万元）",
        "2023年决算数（万元）",
        "增减额（万元）",
        "占比（%）",
    ]
    assert out[1].split("\t")[:6] == ["208", "社会保障和就业支出", "260.68", "252.36", "8.32", "1.98"]


def test_a_group_text_over_one_of_its_columns_spreads_from_its_subtotal():
    # held-out set 86 (a 中学 单位预算's 支出预算总表): '基本支出' centred over 小计 | 人员经费 | 公用经费 landed
    # over 人员经费 alone; the 小计 was read as a second total and 基本支出 counted twice
    lines = [
        "科目编码              科目名称                合计              基本支出            项目支出",
        "                                                        小计    人员经费  公用经费",
        "          合计                              5,212.75  4,574.75  3,952.71    622.04    638.00",
        "205       教育支出                          4,436.88  3,798.88  3,176.84    622.04    638.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0].split("\t")[2:] == ["合计", "基本支出", "基本支出", "基本支出", "项目支出"]
    assert out[1].split("\t")[3:6] == ["小计", "人员经费", "公用经费"]


def test_a_subtotal_under_no_group_names_no_measure():
    from extract.tables.labels import function_path_measure

    assert function_path_measure(["小计", "小计"]) == ""
    assert function_path_measure(["基本支出", "小计"]) == "basic"
    assert function_path_measure(["本年支出", "小计"]) == "total"
