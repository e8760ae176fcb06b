"""Whose figure a narrative amount is when its own words name little.

1. a fund's income, then a bare 支出 ('财政拨款收入X，支出Y', '一般公共预算拨款收入X、支出Y'): the
   支出 goes on with the fund's subject (expenditure_fiscal_appropriation /
   expenditure_general_public_budget), never the unit's whole expenditure_total; a carry-over
   after that spending is the fund's (no metric); sides with subjects of their own, a list the fund
   is a part of, a new statement and the fund's own parts after 其中 stay as they were;
2. a total named by filler words alone ('年初预算数', '预算安排合计') whose parts after 其中 tell its
   side: all income sources (one at least no appropriation) -> income_total, all the basic and
   project spending -> expenditure_total; a mix, a part not understood, appropriations alone, a
   change among them, parts above the total or a fund's heading -> nothing, as before;
   上级补助拨款 is income_superior_subsidy;
3. 纳入（一般）（公共）预算管理的非税收入拨款 / 非税收入拨款: a part of the 一般公共预算拨款 beside
   经费拨款, no metric and no 'label not understood'; the 非税收入 of the fiscal special account
   stays income_special_account;
4. cars held named by their kind ('现有小汽车一辆', '单位现有轿车3辆') are vehicles_total; a car's
   purchase money and cars rented are no count of the vehicles held.

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import accepted_figures, parse_document, unparsed_messages

_UNIT = "某某县某某事务中心"


def _figures(*paragraphs: str, year: str = "2024", final: bool = False, heading: str | None = None) -> dict:
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year=year, final=final, heading=heading))


def _unparsed(*paragraphs: str, year: str = "2024", final: bool = False, heading: str | None = None) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year=year, final=final, heading=heading))


def _reported(messages: list[str], amount: str, why: str = "") -> bool:
    return any(f"figure: {amount} in" in message and why in message for message in messages)


# 1. a fund's income, then its 支出


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2024年财政拨款收入536.20万元，支出536.20万元。",
            {"income_fiscal_appropriation": "5362000.00", "expenditure_fiscal_appropriation": "5362000.00"},
        ),
        (
            "本年度财政拨款收入283.9万元，比上年减少6.4万元，支出283.9万元。",
            {
                "income_fiscal_appropriation": "2839000.00",
                "income_fiscal_appropriation_change_vs_prior_year": "-64000.00",
                "expenditure_fiscal_appropriation": "2839000.00",
            },
        ),
        (
            "一般公共预算财政拨款收入127.35万元，支出127.35万元。",
            {"income_general_public_budget": "1273500.00", "expenditure_general_public_budget": "1273500.00"},
        ),
        (
            "一般公共预算拨款收入96.8万元、支出96.8万元。",
            {"income_general_public_budget": "968000.00", "expenditure_general_public_budget": "968000.00"},
        ),
        (
            "政府性基金预算拨款收入14万元，支出14万元。",
            {"income_government_fund": "140000.00", "expenditure_government_fund": "140000.00"},
        ),
    ],
)
def test_a_bare_spending_after_a_funds_income_is_that_funds(sentence, expected, final):
    figures = _figures(sentence, final=final)
    assert {metric: value for metric, value in figures.items()} == expected
    assert "expenditure_total" not in figures


def test_a_budget_role_word_after_the_funds_income_keeps_the_fund():
    assert _figures("2024年财政拨款收入402.6万元，支出预算为402.6万元。") == {
        "income_fiscal_appropriation": "4026000.00",
        "expenditure_fiscal_appropriation": "4026000.00",
    }


def test_a_carry_over_after_the_funds_spending_is_the_funds():
    sentence = "2024年度一般公共预算财政拨款收入711.5万元、支出706.2万元，年末结转5.3万元。"
    figures = _figures(sentence, final=True)
    assert figures == {
        "income_general_public_budget": "7115000.00",
        "expenditure_general_public_budget": "7062000.00",
    }
    assert _reported(_unparsed(sentence, final=True), "5.3万元", "carry-over of the fund")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # sides named by subjects of their own
        ("收入总计418万元，支出总计418万元。", {"income_total": "4180000.00", "expenditure_total": "4180000.00"}),
        ("本年收入362万元，本年支出355万元。", {"income_total": "3620000.00", "expenditure_total": "3550000.00"}),
        # a new sentence opening with 支出
        (
            "财政拨款收入247.1万元。支出247.1万元。",
            {"income_fiscal_appropriation": "2471000.00", "expenditure_total": "2471000.00"},
        ),
        # the fund listed as a part of the unit's income: the 支出 after the list is the unit's
        (
            "收入预算包括：财政拨款收入430万元，事业收入35万元；支出465万元。",
            {
                "income_fiscal_appropriation": "4300000.00",
                "income_business": "350000.00",
                "expenditure_total": "4650000.00",
            },
        ),
        (
            "本单位收入预算512万元，其中财政拨款收入470万元，其他收入42万元；支出512万元。",
            {
                "income_total": "5120000.00",
                "income_fiscal_appropriation": "4700000.00",
                "income_other": "420000.00",
                "expenditure_total": "5120000.00",
            },
        ),
    ],
)
def test_sides_with_their_own_subject_stay_as_they_were(sentence, expected):
    assert _figures(sentence) == expected


def test_the_fiscal_tables_two_totals_stay_its_grand_total():
    # (a 决算's '财政拨款收入总计X，支出总计X': the 财政拨款收入支出决算总表's 总计, never its spending)
    figures = _figures("2024年度财政拨款收入总计655.4万元，支出总计655.4万元。", final=True)
    assert figures == {"fiscal_grand_total": "6554000.00"}


def test_the_appropriations_parts_named_by_words_of_a_total_stay_its_parts():
    # (the appropriation's own year and its carry-over after 其中: never a side of the fund)
    sentence = "2024年财政拨款收入845万元，其中：本年收入790万元，上年结转收入55万元。"
    figures = _figures(sentence)
    assert figures == {
        "income_fiscal_appropriation": "8450000.00",
        "income_fiscal_appropriation_current_year": "7900000.00",
        "income_fiscal_appropriation_carryover": "550000.00",  # the 财政拨款's carry-over (session 23)
    }
    assert "expenditure_fiscal_appropriation" not in figures and "income_total" not in figures


# 2. a total told by its parts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2024年年初预算数256.8万元，其中一般公共预算拨款231.8万元，政府性基金拨款0万元，上级补助拨款25万元。",
            {
                "income_total": "2568000.00",
                "income_general_public_budget": "2318000.00",
                "income_government_fund": "0.00",
                "income_superior_subsidy": "250000.00",
            },
        ),
        (
            "预算安排合计680万元，其中：财政拨款收入600万元，事业收入60万元，其他收入20万元。",
            {
                "income_total": "6800000.00",
                "income_fiscal_appropriation": "6000000.00",
                "income_business": "600000.00",
                "income_other": "200000.00",
            },
        ),
        (
            "年初预算数193万元，其中：一般公共预算拨款收入151万元，财政专户管理的非税收入拨款42万元。",
            {
                "income_total": "1930000.00",
                "income_general_public_budget": "1510000.00",
                "income_special_account": "420000.00",
            },
        ),
    ],
)
def test_a_bare_total_whose_parts_are_income_sources_is_the_income_total(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "年初预算数174.2万元，其中：基本支出150.6万元，项目支出23.6万元。",
            {"expenditure_total": "1742000.00", "basic_expenditure": "1506000.00", "project_expenditure": "236000.00"},
        ),
        (
            "2024年预算安排309.5万元，其中基本支出271万元、项目支出38.5万元。",
            {"expenditure_total": "3095000.00", "basic_expenditure": "2710000.00", "project_expenditure": "385000.00"},
        ),
    ],
)
def test_a_bare_total_whose_parts_are_the_basic_and_project_spending_is_the_expenditure_total(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # a mix of income and spending parts
        ("年初预算数320万元，其中一般公共预算拨款290万元，项目支出30万元。", "320万元"),
        # a part not understood
        ("年初预算数320万元，其中一般公共预算拨款290万元，某某专项工作经费30万元。", "320万元"),
        # appropriations alone: the total may be the fiscal appropriation's
        ("年初预算数320万元，其中一般公共预算拨款290万元，政府性基金拨款30万元。", "320万元"),
        # a change among the parts
        ("年初预算数320万元，其中一般公共预算拨款280万元，比上年增加9万元，事业收入40万元。", "320万元"),
        # parts above the total
        ("年初预算数320万元，其中一般公共预算拨款290万元，事业收入60万元。", "320万元"),
        # one part only
        ("年初预算数320万元，其中事业收入60万元。", "320万元"),
    ],
)
def test_a_bare_total_whose_parts_do_not_tell_its_side_is_not_read(sentence, total):
    assert _figures(sentence) == {}
    assert _reported(_unparsed(sentence), total, "label not understood")


def test_a_bare_total_under_a_funds_heading_is_not_told_by_its_parts():
    # (under a heading naming one fund the total may be that fund's spending)
    sentence = "年初预算数320万元，其中：基本支出270万元，项目支出50万元。"
    assert _figures(sentence, heading="二、一般公共预算支出情况") == {}


def test_the_superior_subsidy_named_as_an_appropriation_is_that_income():
    assert _figures("上级补助拨款17万元。") == {"income_superior_subsidy": "170000.00"}
    # (the subsidy the unit gives its subsidiary units is no income)
    assert "income_superior_subsidy" not in _figures("对附属单位补助支出17万元。")


# 3. the 非税收入 brought into the budget


@pytest.mark.parametrize(
    "sentence",
    [
        "纳入公共预算管理的非税收入拨款0万元。",
        "纳入预算管理的非税收入拨款13万元。",
        "纳入一般公共预算管理的非税收入拨款13万元。",
        "非税收入拨款13万元。",
    ],
)
def test_the_non_tax_income_brought_into_the_budget_is_a_part_with_no_metric(sentence):
    assert _figures(sentence) == {}
    messages = _unparsed(sentence)
    assert any("a part of the 一般公共预算拨款" in message for message in messages)
    assert not any("label not understood" in message for message in messages)


def test_the_non_tax_part_beside_the_funding_part_leaves_the_whole_read():
    sentence = "一般公共预算拨款收入520万元，其中经费拨款491万元，纳入公共预算管理的非税收入拨款29万元。"
    assert _figures(sentence) == {"income_general_public_budget": "5200000.00"}
    messages = _unparsed(sentence)
    assert _reported(messages, "491万元", "经费拨款") and _reported(messages, "29万元", "非税收入拨款")


def test_the_non_tax_income_of_the_special_account_stays_its_income():
    assert _figures("财政专户管理的非税收入拨款36万元。") == {"income_special_account": "360000.00"}
    assert _figures("专户管理的非税收入8万元。") == {"income_special_account": "80000.00"}


# 4. cars held named by their kind


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("现有小汽车一辆。", "1"),
        ("单位现有轿车3辆。", "3"),
        ("本中心共有小汽车2辆。", "2"),
        ("截至年底，本单位实有小轿车4辆。", "4"),
        ("现有小汽车0辆。", "0"),
    ],
)
def test_cars_held_named_by_their_kind_are_the_vehicles_held(sentence, count):
    assert _figures(sentence) == {"vehicles_total": count}


def test_cars_held_keep_their_parts():
    figures = _figures("本单位现有小轿车两辆，其中一般公务用车1辆，执法执勤用车1辆。")
    assert figures == {"vehicles_total": "2", "vehicles_general_purpose": "1", "vehicles_law_enforcement": "1"}


@pytest.mark.parametrize(
    "sentence",
    ["租用小汽车3辆。", "计划租赁轿车1辆。", "小汽车购置费8万元。", "借用轿车2辆。"],
)
def test_cars_rented_or_their_purchase_money_are_no_vehicles_held(sentence):
    assert "vehicles_total" not in _figures(sentence)
    assert not any(metric.startswith("vehicles_") for metric in _figures(sentence))
