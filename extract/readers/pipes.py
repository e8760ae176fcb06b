"""Tables whose cells are separated by '|' (a web page or Markdown copied as text:
'收入 | 预算数 | 支出 | 预算数', '| 一、一般公共服务支出 | 2985.40 |') -> tab-separated rows.

A block is a run of at least two lines that each hold a '|' between two cells (blank lines
end it), at least one of them with an amount in a cell of its own; each of its lines becomes
its cells joined by tabs (outer bars dropped, cells stripped, empty cells kept as empty
fields), and a Markdown rule line ('|---|:---:|') becomes blank. Lines outside blocks, and a
web page's metadata row ('标题 | …情况说明'), which holds no amount, are returned as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BAR = re.compile(r"\s*[|｜]\s*")
_RULE = re.compile(r"^\s*[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?\s*$")
_AMOUNT_CELL = re.compile(r"^[-－]?\d[\d,，]*(?:\.\d+)?$")


def _cells(line: str) -> list[str] | None:
    """The cells of a piped line ('a | b |' -> ['a', 'b']), None when it holds no inner bar."""
    text = line.strip()
    if text[:1] in "|｜":
        text = text[1:]
    if text[-1:] in "|｜":
        text = text[:-1]
    if not re.search(r"[|｜]", text):
        return None
    return [cell.strip() for cell in _BAR.split(text)]


def tabulate_pipes(lines: Sequence[str]) -> list[str]:
    """``lines`` with each block of piped table rows written as tab-separated rows (same number
    of lines, so line numbers keep pointing at the source)."""
    out = list(lines)
    index = 0
    while index < len(out):
        end = index
        while end < len(out) and (_RULE.match(out[end]) or _cells(out[end]) is not None):
            end += 1
        block = range(index, end)
        rows = [_cells(out[i]) for i in block if not _RULE.match(out[i])]
        if len(rows) >= 2 and any(_AMOUNT_CELL.match(cell) for row in rows for cell in row if row):
            for i in block:
                out[i] = "" if _RULE.match(out[i]) else "\t".join(_cells(out[i]) or [])
        index = max(end, index + 1)
    return out
