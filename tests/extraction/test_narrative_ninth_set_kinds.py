"""Kinds missed or read WRONG at first contact with the held-out set heldout9 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.read import decode
from tests.extraction.test_narrative_seventh_set_kinds import _figures


# --- WRONG kind: a statement run into the one before it without a stop (a line break lost): after
# a per-cent or a no-change word, a label naming a metric followed by its own amount opens a new
# statement, so each figure gets its own label and role
def test_a_part_run_into_the_ratio_of_the_part_before_it_is_read_as_its_own_actual():
    read = _figures(
        [
            "其中：公车购置支出6万元，比上年减支2万元，为年初预算数8万元的75%公务用车运行维护费支出"
            "42万元，比上年增支5万元，为年初预算数50万元的84%；公务接待费支出9万元，比上年减支1万元。"
        ],
        final_accounts=True,
    )
    assert read == {
        "three_public_vehicle_purchase": "60000.00",
        "three_public_vehicle_purchase_change_vs_prior_year": "-20000.00",
        "three_public_vehicle_purchase@budget": "80000.00",
        "three_public_vehicle_operation": "420000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "50000.00",
        "three_public_vehicle_operation@budget": "500000.00",
        "three_public_reception": "90000.00",
        "three_public_reception_change_vs_prior_year": "-10000.00",
    }, read


@pytest.mark.parametrize("flat", ["持平", "无变化", "无增减"])
def test_a_part_run_into_the_flat_change_of_the_part_before_it_is_read_as_its_own(flat):
    read = _figures(
        [f"公务用车购置费预算安排0万元，与2025年预算{flat}公务用车运行维护费预算安排13万元，较2025年预算减少3万元。"]
    )
    assert read == {
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_purchase_change_vs_prior_year": "0.00",
        "three_public_vehicle_operation": "130000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "-30000.00",
    }, read


def test_two_lines_without_a_stop_joined_into_one_paragraph_are_two_statements():
    read = _figures(["公务接待费预算安排2万元，与上年持平", "公务用车运行维护费预算安排7万元，比上年增加1万元。"])
    assert read == {
        "three_public_reception": "20000.00",
        "three_public_reception_change_vs_prior_year": "0.00",
        "three_public_vehicle_operation": "70000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "10000.00",
    }, read


@pytest.mark.parametrize(
    "sentence",
    [
        # a reason after the per-cent: its amount explains, it states nothing
        "公务接待费预算安排3万元，比上年增长50%主要用于接待经费1万元。",
        # a change after the per-cent: no label of a level of its own
        "公务接待费预算安排3万元，比上年增长50%增加1万元。",
    ],
)
def test_words_after_a_per_cent_that_name_no_level_open_no_statement(sentence):
    read = _figures([sentence])
    assert read.get("three_public_reception") == "30000.00", read
    assert "personnel_expenditure" not in read, read
    assert (
        "three_public_reception_change_vs_prior_year" not in read
        or read["three_public_reception_change_vs_prior_year"] == "10000.00"
    ), read


# --- WRONG kind: in a final account, the budget an actual is a ratio of ('…支出A万元，…，为年初预算数C
# 万元的P%') leaves the actual the subject: a part listed after it (after a '；') is an actual too,
# never a budget
@pytest.mark.parametrize("value", ["0", "3"])
def test_a_part_after_the_ratio_of_the_part_before_it_is_an_actual(value):
    read = _figures(
        [
            "其中：公务接待费支出11万元，比上年减支2万元，为年初预算数20万元的55%；"
            f"因公出国费支出{value}万元，比上年减支1万元，为年初预算数4万元的{int(value) * 25}%"
        ],
        final_accounts=True,
    )
    assert read.get("three_public_overseas") == f"{int(value) * 10000}.00", read
    assert read.get("three_public_overseas@budget") == "40000.00", read
    assert read.get("three_public_reception") == "110000.00", read
    assert read.get("three_public_reception@budget") == "200000.00", read


def test_a_budgets_parts_still_take_the_budgets_role():
    # ('“三公”经费预算为X，其中：…' in a final account: the parts named by no role are the budget's)
    read = _figures(["2025年“三公”经费预算为30万元，其中：公务接待费11万元，公务用车运行维护费19万元。"], True, "2025")
    assert read == {
        "three_public_total@budget": "300000.00",
        "three_public_reception@budget": "110000.00",
        "three_public_vehicle_operation@budget": "190000.00",
    }, read


# --- kind: a sentence of a bare change in money right after a change in per cent of the figure
# before it (the line break lost before the money) is that figure's change, when the amount makes
# the printed per-cent of the prior year's level
def test_a_bare_money_change_after_the_per_cent_of_the_figure_before_it_is_its_change():
    read = _figures(["公务用车运行维护费预算安排9万元，较2025年预算下降25%。减少3万元。主要原因是车辆减少。"])
    assert read == {
        "three_public_vehicle_operation": "90000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "-30000.00",
    }, read


@pytest.mark.parametrize(
    "paragraph",
    [
        # the per-cent does not fit the amount
        "公务用车运行维护费预算安排9万元，较2025年预算下降40%。减少3万元。",
        # the directions differ
        "公务用车运行维护费预算安排9万元，较2025年预算增长25%。减少3万元。",
        # a sentence between them
        "公务用车运行维护费预算安排9万元，较2025年预算下降25%。主要原因是车辆减少。减少3万元。",
        # the money change was printed already
        "公务用车运行维护费预算安排9万元，较2025年预算下降25%，减少3万元。减少3万元。",
    ],
)
def test_a_bare_money_change_that_is_not_the_per_cents_money_is_not_read(paragraph):
    read = _figures([paragraph])
    assert read.get("three_public_vehicle_operation") == "90000.00", read
    assert read.get("three_public_vehicle_operation_change_vs_prior_year") in (None, "-30000.00"), read
    if "，减少3万元" not in paragraph:
        assert "three_public_vehicle_operation_change_vs_prior_year" not in read, read


# --- kind: a budget's count of the staff in post at the year's start is the staff it is made for
# (as its vehicles at the year's start are its vehicles); a final account's year-start count stays
# refused (the prior year's end, never the year's figure)
def test_a_budgets_staff_in_post_at_the_years_start_is_read():
    read = _figures(["年初在职人员38人，其中行政人员30人，事业人员8人；离退休人员12人。"])
    assert read == {
        "staff_actual": "38",
        "staff_actual_admin": "30",
        "staff_actual_institution": "8",
        "staff_retired": "12",
    }, read


def test_a_final_accounts_staff_in_post_at_the_years_start_is_not_read():
    read = _figures(["年初在职人员38人，其中行政人员30人，事业人员8人；离退休人员12人。"], True, "2025")
    assert "staff_actual" not in read, read
    assert "staff_actual_admin" not in read, read
    assert read.get("staff_retired") == "12", read


# --- kind: a change whose subject is printed between its base and its direction word ('2026年较
# 2025年部门预算总收入增加X') is that subject's, when the base is the year before
@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("2026年较2025年部门预算总收入增加12.5万元。", "income_change_vs_prior_year"),
        ("较上年总支出减少12.5万元。", "expenditure_change_vs_prior_year"),
        ("与2025年相比部门预算总收入增加12.5万元。", "income_change_vs_prior_year"),
    ],
)
def test_a_change_named_after_its_base_is_its_subjects(sentence, metric):
    read = _figures([sentence])
    sign = "-" if "减少" in sentence else ""
    assert read == {metric: f"{sign}125000.00"}, read


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年较2024年部门预算总收入增加12.5万元。",  # another year's change
        "2026年较2024年部门预算总收入增加12.5万元。",  # against another year than the one before
        "2026年较2025年预算增加12.5万元。",  # no subject named
    ],
)
def test_a_change_named_after_another_base_or_naming_nothing_is_not_read(sentence):
    assert _figures([sentence]) == {}


def test_a_change_named_after_its_base_is_never_another_figures_than_the_one_before_it():
    read = _figures(["公务接待费3万元，比上年支出增加1万元。"])
    assert "expenditure_change_vs_prior_year" not in read, read


# --- kind: the two 总计 of a final account balance by definition: '收、支总计各增加X' with X grouped
# in thousands is one change (never two amounts split at a comma)
def test_the_balanced_totals_change_by_one_amount_grouped_in_thousands():
    read = _figures(
        [
            "2025年度收入总计3,456,789.01万元，支出总计3,456,789.01万元。与2024年相比，收、支总计各增加123,456.7万元，增长3.7%。"
        ],
        True,
        "2025",
    )
    assert read == {"grand_total": "34567890100.00", "grand_total_change_vs_prior_year": "1234567000.00"}, read


def test_the_balanced_totals_change_in_traditional_characters():
    # (a document is read through extract.read.decode, which gives the simplified characters)
    text = "2025年度收入總計3,456,789.01萬元，支出總計3,456,789.01萬元。與2024年相比，收、支總計各減少123,456.7萬元。"
    read = _figures(decode(text.encode("utf-8")).lines, True, "2025")
    assert read.get("grand_total_change_vs_prior_year") == "-1234567000.00", read


@pytest.mark.parametrize(
    "sentence",
    [
        "收、支总计各增加1,267万元。",  # no comparison: from what is not said
        "2025年度收入总计1,500万元。与2024年相比，收、支总计各是1,267万元。",  # a level: one or two amounts?
    ],
)
def test_a_comma_amount_of_both_totals_without_a_compared_change_is_not_read(sentence):
    read = _figures([sentence], True, "2025")
    assert "grand_total_change_vs_prior_year" not in read, read
    assert read.get("grand_total") in (None, "15000000.00"), read


# --- kind: '因公出国（境）N个团组M人次' (no mark between the counts): the 团组 is the group count's
# noun, the 人次 are the people of those groups
def test_the_people_run_into_the_overseas_groups_are_read():
    read = _figures(["2025年使用一般公共预算拨款安排的因公出国（境）3个团组12人次；公务用车购置2辆。"], True, "2025")
    assert read.get("three_public_overseas_groups") == "3", read
    assert read.get("three_public_overseas_people") == "12", read


def test_people_of_foreign_visiting_groups_are_not_the_overseas_people():
    read = _figures(["2025年因公出国（境）团组3个，国外来访团组12人次。"], True, "2025")
    assert "three_public_overseas_people" not in read, read
    assert "three_public_reception_people" not in read, read
