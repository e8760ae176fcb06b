"""Issue 20, kinds 5, 6 and 10 (held-out sets 76 and 77, first contact, and the kinds left open in
session 19): wording met on disclosures of the north, east and south-west (made-up units, the
sentences as the sets print them). Each item names its kind."""

from __future__ import annotations

from narrative_figures import accepted_figures, parse_document, unparsed_messages


# 1. (kind 10) '三公经费支出8.64万元，比年初预算10.00万元减少1.36万元，较上年减少0.48万元': the change
#    against the budget is not read (a problem), and the change against the prior year after it is
#    still the figure's (before: the unread change cut the sentence from its subject, and the
#    prior year's change was unparsed as 'a change whose subject is not stated')
def test_1_a_prior_year_change_after_an_unread_change_against_the_budget_is_the_figures() -> None:
    result = parse_document(
        "（二）“三公”经费财政拨款支出决算情况",
        "2024年度“三公”经费财政拨款支出决算8.64万元，比年初预算10.00万元减少1.36万元，较上年减少0.48万元，"
        "主要原因是严格执行中央八项规定精神。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    figures = accepted_figures(result, with_role=True)
    assert figures[("three_public_total", "actual")] == "86400.00"
    assert figures[("three_public_total", "budget")] == "100000.00"
    assert figures[("three_public_change_vs_prior_year", "")] == "-4800.00"
    assert len(figures) == 3
    (message,) = unparsed_messages(result)
    assert "1.36万元" in message and "budget" in message
