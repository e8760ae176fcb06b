"""A budget's list of its projects after the project spending, and the vehicles disposed of (issue 20).

1. after the project spending's total, a list of what it is made of names each project's budget
   (key_project_budget, name_text the project): numbered '1.' / '（1）' / '(1)' / '①' items, or items
   of no numbers after 主要是 / 主要包括 / 主要用于 / 包括 / 分别是 (a total with no change: what it is
   made of, not a reason), each ending in 经费 / 补助 / 资金 / 项目 / 专项; a project whose name holds an
   average's word ('学生生均公用经费补助') is still the project's budget there, while the amount
   named so outside a list stays no figure;
2. never: items that are 类 or economic 类 (read as before), a list after a change (its reasons,
   unless an item without a change word is larger than the change: then the projects' amounts),
   sources of funds, items adding up to more than the total (none kept, each reported), another
   year's list, nor a 决算's list (key_project_budget is a budget: a 决算's item is the project's
   spending, which no metric holds: each reported);
3. vehicles disposed of named with the way or their kind ('处置报废车辆', '报废处置公务用车',
   '处置报废救护车') are vehicles_disposed and their 账面原值 assets_disposed_vehicles_book_value;
   never a planned or pending disposal, an earlier year's, nor the disposal income
   (assets_disposal_income).

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

import pytest
from narrative_figures import figures_in_order, parse_document, unparsed_messages

_UNIT = "某某县某某局"


def _parse(*paragraphs: str, final_accounts: bool = False):
    return parse_document(*paragraphs, unit=_UNIT, year="2021", final=final_accounts)


def _figures(*paragraphs: str, final_accounts: bool = False) -> list[tuple[str, str, str]]:
    """(metric, function code or project, value) of every kept figure, in the order read."""
    return figures_in_order(_parse(*paragraphs, final_accounts=final_accounts))


def _projects(*paragraphs: str, final_accounts: bool = False) -> list[tuple[str, str]]:
    return [
        (name, value)
        for metric, name, value in _figures(*paragraphs, final_accounts=final_accounts)
        if metric == "key_project_budget"
    ]


def _unparsed(*paragraphs: str, final_accounts: bool = False) -> list[str]:
    return unparsed_messages(_parse(*paragraphs, final_accounts=final_accounts))


def _reported(messages: list[str], amount: str, why: str = "") -> bool:
    return any(f"figure: {amount} in" in message and why in message for message in messages)


# --- 1. the projects the project spending is made of


def test_a_numbered_list_after_the_project_spending():
    paragraph = (
        "项目支出268.40万元，具体为：1.道路养护经费150.00万元；2.农村饮水安全维护补助70.40万元；"
        "3.业务培训经费48.00万元。"
    )
    assert _figures(paragraph) == [
        ("project_expenditure", "", "2684000.00"),
        ("key_project_budget", "道路养护经费", "1500000.00"),
        ("key_project_budget", "农村饮水安全维护补助", "704000.00"),
        ("key_project_budget", "业务培训经费", "480000.00"),
    ]


def test_a_list_of_no_numbers_after_what_the_spending_is_made_of():
    paragraph = (
        "2021年安排项目支出512.00万元，主要是：网格化管理经费210.00万元；城乡环境整治经费180.00万元；"
        "应急处置经费122.00万元。"
    )
    assert _figures(paragraph) == [
        ("project_expenditure", "", "5120000.00"),
        ("key_project_budget", "网格化管理经费", "2100000.00"),
        ("key_project_budget", "城乡环境整治经费", "1800000.00"),
        ("key_project_budget", "应急处置经费", "1220000.00"),
    ]
    assert _unparsed(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "项目支出90.00万元，主要包括：某某宣传经费40.00万元；某某慰问补助30.00万元；某某维修资金20.00万元。",
        "项目支出90.00万元，主要用于：某某宣传经费40.00万元，某某慰问补助30.00万元，某某维修资金20.00万元。",
        "项目支出90.00万元，包括：某某宣传经费40.00万元、某某慰问补助30.00万元、某某维修资金20.00万元。",
        "项目支出90.00万元，分别是：某某宣传经费40.00万元；某某慰问补助30.00万元；某某维修资金20.00万元。",
        "项目支出95.00万元，主要用于某某宣传经费40.00万元、某某慰问补助30.00万元、某某维修资金20.00万元等。",
    ],
)
def test_leads_of_a_list_of_no_numbers(paragraph):
    assert _projects(paragraph) == [
        ("某某宣传经费", "400000.00"),
        ("某某慰问补助", "300000.00"),
        ("某某维修资金", "200000.00"),
    ]


def test_items_of_no_numbers_end_in_a_project_word():
    paragraph = (
        "项目支出100.00万元，主要是：某某调查经费20.00万元；某某奖励补助20.00万元；某某改造资金20.00万元；"
        "某某信息化项目20.00万元；某某整治专项20.00万元。"
    )
    assert [name for name, _ in _projects(paragraph)] == [
        "某某调查经费",
        "某某奖励补助",
        "某某改造资金",
        "某某信息化项目",
        "某某整治专项",
    ]


def test_items_of_no_numbers_ending_in_no_project_word_right_after_the_spending_are_its_main_projects():
    # (session 22, held-out set 82: with no change stated before the lead, items adding up to less than
    # the project spending are its main projects, whatever their names end with; before: none read)
    paragraph = "项目支出80.00万元，主要是：某某调查经费20.00万元；某某工作40.00万元。"
    assert _projects(paragraph) == [("某某调查经费", "200000.00"), ("某某工作", "400000.00")]


def test_items_of_no_project_word_adding_up_to_more_than_the_spending_are_no_list():
    paragraph = "项目支出80.00万元，主要是：某某调查经费20.00万元；某某工作70.00万元。"
    assert _projects(paragraph) == []
    messages = _unparsed(paragraph)
    assert _reported(messages, "20.00万元") and _reported(messages, "70.00万元"), messages


def test_items_of_no_project_word_after_a_change_must_add_up_to_the_spending():
    paragraph = "项目支出80.00万元，比上年增加10.00万元，具体为：某某调查经费20.00万元；某某工作40.00万元。"
    assert _projects(paragraph) == []


def test_items_of_no_numbers_adding_up_to_the_project_spending_are_its_projects_whatever_their_ending():
    # (session 21, held-out set 79: '医疗废物集中处置', '卫生专业技术人才培养' after '项目支出…，主要是：', adding up
    # to it exactly; before, no list and every amount unread)
    paragraph = "项目支出60.00万元，主要是：某某调查经费20.00万元；某某工作40.00万元。"
    assert _projects(paragraph) == [("某某调查经费", "200000.00"), ("某某工作", "400000.00")]
    # an item funded by a fund named in brackets is no project, even so
    funded = "项目支出60.00万元，主要是：某某调查经费20.00万元；某某工作（政府性基金）40.00万元。"
    assert _projects(funded) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "项目支出100.00万元，包括：（1）某某巡查经费60.00万元；（2）某某救助补助40.00万元。",
        "项目支出100.00万元，具体为：(1)某某巡查经费60.00万元；(2)某某救助补助40.00万元。",
        "项目支出100.00万元，分别是：①某某巡查经费60.00万元；②某某救助补助40.00万元。",
        "项目支出100.00万元，其中：（一）某某巡查经费60.00万元；（二）某某救助补助40.00万元。",
    ],
)
def test_numbers_in_brackets_or_circled(paragraph):
    assert _figures(paragraph) == [
        ("project_expenditure", "", "1000000.00"),
        ("key_project_budget", "某某巡查经费", "600000.00"),
        ("key_project_budget", "某某救助补助", "400000.00"),
    ]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("学生生均公用经费补助", "952000.00"),
        ("困难群众人均生活补助", "952000.00"),
        ("低保对象月均补差资金", "952000.00"),
    ],
)
def test_an_average_word_in_a_listed_project_s_name(name, value):
    paragraph = f"项目支出300.00万元，具体为：1、{name}95.20万元；2、某某经费100.00万元。"
    assert _projects(paragraph) == [(name, value), ("某某经费", "1000000.00")]
    plain = f"项目支出300.00万元，主要包括：{name}95.20万元；某某经费100.00万元。"
    assert _projects(plain) == [(name, value), ("某某经费", "1000000.00")]


def test_an_average_outside_a_list_of_projects_stays_no_figure():
    assert _figures("学生生均公用经费补助95.20万元。") == []
    assert _reported(_unparsed("学生生均公用经费补助95.20万元。"), "95.20万元", "an average")
    assert _figures("人均公用经费2.00万元。") == []


def test_an_average_of_a_metric_is_no_project_of_a_list():
    # ('人均公用经费': the average of the unit's 公用经费, no grant)
    paragraph = "项目支出300.00万元，具体为：1、人均公用经费2.00万元；2、某某经费100.00万元。"
    assert _projects(paragraph) == []


def test_items_adding_up_to_the_total_are_read():
    paragraph = "项目支出30.00万元，主要是：某某补助12.00万元；某某经费10.00万元；某某专项8.00万元。"
    assert sum(float(value) for _, value in _projects(paragraph)) == 300000.0


def test_a_list_on_the_lines_after_its_lead():
    paragraphs = (
        "2021年安排项目支出30.00万元，主要用于：",
        "（1）某某补助12.00万元；",
        "（2）某某经费10.00万元。",
    )
    assert _projects(*paragraphs) == [("某某补助", "120000.00"), ("某某经费", "100000.00")]


# --- 2. what is no list of projects


def test_function_classes_are_read_as_before():
    paragraph = "项目支出500.00万元，主要用于：一般公共服务支出300.00万元，教育支出200.00万元。"
    assert _figures(paragraph) == [
        ("project_expenditure", "", "5000000.00"),
        ("expenditure_category", "201", "3000000.00"),
        ("expenditure_category", "205", "2000000.00"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "项目支出500.00万元，主要是：工资福利支出300.00万元；商品和服务支出200.00万元。",
        "项目支出500.00万元，具体为：1、工资福利支出300.00万元；2、商品和服务支出200.00万元。",
    ],
)
def test_economic_classes_are_no_projects(paragraph):
    assert _projects(paragraph) == []
    messages = _unparsed(paragraph)
    assert _reported(messages, "300.00万元") and _reported(messages, "200.00万元"), messages


@pytest.mark.parametrize(
    "paragraph",
    [
        # the change's reasons in the lead's sentence
        "项目支出512.00万元，比上年增加50.00万元，主要是：网格化管理经费增加30.00万元；城乡环境整治经费增加20.00万元。",
        # 主要是 after a change in the sentence before, no item larger than the change: its reasons too
        "项目支出512.00万元，比上年增加50.00万元。主要是：网格化管理经费30.00万元；城乡环境整治经费20.00万元。",
    ],
)
def test_a_list_after_a_change_stays_its_reasons(paragraph):
    assert _projects(paragraph) == []
    assert ("project_expenditure", "", "5120000.00") in _figures(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # (session 24, held-out set 84) items larger than the change, with no change word, are no
        # reason's amounts: each is the project's own amount, whatever the lead
        "项目支出512.00万元，比上年增加50.00万元。主要是：网格化管理经费210.00万元；城乡环境整治经费180.00万元。",
        "项目支出512.00万元，较上年减少40.00万元，主要用于：网格化管理经费210.00万元；城乡环境整治经费180.00万元。",
    ],
)
def test_a_list_after_a_change_with_items_larger_than_it_is_the_projects(paragraph):
    assert _projects(paragraph) == [("网格化管理经费", "2100000.00"), ("城乡环境整治经费", "1800000.00")]
    assert ("project_expenditure", "", "5120000.00") in _figures(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "项目支出500.00万元，其中：中央补助资金300.00万元，县级配套资金200.00万元。",
        "项目支出500.00万元，具体为：1、省级专项资金300.00万元；2、本级财政资金200.00万元。",
        "项目支出500.00万元，其中：1、重点项目300.00万元；2、本级项目200.00万元。",
        "项目支出500.00万元，其中：离退休人员经费300.00万元；日常运转经费200.00万元。",
    ],
)
def test_sources_groups_and_basic_money_are_no_projects(paragraph):
    assert _projects(paragraph) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("项目支出268.40万元，具体为：1.道路养护经费150.00万元；2.农村饮水安全维护补助170.40万元。",),
        ("项目支出268.40万元，主要是：道路养护经费150.00万元；农村饮水安全维护补助170.40万元。",),
        (
            "2021年安排项目支出268.40万元，具体情况如下：",
            "1、道路养护经费150.00万元；",
            "2、农村饮水安全维护补助170.40万元。",
        ),
    ],
)
def test_items_adding_up_to_more_than_the_total_are_none_and_reported(paragraphs):
    assert _projects(*paragraphs) == []
    assert ("project_expenditure", "", "2684000.00") in _figures(*paragraphs)
    messages = _unparsed(*paragraphs)
    why = "add up to more than the project spending"
    assert _reported(messages, "150.00万元", why) and _reported(messages, "170.40万元", why), messages


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("2020年项目支出268.40万元，具体为：1.道路养护经费150.00万元；2.农村饮水安全维护补助70.40万元。",),
        ("上年项目支出268.40万元，主要是：道路养护经费150.00万元；农村饮水安全维护补助70.40万元。",),
        (
            "2020年安排项目支出268.40万元，具体情况如下：",
            "1、道路养护经费150.00万元；",
            "2、农村饮水安全维护补助70.40万元。",
        ),
    ],
)
def test_another_year_s_list_is_none(paragraphs):
    assert _figures(*paragraphs) == []
    messages = _unparsed(*paragraphs)
    assert _reported(messages, "150.00万元") and _reported(messages, "70.40万元"), messages


def test_an_excluded_item_is_no_project():
    paragraph = "项目支出500.00万元，不包括某某经费20.00万元。"
    assert _projects(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "项目支出决算268.40万元，主要用于：1.道路养护经费150.00万元；2.农村饮水安全维护补助70.40万元。",
        "项目支出决算268.40万元，主要用于：道路养护经费150.00万元；农村饮水安全维护补助70.40万元。",
        "项目支出268.40万元，具体为：（1）道路养护经费150.00万元；（2）农村饮水安全维护补助70.40万元。",
    ],
)
def test_a_final_account_s_list_is_the_projects_spending_and_none_is_read(paragraph):
    # key_project_budget is the budget of a project; a 决算's item is what the project spent
    assert _figures(paragraph, final_accounts=True) == [("project_expenditure", "", "2684000.00")]
    messages = _unparsed(paragraph, final_accounts=True)
    why = "a 决算's list of its projects"
    assert _reported(messages, "150.00万元", why) and _reported(messages, "70.40万元", why), messages


def test_the_sentences_after_a_final_account_s_list_are_read():
    paragraph = (
        "项目支出决算268.40万元，主要用于：道路养护经费150.00万元；农村饮水安全维护补助70.40万元。"
        "基本支出决算100.00万元。"
    )
    assert _figures(paragraph, final_accounts=True)[-1] == ("basic_expenditure", "", "1000000.00")


# --- 3. the vehicles disposed of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "本年度处置报废车辆2辆，账面原值36.50万元。",
            [("vehicles_disposed", "", "2"), ("assets_disposed_vehicles_book_value", "", "365000.00")],
        ),
        ("本年度报废处置公务用车1辆。", [("vehicles_disposed", "", "1")]),
        (
            "处置报废救护车1辆，账面原值28.00万元。",
            [("vehicles_disposed", "", "1"), ("assets_disposed_vehicles_book_value", "", "280000.00")],
        ),
        (
            "2021年处置公务用车3辆，账面原值75.20万元。",
            [("vehicles_disposed", "", "3"), ("assets_disposed_vehicles_book_value", "", "752000.00")],
        ),
    ],
)
def test_vehicles_disposed_of(paragraph, expected):
    assert _figures(paragraph) == expected
    assert _figures(paragraph, final_accounts=True) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "本年度拟处置车辆2辆，账面原值36.50万元。",
        "计划处置公务用车1辆，账面原值20.00万元。",
        "待处置车辆3辆，账面原值41.00万元。",
        "2020年处置报废车辆2辆，账面原值36.50万元。",
        "上年度处置报废车辆2辆，账面原值36.50万元。",
    ],
)
def test_a_planned_pending_or_earlier_disposal_is_none(paragraph):
    assert _figures(paragraph) == []
    messages = _unparsed(paragraph)
    assert any("辆 in" in message for message in messages), messages


def test_the_disposal_income_is_no_book_value():
    paragraph = "本年度处置报废车辆2辆，实现资产处置收入1.20万元。"
    assert _figures(paragraph) == [("vehicles_disposed", "", "2"), ("assets_disposal_income", "", "12000.00")]
    paragraph = "2021年度处置报废车辆1辆，账面原值36.50万元，实现处置收入0.80万元。"
    assert _figures(paragraph, final_accounts=True) == [
        ("vehicles_disposed", "", "1"),
        ("assets_disposed_vehicles_book_value", "", "365000.00"),
        ("assets_disposal_income", "", "8000.00"),
    ]


def test_a_kind_s_disposal_income_is_no_whole():
    # ('车辆处置收入': the vehicles' part of the disposal income)
    assert _figures("处置车辆1辆，车辆处置收入0.80万元。") == [("vehicles_disposed", "", "1")]
