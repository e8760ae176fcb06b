"""A figure restated of other funds than its first statement (issue 20, kinds 7 and 9): what the
narrative_restated_other_funds message says, and the 基本支出 restated of one fund with its
人员经费 / 公用经费, kept as a row with its funds so that the narrative relation
narrative_personnel_plus_public_equals_basic checks its parts against it.

Constructed sentences and figures (amounts in 元: 万元 x 10000). The check itself is the dbt unit
test narrative_personnel_plus_public_against_a_basic_expenditure_restated_of_one_fund.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.narrative import parse_narrative

D = Decimal

HEADLINE = "2026年支出预算1000.00万元，其中：基本支出600.00万元，项目支出400.00万元。"


def _parse(paragraphs: list[str], final_accounts: bool = False):
    year = "2025" if final_accounts else "2026"
    kind = "决算" if final_accounts else "预算"
    lines = ["某某局", f"{year}年部门{kind}", f"一、部门{kind}情况说明", "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name="某某局", final_accounts=final_accounts)


def _rows(result, metric: str) -> list[tuple[Decimal, str, int]]:
    """(value, fund_scope, line) of the rows of ``metric`` kept (not rejected), in order."""
    return [
        (D(row["value"]), row["fund_scope"], int(row["source_line"]))
        for row in result.rows.get("raw_narrative_figures", [])
        if row["metric"] == metric and row["is_rejected"] == "false"
    ]


def _restated(result) -> list[str]:
    return [p.message for p in result.problems if p.code == "narrative_restated_other_funds"]


@pytest.mark.parametrize(
    ("paragraph", "funds"),
    [
        (
            "2026年一般公共预算财政拨款基本支出500.00万元，其中：人员经费420.00万元，公用经费80.00万元。",
            "general_public_budget",
        ),
        ("财政拨款基本支出500.00万元，其中：人员经费420.00万元，日常公用经费80.00万元。", "fiscal_appropriation"),
        ("一般公共预算基本支出500.00万元，包括人员经费420.00万元和公用经费80.00万元。", "general_public_budget"),
    ],
)
def test_a_basic_expenditure_restated_of_one_fund_with_its_parts_is_a_row_with_its_funds(paragraph, funds):
    result = _parse([HEADLINE, "（二）基本支出情况", paragraph])
    # the metric is its first statement (all funds); the restatement is a row of its own, with its
    # funds, and so are its parts (a part of the spending carries the funds its sentence states)
    assert _rows(result, "basic_expenditure") == [(D("6000000.00"), "all_funds", 5), (D("5000000.00"), funds, 7)]
    assert _rows(result, "personnel_expenditure") == [(D("4200000.00"), funds, 7)]
    assert _rows(result, "public_use_expenditure") == [(D("800000.00"), funds, 7)]
    [message] = _restated(result)
    assert message.startswith("basic_expenditure stated as 600.00万元 (line 5, all funds) and as 500.00万元 (line 7, ")
    assert message.endswith(f"another figure, kept with its funds ({funds}) to check its parts against")


def test_a_restatement_that_agrees_is_kept_for_its_parts_without_a_warning():
    # the fund is all the funds here: the two statements agree, and the parts are still checked
    result = _parse(
        [
            "2026年支出预算1000.00万元，其中：基本支出600.00万元，项目支出400.00万元。",
            "2026年一般公共预算财政拨款基本支出600.00万元，其中：人员经费500.00万元，公用经费100.00万元。",
        ]
    )
    assert _rows(result, "basic_expenditure") == [
        (D("6000000.00"), "all_funds", 5),
        (D("6000000.00"), "general_public_budget", 6),
    ]
    assert _restated(result) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no part on the restatement's line: nothing to check, not read (as before)
        [HEADLINE, "2026年一般公共预算财政拨款基本支出500.00万元。", "人员经费420.00万元，公用经费80.00万元。"],
        # one part only on its line: no check needs it
        [HEADLINE, "2026年一般公共预算财政拨款基本支出500.00万元，其中：人员经费420.00万元，占84.00%。"],
        # the parts of the all-funds 基本支出 on its own line: the restatement elsewhere stays unread
        [
            "2026年支出预算1000.00万元，其中：基本支出600.00万元（人员经费500.00万元，公用经费100.00万元），项目支出400.00万元。",
            "2026年一般公共预算财政拨款基本支出500.00万元。",
        ],
    ],
)
def test_a_restatement_without_its_parts_is_not_read(paragraphs):
    result = _parse(paragraphs)
    assert [funds for _, funds, _ in _rows(result, "basic_expenditure")] == ["all_funds"]
    [message] = _restated(result)
    assert message.endswith("another figure, not read")


def test_only_a_restatement_of_one_fund_is_kept():
    # the first statement is the 一般公共预算's, the whole spending's comes after: that one is the
    # broader figure, never kept as a row of one fund (the metric's one row says its funds)
    result = _parse(
        [
            "2026年一般公共预算财政拨款基本支出500.00万元，其中：人员经费420.00万元，公用经费80.00万元。",
            "2026年支出预算1000.00万元，其中：基本支出600.00万元，项目支出400.00万元。",
        ]
    )
    assert [(value, funds) for value, funds, _ in _rows(result, "basic_expenditure")] == [
        (D("5000000.00"), "general_public_budget")
    ]


def test_a_total_with_a_metric_of_its_own_fund_is_never_kept_as_a_restatement():
    # '一般公共预算…支出X，其中：基本支出…' is expenditure_general_public_budget, never a second 支出;
    # a 三公 total restated of 财政拨款 with its parts stays one figure
    result = _parse(
        [
            "2026年“三公”经费预算30.00万元，其中：因公出国（境）费0万元，公务接待费10.00万元，公务用车购置及运行维护费20.00万元。",
            "（三）财政拨款“三公”经费预算情况",
            "财政拨款安排“三公”经费28.00万元，其中：因公出国（境）费0万元，公务接待费8.00万元，公务用车购置及运行维护费20.00万元。",
        ]
    )
    assert len(_rows(result, "three_public_total")) == 1


def test_restated_message_names_the_carryover_that_makes_the_difference():
    # the restatement holds the carry-over: the message says the difference is that amount
    result = _parse(
        [
            "2026年收入预算900.00万元，其中：财政拨款收入850.00万元，其他收入50.00万元。",
            "（二）财政拨款收支预算总体情况",
            "2026年财政拨款收入920.00万元，其中：本年财政拨款收入850.00万元，上年结转70.00万元。",
        ]
    )
    [message] = _restated(result)
    assert message == (
        "income_fiscal_appropriation stated as 850.00万元 (line 5, funds not told) and as 920.00万元 "
        "(line 7, 财政拨款); the difference equals the carry-over its line states (上年结转70.00万元): "
        "another figure, not read"
    )
    # '（含上年结转…）' likewise
    result = _parse(
        [
            "2026年收入预算900.00万元，其中：财政拨款收入850.00万元，其他收入50.00万元。",
            "（二）财政拨款收支预算总体情况",
            "2026年财政拨款收入920.00万元（含上年结转70.00万元）。",
        ]
    )
    [message] = _restated(result)
    assert "the difference equals the carry-over its line states (含上年结转70.00万元)" in message


def test_restated_message_says_nothing_of_a_difference_no_carryover_explains():
    # a carry-over on the line that is not the difference, and none at all: the funds only
    result = _parse(
        [
            "2026年收入预算900.00万元，其中：财政拨款收入850.00万元，其他收入50.00万元。",
            "（二）财政拨款收支预算总体情况",
            "2026年财政拨款收入920.00万元，其中：本年财政拨款收入850.00万元，上年结转60.00万元。",
        ]
    )
    [message] = _restated(result)
    assert "carry-over" not in message
    assert message.endswith("(line 7, 财政拨款): another figure, not read")
    result = _parse([HEADLINE, "2026年一般公共预算财政拨款基本支出500.00万元。"])
    [message] = _restated(result)
    assert message == (
        "basic_expenditure stated as 600.00万元 (line 5, all funds) and as 500.00万元 (line 6, 一般公共预算): "
        "another figure, not read"
    )
