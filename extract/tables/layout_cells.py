"""Layout 'cell_per_line' (Word exports): every cell on its own line, prefixed by a tab;
rows are blocks separated by a truly empty line; a line without the tab continues the
cell above (a wrapped or vertical label) unless it stands on its own (unit line, note,
title). Merged cells are dropped, so a short row may miss cells in the middle."""

from __future__ import annotations

from collections.abc import Sequence

from extract.tables import meta
from extract.tables.model import Row

NAME = "cell_per_line"


def score(lines: Sequence[str]) -> float:
    """Share of tab-bearing lines that are a single tab-prefixed cell."""
    tabbed = [line for line in lines if "\t" in line]
    if not tabbed:
        return 0.0
    return len([line for line in tabbed if line.startswith("\t") and line.count("\t") == 1]) / len(tabbed)


def read_rows(lines: Sequence[str], start: int, end: int) -> list[Row]:
    """Lines ``start`` to ``end`` (0-based, end excluded) of a cell-per-line layout -> the table's
    rows, the cells of each row gathered from the lines that follow its first cell.
    """
    rows: list[Row] = []
    current: Row | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.cells:
            rows.append(current)
        current = None

    for index in range(start, end):
        line = lines[index]
        if line == "":
            close()
        elif line.startswith("\t"):
            if current is None:
                current = Row(cells=[], lines=[], merged_dropped=True)
            current.cells.append(line[1:])
            current.lines.append(index + 1)
        elif current is not None and current.cells and not meta.is_meta(line):
            current.cells[-1] += line.strip()  # continuation of the cell above
        elif line.strip():
            close()
            rows.append(Row(cells=[line], lines=[index + 1], merged_dropped=True))
    close()
    return rows
