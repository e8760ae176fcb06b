"""Kinds of wording met first in other provinces' disclosures (township budgets of 江西, a 四川
决算, an 安徽 budget, a 广东 budget in traditional characters): staff lists whose counts carry no 人,
parts of the 编制 named by their funding, a reception's 人数, a fleet of none, 招待费 for the
reception item. Constructed sentences of the same shapes, each with every figure it must yield
(metric, role, value) and nothing more.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative
from extract.read import decode


def _read(lines: list[str], final_accounts: bool, year: str, unit: str = "") -> dict[tuple[str, str], str]:
    """(metric, role) -> value of every figure read from ``lines`` (no metric read twice)."""
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts, unit_name=unit)
    return accepted_figures(result, with_role=True)


def _staff(*paragraphs: str, year: str = "2022") -> dict[str, str]:
    got = _read(["某乡人民政府", f"{year}年部门预算", "二、机构设置及人员情况", *paragraphs], False, year)
    return {metric: value for (metric, _), value in got.items()}


# --- 1. a part of the 编制 (its own words before the count) never goes to the whole


@pytest.mark.parametrize(
    "sentence",
    [
        # the list's last count alone carries 人
        "人员情况：编制人数45，其中：行政编制人数21、参照公务员管理的事业编制人数0、全部补助事业编制人数24、"
        "差额补助事业编制人数0、自收自支编制人数11人。",
        # every count carries 人
        "人员情况：编制人数45人，其中：行政编制人数21人、全部补助事业编制人数13人、自收自支编制人数11人。",
        # a part named by its funding without 事业, and one no rule names at all
        "核定编制45人，其中行政编制21人、经费自理编制13人、某某专项编制11人。",
    ],
)
def test_staff_part_of_the_authorised_whole_is_never_the_whole(sentence):
    got = _staff(sentence)
    assert got == {"staff_authorized": "45", "staff_authorized_admin": "21"}


def test_staff_part_named_by_funding_alone_reads_nothing():
    assert _staff("自收自支编制13人，差额拨款编制2人。") == {}


def test_staff_actual_parts_by_funding_read_only_the_self_funded():
    # (the 全部补助 part is no staff_actual_fully_funded: the 行政 staff are funded in full too; the
    # 自收自支 part is every self-funded one: staff_actual_other_funded, heldout18)
    got = _staff(
        "实有人数52，其中：在职人数52，行政在职人数22、参照公务员管理的事业在职人数0、全部补助事业在职人数18、"
        "自收自支在职人数12；离休人数0；退休人数14；退职人数0；遗属人数0。"
    )
    assert got == {
        "staff_actual": "52",
        "staff_actual_admin": "22",
        "staff_actual_other_funded": "12",
        "staff_retired_veteran": "0",
        "staff_retired_regular": "14",
    }


# --- 2. staff counts without 人, with spaces, 包括行政人员, the prior year's end


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("编制人数42，实有人数40。", {"staff_authorized": "42", "staff_actual": "40"}),
        ("编制数为30；实有人数为28。", {"staff_authorized": "30", "staff_actual": "28"}),
        ("行政编制19、事业编制23人。", {"staff_authorized_admin": "19", "staff_authorized_institution": "23"}),
        ("离休人数0；退休人数13。", {"staff_retired_veteran": "0", "staff_retired_regular": "13"}),
        ("实有人数 63 人，聘用人员 5 人。", {"staff_actual": "63", "staff_contract": "5"}),
    ],
)
def test_staff_counts_printed_without_ren_or_with_spaces(sentence, expected):
    assert _staff(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "编制2022年部门预算，编制人数3.5%。",  # a year and a share are no counts
        "共有科室4、下属单位3个。",  # a list ending in 个, not in 人
        "实有人数：1、行政人员5人。",  # a numbered list after a colon, not a count
    ],
)
def test_bare_numbers_that_count_no_one_are_not_read(sentence):
    assert _staff(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "expected_part"),
    [
        # the fully funded 事业 kind after the 行政 one, no other funding kind named: the 事业 staff
        (
            "本部门实有人数71人，其中在职人员45人，包括行政人员23人，全部补助事业人员22人；退休人员14人。",
            {"staff_actual_institution": "22"},
        ),
        # the self-funded kind: a part of the 事业 staff, every self-funded one (heldout18: rule 45)
        (
            "实有人数 71 人，在职人数 45 人，包括行政人员23人、自收自支事业人员22人；退休人员14人。",
            {"staff_actual_other_funded": "22"},
        ),
    ],
)
def test_staff_actual_admin_named_after_the_staff_in_post(sentence, expected_part):
    expected = {"staff_actual": "71", "staff_actual_admin": "23", "staff_retired_regular": "14"}
    assert _staff(sentence) == expected | expected_part


def test_staff_xingzheng_renyuan_with_no_staff_in_post_counted_reads_nothing():
    assert _staff("行政人员22人。") == {}


def test_staff_counted_after_a_semicolon_are_the_wholes_again():
    got = _staff("编制人数63人，其中行政编制27人、全部补助事业编制36人；实有人数 63 人，包括行政人员26人。")
    assert got == {
        "staff_authorized": "63",
        "staff_authorized_admin": "27",
        # (the fully funded 事业 posts after the 行政 ones, no other funding kind: the 事业编制)
        "staff_authorized_institution": "36",
        "staff_actual": "63",
        "staff_actual_admin": "26",
    }


def test_staff_at_the_end_of_the_prior_year_in_a_budget():
    assert _staff("机关编制56人；本部门2021年年末实有人数73人。") == {"staff_authorized": "56", "staff_actual": "73"}
    assert _staff("2021年底实有人数73人。") == {"staff_actual": "73"}


def test_staff_at_the_end_of_an_older_year_is_not_read():
    assert _staff("2020年年末实有人数70人。") == {}
    final = _read(["某乡人民政府", "2021年度部门决算", "一、部门基本情况", "2020年年末实有人数70人。"], True, "2021")
    assert final == {}


# --- 3. a reception's 人数


@pytest.mark.parametrize(
    "sentence",
    [
        "公务接待经费支出24.8万元，公务接待236批次，人数3105人。",
        "公务接待费24.8万元，国内公务接待236批次，总人数3105人。",
    ],
)
def test_reception_people_named_renshu_after_the_batches(sentence):
    got = _read(["某县某局", "2016年度部门决算", "一、“三公”经费情况说明", sentence], True, "2016")
    assert got == {
        ("three_public_reception", "actual"): "248000.00",
        ("three_public_reception_batches", ""): "236",
        ("three_public_reception_people", ""): "3105",
    }


def test_reception_renshu_of_a_foreign_reception_or_of_nothing_counted_is_not_read():
    got = _read(
        ["某县某局", "2016年度部门决算", "一、“三公”经费情况说明", "外事接待5批次，人数20人。人数30人。"], True, "2016"
    )
    assert got == {}


# --- 4. a fleet of none; the vehicles held stated as a reason


@pytest.mark.parametrize(
    "sentence",
    [
        "县文联无公务用车，所以没有公务用车运行维护费。",
        "本单位没有公务车辆，故无公务用车运行维护费。",
        "该单位暂无公务车，因此没有公务用车运行维护费。",
    ],
)
def test_vehicles_none_held_is_a_zero_fleet(sentence):
    got = _read(["某县文联", "2015年度部门决算", "一、“三公”经费情况说明", sentence], True, "2015")
    assert got == {("vehicles_year_end", ""): "0", ("three_public_vehicle_operation", "actual"): "0.00"}


@pytest.mark.parametrize(
    "sentence", ["上年无公务用车。", "下属单位无公务用车。", "各单位均无公务用车。", "2014年无公务用车。"]
)
def test_vehicles_none_of_another_year_or_unit_is_not_read(sentence):
    assert _read(["某县文联", "2015年度部门决算", "一、“三公”经费情况说明", sentence], True, "2015") == {}


def test_vehicles_held_stated_as_the_reason_for_a_vehicle_cost_are_reported_not_read():
    # the stock held, stated inside the reason for the change, explains it (staff-kinds-r4): not
    # the year's count; reported unparsed
    unit = "中共某区直属机关工作委员会"
    lines = [
        unit,
        "2020年部门预算",
        "一、“三公”经费预算情况说明",
        "公务用车购置及运行费支出0万元，与上年预算相比减少0万元，下降的原因是于2016年5月实行公车改革，"
        f"{unit}共有车辆0辆。",
    ]
    assert _read(lines, False, "2020", unit) == {
        ("three_public_vehicle_total", ""): "0.00",
        ("three_public_vehicle_total_change_vs_prior_year", ""): "0.00",
    }
    result = parse_narrative(lines, None, fiscal_year="2020", final_accounts=False, unit_name=unit)
    assert any(p.code == "narrative_unparsed_figure" and "unparsed figure: 0辆" in p.message for p in result.problems)


def test_vehicles_in_a_reason_with_a_change_or_a_purchase_are_not_read():
    unit = "某区某局"
    got = _read(
        [
            unit,
            "2020年部门预算",
            "一、“三公”经费预算情况说明",
            f"公务用车运行费5万元，增加的原因是{unit}车辆增加2辆；公务用车购置费0万元，原因是上年购置车辆1辆。",
        ],
        False,
        "2020",
        unit,
    )
    assert got == {("three_public_vehicle_operation", ""): "50000.00", ("three_public_vehicle_purchase", ""): "0.00"}


# --- 5. 招待费 for the 三公 reception item; never 业务招待费


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2、公务招待费为51万元，比上年预算减少了12.05万元。",
            {"three_public_reception": "510000.00", "three_public_reception_change_vs_prior_year": "-120500.00"},
        ),
        ("“三公”经费预算11万元，其中：招待费5万元，公务用车运行维护费6万元。", None),
        ("业务招待费10万元。", {}),
    ],
)
def test_reception_named_zhaodai(sentence, expected):
    got = _read(["某县某局", "2018年部门预算", "一、“三公”经费预算情况说明", sentence], False, "2018")
    got = {metric: value for (metric, _), value in got.items()}
    if expected is None:
        expected = {
            "three_public_total": "110000.00",
            "three_public_reception": "50000.00",
            "three_public_vehicle_operation": "60000.00",
        }
    assert got == expected


# --- 6. traditional characters: the reader folds them before the parser reads


def test_traditional_characters_are_read_as_simplified():
    lines = decode(
        "\n".join(
            [
                "某市某局",
                "2018年度某市某局部門“三公”經費預算說明",
                "2018年度本部門“三公”經費預算安排108.8萬元，比上年減少了8.45萬元。其中：",
                "2、公務招待費為51萬元，比上年預算減少了12.05萬元，主要原因是嚴控公務接待開支。",
            ]
        ).encode("utf-8")
    ).lines
    got = _read(list(lines), False, "2018")
    assert got == {
        ("three_public_total", ""): "1088000.00",
        ("three_public_change_vs_prior_year", ""): "-84500.00",
        ("three_public_reception", ""): "510000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-120500.00",
    }
