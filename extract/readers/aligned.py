"""Tables aligned with runs of spaces (``pdftotext -layout`` output) -> tab-separated rows.

A block is a run of consecutive lines that each hold at least two fields separated by two
or more spaces, and at least two lines of the block hold three or more fields. Columns are
found from the block's gutters: display positions (a CJK character is two columns wide)
that are blank on every line. Each field goes to the column its text falls in, so a total
row whose label is indented under the name column keeps its place. Lines outside blocks
are returned as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_FIELD = re.compile(r"\S+(?: \S+)*")  # fields: runs of text without two spaces in a row
_MIN_FIELDS = 3
_RULED = re.compile(r"[|│┃┆┊╎║]")  # a table drawn with vertical bars is another layout, not read here


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fields(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each field, in display columns."""
    out = []
    for match in _FIELD.finditer(line):
        start = _width(line[: match.start()])
        out.append((start, start + _width(match.group()), match.group()))
    return out


def tabulate_aligned(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with every space-aligned table block written as tab-separated rows."""
    out = list(lines)
    parsed = [_fields(line) if "  " in line.strip() and not _RULED.search(line) else [] for line in lines]
    i = 0
    while i < len(lines):
        if len(parsed[i]) < 2:
            i += 1
            continue
        j = i
        while j < len(lines) and len(parsed[j]) >= 2:
            j += 1
        block = range(i, j)
        if sum(1 for k in block if len(parsed[k]) >= _MIN_FIELDS) >= 2:
            for k, row in zip(block, _rows([parsed[k] for k in block]), strict=True):
                out[k] = "\t".join(row)
        i = j
    return tuple(out)


def _rows(block: list[list[tuple[int, int, str]]]) -> list[list[str]]:
    spans = sorted((start, end) for fields in block for start, end, _ in fields)
    columns: list[list[int]] = []
    for start, end in spans:
        if columns and start <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], end)
        else:
            columns.append([start, end])
    rows = []
    for fields in block:
        row = [""] * len(columns)
        for start, end, text in fields:
            for c, (c_start, c_end) in enumerate(columns):
                if start < c_end and end > c_start:
                    row[c] = f"{row[c]} {text}".strip()
                    break
        rows.append(row)
    return rows
