"""The figures a narrative parse keeps, as the narrative test modules compare them."""

from __future__ import annotations

from extract.result import ParseResult


def accepted_figures(result: ParseResult, with_role: bool = False) -> dict:
    """The kept (not rejected) rows of ``raw_narrative_figures`` as {metric: value} (value: text in
    yuan or a count), or {(metric, value_role): value} with ``with_role``. Asserts that no key is
    read twice (two figures of one metric would hide one of them)."""
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {((r["metric"], r.get("value_role", "")) if with_role else r["metric"]): r["value"] for r in rows}
    assert len(out) == len(rows), rows
    return out


def parse_budget(*paragraphs: str, unit: str = "某县某局") -> ParseResult:
    """The parse of ``paragraphs`` (one paragraph each) as the narrative of ``unit``'s 2025 budget
    (title '2025年部门预算', heading '一、部门预算情况说明')."""
    from extract.narrative import parse_narrative

    lines = [unit, "2025年部门预算", "一、部门预算情况说明", "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year="2025", unit_name=unit, final_accounts=False)


def budget_figures(*paragraphs: str, unit: str = "某县某局") -> dict[str, str]:
    """metric -> value of every figure a 2025 budget's narrative keeps from ``paragraphs`` (as
    ``parse_budget``; no metric read twice)."""
    return accepted_figures(parse_budget(*paragraphs, unit=unit))


def budget_unparsed(*paragraphs: str, unit: str = "某县某局") -> list[str]:
    """The messages of the unparsed-figure problems of ``paragraphs`` (as ``parse_budget``)."""
    return [p.message for p in parse_budget(*paragraphs, unit=unit).problems if p.code == "narrative_unparsed_figure"]
