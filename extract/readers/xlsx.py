"""Spreadsheets (.xlsx, .xlsm, .xls, .ods via python-calamine): each sheet a page.

In a sheet, rows with one filled cell (a title, the unit line, a note) are text lines;
runs of rows with two or more filled cells are a table. Numbers come back from the
workbook as binary floats: a value is written with the shortest text that reads back as
the same float (``repr``), which is exact for amounts of up to 15 significant digits; an
integral value is written without decimals. Macros are never run; a workbook holding them
is read with a warning.
"""

from __future__ import annotations

import datetime as dt
import io

from extract.document import Deadline, Document, Page, TableGrid, TextLine
from extract.read import ReadError
from extract.readers import office
from extract.result import Problem

NAME = "xlsx"


def sniff(data: bytes) -> bool:
    """True for a ZIP whose parts make it an Excel workbook (.xlsx / .xlsm)."""
    return data.startswith(b"PK\x03\x04") and office.zip_kind(data) == "xlsx"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return str(value).strip()


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a workbook (.xlsx, .xlsm, .xls, .ods) -> a Document with one page per sheet
    (``number`` from 1, the sheet name as its title): one-cell rows as lines, wider rows as tables.

    Cell values become text as shown (whole floats without '.0', dates ISO). A sheet that cannot
    be read is skipped with a 'partial' problem 'sheet_unreadable'; macros give a warning
    'macros_ignored'. Raises ``ReadError('damaged_spreadsheet')`` when the file cannot be opened
    and ``ReadError('timed_out')`` when ``deadline`` passes.
    """
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:
        raise ReadError("damaged_spreadsheet", f"the spreadsheet cannot be opened: {str(exc)[:200]}") from exc
    problems = []
    if office.has_macros(data):
        problems.append(
            Problem(
                "warning",
                "macros_ignored",
                "the workbook holds macros (VBA): they are not run, only cell values are read",
            )
        )
    pages = []
    for number, name in enumerate(book.sheet_names, start=1):
        deadline.check()
        try:
            values = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as exc:
            problems.append(
                Problem("partial", "sheet_unreadable", f"sheet {name!r} could not be read: {str(exc)[:200]}")
            )
            continue
        pages.append(sheet_page(number, [[_cell(v) for v in row] for row in values], name))
    return Document(source_format=NAME, pages=pages, page_count=len(pages), problems=problems)


def sheet_page(number: int | None, rows: list[list[str]], name: str = "") -> Page:
    """A grid of cell texts -> a page: one-cell rows are lines, runs of wider rows tables."""
    page = Page(number=number)
    run: list[list[str]] = []

    def flush() -> None:
        if run:
            width = max(len(r) for r in run)
            page.tables.append(TableGrid(rows=[r + [""] * (width - len(r)) for r in run], name=name))
            page.order.append(("table", len(page.tables) - 1))
            run.clear()

    for row in rows:
        filled = [c for c in row if c]
        if not filled:
            continue
        if len(filled) == 1 and len(run) == 0:
            page.lines.append(TextLine(filled[0]))
            page.order.append(("line", len(page.lines) - 1))
        elif len(filled) == 1 and not any(ch.isdigit() for ch in filled[0][:1]) and len(filled[0]) > 20:
            flush()  # a note below a table
            page.lines.append(TextLine(filled[0]))
            page.order.append(("line", len(page.lines) - 1))
        else:
            run.append(row)
    flush()
    return page
