"""Kinds of round 11 (issue 20, r11c): wordings of unseen disclosures the narrative missed or misread.

1. A fund's 预算安排 named alone ('2026年政府性基金预算安排0万元', '一般公共预算安排X万元', '国有资本经营
   预算拨款安排X'; no 收入 / 支出 word) is the fund's spending (expenditure_*) under a heading of the
   spending ('（五）政府性基金预算支出情况', '政府性基金预算支出情况') or with the fund's '…安排的支出' in
   its paragraph; under a heading of the income, or with none, the wording rules read it (the income,
   or nothing). '无政府性基金预算：本单位无政府性基金预算安排的支出' is the spending's 0 alone.
2. A budget's '收入总计X，支出总计X' (equal) then named as one total in its sentence ('收、支总计各增加Y',
   '收支总计比上年减少Y') is grand_total (the 支出总计 restates it), also after a '收入预算X' read as
   income_total; unequal, or never named as one, they stay the two sides' totals.
3. Staff: '核定人员编制数N名，实际在职人员M名' is staff_authorized / staff_actual; each kind's posts with its
   实有 run in ('行政编制24人实有21人，工勤编4人实有9人，事业编制31人实有35人') are each kind's posts and
   people; '工勤编3人' is staff_authorized_worker and the bare 实有 after it (metric_wording.csv rule 62)
   the 工勤 people, of no metric (never the 行政 kind's before it, nor the unit's).
4. '财政拨款(补助)收入X' is income_fiscal_appropriation; '财政拨款（补助）预算数X' reads as '财政拨款预算数X':
   the spending (expenditure_fiscal_appropriation) in a sentence about spending or after a lead-in on
   the arrangement naming no income ('…安排情况如下：'), else the income.

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


# --- 2. the two 总计 of a budget named as one


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # after the income and spending budgets of the same amount, a space before 万元
        (
            (
                "2025年收入预算500万元，其中财政拨款收入480万元，其他收入20万元；支出预算500万元。",
                "2025年收入总计500 万元，支出总计500万元，与上年相比，收、支总计各增加40万元。",
            ),
            {
                "income_total": "5000000.00",
                "income_fiscal_appropriation": "4800000.00",
                "income_other": "200000.00",
                "expenditure_total": "5000000.00",
                "grand_total": "5000000.00",
                "grand_total_change_vs_prior_year": "400000.00",
            },
        ),
        # alone, 收支总计 and a decrease
        (
            ("本单位2025年收入总计86.4万元，支出总计86.4万元，收支总计比上年减少3.2万元。",),
            {"grand_total": "864000.00", "grand_total_change_vs_prior_year": "-32000.00"},
        ),
        # 收入支出总计 named after a colon-less comparison
        (
            ("2025年收入总计1,200万元，支出总计1,200万元，较上年收入支出总计各减少15万元。",),
            {"grand_total": "12000000.00", "grand_total_change_vs_prior_year": "-150000.00"},
        ),
    ],
)
def test_budget_totals_named_as_one_are_the_grand_total(paragraphs, expected):
    assert _read(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # never named as one: the two sides' totals, as before
        (
            ("2025年收入总计520万元，支出总计520万元。",),
            {"income_total": "5200000.00", "expenditure_total": "5200000.00"},
        ),
        # the two 总计 differ: no grand total of them
        (
            ("2025年收入总计520万元，支出总计510万元，与上年相比，收入增加40万元。",),
            {
                "income_total": "5200000.00",
                "expenditure_total": "5100000.00",
                "income_change_vs_prior_year": "400000.00",
            },
        ),
    ],
)
def test_budget_totals_not_named_as_one_stay_the_sides(paragraphs, expected):
    assert _read(*paragraphs) == expected


# --- 3. staff: each kind's posts with its 实有


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("本单位核定人员编制数8名，实际在职人员7名。",), {"staff_authorized": "8", "staff_actual": "7"}),
        (
            ("核定编制14名，实际在职人员11名，退休人员3名。",),
            {"staff_authorized": "14", "staff_actual": "11", "staff_retired_regular": "3"},
        ),
        # each kind's 实有 run into its posts, 工勤 between
        (
            ("行政编制24人实有21人，工勤编4人实有9人，事业编制31人实有35人。",),
            {
                "staff_authorized_admin": "24",
                "staff_actual_admin": "21",
                "staff_authorized_worker": "4",
                "staff_authorized_institution": "31",
                "staff_actual_institution": "35",
            },
        ),
        # the same with stops between the kinds
        (
            ("本单位行政编制8人，实有7人；工勤编制2人，实有3人；事业编制12人，实有10人。",),
            {
                "staff_authorized_admin": "8",
                "staff_actual_admin": "7",
                "staff_authorized_worker": "2",
                "staff_authorized_institution": "12",
                "staff_actual_institution": "10",
            },
        ),
        # the 工勤 first, the 行政 after it keeps its own 实有
        (
            ("工勤编4人实有4人，行政编制9人实有8人。",),
            {"staff_authorized_worker": "4", "staff_authorized_admin": "9", "staff_actual_admin": "8"},
        ),
    ],
)
def test_each_kinds_posts_and_people(paragraphs, expected):
    assert _read(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the bare 实有 after the 工勤 posts alone is theirs: no figure (never the unit's)
        (("本单位工勤编制3人，实有2人。",), {"staff_authorized_worker": "3"}),
        # a fuller name after them counts the unit's staff in post, as before
        (
            ("行政编制15人，工勤编制5人，实有在职16人。",),
            {"staff_authorized_admin": "15", "staff_authorized_worker": "5", "staff_actual": "16"},
        ),
    ],
)
def test_bare_actual_after_worker_posts_is_no_kinds_figure(paragraphs, expected):
    assert _read(*paragraphs) == expected


# --- 4. 财政拨款 with a bracketed alternative word


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("2025年财政拨款(补助)收入80万元。",), {"income_fiscal_appropriation": "800000.00"}),
        (("2025年财政拨款（补助）预算数80万元。",), {"income_fiscal_appropriation": "800000.00"}),
        (("2025年财政拨款预算数80万元。",), {"income_fiscal_appropriation": "800000.00"}),
        (
            ("本单位2025年收入预算100万元，其中财政拨款（补助）预算数80万元。",),
            {"income_total": "1000000.00", "income_fiscal_appropriation": "800000.00"},
        ),
        # about spending
        (
            ("本单位2025年支出预算100万元，其中财政拨款（补助）预算数80万元。",),
            {"expenditure_total": "1000000.00", "expenditure_fiscal_appropriation": "800000.00"},
        ),
        (
            ("本单位2025年支出预算100万元，其中财政拨款预算数80万元。",),
            {"expenditure_total": "1000000.00", "expenditure_fiscal_appropriation": "800000.00"},
        ),
        # after a lead-in on the arrangement, with its change
        (
            ("2025年财政拨款安排情况如下：财政拨款(补助)预算数80万元，比上年增加5万元。",),
            {
                "expenditure_fiscal_appropriation": "800000.00",
                "expenditure_fiscal_appropriation_change_vs_prior_year": "50000.00",
            },
        ),
        # a lead-in naming the income or both sides: the income
        (
            ("2025年财政拨款收入安排情况如下：财政拨款（补助）预算数80万元。",),
            {"income_fiscal_appropriation": "800000.00"},
        ),
        (
            ("2025年收支预算安排情况：财政拨款（补助）预算数80万元。",),
            {"income_fiscal_appropriation": "800000.00"},
        ),
        # 收入 in the label after an arrangement lead-in: the income
        (("预算安排情况如下：财政拨款收入80万元。",), {"income_fiscal_appropriation": "800000.00"}),
    ],
)
def test_fiscal_appropriation_with_a_bracketed_word(paragraphs, expected):
    assert _read(*paragraphs) == expected
