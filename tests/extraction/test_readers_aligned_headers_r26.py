"""Space-aligned tables whose header of several lines names a column every row leaves empty (a fund
the unit has none of) between two columns of figures (held-out set 86: a school's 单位预算 and a
district 民政局's 政府性基金 table, both 'partial'): issue 20, kind 2 (tables read) and kind 10
(wrong is worse than missing)."""

from __future__ import annotations

from extract.readers.aligned import tabulate_aligned

# 收入预算总表 of a 单位预算 (display width: a CJK character two wide). '政府性基金预算拨款' stands over
# no figure: the unit has none. '本年收入' is centred over its five columns, over that empty one.
INCOME = [
    "科目编码              科目名称                总计                                     本年收入                                   上年结转",
    "                                                        小计    一般公共预算拨款  政府性基金预算拨款  财政专户管理资金  其他收入",
    "          合计                              5,212.75  5,212.75          4,826.35                                386.40",
    "205       教育支出                          4,436.88  4,436.88          4,050.48                                386.40",
    "2050204   高中教育                          4,418.88  4,418.88          4,032.48                                386.40",
    "2080505   机关事业单位基本养老保险缴费支出    318.62    318.62            318.62",
]


def test_a_header_text_over_an_empty_column_between_figures_is_a_column_of_its_own():
    out, problems = tabulate_aligned(INCOME)
    assert not problems
    assert out[1].split("\t") == [
        "科目编码", "科目名称", "总计", "小计", "一般公共预算拨款", "政府性基金预算拨款", "财政专户管理资金", "其他收入", "上年结转",
    ]  # fmt: skip
    assert out[3].split("\t") == ["205", "教育支出", "4,436.88", "4,436.88", "4,050.48", "", "386.40", "", ""]


def test_the_group_over_the_empty_column_spreads_over_its_subtotal_and_parts():
    # '本年收入' lands over the empty column alone; it spreads from its 小计 to the next text above
    # ('上年结转'), so the 小计 is this year's income, not a second 总计
    out, _ = tabulate_aligned(INCOME)
    assert out[0].split("\t")[2:] == ["总计", *["本年收入"] * 5, "上年结转"]


def test_code_level_names_under_a_header_of_several_lines_stay_over_the_codes():
    # '类   款    项' over codes in three columns: '项' ends where the 项 codes end, over no figure;
    # it names the codes' column, it is not a column of its own. '基本支出' stands over an empty one.
    lines = [
        "功能分类科目编码          科目名称           合计   基本支出  项目支出",
        "类   款    项",
        "                  合计                      150.00              150.00",
        "229               其他支出                  150.00              150.00",
        "229  60  02       用于社会福利的彩票公益金  150.00              150.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[1].split("\t") == ["类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"]
    assert out[4].split("\t") == ["229", "60", "02", "用于社会福利的彩票公益金", "150.00", "", "150.00"]


def test_laid_out_apart_every_column_of_figures_needs_a_name_not_only_its_number():
    # the header's upper lines end the block above (a line of one text between them): what is left
    # over the figures is the wrapped ends of two names and the row numbering the columns. Laid out
    # apart, the 因公出国 column would be the gap and the figures under '1' … '6' would be named by
    # whatever header the reader finds above: left unread instead
    lines = [
        "                                               购置费",
        "                                                          费",
        "          **       1            2     3          4        5         6",
        "合计                 413.68             339.68    151.68    188.00   74.00",
        "杭州市东郊监狱             89.60              74.60     28.00     46.60   15.00",
        "杭州市西郊监狱            101.60              86.60     49.00     37.60   15.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert [p.code for p in problems] == ["aligned_header_unclear"]
    assert "\t" not in out[0] and "\t" not in out[2]  # no header: the figures are named by none


def test_a_name_header_set_right_of_shorter_names_names_them():
    # the names ('教育支出', '高中教育') end before '科目名称' starts: it is their column's name, not a
    # column of its own between the names and the figures
    out, problems = tabulate_aligned(INCOME[:-1])
    assert not problems
    assert out[1].split("\t")[:3] == ["科目编码", "科目名称", "总计"]
    assert out[4].split("\t")[:3] == ["2050204", "高中教育", "4,418.88"]
