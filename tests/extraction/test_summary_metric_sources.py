"""seeds/reference/summary_metric_sources.csv: which table figure stands for a metric (the lowest
priority a document prints wins). The all-funds spending total comes from a 收支总表 first and from
the 部门支出总表's 合计 only where no 收支总表 states it: a budget that prints the 部门支出总表 alone
(its text naming only the 收支预算总额, a grand_total) still has the expenditure_total its
fact_expenditure rows are checked against (models/checks/chk_expenditure_by_document.sql)."""

from __future__ import annotations

import csv
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "seeds" / "reference" / "summary_metric_sources.csv"


def _sources(metric: str) -> list[tuple[int, str]]:
    with SOURCES.open(encoding="utf-8", newline="") as handle:
        return sorted((int(r["priority"]), r["figure_key"]) for r in csv.DictReader(handle) if r["metric"] == metric)


def test_the_expenditure_tables_total_is_the_last_source_of_the_spending_total():
    sources = _sources("expenditure_total")
    assert sources[-1] == (3, "dept_expenditure.total")
    # every 收支总表 source comes before it
    assert all(priority < 3 for priority, key in sources if key.startswith(("dept_summary.", "fa_summary.")))
    assert [key for _, key in sources].count("dept_expenditure.total") == 1


def test_no_metric_has_two_sources_of_one_priority_and_key():
    with SOURCES.open(encoding="utf-8", newline="") as handle:
        keys = [(r["metric"], r["priority"], r["figure_key"]) for r in csv.DictReader(handle)]
    assert len(keys) == len(set(keys))
