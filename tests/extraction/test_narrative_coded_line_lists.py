"""Issue 20: 类/款/项 items printing their function codes, listed one a line.

A list of 款/项 items each on a line of its own, the code before the name or in brackets after it, a
colon or spaces, then the amount (its unit printed, or declared for the list: '（单位：万元）', inside the
lead-in too: '主要项级支出（单位：万元）：'), is read item by item as expenditure_function with the printed
code, as the same items are read in a sentence ('[2010301]行政运行120.00万元，…'). A line opening with a
code right after a line ending in a bare amount is no continuation of that amount ('…：437.15' then
'2130104 事业运行：196.30' are two numbers). In a 决算 an item takes the role its list's lead names
('年初预算具体如下：' -> budget), and without one the account's, as in a sentence (actual); a lead naming
two roles leaves the items unread.

What must not be read: a code line whose amount is a count or a year; a code read as an amount
('一般公共服务支出 20101'); a code whose name is another code's (the printed-code rules); a coded
item's paragraph alone in a 决算 without role words, also when its sentence goes on on the next line.
A 类 line among the items stays expenditure_category.

Constructed sentences and amounts only (none of them a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import parse_document, unparsed_messages

from extract.narrative.text import paragraphs

_UNIT = "某县某某服务中心"
_SPENDING = "二、支出预算情况"
_ACCOUNT = "三、一般公共预算财政拨款支出决算情况说明"


def _budget(*lines: str) -> list[tuple[str, str, str]]:
    """(metric, function code, value) of every kept figure of a 2025 budget, in the order read."""
    result = parse_document(_SPENDING, *lines, unit=_UNIT, year="2025")
    return [
        (r["metric"], r["function_code"], r["value"])
        for r in result.rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]


def _account(*lines: str) -> list[tuple[str, str, str, str]]:
    """(metric, function code, value role, value) of every kept figure of a 2024 决算, in the order read."""
    result = parse_document(_ACCOUNT, *lines, unit=_UNIT, year="2024", final=True)
    return [
        (r["metric"], r["function_code"], r["value_role"], r["value"])
        for r in result.rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]


def _unparsed(*lines: str, final: bool = False) -> list[str]:
    year = "2024" if final else "2025"
    heading = _ACCOUNT if final else _SPENDING
    return unparsed_messages(parse_document(heading, *lines, unit=_UNIT, year=year, final=final))


# ---------------------------------------------------------------- the forms a list prints


_FORMS = [
    # the code, spaces, the name, a colon; the unit declared on a line of its own under a heading
    (
        ("（三）具体使用情况", "（单位：万元）", "2130101 行政运行：437.15", "2130104 事业运行：196.30"),
        [("2130101", "4371500.00"), ("2130104", "1963000.00")],
    ),
    # numbered, the code in brackets after the name, the unit declared inside the lead-in naming the 款
    (
        (
            "其中水利（款）主要项级支出（单位：万元）：",
            "（1）行政运行(2130301)：1,264.70",
            "（2）一般行政管理事务(2130302)：306.00",
        ),
        [("2130301", "12647000.00"), ("2130302", "3060000.00")],
    ),
    # the code run into the name, a space for the colon
    (
        ("主要项级支出（单位：万元）：", "2080801死亡抚恤 806.40", "2080802伤残抚恤 1,102.20"),
        [("2080801", "8064000.00"), ("2080802", "11022000.00")],
    ),
    # columns set off by spaces, the thousands by a space
    (
        ("（单位：万元）", "2010301  行政运行  2 519.85", "2010302  一般行政管理事务  318.00"),
        [("2010301", "25198500.00"), ("2010302", "3180000.00")],
    ),
    # a list number before the code
    (
        ("主要项级支出（单位：万元）：", "1.2130101 行政运行：437.15", "2.2130104 事业运行：196.30"),
        [("2130101", "4371500.00"), ("2130104", "1963000.00")],
    ),
    # the unit printed on each line, the code in brackets first
    (
        ("主要项级支出：", "[2130101]行政运行：437.15万元", "【2130104】事业运行：196.30万元"),
        [("2130101", "4371500.00"), ("2130104", "1963000.00")],
    ),
    # each line ended by a mark (each its own paragraph after the first)
    (
        ("主要项级支出（单位：万元）：", "2130101 行政运行：437.15；", "2130104 事业运行：196.30。"),
        [("2130101", "4371500.00"), ("2130104", "1963000.00")],
    ),
    # 款 codes (人大 is no count of people after the code)
    (
        ("主要款级支出（单位：万元）：", "20101 人大事务：120.00", "20103 政府办公厅（室）及相关机关事务 80.50"),
        [("20101", "1200000.00"), ("20103", "805000.00")],
    ),
    # in yuan
    (
        ("金额单位：元", "2130101 行政运行：4371500.00", "2130104 事业运行 1963000"),
        [("2130101", "4371500.00"), ("2130104", "1963000.00")],
    ),
]


@pytest.mark.parametrize(("lines", "items"), _FORMS)
def test_coded_items_listed_one_a_line_in_a_budget(lines, items):
    assert _budget(*lines) == [("expenditure_function", code, value) for code, value in items]


@pytest.mark.parametrize(("lines", "items"), _FORMS)
def test_coded_items_listed_one_a_line_in_a_final_account_are_actuals(lines, items):
    assert _account(*lines) == [("expenditure_function", code, "actual", value) for code, value in items]


def test_an_item_keeps_its_name_without_the_colon():
    result = parse_document(
        _SPENDING, "（单位：万元）", "2130101 行政运行：437.15", "2130104 事业运行：196.30", unit=_UNIT, year="2025"
    )
    rows = result.rows["raw_narrative_figures"]
    assert [(r["name_text"], r["value_text"]) for r in rows] == [
        ("2130101行政运行", "437.15万元"),
        ("2130104事业运行", "196.30万元"),
    ]


def test_a_code_line_after_a_bare_amount_is_no_part_of_it():
    lines = ["（单位：万元）", "2130101 行政运行：437.15", "2130104 事业运行：196.30"]
    assert [p.text for p in paragraphs(lines, len(lines))][1] == "2130101 行政运行：437.15 2130104 事业运行：196.30"
    # (the rest of an amount a line's end cut is no code: '…12' then '34567元')
    lines = ["2025年项目支出12", "34567元，主要用于乡村公路养护。"]
    assert [p.text for p in paragraphs(lines, len(lines))] == ["2025年项目支出1234567元，主要用于乡村公路养护。"]


def test_a_category_line_among_the_items_stays_the_category():
    lines = ("（单位：万元）", "农林水支出：2,517.34", "2130101 行政运行：437.15", "2130104 事业运行：196.30")
    assert _budget(*lines) == [
        ("expenditure_category", "213", "25173400.00"),
        ("expenditure_function", "2130101", "4371500.00"),
        ("expenditure_function", "2130104", "1963000.00"),
    ]
    assert _account(*lines)[0] == ("expenditure_category", "213", "actual", "25173400.00")


# ---------------------------------------------------------------- the role in a 决算


_ITEMS = ("2010301 行政运行：120.00", "2010302 一般行政管理事务：180.00")


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("支出决算具体如下（单位：万元）：", "actual"),
        ("年初预算具体如下（单位：万元）：", "budget"),
        ("调整预算情况（单位：万元）：", "adjusted_budget"),
        ("主要项级支出（单位：万元）：", "actual"),
    ],
)
def test_the_items_take_the_role_their_lead_names(lead, role):
    assert _account(lead, *_ITEMS) == [
        ("expenditure_function", "2010301", role, "1200000.00"),
        ("expenditure_function", "2010302", role, "1800000.00"),
    ]


def test_the_items_of_a_total_take_its_role():
    got = _account("2024年度一般公共预算财政拨款支出决算300.00万元，其中：", "（单位：万元）", *_ITEMS)
    assert got == [
        ("expenditure_general_public_budget", "", "actual", "3000000.00"),
        ("expenditure_function", "2010301", "actual", "1200000.00"),
        ("expenditure_function", "2010302", "actual", "1800000.00"),
    ]


def test_a_lead_naming_two_roles_leaves_the_items_unread():
    lines = ("年初预算与支出决算如下（单位：万元）：", *_ITEMS)
    assert _account(*lines) == []
    assert sum("more than one role" in message for message in _unparsed(*lines, final=True)) == 2


# ---------------------------------------------------------------- what must not be read


@pytest.mark.parametrize(
    "lines",
    [
        # a count, a year
        ("主要项级支出（单位：万元）：", "2130101 行政运行 12人", "2130104 事业运行：3个"),
        ("主要项级支出（单位：万元）：", "2130101 行政运行：2024", "2130104 事业运行 2025"),
        # the code itself after a 类's name: no amount
        ("（单位：万元）", "一般公共服务支出 20101"),
        ("（单位：万元）", "一般公共服务支出：2010301"),
        ("（单位：万元）", "农林水支出 213"),
    ],
)
def test_counts_years_and_codes_are_no_amounts(lines):
    assert [row for row in _budget(*lines) if row[0].startswith("expenditure")] == []


def test_a_code_whose_name_is_another_codes_is_not_read():
    lines = ("主要项级支出（单位：万元）：", "[2010305]行政运行：30.00", "[2010302]一般行政管理事务：18.00")
    assert _budget(*lines) == [("expenditure_function", "2010302", "180000.00")]
    assert any("30.00" in message and "the name of 2010301" in message for message in _unparsed(*lines))


def test_items_under_another_category_heading_are_not_read():
    lines = ("（一）教育支出（类）", "（单位：万元）", "2130101 行政运行：437.15", "2130104 事业运行：196.30")
    assert _budget(*lines) == []
    assert sum("not under the 类 named before it" in message for message in _unparsed(*lines)) == 2


@pytest.mark.parametrize(
    "lines",
    [
        # a coded item's paragraph alone: no list, its role unsaid
        ("[2010301]行政运行：45.00万元",),
        ("（单位：万元）", "1.[2010301]行政运行：45.50"),
        # ... and its sentence going on on the next line
        ("[2010301]行政运行：45.00万元", "比上年增加5.00万元。"),
    ],
)
def test_a_coded_item_alone_in_a_final_account_keeps_no_figure(lines):
    assert _account(*lines) == []
    assert any("without its role words" in message for message in _unparsed(*lines, final=True))


@pytest.mark.parametrize(
    "lines",
    [
        # an amount whose unit and sentence go on on the next line
        ("（单位：万元）", "2130101 行政运行：437.15", "万元，比上年增加12.00万元。"),
        # words after the amount on its line
        ("2130101 行政运行 437.15万元，比上年增加12.00万元。",),
    ],
)
def test_a_sentence_broken_across_lines_reads_as_on_one_line(lines):
    assert _budget(*lines) == [
        ("expenditure_function", "2130101", "4371500.00"),
        ("expenditure_function_change_vs_prior_year", "2130101", "120000.00"),
    ]
    assert _budget(lines[0], "".join(lines[1:])) == _budget(*lines)
