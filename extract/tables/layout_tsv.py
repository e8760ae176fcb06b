"""Layout 'tsv_rows' (PDF text exports): one table row per line, cells separated by tabs,
empty cells kept as empty fields; blank lines are page breaks, not row boundaries, and so is a
page's chrome between rows (a page number, a running header repeating the title block). A line
without a tab after the table's rows that is not a unit line, subtitle, annex mark or note
is narrative: the table ends before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.page_numbers import TITLE_BLOCK_LINES, is_page_number, is_running_header, title_block_forms
from extract.spaces import compact
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
    running = title_block_forms(lines)
    for index in range(start, end):
        line = lines[index]
        if not line.strip():
            continue
        if "\t" not in line and (
            is_page_number(line.strip()) or (index >= TITLE_BLOCK_LINES and is_running_header(compact(line), running))
        ):
            continue  # a page's number or running header between the rows (PDF text): no row, no end
        if "\t" not in line and any(len(row.cells) > 1 for row in rows) and not meta.is_meta(line):
            if _between_coded_rows(lines, index, end, rows):
                continue  # a page's header or footer of other words between two coded rows (PDF text)
            break  # narrative after the table (e.g. the explanations after the last table)
        cells = line.split("\t")
        rows.append(Row(cells=cells, lines=[index + 1] * len(cells)))
    return rows


# a row's first cell that is a function (2xx) or economic (3xx / 5xx) code: 3, 5 or 7 digits
_CODE_CELL = re.compile(r"^\s*[235]\d{2}(?:\d{2}){0,2}\s*$")
# the words of a page's header or footer: one short line, no sentence punctuation, no amount (a year may
# stand in it: '城固县水利局2025年部门预算')
_CHROME = re.compile(r"^(?![^\n]*\d[\d,]*\.\d)[^，。；;：:！？!?]{2,40}$")


def _between_coded_rows(lines: Sequence[str], index: int, end: int, rows: list[Row]) -> bool:
    """Whether the line at 0-based ``index`` (no tab) is a page's header or footer between the rows of
    one table: short words without punctuation or amount ('部门预算公开材料', '某局2025年预算'), the row
    read before it and the next line with text (before ``end``) both rows opening with a function or
    economic code. Narrative after a table (a sentence, a heading over a paragraph) is none."""
    text = lines[index].strip()
    # (the length first: on a long line of digits the amount lookahead backtracks quadratically)
    if len(text) > 40 or not _CHROME.match(text) or not rows or not _CODE_CELL.match(rows[-1].cells[0]):
        return False
    following = next((line for line in lines[index + 1 : end] if line.strip()), "")
    return "\t" in following and bool(_CODE_CELL.match(following.split("\t")[0]))
