"""Kinds of round 11 (issue 20, r11c): wordings of unseen disclosures the narrative missed or misread.

1. A fund's 预算安排 named alone ('2026年政府性基金预算安排0万元', '一般公共预算安排X万元', '国有资本经营
   预算拨款安排X'; no 收入 / 支出 word) is the fund's spending (expenditure_*) under a heading of the
   spending ('（五）政府性基金预算支出情况', '政府性基金预算支出情况') or with the fund's '…安排的支出' in
   its paragraph; under a heading of the income, or with none, the wording rules read it (the income,
   or nothing). '无政府性基金预算：本单位无政府性基金预算安排的支出' is the spending's 0 alone.

A wrong figure is worse than a missing one. Every sentence and amount is constructed (none is a
document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import budget_figures as _read

# --- 1. a fund's 预算安排 under a heading of the spending


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # numbered heading, a zero and its bracketed explanation naming the spending
        (
            (
                "（五）政府性基金预算支出情况",
                "2025年政府性基金预算安排0万元。（无政府性基金预算：本单位无政府性基金预算安排的支出）",
            ),
            {"expenditure_government_fund": "0.00"},
        ),
        # a heading without numbering, an amount
        (
            ("政府性基金预算支出情况", "2025年政府性基金预算安排36.5万元，主要用于城乡社区支出。"),
            {"expenditure_government_fund": "365000.00"},
        ),
        # no heading, the explanation alone names the spending
        (
            ("2025年政府性基金预算安排0万元。（无政府性基金预算：本单位无政府性基金预算安排的支出）",),
            {"expenditure_government_fund": "0.00"},
        ),
        # the 国有资本经营预算 the same, 拨款 in its name
        (
            ("（六）国有资本经营预算支出情况", "2025年国有资本经营预算拨款安排12万元。"),
            {"expenditure_state_capital": "120000.00"},
        ),
        # the 一般公共预算 (unread before: 安排 alone named no side) and its change
        (
            ("（三）一般公共预算支出情况", "2025年一般公共预算安排240万元，比上年增加18万元。"),
            {
                "expenditure_general_public_budget": "2400000.00",
                "expenditure_general_public_budget_change_vs_prior_year": "180000.00",
            },
        ),
        # the explanation after the colon names the 国有资本经营预算's spending alone
        (
            ("无国有资本经营预算：本单位无国有资本经营预算拨款安排的支出。",),
            {"expenditure_state_capital": "0.00"},
        ),
    ],
)
def test_fund_arrangement_under_a_spending_heading_is_the_funds_spending(paragraphs, expected):
    assert _read(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # under a heading of the income: the income, as before
        (("（二）收入预算情况", "2025年政府性基金预算安排30万元。"), {"income_government_fund": "300000.00"}),
        # no heading, no words of the spending: the income, as before
        (("2025年政府性基金预算安排30万元。",), {"income_government_fund": "300000.00"}),
        (("2025年国有资本经营预算安排0万元。",), {"income_state_capital": "0.00"}),
        # a heading of both sides names no one side
        (("二、收支预算总体情况", "2025年政府性基金预算安排30万元。"), {"income_government_fund": "300000.00"}),
        # a later heading of the income ends the spending heading's reach
        (
            (
                "（五）政府性基金预算支出情况",
                "本单位政府性基金预算支出20万元。",
                "（六）政府性基金预算收入情况",
                "2025年政府性基金预算安排20万元。",
            ),
            {"expenditure_government_fund": "200000.00", "income_government_fund": "200000.00"},
        ),
        # 收入 words in the label: the income
        (
            ("（五）政府性基金预算支出情况", "2025年政府性基金预算收入安排20万元。"),
            {"income_government_fund": "200000.00"},
        ),
        # the fund's budget said none with no explanation: its income and its spending both none
        (
            ("本单位没有政府性基金预算。",),
            {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"},
        ),
        # an explanation naming the income too: both sides are named, not the spending alone
        (
            ("无政府性基金预算：本单位无政府性基金预算收入，也无政府性基金预算安排的支出。",),
            {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"},
        ),
    ],
)
def test_fund_arrangement_elsewhere_keeps_its_reading(paragraphs, expected):
    assert _read(*paragraphs) == expected


def test_general_budget_arrangement_without_a_spending_heading_is_not_read():
    # '一般公共预算安排' alone names no side under an income heading: no figure
    assert _read("（一）收入预算情况", "2025年一般公共预算安排240万元。") == {}
