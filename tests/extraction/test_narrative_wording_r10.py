"""Narrative wordings of the tenth wording round: counts grouped in thousands, both sides' change,
the two sides said alike, a count of vehicles all of one kind, zeros stated in words, synonyms
inside a parenthesised split and a change against a named year.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.

* kind 1 "counts grouped in thousands": '编制数2,316名…实有人数2,745人' - every count is read whole,
  never also as the digits before its separator (that made 'unparsed figure: 2' problems); the 离休
  in a parenthesis after the retired are staff_retired_veteran;
* kind 2 "both sides' change": '财政拨款收入、支出决算均为X，比上年各增加Y' (a 决算: the fiscal grand
  total and its change), '收入总计和支出总计比上年各增加Y', '收入预算X，支出预算X，比上年各增加Y' (each
  side), '收支预算较上年分别减少Y' (the sides, or the 收支总表's total when that was the level read);
* kind 3 "the two sides said alike": '收入、支出均为X' / '收入、支出预算均为X' in a budget are the income
  and the spending totals (an amount of four decimals in 万元 read exactly);
* kind 4 "vehicles all of one kind": '共有车辆6辆，均为一般公务用车' gives the kind the same count;
* kind 5 "zeros in words": '未安排因公出国（境）费和公务用车购置及运行维护费', '无工程类采购', '计划组团0个，
  0人次', '…，也没有使用国有资本经营预算拨款安排的支出', '无拟购置车辆';
* kind 6 "synonyms inside a parenthesised split": '基本支出X（人员支出Y，日常公用支出Z）', '财政拨款收入X
  （一般公共预算Y，政府性基金预算Z）'; never a part of the 基本支出 listed under the 项目支出;
* kind 7 "a change against a named year": the year before the document's is the prior year; an
  older year is reported, never read (the document's own year in a budget stays read as the prior
  year's base: published budgets print it so by a slip).
"""

from __future__ import annotations

import pytest

from extract.narrative.text import amounts
from tests.narrative_figures import accepted_figures, parse_document, unparsed_messages

_UNIT = "某县某局"


def _budget(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2025 budget's narrative keeps from ``paragraphs``."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2025"))


def _final(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2024 决算's narrative keeps from ``paragraphs``."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2024", final=True))


def _budget_unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year="2025"))


# --- kind 1: counts grouped in thousands ---------------------------------------------------------


def test_staff_counts_grouped_in_thousands_are_read_whole_without_problems():
    text = (
        "本部门编制数2,316名（其中行政编制46名、事业编制2,270名），年末实有人数2,745人，"
        "其中在职2,188人、离退休557人（离休3人、退休554人）。"
    )
    result = parse_document(text, unit=_UNIT, year="2025")
    assert accepted_figures(result) == {
        "staff_authorized": "2316",
        "staff_authorized_admin": "46",
        "staff_authorized_institution": "2270",
        "staff_actual": "2745",
        "staff_retired": "557",
        "staff_retired_veteran": "3",
        "staff_retired_regular": "554",
    }
    messages = unparsed_messages(result)
    # the in-post part under a whole holding the retired stays a part (the project's convention)
    assert len(messages) == 1 and "2,188人" in messages[0]
    assert not any("“2”" in message for message in messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本单位编制3,050名，实有人数3,412人，其中在职人员2,960人，离退休人员452人（离休5人，退休447人）。",
            {
                "staff_authorized": "3050",
                "staff_actual": "3412",
                "staff_retired": "452",
                "staff_retired_veteran": "5",
                "staff_retired_regular": "447",
            },
        ),
        (
            "核定编制数1,420，实有人员1,305，其中离休人员7人。",
            {"staff_authorized": "1420", "staff_actual": "1305", "staff_retired_veteran": "7"},
        ),
    ],
)
def test_staff_counts_grouped_in_thousands_in_other_wordings(text, expected):
    assert _budget(text) == expected
    assert not any(message.startswith("unparsed figure: 1 in") for message in _budget_unparsed(text))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("编制数：1,235，实有人数1,204，编制1,130个", ["1235", "1204", "1130"]),
        ("执法执勤用车26辆，其他用车1,417辆。", ["26", "1417"]),
        ("行政编制12、事业编制1,203、工勤编制3人", ["12", "1203", "3"]),
    ],
)
def test_a_count_is_never_the_digits_before_its_thousands_separator(text, counts):
    assert [str(amount.value) for amount in amounts(text)] == counts


# --- kind 2: both sides' change --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2024年度财政拨款收入、支出决算均为815.40万元，比上年各增加42.70万元，主要原因是人员增加。",
        "2024年度财政拨款收入、支出总计815.40万元，与2023年度相比，各增加42.70万元，增长5.5%。",
        "2024年度财政拨款收入支出总计815.40万元，与2023年度相比，各增加42.70万元。",
    ],
)
def test_the_fiscal_grand_total_and_its_change_said_of_both_sides(text):
    assert _final(text) == {"fiscal_grand_total": "8154000.00", "fiscal_grand_total_change_vs_prior_year": "427000.00"}


def test_a_fiscal_total_named_by_its_income_side_alone_gets_no_change_of_each():
    figures = _final("2024年度财政拨款收入总计815.40万元（含年初结转和结余），与2023年度相比，各增加42.70万元。")
    assert "fiscal_grand_total_change_vs_prior_year" not in figures


@pytest.mark.parametrize(
    "text",
    [
        "2024年度收入支出决算总计均为1,530.60万元，比上年各减少71.20万元。",
        "2024年度收入、支出决算均为1,530.60万元，比上年各减少71.20万元。",
        "2024年度收入总计1,530.60万元，支出总计1,530.60万元。收入总计和支出总计比上年各减少71.20万元，下降4.4%。",
    ],
)
def test_the_grand_total_change_said_of_both_totals(text):
    assert _final(text) == {"grand_total": "15306000.00", "grand_total_change_vs_prior_year": "-712000.00"}


def test_two_changes_of_the_two_totals_are_not_one_change_of_each():
    figures = _final(
        "2024年度收入总计1,530.60万元，支出总计1,530.60万元。收入总计和支出总计比上年分别减少71.20万元、60.10万元。"
    )
    assert "grand_total_change_vs_prior_year" not in figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本单位2025年收入预算930.00万元，支出预算930.00万元，比上年各增加25.40万元。",
            {
                "income_total": "9300000.00",
                "expenditure_total": "9300000.00",
                "income_change_vs_prior_year": "254000.00",
                "expenditure_change_vs_prior_year": "254000.00",
            },
        ),
        (
            "本单位2025年收入预算930.00万元，支出预算930.00万元。收支预算较上年分别减少25.40万元。",
            {
                "income_total": "9300000.00",
                "expenditure_total": "9300000.00",
                "income_change_vs_prior_year": "-254000.00",
                "expenditure_change_vs_prior_year": "-254000.00",
            },
        ),
        (
            "本单位2025年收支预算较上年分别减少25.40万元，主要原因是项目减少。",
            {"income_change_vs_prior_year": "-254000.00", "expenditure_change_vs_prior_year": "-254000.00"},
        ),
        (
            # the level read for 收支预算 is the 收支总表's total: its change
            "本单位2025年收支预算930.00万元，较上年分别减少25.40万元。",
            {"grand_total": "9300000.00", "grand_total_change_vs_prior_year": "-254000.00"},
        ),
    ],
)
def test_each_sides_change_follows_the_level_of_its_subject(text, expected):
    assert _budget(text) == expected


def test_each_sides_change_in_a_final_account_of_the_fiscal_sides():
    assert _final("2024年度财政拨款收入决算为512.30万元，财政拨款支出决算为512.30万元，比上年各增加18.60万元。") == {
        "income_fiscal_appropriation": "5123000.00",
        "expenditure_fiscal_appropriation": "5123000.00",
        "income_fiscal_appropriation_change_vs_prior_year": "186000.00",
        "expenditure_fiscal_appropriation_change_vs_prior_year": "186000.00",
    }


@pytest.mark.parametrize(
    "text",
    [
        # (two amounts after 分别, one for each side: each side's change, test_narrative_sections_r10)
        # 分别 said of a per-cent, the money change after it in a clause of its own
        "本单位2025年收入预算930.00万元，支出预算930.00万元，与上年收入支出对比分别下降3%，减少25.40万元。",
    ],
)
def test_a_respective_change_of_uncertain_sides_is_not_read_for_each(text):
    figures = _budget(text)
    assert "income_change_vs_prior_year" not in figures
    assert "expenditure_change_vs_prior_year" not in figures


# --- kind 3: the two sides said alike --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("收入、支出均为2,418.7356万元。", "24187356.00"),
        ("2025年部门预算收入、支出均为2,418.7356万元。", "24187356.00"),
        ("本部门2025年收入、支出预算均为407.25万元。", "4072500.00"),
        ("本部门2025年收入预算、支出预算均为407.25万元。", "4072500.00"),
        ("本部门2025年收入和支出预算均为407.25万元。", "4072500.00"),
    ],
)
def test_both_sides_said_alike_in_a_budget(text, value):
    assert _budget(text) == {"income_total": value, "expenditure_total": value}


def test_a_funds_sides_said_alike_are_not_the_documents_totals():
    figures = _budget("本部门2025年一般公共预算收入、支出均为407.25万元。")
    assert "income_total" not in figures and "expenditure_total" not in figures


def test_the_fiscal_sides_said_alike_in_a_budget():
    assert _budget("本部门2025年财政拨款收入、支出预算均为407.25万元。") == {
        "income_fiscal_appropriation": "4072500.00",
        "expenditure_fiscal_appropriation": "4072500.00",
    }


# --- kind 4: a count of vehicles all of one kind ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本部门共有车辆6辆，均为一般公务用车。", {"vehicles_total": "6", "vehicles_general_purpose": "6"}),
        ("本单位现有公务用车3辆，为执法执勤用车。", {"vehicles_total": "3", "vehicles_law_enforcement": "3"}),
        (
            "公务用车情况：截至年底，本单位车辆共14辆，全部为特种专业技术用车。",
            {"vehicles_total": "14", "vehicles_special": "14"},
        ),
        (
            "2025年拟购置车辆2辆，均为执法执勤用车。",
            {"vehicles_to_purchase": "2", "vehicles_to_purchase_law_enforcement": "2"},
        ),
    ],
)
def test_vehicles_said_to_be_all_of_one_kind(text, expected):
    assert _budget(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本部门共有车辆6辆，均为2020年购置。",
        "本部门共有车辆6辆，均为一般公务用车和执法执勤用车。",
        "本部门共有车辆6辆，均为新能源汽车。",
        "本部门年末公务用车保有量6辆，均为一般公务用车。",
    ],
)
def test_vehicles_of_no_one_kind_or_no_count_of_the_kinds(text):
    figures = _budget(text)
    assert not any(
        metric.startswith("vehicles_") and metric not in ("vehicles_total", "vehicles_year_end") for metric in figures
    )


def test_a_count_of_vehicles_of_another_year_gives_its_kind_nothing():
    assert _budget("2019年共有车辆6辆，均为一般公务用车。") == {}


# --- kind 5: zeros in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本部门2025年未安排因公出国（境）费和公务用车购置及运行维护费。",
            {"three_public_overseas": "0.00", "three_public_vehicle_total": "0.00"},
        ),
        ("本部门2025年未安排公务用车购置及运行维护费。", {"three_public_vehicle_total": "0.00"}),
        (
            "本部门2025年没有政府性基金预算拨款和国有资本经营预算拨款。",
            {"income_government_fund": "0.00", "income_state_capital": "0.00"},
        ),
    ],
)
def test_no_items_joined_each_by_its_own_name(text, expected):
    assert _budget(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本部门2025年无工程类采购。", {"procurement_works": "0.00"}),
        (
            "2025年政府采购预算640.00万元，其中：货物类210.00万元，服务类430.00万元，未安排工程类采购。",
            {
                "procurement_total": "6400000.00",
                "procurement_goods": "2100000.00",
                "procurement_services": "4300000.00",
                "procurement_works": "0.00",
            },
        ),
        (
            "2025年政府采购预算640.00万元，全部为服务类采购，无货物和工程类采购。",
            {
                "procurement_total": "6400000.00",
                "procurement_services": "6400000.00",
                "procurement_goods": "0.00",
                "procurement_works": "0.00",
            },
        ),
    ],
)
def test_no_procurement_of_a_kind(text, expected):
    assert _budget(text) == expected


@pytest.mark.parametrize("text", ["本部门2025年无工程类项目。", "上年无工程类采购。"])
def test_no_procurement_kind_read_from_other_words(text):
    assert "procurement_works" not in _budget(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本部门2025年因公出国（境）费预算0万元，计划组团0个，0人次。",
            {
                "three_public_overseas": "0.00",
                "three_public_overseas_groups": "0",
                "three_public_overseas_people": "0",
            },
        ),
        (
            "本部门2025年因公出国（境）费预算9.60万元，计划组团1个，共5人次。",
            {
                "three_public_overseas": "96000.00",
                "three_public_overseas_groups": "1",
                "three_public_overseas_people": "5",
            },
        ),
    ],
)
def test_the_groups_formed_for_a_trip_abroad(text, expected):
    assert _budget(text) == expected


@pytest.mark.parametrize("text", ["本部门2025年组织企业组团4次参加展会。", "本部门2025年计划组团2个参加展会。"])
def test_groups_formed_for_anything_else_are_reported(text):
    assert _budget(text) == {}
    assert len(_budget_unparsed(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "本部门2025年没有使用政府性基金预算拨款安排的支出，也没有使用国有资本经营预算拨款安排的支出。",
        "2025年度，本部门没有政府性基金预算拨款支出，也没有国有资本经营预算拨款支出。",
    ],
)
def test_also_none_of_the_state_capital_spending(text):
    assert _budget(text) == {"expenditure_government_fund": "0.00", "expenditure_state_capital": "0.00"}


@pytest.mark.parametrize(
    "text",
    [
        "所属单位没有使用政府性基金预算拨款安排的支出，也没有使用国有资本经营预算拨款安排的支出。",
        "2024年没有使用政府性基金预算拨款安排的支出，也没有使用国有资本经营预算拨款安排的支出。",
    ],
)
def test_none_said_of_a_sub_unit_or_another_year_is_not_read(text):
    assert _budget(text) == {}


@pytest.mark.parametrize(
    "text",
    ["2025年无拟购置车辆。", "本部门2025年无拟购置公务用车。", "2025年没有拟购置的车辆。"],
)
def test_no_vehicle_to_buy(text):
    assert _budget(text) == {"vehicles_to_purchase": "0"}


def test_no_vehicle_to_buy_in_another_year_is_not_read():
    assert _budget("2024年无拟购置车辆。") == {}


# --- kind 6: synonyms inside a parenthesised split -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "基本支出530.40万元（人员支出461.15万元，日常公用支出69.25万元）。",
        "基本支出530.40万元（人员支出461.15万元、公用支出69.25万元）。",
        "基本支出530.40万元，其中人员支出461.15万元，公用支出69.25万元。",
    ],
)
def test_the_basic_spendings_parts_in_a_parenthesis(text):
    assert _budget(text) == {
        "basic_expenditure": "5304000.00",
        "personnel_expenditure": "4611500.00",
        "public_use_expenditure": "692500.00",
    }


def test_the_general_public_budget_in_a_parenthesis_of_the_fiscal_income():
    assert _budget("本部门财政拨款收入3,716.20万元（一般公共预算3,516.20万元，政府性基金预算200.00万元）。") == {
        "income_fiscal_appropriation": "37162000.00",
        "income_general_public_budget": "35162000.00",
        "income_government_fund": "2000000.00",
    }


def test_the_retired_veterans_in_a_parenthesis():
    assert _budget("实有人数84人，其中在职61人，离退休23人（离休2人，退休21人）。") == {
        "staff_actual": "84",
        "staff_retired": "23",
        "staff_retired_veteran": "2",
        "staff_retired_regular": "21",
    }


@pytest.mark.parametrize(
    "text",
    [
        "项目支出260.00万元（人员支出40.00万元、其他220.00万元）。",
        "项目支出260.00万元（人员经费40.00万元，公用经费20.00万元）。",
        "项目支出260.00万元，其中人员经费40.00万元。",
    ],
)
def test_a_part_of_the_basic_spending_listed_under_the_project_spending_is_not_read(text):
    figures = _budget(text)
    assert figures["project_expenditure"] == "2600000.00"
    assert "personnel_expenditure" not in figures and "public_use_expenditure" not in figures
    assert any("listed under project_expenditure" in message for message in _budget_unparsed(text))


# --- kind 7: a change against a named year ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "本部门2025年收入预算2,870.00万元，较2024年增加134.60万元。",
        "本部门2025年收入预算2,870.00万元，较2024年度预算增加134.60万元，主要原因是人员增加。",
        "本部门2025年收入预算2,870.00万元，与2024年相比增加134.60万元。",
    ],
)
def test_a_change_against_the_prior_year_named_by_its_number(text):
    assert _budget(text) == {"income_total": "28700000.00", "income_change_vs_prior_year": "1346000.00"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("本部门2025年收入预算2,870.00万元，较2023年增加134.60万元。", "2023年"),
        ("本部门2025年收入预算2,870.00万元，与2022年相比增加134.60万元。", "2022年"),
    ],
)
def test_a_change_against_another_year_is_reported(text, year):
    assert _budget(text) == {"income_total": "28700000.00"}
    assert any(f"a change against {year}" in message for message in _budget_unparsed(text))
