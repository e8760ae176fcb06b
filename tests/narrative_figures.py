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
