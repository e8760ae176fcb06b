"""Kinds of wording met first in budgets and final accounts of units in 北京, 天津 and 山西 (a
hospital, parks, a township, a municipal institution; first contact of the unseen set fresh20):
the staff in post after a kind of 编制 named by 实际 alone, 在编人数 for the staff in post, the
carry-over a budget uses again (继续使用的财政性结转资金), a fleet counted as 汽车 with 特种用车 among
its parts, and the money of performance targets named by 金额 alone. Constructed sentences of
the same shapes (own names and figures), each with every figure it must yield (metric, role,
value) and nothing more.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative


def _read(paragraphs: list[str], final_accounts: bool = False, year: str = "2021") -> dict[tuple[str, str], str]:
    """(metric, role) -> value of every figure read (no metric read twice)."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    lines = ["某市某某中心", title, "一、单位情况说明", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts, unit_name="某市某某中心")
    return accepted_figures(result, with_role=True)


def _metrics(*paragraphs: str, final_accounts: bool = False) -> dict[str, str]:
    return {metric: value for (metric, _), value in _read(list(paragraphs), final_accounts).items()}


# --- 1. 实际 alone after a kind of 编制: the people those posts hold


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "本单位行政编制6人，实际5人；事业编制14人，实际11人。",
            {
                "staff_authorized_admin": "6",
                "staff_actual_admin": "5",
                "staff_authorized_institution": "14",
                "staff_actual_institution": "11",
            },
        ),
        (
            "某某公园行政编制0人，实际0人；事业编制40人。",
            {"staff_authorized_admin": "0", "staff_actual_admin": "0", "staff_authorized_institution": "40"},
        ),
        # no kind named: the whole staff in post
        ("核定编制22人，实际19人。", {"staff_authorized": "22", "staff_actual": "19"}),
        # after a 事业编制 named by its funding, the paragraph's only posts (so the 事业编制): a bare 实际
        # after one kind's posts alone is the whole staff in post, as after '行政编制'
        ("全额拨款事业编制12人，实际12人。", {"staff_authorized_institution": "12", "staff_actual": "12"}),
    ],
)
def test_staff_actual_named_by_shiji_alone_after_a_kind_of_posts(sentence, expected):
    assert _metrics(sentence) == expected


# --- 2. 在编人数 / 在编人员: the staff in post on the establishment (never 非在编 / 不在编)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "纳入本级部门决算汇编范围的单位1个。在编人数31人，退休人员8人。",
            {"staff_actual": "31", "staff_retired_regular": "8"},
        ),
        # (after one kind's posts alone: the whole staff in post)
        ("行政编制10人，在编9人。", {"staff_authorized_admin": "10", "staff_actual": "9"}),
        ("行政在编人数7人，事业在编人员15人。", {"staff_actual_admin": "7", "staff_actual_institution": "15"}),
        # people outside the establishment are not the staff in post on it: no figure
        ("核定编制20人，实际18人，非在编人员3人。", {"staff_authorized": "20", "staff_actual": "18"}),
    ],
)
def test_staff_on_the_establishment_zaibian(sentence, expected):
    assert _metrics(sentence) == expected


# --- 3. the carry-over a budget uses again


def test_carry_over_used_again_is_the_income_carryover():
    got = _metrics("2021年收入预算960.40万元。其中：财政拨款930万元，继续使用的财政性结转资金30.40万元；")
    assert got == {
        "income_total": "9604000.00",
        "income_fiscal_appropriation": "9300000.00",
        "income_carryover": "304000.00",
    }


# --- 4. a fleet counted as 汽车, its parts 公务用车 and 特种用车


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "单位实有汽车7辆，其中公务用车2辆、特种用车5辆。",
            {"vehicles_total": "7", "vehicles_general_purpose": "2", "vehicles_special": "5"},
        ),
        (
            "本单位共有汽车4辆，其中一般公务用车1辆，特种车辆3辆。",
            {"vehicles_total": "4", "vehicles_general_purpose": "1", "vehicles_special": "3"},
        ),
        # parts that do not add up to the whole: 公务用车 alone may name every official car
        ("单位实有汽车7辆，其中公务用车3辆、特种用车5辆。", {"vehicles_total": "7", "vehicles_special": "5"}),
        # 特种作业车 (a street sweeper) is not the 特种专业技术用车 category
        ("共有特种作业车2辆。", {}),
    ],
)
def test_fleet_counted_as_cars_with_special_vehicles_among_its_parts(sentence, expected):
    assert _metrics(sentence) == expected


def test_special_vehicles_to_purchase():
    got = _metrics("2021年拟购置特种用车1辆。")
    assert got == {"vehicles_to_purchase_special": "1"}


# --- 5. the money of the performance targets named by 金额 alone


def test_performance_targets_money_named_by_amount_alone():
    got = _metrics("（六）绩效目标情况说明", "2021年绩效目标3个，金额120万元。")
    assert got == {"performance_target_amount": "1200000.00"}


# --- 6. no budget of a fund at all: neither its income nor its spending


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("（三）政府性基金预算", {}),
        ("本中心没有政府性基金预算。", {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"}),
        ("无国有资本经营预算。", {"income_state_capital": "0.00", "expenditure_state_capital": "0.00"}),
        # the income named: the income alone
        ("本中心没有政府性基金预算收入。", {"income_government_fund": "0.00"}),
    ],
)
def test_no_budget_of_a_fund_states_its_income_and_its_spending_zero(sentence, expected):
    assert _metrics(sentence) == expected


# --- 7. the unit named by 本 / 我 and the word for its kind, before the label


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本院实有汽车9辆。", {"vehicles_total": "9"}),
        ("我局没有国有资本经营预算。", {"income_state_capital": "0.00", "expenditure_state_capital": "0.00"}),
        ("本校在编人数48人。", {"staff_actual": "48"}),
        # 本会计年度 is no unit: the label stays unread (a problem, no figure)
        ("本会计年度收入预算100万元。", {}),
    ],
)
def test_unit_named_by_ben_and_its_kind_is_no_part_of_the_label(sentence, expected):
    assert _metrics(sentence) == expected


# --- 8. 离退休干部服务用车: the vehicles for retired cadres named by their service


def test_vehicles_for_retired_cadres_named_by_their_service():
    got = _metrics("截至2020年12月31日，本单位共有车辆4辆，其中，离退休干部服务用车1辆、其他用车3辆。")
    assert got == {"vehicles_total": "4", "vehicles_retired_cadres": "1", "vehicles_other": "3"}
