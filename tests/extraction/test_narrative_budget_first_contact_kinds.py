"""Kinds of wording met at first contact with budget disclosures of kindergartens, a township and a
people's congress office (广西, 四川, 云南, 重庆, 江西; unseen-corpus set fresh21): a kind of 编制 given
as a part of the staff in post, a count of the staff in post printed without 人, the fund named
inside a carry-over's parenthesis. Constructed sentences of the same shapes, each with every
figure it must yield (metric, value) and nothing more.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _read(*paragraphs: str, heading: str = "一、部门预算情况说明", year: str = "2023") -> dict[str, str]:
    """metric -> value of every figure read from a 部门预算 whose section ``heading`` holds ``paragraphs``
    (no metric read twice)."""
    lines = ["某幼儿园", f"{year}年部门预算", heading, *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=False, unit_name="某幼儿园")
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {r["metric"]: r["value"] for r in rows}
    assert len(out) == len(rows), rows
    return out


# --- 1. a kind of 编制 given as a part of the staff in post counts people, not posts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "学校实行教职工编制管理，实有人数36人，其中事业编制7人，聘用人员29人。",
            {"staff_actual": "36", "staff_actual_institution": "7", "staff_contract": "29"},
        ),
        (
            # in a parenthesis after the staff in post, the count before it printed without 人
            "现有在职在编人员 24 （事业编制 9 人，聘用教师控制数15 人）。",
            {"staff_actual": "24", "staff_actual_institution": "9", "staff_contract": "15"},
        ),
        (
            "实有人数18人，其中行政编制5人。",
            {"staff_actual": "18", "staff_actual_admin": "5"},
        ),
    ],
)
def test_staff_kind_of_bianzhi_as_a_part_of_the_staff_in_post(sentence, expected):
    assert _read(sentence, heading="二、机构设置及人员情况") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            # no part word: after the 实有 of the 行政 编制, the next 编制 is the 事业 posts again
            "行政编制12人，实有人数11人；事业编制3人，实有人数2人。",
            {
                "staff_authorized_admin": "12",
                "staff_actual_admin": "11",
                "staff_authorized_institution": "3",
                "staff_actual_institution": "2",
            },
        ),
        (
            # the whole 编制 read first: its kinds after the 实有 are posts
            "编制人数40人，实有人数38人，其中行政编制15人、事业编制25人。",
            {
                "staff_authorized": "40",
                "staff_actual": "38",
                "staff_authorized_admin": "15",
                "staff_authorized_institution": "25",
            },
        ),
        (
            # a part of the 事业编制 by its funding stays a part with no metric
            "实有人数30人，其中全部补助事业编制22人。",
            {"staff_actual": "30"},
        ),
    ],
)
def test_staff_kind_of_bianzhi_without_part_word_or_after_the_whole_stays_the_posts(sentence, expected):
    assert _read(sentence, heading="二、机构设置及人员情况") == expected


# --- 2. inside the parenthesis after an amount, a figure naming the metric beside it is its part


def test_fund_inside_the_carry_over_parenthesis_is_not_the_fund_income():
    got = _read(
        "2023年收入预算总额为58.40万元，其中：当年财政拨款收入58.40万元，其他收入0万元，"
        "上年结转收入0万元（项目预算0万元、政府性基金0万元）。"
    )
    assert got == {
        "income_total": "584000.00",
        "income_fiscal_appropriation": "584000.00",
        "income_other": "0.00",
        "income_carryover": "0.00",
    }


def test_parts_inside_the_parenthesis_of_their_whole_are_still_read():
    got = _read("公务用车购置及运行费12万元（公务用车购置费0万元，公务用车运行维护费12万元），较上年无增减。")
    assert got == {
        "three_public_vehicle_total": "120000.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_operation": "120000.00",
        "three_public_vehicle_total_change_vs_prior_year": "0.00",
    }


def test_fund_income_after_a_parenthesis_that_closed_is_read():
    got = _read("上年结转收入5万元（均为项目结转），政府性基金预算拨款收入0万元。")
    assert got == {"income_carryover": "50000.00", "income_government_fund": "0.00"}
