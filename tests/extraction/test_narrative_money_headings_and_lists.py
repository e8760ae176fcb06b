"""Money wordings around headings, 功能分类 names and lists of projects in a budget's narrative.

1. a heading naming a part ('（一）基本支出情况', '（二）项目支出', '（一）因公出国（境）费') gives its part
   to an amount named by nothing ('年初预算数为X'), never to a label naming a total of its own: any
   income ('总收入', '收入预算'), and under a 基本/项目支出 heading the spending as a whole ('总支出',
   '支出合计'); a heading's topic (收入 / 支出) never overrides a label naming the other side;
2. 和 and 与 join the parts of a 功能分类 name alike, for 类, 款 and 项 ('医疗卫生和计划生育支出' is
   the 类 the reference names '医疗卫生与计划生育支出'); no two codes share a name once 与 is read as 和;
3. the project spending named '专项项目预算'; a numbered list of projects on the line after a lead
   that the project spending announces it with ('项目支出X，具体情况如下：'), and several items on one
   line after any list lead; a definition's words before the list are no items; a list of changes,
   of 类 or of economic names, a list without a lead and a basic spending's list are no projects;
4. a budget's bare '一般公共预算财政拨款X' before '支出包括：' is the fund's income alone: the text
   does not say that its spending is the same amount.

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from narrative_figures import figures_in_order, parse_document

from extract import reference
from extract.narrative import _item_code
from extract.narrative.metrics import coded_path_code, marked_function_code

_UNIT = "某某县某某学校"


def _parse(*paragraphs: str, final_accounts: bool = False, year: str = "2021"):
    return parse_document(*paragraphs, unit=_UNIT, year=year, final=final_accounts)


def _figures(*paragraphs: str, final_accounts: bool = False) -> list[tuple[str, str, str]]:
    """(metric, function code or project, value) of every kept figure, in the order read."""
    return figures_in_order(_parse(*paragraphs, final_accounts=final_accounts))


def _metrics(*paragraphs: str, final_accounts: bool = False) -> dict[str, str]:
    """metric -> value of the kept figures that carry no code or project."""
    return {metric: value for metric, key, value in _figures(*paragraphs, final_accounts=final_accounts) if not key}


def _projects(*paragraphs: str) -> list[tuple[str, str]]:
    return [(name, value) for metric, name, value in _figures(*paragraphs) if metric == "key_project_budget"]


def _conflicts(*paragraphs: str) -> list[str]:
    return [p.message for p in _parse(*paragraphs).problems if p.code == "narrative_conflict"]


# --- 1. a heading's part never overrides a label naming a total of its own

_SUMMARY = (
    "2021年部门预算总收入860.00万元，其中：一般公共预算拨款收入780.00万元，财政专户管理资金80.00万元。"
    "2021年部门预算总支出860.00万元，其中：基本支出700.00万元，占总支出的81.4%，项目支出160.00万元。"
)


@pytest.mark.parametrize(
    "heading",
    ["（一）基本支出情况", "（二）项目支出情况", "2.基本支出", "（三）项目支出：", "（一）因公出国（境）费"],
)
def test_a_summary_under_a_part_heading_keeps_its_own_totals(heading):
    figures = _metrics(heading, _SUMMARY)
    assert figures["income_total"] == "8600000.00"
    assert figures["expenditure_total"] == "8600000.00"
    assert figures["basic_expenditure"] == "7000000.00"
    assert figures["project_expenditure"] == "1600000.00"
    assert figures["income_special_account"] == "800000.00"
    assert not _conflicts(heading, _SUMMARY)


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        ("（一）基本支出情况", "本年度总收入530.50万元。", {"income_total": "5305000.00"}),
        ("（二）项目支出情况", "2021年收入预算530.50万元。", {"income_total": "5305000.00"}),
        ("（一）公务接待费", "2021年部门收入预算530.50万元。", {"income_total": "5305000.00"}),
        (
            "（一）基本支出",
            "2021年支出合计640.00万元，其中基本支出590.00万元。",
            {"expenditure_total": "6400000.00", "basic_expenditure": "5900000.00"},
        ),
        (
            "（二）项目支出",
            "本年度总支出640.00万元，其中项目支出50.00万元。",
            {"expenditure_total": "6400000.00", "project_expenditure": "500000.00"},
        ),
        # a heading's topic (收入 / 支出) never overrides a label naming the other side
        ("（一）收入预算情况", "2021年部门预算总支出640.00万元。", {"expenditure_total": "6400000.00"}),
        ("（二）支出预算情况", "2021年部门预算总收入640.00万元。", {"income_total": "6400000.00"}),
        ("三、“三公”经费预算情况", "2021年部门预算总收入640.00万元。", {"income_total": "6400000.00"}),
    ],
)
def test_a_label_naming_its_own_total_keeps_it_under_any_heading(heading, sentence, expected):
    assert _metrics(heading, sentence) == expected


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        # words naming nothing: the part the heading names
        ("（一）基本支出情况", "2021年年初预算数为412.30万元，主要用于人员工资。", {"basic_expenditure": "4123000.00"}),
        ("（二）项目支出情况", "2021年预算安排37.60万元。", {"project_expenditure": "376000.00"}),
        ("（一）因公出国（境）费", "2021年预算支出为4.50万元。", {"three_public_overseas": "45000.00"}),
        # under a 三公 part a spending total's words may be the part's own
        ("（三）公务接待费", "2021年预算总支出为2.80万元。", {"three_public_reception": "28000.00"}),
        # a heading's income topic: the words naming nothing are its total
        ("（一）收入预算情况", "2021年年初预算数615.00万元。", {"income_total": "6150000.00"}),
    ],
)
def test_words_naming_nothing_under_a_heading_are_still_its_part(heading, sentence, expected):
    assert _metrics(heading, sentence) == expected


def test_a_final_accounts_summary_under_a_part_heading_keeps_its_own_totals():
    figures = _metrics(
        "（一）基本支出情况",
        "2021年度总收入730.00万元。本年度总支出730.00万元，其中：基本支出610.00万元，项目支出120.00万元。",
        final_accounts=True,
    )
    assert figures == {
        "income_total": "7300000.00",
        "expenditure_total": "7300000.00",
        "basic_expenditure": "6100000.00",
        "project_expenditure": "1200000.00",
    }


# --- 2. 和 and 与 alike in 功能分类 names


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        ("医疗卫生和计划生育支出318.00万元。", "210", "3180000.00"),
        ("其中：医疗卫生和计划生育支出46.20万元。", "210", "462000.00"),
        ("文化旅游体育和传媒支出27.50万元。", "207", "275000.00"),
        ("社会保障与就业支出91.00万元。", "208", "910000.00"),
        ("文化体育和传媒支出12.40万元。", "207", "124000.00"),
        ("1.医疗卫生和计划生育支出（类）：预算数为30.00万元。", "210", "300000.00"),
    ],
)
def test_a_category_named_with_he_or_yu_is_read(sentence, code, value):
    assert _figures(sentence) == [("expenditure_category", code, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "医疗卫生及计划生育支出318.00万元。",  # 及 is no 和 / 与
        "教育和科学支出318.00万元。",  # no category of that name either way
    ],
)
def test_a_name_the_joins_do_not_make_a_category_is_not_read(sentence):
    assert _figures(sentence) == []


def test_a_kuan_and_a_xiang_match_with_he_or_yu():
    # the reference names the 款 with 与: printed with 和, it is the same 款
    assert marked_function_code("文化旅游体育和传媒支出（类）其他文化旅游体育和传媒支出（款）") == "20799"
    assert marked_function_code("文化旅游体育与传媒支出（类）其他文化旅游体育与传媒支出（款）") == "20799"
    assert coded_path_code("20799其他文化旅游体育和传媒支出") == "20799"
    assert coded_path_code("其他文化旅游体育和传媒支出20799款") == "20799"
    assert reference.child_code("207", "其他文化旅游体育和传媒支出") == "20799"
    # a 项 the document's own tables name with 与, printed with 和 in the narrative (and the 类 by
    # its former name)
    names = {"210": "卫生健康支出", "21004": "公共卫生", "2100410": "突发公共卫生事件与应急处理"}
    assert _item_code("医疗卫生和计划生育支出/公共卫生/突发公共卫生事件和应急处理", names) == "2100410"
    assert _item_code("卫生健康支出/公共卫生/突发公共卫生事件及应急处理", names) == ""


def test_no_two_codes_share_a_name_once_yu_is_read_as_he():
    key = reference.function_name_key
    codes: dict[str, set[str]] = defaultdict(set)
    for name, code in reference.category_codes().items():
        codes[name].add(code)
    for alias, code in reference.function_aliases().items():
        if len(code) == 3:
            codes[alias].add(code)
    clashes = {name: found for name, found in codes.items() if len(found) > 1}
    assert not clashes
    # a 款 or 项 name once under one parent (the official names and the aliases of those levels)
    by_parent: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in reference._rows("function_codes.csv"):
        code = row["function_code"].strip()
        if len(code) in (5, 7):
            by_parent[(code[:-2], key(row["function_name"]))].add(code)
    for alias, code in reference.function_aliases().items():
        if len(code) in (5, 7):
            official = {found for (parent, name), found in by_parent.items() if parent == code[:-2] and name == alias}
            assert not official or official == {code}, (alias, code, official)
    assert all(len(found) == 1 for found in by_parent.values())
    assert key("医疗卫生与计划生育 支出") == key("医疗卫生和计划生育支出") == "医疗卫生和计划生育支出"


# --- 3. the project spending and its list of projects


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("部门专项项目预算36.50万元（明细见附件）。", "365000.00"),
        ("2021年专项项目预算57.40万元。", "574000.00"),
        ("本年度安排专项项目资金41.50万元。", "415000.00"),
        ("2021年部门专项项目经费18.00万元。", "180000.00"),
    ],
)
def test_the_special_projects_named_alone_are_the_project_spending(sentence, value):
    assert _figures(sentence) == [("project_expenditure", "", value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "某某专项项目预算36.50万元。",  # one project's own name before it
        "2021年专项经费23.00万元。",  # 专项 funds, no 项目
    ],
)
def test_a_named_special_project_is_not_the_project_spending(sentence):
    assert ("project_expenditure", "", "365000.00") not in _figures(sentence)
    assert all(metric != "project_expenditure" for metric, _, _ in _figures(sentence))


@pytest.mark.parametrize(
    ("lead", "total"),
    [
        ("全年共计安排项目支出24万元，具体情况如下：", "240000.00"),
        ("2021年安排项目支出24.00万元，具体如下：", "240000.00"),
        ("本年度项目支出预算24万元，明细如下：", "240000.00"),
        ("（二）项目支出：2021年年初预算数为24.00万元，是指单位为完成特定任务发生的支出。其中：", "240000.00"),
    ],
)
def test_a_list_of_projects_on_the_line_after_the_project_spending_lead(lead, total):
    items = "1、某某补助5万元；2、某某工作经费11万元；3、某某联络经费8万元。"
    assert _figures(lead, items) == [
        ("project_expenditure", "", total),
        ("key_project_budget", "某某补助", "50000.00"),
        ("key_project_budget", "某某工作经费", "110000.00"),
        ("key_project_budget", "某某联络经费", "80000.00"),
    ]


def test_a_list_of_projects_one_item_a_line_after_the_project_spending_lead():
    assert _projects(
        "全年共计安排项目支出19万元，具体情况如下：",
        "1、某某宣传经费6万元；",
        "2、某某培训费4万元；",
        "3、某某维修经费9万元。",
        "2021年基本支出300.00万元。",
    ) == [("某某宣传经费", "60000.00"), ("某某培训费", "40000.00"), ("某某维修经费", "90000.00")]


def test_several_items_on_the_line_after_a_list_of_projects_lead():
    # (before: the first item's, the others taken for its calculation)
    assert _projects(
        "2021年项目支出26万元，重点项目如下：", "1、某某补助7万元；2、某某工作经费12万元；3、某某经费7万元。"
    ) == [
        ("某某补助", "70000.00"),
        ("某某工作经费", "120000.00"),
        ("某某经费", "70000.00"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the definition's words ('包括有关事业发展专项、专项业务费') hold no amount: no item
        (
            "（二）项目支出：2021年年初预算数为250.00万元，是指单位为完成特定任务而发生的支出，"
            "包括有关事业发展专项、专项业务费。其中：（1、报刊经费14.00万元；2、宣传经费26万元；3、会务经费9.50万元）。",
        ),
        (
            "（二）项目支出：2021年年初预算数为250.00万元，是指单位为完成特定任务而发生的支出，"
            "包括有关事业发展专项、专项业务费。其中：",
            "1、报刊经费14.00万元；2、宣传经费26万元；3、会务经费9.50万元。",
        ),
        (
            "（二）项目支出：2021年年初预算数为250.00万元，是指单位为完成特定任务而发生的支出，包括：有关事业发展"
            "专项、专项业务费。其中：（1、报刊经费14.00万元；2、宣传经费26万元；",
            "3、会务经费9.50万元）。",
        ),
    ],
)
def test_a_list_after_the_definition_of_the_project_spending(paragraphs):
    assert _figures(*paragraphs) == [
        ("project_expenditure", "", "2500000.00"),
        ("key_project_budget", "报刊经费", "140000.00"),
        ("key_project_budget", "宣传经费", "260000.00"),
        ("key_project_budget", "会务经费", "95000.00"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no lead: the line after the project spending is no list of it
        ("2021年项目支出20万元。", "1、某某补助3万元；2、某某工作经费8万元。"),
        # a change in the lead's sentence: the list may be of the change's parts
        ("2021年项目支出20万元，比上年增加5万元，具体如下：", "1、某某补助3万元；2、某某工作经费2万元。"),
        ("2021年项目支出20万元，比上年增加5万元，具体为：1、某某补助3万元；2、某某工作经费2万元。",),
        # items naming changes
        ("2021年项目支出20万元，具体为：1、某某补助减少3万元；2、某某工作经费增加2万元。",),
        ("2021年项目支出21万元，具体情况如下：", "1、某某补助增加3万元；2、某某工作经费增加2万元。"),
        # a use, or the basic spending
        ("2021年项目支出20万元，主要用于以下项目：", "1、某某补助3万元；2、某某工作经费8万元。"),
        ("2021年基本支出80万元，具体如下：", "1、某某补助3万元；2、某某工作经费8万元。"),
        # a heading between the lead and the list
        ("2021年项目支出21万元，具体情况如下：", "二、收入预算情况", "1、某某补助3万元；2、某某工作经费8万元。"),
    ],
)
def test_no_list_of_projects_is_read_without_its_lead(paragraphs):
    assert _projects(*paragraphs) == []


def test_a_list_of_categories_or_economic_names_after_the_lead_is_no_list_of_projects():
    figures = _figures("2021年项目支出21万元，具体情况如下：", "1、一般公共服务支出13万元；2、教育支出8万元。")
    assert [f for f in figures if f[0] == "key_project_budget"] == []
    assert ("expenditure_category", "201", "130000.00") in figures
    figures = _figures("2021年项目支出21万元，具体情况如下：", "1、人员经费3万元；2、办公费8万元。")
    assert [f for f in figures if f[0] == "key_project_budget"] == []


def test_a_final_account_reads_no_list_of_projects_after_the_lead():
    figures = _figures(
        "2021年度项目支出决算24万元，具体情况如下：",
        "1、某某补助5万元；2、某某工作经费11万元；3、某某联络经费8万元。",
        final_accounts=True,
    )
    assert [f for f in figures if f[0] == "key_project_budget"] == []


# --- 4. a budget's bare 一般公共预算财政拨款 before '支出包括'


@pytest.mark.parametrize(
    "sentence",
    [
        "一般公共预算财政拨款420.00万元。支出包括：一般公共服务支出180万元，教育支出240万元。",
        "2021年一般公共预算财政拨款420.00万元，收支平衡。支出包括：一般公共服务支出180万元，教育支出240万元。",
    ],
)
def test_a_bare_general_public_budget_appropriation_is_its_income_alone(sentence):
    figures = _figures(sentence)
    assert ("income_general_public_budget", "", "4200000.00") in figures
    assert all(metric != "expenditure_general_public_budget" for metric, _, _ in figures)
    assert ("expenditure_category", "201", "1800000.00") in figures
    assert ("expenditure_category", "205", "2400000.00") in figures


def test_the_appropriations_income_and_spending_said_as_one_are_both_sides():
    figures = _figures("2021年一般公共预算财政拨款收支预算420.00万元。支出包括：一般公共服务支出180万元。")
    assert ("income_general_public_budget", "", "4200000.00") in figures
    assert ("expenditure_general_public_budget", "", "4200000.00") in figures
