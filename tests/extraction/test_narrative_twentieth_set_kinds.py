"""Kinds of figure read WRONG or missed at first contact with the held-out set heldout20 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from tests.extraction.test_narrative_seventh_set_kinds import _figures


def _category_scopes(paragraphs: list[str]) -> dict[str, str]:
    """function_code -> fund_scope of the expenditure_category rows read from a 2026 budget's
    ``paragraphs``."""
    lines = ["某县某局", "2026年部门预算", "一、部门预算情况说明", "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year="2026", unit_name="某县某局", final_accounts=False)
    return {
        row["function_code"]: row["fund_scope"]
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "false" and row["metric"] == "expenditure_category"
    }


# --- WRONG kind 1: a 类 list that breaks down a PART of the spending is that part's split by 类
@pytest.mark.parametrize(
    ("paragraphs", "part"),
    [
        (
            [
                "2026年基本支出300万元，比上年减少10万元，基本支出包括：教育支出200万元、社会保障和就业支出60万元、"
                "住房保障支出40万元。"
            ],
            {"basic_expenditure": "3000000.00", "basic_expenditure_change_vs_prior_year": "-100000.00"},
        ),
        (
            ["2026年基本支出300万元，其中：教育支出200万元，社会保障和就业支出60万元，住房保障支出40万元。"],
            {"basic_expenditure": "3000000.00"},
        ),
        (
            ["2026年项目支出50万元，项目支出按功能分类主要包括：教育支出30万元，农林水支出20万元。"],
            {"project_expenditure": "500000.00"},
        ),
        (
            ["2026年人员经费120万元，包括：教育支出100万元，住房保障支出20万元。"],
            {"personnel_expenditure": "1200000.00"},
        ),
        (
            ["2026年基本支出300万元。基本支出包括：教育支出200万元，住房保障支出100万元。"],
            {"basic_expenditure": "3000000.00"},
        ),
        (
            ["“三公”经费预算11万元，包括：一般公共服务支出7万元，教育支出4万元。"],
            {"three_public_total": "110000.00"},
        ),
    ],
)
def test_a_category_list_of_a_part_of_the_spending_is_not_the_categories_spending(paragraphs, part):
    read = _figures(paragraphs)
    assert read == part, read


def test_the_changes_in_a_part_s_category_list_are_not_read_either():
    read = _figures(
        [
            "2026年基本支出300万元，比上年减少10万元。其中：教育支出200万元，比上年减少8万元；"
            "住房保障支出100万元，比上年减少2万元。"
        ]
    )
    assert read == {"basic_expenditure": "3000000.00", "basic_expenditure_change_vs_prior_year": "-100000.00"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["2026年支出预算350万元，其中：教育支出250万元，社会保障和就业支出60万元，住房保障支出40万元。"],
        ["2026年支出预算350万元，包括：教育支出250万元，社会保障和就业支出60万元，住房保障支出40万元。"],
        [
            "2026年支出预算350万元，其中：基本支出300万元，项目支出50万元。",
            "支出按功能分类包括：教育支出250万元，社会保障和就业支出60万元，住房保障支出40万元。",
        ],
    ],
)
def test_a_category_list_after_the_whole_spending_is_still_read(paragraphs):
    read = _figures(paragraphs)
    assert read["expenditure_total"] == "3500000.00"
    assert {key: value for key, value in read.items() if key.startswith("expenditure_category")} == {
        "expenditure_category:205": "2500000.00",
        "expenditure_category:208": "600000.00",
        "expenditure_category:221": "400000.00",
    }


def test_a_funds_category_list_keeps_the_fund_scope():
    paragraphs = ["2026年一般公共预算支出350万元。一般公共预算支出包括：教育支出250万元，住房保障支出100万元。"]
    read = _figures(paragraphs)
    assert read["expenditure_category:205"] == "2500000.00"
    assert read["expenditure_category:221"] == "1000000.00"
    assert _category_scopes(paragraphs) == {"205": "general_public_budget", "221": "general_public_budget"}


def test_a_category_s_own_kuan_list_is_still_read():
    read = _figures(["2026年支出预算350万元，包括：教育支出（类）250万元，其中：普通教育（款）200万元。"])
    assert read["expenditure_category:205"] == "2500000.00"


# --- missed kind 2a: '收支预算X' (no 总) is the grand total; '总收支' / '收支总额' name it in a change
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2026年收支预算520万元，比2025年减少12.5万元。",
            {"grand_total": "5200000.00", "grand_total_change_vs_prior_year": "-125000.00"},
        ),
        (
            "2026年部门收支预算520万元，较上年增加8万元。",
            {"grand_total": "5200000.00", "grand_total_change_vs_prior_year": "80000.00"},
        ),
        (
            "2026年收支总预算520万元，总收支较上年减少30万元，下降5.5%。",
            {"grand_total": "5200000.00", "grand_total_change_vs_prior_year": "-300000.00"},
        ),
        (
            "2026年收支总预算520万元，收支总额比上年增加30万元。",
            {"grand_total": "5200000.00", "grand_total_change_vs_prior_year": "300000.00"},
        ),
    ],
)
def test_the_joint_budget_of_income_and_spending_is_the_grand_total(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年本级收支预算300万元。",
        "2026年下属单位收支预算300万元。",
        "2026年“三公”经费收支预算3万元。",
        "2026年国有资本经营预算收支预算0万元。",
        "2026年一般公共预算收支预算300万元。",
    ],
)
def test_a_part_s_or_a_fund_s_joint_budget_is_no_grand_total(sentence):
    read = _figures([sentence])
    assert "grand_total" not in read, read


def test_a_fund_s_joint_budget_is_still_the_fund_s_income_and_spending():
    assert _figures(["2026年一般公共预算收支预算300万元。"]) == {
        "income_general_public_budget": "3000000.00",
        "expenditure_general_public_budget": "3000000.00",
    }


# --- missed kind 2b: '跟上年…持平 / 相同' is a change of 0, as '与上年持平' is; '也' before it changes nothing
def test_a_comparison_opened_by_gen_states_a_flat_change_for_each_part():
    read = _figures(
        [
            "2026年“三公”经费预算7万元，跟2025年数字持平，其中公务接待费3万元，跟上年一致；"
            "公务用车运行维护费4万元，也跟上年数字相同。"
        ]
    )
    assert read == {
        "three_public_total": "70000.00",
        "three_public_change_vs_prior_year": "0.00",
        "three_public_reception": "30000.00",
        "three_public_reception_change_vs_prior_year": "0.00",
        "three_public_vehicle_operation": "40000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "0.00",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年公务接待费2.6万元，也与上年相同。",
        "2026年公务接待费2.6万元，同样与上年持平。",
        "2026年公务接待费2.6万元，跟去年相同。",
    ],
)
def test_a_flat_comparison_after_a_figure_is_that_figure_s(sentence):
    assert _figures([sentence]) == {
        "three_public_reception": "26000.00",
        "three_public_reception_change_vs_prior_year": "0.00",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年“三公”经费预算7万元，跟2023年数字持平。",  # (another year than the prior one)
        "2026年“三公”经费预算7万元，跟上年基本持平。",  # (about the same: no exact change)
    ],
)
def test_a_flat_comparison_with_another_year_or_roughly_is_no_change(sentence):
    assert _figures([sentence]) == {"three_public_total": "70000.00"}


def test_gen_as_part_of_a_word_is_no_comparison():
    assert _figures(["2026年项目支出45万元，跟踪管理持续，与上年持平。"]) == {
        "project_expenditure": "450000.00",
        "project_expenditure_change_vs_prior_year": "0.00",
    }
    assert _figures(["2026年项目支出45万元，全程跟踪不变。"]) == {"project_expenditure": "450000.00"}


# --- missed kind 2c: a final account's 财政拨款收入总计 (carry-over included, or balanced by its 支出总计)
@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "2025年度财政拨款收入总计830万元（含年初财政拨款结转和结余），支出总计830万元（含年末财政拨款结转"
            "和结余）。与2024年相比，财政拨款收、支总计各增加64万元。"
        ],
        ["2025年度财政拨款收入总计830万元，支出总计830万元。与2024年相比，财政拨款收、支总计各增加64万元。"],
        ["2025年度本单位财政拨款收入总计830万元，与2024年相比增加64万元；支出总计830万元。"],
    ],
)
def test_the_fiscal_appropriations_bottom_row_is_its_grand_total(paragraphs):
    assert _figures(paragraphs, final_accounts=True, year="2025") == {
        "fiscal_grand_total": "8300000.00",
        "fiscal_grand_total_change_vs_prior_year": "640000.00",
    }


def test_the_fiscal_grand_total_beside_the_units_grand_total():
    read = _figures(
        [
            "2025年度收入总计990万元、支出总计990万元。与2024年相比，收、支总计各增加70万元。",
            "2025年度财政拨款收入总计830万元（含年初财政拨款结转和结余），支出总计830万元（含年末财政拨款结转"
            "和结余）。",
        ],
        final_accounts=True,
        year="2025",
    )
    assert read == {
        "grand_total": "9900000.00",
        "grand_total_change_vs_prior_year": "700000.00",
        "fiscal_grand_total": "8300000.00",
    }


def test_fiscal_totals_of_two_amounts_stay_the_years_fiscal_income_and_spending():
    # ('财政拨款收入总计' printed for the year's income, '财政拨款支出总计' for the spending: no balanced table)
    read = _figures(
        ["2025年度财政拨款收入总计830万元，与2024年相比增加64万元；财政拨款支出总计870万元，与2024年相比增加70万元。"],
        final_accounts=True,
        year="2025",
    )
    assert read == {
        "income_fiscal_appropriation": "8300000.00",
        "income_fiscal_appropriation_change_vs_prior_year": "640000.00",
        "expenditure_fiscal_appropriation": "8700000.00",
        "expenditure_fiscal_appropriation_change_vs_prior_year": "700000.00",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度财政拨款收入总计830万元，支出总计870万元。",
        "2025年度财政拨款收入总计830万元（含年初财政拨款结转和结余），支出总计870万元。",
    ],
)
def test_a_bare_spending_total_of_another_amount_after_the_fiscal_income_total_is_not_read(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert "grand_total" not in read, read
    assert "8700000.00" not in read.values(), read


@pytest.mark.parametrize(
    ("sentence", "final_accounts", "year", "expected"),
    [
        ("2025年度一般公共预算财政拨款收入总计830万元。", True, "2025", {"income_general_public_budget": "8300000.00"}),
        ("2026年财政拨款收入总计830万元。", False, "2026", {"income_fiscal_appropriation": "8300000.00"}),
    ],
)
def test_a_funds_or_a_budgets_fiscal_income_total_is_left_as_it_was(sentence, final_accounts, year, expected):
    assert _figures([sentence], final_accounts=final_accounts, year=year) == expected
