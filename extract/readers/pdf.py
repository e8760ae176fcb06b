"""PDF: pages -> text lines and ruled tables, with pdfplumber (pdfminer.six; MIT licence).

* Only what is visible is read: characters outside the page's crop box, and characters of
  text objects drawn outside their clipping path (text a publisher left beyond the page
  edge or the page's clip box, e.g. a paragraph overflowing from the page before), are
  dropped. Clipping paths are read with pypdfium2 (pdfminer ignores them).
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
_SENTENCE_END = ("。", "！", "？", "；", "：", ":", ";")
_MARGIN = 0.12  # share of the page height at the top and bottom where page numbers sit
_EDGE_SLACK = 1.0  # points: a character may touch the page edge


def sniff(data: bytes) -> bool:
    """True when ``%PDF-`` appears in the first 1 KiB."""
    return b"%PDF-" in data[:1024]


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a PDF -> a Document with one ``Page`` per PDF page (``number`` from 1): its
    visible text lines outside tables and its ruled tables as ``TableGrid``; ``page_count`` set.

    A page that cannot be read is kept empty with a 'partial' problem 'page_unreadable'; pages
    without a text layer (scans) give one 'partial' problem 'page_without_text' (no OCR).
    Raises ``ReadError`` 'damaged_pdf' (no page, or a file pdfminer cannot open),
    'encrypted_pdf', 'too_many_pages' (more than ``MAX_PAGES``) or 'timed_out'.
    """
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
    clipped = _Clipping(data)
    try:
        for number, plumber_page in enumerate(pdf.pages, start=1):
            deadline.check()
            _convert_chars_fast(plumber_page)
            try:
                pages.append(_read_page(plumber_page, number, clipped.hidden(number - 1)))
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
        clipped.close()
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
    lowered = (text + " " + " ".join(repr(arg) for arg in exc.args)).lower()
    if "password" in lowered or "encrypt" in lowered:
        return ReadError("encrypted_pdf", "the PDF is encrypted (password-protected): it cannot be read")
    return ReadError("damaged_pdf", f"the PDF cannot be parsed (damaged or truncated file): {text[:200]}")


Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the top-left


class _Clipping:
    """Text objects drawn outside their clipping path, page by page (pypdfium2)."""

    def __init__(self, data: bytes):
        try:
            import pypdfium2

            self.pdf = pypdfium2.PdfDocument(data)
        except Exception:  # pdfium refuses a file pdfminer reads: no clipping information
            self.pdf = None

    def hidden(self, index: int) -> list[tuple[Box, Box]]:
        """(object box, clip box) of each text object whose centre lies outside its clip."""
        if self.pdf is None or index >= len(self.pdf):
            return []
        import ctypes

        import pypdfium2.raw as raw

        page = self.pdf[index]
        try:
            height = page.get_height()
            out = []
            x, y = ctypes.c_float(), ctypes.c_float()
            boxes: dict[int, tuple[float, float, float, float] | None] = {}  # clip boxes by handle
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=4):
                clip = raw.FPDFPageObj_GetClipPath(obj.raw)
                if not clip:
                    continue
                key = ctypes.cast(clip, ctypes.c_void_p).value or 0
                if key not in boxes:  # objects drawn in one clip state share its handle
                    xs, ys = [], []
                    for path in range(raw.FPDFClipPath_CountPaths(clip)):
                        for seg in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
                            segment = raw.FPDFClipPath_GetPathSegment(clip, path, seg)
                            if raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                                xs.append(x.value)
                                ys.append(y.value)
                    boxes[key] = (min(xs), min(ys), max(xs), max(ys)) if xs else None
                clip_box = boxes[key]
                if clip_box is None:
                    continue
                left, bottom, right, top = obj.get_bounds()
                cx, cy = (left + right) / 2, (bottom + top) / 2
                c_left, c_bottom, c_right, c_top = clip_box
                if (
                    c_left - _EDGE_SLACK <= cx <= c_right + _EDGE_SLACK
                    and c_bottom - _EDGE_SLACK <= cy <= c_top + _EDGE_SLACK
                ):
                    continue
                box = (left, height - top, right, height - bottom)
                out.append((box, (c_left, height - c_top, c_right, height - c_bottom)))
            return out
        finally:
            page.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _inside(x: float, y: float, box: Box, slack: float = 0.5) -> bool:
    return box[0] - slack <= x <= box[2] + slack and box[1] - slack <= y <= box[3] + slack


def _read_page(page, number: int, hidden: list[tuple[Box, Box]]) -> Page:
    x0, top, x1, bottom = page.bbox

    def visible(obj) -> bool:
        kind = obj.get("object_type")
        if kind == "rect":  # a white background box is no ruling line
            return bool(obj.get("stroke")) or not _is_white(obj.get("non_stroking_color"))
        if kind != "char":
            return True
        inside_page = (
            obj["x0"] >= x0 - _EDGE_SLACK
            and obj["x1"] <= x1 + _EDGE_SLACK
            and obj["top"] >= top - _EDGE_SLACK
            and obj["bottom"] <= bottom + _EDGE_SLACK
        )
        if not inside_page or not hidden:
            return inside_page
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        # pdfium's boxes are tight around the glyph, pdfminer's span the whole em (a full-width
        # 。 sits in a corner of it): the object's box is widened by its own height
        return not any(
            _inside(cx, cy, box, max(box[3] - box[1], 4.0)) and not _inside(cx, cy, clip, 0.0) for box, clip in hidden
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
        rows = [[_text(cell) for cell in row] for row in _cell_texts(table, chars)]
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
        # a line ending a sentence at the margin may end its paragraph: never joined
        wraps = wide and line["x1"] >= right - 1.5 * size and not line["text"].endswith(_SENTENCE_END)
        indented = line["x0"] > left + 0.8 * size
        lines.append(TextLine(line["text"], top=line["top"], x0=line["x0"], wraps=wraps, indented=indented))
    return Page(number=number, lines=lines, tables=tables)


def _convert_chars_fast(page) -> None:
    """Let pdfplumber turn pdfminer's characters into dicts the quick way.

    pdfplumber's ``Page.process_object`` resolves every attribute of every character through
    its generic (recursive) resolver; a character's attributes are plain numbers, strings and
    tuples of numbers, kept as they are, so the same dict is built here directly (anything
    else still goes through the resolver). Other objects (lines, rects,
    curves, images) still go through pdfplumber's own conversion.
    """
    from unicodedata import normalize as normalize_unicode

    from pdfminer.layout import LTChar
    from pdfplumber.page import ALL_ATTRS
    from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

    generic = page.process_object
    norm = page.pdf.unicode_norm
    number = page.page_number
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    doctop0 = page.initial_doctop
    names: dict[object, object] = {}  # colour-space names, decoded once

    def convert(obj) -> dict:
        if type(obj) is not LTChar:
            return generic(obj)
        attr = {}
        for key, value in obj.__dict__.items():
            if key in ALL_ATTRS:
                kind = type(value)
                if kind in _PLAIN or (kind is tuple and all(type(v) in _PLAIN for v in value)):
                    attr[key] = value  # numbers and strings (the matrix: a tuple of numbers)
                else:
                    attr[key] = resolve_all(value)
        attr["object_type"] = "char"
        attr["page_number"] = number
        name = obj.ncs.name
        if name not in names:
            names[name] = resolve_and_decode(name)
        attr["ncs"] = names[name]
        text = obj.get_text()
        attr["text"] = normalize_unicode(norm, text) if norm is not None else text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            return generic(obj)  # a rare byte-encoded font name: pdfplumber's own repair
        attr["top"] = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = doctop0 + attr["top"]
        if mb_x0 != 0:
            attr["x0"] = attr["x0"] + mb_x0
            attr["x1"] = attr["x1"] + mb_x0
        return attr

    page.process_object = convert


_PLAIN = frozenset((float, int, str, bool, type(None)))


def _cell_texts(table, chars: list[dict]) -> list[list[str | None]]:
    """``table.extract()`` with the page's characters narrowed to the table's box first.

    pdfplumber tests every character of the page against every row of every table; a
    character belongs to a cell by its centre (left/top edges inclusive, right/bottom
    exclusive), so only characters whose centre lies in the table's box can belong to one.
    """
    from pdfplumber import utils

    x0, top, x1, bottom = table.bbox
    inside = []
    for char in chars:
        h_mid = (char["x0"] + char["x1"]) / 2
        v_mid = (char["top"] + char["bottom"]) / 2
        if x0 <= h_mid < x1 and top <= v_mid < bottom:
            inside.append(char)
    out = []
    for row in table.rows:
        rx0, rtop, rx1, rbottom = row.bbox
        row_chars = []
        for char in inside:
            h_mid = (char["x0"] + char["x1"]) / 2
            v_mid = (char["top"] + char["bottom"]) / 2
            if rx0 <= h_mid < rx1 and rtop <= v_mid < rbottom:
                row_chars.append((h_mid, v_mid, char))
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            cell_chars = [c for h, v, c in row_chars if cx0 <= h < cx1 and ctop <= v < cbottom]
            cells.append(utils.extract_text(cell_chars) if cell_chars else "")
        out.append(cells)
    return out


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
