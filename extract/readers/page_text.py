"""Function and economic classification tables in PDF page text (what a PDF library's
``extract_text`` gives: the cells of a row separated by one space, empty cells dropped, header
words run together, a long name wrapped onto the lines around its code) -> tab-separated rows.

A row is a classification code (``201``, ``20105``, ``2010506``, ``301 01``), its name (printed
on the code's line, or wrapped onto the lines just above and below it) and its figures; a total
row is ``合计`` / ``总计`` and its figures. A block is a run of such rows, the wrapped name parts
between them and the table's header repeated after a page break.

Empty cells are dropped, so a row printing fewer figures than the table has columns does not
say which column each figure is in (``201 一般公共服务支出 3,353,072 3,353,072`` under 合计 |
基本支出 | 项目支出: the second one is 基本 or 项目). Only what is certain is kept: the first
figure of a row is its total where the table's header names a total (合计, 总计, 本年收入合计,
本年支出合计) and no column of other figures (年初结转和结余, 上年…, 预算数 / 决算数, 调整…) that
could stand before it. Such a block becomes a table of three columns - code, name, total - under
a header of the printed code / name / total labels; its other columns are not read (a 'partial'
problem 'page_text_columns_unread' names the table). A block whose header does not qualify is
left as printed (its table stays unread, as before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.result import Problem
from extract.tables.meta import unit_of

_AMOUNT = r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# '2010506统计管理 1,200 1,200', '201 一般公共服务支出 3,353,072', '301 01基本工资 2,724,912',
# '2080505 699.30 699.30' (the name wrapped onto the lines around it), '合计 76,306,134 26,917,990'
_ROW = re.compile(
    rf"^\s*(?:(?P<code>\d{{3}}(?: \d{{2}}){{1,2}}(?=\D)|\d{{7}}|\d{{5}}|\d{{3}})(?!\d)\s*)?"
    rf"(?P<name>[^\d\s,.，。；：:;、%（）()-][^\d，。；：:;%]*?)?"
    rf"(?P<amounts>(?:\s+{_AMOUNT})*)\s*$"
)
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)$")
_HEADER_WORDS = re.compile(r"科目|编码|名称|合计|总计|类款项|^类\s*款|^项目(?:\s|$)")
_SENTENCE = re.compile(r"[，。；：:;！？]")
# a header that names the total: its first figure is the total
_TOTAL_LABEL = re.compile(r"本年收入合计|本年支出合计|合计|总计")
# columns of other figures that may stand before the total (a 决算's 年初结转和结余, a prior year)
_OTHER_FIGURES = re.compile(r"结转|结余|上年|年初|预算数|决算数|执行数|调整|增减|比上年|\d{4}\s*年")
_MIN_CODED_ROWS = 2
_MAX_HEADER_LINES = 8


@dataclass
class _Row:
    index: int
    code: str
    name: str
    amounts: list[str]
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)


def _row(line: str) -> _Row | None:
    match = _ROW.match(line)
    if not match or "\t" in line or _SENTENCE.search(line):
        return None
    code = (match.group("code") or "").replace(" ", "")
    name = (match.group("name") or "").strip()
    amounts = match.group("amounts").split()
    if not code and not (_TOTAL.match(name) and amounts):
        return None
    return _Row(-1, code, name, amounts)


def _fragment(line: str) -> bool:
    """A wrapped part of a name: text without figures, not a sentence, not a unit line."""
    text = line.strip()
    return (
        bool(text)
        and len(text) <= 30
        and not _SENTENCE.search(text)
        and not re.search(r"\d", text)
        and not text.endswith("表")
        and not unit_of(text)
        and not _is_header(text)
    )


def _header_label(text: str, pattern: str) -> str:
    found = re.search(rf"\S*{pattern}\S*", text)
    return found.group() if found else ""


def tabulate_page_text(lines: Sequence[str]) -> tuple[tuple[str, ...], list[Problem], list[range]]:
    """The lines with every qualifying page-text classification table written as tab-separated
    rows of code, name and total (see the module docstring).

    ``lines``: decoded lines with no tab. Returns as many lines, in order (a row's wrapped name
    parts and a repeated header become empty lines, the first header line the written header),
    one 'page_text_columns_unread' problem (partial) per table written, and the line ranges
    (0-based) of the blocks written.
    """
    out = list(lines)
    problems: list[Problem] = []
    written: list[range] = []
    i = 0
    while i < len(lines):
        if _row(lines[i]) is None:
            i += 1
            continue
        block_start, rows, end = i, [], i
        pending: list[int] = []  # fragment / header line indexes since the last row
        j = i
        while j < len(lines):
            row = _row(lines[j])
            text = lines[j].strip()
            if row is not None:
                row.index = j
                _place_fragments(rows, row, [lines[k].strip() for k in pending if _fragment(lines[k])])
                rows.append(row)
                pending, end = [], j
            elif not text or _fragment(text) or _is_header(text):
                pending.append(j)
            else:
                break
            j += 1
        if rows and rows[-1].code and pending and pending[0] == end + 1 and _fragment(lines[end + 1]):
            rows[-1].after.append(lines[end + 1].strip())  # the end of the last name
            end += 1
        i = max(end + 1, i + 1)
        coded = [row for row in rows if row.code]
        if len(coded) < _MIN_CODED_ROWS:
            continue
        header_lines = _header_above(lines, block_start)
        if header_lines and _fragment(lines[header_lines[-1]]) and rows[0].code:
            rows[0].before.insert(0, lines[header_lines[-1]].strip())  # the start of the first name
            block_start = header_lines.pop()
        header_text = " ".join(lines[k].strip() for k in header_lines)
        total = _header_label(header_text, _TOTAL_LABEL.pattern)
        if not total or _OTHER_FIGURES.search(header_text):
            continue
        code_label = _header_label(header_text, "编码") or "科目编码"
        name_label = _header_label(header_text, "名称") or "科目名称"
        for k in range(block_start, end + 1):
            out[k] = ""
        for row in rows:
            name = "".join([*row.before, row.name, *row.after])
            total_cell = row.amounts[0] if row.amounts else ""
            out[row.index] = "\t".join([row.code or name, name if row.code else "", total_cell])
        at = header_lines[-1] if header_lines else block_start
        out[at] = "\t".join([code_label, name_label, total])
        for k in header_lines[:-1]:
            if lines[k].strip() and not unit_of(lines[k]) and _is_header(lines[k].strip()):
                out[k] = ""
        written.append(range(header_lines[0] if header_lines else block_start, end + 1))
        problems.append(
            Problem(
                "partial",
                "page_text_columns_unread",
                f"a table in page text (cells separated by single spaces, empty cells dropped): a row printing "
                f"fewer figures than the table has columns does not say which column each is in, so only its "
                f"first column ({total}) is read, with each row's code and name",
                source_line=block_start + 1,
            )
        )
    return tuple(out), problems, written


def _is_header(text: str) -> bool:
    return bool(text) and not _SENTENCE.search(text) and bool(_HEADER_WORDS.search(text)) and len(text) <= 60


def _header_above(lines: Sequence[str], start: int) -> list[int]:
    """The header lines right above a block's first row: up to the table's unit line or title."""
    found: list[int] = []
    k = start - 1
    while k >= 0 and len(found) < _MAX_HEADER_LINES:
        text = lines[k].strip()
        if not text:
            k -= 1
            continue
        if unit_of(text) or text.endswith("表") or _SENTENCE.search(text) or re.search(r"\d", text):
            break
        found.insert(0, k)
        k -= 1
    return found


def _place_fragments(rows: list[_Row], row: _Row, fragments: list[str]) -> None:
    """Give the name parts printed between the previous row and ``row`` to the one they belong
    to: two or more parts are the end of the previous name and the start of this one; one part
    starts this row's name when it prints none, else ends the previous name when that one was
    wrapped (it had a part above it, or none of its own), else starts this one."""
    if not fragments:
        return
    previous = rows[-1] if rows and rows[-1].code else None
    if len(fragments) >= 2 and previous is not None:
        previous.after.append(fragments[0])
        row.before.extend(fragments[1:])
    elif previous is not None and row.name and (previous.before or not previous.name):
        previous.after.extend(fragments)
    else:
        row.before.extend(fragments)
