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
problem 'page_text_columns_unread' names the table). A block whose every row prints every figure
its one-line header names (``_full_row_labels``: '科目编码 科目名称 年初预算数 决算数 完成年初预算比例', each
row code, name and three figures, a percentage among them) dropped no cell: it is written whole,
column by column. A block whose header does not qualify is left as printed (its table stays
unread, as before).

A summary table (收支总表) whose header gives one figure column a side ('项目 决算数 项目 决算数') is
written as income item | figure | expenditure item | figure (``tabulate_summary_sides``): a figure
always follows its item, so only an item's side needs telling, and a row that does not tell it
leaves the table as printed.
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
    rf"(?P<amounts>(?:\s+{_AMOUNT}%?)*)\s*$"
)
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)$")
_HEADER_WORDS = re.compile(r"科目|编码|名称|合计|总计|类款项|^类\s*款|^项目(?:\s|$)")
_SENTENCE = re.compile(r"[，。；：:;！？]")
# '其中：' opening a header word ('本年支出 其中：基本支出 项目支出'): the columns after it are parts of the
# one before, its colon no sentence's
_PARTS_MARK = re.compile(r"(?:(?<=\s)|^)其中[：:]")
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
        labels = _full_row_labels(lines, header_lines, rows)
        if labels is not None:
            for k in range(block_start, end + 1):
                out[k] = ""
            for row in rows:
                name = "".join([*row.before, row.name, *row.after])
                out[row.index] = "\t".join([row.code or name, name if row.code else "", *row.amounts])
            out[header_lines[0]] = "\t".join(labels)
            written.append(range(header_lines[0], end + 1))
            continue
        total = _header_label(header_text, _TOTAL_LABEL.pattern)
        if not total or _OTHER_FIGURES.search(header_text) or any(a.endswith("%") for r in rows for a in r.amounts):
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


# the labels of a header's code and name columns ('科目编码', '科目名称', '功能分类科目', '项目'):
# what a row prints before its figures
_LEAD_LABEL = re.compile(
    r"^(?:(?:功能分类|经济分类)?科目(?:编码|代码|名称)?|编码|代码|名称|项目(?:名称)?|类款项|类|款|项)$"
)


def _full_row_labels(lines: Sequence[str], header_lines: list[int], rows: list[_Row]) -> list[str] | None:
    """The column labels of a block whose every row prints every figure: a header of one line of
    single words, code / name labels first ('科目编码 科目名称 年初预算数 决算数 完成年初预算比例'),
    and each row (its code and name, or a 合计 / 总计) printing exactly as many figures as the
    header names figure columns. Then no cell was dropped and each figure's column is certain, so
    the block is read whole: [code label, name label, figure labels …]. None otherwise (a header
    over two lines, a row short of a figure: which column it misses cannot be told)."""
    if len(header_lines) != 1:
        return None
    words = _PARTS_MARK.sub("", lines[header_lines[0]]).split()
    lead = 0
    while lead < len(words) and _LEAD_LABEL.match(words[lead]):
        lead += 1
    figures = words[lead:]
    if not 1 <= lead <= 2 or not figures or any(_LEAD_LABEL.match(word) or re.search(r"\d", word) for word in figures):
        return None
    if any(len(row.amounts) != len(figures) for row in rows):
        return None
    code_label = words[0] if lead == 2 else "科目编码"
    name_label = words[1] if lead == 2 else words[0]
    return [code_label, name_label, *figures]


def _is_header(text: str) -> bool:
    return (
        bool(text)
        and not _SENTENCE.search(_PARTS_MARK.sub("", text))
        and bool(_HEADER_WORDS.search(text))
        and len(text) <= 60
    )


def _header_above(lines: Sequence[str], start: int) -> list[int]:
    """The header lines right above a block's first row: up to the table's unit line or title."""
    found: list[int] = []
    k = start - 1
    while k >= 0 and len(found) < _MAX_HEADER_LINES:
        text = lines[k].strip()
        if not text:
            k -= 1
            continue
        if (
            unit_of(text)
            or text.endswith("表")
            or _SENTENCE.search(_PARTS_MARK.sub("", text))
            or re.search(r"\d", text)
        ):
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


# --- two-sided summary tables (收支总表: income items on the left, expenditure on the right) ---

_SIDE_HEADER = re.compile(r"^项目\s+(决算数|预算数|金额)\s+项目\s+\1$")
_FIGURE = re.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?$")
_LIST_MARK = re.compile(r"^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）])$")
_GLUED = re.compile(r"(\d)(?=[一二三四五六七八九十]+、)")  # '47,483,458一、社会保障和就业支出'
_RIGHT_WORDS = re.compile(r"支出|结余分配|年末")
_LEFT_WORDS = re.compile(r"收入|年初|使用")
_FRAGMENT_MAX = 4


def _pairs(line: str) -> list[list[str]] | None:
    """The (label, figure) pairs of a summary row in print order ('' for a label printed without
    its figure, a label '' for a figure alone); None for a line that is not one."""
    pairs: list[list[str]] = []
    for word in _GLUED.sub(r"\1 ", line).split():
        if _FIGURE.match(word):
            if pairs and not pairs[-1][1]:
                pairs[-1][1] = word
            else:
                pairs.append(["", word])
        elif pairs and _LIST_MARK.match(pairs[-1][0]) and not pairs[-1][1]:
            pairs[-1][0] += " " + word  # '1. 一般公共预算'
        else:
            pairs.append([word, ""])
    return pairs


def _side(label: str) -> str:
    right, left = bool(_RIGHT_WORDS.search(label)), bool(_LEFT_WORDS.search(label))
    return "right" if right and not left else "left" if left and not right else ""


def tabulate_summary_sides(lines: Sequence[str]) -> tuple[tuple[str, ...], list[range]]:
    """The lines with every page-text summary table whose header is '项目 决算数 项目 决算数' (one
    figure column a side) written as tab-separated rows: income item, its figure, expenditure item,
    its figure.

    A figure belongs to the item printed right before it; a row of two items is income then
    expenditure; a row of one item is on the side its words say (支出 / 结余分配 / 年末: expenditure;
    收入 / 年初 / 使用: income); a short line of one word ends the item above it (a name wrapped:
    '二十二、灾害防治及应急管理支' / '出'), a figure alone on its line is that item's. A table with a row
    that none of this places is left as printed. Returns the lines and the ranges written.
    """
    out = list(lines)
    written: list[range] = []
    for at, line in enumerate(lines):
        if "\t" in line or not _SIDE_HEADER.match(line.strip()):
            continue
        rows: list[tuple[int, list[list[str]]]] = []
        end = at + 1
        ok = True
        while end < len(lines):
            text = lines[end].strip()
            if not text or "\t" in lines[end] or text.startswith("注") or unit_of(text) or text.endswith("表"):
                break
            pairs = _pairs(text)
            if pairs and len(pairs) == 1 and not pairs[0][0] and rows:  # a figure alone: the item above's
                last = rows[-1][1][-1]
                if last[1]:
                    ok = False
                    break
                last[1] = pairs[0][1]
            elif (
                pairs
                and len(pairs) == 1
                and not pairs[0][1]
                and len(text) <= _FRAGMENT_MAX
                and not _side(text)
                and not _LIST_MARK.match(text)
                and rows
            ):
                rows[-1][1][-1][0] += text  # the end of a wrapped item
            elif pairs and len(pairs) <= 2 and all(label for label, _ in pairs):
                rows.append((end, pairs))
            else:
                ok = False
                break
            end += 1
        placed: list[tuple[int, str]] = []
        for index, pairs in rows if ok else []:
            if len(pairs) == 2:
                cells = [*pairs[0], *pairs[1]]
            else:
                side = _side(pairs[0][0])
                if not side:
                    ok = False
                    break
                cells = [*pairs[0], "", ""] if side == "left" else ["", "", *pairs[0]]
            placed.append((index, "\t".join(cells)))
        if not ok or len(placed) < 2:
            continue
        for k in range(at + 1, end):
            out[k] = ""
        for index, text in placed:
            out[index] = text
        figure_label = line.split()[1]
        out[at] = "\t".join(["项目", figure_label, "项目", figure_label])
        above = lines[at - 1].split() if at > 0 else []
        if len(above) == 2 and not any(_FIGURE.match(word) for word in above):  # '收入 支出', '本年收入 本年支出'
            out[at - 1] = f"{above[0]}\t\t{above[1]}\t"
        written.append(range(at, end))
    return tuple(out), written


# the header of one side of a summary table printed one side under the other ('收入项目 决算数' … then
# '支出项目 决算数' …): the side and its figure column's label
_STACKED_HEADER = re.compile(
    r"^(?P<side>收入|支出)\s*(?:项目)?\s+(?P<figure>决算数|预算数|金额|本年决算数|本年预算数)$"
)


def tabulate_stacked_sides(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines with every summary table printed one side under the other — '收入项目 决算数', its
    items each with one figure, then '支出项目 决算数' and the expenditure items (cells separated by
    spaces or tabs, as a web page's table copied as text gives them) — written as tab-separated
    rows of a side-by-side summary: a header '项目 | 决算数 | 项目 | 决算数', each income row as
    'item | figure | |', each expenditure row as '| | item | figure' (the second header's line left
    blank). A block with a line that is not one item and one figure, or without both sides of at
    least two rows each, is left as printed."""
    out = list(lines)
    at = 0
    while at < len(lines):
        head = _STACKED_HEADER.match(" ".join(lines[at].split()))
        if head is None or head.group("side") != "收入":
            at += 1
            continue
        figure_label = head.group("figure")
        rows: dict[str, list[tuple[int, str, str]]] = {"收入": [], "支出": []}
        side, switch, end = "收入", -1, at + 1
        while end < len(lines):
            text = " ".join(lines[end].split())
            if not text:
                break
            other = _STACKED_HEADER.match(text)
            if other is not None:
                if side != "收入" or other.group("side") != "支出" or other.group("figure") != figure_label:
                    break
                side, switch = "支出", end
            else:
                pairs = _pairs(text)
                if not pairs or len(pairs) != 1 or not pairs[0][0] or not pairs[0][1]:
                    break
                rows[side].append((end, pairs[0][0], pairs[0][1]))
            end += 1
        if switch < 0 or len(rows["收入"]) < 2 or len(rows["支出"]) < 2:
            at = end
            continue
        out[at] = "\t".join(["项目", figure_label, "项目", figure_label])
        out[switch] = ""
        for index, item, figure in rows["收入"]:
            out[index] = f"{item}\t{figure}\t\t"
        for index, item, figure in rows["支出"]:
            out[index] = f"\t\t{item}\t{figure}"
        at = end
    return tuple(out)
