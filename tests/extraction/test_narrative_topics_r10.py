"""A section heading's topic names the figures under it; the unit's own whole named by 全 and its
kind; the assets held stated at a day, as the vehicles are.

1. A numbered heading of its own naming a topic's total ('四、“三公”经费', '（五）机关运行经费情况',
   '6.政府采购预算', or run in before a colon) names the first amount of the paragraph after it
   that no words name ('合计X', '总额：X', the amount alone) and so the parts listed after it; a
   heading naming something else, two things, or a part names no total.
2. '全院' / '全局' / '全校' / '全中心' / '全部门' / '全系统' … are the unit's own whole (as 本院);
   '全市' / '全县' / '全区' are a territory's: no figure unless the unit is that place's government.
3. The assets held are a stock stated at a day, as a count of vehicles is: the prior year's end in
   a budget is the document's figure, another year's end is not.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages


def _read(*paragraphs: str, unit: str = "某市某区某某中心", year: str = "2026", final: bool = False) -> dict:
    return accepted_figures(parse_document(*paragraphs, unit=unit, year=year, final=final))


def _unparsed(*paragraphs: str, unit: str = "某市某区某某中心", year: str = "2026") -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=unit, year=year))


# --- 1. a heading's topic names the amount no words name


def test_a_three_public_heading_names_a_bare_sum_and_its_parts():
    got = _read(
        "三、“三公”经费",
        "合计12.60万元；其中：因公出国（境）费1.00万元；公务接待费3.60万元；"
        "公务用车购置及运行维护费8.00万元（购置2.00万元，运行维护6.00万元）。比上年减少1.20万元。",
    )
    assert got == {
        "three_public_total": "126000.00",
        "three_public_overseas": "10000.00",
        "three_public_reception": "36000.00",
        "three_public_vehicle_total": "80000.00",
        "three_public_vehicle_purchase": "20000.00",
        "three_public_vehicle_operation": "60000.00",
        "three_public_change_vs_prior_year": "-12000.00",
    }


@pytest.mark.parametrize(
    ("heading", "paragraph", "expected"),
    [
        ("五、机关运行经费", "73.40万元，比上年减少2.10万元。", {"operating_cost": "734000.00"}),
        ("（四）机关运行经费情况说明", "共计73.40万元。", {"operating_cost": "734000.00"}),
        ("4.机关运行经费安排情况", "总额：73.40万元。", {"operating_cost": "734000.00"}),
        ("六、政府采购", "预算36.00万元。", {"procurement_total": "360000.00"}),
        ("（二）“三公”经费预算", "合计：9.90万元。", {"three_public_total": "99000.00"}),
        ("二、收入预算情况", "640.00万元。", {"income_total": "6400000.00"}),
    ],
)
def test_a_topic_heading_names_the_first_bare_amount(heading, paragraph, expected):
    got = _read(heading, paragraph)
    assert {k: v for k, v in got.items() if not k.endswith("_change_vs_prior_year")} == expected


def test_the_change_after_a_bare_amount_under_the_heading_is_the_topics():
    got = _read("五、机关运行经费", "73.40万元，比上年减少2.10万元。")
    assert got == {"operating_cost": "734000.00", "operating_cost_change_vs_prior_year": "-21000.00"}


def test_a_procurement_heading_names_the_parts_listed_after_its_total():
    got = _read("七、政府采购情况", "合计55.00万元，其中：货物25.00万元，工程0万元，服务30.00万元。")
    assert got == {
        "procurement_total": "550000.00",
        "procurement_goods": "250000.00",
        "procurement_works": "0.00",
        "procurement_services": "300000.00",
    }


def test_a_heading_run_in_before_a_colon_names_the_topic_too():
    got = _read("（二）“三公”经费预算：合计6.30万元；其中：公务接待费1.30万元；公务用车运行维护费5.00万元。")
    assert got == {
        "three_public_total": "63000.00",
        "three_public_reception": "13000.00",
        "three_public_vehicle_operation": "50000.00",
    }
    got = _read("3.政府采购预算：合计20.00万元，其中：服务20.00万元。")
    assert got == {"procurement_total": "200000.00", "procurement_services": "200000.00"}


def test_a_heading_topic_goes_on_over_a_paragraph_of_no_amounts_naming_it():
    got = _read(
        "四、“三公”经费",
        "“三公”经费包括因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "合计4.50万元。",
    )
    assert got == {"three_public_total": "45000.00"}


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        # a heading naming something else
        ("八、其他需要说明的事项", "合计5.50万元。"),
        ("（一）名词解释", "共计5.50万元。"),
        # two topics: the bare amount's is not certain
        ("四、“三公”经费和机关运行经费", "合计5.50万元。"),
        ("（三）政府采购及资产占用情况", "5.50万元。"),
    ],
)
def test_a_heading_naming_no_single_topic_names_no_bare_amount(heading, paragraph):
    assert _read(heading, paragraph) == {}
    assert _unparsed(heading, paragraph)


def test_only_the_first_bare_amount_after_the_heading_is_the_total():
    # a level after a change against another year is no total of the year; words after the amount
    # name it ('用于…'): neither is the heading's total
    assert "three_public_total" not in _read("四、“三公”经费", "比2024年减少0.30万元，为8.10万元。")
    assert _read("四、“三公”经费", "2.40万元用于公务接待。") == {}


def test_a_heading_topic_holds_for_the_paragraph_right_after_it_only():
    got = _read("五、机关运行经费", "本单位收入预算600万元。", "合计7.00万元。")
    assert "operating_cost" not in got
    # a numbered heading naming a part ends it ('（一）因公出国（境）费': that part's)
    got = _read("四、“三公”经费", "（一）公务接待费", "2.20万元。")
    assert "three_public_total" not in got


# --- 2. 全 and the unit's kind: the unit's own whole


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "全中心资产总额3,456.78万元，其中流动资产456.78万元，固定资产2,800.00万元，在建工程150.00万元，"
            "无形资产50.00万元。",
            {
                "assets_total": "34567800.00",
                "assets_current": "4567800.00",
                "assets_fixed": "28000000.00",
                "assets_construction_in_progress": "1500000.00",
                "assets_intangible": "500000.00",
            },
        ),
        ("全局共有公务用车7辆。", {"vehicles_total": "7"}),
        ("全校实有人数64人。", {"staff_actual": "64"}),
        ("全所在职人员21人。", {"staff_actual": "21"}),
        ("全部门资产总额820.00万元。", {"assets_total": "8200000.00"}),
        ("全系统共有车辆14辆。", {"vehicles_total": "14"}),
        ("全院收入预算930.00万元。", {"income_total": "9300000.00"}),
    ],
)
def test_the_units_own_whole_named_by_quan_and_its_kind(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    ["全市资产总额6,000.00万元。", "全县共有车辆52辆。", "全区实有人数410人。", "全省公务用车3,000辆。"],
)
def test_a_territorys_whole_is_not_the_units(paragraph):
    assert _read(paragraph) == {}
    assert any("territory" in message for message in _unparsed(paragraph))


def test_a_territorys_whole_is_left_as_before_for_that_places_government():
    # the unit is the district's government: 全区 is no other territory (read as it was before)
    assert _read("全区实有人数41人。", unit="某市某某区人民政府") == {"staff_actual": "41"}
    assert _read("全区实有人数41人。", unit="某市某某区财政局") == {}


def test_the_whole_year_is_a_time_word_not_the_unit():
    assert _read("全年资产总额700.00万元。") == {"assets_total": "7000000.00"}


# --- 3. the assets held stated at a day, as the vehicles are


@pytest.mark.parametrize(
    "paragraph",
    [
        "截至2025年12月31日，本单位资产总额2,222.22万元，其中固定资产1,111.11万元。",
        "截止2025年12月31日本单位资产总额2,222.22万元，其中固定资产1,111.11万元。",
        "2025年12月31日本单位资产总额2,222.22万元，其中固定资产1,111.11万元。",
        "2025年末本单位资产总额2,222.22万元，其中固定资产1,111.11万元。",
        "2025年底，单位资产总额2,222.22万元，其中固定资产1,111.11万元。",
        "截至2026年2月28日，本单位资产总额2,222.22万元，其中固定资产1,111.11万元。",
    ],
)
def test_a_budget_states_the_assets_at_the_prior_years_end_or_a_recent_day(paragraph):
    assert _read(paragraph) == {"assets_total": "22222200.00", "assets_fixed": "11111100.00"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("2025年12月31日本单位共有车辆3辆。", {"vehicles_total": "3"}),
        ("2025年末本单位共有车辆3辆。", {"vehicles_total": "3"}),
        ("本单位占有使用国有资产总额1,500.00万元。", {"assets_total": "15000000.00"}),
    ],
)
def test_the_same_day_opens_a_count_of_vehicles_and_the_assets_title(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "year"),
    [
        ("2024年末本单位资产总额2,222.22万元。", "2024年"),
        ("2024年末本单位共有车辆3辆。", "2024年"),
        ("2025年度本单位资产总额2,222.22万元。", "2025年"),
    ],
)
def test_the_assets_at_another_years_end_are_not_the_budgets(paragraph, year):
    assert _read(paragraph) == {}
    assert any(f"a figure of {year}" in message for message in _unparsed(paragraph))


def test_a_final_account_states_its_own_years_end_only():
    assert _read("2025年末本单位资产总额800.00万元。", year="2025", final=True) == {"assets_total": "8000000.00"}
    assert _read("2024年末本单位资产总额800.00万元。", year="2025", final=True) == {}
    assert _read("2024年末本单位共有车辆4辆。", year="2025", final=True) == {}


def test_the_carry_over_at_the_years_end_keeps_its_words():
    # (年末 before 结转 is no date opening a label: the carry-over stays the carry-over)
    assert _read("2026年年末结转和结余0万元。") == {"expenditure_carryover": "0.00"}
