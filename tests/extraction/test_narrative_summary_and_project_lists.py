"""Summary wordings of older budgets and a budget's list of its projects under the project spending.

1. '预算内收入安排X，支出X（其中用于工资福利支出为Y）': the 预算内 income and spending named alone are the
   totals; the economic 类 in the bracket has no metric of ours (工资福利支出 is no 人员经费): reported;
2. '相应安排支出预算X，其中：…' after the income: the spending total, and its 类 list is read;
3. a carry-over inside the income's bracket named by 去年 / 上年度 ('（含去年结转资金Y）') is income_carryover;
4. a function code run in after its name with a wrong level word ('高中教育2050204款：X'): the code's
   length tells the level, the name is checked against the reference where it lists the code;
5. a numbered list of projects under the project spending ('项目支出X，具体为：1、…；2、…'): each
   project's key_project_budget, never when an item is a 类, an economic name, a fund or a part;
6. a label holding a number without a unit ('编制数为27实名编9人'): no figure, reported.

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

import pytest
from narrative_figures import figures_in_order, parse_document, unparsed_messages

_UNIT = "某某县某某中学"


def _parse(*paragraphs: str, final_accounts: bool = False):
    return parse_document(*paragraphs, unit=_UNIT, year="2020", final=final_accounts)


def _figures(*paragraphs: str, final_accounts: bool = False) -> list[tuple[str, str, str]]:
    """(metric, function code or project, value) of every kept figure, in the order read."""
    return figures_in_order(_parse(*paragraphs, final_accounts=final_accounts))


def _unparsed(*paragraphs: str, final_accounts: bool = False) -> list[str]:
    return unparsed_messages(_parse(*paragraphs, final_accounts=final_accounts))


def _reported(messages: list[str], amount: str, why: str = "") -> bool:
    return any(f"figure: {amount} in" in message and why in message for message in messages)


def _projects(*paragraphs: str, final_accounts: bool = False) -> list[tuple[str, str]]:
    return [
        (name, value)
        for metric, name, value in _figures(*paragraphs, final_accounts=final_accounts)
        if metric == "key_project_budget"
    ]


# --- 1. the 预算内 income and spending of an older budget


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2020年预算内收入安排286.40万元，支出286.40万元（其中用于工资福利支出为240.10万元）。",
            [("income_total", "", "2864000.00"), ("expenditure_total", "", "2864000.00")],
        ),
        (
            "预算内收入安排95.50万元，预算内支出安排95.50万元。",
            [("income_total", "", "955000.00"), ("expenditure_total", "", "955000.00")],
        ),
        (
            "本单位2020年预算内收入412.08万元，支出412.08万元。",
            [("income_total", "", "4120800.00"), ("expenditure_total", "", "4120800.00")],
        ),
    ],
)
def test_the_income_and_spending_within_the_budget_are_the_totals(sentence, expected):
    assert _figures(sentence) == expected


def test_the_wage_class_in_the_bracket_names_no_metric_and_is_reported():
    sentence = "2020年预算内收入安排286.40万元，支出286.40万元（其中用于工资福利支出为240.10万元）。"
    assert _reported(_unparsed(sentence), "240.10万元")


def test_the_personnel_money_in_the_bracket_is_read():
    sentence = "2020年预算内收入安排150.00万元，支出150.00万元（其中用于人员经费为120.60万元）。"
    assert _figures(sentence) == [
        ("income_total", "", "1500000.00"),
        ("expenditure_total", "", "1500000.00"),
        ("personnel_expenditure", "", "1206000.00"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # beside the money outside the budget the 预算内 income is a part
        "2020年预算内收入150.00万元，预算外收入30.00万元。",
        "预算外资金30.00万元，预算内收入150.00万元。",
    ],
)
def test_the_income_within_the_budget_beside_money_outside_it_is_no_total(sentence):
    assert "income_total" not in [metric for metric, _, _ in _figures(sentence)]
    assert _reported(_unparsed(sentence), "150.00万元")


def test_the_income_within_the_budget_listed_as_a_part_is_no_second_total():
    sentence = "2020年收入预算180.00万元，其中预算内收入150.00万元，事业收入30.00万元。"
    assert _figures(sentence) == [("income_total", "", "1800000.00"), ("income_business", "", "300000.00")]
    assert _reported(_unparsed(sentence), "150.00万元")


@pytest.mark.parametrize(
    "paragraph",
    [
        "2020年预算内收入安排286.40万元，支出286.40万元。2019年预算内收入安排262.70万元，支出262.70万元。",
        "2020年预算内收入安排286.40万元，支出286.40万元。2019年收入预算262.70万元，支出预算262.70万元。",
        "2019年收入262.70万元，支出262.70万元；2020年收入286.40万元，支出286.40万元。",
    ],
)
def test_the_spending_after_another_years_income_is_that_years(paragraph):
    # the clause after another year's figure, naming no year of its own, is of that year too
    assert _figures(paragraph) == [("income_total", "", "2864000.00"), ("expenditure_total", "", "2864000.00")]
    assert _reported(_unparsed(paragraph), "262.70万元", "named before it in the sentence")


def test_the_documents_year_named_by_a_word_ends_another_years_clauses():
    paragraph = "2019年收入262.70万元，本年收入286.40万元，支出286.40万元。"
    assert _figures(paragraph) == [("income_total", "", "2864000.00"), ("expenditure_total", "", "2864000.00")]


# --- 2. the spending arranged to match the income ('相应安排支出预算')


def test_the_spending_arranged_to_match_the_income_is_the_total_and_its_categories_are_read():
    paragraph = (
        "收入预算总额为188.20万元，其中：一般公共预算拨款收入178.20万元，上年结转10.00万元。"
        "相应安排支出预算188.20万元，其中：教育支出119.90万元，社会保障和就业支出68.30万元。"
    )
    assert _figures(paragraph) == [
        ("income_total", "", "1882000.00"),
        ("income_general_public_budget", "", "1782000.00"),
        ("income_carryover", "", "100000.00"),
        ("expenditure_total", "", "1882000.00"),
        ("expenditure_category", "205", "1199000.00"),
        ("expenditure_category", "208", "683000.00"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "收入预算73.45万元。相应地安排支出预算73.45万元，其中：基本支出60.45万元，项目支出13.00万元。",
            [
                ("income_total", "", "734500.00"),
                ("expenditure_total", "", "734500.00"),
                ("basic_expenditure", "", "604500.00"),
                ("project_expenditure", "", "130000.00"),
            ],
        ),
        (
            "收入预算73.45万元。相应安排支出预算73.45万元，比上年增加4.10万元。",
            [
                ("income_total", "", "734500.00"),
                ("expenditure_total", "", "734500.00"),
                ("expenditure_change_vs_prior_year", "", "41000.00"),
            ],
        ),
    ],
)
def test_the_spending_arranged_to_match_in_other_wordings(paragraph, expected):
    assert _figures(paragraph) == expected


def test_a_change_said_to_follow_is_no_spending_total():
    sentence = "相应减少支出6.00万元。"
    assert _figures(sentence) == []
    assert _reported(_unparsed(sentence), "6.00万元")


# --- 3. a carry-over inside the income's bracket, named by 去年 / 上年度


@pytest.mark.parametrize(
    "bracket",
    [
        "（含去年结转资金35.00万元）",
        "（含去年结转结余35.00万元）",
        "（包含去年结余资金35.00万元）",
        "（含上年度结转35.00万元）",
        "（含上年度结余35.00万元）",
        "（含上年结转结余35.00万元）",
        "（含上年结余35.00万元）",
    ],
)
def test_a_carry_over_in_the_incomes_bracket_is_the_carry_over(bracket):
    assert _figures(f"预算收入为640.00万元{bracket}。") == [
        ("income_total", "", "6400000.00"),
        ("income_carryover", "", "350000.00"),
    ]


def test_a_carry_over_named_by_last_year_in_a_list_of_income():
    assert _figures("收入预算512.00万元，其中：财政拨款477.00万元，去年结转35.00万元。") == [
        ("income_total", "", "5120000.00"),
        ("income_fiscal_appropriation", "", "4770000.00"),
        ("income_carryover", "", "350000.00"),
    ]


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        # the 三公 money paid from last year's carry-over is no income of the unit
        ("“三公”经费预算4.00万元，其中使用去年结转资金1.50万元。", "1.50万元"),
        # the spending of the carry-over is no income
        ("去年结转支出12.00万元。", "12.00万元"),
        # the prior year's own figure stays another year's
        ("上年度“三公”经费支出6.00万元。", "6.00万元"),
    ],
)
def test_other_money_named_by_last_year_is_no_carry_over(sentence, amount):
    assert "income_carryover" not in [metric for metric, _, _ in _figures(sentence)]
    assert _reported(_unparsed(sentence), amount)


# --- 4. a function code run in after its name, with a level word that may be wrong


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("1.高中教育2050204款：980.25万元。", ("expenditure_function", "2050204", "9802500.00")),
        ("2、初中教育2050203项：612.40万元。", ("expenditure_function", "2050203", "6124000.00")),
        ("初中教育2050203款612.40万元。", ("expenditure_function", "2050203", "6124000.00")),
        # the reference lists 2010301 as 行政运行: the name fits
        ("1.行政运行2010301款：45.00万元。", ("expenditure_function", "2010301", "450000.00")),
        ("3.普通教育20502项：1592.65万元。", ("expenditure_function", "20502", "15926500.00")),
        ("1.教育支出205款：1592.65万元。", ("expenditure_category", "205", "15926500.00")),
        # a code printed before its name, in a clause of its own (the reference names it so)
        ("1.2010301行政运行：45.00万元。", ("expenditure_function", "2010301", "450000.00")),
    ],
)
def test_a_code_after_its_name_is_read_by_its_length(paragraph, expected):
    assert _figures(paragraph) == [expected]


def test_a_coded_item_opening_its_paragraph_labels_its_budget_and_change():
    paragraph = "1.高中教育2050204款：2020年预算数为980.25万元，比上年增加20.25万元。"
    assert _figures(paragraph) == [
        ("expenditure_function", "2050204", "9802500.00"),
        ("expenditure_function_change_vs_prior_year", "2050204", "202500.00"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the reference names 2010301 行政运行, not 机关服务 (its 2010303)
        "1.机关服务2010301款：45.00万元。",
        # a 类 name before a 项 code
        "1.教育支出2050204项：980.25万元。",
        # a category's name before another category's code
        "1.社会保障和就业支出205类：980.25万元。",
        # a code whose first three digits are no category
        "1.某某事务2990101项：980.25万元。",
        # a code without its level word is no such item
        "1.高中教育2050204：980.25万元。",
    ],
)
def test_a_code_and_a_name_that_disagree_name_nothing(paragraph):
    assert _figures(paragraph) == []
    assert _unparsed(paragraph)


def test_a_coded_item_of_a_final_account_is_not_read_by_the_budget_rule():
    assert _figures("1.高中教育2050204款：980.25万元。", final_accounts=True) == []


# --- 5. a numbered list of projects under the project spending


def test_a_list_of_projects_after_the_project_spending_of_a_heading():
    paragraph = (
        "（二）项目支出：2020年年初预算数为260.00万元，比上年增加15.00万元。"
        "其中：1、档案整理经费30.00万元；2、培训经费45万元；3、信息系统维护经费25万元。"
    )
    assert _figures(paragraph) == [
        ("project_expenditure", "", "2600000.00"),
        ("project_expenditure_change_vs_prior_year", "", "150000.00"),
        ("key_project_budget", "档案整理经费", "300000.00"),
        ("key_project_budget", "培训经费", "450000.00"),
        ("key_project_budget", "信息系统维护经费", "250000.00"),
    ]


@pytest.mark.parametrize(
    "lead",
    ["具体为：", "具体包括：", "分别为：", "其中：", "主要包括："],
)
def test_a_list_of_projects_right_after_the_project_spending(lead):
    paragraph = f"项目支出36万元，{lead}1、某某协会补助6万元；2、某某调研经费18万元；3、某某交流活动经费12万元。"
    assert _figures(paragraph) == [
        ("project_expenditure", "", "360000.00"),
        ("key_project_budget", "某某协会补助", "60000.00"),
        ("key_project_budget", "某某调研经费", "180000.00"),
        ("key_project_budget", "某某交流活动经费", "120000.00"),
    ]


def test_a_list_opened_in_a_bracket_is_read_too():
    paragraph = "项目支出40.00万元。其中：（1、某某资料印制经费15.00万元；2、某某比赛经费25.00万元）。"
    assert _projects(paragraph) == [("某某资料印制经费", "150000.00"), ("某某比赛经费", "250000.00")]


def test_the_sentences_after_the_list_are_read_as_any_paragraph():
    paragraph = (
        "项目支出36万元，具体为：1、某某协会补助6万元；2、某某调研经费18万元；3、某某交流活动经费12万元。"
        "基本支出80万元，其中人员经费60万元。"
    )
    assert _figures(paragraph)[-2:] == [
        ("basic_expenditure", "", "800000.00"),
        ("personnel_expenditure", "", "600000.00"),
    ]
    assert len(_projects(paragraph)) == 3


def test_the_list_after_the_project_spending_follows_another_numbered_list():
    paragraph = (
        "收入预算50万元，其中：1、财政拨款40万元；2、事业收入10万元。"
        "项目支出20万元，具体为：1、某某补助12万元；2、某某经费8万元。"
    )
    assert _figures(paragraph) == [
        ("income_total", "", "500000.00"),
        ("income_fiscal_appropriation", "", "400000.00"),
        ("income_business", "", "100000.00"),
        ("project_expenditure", "", "200000.00"),
        ("key_project_budget", "某某补助", "120000.00"),
        ("key_project_budget", "某某经费", "80000.00"),
    ]


def test_the_rest_of_a_list_of_projects_is_no_project():
    paragraph = "项目支出30万元，具体为：1、某某补助12万元；2、某某宣讲经费10万元；3、其他8万元。"
    assert _projects(paragraph) == [("某某补助", "120000.00"), ("某某宣讲经费", "100000.00")]
    assert _reported(_unparsed(paragraph), "8万元", "the rest of a list of projects")


@pytest.mark.parametrize(
    ("paragraph", "reported"),
    [
        # function 类 names: the project spending's split by 类
        ("项目支出20万元，其中：1、一般公共服务支出12万元；2、教育支出8万元。", ["12万元", "8万元"]),
        # economic 款 names
        ("项目支出20万元，其中：1、办公费12万元；2、差旅费8万元。", ["12万元", "8万元"]),
        # the basic and project spending themselves
        ("项目支出20万元，其中：1、基本支出12万元；2、项目支出8万元。", ["8万元"]),
        # funds
        ("项目支出20万元，其中：1、一般公共预算拨款12万元；2、政府性基金8万元。", ["12万元"]),
        # kinds of projects
        ("项目支出20万元，其中：1、运转类项目12万元；2、特定目标类项目8万元。", ["12万元", "8万元"]),
        # one item a 类 spoils the whole list
        ("项目支出20万元，其中：1、某某补助12万元；2、教育支出8万元。", ["12万元", "8万元"]),
        # a use after a change: its reasons (with no change, '主要用于：' lists what the spending is made
        # of: test_narrative_project_lists_r12)
        ("项目支出20万元，比上年增加5万元，主要用于：1、某某补助2万元；2、某某经费3万元。", ["2万元", "3万元"]),
        # a list under the basic spending, the project spending stated before it
        ("项目支出20万元。基本支出80万元，其中：1、某某补助12万元；2、某某经费8万元。", ["12万元", "8万元"]),
    ],
)
def test_lists_that_are_no_list_of_projects(paragraph, reported):
    assert _projects(paragraph) == []
    messages = _unparsed(paragraph)
    assert all(_reported(messages, amount) for amount in reported), messages


def test_amounts_inside_the_reason_for_a_change_explain_it():
    # (the reason's amounts explain the change before them: never read, as any reason's)
    paragraph = "项目支出20万元，比上年增加5万元，主要原因是新增项目，其中：1、某某补助2万元；2、某某经费3万元。"
    assert _figures(paragraph) == [
        ("project_expenditure", "", "200000.00"),
        ("project_expenditure_change_vs_prior_year", "", "50000.00"),
    ]


def test_no_list_of_projects_in_a_final_account():
    paragraph = "项目支出36万元，具体为：1、某某协会补助6万元；2、某某调研经费18万元；3、某某交流活动经费12万元。"
    assert _projects(paragraph, final_accounts=True) == []
    assert _reported(_unparsed(paragraph, final_accounts=True), "18万元")


# --- 6. a label holding a number printed without a unit


@pytest.mark.parametrize(
    ("sentence", "amount", "number"),
    [
        ("编制人数为45实名编18人。", "18人", "45"),
        ("编制人数45实名编18人。", "18人", "45"),
        ("预算数为260实拨190万元。", "190万元", "260"),
        ("2020年收入预算为260实际到位190万元。", "190万元", "260"),
    ],
)
def test_a_number_without_a_unit_inside_a_label_gives_no_figure(sentence, amount, number):
    assert _figures(sentence) == []
    assert _reported(_unparsed(sentence), amount, f"('{number}')")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("核定编制45人，实有18人。", [("staff_authorized", "", "45"), ("staff_actual", "", "18")]),
        ("截至2020年底共有公务用车4辆。", [("vehicles_total", "", "4")]),
        ("2020年收入预算为120.00万元，占总数的20%。", [("income_total", "", "1200000.00")]),
        ("2020年部门预算共计3项，支出预算合计58.00万元。", [("expenditure_total", "", "580000.00")]),
        ("2020年共安排3项项目支出12.00万元。", [("project_expenditure", "", "120000.00")]),
    ],
)
def test_numbers_with_their_counter_or_date_are_no_bare_number(sentence, expected):
    assert _figures(sentence) == expected
