"""Recall of the narrative on other regions' templates: every figure a published narrative states,
listed by hand, against what the extractor reads (raw_narrative_figures).

``tests/fixtures/published/<document>.stated.csv`` lists every amount and count the narrative
prints (and the figures it states by wording: 持平, 无), one row each, read off the text:
  line, clause     where it is printed and the words before it;
  printed, value   the figure as printed and its value in the extractor's unit (yuan with two
                   places, or the count); a decrease is negative;
  metric, function_code  what it is (seeds/reference/metrics.csv); '' when no metric holds it
                   (the row counts as missed), function_code '' for an item whose code the
                   reference list lacks (missed too: a code is never guessed);
  kind             'stated', or 'not_a_figure' for amounts that are none of the document's
                   figures (a prior year's amount, a threshold like 单价100万元以上, an item's
                   amount restated) and must not be taken;
  note             why, where it is not plain.

found = stated rows read with their value; missed = the other stated rows; wrong = figures read
that the list does not state with that value (must stay 0: a wrong number is worse than a
missing one). The floors are what the extractor reaches; raise them when recall improves.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from tests.extraction.test_published_pipeline import HANGZHOU, KUNMING, PUBLISHED, SH_DEPT, extracted


def expected(name: str) -> list[dict[str, str]]:
    path = PUBLISHED / (Path(name).stem + ".stated.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def measure(name: str) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    """(found, missed, wrong): the stated rows read, the stated rows not read, the rows read that
    are no stated figure of that value."""
    rows = [
        r
        for r in extracted(name).rows["raw_narrative_figures"]
        if r["is_rejected"] == "false" and r["unit_text"] == ""
    ]
    read: dict[tuple[str, str], set[Decimal]] = {}
    for row in rows:
        read.setdefault((row["metric"], row["function_code"]), set()).add(Decimal(row["value"]))
    stated = [r for r in expected(name) if r["kind"] == "stated"]
    allowed: dict[tuple[str, str], set[Decimal]] = {}
    for row in stated:
        if row["metric"]:
            allowed.setdefault((row["metric"], row["function_code"]), set()).add(Decimal(row["value"]))
    found, missed = [], []
    for row in stated:
        key = (row["metric"], row["function_code"])
        ok = bool(row["metric"]) and (not row["metric"].startswith("expenditure_function") or row["function_code"])
        (found if ok and Decimal(row["value"]) in read.get(key, set()) else missed).append(row)
    wrong = [
        r
        for r in rows
        if Decimal(r["value"]) not in allowed.get((r["metric"], r["function_code"]), set())
        or (r["metric"].startswith("expenditure_function") and not r["function_code"])
    ]
    return found, missed, wrong


# (document, the least share of its stated figures found, in percent)
FLOORS = [(SH_DEPT, 98), (HANGZHOU, 64), (KUNMING, 87)]


@pytest.mark.parametrize(("name", "floor"), FLOORS)
def test_stated_figures_found_none_wrong(name: str, floor: int) -> None:
    found, missed, wrong = measure(name)
    total = len(found) + len(missed)
    share = 100 * len(found) / total
    print(f"{name}: found {len(found)} / missed {len(missed)} / wrong {len(wrong)} ({share:.0f} %)")
    assert not wrong, [(r["source_line"], r["metric"], r["function_code"], r["value"]) for r in wrong]
    assert share >= floor, [(r["line"], r["clause"], r["printed"], r["metric"]) for r in missed]


@pytest.mark.parametrize("name", [SH_DEPT, HANGZHOU, KUNMING])
def test_stated_list_is_well_formed(name: str) -> None:
    """The hand-made list: known metrics, values with the unit's places, kinds."""
    from extract.reference import metrics

    names = set(metrics())
    for row in expected(name):
        assert row["kind"] in ("stated", "not_a_figure"), row
        assert not row["metric"] or row["metric"] in names, row
        Decimal(row["value"])
        if row["kind"] == "not_a_figure":
            assert not row["metric"] and row["note"], row
