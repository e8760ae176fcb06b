"""Shared grid handling: meta rows, header/data split, column labels, fitting rows to the header."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract import numbers
from extract.tables import meta
from extract.tables.model import Row, Table

_CODE = re.compile(r"^\d{3,7}$")
_TOTAL = re.compile(r"^(?:合计|总计)[:：]?$")
_YEAR = re.compile(r"(\d{4})\s*年")
_WORD = re.compile(r"[\u4e00-\u9fff]")  # a cell with a Chinese character: a word, not a number or dash


def is_number(text: str) -> bool:
    """True for a cell holding a number (``parse_decimal`` reads a value from it)."""
    return numbers.is_number(text)


def is_code(text: str) -> bool:
    """True when the cell text is all digits, 3 to 7 of them (a classification code)."""
    return bool(_CODE.match(text.strip()))


def is_total(text: str) -> bool:
    """True when the cell text is a total label: 合计 or 总计 (a colon allowed after it)."""
    return "计" in text and bool(_TOTAL.match(meta.compact(text)))


def absorb_meta(table: Table, rows: list[Row]) -> None:
    """Move unit lines, subtitles, annex marks and notes out of the rows."""
    kept = []
    for row in rows:
        filled = row.filled
        # '编制单位：X <tab>…<tab> 单位：元': the unit line's parts in cells of their own
        if len(filled) > 1 and not any(ch.isdigit() for cell in filled for ch in cell):
            unit = meta.unit_of(" ".join(filled))
            if unit:
                if not table.amount_unit:
                    table.amount_unit, table.amount_unit_line = unit, row.line
                continue
        if len(filled) == 1:
            text = filled[0]
            unit = meta.unit_of(text)
            if unit:
                if not table.amount_unit:
                    table.amount_unit, table.amount_unit_line = unit, row.line
                continue
            if meta.is_subtitle(text):
                table.subtitles.append(meta.compact(text))
                continue
            if meta.is_annex_mark(text):
                continue
            if meta.is_note(text):
                table.notes.append((row.line, text))
                if meta.says_no_data(text):
                    table.empty_marker = True
                continue
        if not filled or meta.is_column_numbers(filled):
            continue
        kept.append(row)
    table.rows = kept
    if table.rows:
        table.end_line = max(max(r.lines) for r in table.rows)
    for line, _ in table.notes:
        table.end_line = max(table.end_line, line)
    if table.amount_unit_line:
        table.end_line = max(table.end_line, table.amount_unit_line)


# what a cell prints for no amount ('-', '—', '－'): a figure's place, never a header's word
_DASHES = frozenset({"-", "--", "---", "—", "——", "－", "－－"})


def is_data_row(row: Row, numbers_only: bool = False) -> bool:
    """A row of data (not of header): it holds a number, or starts with a code or a total label.

    ``numbers_only`` for tables whose header itself starts with 合计 (the 三公 table).
    """
    cells = row.filled
    if not cells:
        return False
    if any(is_number(c) for c in cells):
        return True
    if len(cells) > 1 and all(c in _DASHES for c in cells[1:]):
        # '因公出国（境）费 | - | -': a row whose figures are all printed as dashes (nothing, 0)
        return True
    if numbers_only:
        return False
    lead = [c for c in row.stripped[:2] if c][:1]  # a total label may sit in the name column
    first = lead[0] if lead else ""
    if is_total(first) and len(cells) > 1 and all(_WORD.search(c) for c in cells[cells.index(first) + 1 :]):
        # '合计 | 基本支出 | 项目支出' without a number: a header row whose first column is 合计
        # (not '合计 | - | -', the total row of an empty table)
        return False
    return is_total(first) or is_code(row.stripped[0]) or first.startswith(("一、", "合计"))


@dataclass
class Column:
    index: int
    labels: list[str]  # header texts over this column, top to bottom (spans filled); never changed
    year: str = ""
    # The most specific header text of the column, as printed.
    label: str = field(init=False, compare=False)
    # The distinct header texts, top to bottom (a shared list: do not change it).
    path: list[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        self.label = next((text for text in reversed(self.labels) if text), "")
        path: list[str] = []
        for text in self.labels:
            if text and (not path or path[-1] != text):
                path.append(text)
        self.path = path


@dataclass
class Grid:
    header: list[Row]
    data: list[Row]
    columns: list[Column]
    warnings: list[tuple[int, str]]


def _slots(cells: list[str]) -> list[list[int]]:
    """Positions an upper header row's cells span, when merged cells were dropped.

    Every empty lower cell is a slot of its own (the upper cell spans down over it); a
    run of filled lower cells is one slot (an upper cell spans over them), split where a
    run repeats its first label (合计 … 合计 …: two groups side by side).
    """
    slots: list[list[int]] = []
    run: list[int] = []
    for i, text in enumerate(cells):
        if not text:
            if run:
                slots.append(run)
                run = []
            slots.append([i])
        else:
            if run and text == cells[run[0]]:
                slots.append(run)
                run = []
            run.append(i)
    if run:
        slots.append(run)
    return slots


def build_grid(rows: list[Row], numbers_only: bool = False) -> Grid:
    """Split header rows from data rows and label every column."""
    first = next((i for i, row in enumerate(rows) if is_data_row(row, numbers_only)), len(rows))
    header, data = rows[:first], rows[first:]
    # a table continued after a page break repeats its header: those rows are not data
    repeated = [row.filled for row in header]
    data = [row for row in data if row.filled not in repeated]
    # ... and some (决算 templates) repeat the 合计 row under it on every page: counted once
    # (where it stands counts: the income side's 总计 and the expenditure side's, of the same amount,
    # are two rows: '总计 | X | |' and '| | 总计 | X')
    totals: set[tuple[int, tuple[str, ...]]] = set()
    kept = []
    for row in data:
        lead = row.filled[0] if row.filled else ""
        if is_total(lead):
            key = (row.stripped.index(lead), tuple(row.filled))
            if key in totals:
                continue
            totals.add(key)
        kept.append(row)
    data = kept
    width = max((len(row.cells) for row in header), default=0)
    if not header:
        width = max((len(row.cells) for row in data), default=0)
    warnings: list[tuple[int, str]] = []
    labels: list[list[str]] = [[] for _ in range(width)]
    years: list[str] = [""] * width
    # bottom-up: the lowest header row gives positions; upper rows are placed over it
    aligned: list[str] | None = None
    for row in reversed(header):
        cells = row.stripped
        placed: list[str] | None = None
        if len(cells) == width or not row.merged_dropped:
            placed = cells + [""] * (width - len(cells))
            if aligned is not None:  # span a text rightwards over empty cells
                for i in range(1, width):
                    if not placed[i] and placed[i - 1] and aligned[i] and aligned[i - 1]:
                        placed[i] = placed[i - 1]
        elif aligned is not None:
            slots = _slots(aligned)
            if len(slots) == len(cells):
                placed = [""] * width
                for text, slot in zip(cells, slots, strict=True):
                    for i in slot:
                        placed[i] = text
        if placed is None:
            found = {m for c in cells for m in _YEAR.findall(c)}
            if len(found) == 1:
                year = found.pop()
                years = [y or year for y in years]
            elif found:
                warnings.append((row.line, "header row could not be aligned with the columns: " + " | ".join(cells)))
            continue
        for i in range(width):
            labels[i].insert(0, placed[i])
            match = _YEAR.search(placed[i])
            if match and not years[i]:
                years[i] = match.group(1)
        aligned = placed if aligned is None else [placed[i] or aligned[i] for i in range(width)]
    columns = [Column(i, labels[i], years[i]) for i in range(width)]
    return Grid(header=header, data=data, columns=columns, warnings=warnings)


def cells_missing(row: Row, width: int) -> bool:
    """True when a row of a layout that keeps every cell in place (tab-separated lines, empty
    cells kept as empty fields) has fewer cells than its header's ``width``: cells were lost
    and nothing shows which, so the figures after its first cannot be placed under a column.
    Layouts that drop merged cells (``Row.merged_dropped``) are placed by ``fit_row`` instead.
    """
    return not row.merged_dropped and 0 < len(row.cells) < width


def keeps_empty_cells(rows: list[Row]) -> bool:
    """True when a row of ``rows`` (a table's) keeps an empty cell in place after a figure
    ('50.00\t\t50.00', or '50.00\t' at its end), in a layout that keeps every cell in place.

    Such a writer drops no empty cell between figures: a row of its table with fewer cells than
    the header lost only its trailing empty cells (an editor or exporter trims trailing tabs)."""
    for row in rows:
        if row.merged_dropped:
            continue
        after_figure = False
        for cell in row.stripped:
            if not cell and after_figure:
                return True
            after_figure = after_figure or is_number(cell)
    return False


def trailing_cells_trimmed(
    row: Row, cells: list[str], width: int, rows: list[Row], label_cols: tuple[int, ...]
) -> bool:
    """True when ``row``, fewer cells than its header's ``width`` (``cells``: stretched to it, a
    name split off its code's cell in a cell of its own), only lost its trailing empty cells: its table (``rows``) keeps empty cells in place (``keeps_empty_cells``)
    and its filled cells line up with the header from the left (no label cell after the first,
    ``label_cols`` [code, name …], is a number; no cell outside the label columns is a word).
    Its missing cells are then empty cells, and every figure sits under its own column. The row
    itself keeping its empty first cell in place ('\t合计\t7779.04\t7651.04\t128.00': the code cell of a
    total row) shows the same of its writer."""
    if not cells_missing(row, width):
        return False
    kept_first = not row.merged_dropped and len(row.stripped) > 1 and not row.stripped[0] and bool(row.stripped[1])
    if not (kept_first or keeps_empty_cells(rows)):
        return False
    if any(is_number(cells[j]) for j in label_cols[1:]):
        return False
    return all(is_number(text) for j, text in enumerate(cells) if text and j not in label_cols)


def fit_row(row: Row, width: int, label_columns: int) -> list[str] | None:
    """The row's cells stretched to the header width; None when they do not fit.

    Trailing empty cells may be missing; in layouts that drop merged cells a total row may
    also miss the cell(s) its 合计 label spans over (code + name).
    """
    cells = row.stripped
    if len(cells) > width:
        # one row per line exports keep every field: a wider row belongs to another table
        if any(cells[width:]) or not row.merged_dropped:
            return None
        cells = cells[:width]
    if len(cells) < width and row.merged_dropped and cells and is_total(cells[0]) and label_columns > 1:
        missing = min(label_columns - 1, width - len(cells))
        # a short total row lost the cells its label spans over (a number cannot sit in the name column)
        if len(cells) + missing == width or len(cells) == 1 or is_number(cells[1]):
            cells = [cells[0]] + [""] * missing + cells[1:]
    return cells + [""] * (width - len(cells))
