"""PDF: pages -> text lines and ruled tables, with pdfplumber (pdfminer.six; MIT licence).

* Only what is visible is read: characters outside the page's crop box (text a publisher
  left beyond the page edge, e.g. a paragraph overflowing from the page before) are dropped.
* Tables are found from their ruling lines (pdfplumber's lattice finder); each becomes a
  grid whose merged cells are ''. Text outside the tables becomes lines, top to bottom.
* Page numbers in the top or bottom margin ("12", "- 12 -", "第 12 页") are left out, so a
  table crossing a page break reads on.
* A page that holds an image but no text is a scan: the document is 'partial' with a
  problem naming the page (no OCR).
* An encrypted (password-protected), damaged or truncated file raises ReadError.
"""

from __future__ import annotations

import logging
import re

from extract.document import Deadline, Document, Page, TableGrid, TextLine
from extract.read import ReadError
from extract.result import Problem

NAME = "pdf"
MAX_PAGES = 300  # longer files are refused: a disclosure has tens of pages, rarely a hundred
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–\s]*$")
_MARGIN = 0.12  # share of the page height at the top and bottom where page numbers sit
_EDGE_SLACK = 1.0  # points: a character may touch the page edge


def sniff(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def read(data: bytes, deadline: Deadline) -> Document:
    import io

    import pdfplumber

    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        count = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types for bad files
        raise _classified(exc) from exc
    if count == 0:
        pdf.close()
        raise ReadError("damaged_pdf", "a PDF without any page (damaged or truncated file)")
    if count > MAX_PAGES:
        pdf.close()
        raise ReadError("too_many_pages", f"a PDF of {count} pages: more than {MAX_PAGES}, not a budget disclosure")
    pages: list[Page] = []
    problems: list[Problem] = []
    try:
        for number, plumber_page in enumerate(pdf.pages, start=1):
            deadline.check()
            try:
                pages.append(_read_page(plumber_page, number))
            except ReadError:
                raise
            except Exception as exc:
                problems.append(
                    Problem(
                        "partial", "page_unreadable", f"page {number} could not be read ({type(exc).__name__}: {exc})"
                    )
                )
                pages.append(Page(number=number))
            finally:
                plumber_page.close()  # free the page's parsed objects: memory stays flat
    except ReadError:
        raise
    except Exception as exc:
        raise _classified(exc) from exc
    finally:
        pdf.close()
    scans = [page.number for page in pages if not page.has_text_layer]
    if scans:
        listed = ", ".join(str(n) for n in scans)
        problems.append(
            Problem(
                "partial",
                "page_without_text",
                f"page(s) {listed} of {count} hold an image without a text layer (a scan): "
                "their content is not read (no OCR)",
            )
        )
    return Document(source_format=NAME, pages=pages, page_count=count, problems=problems)


def _classified(exc: Exception) -> ReadError:
    text = f"{type(exc).__name__}: {exc}"
    lowered = text.lower()
    if "password" in lowered or "encrypt" in lowered:
        return ReadError("encrypted_pdf", "the PDF is encrypted (password-protected): it cannot be read")
    return ReadError("damaged_pdf", f"the PDF cannot be parsed (damaged or truncated file): {text[:200]}")


def _read_page(page, number: int) -> Page:
    x0, top, x1, bottom = page.bbox

    def visible(obj) -> bool:
        kind = obj.get("object_type")
        if kind == "rect":  # a white background box is no ruling line
            return bool(obj.get("stroke")) or not _is_white(obj.get("non_stroking_color"))
        if kind != "char":
            return True
        return (
            obj["x0"] >= x0 - _EDGE_SLACK
            and obj["x1"] <= x1 + _EDGE_SLACK
            and obj["top"] >= top - _EDGE_SLACK
            and obj["bottom"] <= bottom + _EDGE_SLACK
        )

    shown = page.filter(visible)
    chars = shown.chars
    if not chars:
        area = (x1 - x0) * (bottom - top) or 1.0
        covered = sum(abs((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
        return Page(number=number, has_text_layer=covered < 0.2 * area)

    found = shown.find_tables()
    boxes = [table.bbox for table in found]
    tables = []
    for table in found:
        rows = [[_text(cell) for cell in row] for row in table.extract()]
        if rows:
            tables.append(TableGrid(rows=rows, top=table.bbox[1], bottom=table.bbox[3]))

    def outside_tables(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    text_part = shown.filter(outside_tables) if boxes else shown
    height = bottom - top
    found_lines = []
    for line in text_part.extract_text_lines(return_chars=False, strip=True):
        text = line["text"]
        in_margin = line["top"] - top < _MARGIN * height or bottom - line["bottom"] < _MARGIN * height
        if not text or (in_margin and _PAGE_NUMBER.match(text)):
            continue
        found_lines.append(line)
    # a paragraph wrapped by the page width: its lines run to the right edge of the text
    right = max((line["x1"] for line in found_lines), default=0.0)
    wide = right - x0 > 0.6 * (x1 - x0)
    left = min((line["x0"] for line in found_lines), default=0.0)
    lines = []
    for line in found_lines:
        size = max(line["bottom"] - line["top"], 4.0)
        wraps = wide and line["x1"] >= right - 1.5 * size
        indented = line["x0"] > left + 0.8 * size
        lines.append(TextLine(line["text"], top=line["top"], x0=line["x0"], wraps=wraps, indented=indented))
    return Page(number=number, lines=lines, tables=tables)


def _is_white(color) -> bool:
    """A fill colour that is white: gray 1, RGB (1, 1, 1) or CMYK (0, 0, 0, 0)."""
    if color is None:
        return False
    values = tuple(color) if isinstance(color, (tuple, list)) else (color,)
    try:
        numbers = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(numbers) == 4:
        return all(v <= 0.02 for v in numbers)
    return bool(numbers) and all(v >= 0.98 for v in numbers)


def _text(cell: str | None) -> str:
    return cell or ""
