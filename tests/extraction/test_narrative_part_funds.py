"""The funds a part of the spending is stated of (raw_narrative_figures.fund_scope; issue 20).

基本支出, 项目支出, 人员经费, 公用经费, the other parts of spending and their changes name no fund: the
text states them of all funds ('本年支出合计X，其中：基本支出Y'), of one fund ('一般公共预算财政拨款基本
支出X，其中：人员经费Y…；公用经费Z…', '财政拨款安排支出X，其中：基本支出Y') or of none. The row carries
what its sentence, its paragraph's last total or its heading states ('all_funds',
'general_public_budget', 'fiscal_appropriation', 'government_fund'; '' when nothing says), so the
marts never take a 一般公共预算 figure for the all-funds one. A metric whose name says its funds
(expenditure_general_public_budget, the 三公, counts) carries none; a fund's income named before a
part ('一般公共预算拨款收入X') says where money comes from, not which spending the part is of.

Constructed sentences and figures, in several wordings.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from extract.narrative.figures import is_open_funds_part


def _rows(paragraphs: list[str], final_accounts: bool = False) -> tuple[list[dict[str, str]], list[str]]:
    """The rows read (not rejected), and the problem codes."""
    year = "2023" if final_accounts else "2026"
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    result = parse_narrative(
        ["某县某中心", title, "一、情况说明", "", *paragraphs], None, fiscal_year=year, final_accounts=final_accounts
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return rows, [p.code for p in result.problems]


def _scopes(paragraphs: list[str], final_accounts: bool = False) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """metric -> (value, fund_scope) of the metric's first row read (not rejected), and the problem codes."""
    rows, problems = _rows(paragraphs, final_accounts)
    scopes: dict[str, tuple[str, str]] = {}
    for row in rows:
        scopes.setdefault(row["metric"], (row["value"], row["fund_scope"]))
    return scopes, problems


def test_the_parts_of_a_general_public_budget_basic_expenditure_are_that_funds():
    """A 决算 states its all-funds split, then the 一般公共预算's 基本支出 with its parts: the parts are
    the 一般公共预算's; that fund's 基本支出 beside the all-funds one is another figure, a row of
    its own with its funds (kept to check its parts against), never the metric's first statement."""
    rows, problems = _rows(
        [
            "一、收入支出决算总体情况说明",
            "2023年度本年支出合计730.00万元，其中：基本支出480.00万元，项目支出250.00万元。",
            "二、一般公共预算财政拨款基本支出决算情况说明",
            "2023年度一般公共预算财政拨款基本支出455.00万元，其中：人员经费390.00万元，主要包括基本工资、"
            "奖金；公用经费65.00万元，主要包括办公费、邮电费。",
        ],
        final_accounts=True,
    )
    scopes = {row["metric"]: (row["value"], row["fund_scope"]) for row in rows if row["metric"] != "basic_expenditure"}
    basic = [(row["value"], row["fund_scope"]) for row in rows if row["metric"] == "basic_expenditure"]
    assert basic == [("4800000.00", "all_funds"), ("4550000.00", "general_public_budget")]
    assert scopes["project_expenditure"] == ("2500000.00", "all_funds")
    assert scopes["personnel_expenditure"] == ("3900000.00", "general_public_budget")
    assert scopes["public_use_expenditure"] == ("650000.00", "general_public_budget")
    assert scopes["expenditure_total"] == ("7300000.00", "")
    assert "narrative_restated_other_funds" in problems


BOTH = ("basic_expenditure", "project_expenditure")


@pytest.mark.parametrize(
    ("paragraph", "parts", "scope"),
    [
        # a total of one fund read before the parts in their sentence
        (
            "2026年一般公共预算当年拨款支出500万元，其中：基本支出320万元，项目支出180万元。",
            BOTH,
            "general_public_budget",
        ),
        ("财政拨款安排支出600万元，其中：基本支出400万元，项目支出200万元。", BOTH, "fiscal_appropriation"),
        ("2026年政府性基金预算支出90万元，其中：项目支出90万元。", ("project_expenditure",), "government_fund"),
        # the fund named before the part in its own sentence
        (
            "2026年部门预算总额700万元。其中一般公共预算财政拨款安排的基本支出为410万元，项目支出为190万元。",
            BOTH,
            "general_public_budget",
        ),
        # a total of all funds
        ("2026年支出预算800万元，其中：基本支出500万元，项目支出300万元。", BOTH, "all_funds"),
    ],
)
def test_a_parts_funds_are_those_its_sentence_states(paragraph, parts, scope):
    scopes, _ = _scopes([paragraph])
    assert {metric: funds for metric, (_, funds) in scopes.items() if is_open_funds_part(metric)} == dict.fromkeys(
        parts, scope
    )


def test_a_heading_naming_a_fund_scopes_the_parts_under_it():
    scopes, _ = _scopes(["（三）一般公共预算基本支出情况", "人员经费260万元；日常公用经费40万元。"])
    assert scopes["personnel_expenditure"] == ("2600000.00", "general_public_budget")
    assert scopes["public_use_expenditure"] == ("400000.00", "general_public_budget")


def test_a_part_and_its_change_carry_the_same_funds():
    scopes, _ = _scopes(["财政拨款安排支出600万元，其中：基本支出400万元，比上年增加20万元；项目支出200万元。"])
    assert scopes["basic_expenditure"] == ("4000000.00", "fiscal_appropriation")
    assert scopes["basic_expenditure_change_vs_prior_year"] == ("200000.00", "fiscal_appropriation")


def test_a_paragraph_after_an_all_funds_total_keeps_its_parts_all_funds():
    scopes, _ = _scopes(
        [
            "2026年支出预算800万元，其中：基本支出500万元，项目支出300万元。",
            "基本支出中，人员经费420万元，日常公用经费80万元。",
        ]
    )
    assert scopes["personnel_expenditure"] == ("4200000.00", "all_funds")
    assert scopes["public_use_expenditure"] == ("800000.00", "all_funds")


def test_what_names_no_spending_fund_gives_none():
    """A fund's income before the parts names where money comes from: the parts' funds are not told."""
    scopes, _ = _scopes(["收入包括：一般公共预算拨款收入300万元。基本支出250万元，项目支出50万元。"])
    assert scopes["basic_expenditure"] == ("2500000.00", "")
    assert scopes["project_expenditure"] == ("500000.00", "")
    assert scopes["income_general_public_budget"] == ("3000000.00", "")


def test_a_metric_whose_name_says_its_funds_carries_none():
    """The total of a fund, the 三公 (stated of the 财政拨款) and counts keep '' (their names say them)."""
    scopes, _ = _scopes(
        [
            "2026年一般公共预算当年拨款支出500万元，其中：基本支出320万元，项目支出180万元。",
            "2026年“三公”经费财政拨款预算12万元，其中：公务接待费2万元，公务用车运行维护费10万元。",
            "编制人数20人。",
        ]
    )
    assert scopes["expenditure_general_public_budget"] == ("5000000.00", "")
    assert scopes["three_public_total"] == ("120000.00", "")
    assert scopes["three_public_reception"] == ("20000.00", "")
    assert scopes["staff_authorized"] == ("20", "")


def test_the_parts_whose_name_leaves_their_funds_open():
    """metrics.csv part_of chains reaching expenditure_total, and their changes; never a 类/款/项 nor
    a metric of its own funds."""
    for metric in (
        "basic_expenditure",
        "project_expenditure",
        "personnel_expenditure",
        "public_use_expenditure",
        "expenditure_operating",
        "expenditure_remitted_to_superior",
        "expenditure_subsidiary_subsidy",
        "basic_expenditure_change_vs_prior_year",
        "personnel_expenditure_change_vs_prior_year",
    ):
        assert is_open_funds_part(metric), metric
    for metric in (
        "expenditure_total",
        "expenditure_general_public_budget",
        "expenditure_category",
        "expenditure_function",
        "income_general_public_budget",
        "three_public_total",
        "operating_cost",
        "staff_actual",
    ):
        assert not is_open_funds_part(metric), metric
