"""Kinds missed or read WRONG at first contact with the held-out set heldout9 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

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
        [f"公务用车购置费预算安排0万元，与2025年预算{flat}公务用车运行维护费预算安排12万元，较2025年预算减少3万元。"]
    )
    assert read == {
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_purchase_change_vs_prior_year": "0.00",
        "three_public_vehicle_operation": "120000.00",
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
    read = _figures(["2025年“三公”经费预算为30万元，其中：公务接待费10万元，公务用车运行维护费20万元。"], True, "2025")
    assert read == {
        "three_public_total@budget": "300000.00",
        "three_public_reception@budget": "100000.00",
        "three_public_vehicle_operation@budget": "200000.00",
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
