"""Kinds of figure missed at first contact with the held-out sets heldout24 and heldout23 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures


# --- kind 1: role words alone after a title run in before a colon are the titled figure's
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "1、收入决算：2025年决算数500.00万元，其中：公共预算财政拨款收入480.00万元，政府性基金预算拨款收入20.00万元。",
            {
                "income_total": "5000000.00",
                "income_general_public_budget": "4800000.00",
                "income_government_fund": "200000.00",
            },
        ),
        ("（一）收入决算：决算数为620万元。", {"income_total": "6200000.00"}),
        ("2、支出决算：决算数为450万元。", {"expenditure_total": "4500000.00"}),
        ("支出决算:2025年决算数77.5万元。", {"expenditure_total": "775000.00"}),
        ("基本支出：2025年决算数300万元。", {"basic_expenditure": "3000000.00"}),
        ("（二）项目支出决算：决算数80万元。", {"project_expenditure": "800000.00"}),
    ],
)
def test_role_words_after_a_title_before_a_colon_are_the_titled_figure(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("收入预算：2026年预算数为540万元。", {"income_total": "5400000.00"}),
        ("2、支出预算：2026年预算数为540万元。", {"expenditure_total": "5400000.00"}),
    ],
)
def test_a_budget_title_before_a_colon_still_names_its_total(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a title naming no metric (a project, a working fund): whose amount it is is not certain
        "某某专项工作经费：2025年决算数30万元。",
        # an amount before in the statement: the role words are no longer right after the title
        "收入决算：上年结转12万元，决算数500万元。",
        # a clause, not a title, before the colon
        "收入决算情况如下：2025年决算数500万元。",
    ],
)
def test_role_words_after_no_title_name_no_total(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert not {"income_total", "expenditure_total", "grand_total"} & read.keys(), read
    assert "5000000.00" not in read.values() and "300000.00" not in read.values(), read


# --- kind 1b: the general budget's appropriation named without 一般; 类 208 with 与; 机关运行费 without 经
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("其中公共预算财政拨款收入380万元。", {"income_general_public_budget": "3800000.00"}),
        (
            "本年收入400万元，其中：公共预算财政拨款收入380万元。",
            {"income_total": "4000000.00", "income_general_public_budget": "3800000.00"},
        ),
    ],
)
def test_the_general_budgets_appropriation_without_its_first_word(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


def test_a_fund_appropriation_is_not_read_as_the_general_budgets():
    read = _figures(["本年收入400万元，其中：政府性基金预算财政拨款收入30万元。"], final_accounts=True, year="2025")
    assert read == {"income_total": "4000000.00", "income_government_fund": "300000.00"}


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年支出决算数900万元，其中：教育支出700万元，社会保障与就业支出150万元，住房保障支出50万元。",
        "本年支出900万元，按功能分类：教育支出700万元、社会保障与就业支出150万元、住房保障支出50万元。",
    ],
)
def test_category_208_named_with_yu(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read["expenditure_category:208"] == "1500000.00"
    assert read["expenditure_category:205"] == "7000000.00"


@pytest.mark.parametrize(
    "sentence", ["无机关运行费。", "本单位无机关运行费。", "2025年机关运行费为0。", "机关运行费0万元。"]
)
def test_the_running_cost_named_without_jing(sentence):
    assert _figures([sentence], final_accounts=True, year="2025") == {"operating_cost": "0.00"}


def test_a_vehicles_running_cost_in_a_three_public_sentence_is_not_the_units_running_cost():
    read = _figures(["2025年“三公”经费支出4万元，其中公务用车运行费3万元。"], final_accounts=True, year="2025")
    assert read == {"three_public_total": "40000.00", "three_public_vehicle_operation": "30000.00"}


# --- kind 2: no establishment of vehicles; the vehicles' purchase with a character lost in print
@pytest.mark.parametrize(
    "sentence", ["我单位无车辆编制。", "本单位没有公务用车编制。", "无车辆编制。", "本部门暂无车辆编制。"]
)
def test_no_establishment_of_vehicles_is_the_vehicles_authorised_zero(sentence):
    assert _figures([sentence], final_accounts=True, year="2025") == {"vehicles_authorized": "0"}


def test_no_establishment_of_vehicles_says_nothing_of_the_vehicles_held():
    read = _figures(["无车辆编制，借用某镇公务用车2辆。"], final_accounts=True, year="2025")
    assert read == {"vehicles_authorized": "0"}


@pytest.mark.parametrize(
    "sentence", ["上年无车辆编制。", "2023年无车辆编制。", "无编制。", "车辆编制为0。", "公务用车编制：2。"]
)
def test_no_vehicles_establishment_of_another_year_or_without_its_unit_is_not_read(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert not {"vehicles_authorized", "staff_authorized"} & read.keys(), read


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度“三公”经费12万元，其中：公务用车购置及运行维护费9万元（务用车购置费0万元、公务用车运行维护费9万元），公务接待费3万元。",
        "2025年度“三公”经费12万元，其中用车购置费0万元，公务用车运行维护费9万元，公务接待费3万元。",
    ],
)
def test_a_vehicle_purchase_named_by_its_last_words_in_a_three_public_sentence(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read["three_public_vehicle_purchase"] == "0.00"
    assert read["three_public_vehicle_operation"] == "90000.00"


@pytest.mark.parametrize(
    "sentence", ["政府采购中用车购置费20万元。", "“三公”经费中用车购置及运行费5万元。", "用车购置费8万元。"]
)
def test_vehicle_purchase_words_elsewhere_are_not_the_three_public_purchase(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert "three_public_vehicle_purchase" not in read, read


# --- kind 3 (heldout23): 附属部门 for 附属单位; a 各 change of the fiscal appropriation's balanced totals
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "本年收入合计500万元；包括财政拨款收入400万元，事业收入100万元，附属部门上缴收入0.00万元。",
            {
                "income_total": "5000000.00",
                "income_fiscal_appropriation": "4000000.00",
                "income_business": "1000000.00",
                "income_subsidiary_remittance": "0.00",
            },
        ),
        (
            "本年支出合计500万元，其中基本支出320万元，项目支出180万元，对附属部门补助支出0.00万元。",
            {
                "expenditure_total": "5000000.00",
                "basic_expenditure": "3200000.00",
                "project_expenditure": "1800000.00",
                "expenditure_subsidiary_subsidy": "0.00",
            },
        ),
    ],
)
def test_subsidiary_lines_named_with_bumen(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度财政拨款收入总计300万元，支出总计300万元，与2024年相比，各增加20万元，增长7.1%。",
        "2025年度财政拨款收入总计300万元，支出总计300万元，与上年相比各增加20万元。",
    ],
)
def test_each_change_of_the_fiscal_appropriations_balanced_totals(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read == {"fiscal_grand_total": "3000000.00", "fiscal_grand_total_change_vs_prior_year": "200000.00"}


@pytest.mark.parametrize(
    "sentence",
    [
        # one side only: 各 says each of two figures changed
        "2025年度财政拨款收入总计300万元（含年初结转和结余），与2024年相比，各增加20万元。",
        # two sides of other amounts: no one total
        "2025年度财政拨款收入总计300万元，支出总计280万元，与2024年相比，各增加20万元。",
        # two changes with 分别
        "2025年度财政拨款收入总计300万元，支出总计300万元，与2024年相比，分别增加20万元和10万元。",
    ],
)
def test_each_change_without_two_balanced_fiscal_totals_is_not_read(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert not any(key.endswith("_change_vs_prior_year") for key in read), read
