"""Issue 20: two wordings real and written disclosures use that the narrative missed.

1. A 款/项 item printing its whole function code (at the title's start, in brackets, or before its
   name and level mark) with a name other than the reference's for that code: the names of the
   政府收支分类科目 change from year to year ('专项业务活动' is the older name of 2010305, now
   '专项业务及机关事务管理'), so the printed code decides and the name stays as printed. A name
   that is another code's of the reference (a sibling's, its 款's, a 类's, another 款's item)
   is a source inconsistency: no figure, and a problem that names both codes. A 项 code may carry a
   local sub-item's two digits in brackets ('2080501（02）…'): the 项's code is read.
2. A unit declared for the amounts printed after it without one ('具体项目如下（单位：万元）：',
   '单位：万元', '金额单位：元'): their bare amounts are read in it, after money words or a name's
   colon, up to a heading of no list item, another section, or a line printing its own units;
   percentages, counts, years and codes stay unread, and so does every bare number without a
   declaration.

A wrong figure is worse than a missing one. Constructed sentences and amounts only (none of them
a document's text).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from narrative_figures import figures_in_order, parse_document, unparsed_messages

from extract.narrative import metrics as m
from extract.narrative.text import Paragraph, declared_amounts, paragraphs, unit_declared

_UNIT = "某县某某事务中心"


def _rows(*paragraphs: str, year: str = "2018", final: bool = False) -> list[dict]:
    result = parse_document(*paragraphs, unit=_UNIT, year=year, final=final)
    return [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]


def _read(*paragraphs: str, year: str = "2018") -> list[tuple[str, str, str]]:
    return figures_in_order(parse_document(*paragraphs, unit=_UNIT, year=year))


def _read_roles(*paragraphs: str, year: str = "2017") -> list[tuple[str, str, str, str]]:
    return [
        (r["metric"], r["function_code"], r["value_role"], r["value"])
        for r in _rows(*paragraphs, year=year, final=True)
    ]


def _unparsed(*paragraphs: str, year: str = "2018", final: bool = False) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year=year, final=final))


# ---------------------------------------------------------------- 1. the printed code decides


@pytest.mark.parametrize(
    "title",
    [
        "2010305专项业务活动（项）",
        "2010305专项业务活动(项)",
        "[2010305]专项业务活动",
        "【2010305】专项业务活动",
        "（2010305）专项业务活动",
        "2010305专项业务活动",
        "专项业务活动（2010305）",
        "专项业务活动（项）（2010305）",
        "一般公共服务支出（类）政府办公厅（室）及相关机关事务（款）专项业务活动（项）（2010305）",
    ],
)
def test_a_listed_code_printed_with_another_years_name_is_read_by_its_code(title):
    paragraph = f"{title}：用于反映机关专项业务的支出。2018年预算安排64.30万元。"
    assert _read("二、支出预算情况", paragraph) == [("expenditure_function", "2010305", "643000.00")]


def test_the_name_printed_with_the_code_is_kept_as_printed():
    rows = _rows("二、支出预算情况", "[2010399]其他政府办公厅（室）及相关机关事务支出：2018年预算安排7.25万元。")
    assert [(r["function_code"], r["value"], r["name_text"]) for r in rows] == [
        ("2010399", "72500.00", "[2010399]其他政府办公厅（室）及相关机关事务支出")
    ]


def test_a_final_accounts_item_with_another_years_name_gives_its_roles_to_the_code():
    got = _read_roles(
        "三、一般公共预算财政拨款支出决算情况说明",
        "1.[2010305]专项业务活动：年初预算52.40万元，调整预算55.00万元，支出决算54.35万元。",
    )
    assert got == [
        ("expenditure_function", "2010305", "budget", "524000.00"),
        ("expenditure_function", "2010305", "adjusted_budget", "550000.00"),
        ("expenditure_function", "2010305", "actual", "543500.00"),
    ]


def test_a_listed_kuan_code_printed_with_another_years_name_is_read():
    paragraph = "[20103]政府办公厅（室）及相关机关事务：2018年预算安排120.50万元。"
    assert _read("二、支出预算情况", paragraph) == [("expenditure_function", "20103", "1205000.00")]


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("2010305行政运行（项）", "2010301"),  # a sibling's name
        ("[2010305]行政运行", "2010301"),
        ("2010305财政事务", "20106"),  # another 款's name
        ("[2010302]行政单位离退休", "2080501"),  # an item of another 类
        ("[2010305]一般公共服务支出", "201"),  # a 类's name
        ("[20103]行政事业单位养老支出", "20805"),
    ],
)
def test_a_code_printed_with_another_codes_name_keeps_no_figure_and_names_both(title, other):
    paragraph = f"{title}：用于反映机关事务的支出。2018年预算安排64.30万元。"
    assert _read("二、支出预算情况", paragraph) == []
    messages = _unparsed("二、支出预算情况", paragraph)
    assert len(messages) == 1
    assert "64.30万元" in messages[0]
    assert "source inconsistency" in messages[0]
    assert f"the name of {other}" in messages[0]


def test_a_final_accounts_item_whose_code_and_name_disagree_keeps_no_figure():
    paragraphs_ = (
        "三、一般公共预算财政拨款支出决算情况说明",
        "1.[2010305]行政运行：年初预算52.40万元，支出决算54.35万元。",
    )
    assert _read_roles(*paragraphs_) == []
    messages = _unparsed(*paragraphs_, year="2017", final=True)
    assert len(messages) == 2
    assert all("2010305 printed with 行政运行, the name of 2010301" in message for message in messages)


def test_a_code_printed_with_another_codes_name_before_its_amount_is_reported():
    assert _read("二、支出预算情况", "其中：[2010305]行政运行30.00万元，[2010350]事业运行20.00万元。") == [
        ("expenditure_function", "2010350", "200000.00")
    ]
    assert any(
        "30.00万元" in message and "the name of 2010301" in message
        for message in _unparsed("二、支出预算情况", "其中：[2010305]行政运行30.00万元，[2010350]事业运行20.00万元。")
    )


@pytest.mark.parametrize(
    ("name", "code", "other"),
    [
        ("专项业务活动", "2010305", ""),  # no code's name: the code decides
        ("专项业务及机关事务管理", "2010305", ""),  # its own name
        ("行政运行", "2010305", "2010301"),
        ("行政运行支出", "2010305", "2010301"),
        ("财政事务", "2010305", "20106"),
        ("一般公共服务", "2010305", "201"),
        # 行政运行 is the name of the 01 of many 款: an unlisted 01 may be so named
        ("行政运行", "2040601", ""),
    ],
)
def test_other_code_named(name, code, other):
    found = m.other_code_named(name, code)
    assert (found.split("、")[0] if found else "") == other


@pytest.mark.parametrize(
    "label",
    [
        "2010305",  # a code alone
        "2010305万元",  # an amount
        "2010305元专项业务活动",
        "2010305号专项业务活动",  # a document's number
        "2018年专项业务活动",  # a year
        "2010305（02）",  # a sub-item's digits and no name
        "20103（02）政府办公厅（室）及相关机关事务",  # a sub-item's digits after a 款 code
    ],
)
def test_a_number_that_is_an_amount_a_year_or_no_whole_coded_name_gives_no_code(label):
    assert m.marked_function_code(label) == ""
    assert m.coded_path_code(label) == ""


@pytest.mark.parametrize(
    "title",
    [
        "2080501（02）行政单位离退休",
        "2080501(02)行政单位离退休",
        "2080501（01）归口管理的行政单位离退休",
        "[2080501](02)行政单位离退休（项）",
    ],
)
def test_a_local_sub_items_digits_after_a_whole_item_code_give_the_items_code(title):
    paragraph = f"{title}：2018年预算安排18.60万元。"
    assert _read("二、支出预算情况", paragraph) == [("expenditure_function", "2080501", "186000.00")]


def test_a_sub_items_digits_do_not_make_a_mismatched_name_fit():
    paragraph = "2080501（02）事业单位离退休：2018年预算安排18.60万元。"
    assert _read("二、支出预算情况", paragraph) == []
    assert any("the name of 2080502" in message for message in _unparsed("二、支出预算情况", paragraph))


# ---------------------------------------------------------------- 2. a declared unit


_LIST_HEADING = "三、一般公共预算财政拨款支出决算情况说明"


def test_bare_amounts_after_a_declared_unit_are_read_in_it():
    got = _read_roles(
        _LIST_HEADING,
        "具体项目如下（单位：万元）：",
        "1.[2010301]行政运行：年初预算312.40，调整预算330.00，支出决算327.15，完成调整预算的99.1%；",
        "2.[2010350]事业运行：年初预算88.00，支出决算86.42。",
    )
    assert got == [
        ("expenditure_function", "2010301", "budget", "3124000.00"),
        ("expenditure_function", "2010301", "adjusted_budget", "3300000.00"),
        ("expenditure_function", "2010301", "actual", "3271500.00"),
        ("expenditure_function", "2010350", "budget", "880000.00"),
        ("expenditure_function", "2010350", "actual", "864200.00"),
    ]


def test_a_declared_amount_prints_its_unit_in_value_text_and_its_line_as_printed():
    rows = _rows(
        _LIST_HEADING, "单位：万元", "[2010301]行政运行：年初预算312.40，支出决算327.15。", year="2017", final=True
    )
    assert [(r["value_text"], r["source_text"]) for r in rows] == [
        ("312.40万元", "[2010301]行政运行：年初预算312.40，支出决算327.15。"),
        ("327.15万元", "[2010301]行政运行：年初预算312.40，支出决算327.15。"),
    ]


@pytest.mark.parametrize(
    "declaration",
    [
        "单位：万元",
        "（单位：万元）",
        "(单位:万元)",
        "金额单位：万元",
        "具体情况如下（单位：万元）：",
        "明细如下，单位：万元。",
    ],
)
def test_a_unit_is_declared_in_several_wordings(declaration):
    got = _read_roles(_LIST_HEADING, declaration, "1.[2010301]行政运行：年初预算45.50，支出决算44.20。")
    assert got == [
        ("expenditure_function", "2010301", "budget", "455000.00"),
        ("expenditure_function", "2010301", "actual", "442000.00"),
    ]


def test_a_declared_yuan_reads_bare_amounts_in_yuan():
    got = _read(
        "二、支出预算情况",
        "金额单位：元",
        "1.[2010301]行政运行：2018年预算安排1263500.00；",
        "2.[2010350]事业运行：预算数307200；",
    )
    assert got == [
        ("expenditure_function", "2010301", "1263500.00"),
        ("expenditure_function", "2010350", "307200.00"),
    ]


def test_a_bare_amount_cut_from_its_label_by_a_line_end_is_read():
    got = _read_roles(
        _LIST_HEADING, "（单位：万元）", "1.[2010301]行政运行：年初预算45.50，支出决算", "44.20，完成年初预算的97.1%。"
    )
    assert got == [
        ("expenditure_function", "2010301", "budget", "455000.00"),
        ("expenditure_function", "2010301", "actual", "442000.00"),
    ]


def test_items_under_a_category_heading_of_the_list_stay_in_the_declared_unit():
    got = _read_roles(
        _LIST_HEADING,
        "具体情况如下（单位：万元）：",
        "（一）一般公共服务支出（类）",
        "1.[2010301]行政运行：年初预算45.50，支出决算44.20。",
        "（二）社会保障和就业支出",
        "1.[2080501]行政单位离退休：年初预算21.00，支出决算20.40。",
    )
    assert got == [
        ("expenditure_function", "2010301", "budget", "455000.00"),
        ("expenditure_function", "2010301", "actual", "442000.00"),
        ("expenditure_function", "2080501", "budget", "210000.00"),
        ("expenditure_function", "2080501", "actual", "204000.00"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "（三）其他需要说明的情况",  # a heading of no list item
        "四、一般公共预算财政拨款基本支出决算情况说明",  # another section
        "1.[2010350]事业运行：年初预算10.00万元，支出决算9.80万元。",  # a line printing its own units
    ],
)
def test_a_declared_unit_ends_at_a_heading_another_section_or_a_line_printing_its_units(after):
    got = _read_roles(
        _LIST_HEADING,
        "（单位：万元）",
        "1.[2010301]行政运行：年初预算45.50，支出决算44.20。",
        after,
        "2.[2010302]一般行政管理事务：年初预算12.00，支出决算11.60。",
    )
    assert ("expenditure_function", "2010301", "actual", "442000.00") in got
    assert not any(code == "2010302" for _, code, _, _ in got)


def test_bare_amounts_without_a_declared_unit_stay_unread():
    assert _read_roles(_LIST_HEADING, "1.[2010301]行政运行：年初预算45.50，调整预算46.00，支出决算44.20。") == []
    assert _read("二、支出预算情况", "1.[2010301]行政运行：2018年预算安排45.50；") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "1.[2010301]行政运行：完成调整预算的99.1%；",  # a percentage
        "在职人员：42，编制人数：45，车辆编制：3；",  # counts
        "科目编码：2010302，本年预算比例：12.5；",  # a code, a rate
        "截至2018，[2010301]行政运行预算数2018；",  # years
        "[2010301]行政运行：执行率98.6，比上年增长4.2；",  # rates printed without %
    ],
)
def test_percentages_counts_years_and_codes_stay_unread_under_a_declared_unit(paragraph):
    result = parse_document("二、支出预算情况", "单位：万元", paragraph, unit=_UNIT, year="2018")
    # (a count keeps its own reading: '编制人数：45' is 45 posts, never money)
    assert [r for r in result.rows.get("raw_narrative_figures", []) if r["value_unit"] == "yuan"] == []


def test_people_counted_under_a_declared_money_unit_stay_people():
    result = parse_document(
        "二、机构人员情况", "（单位：万元）", "本单位编制人数45，在职人员42。", unit=_UNIT, year="2018"
    )
    values = {r["value"] for r in result.rows.get("raw_narrative_figures", [])}
    assert values <= {"45", "42"}


def _paragraph(*lines: str) -> Paragraph:
    return paragraphs(list(lines), len(lines))[0]


def test_unit_declared_tells_the_unit_and_where_it_ends():
    assert unit_declared(_paragraph("具体项目如下（单位：万元）：")) == ("万元", 12)
    assert unit_declared(_paragraph("金额单位：元")) == ("元", 6)
    # a unit of amounts and counts together, a unit inside words, no unit
    assert unit_declared(_paragraph("单位：万元、人")) is None
    assert unit_declared(_paragraph("本单位：万元")) is None
    assert unit_declared(_paragraph("预算单位：某县某某事务中心")) is None


def test_a_line_declaring_a_unit_is_a_paragraph_of_its_own():
    found = paragraphs(["明细如下", "单位：万元", "[2010301]行政运行：年初预算45.50，支出决算44.20。"], 3)
    assert [p.text for p in found] == ["明细如下", "单位：万元", "[2010301]行政运行：年初预算45.50，支出决算44.20。"]


def test_declared_amounts_reads_only_bare_money_numbers():
    paragraph = _paragraph("行政运行：年初预算45.50，支出决算为44.20，完成率97.1%，在职人员：12，2018年度")
    got = [(a.text, a.value, a.unit, a.declared) for a in declared_amounts(paragraph, "万元")]
    assert got == [("45.50", Decimal("455000.00"), "万元", True), ("44.20", Decimal("442000.00"), "万元", True)]
    assert declared_amounts(paragraph, "人") == []
