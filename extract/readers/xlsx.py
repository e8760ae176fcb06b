"""Spreadsheets (.xlsx, .xlsm, .xls, .ods via python-calamine): each sheet a page.

In a sheet, rows with one filled cell (a title, the unit line, a note) are text lines;
runs of rows with two or more filled cells are a table. Macros are never run; a workbook
holding them is read with a warning.

Numbers come back from the workbook as binary floats, and a formula's result is often not
the decimal the publisher sees (=A1+B1 stores 186.79999999999998, Excel shows 186.80). A
number is written as the publisher sees it, by this rule (``number_text``):

1. an integral value without decimals ('70');
2. else its text at 15 significant digits, Excel's own precision ('186.8'; 0.1+0.2 -> '0.3'),
   when that has at most two decimal places (an amount to the fen);
3. else, when the cell's number format fixes the decimal places ('0.00', '#,##0.00',
   '#,##0.00_ ;[Red]-#,##0.00', '0'), the value rounded half away from zero to those places,
   as Excel displays it ('186.805' under '0.00' -> '186.81'); a percentage format gives the
   percentage shown ('0.00%': 0.1935 -> '19.35%'). The format is read with openpyxl
   (python-calamine reads values only), for .xlsx / .xlsm files and only for such cells;
4. else (format 'General', a format without fixed places, a workbook whose formats are not
   read: .xls, .ods) the 15-digit text unchanged: an amount with places beyond the fen is then
   refused by the extractor (a 'partial' problem amount_not_exact), never silently rounded.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import ROUND_HALF_UP, Decimal

from extract.document import Deadline, Document, Page, TableGrid, TextLine
from extract.read import ReadError
from extract.readers import office
from extract.result import Problem

NAME = "xlsx"


def sniff(data: bytes) -> bool:
    """True for a ZIP whose parts make it an Excel workbook (.xlsx / .xlsm)."""
    return data.startswith(b"PK\x03\x04") and office.zip_kind(data) == "xlsx"


def _cell(value: object, number_format: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return number_text(value, number_format)
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return str(value).strip()


def _fifteen_digits(value: float) -> str:
    """The float at 15 significant digits in plain notation ('186.8', '0.00001')."""
    return format(Decimal(format(value, ".15g")), "f")


def _beyond_the_fen(text: str) -> bool:
    return "." in text and len(text.split(".", 1)[1]) > 2


# a number format's literal parts (quoted text, escaped characters, [colour] / [condition],
# the padding of _x and *x), dropped before its digit placeholders are read
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_FORMAT_NUMBER = re.compile(r"[0#?,]*[0#?](?:\.([0#?]*))?")
_FORMAT_DATE = re.compile(r"[ymdhs]", re.IGNORECASE)


def format_places(number_format: str) -> tuple[int, bool] | None:
    """(decimal places, is a percentage) a cell's number format shows a positive number with:
    '0.00' / '#,##0.00' / '#,##0.00_ ;[Red]-#,##0.00' -> (2, False), '0' / '#,##0' -> (0, False),
    '0.00%' -> (2, True); None for 'General', a date or time, text ('@') or no format."""
    section = _FORMAT_LITERALS.sub("", number_format.split(";", 1)[0])
    if not section or section.lower() == "general" or "@" in section or _FORMAT_DATE.search(section):
        return None
    match = _FORMAT_NUMBER.search(section)
    if match is None:
        return None
    return len(match.group(1) or ""), "%" in section


def number_text(value: float, number_format: str = "") -> str:
    """A numeric cell's text as the publisher sees it (the rule in this module's docstring):
    value: the float stored in the cell; number_format: its format code ('' when not read).
    Returns plain decimal text without thousands separators ('70', '186.8', '186.81', '19.35%')."""
    if value.is_integer():
        return str(int(value))
    text = _fifteen_digits(value)
    if not _beyond_the_fen(text) or not number_format:
        return text
    shown = format_places(number_format)
    if shown is None:
        return text
    places, percent = shown
    number = Decimal(text) * 100 if percent else Decimal(text)
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{rounded}%" if percent else str(rounded)


# a cell with content: its attributes, its body (an empty cell '<c r="A1" s="1"/>' has neither)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_RESULT = re.compile(rb"<(?:\w+:)?v>[^<]+</(?:\w+:)?v>")


def formulas_without_result(data: bytes) -> list[str]:
    """The sheets' cell references ('Sheet part: B7') of formula cells that store no result, in an
    .xlsx / .xlsm workbook ([] for another file or a damaged one).

    A workbook keeps each formula's last computed value beside it (``<v>``); one written by a
    program that does not compute formulas (openpyxl, many exporters) and never opened and saved
    in a spreadsheet program has none, and every reader sees the cell empty: its figure is missing,
    not 0 (ECMA-376 Part 1, 18.3.1.4 c (Cell), 18.3.1.40 f (Formula), 18.3.1.96 v (Cell Value)).
    """
    import zipfile

    found: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for part in sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")):
                for cell in _CELL.finditer(archive.read(part)):
                    attributes, body = cell.groups()
                    if _FORMULA.search(body) and not _RESULT.search(body):
                        ref = _REF.search(attributes)
                        found.append(
                            f"{part.rsplit('/', 1)[-1].removesuffix('.xml')}: {ref.group(1).decode() if ref else '?'}"
                        )
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return []
    return found


def _number_formats(data: bytes, name: str, cells: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """(row, column) (0-based, from A1) -> the number format of that cell of sheet ``name`` of an
    .xlsx / .xlsm workbook; {} when the workbook's formats cannot be read (the cells keep their
    15-digit text)."""
    if not cells or office.zip_kind(data) != "xlsx":
        return {}
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), data_only=True)[name]
        return {(r, c): str(sheet.cell(row=r + 1, column=c + 1).number_format or "") for r, c in cells}
    except Exception:
        return {}


def _sheet_texts(data: bytes, name: str, values: list[list[object]]) -> list[list[str]]:
    """The cell texts of a sheet (``_cell``), numbers with more places than the fen at 15 digits
    written by their number format (``number_text``)."""
    wanted = [
        (r, c)
        for r, row in enumerate(values)
        for c, value in enumerate(row)
        if isinstance(value, float) and not value.is_integer() and _beyond_the_fen(_fifteen_digits(value))
    ]
    formats = _number_formats(data, name, wanted)
    return [[_cell(v, formats.get((r, c), "")) for c, v in enumerate(row)] for r, row in enumerate(values)]


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a workbook (.xlsx, .xlsm, .xls, .ods) -> a Document with one page per sheet
    (``number`` from 1, the sheet name as its title): one-cell rows as lines, wider rows as tables.

    Cell values become text as shown (whole floats without '.0', other numbers by
    ``number_text``: at 15 significant digits, else by their number format; dates ISO). A sheet that cannot
    be read is skipped with a 'partial' problem 'sheet_unreadable'; formula cells that store no
    result (``formulas_without_result``) give a 'partial' problem 'formula_without_result'; macros give a warning
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
    if office.zip_kind(data) == "xlsx" and (empty := formulas_without_result(data)):
        problems.append(
            Problem(
                "partial",
                "formula_without_result",
                f"{len(empty)} formula cell(s) store no computed result ({', '.join(empty[:5])}"
                f"{', …' if len(empty) > 5 else ''}): the workbook was written by a program that does not "
                "compute formulas and never saved by a spreadsheet program, so those figures are missing "
                "(not 0); open and save it in a spreadsheet program, then run again",
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
        pages.append(sheet_page(number, _sheet_texts(data, name, values), name))
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
