"""Narrative wording met when held-out documents were read as PDFs (issue 20, kind 10: wrong is
worse than missing)."""

from __future__ import annotations

from tests.narrative_figures import parse_document


def _kept(*paragraphs: str, final: bool = False) -> list[tuple[str, str, str]]:
    out = parse_document(*paragraphs, unit="某县第一中学", year="2024", final=final)
    rows = out.rows.get("raw_narrative_figures", [])
    return [(r["metric"], r["value"], r["name_text"]) for r in rows if r["is_rejected"] != "true"]


def test_a_thing_no_metric_names_then_the_budgets_words_is_no_topics_total():
    # a project listed with its 年初预算, its performance targets on the next line of the PDF: its
    # words hold 收入 ('学费住宿费收入安排的…支出'), yet its budget is no income total; before, it
    # was read as income_total and, disagreeing with the true one, both were lost
    kept = _kept(
        "2024年收入预算总额27,336,180.58元，支出预算总额27,336,180.58元。",
        "3. 普通高中学费住宿费收入安排的教学运转支出，年初预算2,150,000.00元（财政专户管理资金）。",
    )
    assert ("income_total", "27336180.58", "2024年收入预算总额") in kept
    assert [k for k in kept if k[1] == "2150000.00"] == []
    assert _kept("教学运转支出，年初预算2,150,000.00元。") == []  # (was the expenditure total)


def test_a_project_named_then_its_opening_budget_is_its_budget():
    assert _kept("1. 校园安全保障经费，年初预算50,000.00元。") == [
        ("key_project_budget", "50000.00", "校园安全保障经费")
    ]


def test_a_total_named_then_the_budgets_words_stays_the_total():
    assert _kept("2024年支出，年初预算2,150,000.00元。") == [("expenditure_total", "2150000.00", "年初预算")]
