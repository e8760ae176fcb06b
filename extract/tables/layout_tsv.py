"""Layout 'tsv_rows' (PDF text exports): one table row per line, cells separated by tabs,
empty cells kept as empty fields; blank lines are page breaks, not row boundaries. A line
without a tab after the table's rows that is not a unit line, subtitle, annex mark or note
is narrative: the table ends before it."""

from __future__ import annotations

from collections.abc import Sequence

from extract.tables import meta
from extract.tables.model import Row

NAME = "tsv_rows"


def score(lines: Sequence[str]) -> float:
    """Share of tab-bearing lines that hold at least two fields with text before the first tab."""
    tabbed = [line for line in lines if "\t" in line]
    if not tabbed:
        return 0.0
    rows = len([line for line in tabbed if not line.startswith("\t") or line.count("\t") >= 2])
    return rows / len(tabbed)


def read_rows(lines: Sequence[str], start: int, end: int) -> list[Row]:
    """Rows of lines[start:end] (0-based, end exclusive)."""
    rows: list[Row] = []
    for index in range(start, end):
        line = lines[index]
        if not line.strip():
            continue
        if "\t" not in line and any(len(row.cells) > 1 for row in rows) and not meta.is_meta(line):
            break  # narrative after the table (e.g. the explanations after the last table)
        cells = line.split("\t")
        rows.append(Row(cells=cells, lines=[index + 1] * len(cells)))
    return rows
