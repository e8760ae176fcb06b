"""Tables aligned with runs of spaces (``pdftotext -layout`` output, or text typed that way)
-> tab-separated rows.

Fields are runs of text without two spaces in a row; an amount followed by one space and a
label ('96,282,213.44 一、公共安全支出', as ``pdftotext -layout`` writes two side-by-side
cells that almost touch) is two fields. A block is a run of lines that each hold at least two
fields; blank lines inside it are skipped, a page break (form feed) or a line of one field
ends it, and at least two of its lines hold three or more fields.

Columns are found from the block's gutters: positions that are blank on every line that
holds an amount (the body). Positions are counted in one of two ways, whichever finds more
columns in the block: display columns (a CJK character is two wide, as a person aligns text
in an editor) or characters (``pdftotext -layout`` gives every character one position). A
field goes to the column it overlaps most (the nearest one when it lies in a gutter), so a
header cell merged over several columns lands in one of them and a total row whose label is
indented under the name column keeps its place. Each page is laid out on its own, so a table
crossing a page break is two blocks. Lines outside blocks are returned as they are.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence

from extract.result import Problem
from extract.tables.meta import is_column_numbers, unit_of

_FIELD = re.compile(r"\S+(?: \S+)*")  # fields: runs of text without two spaces in a row
# '96,282,213.44 一、公共安全支出': an amount, one space, then a label that starts with no digit
_AMOUNT_THEN_LABEL = re.compile(r"^(-?[\d,]*\d(?:\.\d+)?) (?=[^\d\s.,-])")
_AMOUNT = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_MIN_FIELDS = 3
_RULED = re.compile(r"[|│┃┆┊╎║]")  # a table drawn with vertical bars is another layout, not read here

Field = tuple[int, int, str]


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fields(line: str, width: Callable[[str], int]) -> list[Field]:
    """(start, end, text) of each field of ``line``, positions measured by ``width``."""
    out: list[Field] = []
    for match in _FIELD.finditer(line):
        text, begin = match.group(), match.start()
        split = _AMOUNT_THEN_LABEL.match(text)
        parts = [(begin, split.group(1)), (begin + split.end(), text[split.end() :])] if split else [(begin, text)]
        for at, part in parts:
            start = width(line[:at])
            out.append((start, start + width(part), part))
    return out


_CJK_LETTER = re.compile(r"^[\u4e00-\u9fff]$")
_CODE_LEVELS = set("类款项")
# letters of one word lie closer than this (a header cell is rarely wider): farther apart, two
# lone characters are the wrapped ends of two cells ('支' / '出' under two columns)
_MAX_LETTER_GAP = 12  # '类   款   项': one header per code column, never one word


def _gap(left: Field, right: Field) -> int:
    return right[0] - left[1]


def _letters_joined(fields: list[Field]) -> list[Field]:
    """A header line's letter-spaced words joined: single CJK characters in a row ('收       入',
    '项       目', '本 年 收 入') are one word, spanning from its first letter to its last; a gap
    more than half as wide again as the word's first, or wider than ``_MAX_LETTER_GAP``, starts
    another word ('收   入        支   出').
    A run of code levels alone ('类   款   项') is left as it is. ('栏   次   1   2': the row
    numbering the columns, whose label is letter-spaced too.)"""
    if any(_AMOUNT.match(text) for _, _, text in fields) and not any(_CJK_LETTER.match(t) for _, _, t in fields):
        return fields
    out: list[Field] = []
    run: list[Field] = []

    def close() -> None:
        if len(run) > 1 and not {text for _, _, text in run} <= _CODE_LEVELS:
            out.append((run[0][0], run[-1][1], "".join(text for _, _, text in run)))
        else:
            out.extend(run)
        run.clear()

    for field in fields:
        if _CJK_LETTER.match(field[2]) and (
            not run
            or (
                _gap(run[-1], field) <= _MAX_LETTER_GAP
                and (len(run) < 2 or _gap(run[-1], field) <= 1.5 * _gap(run[0], run[1]))
            )
        ):
            run.append(field)
        elif _CJK_LETTER.match(field[2]):  # a wider gap: the next word ('收   入        支   出')
            close()
            run.append(field)
        else:
            close()
            out.append(field)
    close()
    return out


def tabulate_aligned(lines: Sequence[str]) -> tuple[tuple[str, ...], list[Problem]]:
    """The lines with every space-aligned table block written as tab-separated rows.

    ``lines``: the decoded lines of a text file (a form feed starts a page). Returns as many
    lines, in order: a line in a block becomes its cells joined by tabs (empty cells kept),
    every other line is unchanged. One way of measuring positions serves the whole file (one
    tool wrote it): the one under which fewer blocks have figures in a column with no header
    text (a row whose name is longer than the others shifts its figures under the wrong one),
    then the one that finds more columns. Also returns a problem
    ('aligned_header_unclear', partial) for each block whose header or figures cannot be
    placed column by column: those lines are left as they are and the table's figures go
    unread.
    """
    out = list(lines)
    problems: list[Problem] = []
    blocks = _blocks(lines)
    if not blocks:
        return tuple(out), problems
    texts = [[lines[k].replace("\f", "") for k in block] for block in blocks]
    measured = {
        width: [[_letters_joined(_fields(line, width)) for line in block] for block in texts]
        for width in (_display_width, len)
    }
    tables = {width: [_table(fields) for fields in measured[width]] for width in measured}
    # the measure under which fewer tables have figures in a column with no header text (the
    # measure that shifts a row whose name is longer than the others), then more columns
    width = min(
        measured,
        key=lambda w: (
            sum(bool(why) for _, why in tables[w]),
            sum(why == _UNNAMED for _, why in tables[w]),
            -sum(len(_columns(b)) for b in measured[w]),
        ),
    )
    for block, (rows, why), fields in zip(blocks, tables[width], measured[width], strict=True):
        if why and (delimited := _delimited(block, fields, lines) or _run_delimited(block, lines)):
            # the cells not aligned but typed apart by gaps, as many on every line (or one gap
            # more for each empty cell)
            rows, why = delimited, ""
        for k, row in zip(block, rows, strict=True):
            if row is not None:
                out[k] = "\t".join(row)
        if why:
            problems.append(
                Problem(
                    "partial",
                    "aligned_header_unclear",
                    f"a table aligned with spaces whose {why}: its figures are not read; give yusuan the PDF itself",
                    source_line=block[0] + 1,
                )
            )
    return tuple(out), problems


def _delimited(block: list[int], fields: list[list[Field]], lines: Sequence[str]) -> list[list[str] | None] | None:
    """The rows of a block whose cells are typed apart by gaps without lining up ('功能分类（类）　　　决算数
    （万元）　　　占比' over '教育支出（205）　　　25278.18　　　80.00%'): every line of the block holds the
    same number of fields (two or more), its first line no amount (the header); its fields in order.
    None for any other block (one whose lines hold fewer cells than its header: which is whose is
    not told)."""
    counts = {len(line) for line in fields}
    if len(counts) != 1 or counts.pop() < 2 or any(_AMOUNT.match(text) for _, _, text in fields[0]):
        return None
    if any("\f" in lines[k] for k in block[1:]):
        return None
    return [[text for _, _, text in line] for line in fields]


_GAP = re.compile(r"[ \u3000]+")


def _run_delimited(block: list[int], lines: Sequence[str]) -> list[list[str] | None] | None:
    """The rows of a block typed with one gap between cells and that gap once more for each
    empty cell ('科目编码　　科目名称　　2025年预算数　　2026年预算数' over
    '20805　　行政事业单位养老支出　　　　348.10', the 2025 cell empty; '　　　　住房保障支出' with
    two empty cells before it; a full-width space is read as one space): every gap (at the
    start of a line or between texts) is a whole number of the narrowest one, which is two
    spaces wide or more and narrower than the widest; a gap of n of them leaves n - 1 empty
    cells (n at the start of a line). No line holds more cells than the widest line of the
    header above the first amount, a row with fewer ends with empty cells, and each column's
    cells below the header are all figures or all words. None for any other block (tried only
    on a block whose cells do not line up)."""
    texts = [lines[k].replace("\f", "").rstrip() for k in block]
    gaps = [
        [(m.start() == 0, _display_width(m.group())) for m in _GAP.finditer(text) if m.end() < len(text)]
        for text in texts
    ]
    widths = {width for line in gaps for _, width in line}
    if not widths:
        return None
    unit = min(widths)
    if unit < 2 or unit == max(widths) or any(width % unit for width in widths):
        return None
    rows: list[list[str]] = []
    for text, line in zip(texts, gaps, strict=True):
        cells: list[str] = []
        parts = _GAP.split(text)
        for n, (leading, width) in enumerate(line):
            if n == 0 and not leading:
                cells.append(parts[0])
            cells.extend([""] * (width // unit - (0 if leading else 1)))
            cells.append(parts[n + 1])
        if not line:
            cells.append(text)
        rows.append(cells)
    first_body = next((n for n, row in enumerate(rows) if any(_AMOUNT.match(cell) for cell in row)), None)
    if not first_body:
        return None
    width = max(len(row) for row in rows[:first_body])
    if width < 2 or any(len(row) > width for row in rows):
        return None
    rows = [row + [""] * (width - len(row)) for row in rows]
    for c in range(width):
        # each column holds figures or words, never both: a gap miscounted would shift them
        kinds = {bool(_AMOUNT.match(row[c])) for row in rows[first_body:] if row[c]}
        if len(kinds) > 1:
            return None
    return list(rows)


def _blocks(lines: Sequence[str]) -> list[list[int]]:
    """The line indexes of each table block (see the module docstring)."""
    counted = [_fields(line, len) if _tabular(line) else [] for line in lines]
    blocks: list[list[int]] = []
    i = 0
    while i < len(lines):
        if len(counted[i]) < 2:
            i += 1
            continue
        block = [i]
        j = i + 1
        while j < len(lines) and "\f" not in lines[j]:
            if len(counted[j]) >= 2 or (lines[j].strip() and _header_line(lines[j]) and _before_row(lines, counted, j)):
                block.append(j)
            elif lines[j].strip() and not unit_of(lines[j]):
                break
            j += 1
        if sum(1 for k in block if len(counted[k]) >= _MIN_FIELDS) >= 2 or _two_columns(lines, counted, block):
            # header cells on lines of their own right above the first row ('“三公”经费预算数')
            k = i - 1
            while k >= 0 and "\f" not in lines[k + 1] and lines[k].strip() and _header_line(lines[k]):
                block.insert(0, k)
                k -= 1
            blocks.append(block)
        i = j
    return blocks


def _two_columns(lines: Sequence[str], counted: list[list[Field]], block: list[int]) -> bool:
    """Whether ``block`` is a table of two columns, a name and an amount ('经济分类科目    决算数' then
    '人员经费    12,108.92' …): three lines or more of two fields each, the first no amount (the
    header), every other one ending with an amount, right under a table's title (text ending with
    表, a unit line or blank lines between): two fields alone are no table elsewhere."""
    if len(block) < 3 or any(len(counted[k]) != 2 for k in block):
        return False
    head, *body = block
    if any(_AMOUNT.match(text) for _, _, text in counted[head]):
        return False
    if not all(_AMOUNT.match(counted[k][1][2]) and not _AMOUNT.match(counted[k][0][2]) for k in body):
        return False
    k = head - 1
    while k >= 0 and (not lines[k].strip() or unit_of(lines[k].strip())):
        k -= 1
    # ('表六  一般公共预算财政拨款基本支出决算表（简表）        单位：万元': a numbered title, its remark and unit after it)
    return k >= 0 and (
        lines[k].strip().rstrip("（）()续").endswith("表") or bool(_TITLE_OR_PART.search(lines[k].strip()))
    )


# a sentence, not a header cell
_SENTENCE = re.compile(r"[。；，,;]")


def _header_line(line: str) -> bool:
    """A line of one field that can be a header cell on a line of its own ('功能分类科目编码' over
    its sub-columns, the wrapped end of a header): not a table's title (text that ends with 表),
    not a unit line, not a sentence."""
    text = line.strip()
    return not (
        unit_of(text)
        or text.rstrip("（）()续").endswith("表")
        or _TITLE_OR_PART.search(text)
        or _SENTENCE.search(text)
        or len(text) > 30
    )


def _before_row(lines: Sequence[str], counted: list[list[Field]], index: int) -> bool:
    """The next line with text on the same page holds two fields or more."""
    for after in range(index + 1, len(lines)):
        if "\f" in lines[after]:
            return False
        if lines[after].strip():
            return len(counted[after]) >= 2
    return False


# a table's title ('表1  收入支出决算总表', '表1  2025年…功能分类构成', '第五部分  附表') or an outline's
# part heading ('第四部分  附件'), its words apart by two spaces: a line of its own between tables,
# never one of their rows
# ('公开表1  部门收支总表（单位：万元）': a table's number after a word of the set's name, its unit in
# brackets after the title)
_TITLE_OR_PART = re.compile(
    r"表\s*(?:[（(]\s*续\s*表?\s*[)）])?(?:[（(]\s*(?:金额)?单位\s*[:：][^（）()]{1,8}[)）])?$"
    r"|^第[一二三四五六七八九十]+部分|^(?:[\u4e00-\u9fff]{1,4})?表\s*[一二三四五六七八九十\d]{1,3}(?:\s|[:：])"
    # ('一、收支总表      单位：万元', '…决算总表（公开01表）    单位：万元': a title, its unit apart by spaces)
    r"|表(?:[（(][^（）()]{1,12}[)）])?\s{2,}(?:金额|货币|计量)?单位\s*[:：]\s*\S{1,8}$"
)


def _tabular(line: str) -> bool:
    text = line.strip()
    if unit_of(text):  # '编制部门：X      单位：元' stays a line of its own: the table's unit
        return False
    if _TITLE_OR_PART.search(text):
        return False
    # (a full-width space is two columns wide: a gap as two spaces are, '合计　　6086.52')
    return ("  " in text or "\u3000" in text or bool(_AMOUNT_THEN_LABEL.match(text))) and not _RULED.search(line)


Column = tuple[int, int, bool]  # start, end, holds amounts (right-aligned)


def _columns(block: list[list[Field]]) -> list[Column]:
    """Column spans: the union of overlapping field spans over the body (lines with an amount),
    or over every line when none holds an amount. In a body of three or more lines, a span of
    text that only one line has (a total's label indented between the name and the amounts)
    makes no column: that field goes to the nearest one."""
    body = [fields for fields in block if _is_body(fields)] or block
    spans = sorted((start, end, text, n) for n, fields in enumerate(body) for start, end, text in fields)
    # [start, end, the amounts' (start, end, text), the lines it has fields of]
    columns: list[list] = []
    for start, end, text, n in spans:
        amounts = [(start, end, text)] if _AMOUNT.match(text) else []
        if columns and start < columns[-1][1]:
            column = columns[-1]
            column[1] = max(column[1], end)
            column[2] += amounts
            column[3].add(n)
        else:
            columns.append([start, end, amounts, {n}])
    if len(body) >= 3:
        columns = [c for c in columns if c[2] or len(c[3]) > 1] or columns
    return [(c[0], c[1], _right_aligned(c[2])) for c in columns]


def _right_aligned(amounts: list[Field]) -> bool:
    """Figures aligned on their right edge (amounts), not on their left (codes such as 201, 06
    or 30101 in a column of their own): only a column of digit strings of two or more digits
    whose left edges agree at least as well as their right edges is one of codes."""
    if not amounts:
        return False
    codes = all(a[2].isdigit() and len(a[2]) >= 2 for a in amounts)
    return not (codes and len({a[0] for a in amounts}) <= len({a[1] for a in amounts}))


def _is_body(fields: list[Field]) -> bool:
    """A line of figures (not the row that numbers the columns: '栏次 1 2 3', '** 1 2 3')."""
    texts = [text for _, _, text in fields]
    return any(_AMOUNT.match(text) for text in texts) and not is_column_numbers(texts)


def _overlapping(start: int, end: int, columns: list[Column]) -> list[int]:
    return [c for c, (c_start, c_end, _) in enumerate(columns) if start < c_end and end > c_start]


def _cells(columns: list[Column]) -> list[tuple[float, float]]:
    """Each column's cell: the stretch of the line it owns, up to its neighbours. Amounts are
    right-aligned (a cell ends where its figures end), text is left-aligned (a cell starts where
    its text starts); between a text column and an amount column the gap is split in half."""
    bounds: list[float] = []
    for (_, end, amount), (start, _, next_amount) in itertools.pairwise(columns):
        if amount:
            bounds.append(end)
        elif next_amount:
            bounds.append((end + start) / 2)
        else:
            bounds.append(start)
    edges = [float("-inf"), *bounds, float("inf")]
    return list(itertools.pairwise(edges))


def _column_of(start: int, end: int, cells: list[tuple[float, float]]) -> int:
    """The cell holding most of the field (its centre, when it lies across a boundary)."""
    shares = [min(end, c_end) - max(start, c_start) for c_start, c_end in cells]
    best = max(range(len(cells)), key=lambda c: shares[c])
    return best


def _table(block: list[list[Field]], apart: bool = False) -> tuple[list[list[str] | None], str]:
    """Rows of cells, and '' or what is unclear (then the unclear rows are None).  Above the first line with an amount lies the header: a header text goes
    to every column whose cell it covers for the most part (one merged over several columns
    goes to each), and each empty header cell takes the text above it in its column, or else
    the one below (a cell merged over several header lines), so that every header cell is
    spelled out as a reader of the grid expects it. ``apart``: a header text that overlaps no
    column of the figures' rows is a column of its own that every row leaves empty ('科目编码'
    over rows that print no code, '年初结转和结余' over a gap between the names and the amounts,
    '政府性基金预算拨款' over a fund the unit has none of); tried when two texts of one header line
    would otherwise fall in one column, kept only when every column of figures then has a name
    (under a header of several lines, one other than the row numbering the columns; only texts
    right of the names are apart there, see ``_apart_of_names``)."""
    first_body = next((n for n, fields in enumerate(block) if _is_body(fields)), len(block))
    columns = _columns(block)
    if apart and columns:
        lone = sorted(
            {
                (start, end)
                for fields in block[:first_body]
                for start, end, _ in fields
                if not _overlapping(start, end, columns)
            }
        )
        if first_body > 1:
            lone = _apart_of_names(lone, columns, block[:first_body])
        merged: list[Column] = []
        for start, end in lone:  # (texts of several header lines overlapping: one column)
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end), False)
            else:
                merged.append((start, end, False))
        columns = sorted(columns + merged)
    # header cells right of the last column the figures fill (政府性基金预算 | 国有资本经营预算
    # over columns left empty): columns of their own
    last = columns[-1][1] if columns else 0
    beyond = sorted((start, end) for fields in block[:first_body] for start, end, _ in fields if start >= last)
    for start, end in beyond:
        if columns and columns[-1][1] > start >= last:
            columns[-1] = (columns[-1][0], max(columns[-1][1], end), columns[-1][2])
        else:
            columns.append((start, end, False))
    cells = _cells(columns)
    rows = []
    header_clear = True
    for n, fields in enumerate(block):
        row = [""] * len(cells)
        if n < first_body and (
            (ordered := _one_per_column(fields, columns))
            or (first_body == 1 and (ordered := _one_per_figure_column(fields, columns)))
        ):
            rows.append(ordered)
            continue
        for start, end, text in fields:
            covered = [c for c, (c_start, c_end) in enumerate(cells) if _covers(start, end, c_start, c_end)]
            words = text.split(" ")
            touched = [c for c, (c_start, c_end) in enumerate(cells) if min(end, c_end) > max(start, c_start)]
            if n < first_body and len(touched) > 1 and len(words) == len(touched):
                # '功能分类科目编码 科目名称' over the code and name columns: words one space apart, as
                # many as the columns the text reaches into, are those columns' names in order
                for c, word in zip(touched, words, strict=True):
                    if row[c]:
                        header_clear = False
                    row[c] = f"{row[c]} {word}".strip()
                continue
            for c in covered if n < first_body and covered else [_column_of(start, end, cells)]:
                if row[c] and n < first_body:
                    header_clear = False  # two header texts of one line in one column
                if row[c] and _AMOUNT.match(text) and n >= first_body:
                    # two figures in one cell: the columns are not clear
                    return [None] * len(block), "figures do not line up in columns (two amounts fall in one cell)"
                row[c] = f"{row[c]} {text}".strip()
        rows.append(row)
    if not header_clear and not apart and 1 <= first_body < len(block):
        retried, why = _table(block, True)
        if not why:
            return retried, why
    if not header_clear and first_body < len(block):
        # a header whose texts cannot be told apart column by column is left as text: the
        # table's figures go unread (a 'partial' document) rather than under a wrong label
        # (a table without figures, '无', keeps its header as placed: there is nothing to mislabel)
        return [None] * first_body + rows[first_body:], _header_unclear(first_body)
    header = rows[:first_body]
    spread = any(len(fields) >= _MIN_FIELDS for fields in block[:first_body])  # a header row, not names
    if apart and not _named_over_figures(
        [row for row in header if not is_column_numbers([text for text in row if text])], rows[first_body:]
    ):
        # (laid out apart, every column of figures has a name of its own: the row numbering the
        # columns names none, a header whose upper lines stand in another block names too few)
        return [None] * first_body + rows[first_body:], _UNNAMED
    if spread and not _named_over_figures(header, rows[first_body:]):
        # figures in a column no header cell stands over: the header's columns do not line up
        # with the figures, so no figure can be given its column's name
        return [None] * first_body + rows[first_body:], _UNNAMED
    # a header line whose every text is short and lies under a longer text of its own column
    # alone is those cells' wrapped ends ('机关运行经费预算' / '数', '一般公共预算财' / '政拨款'):
    # joined to them
    for n in range(len(header) - 1, 0, -1):
        ends = _wrapped_ends(header, n)
        for c, above in ends.items():
            header[above][c] += header[n][c]
            header[n][c] = ""
    if len(header) == 1 and _alike_columns(header, rows[first_body:]):
        # one header text spread over several columns of figures ('本年支出合计 基本支出 项目支出 上缴
        # 上级支出 …' over three): which of its words names which column the text does not show
        return [None] * first_body + rows[first_body:], _ALIKE
    if len(header) > 1:
        _group_over_subtotal(header, rows[first_body:])
        placed = [row[:] for row in header]
        _fill(header)
        if _alike_columns(header, rows[first_body:]):
            regrouped = _regrouped(placed, rows[first_body:])
            if regrouped is None:
                return [None] * first_body + rows[first_body:], _ALIKE
            _fill(regrouped)
            if _alike_columns(regrouped, rows[first_body:]):
                return [None] * first_body + rows[first_body:], _ALIKE
            for row, new in zip(header, regrouped, strict=True):
                row[:] = new
    table: list[list[str] | None] = list(rows)
    return table, ""


def _apart_of_names(
    lone: list[tuple[int, int]], columns: list[Column], header: list[list[Field]]
) -> list[tuple[int, int]]:
    """Of the header texts over no column (``lone``), those that are columns of their own under a
    header of several lines: only those right of the names ('类   款    项' over codes in three
    columns are those columns' names), and not the first of them when no header text stands over
    the names (a '科目名称' set right of names shorter than it names them)."""
    amounts = [start for start, _, amount in columns if amount]
    texts = [c for c, (start, _, amount) in enumerate(columns) if not amount and amounts and start < amounts[0]]
    if not texts:
        return lone
    names = columns[texts[-1]]
    apart = [(start, end) for start, end in lone if start >= names[1]]
    named = any(_overlapping(start, end, [names]) for fields in header for start, end, _ in fields)
    if named or not apart:
        return apart
    first = apart[0]
    return [(start, end) for start, end in apart if start >= first[1]]


_SUBTOTAL = "小计"


def _group_over_subtotal(header: list[list[str]], body: list[list[str]]) -> None:
    """A group text centred over its columns lands over one of them; its run starts with its 小计
    (the group's subtotal comes first): where a 小计 has no text above it and the next text above, in
    the next column or the one after, stands over a part of the same line ('合计 | 小计 人员经费 公用经费
    | 项目支出' under '合计 | 基本支出 | 项目支出', '基本支出' over 人员经费 alone), the group text
    spreads over the 小计, the columns between and the parts right of it up to the next text above
    (held-out set 86: the 小计 read as a second total and 基本支出 counted twice). In place; the
    header lines as placed, before ``_fill``."""
    figures = {c for row in body for c, text in enumerate(row) if _AMOUNT.match(text)}
    # a column that every row leaves empty (a fund the unit has none of) is a part of the group too
    parts = figures | {c for c in range(len(header[0]) if header else 0) if not any(row[c] for row in body)}
    for upper, lower in itertools.pairwise(header):
        for c, text in enumerate(lower):
            if text != _SUBTOTAL or upper[c] or c not in figures:
                continue
            group = next((d for d in range(c + 1, min(c + 3, len(upper))) if upper[d]), None)
            if group is None or not lower[group] or group not in parts:
                continue
            end = group + 1
            while end < len(upper) and not upper[end] and lower[end] and end in parts:
                end += 1
            for k in range(c, end):
                upper[k] = upper[group]


def _fill(header: list[list[str]]) -> None:
    """Each empty header cell takes the text above it in its column, or else the one below (a
    cell merged over several header lines); the row numbering the columns ('栏次 | 1 | 2') is
    neither filled nor filling. In place."""
    numbering = {i for i, row in enumerate(header) if is_column_numbers([text for text in row if text])}
    for c in range(len(header[0]) if header else 0):
        texts = [row[c] if i not in numbering else "" for i, row in enumerate(header)]
        filled = [i for i, text in enumerate(texts) if text]
        for i in range(len(header)):
            if not texts[i] and filled and i not in numbering:
                above = [k for k in filled if k < i]
                header[i][c] = texts[above[-1]] if above else texts[filled[0]]


def _regrouped(placed: list[list[str]], body: list[list[str]]) -> list[list[str]] | None:
    """The header (as placed, before filling) with a line of group texts spread over their groups,
    or None. The groups are read from the header itself: the columns of figures fall into as many
    runs, one after the other, of equal length, as the line has texts, and every other header line
    names each run's columns alike, in the same order ('合计 | 因公出国（境）费 | …' under '预算数'
    and again under '决算数'); each text stands over a column of its own run, in order. Anything
    else is no group header the positions can place."""
    figures = sorted({c for row in body for c, text in enumerate(row) if _AMOUNT.match(text)})
    numbering = {i for i, row in enumerate(placed) if is_column_numbers([text for text in row if text])}
    for g, line in enumerate(placed):
        at = [c for c, text in enumerate(line) if text]
        k = len(at)
        if g in numbering or k < 2 or len(figures) % k or len({line[c] for c in at}) < k:
            continue
        size = len(figures) // k
        runs = [figures[i * size : (i + 1) * size] for i in range(k)]
        if not all(run[0] <= c <= run[-1] for run, c in zip(runs, at, strict=True)):
            continue
        others = [row for i, row in enumerate(placed) if i != g and i not in numbering]
        filled = [row[:] for row in others]
        _fill(filled)
        named = [[tuple(row[c] for row in filled) for c in run] for run in runs]
        if any(names != named[0] for names in named[1:]):
            continue
        out = [row[:] for row in placed]
        for run, c in zip(runs, at, strict=True):
            for column in range(run[0], run[-1] + 1):
                out[g][column] = line[c]
        return out
    return None


def _alike_columns(header: list[list[str]], body: list[list[str]]) -> bool:
    """Whether two columns of figures with no column of text between them carry the same header
    texts, top to bottom (a row numbering the columns aside): under a group header ('预算数' |
    '决算数') that lands over one column of its group only, the columns named alike below it
    ('合计', '因公出国（境）费' in each group) are no longer told apart. (Columns alike on either
    side of a column of names, '项目 | 预算数 | 项目 | 预算数', are told apart by it.)"""
    figures = {c for row in body for c, text in enumerate(row) if _AMOUNT.match(text)}
    names = {c for row in body for c, text in enumerate(row) if text and c not in figures}
    lines = [row for row in header if not is_column_numbers([text for text in row if text])]
    seen: dict[tuple[str, ...], int] = {}
    for c in range(len(header[0]) if header else 0):
        if c in names:
            seen.clear()  # a column of names starts another side
        if c not in figures:
            continue
        path = tuple(dict.fromkeys(row[c] for row in lines if row[c]))
        if path and path in seen:  # (no header over the figures: a page's rows under another's header)
            return True
        seen[path] = c
    return False


_ALIKE = (
    "header names two columns of figures alike (a group header such as '预算数' | '决算数' printed over "
    "columns whose extent the text does not show)"
)


def _wrapped_ends(header: list[list[str]], n: int) -> dict[int, int]:
    """{column: header line it continues} when every text of header line ``n`` is a wrapped end:
    alone in its column on its line (no text merged over its neighbours), shorter than the
    nearest text above it in its column, which is alone in that column on its line too; {}
    otherwise (a line of sub-columns under a group, or of texts as long as those above)."""
    line = header[n]
    filled = [c for c, text in enumerate(line) if text]
    if not filled or is_column_numbers([line[c] for c in filled]):
        return {}

    def alone(row: list[str], c: int) -> bool:
        return all(not (0 <= k < len(row)) or row[k] != row[c] for k in (c - 1, c + 1))

    ends: dict[int, int] = {}
    for c in filled:
        above = next((m for m in range(n - 1, -1, -1) if header[m][c]), None)
        if above is None or not alone(line, c) or not alone(header[above], c):
            return {}
        if len(line[c]) >= len(header[above][c]) or is_column_numbers([t for t in header[above] if t]):
            return {}
        ends[c] = above
    return ends


def _one_per_column(fields: list[Field], columns: list[Column]) -> list[str] | None:
    """A header line with one text per column, in order, each drifted less than a column from
    its own (its centre between the centres of the columns either side): the texts, one a
    column. ``pdftotext -layout`` sets a header of CJK words narrower than it prints, so its
    words drift left of the figures they stand over ('项目   行次   决算数' over
    '一、…收入   1   1668.14'); their order still names the columns. None when the line has
    another number of texts or a text lies past a neighbour column."""
    if len(fields) != len(columns) or len(columns) < 2:
        return None
    centres = [(start + end) / 2 for start, end, _ in columns]
    for k, (start, end, _) in enumerate(fields):
        centre = (start + end) / 2
        low = centres[k - 1] if k else float("-inf")
        high = centres[k + 1] if k + 1 < len(centres) else float("inf")
        if not low < centre < high:
            return None
    return [text for _, _, text in fields]


def _one_per_figure_column(fields: list[Field], columns: list[Column]) -> list[str] | None:
    """A one-line header whose last texts stand one over each column of figures, in order, each
    drifted less than a column from its own (``_one_per_column`` over those columns alone), the
    texts before them each over a column of names ('科目   2024年决算数（万元）   2023年决算数（万元）
    增减额（万元）   占比（%）' over code | name | four columns of figures, its figure names set right
    of the figures when CJK is counted two wide): the texts, each in its column (a column right of
    the figures, '占比' past the last one, stays empty). None when the columns of figures are not
    one run, the texts are fewer, one drifts past a neighbour or starts over the names, or a text
    before them lies over no column of names."""
    figures = [c for c, (_, _, amount) in enumerate(columns) if amount]
    if len(figures) < 2 or figures != list(range(figures[0], figures[-1] + 1)):
        return None
    lead = len(fields) - len(figures)
    names_end = columns[figures[0] - 1][1] if figures[0] else float("-inf")
    if lead < 0 or any(start < names_end for start, _, _ in fields[lead:]):
        return None  # (a figure's name over the names: no drift, another layout)
    named = _one_per_column(fields[lead:], [columns[c] for c in figures])
    if named is None:
        return None
    row = [""] * len(columns)
    for c, text in zip(figures, named, strict=True):
        row[c] = text
    for start, end, text in fields[:lead]:
        over = [c for c in _overlapping(start, end, columns) if c < figures[0]]
        if len(over) != 1 or row[over[0]]:
            return None
        row[over[0]] = text
    return row


_UNNAMED = "figures lie in a column that no header text stands over (the header does not line up with them)"


def _header_unclear(lines: int) -> str:
    """What is unclear about a header of ``lines`` lines whose texts cannot be placed."""
    if lines == 1:
        return "one-line header's column names do not line up with the figures below them"
    return f"header of {lines} lines (merged cells) cannot be placed over the columns of its figures"


def _named_over_figures(header: list[list[str]], body: list[list[str]]) -> bool:
    """Every column that holds an amount in ``body`` has a header text on some header line."""
    named = {c for row in header for c, text in enumerate(row) if text}
    return all(c in named for row in body for c, text in enumerate(row) if _AMOUNT.match(text))


def _covers(start: int, end: int, c_start: float, c_end: float) -> bool:
    """A header text covers a cell when it overlaps more than half of it, or the cell is wider
    and holds more than half of the text."""
    share = min(end, c_end) - max(start, c_start)
    return share > 0 and (share * 2 > (c_end - c_start) or share * 2 > (end - start))
