"""The document model every reader produces: pages -> text lines and tables (grids of cells).

A reader (``extract.readers``) turns a file's bytes into a ``Document``; everything after
reading (title detection, narrative, table interpretation) works on the document's
*linear text* (``Document.linear()``): the text lines and table rows of every page in
reading order, a table row written as its cells joined by tabs (empty cells kept as empty
fields), pages separated by a blank line. Each linear line keeps the page it came from, so
rows read from it can name their page (``source_page``).

A plain-text document is one unpaged page whose lines are the decoded lines as they are:
its linear text is the file's text, line for line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.code_parts import CodeParts, all_digits
from extract.result import Problem

SOURCE_FORMATS = ("text", "pdf", "docx", "xlsx", "html")


@dataclass(frozen=True)
class TextLine:
    """One line of running text. ``top``/``x0``: position on the page in points from the
    top-left corner (0 for formats without positions)."""

    text: str
    top: float = 0.0
    x0: float = 0.0
    # True when the line runs to the right margin and the next line carries on its
    # sentence (a paragraph wrapped by the page width): the linear text joins them.
    wraps: bool = False
    indented: bool = False  # the line starts further right than the text's left edge (a new paragraph)


@dataclass
class TableGrid:
    """A table as a rectangular grid of cell texts, top to bottom, left to right.

    Every row has the same number of cells; a position covered by a merged cell (spanned
    from the left or from above) is ''. Line breaks inside a cell are removed (a wrapped
    name or number is one text). ``top``/``bottom``: the table's vertical extent on its
    page, in points from the top (0 when the format has no positions).
    """

    rows: list[list[str]]
    top: float = 0.0
    bottom: float = 0.0
    name: str = ""  # a sheet name (spreadsheets), '' otherwise

    @property
    def width(self) -> int:
        """The number of cells of the longest row (0 for a grid without rows)."""
        return max((len(row) for row in self.rows), default=0)


@dataclass
class Page:
    """One page (a PDF page, a spreadsheet sheet) or the whole of an unpaged document."""

    number: int | None  # 1-based; None for unpaged formats (text, docx, html)
    lines: list[TextLine] = field(default_factory=list)
    tables: list[TableGrid] = field(default_factory=list)
    has_text_layer: bool = True  # False for a scanned page (an image without text)
    # For unpaged formats whose text and tables interleave: the order in which they come,
    # as ('line', index) / ('table', index). Empty: order by ``top``.
    order: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Document:
    """A read document. ``page_count`` is None for unpaged formats."""

    source_format: str  # one of SOURCE_FORMATS
    pages: list[Page]
    page_count: int | None = None
    encoding: str = ""  # text formats: the detected encoding
    is_traditional: bool = False  # the text was converted from traditional characters
    problems: list[Problem] = field(default_factory=list)  # what reading found wrong

    def linear(self) -> LinearText:
        """The document as lines in reading order (see the module docstring).

        A line marked ``wraps`` is joined with the next text line, also across a page
        break (the joined line keeps the page it starts on)."""
        lines: list[str] = []
        pages: list[int | None] = []
        state = _CodeColumns()
        carry = False  # the last line written wraps into the next text line
        for index, page in enumerate(self.pages):
            items = _page_lines(page, state)
            first = _first_line(page)
            continues = carry and bool(items) and items[0][1] is not None and not (first and first.indented)
            if index and lines and lines[-1] != "" and not continues:
                lines.append("")
                pages.append(page.number)
            for at, (text, wraps) in enumerate(items):
                if carry and wraps is not None and not ITEM_START.match(text) and (at or continues):
                    lines[-1] += text
                else:
                    lines.append(text)
                    pages.append(page.number)
                carry = bool(wraps)
        return LinearText(tuple(lines), tuple(pages))


@dataclass(frozen=True)
class LinearText:
    lines: tuple[str, ...]  # line i (0-based) is source line i + 1
    pages: tuple[int | None, ...]  # the page of each line (None when unpaged)

    def page_of(self, line: int | None) -> int | None:
        """The page of a 1-based line number (None when unknown or unpaged)."""
        if line is None or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]


def _first_line(page: Page) -> TextLine | None:
    if page.order:
        return page.lines[page.order[0][1]] if page.order[0][0] == "line" else None
    if not page.lines:
        return None
    first = min(page.lines, key=lambda line: line.top)
    return first if not page.tables or first.top < min(t.top for t in page.tables) else None


def _page_lines(page: Page, state: _CodeColumns) -> list[tuple[str, bool | None]]:
    """(text, wraps) of the page's lines in order; wraps is None for table rows."""
    if not page.order and not page.tables:  # lines only (every text document): no items to sort
        return _lines_only(page, state)
    if page.order:
        items = page.order
    else:
        keyed = [(line.top, 0, ("line", i)) for i, line in enumerate(page.lines)]
        keyed += [(table.top, 1, ("table", i)) for i, table in enumerate(page.tables)]
        items = [item for _, _, item in sorted(keyed, key=lambda k: (k[0], k[1]))]
    out: list[tuple[str, bool | None]] = []
    for kind, i in items:
        if kind == "line":
            state.spec = None  # text between tables: the next table is not a continuation
            line = page.lines[i]
            if line.indented and out and out[-1][1]:
                out[-1] = (out[-1][0], False)  # a new paragraph: the line above does not carry on
            out.append((line.text, line.wraps))
        else:
            out.extend((text, None) for text in table_lines(page.tables[i], state))
    return out


def _lines_only(page: Page, state: _CodeColumns) -> list[tuple[str, bool | None]]:
    """``_page_lines`` of a page without tables: its lines by ``top`` (a stable sort, so in
    their order when the tops never decrease, as on every text page)."""
    lines = page.lines
    tops = [line.top for line in lines]
    if tops != sorted(tops):
        lines = sorted(lines, key=lambda line: (line.top, 0))
    if lines:
        state.spec = None  # text between tables: the next table is not a continuation
    out: list[tuple[str, bool | None]] = []
    for line in lines:
        if line.indented and out and out[-1][1]:
            out[-1] = (out[-1][0], False)  # a new paragraph: the line above does not carry on
        out.append((line.text, line.wraps))
    return out


# A line that starts a new item never carries on the line above: 一、 （一） 1. 1、 (1) ①
ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+部分)"
)
_CJK = "\u4e00-\u9fff\uff08\uff09\u201c\u201d"  # ideographs, （ ） “ ”
_LETTER_SPACED = re.compile(f"(?<=[{_CJK}])[ \u3000]+(?=[{_CJK}])")
_CELL_BREAK = re.compile(r"\s*[\r\n]+\s*")
_ASCII_WORDS = re.compile(r"[A-Za-z]\s*$")


def cell_text(text: str | None) -> str:
    """A cell's text on one line: line breaks inside the cell removed (a wrapped Chinese
    name or a number broken over two lines is one text again), a break between two Latin
    words kept as a space, tabs as spaces, spaces between Chinese characters (letter
    spacing: '收 入 总 计') removed."""
    if not text:
        return ""
    text = text.replace("\t", " ")
    if " " in text or "\u3000" in text:  # letter-spaced words ('收 入 总 计') are one word
        text = _LETTER_SPACED.sub("", text)
    if "\n" not in text and "\r" not in text:
        return text.strip()
    parts = _CELL_BREAK.split(text.strip())
    out = parts[0]
    for part in parts[1:]:
        out += (" " if _ASCII_WORDS.search(out) and part[:1].isascii() and part[:1].isalpha() else "") + part
    return out


def table_lines(table: TableGrid, state: _CodeColumns | None = None) -> list[str]:
    """A table's rows as tab-separated lines (rows without any text are left out).

    ``state`` carries split code columns (类 | 款 | 项) from a table to its continuation on
    the next page, which repeats no header."""
    rows = merge_code_columns([[cell_text(c) for c in row] for row in table.rows], state)
    return ["\t".join(row) for row in rows if any(row)]


_LEVEL_WORDS = ("类", "款", "项")
_DIGITS = re.compile(r"^\d+$")
_SPACED_CODE = re.compile(r"^(\d{3})\s+(\d{1,2})(?:\s+(\d{1,2}))?$")


@dataclass
class _CodeColumns:
    """The split code columns of the last table read: ((first column, count), ...), table width;
    ``parts``: the parents its rows printed last, per group (a continuation goes on with them)."""

    spec: tuple[tuple[tuple[int, int], ...], int] | None = None
    parts: list[CodeParts] = field(default_factory=list)


def merge_code_columns(rows: list[list[str]], state: _CodeColumns | None = None) -> list[list[str]]:
    """Codes printed in separate 类 | 款 | 项 columns become one code in the 类 column.

    A header row holding 类, 款 (and 项) in adjacent cells marks the columns (a table may
    hold two such groups side by side); in the rows below, '204' '06' '01' becomes
    '2040601' (a one-digit 款 or 项 is padded: '301' '2' -> '30102'), and the 款/项 columns
    are removed from every row. A row that prints only its own level's part takes its parents
    from the rows above it (``extract.code_parts.CodeParts``: a 款 '' '03' under the 类 row
    '201' is '20103'; the rows under merged 类 / 款 cells read the same way); a part whose
    parent is not printed above it, or a 类 that is not three digits (a slip in the source), is
    kept as printed, cells joined by a space, never turned into another code. When the
    header row also carries figures (the 合计 row printed beside 类 款 项), the level
    words are blanked so that it reads as the total row. A code printed with spaces inside
    one cell ('301 2', '204 06 01') is joined the same way. A table of the same width
    without that header that follows one with it (its continuation after a page break)
    is merged the same way. Other tables are returned unchanged.
    """
    groups: list[tuple[int, int]] = []
    header_at = -1
    for r, row in enumerate(rows):
        compacted = [re.sub(r"\s+", "", c) for c in row]
        i = 0
        while i < len(compacted) - 1:
            if compacted[i] == "类" and compacted[i + 1] == "款":
                width = 3 if i + 2 < len(compacted) and compacted[i + 2] == "项" else 2
                groups.append((i, width))
                i += width
            else:
                i += 1
        if groups:
            header_at = r
            break
    table_width = max((len(r) for r in rows), default=0)
    joiners = [CodeParts() for _ in groups]
    if not groups and state is not None and state.spec and state.spec[1] == table_width:
        first = next((row for row in rows if any(row)), [])
        if any(len(first) > start and _DIGITS.match(first[start]) for start, _ in state.spec[0]):
            groups = list(state.spec[0])  # a continuation: it starts with a code row
            joiners = state.parts
    if state is not None:
        state.spec = (tuple(groups), table_width) if groups else None
        state.parts = joiners
    if not groups:
        if any(_SPACED_CODE.match(c) for row in rows for c in row[:2]):
            return [[_joined_spaced(c) if i < 2 else c for i, c in enumerate(row)] for row in rows]
        return rows
    drop = {i for start, width in groups for i in range(start + 1, start + width)}
    amounts = _amount_columns(rows[header_at + 1 :], groups, table_width)
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        row = list(row)
        if r == header_at and any(_FIGURE.match(c) for c in row):
            for start, width in groups:  # 类 款 项 beside the figures of the total row
                row[start : start + width] = [""] * width
        for (start, width), joiner, at in zip(groups, joiners, amounts, strict=True):
            if r > header_at and start + width <= len(row):
                amount = row[at] if at is not None and at < len(row) else ""
                row[start] = _code_of(row[start : start + width], joiner, amount)
        out.append([c for i, c in enumerate(row) if i not in drop])
    return out


_FIGURE = re.compile(r"^-?[\d,]+(?:\.\d+)?$")


def _amount_columns(rows: list[list[str]], groups: list[tuple[int, int]], width: int) -> list[int | None]:
    """Per group of split code columns, the table's first amount column after it (before the
    next group): the first column there in which a row below the header prints a figure; None
    when there is none."""
    out: list[int | None] = []
    for n, (start, span) in enumerate(groups):
        end = groups[n + 1][0] if n + 1 < len(groups) else width
        found = [c for c in range(start + span, end) if any(c < len(row) and _FIGURE.match(row[c]) for row in rows)]
        out.append(found[0] if found else None)
    return out


def _code_of(parts: list[str], joiner: CodeParts, amount: str = "") -> str:
    """One code from the cells of split code columns (see ``merge_code_columns``); ``amount``:
    the row's first amount cell, which a part completed from the rows above is weighed by."""
    if all_digits(parts):
        return joiner.join(parts, amount)
    if len(parts[0]) >= 3 and _SPACED_CODE.match(parts[0]):
        return _joined_spaced(parts[0])
    return parts[0]


def _joined_spaced(text: str) -> str:
    match = _SPACED_CODE.match(text)
    if not match:
        return text
    return match.group(1) + "".join(g.zfill(2) for g in match.groups()[1:] if g)


class Deadline:
    """A per-document time limit for reading: ``check()`` raises ReadError('timed_out')
    once ``seconds`` have passed since it was made."""

    def __init__(self, seconds: float):
        import time

        self._clock = time.monotonic
        self.seconds = seconds
        self.at = self._clock() + seconds

    def check(self) -> None:
        """Raise ``ReadError('timed_out', …)`` when the time limit has passed; else return None."""
        if self._clock() > self.at:
            from extract.read import ReadError

            raise ReadError("timed_out", f"reading timed out after {self.seconds:g} s")
