"""Issue 20: lists printed one item a line, as text copied from PDFs and web pages prints them.

A list whose lines end with no mark ('政府采购预算总额：9.30' / '货物类：6.10' / '工程类：0') runs into one
paragraph; each of its items is read as a clause of its own (a line's start right after a money amount
that opens a 'label：amount' / 'label amount' item is a clause break), under the list's heading, its
lead-in ('具体项目如下：', '其中：', '包括：') and the unit declared for it ('（单位：万元）', '单位：元': the
bare amounts after it, up to the next declaration). Projects so listed after a projects' lead are
key_project_budget; procurement kinds procurement_*; 类 expenditure_category.

What must not change: a sentence a PDF breaks mid-way (a line ending in no amount; an amount followed
on the next line by the rest of its sentence: '增加…', '万元，主要是…') reads as the same sentence printed on
one line; numbered sentence lists ('1.…；2.…') read as before.

Constructed sentences and amounts only (none of them a document's text).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from narrative_figures import figures_in_order, parse_document, unparsed_messages

from extract.narrative.text import declared_amounts, paragraphs, units_declared

_UNIT = "某县某某服务中心"
_SPENDING = "二、支出预算情况"
_PROCUREMENT = "（二）政府采购预算情况"


def _read(*lines: str, year: str = "2025", final: bool = False) -> list[tuple[str, str, str]]:
    return figures_in_order(parse_document(*lines, unit=_UNIT, year=year, final=final))


def _roles(*lines: str, year: str = "2024") -> list[tuple[str, str, str, str]]:
    result = parse_document(*lines, unit=_UNIT, year=year, final=True)
    return [
        (r["metric"], r["function_code"], r["value_role"], r["value"])
        for r in result.rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]


def _unparsed(*lines: str, year: str = "2025") -> list[str]:
    return unparsed_messages(parse_document(*lines, unit=_UNIT, year=year))


# ---------------------------------------------------------------- projects, one a line

_PROJECTS = [
    ("key_project_budget", "乡村公路养护补助", "315000.00"),
    ("key_project_budget", "汛期物资储备", "205000.00"),
]


@pytest.mark.parametrize(
    "lines",
    [
        # a declared unit on its own line after the lead-in
        ("具体项目如下：", "（单位：万元）", "乡村公路养护补助：31.50", "汛期物资储备：20.50"),
        # declared inside the lead-in
        ("具体项目如下（单位：万元）：", "乡村公路养护补助：31.50", "汛期物资储备：20.50"),
        # the unit on each line
        ("具体项目如下：", "乡村公路养护补助：31.50万元", "汛期物资储备：20.50万元"),
        # spaces for the colon
        ("具体项目如下：", "（单位：万元）", "乡村公路养护补助 31.50", "汛期物资储备  20.50"),
        ("具体项目如下：", "乡村公路养护补助 31.50万元", "汛期物资储备 20.50 万元"),
        # each line ended by a mark (each its own paragraph after the first)
        ("具体项目如下：", "乡村公路养护补助：31.50万元；", "汛期物资储备：20.50万元。"),
    ],
)
def test_projects_listed_one_a_line_are_key_project_budgets(lines):
    got = _read(_SPENDING, "2025年项目支出52.00万元，" + lines[0], *lines[1:])
    assert got == [("project_expenditure", "", "520000.00"), *_PROJECTS]


def test_projects_in_a_declared_yuan_are_read_in_yuan():
    got = _read(
        _SPENDING,
        "2025年项目支出520000元，具体项目如下：",
        "单位：元",
        "乡村公路养护补助：315000",
        "汛期物资储备：205000",
    )
    assert got == [("project_expenditure", "", "520000.00"), *_PROJECTS]
    rows = parse_document(
        _SPENDING, "具体项目如下：", "单位：元", "乡村公路养护补助：315000", unit=_UNIT, year="2025"
    ).rows["raw_narrative_figures"]
    assert [(r["name_text"], r["value_text"]) for r in rows] == [("乡村公路养护补助", "315000元")]


def test_the_project_spendings_list_lead_opens_a_list_one_a_line():
    got = _read(
        _SPENDING,
        "2025年支出预算100.00万元，其中基本支出48.00万元，项目支出52.00万元，具体如下：",
        "（单位：万元）",
        "乡村公路养护补助：31.50",
        "汛期物资储备：20.50",
    )
    assert got == [
        ("expenditure_total", "", "1000000.00"),
        ("basic_expenditure", "", "480000.00"),
        ("project_expenditure", "", "520000.00"),
        *_PROJECTS,
    ]


def test_a_numbered_project_with_a_colon_is_read():
    got = _read(
        _SPENDING,
        "2025年项目支出52.00万元，具体项目如下：",
        "1.乡村公路养护补助：31.50万元；",
        "2.汛期物资储备：20.50万元。",
    )
    assert got == [("project_expenditure", "", "520000.00"), *_PROJECTS]


def test_the_rest_of_the_projects_and_a_sentence_after_the_list_are_no_project():
    lines = (
        _SPENDING,
        "具体项目如下：",
        "（单位：万元）",
        "乡村公路养护补助：31.50",
        "其他项目：20.50",
        "以上项目均已纳入绩效管理。",
    )
    assert _read(*lines) == [("key_project_budget", "乡村公路养护补助", "315000.00")]
    assert any("the rest of a list of projects" in message and "20.50" in message for message in _unparsed(*lines))


def test_a_category_listed_after_a_projects_lead_is_no_project():
    got = _read(_SPENDING, "具体项目如下：", "（单位：万元）", "一般公共服务支出：31.50", "汛期物资储备：20.50")
    assert not any(metric == "key_project_budget" and name == "一般公共服务支出" for metric, name, _ in got)


def test_lines_without_a_projects_lead_are_no_projects():
    got = _read(_SPENDING, "本年度重点工作如下：", "乡村公路养护补助：31.50万元", "汛期物资储备：20.50万元")
    assert not any(metric == "key_project_budget" for metric, _, _ in got)


def test_no_project_list_in_a_final_account():
    got = _roles(
        "四、项目支出决算情况",
        "2024年度项目支出52.00万元，具体项目如下：",
        "乡村公路养护补助：31.50万元",
        "汛期物资储备：20.50万元",
    )
    assert not any(metric == "key_project_budget" for metric, _, _, _ in got)


# ---------------------------------------------------------------- procurement kinds, one a line

_KINDS = [
    ("procurement_goods", "", "61000.00"),
    ("procurement_works", "", "0.00"),
    ("procurement_services", "", "32000.00"),
]


def test_the_issue_example_reads_every_item_of_both_lists():
    got = _read(
        _SPENDING,
        "2025年支出预算100.00万元，其中基本支出48.00万元，项目支出52.00万元，具体项目如下：",
        "（单位：万元）",
        "乡村公路养护补助：31.50",
        "汛期物资储备：20.50",
        "",
        _PROCUREMENT,
        "（单位：万元）",
        "政府采购预算总额：9.30",
        "货物类：6.10",
        "工程类：0",
        "服务类：3.20",
    )
    assert got == [
        ("expenditure_total", "", "1000000.00"),
        ("basic_expenditure", "", "480000.00"),
        ("project_expenditure", "", "520000.00"),
        *_PROJECTS,
        ("procurement_total", "", "93000.00"),
        *_KINDS,
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("2025年政府采购预算9.30万元，其中：", "（单位：万元）", "货物类：6.10", "工程类：0", "服务类：3.20"),
        ("2025年政府采购预算9.30万元，其中：", "（单位：万元）", "货物类 6.10", "工程类 0", "服务类 3.20"),
        ("2025年政府采购预算9.30万元，其中：", "货物类：6.10万元", "工程类：0万元", "服务类：3.20万元"),
        ("2025年政府采购预算9.30万元，其中：", "货物类 6.10万元", "工程类 0万元", "服务类 3.20万元"),
        ("（单位：万元）", "政府采购预算：9.30", "货物类：6.10", "工程类：0", "服务类：3.20"),
        ("金额单位：元", "政府采购预算：93000", "货物类：61000", "工程类：0", "服务类：32000"),
    ],
)
def test_procurement_kinds_listed_one_a_line_are_read(lines):
    assert _read(_SPENDING, _PROCUREMENT, *lines) == [("procurement_total", "", "93000.00"), *_KINDS]


def test_a_procurement_list_in_a_final_account_keeps_its_role():
    got = _roles(
        "五、政府采购支出情况",
        "2024年度政府采购支出总额9.30万元，其中：",
        "货物类：6.10万元",
        "工程类：0万元",
        "服务类：3.20万元",
    )
    assert got == [
        ("procurement_total", "", "actual", "93000.00"),
        ("procurement_goods", "", "actual", "61000.00"),
        ("procurement_works", "", "actual", "0.00"),
        ("procurement_services", "", "actual", "32000.00"),
    ]


# ---------------------------------------------------------------- 类, one a line

_CATEGORIES = [
    ("expenditure_category", "201", "600000.00"),
    ("expenditure_category", "208", "250000.00"),
    ("expenditure_category", "210", "150000.00"),
]


@pytest.mark.parametrize(
    "lines",
    [
        ("（单位：万元）", "一般公共服务支出：60.00", "社会保障和就业支出：25.00", "卫生健康支出：15.00"),
        ("（单位：万元）", "一般公共服务支出 60.00", "社会保障和就业支出 25.00", "卫生健康支出 15.00"),
        ("一般公共服务支出：60.00万元", "社会保障和就业支出：25.00万元", "卫生健康支出：15.00万元"),
        ("一般公共服务支出60.00万元", "社会保障和就业支出25.00万元", "卫生健康支出15.00万元"),
    ],
)
def test_categories_listed_one_a_line_are_read(lines):
    got = _read(_SPENDING, "2025年支出预算100.00万元，按支出功能分类包括：", *lines)
    assert got == [("expenditure_total", "", "1000000.00"), *_CATEGORIES]


def test_categories_listed_one_a_line_in_a_final_account_are_actuals():
    got = _roles(
        "三、一般公共预算财政拨款支出决算情况说明",
        "2024年度一般公共预算财政拨款支出100.00万元，主要用于以下方面：",
        "（单位：万元）",
        "一般公共服务支出：60.00",
        "社会保障和就业支出：25.00",
        "卫生健康支出：15.00",
    )
    assert [row[:4] for row in got[1:]] == [
        ("expenditure_category", "201", "actual", "600000.00"),
        ("expenditure_category", "208", "actual", "250000.00"),
        ("expenditure_category", "210", "actual", "150000.00"),
    ]


def test_income_parts_listed_one_a_line_are_read():
    got = _read(
        _SPENDING,
        "2025年收入预算100.00万元，包括：",
        "（单位：万元）",
        "一般公共预算拨款收入 80.00",
        "政府性基金预算拨款收入 20.00",
    )
    assert got == [
        ("income_total", "", "1000000.00"),
        ("income_general_public_budget", "", "800000.00"),
        ("income_government_fund", "", "200000.00"),
    ]


# ---------------------------------------------------------------- what must not change


def _joined(*lines: str) -> list[tuple[str, str, str]]:
    """The figures of the same text printed on one line."""
    return _read(_SPENDING, "".join(lines))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a change continued on the next line
        (
            ("2025年支出预算100.00万元，比上年预算90.00万元", "增加10.00万元，主要是人员增加。"),
            [("expenditure_total", "", "1000000.00"), ("expenditure_change_vs_prior_year", "", "100000.00")],
        ),
        (
            ("2025年基本支出48.00万元，较上年预算40.00万元", "增加8.00万元。"),
            [("basic_expenditure", "", "480000.00"), ("basic_expenditure_change_vs_prior_year", "", "80000.00")],
        ),
        (
            ("2025年基本支出48.00万元", "与上年预算40.00万元相比增加8.00万元。"),
            [("basic_expenditure", "", "480000.00"), ("basic_expenditure_change_vs_prior_year", "", "80000.00")],
        ),
        # an amount whose unit and sentence go on on the next line
        (("2025年项目支出52.00", "万元，主要用于乡村公路养护。"), [("project_expenditure", "", "520000.00")]),
        # a line ending in no amount
        (
            ("2025年收入预算100.00万元，其中一般公共预算拨款", "80.00万元，政府性基金拨款20.00万元。"),
            [
                ("income_total", "", "1000000.00"),
                ("income_general_public_budget", "", "800000.00"),
                ("income_government_fund", "", "200000.00"),
            ],
        ),
        (
            ("2025年支出预算100.00万元，比上年减少", "5.00万元，主要是项目结束。"),
            [("expenditure_total", "", "1000000.00"), ("expenditure_change_vs_prior_year", "", "-50000.00")],
        ),
    ],
)
def test_a_sentence_broken_across_lines_reads_as_on_one_line(lines, expected):
    assert _read(_SPENDING, *lines) == expected
    assert _joined(*lines) == expected


def test_a_project_spendings_parts_one_a_line_stay_its_split():
    # '其中：' then the parts of another part of the spending: the break keeps the list's lead
    messages = _unparsed(_SPENDING, "2025年项目支出52.00万元，其中：", "人员经费30.00万元", "公用经费22.00万元")
    assert sum("listed under project_expenditure" in message for message in messages) == 2


def test_roles_one_a_line_are_no_list_items():
    # '年初预算：' / '支出决算：' one a line are the roles of one subject: no break, no total read from them
    got = _roles(
        "三、一般公共预算财政拨款支出决算情况说明",
        "1.[2010301]行政运行",
        "年初预算：45.50万元",
        "调整预算：46.00万元",
        "支出决算：44.20万元",
    )
    assert got == []


def test_role_words_before_a_colon_in_an_items_paragraph_are_the_items():
    got = _roles(
        "三、一般公共预算财政拨款支出决算情况说明",
        "1.[2010301]行政运行：年初预算45.50万元，调整预算46.00万元，支出决算：44.20万元，完成调整预算的96.1%。",
    )
    assert got == [
        ("expenditure_function", "2010301", "budget", "455000.00"),
        ("expenditure_function", "2010301", "adjusted_budget", "460000.00"),
        ("expenditure_function", "2010301", "actual", "442000.00"),
    ]


def test_numbered_sentences_read_as_before():
    got = _read(
        _SPENDING,
        "1.基本支出48.00万元，主要用于保障机构正常运转；",
        "2.项目支出52.00万元，主要用于乡村公路养护。",
    )
    assert got == [("basic_expenditure", "", "480000.00"), ("project_expenditure", "", "520000.00")]
    got = _read(
        _SPENDING,
        "2025年项目支出52.00万元，具体项目如下：",
        "1.乡村公路养护补助31.50万元；",
        "2.汛期物资储备20.50万元。",
    )
    assert got == [("project_expenditure", "", "520000.00"), *_PROJECTS]


@pytest.mark.parametrize(
    "line",
    [
        "货物类 6.10，主要用于办公设备",  # words after the number: no list's line
        "在职人员 42",  # a count
        "2025年 6.10",  # a year before the spaces
    ],
)
def test_a_spaced_number_that_is_no_lists_line_stays_unread(line):
    result = parse_document(_SPENDING, _PROCUREMENT, "（单位：万元）", line, unit=_UNIT, year="2025")
    assert [r for r in result.rows.get("raw_narrative_figures", []) if r["value_unit"] == "yuan"] == []


# ---------------------------------------------------------------- paragraphs and declarations


def test_a_declaration_after_a_lead_in_stays_in_the_lists_paragraph():
    lines = ["具体项目如下：", "（单位：万元）", "乡村公路养护补助：31.50", "汛期物资储备：20.50"]
    assert [p.text for p in paragraphs(lines, len(lines))] == [
        "具体项目如下：（单位：万元）乡村公路养护补助：31.50汛期物资储备：20.50"
    ]
    # (after a line that opens no list it is a paragraph of its own, as before)
    lines = ["明细如下", "（单位：万元）", "乡村公路养护补助：31.50"]
    assert [p.text for p in paragraphs(lines, len(lines))] == ["明细如下", "（单位：万元）", "乡村公路养护补助：31.50"]


def test_each_declaration_holds_up_to_the_next():
    lines = ["其中：", "（单位：万元）", "货物类：6.10", "服务类（单位：元）：32000"]
    paragraph = paragraphs(lines, len(lines))[0]
    declared = units_declared(paragraph)
    assert [unit for unit, _, _ in declared] == ["万元", "元"]
    (_, _, first_end), (_, second_begin, second_end) = declared
    assert [(a.text, a.value) for a in declared_amounts(paragraph, "万元", first_end, stop=second_begin)] == [
        ("6.10", Decimal("61000.00"))
    ]
    assert [(a.text, a.value) for a in declared_amounts(paragraph, "元", second_end)] == [
        ("32000", Decimal("32000.00"))
    ]
