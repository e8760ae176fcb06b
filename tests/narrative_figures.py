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
    return unparsed_messages(parse_budget(*paragraphs, unit=unit))


def parse_document(
    *paragraphs: str, unit: str, year: str, final: bool = False, heading: str | None = None
) -> ParseResult:
    """The parse of ``paragraphs`` (one paragraph each) as the narrative of ``unit``'s ``year``
    budget (title '{year}年部门预算') or, with ``final``, its 决算 (title '{year}年度部门决算'), under
    ``heading`` (default '一、部门预算情况说明' / '一、部门决算情况说明')."""
    from extract.narrative import parse_narrative

    title = f"{year}年度部门决算" if final else f"{year}年部门预算"
    if heading is None:
        heading = "一、部门决算情况说明" if final else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final)


def figures_in_order(result: ParseResult) -> list[tuple[str, str, str]]:
    """(metric, function code or, for key_project_budget, the project's name, value) of every kept
    figure of ``result``, in the order read."""
    return [
        (
            row["metric"],
            row["function_code"] or (row["name_text"] if row["metric"] == "key_project_budget" else ""),
            row["value"],
        )
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "false"
    ]


def unparsed_messages(result: ParseResult) -> list[str]:
    """The messages of the unparsed-figure problems of ``result``."""
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]
