"""The family of 'none' wordings (issue 20): a metric a disclosure declares absent is read as 0.

'本部门无机关运行经费' was read and '不涉及机关运行经费' was not. Each wording is read by the clause's
structure (the words saying none before the name, after it, or alone after a colon), for the metrics
a unit may simply not have, and for the named metric only. Never from a change said to be none, a
'不涉及' about something that is no metric, a table said to be empty, another year, another unit or
a reason. Constructed sentences only (none of them a document's text).
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures


def _final(paragraphs: list[str]) -> dict[str, str]:
    """The figures a 2025 决算's narrative of ``paragraphs`` reads (a budget's 0 keyed '@budget')."""
    return _figures(paragraphs, final_accounts=True, year="2025")


# --- the operating cost (机关运行经费), in every place the words saying none may stand
@pytest.mark.parametrize(
    "sentence",
    [
        "本部门不涉及机关运行经费。",
        "机关运行经费：不涉及。",
        "本部门不涉及机关运行经费支出。",
        "本单位机关运行经费为零。",
        "机关运行经费为0。",
        "本部门未安排机关运行经费。",
        "本年度无机关运行经费支出。",
        "本部门没有机关运行经费。",
        "机关运行经费：无。",
        "本单位未发生机关运行经费支出。",
        "不存在机关运行经费。",
        "本部门机关运行经费不存在。",
        "（本部门无机关运行经费，故此表为空表）",
        "本部门机关运行经费预算为空。",
        "某县某局不涉及机关运行经费。",
        "与上年相比，本部门无机关运行经费。",
    ],
)
def test_the_operating_cost_said_to_be_none_is_0(sentence):
    assert _figures([sentence]) == {"operating_cost": "0.00"}


# --- “三公”经费 and each of its parts: the part named, never the whole or another part
@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("本部门不涉及“三公”经费。", "three_public_total"),
        ("“三公”经费：不涉及。", "three_public_total"),
        ("本单位“三公”经费均不涉及。", "three_public_total"),
        ("本部门“三公”经费预算为空。", "three_public_total"),
        ("本部门2026年度不涉及因公出国（境）费。", "three_public_overseas"),
        ("公务接待费：不涉及。", "three_public_reception"),
        ("本单位不存在公务接待费支出。", "three_public_reception"),
        ("本部门不涉及公务用车运行维护费。", "three_public_vehicle_operation"),
        ("本单位公务用车购置费为零。", "three_public_vehicle_purchase"),
    ],
)
def test_the_three_public_funds_or_a_part_said_to_be_none_is_0(sentence, metric):
    assert _figures([sentence]) == {metric: "0.00"}


# --- government procurement
@pytest.mark.parametrize(
    "sentence",
    ["本部门不涉及政府采购。", "政府采购：无。", "本部门未发生政府采购。", "本部门2026年不涉及政府采购预算。"],
)
def test_procurement_said_to_be_none_is_0(sentence):
    assert _figures([sentence]) == {"procurement_total": "0.00"}


# --- the funds' income or spending: the side named; 收支 or the fund's budget alone: both sides
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本部门不涉及政府性基金预算拨款收入。", {"income_government_fund": "0.00"}),
        ("本部门政府性基金预算支出为0。", {"expenditure_government_fund": "0.00"}),
        ("本部门不涉及国有资本经营预算支出。", {"expenditure_state_capital": "0.00"}),
        ("本部门没有国有资本经营预算支出。", {"expenditure_state_capital": "0.00"}),
        ("国有资本经营预算拨款收入：不涉及。", {"income_state_capital": "0.00"}),
        (
            "本部门不涉及政府性基金预算。",
            {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"},
        ),
        (
            "本部门无国有资本经营预算收支。",
            {"income_state_capital": "0.00", "expenditure_state_capital": "0.00"},
        ),
        (
            "国有资本经营预算收支情况：不涉及。",
            {"income_state_capital": "0.00", "expenditure_state_capital": "0.00"},
        ),
        (
            "（本部门无政府性基金预算拨款收支，故此表为空表）",
            {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"},
        ),
    ],
)
def test_a_funds_income_or_spending_said_to_be_none_is_0(sentence, expected):
    assert _figures([sentence]) == expected


# --- the money under performance targets, and the vehicles held (a count)
@pytest.mark.parametrize("sentence", ["本部门未安排绩效目标管理涉及资金。", "本部门不涉及绩效目标管理涉及资金。"])
def test_performance_target_money_said_to_be_none_is_0(sentence):
    assert _figures([sentence]) == {"performance_target_amount": "0.00"}


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("本部门无车辆。", "vehicles_total"),
        ("本单位不涉及车辆。", "vehicles_total"),
        ("本部门车辆：无。", "vehicles_total"),
        ("本单位不涉及公务用车。", "vehicles_year_end"),
        ("本部门不存在公务用车。", "vehicles_year_end"),
    ],
)
def test_vehicles_said_to_be_none_are_0(sentence, metric):
    assert _figures([sentence]) == {metric: "0"}


# --- what must NOT be read: no metric, a table, another year, another unit, a reason, a change
@pytest.mark.parametrize(
    "sentence",
    [
        "本部门不涉及国家秘密。",
        "本部门不涉及涉密事项。",
        "不涉及其他事项。",
        "此表为空。",
        "本表为空表。",
        "此表为空，本部门不涉及。",
        "本部门政府性基金预算财政拨款收支表为空表。",
    ],
)
def test_none_said_of_no_metric_or_of_a_table_reads_nothing(sentence):
    assert _figures([sentence]) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "上年无机关运行经费。",
        "上年机关运行经费为零。",
        "2025年机关运行经费为零。",
        "2025年度，本部门未安排机关运行经费。",
        "去年本部门不涉及“三公”经费。",
        "以前年度无政府采购。",
    ],
)
def test_none_said_of_another_year_reads_nothing(sentence):
    assert _figures([sentence]) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "某县某镇机关运行经费为零。",
        "某县某镇机关运行经费：无。",
        "某县某镇不涉及机关运行经费。",
        "某县某中心“三公”经费为零。",
        "下属某中心不涉及机关运行经费。",
        "所属单位无机关运行经费。",
    ],
)
def test_none_said_of_another_unit_reads_nothing(sentence):
    assert _figures([sentence]) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("支出比上年减少5万元，主要原因是未安排机关运行经费。", {"expenditure_change_vs_prior_year": "-50000.00"}),
        (
            "机关运行经费比上年减少3万元，主要原因是本年不涉及公务用车运行维护费。",
            {"operating_cost_change_vs_prior_year": "-30000.00"},
        ),
    ],
)
def test_a_reason_saying_none_reads_no_0(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("机关运行经费比上年没有增减。", {}),
        ("“三公”经费与上年相比没有增减。", {}),
        ("公务接待费3万元，与上年相比没有增减。", {"three_public_reception": "30000.00"}),
        # (the flat word of the change metrics is still a change of 0, never a level of 0)
        (
            "公务接待费3万元，与上年相比无增减。",
            {"three_public_reception": "30000.00", "three_public_reception_change_vs_prior_year": "0.00"},
        ),
    ],
)
def test_a_change_said_to_be_none_is_no_level_of_0(sentence, expected):
    assert _figures([sentence]) == expected


# --- a 决算: an actual, unless the words name the budget
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本部门2025年度不涉及机关运行经费支出。", {"operating_cost": "0.00"}),
        ("“三公”经费：不涉及。", {"three_public_total": "0.00"}),
        ("本单位2025年度未发生政府采购。", {"procurement_total": "0.00"}),
        ("本部门2025年度未安排机关运行经费预算。", {"operating_cost@budget": "0.00"}),
        ("本年度未安排“三公”经费预算。", {"three_public_total@budget": "0.00"}),
        ("本部门年初未安排政府采购预算。", {"procurement_total@budget": "0.00"}),
        # (a fund's name holding 预算 names no budget)
        ("本部门不涉及政府性基金预算拨款收入。", {"income_government_fund": "0.00"}),
        ("2024年无机关运行经费。", {}),
    ],
)
def test_a_final_accounts_none_is_an_actual_unless_it_names_the_budget(sentence, expected):
    assert _final([sentence]) == expected


# --- the long wordings (没有涉及, 没有安排) read whole, never as 没有 and a name opening with 涉及 / 安排:
# each reads as its twin 不涉及 / 未安排 does
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本部门没有涉及政府采购。", {"procurement_total": "0.00"}),
        ("本单位没有涉及政府采购预算。", {"procurement_total": "0.00"}),
        (
            "本部门没有涉及政府性基金预算。",
            {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"},
        ),
        (
            "本部门没有涉及政府性基金预算拨款和国有资本经营预算拨款。",
            {"income_government_fund": "0.00", "income_state_capital": "0.00"},
        ),
        ("本部门没有涉及政府性基金预算收入。", {"income_government_fund": "0.00"}),
        ("本单位没有涉及机关运行经费。", {"operating_cost": "0.00"}),
        ("本部门没有涉及车辆。", {"vehicles_total": "0"}),
        ("本单位没有涉及公务用车。", {"vehicles_year_end": "0"}),
        ("本部门没有安排“三公”经费。", {"three_public_total": "0.00"}),
        ("本部门没有安排公务接待费。", {"three_public_reception": "0.00"}),
        (
            "本单位没有安排政府性基金预算。",
            {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"},
        ),
        ("本部门没有安排公务用车购置。", {"three_public_vehicle_purchase": "0.00"}),
        ("本部门没有安排因公出国（境）团组。", {"three_public_overseas_groups": "0"}),
    ],
)
def test_the_long_none_wordings_read_whole(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本部门没有涉及国家秘密。", {}),
        ("没有涉及其他事项。", {}),
        ("本部门没有安排其他事项。", {}),
        ("上年没有涉及机关运行经费。", {}),
        ("下属某中心没有涉及机关运行经费。", {}),
        ("支出比上年减少5万元，主要原因是没有涉及机关运行经费。", {"expenditure_change_vs_prior_year": "-50000.00"}),
    ],
)
def test_the_long_none_wordings_of_no_metric_another_year_or_unit_or_a_reason_read_no_0(sentence, expected):
    assert _figures([sentence]) == expected
