"""Government procurement in the narrative (issue 20, r12): the contracts awarded, a 决算's totals
and kinds, a budget's planned kinds.

1. A 决算's '授予中小企业合同金额X' is procurement_sme_awarded and '授予小微企业合同金额Y' its part
   procurement_small_micro_awarded (metrics.csv; metric_wording.csv rules 151-155), in 其中 chains,
   顿号 lists, 元 or 万元, 0 or 无; '中小微企业' is all the SMEs. A percentage never gives a figure
   ('占政府采购支出总额的82.41%', '…占比为0'), nor one kind's awarded contracts ('货物采购授予中小企业
   合同金额…'), nor the prior year's.
2. A 决算's 政府采购支出总额 / 货物 / 工程 / 服务支出, its '实际采购金额' and '政府采购合同金额' (in a
   procurement sentence or under its heading) are procurement_total / _goods / _works / _services.
3. A budget's '拟采购货物支出X' / '计划采购服务支出Y' are procurement kinds though 支出 is in the label;
   '拟采购公务用车' stays the vehicles' (a count to purchase, the 三公 purchase), never a kind.
4. The 面向中小企业预留 reservation stays procurement_sme_reserved and the contracts awarded stay
   awarded: a label naming both gives nothing.

A wrong figure is worse than a missing one. Every sentence and amount is constructed (none is a
document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, budget_figures, parse_document, unparsed_messages


def _final(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2023 决算's narrative keeps from ``paragraphs``, each of the
    role 'actual' (asserted: the contracts and the totals are the year's actuals)."""
    read = accepted_figures(parse_document(*paragraphs, unit="某县某局", year="2023", final=True), with_role=True)
    assert {role for _, role in read} <= {"actual"}, read
    return {metric: value for (metric, _), value in read.items()}


def _final_unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit="某县某局", year="2023", final=True))


# --- 1. the contracts awarded to SMEs


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the whole statement: totals and kinds, then the contracts awarded with their percentages
        (
            "2023年度政府采购支出总额52.80万元，其中：政府采购货物支出12.30万元、政府采购工程支出0万元、"
            "政府采购服务支出40.50万元。授予中小企业合同金额44.00万元，占政府采购支出总额的83.33%，其中："
            "授予小微企业合同金额30.00万元，占授予中小企业合同金额的68.18%；货物采购授予中小企业合同金额"
            "占货物支出金额的100%。",
            {
                "procurement_total": "528000.00",
                "procurement_goods": "123000.00",
                "procurement_works": "0.00",
                "procurement_services": "405000.00",
                "procurement_sme_awarded": "440000.00",
                "procurement_small_micro_awarded": "300000.00",
            },
        ),
        # 其中 chain in 元 with thousands separators
        (
            "本年度政府采购支出总额375,000.00元，其中：授予中小企业合同金额250,000.00元，其中：授予小微企业"
            "合同金额120,500.00元。",
            {
                "procurement_total": "375000.00",
                "procurement_sme_awarded": "250000.00",
                "procurement_small_micro_awarded": "120500.00",
            },
        ),
        # a 顿号 list after 其中
        (
            "2023年度政府采购支出总额64.2万元，其中授予中小企业合同金额51.6万元、授予小微企业合同金额22万元。",
            {
                "procurement_total": "642000.00",
                "procurement_sme_awarded": "516000.00",
                "procurement_small_micro_awarded": "220000.00",
            },
        ),
        # each with its share after it, the parts in one clause list
        (
            "2023年度政府采购支出总额64.2万元，其中：授予中小企业合同金额51.6万元，占政府采购支出总额的80.37%，"
            "授予小微企业合同金额22万元，占授予中小企业合同金额的42.64%。",
            {
                "procurement_total": "642000.00",
                "procurement_sme_awarded": "516000.00",
                "procurement_small_micro_awarded": "220000.00",
            },
        ),
        # 0万元 each
        (
            "2023年度本单位政府采购支出总额0万元，授予中小企业合同金额0万元，授予小微企业合同金额0万元。",
            {
                "procurement_total": "0.00",
                "procurement_sme_awarded": "0.00",
                "procurement_small_micro_awarded": "0.00",
            },
        ),
        # the part said 无 after its name
        (
            "2023年度政府采购支出总额18.5万元，其中：授予中小企业合同金额9.5万元，授予小微企业合同金额无。",
            {
                "procurement_total": "185000.00",
                "procurement_sme_awarded": "95000.00",
                "procurement_small_micro_awarded": "0.00",
            },
        ),
        # a bare 0 after 为
        (
            "2023年度本单位无政府采购支出，授予中小企业合同金额为0。",
            {"procurement_total": "0.00", "procurement_sme_awarded": "0.00"},
        ),
        # 中小微企业: all the SMEs; 小型和微型企业: the small and micro ones
        (
            "2023年度政府采购支出总额33万元，授予中小微企业合同金额27万元。",
            {"procurement_total": "330000.00", "procurement_sme_awarded": "270000.00"},
        ),
        (
            "2023年度政府采购支出总额33万元，授予小型和微型企业合同金额12万元。",
            {"procurement_total": "330000.00", "procurement_small_micro_awarded": "120000.00"},
        ),
        # under the procurement heading, named alone
        (
            ("八、政府采购支出情况", "授予中小企业合同金额27.40万元。"),
            {"procurement_sme_awarded": "274000.00"},
        ),
        # '中小企业合同金额' (no 授予) in a procurement sentence
        (
            "2023年度政府采购合同金额40万元，其中中小企业合同金额36万元。",
            {"procurement_total": "400000.00", "procurement_sme_awarded": "360000.00"},
        ),
    ],
)
def test_contracts_awarded_to_smes_are_read(paragraph, expected):
    paragraphs = paragraph if isinstance(paragraph, tuple) else (paragraph,)
    assert _final(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a share, never an amount (not even a 0)
        (
            "2023年度政府采购支出总额86.4万元，授予中小企业合同金额占比82.41%。",
            {"procurement_total": "864000.00"},
        ),
        (
            "2023年度政府采购支出总额86.4万元，授予中小企业合同金额占比为0。",
            {"procurement_total": "864000.00"},
        ),
        (
            "2023年度政府采购支出总额86.4万元，授予中小企业合同金额占政府采购支出总额的比例为0。",
            {"procurement_total": "864000.00"},
        ),
        # a kind's share said to be 0 is no 0 of the kind either
        (
            "2023年度政府采购支出总额86.4万元，政府采购货物支出占比为0。",
            {"procurement_total": "864000.00"},
        ),
        # one kind's contracts awarded: neither the kind's figure nor all the contracts awarded
        (
            "2023年度政府采购支出总额86.4万元，货物采购授予中小企业合同金额20.1万元，服务采购授予中小企业"
            "合同金额51.1万元。",
            {"procurement_total": "864000.00"},
        ),
        (
            "2023年度政府采购支出总额86.4万元，货物采购授予中小企业合同金额为0。",
            {"procurement_total": "864000.00"},
        ),
        # the prior year's contracts awarded
        (
            "2023年度授予中小企业合同金额71.20万元，上年授予中小企业合同金额60万元。",
            {"procurement_sme_awarded": "712000.00"},
        ),
        ("2022年度授予中小企业合同金额60万元。", {}),
        # '中小企业合同金额' outside a procurement sentence names nothing
        ("2023年度中小企业合同金额36万元。", {}),
        # 未授予 names no amount
        ("2023年度本单位政府采购支出总额0万元，未授予中小企业合同。", {"procurement_total": "0.00"}),
    ],
)
def test_shares_kinds_and_other_years_of_the_contracts_awarded_give_nothing(paragraph, expected):
    assert _final(paragraph) == expected


def test_a_change_of_the_contracts_awarded_is_no_procurement_change():
    text = "2023年度授予中小企业合同金额71.2万元，较上年增加5万元。"
    assert _final(text) == {"procurement_sme_awarded": "712000.00"}
    assert any("no change metric for procurement_sme_awarded" in message for message in _final_unparsed(text))


def test_the_whole_said_all_of_one_kind_says_nothing_of_the_contracts_awarded():
    # '其他均为零' zeroes the other kinds, never the contracts awarded (they cross the kinds)
    assert _final("2023年度政府采购支出总额10万元，全部是政府采购货物支出，其他均为零。") == {
        "procurement_total": "100000.00",
        "procurement_goods": "100000.00",
        "procurement_works": "0.00",
        "procurement_services": "0.00",
    }


# --- 2. a 决算's totals and kinds


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # 顿号 list in 元, a kind said 无
        (
            (
                "本年度政府采购支出总额420,000.00元，其中：政府采购货物支出150,000.00元、政府采购工程支出无、"
                "政府采购服务支出270,000.00元。",
            ),
            {
                "procurement_total": "420000.00",
                "procurement_goods": "150000.00",
                "procurement_works": "0.00",
                "procurement_services": "270000.00",
            },
        ),
        # 实际采购金额 after the procurement is named, its kinds after 其中
        (
            ("2023年度本单位政府采购实际采购金额73.6万元，其中货物采购金额21万元，服务采购金额52.6万元。",),
            {"procurement_total": "736000.00", "procurement_goods": "210000.00", "procurement_services": "526000.00"},
        ),
        # 实际采购金额 under the procurement heading
        (
            (
                "（八）政府采购支出情况",
                "2023年度本单位实际采购金额95.5万元，其中货物采购金额40万元，服务采购金额55.5万元。",
            ),
            {"procurement_total": "955000.00", "procurement_goods": "400000.00", "procurement_services": "555000.00"},
        ),
        # 政府采购合同金额 with its kinds by class
        (
            ("2023年度本单位政府采购合同金额48万元，其中：货物类16万元，工程类0元，服务类32万元。",),
            {
                "procurement_total": "480000.00",
                "procurement_goods": "160000.00",
                "procurement_works": "0.00",
                "procurement_services": "320000.00",
            },
        ),
    ],
)
def test_final_accounts_procurement_totals_and_kinds(paragraphs, expected):
    assert _final(*paragraphs) == expected


def test_final_accounts_budget_and_contracted_amount_keep_their_roles():
    # '政府采购预算X，实际采购金额Y': the budget and the actual, never added up or swapped
    read = accepted_figures(
        parse_document("2023年度政府采购预算64万元，实际采购金额58.2万元。", unit="某县某局", year="2023", final=True),
        with_role=True,
    )
    assert read == {("procurement_total", "budget"): "640000.00", ("procurement_total", "actual"): "582000.00"}


@pytest.mark.parametrize(
    "paragraph",
    [
        # no procurement named anywhere: 采购 alone is no 政府采购
        "2023年度本单位实际采购金额120.5万元。",
        # after a part's clause (the reserved projects) the amount is that part's
        "在面向中小企业预留的政府采购项目中，实际采购金额30万元。",
        # the prior year's procurement
        "上年政府采购支出总额70万元，其中货物支出20万元。",
    ],
)
def test_procurement_amounts_not_of_the_units_year_or_whole_give_nothing(paragraph):
    assert _final(paragraph) == {}


# --- 3. a budget's planned kinds


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # 拟采购 in a 顿号 list after the total
        (
            "2025年政府采购预算26.5万元，其中：拟采购货物支出14.00万元、拟采购服务支出12.50万元。",
            {"procurement_total": "265000.00", "procurement_goods": "140000.00", "procurement_services": "125000.00"},
        ),
        # 计划采购 with no total before
        (
            "2025年计划采购货物支出8万元，计划采购服务支出3.5万元。",
            {"procurement_goods": "80000.00", "procurement_services": "35000.00"},
        ),
        # every kind, a 0
        (
            "2025年政府采购预算30万元，其中：计划采购货物支出10万元、计划采购工程支出0万元、计划采购服务支出20万元。",
            {
                "procurement_total": "300000.00",
                "procurement_goods": "100000.00",
                "procurement_works": "0.00",
                "procurement_services": "200000.00",
            },
        ),
        # 元, a kind said 无
        (
            "2025年政府采购预算300,000.00元，其中：拟采购货物支出100,000.00元，拟采购工程支出无，"
            "拟采购服务支出200,000.00元。",
            {
                "procurement_total": "300000.00",
                "procurement_goods": "100000.00",
                "procurement_works": "0.00",
                "procurement_services": "200000.00",
            },
        ),
        # after '其中一般公共预算拨款政府采购': the kinds are that subset's
        (
            "2025年政府采购预算40万元，其中一般公共预算拨款政府采购30万元，拟采购货物支出10万元、拟采购服务支出20万元。",
            {
                "procurement_total": "400000.00",
                "procurement_gpb_total": "300000.00",
                "procurement_gpb_goods": "100000.00",
                "procurement_gpb_services": "200000.00",
            },
        ),
    ],
)
def test_budget_planned_procurement_kinds(paragraph, expected):
    assert budget_figures(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # vehicles to buy: a count, and the 三公 purchase, never a procurement kind
        (
            "2025年拟采购公务用车1辆，拟采购公务用车支出20万元。",
            {"vehicles_to_purchase": "1", "three_public_vehicle_purchase": "200000.00"},
        ),
        (
            "2025年政府采购预算30万元，其中拟采购公务用车20万元、拟采购服务支出10万元。",
            {
                "procurement_total": "300000.00",
                "three_public_vehicle_purchase": "200000.00",
                "procurement_services": "100000.00",
            },
        ),
        (
            "2025年拟采购公务用车2辆，其中执法执勤用车1辆。",
            {"vehicles_to_purchase": "2", "vehicles_to_purchase_law_enforcement": "1"},
        ),
        # 车辆 alone: no kind of the procurement, nothing read
        ("2025年拟采购车辆支出20万元。", {}),
        # the prior year's planned kinds
        ("2024年政府采购预算25万元，其中拟采购货物支出10万元。", {}),
    ],
)
def test_planned_vehicles_stay_with_the_vehicles(paragraph, expected):
    assert budget_figures(paragraph) == expected


# --- 4. reserved and awarded apart


def test_final_accounts_reservation_and_contracts_awarded_stay_apart():
    assert _final(
        "2023年度面向中小企业预留政府采购项目预算金额40万元，其中预留给小型和微型企业的政府采购项目预算金额"
        "20万元。授予中小企业合同金额35万元，其中授予小微企业合同金额25万元。"
    ) == {
        "procurement_sme_reserved": "400000.00",
        "procurement_small_micro_reserved": "200000.00",
        "procurement_sme_awarded": "350000.00",
        "procurement_small_micro_awarded": "250000.00",
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "2023年度政府采购支出总额86.4万元，面向中小企业预留项目授予中小企业合同金额30万元。",
        "2023年度政府采购支出总额86.4万元，无面向中小企业预留项目授予中小企业合同金额。",
    ],
)
def test_a_label_naming_reservation_and_award_gives_nothing(paragraph):
    assert _final(paragraph) == {"procurement_total": "864000.00"}
