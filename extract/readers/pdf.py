"""PDF: pages -> text lines and ruled tables, with pdfium (pypdfium2) and pdfplumber's table
finder and text layout.

* pdfium interprets each page: its characters (the text page: a character's text, box and
  font size), its painted paths (lines, rectangles, curves), images and clipping paths. A
  character gets the box pdfminer would give it (from its origin along its advance, from the
  font's descent to descent + font size), in pdfplumber's coordinates (points from the
  top-left corner of the page as displayed, after /Rotate), and paths become pdfplumber's
  edges the way pdfminer classifies them; pdfplumber's lattice finder and text-line builder
  then work on these as they would on pdfminer's objects (``_Plane``).
* Only what is visible is read: characters outside the page's crop box, and characters of
  text objects drawn outside their clipping path (text a publisher left beyond the page
  edge or the page's clip box, e.g. a paragraph overflowing from the page before), are
  dropped.
* Tables are found from their ruling lines (pdfplumber's lattice finder); each becomes a
  grid whose merged cells are ''. Text outside the tables becomes lines, top to bottom. A
  white filled box without a stroke (a background) is no ruling line.
* Page numbers in the top or bottom margin ("12", "- 12 -", "第 12 页") are left out, so a
  table crossing a page break reads on.
* A page that holds an image but no text is a scan: the document is 'partial' with a
  problem naming the page (no OCR).
* An encrypted (password-protected), damaged or truncated file raises ReadError.

pdfium is not thread-safe: a document is read in one thread (the extractor runs documents
in worker processes, each reading one document at a time).
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
from dataclasses import dataclass, replace

from extract.document import ITEM_START as _ITEM_START
from extract.document import Deadline, Document, Page, TableGrid, TextLine
from extract.page_numbers import is_page_number
from extract.read import IDEOGRAPH_FORMS, ReadError
from extract.result import Problem

NAME = "pdf"
MAX_PAGES = 300  # longer files are refused: a disclosure has tens of pages, rarely a hundred
_SENTENCE_END = ("。", "！", "？", "；", "：", ":", ";")
_CLAUSE_END = ("；", "：", ":", ";")
_INDENTED_LEAST, _INDENTED_SHARE = 5, 0.8  # paragraph ends: a document whose paragraphs are indented
_IN_SENTENCE = ("，", "。", "；", ",")  # a line holding one is a sentence, no heading
_PARAGRAPH_PAGE = 8  # text lines: a page of paragraphs, whose widest line reaches the text's margin
_MARGIN = 0.12  # share of the page height at the top and bottom where page numbers sit
_EDGE_SLACK = 1.0  # points: a character may touch the page edge
_NOISE = 0.01  # points: pdfium's single-precision coordinates differ from the printed ones by less
_FORM_DEPTH = 8  # form XObjects nested deeper than this are not looked into
_TIGHT = 0.05  # share of the font size: a character box this much off the font's height is pdfium's tight box
_BLANK_WIDTH = 0.01  # points: a text object narrower than this is blank (pdfium's kSizeEpsilon)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points from the top-left
Matrix = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f (PDF order)


def sniff(data: bytes) -> bool:
    """True when ``%PDF-`` appears in the first 1 KiB."""
    return b"%PDF-" in data[:1024]


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a PDF -> a Document with one ``Page`` per PDF page (``number`` from 1): its
    visible text lines outside tables and its ruled tables as ``TableGrid``; ``page_count`` set.

    A page that cannot be read is kept empty with a 'partial' problem 'page_unreadable'; pages
    without a text layer (scans) give one 'partial' problem 'page_without_text' (no OCR).
    Raises ``ReadError`` 'damaged_pdf' (no page, or a file pdfium cannot open),
    'encrypted_pdf', 'too_many_pages' (more than ``MAX_PAGES``) or 'timed_out'.
    """
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception as exc:  # pdfium's load error names the cause (password, format)
        raise _classified(exc) from exc
    try:
        count = len(pdf)
        if count == 0:
            raise ReadError("damaged_pdf", "a PDF without any page (damaged or truncated file)")
        if count > MAX_PAGES:
            raise ReadError("too_many_pages", f"a PDF of {count} pages: more than {MAX_PAGES}, not a budget disclosure")
        pages: list[Page] = []
        ends: list[_LineEnds | None] = []
        problems: list[Problem] = []
        doctop = 0.0
        for number in range(1, count + 1):
            deadline.check()
            try:
                page, height, page_ends = _read_page(pdf, number, doctop)
                doctop += height
                ends.append(page_ends)
            except ReadError:
                raise
            except Exception as exc:
                problems.append(
                    Problem(
                        "partial", "page_unreadable", f"page {number} could not be read ({type(exc).__name__}: {exc})"
                    )
                )
                page = Page(number=number)
                ends.append(None)
            pages.append(page)
    finally:
        pdf.close()
    pages = _wrapped_at_margin(pages, ends)
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


class _Frame:
    """A page's geometry: PDF user space -> pdfplumber's coordinates (x from the left, ``top``
    from the top of the page as displayed, /Rotate applied the way pdfminer applies it).

    ``bbox``: the page (media box) in those coordinates; ``visible``: its crop box.
    """

    def __init__(self, page):
        x0, y0, x1, y1 = _normalized(page.get_mediabox())
        rotation = page.get_rotation() % 360
        # pdfminer's device matrix for the rotation (PDFPageInterpreter.process_page)
        if rotation == 90:
            device: Matrix = (0, -1, 1, 0, -y0, x1)
        elif rotation == 180:
            device = (-1, 0, 0, -1, x1, y1)
        elif rotation == 270:
            device = (0, 1, -1, 0, y1, -x0)
        else:
            device = (1, 0, 0, 1, -x0, -y0)
        # pdfplumber's page box: the media box, its sides swapped for a quarter turn, upside down
        bx0, by0, bx1, by1 = (y0, x0, y1, x1) if rotation in (90, 270) else (x0, y0, x1, y1)
        height = by1 - by0
        self.bbox: Box = (bx0, height - by1, bx1, height - by0)
        self.height = self.bbox[3] - self.bbox[1]
        ra, rb, rc, rd, re_, rf = device
        # x = X + bbox x0; top = (page height - Y) + bbox top, (X, Y) = device(x, y)
        self.matrix: Matrix = (ra, -rb, rc, -rd, re_ + self.bbox[0], self.height + self.bbox[1] - rf)
        self.device = device
        # the usual page: x as in PDF, top = page height - y
        self.upright_page = self.matrix[:5] == (1, 0, 0, -1, 0)
        crop = _normalized(page.get_cropbox())
        cx0, ctop, cx1, cbottom = self.box(crop)
        # the visible page: the crop box, within the media box (the media box when they miss)
        self.visible: Box = (
            max(cx0, self.bbox[0]),
            max(ctop, self.bbox[1]),
            min(cx1, self.bbox[2]),
            min(cbottom, self.bbox[3]),
        )
        if self.visible[2] <= self.visible[0] or self.visible[3] <= self.visible[1]:
            self.visible = self.bbox

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.matrix
        return a * x + c * y + e, b * x + d * y + f

    def box(self, rect: tuple[float, float, float, float]) -> Box:
        """(left, bottom, right, top) in user space -> (x0, top, x1, bottom) on the page."""
        left, bottom, right, top = rect
        ax, ay = self.point(left, bottom)
        bx, by = self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _normalized(rect) -> tuple[float, float, float, float]:
    left, bottom, right, top = (float(v) for v in rect)
    return min(left, right), min(bottom, top), max(left, right), max(bottom, top)


class _Plane:
    """What pdfplumber's ``TableFinder`` (lines strategy) and ``Table`` read of a page:
    ``edges`` (ruling lines as pdfplumber edges) and ``bbox``."""

    def __init__(self, edges: list[dict], bbox: Box):
        self.edges = edges
        self.bbox = bbox


def _read_page(pdf, number: int, doctop: float) -> tuple[Page, float, _LineEnds]:
    """One page -> (its Page, its height in points: the next page's ``doctop`` offset, where its
    text lines end: see ``_wrapped_at_margin``)."""
    page = pdf[number - 1]
    try:
        frame = _Frame(page)
        edges, hidden, images, blanks = _page_objects(page, frame, doctop)
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, frame, hidden, doctop)
        finally:
            textpage.close()
        if chars:
            vx0, vtop, vx1, vbottom = frame.visible
            for blank in blanks:
                if vx0 <= blank["x0"] <= vx1 and vtop <= blank["top"] and blank["bottom"] <= vbottom:
                    chars.append(blank)
    finally:
        page.close()
    page_out, ends = _layout(number, frame, chars, edges, images)
    return page_out, frame.height, ends


@dataclass(frozen=True)
class _LineEnds:
    """Where a page's text lines end, for ``_wrapped_at_margin``: the page's left and right
    edges (points), and for each line (in ``Page.lines`` order) its
    right end, how far short of the margin it may end and still wrap, and whether its text may
    carry on (it ends no sentence)."""

    left: float
    right: float
    lines: tuple[tuple[float, float, bool], ...]


def _wrapped_at_margin(pages: list[Page], ends: list[_LineEnds | None]) -> list[Page]:
    """The pages with each text line's ``wraps`` set: a paragraph wrapped by the page width runs
    to the right margin of the text; a line that ends within its reach of that margin and ends no
    sentence carries on into the next line. The margin is the page's widest line, or the text's
    margin on the document's pages of paragraphs when further right: the median of the widest
    line of the pages of its width with at least ``_PARAGRAPH_PAGE`` lines. On a page of tables
    the widest text line may be a table's title, which reaches no margin ('五、…决算明细表（…）' and
    '公开05表' under it are two lines)."""
    widths: dict[int, list[float]] = {}
    for page_ends in ends:
        if page_ends is not None and len(page_ends.lines) >= _PARAGRAPH_PAGE:
            key = round(page_ends.right - page_ends.left)
            widths.setdefault(key, []).append(max(x1 for x1, _, _ in page_ends.lines))
    margins = {width: statistics.median(rights) for width, rights in widths.items()}
    # (line, reaches the margin, its text carries on) of every page's text lines, in order
    flat: list[tuple[TextLine, bool, bool]] = []
    starts: list[int] = []
    for page, page_ends in zip(pages, ends, strict=True):
        starts.append(len(flat))
        if page_ends is None or not page.lines:
            continue
        page_right = max(x1 for x1, _, _ in page_ends.lines)
        right = max(page_right, margins.get(round(page_ends.right - page_ends.left), 0.0))
        wide = right - page_ends.left > 0.6 * (page_ends.right - page_ends.left)
        for line, (x1, reach, carries) in zip(page.lines, page_ends.lines, strict=True):
            flat.append((line, wide and x1 >= right - reach - _NOISE, carries))
    indents = _indents_paragraphs(flat)
    out = []
    for index, page in enumerate(pages):
        if not page.lines or ends[index] is None:
            out.append(page)
            continue
        lines = []
        for at in range(starts[index], starts[index] + len(page.lines)):
            line, at_margin, carries = flat[at]
            after = flat[at + 1][0] if at + 1 < len(flat) else None
            # a sentence ending at the margin: the paragraph goes on when paragraphs are indented
            # and the next line is a sentence of no new paragraph (held-out documents printed
            # justified: '…自评得分为92.6分。' then '该项目年初预算48500.00万元，…' lost its project)
            goes_on = (
                indents
                and after is not None
                and not after.indented
                and not _ITEM_START.match(after.text)
                and any(mark in after.text for mark in _IN_SENTENCE)
            )
            lines.append(replace(line, wraps=at_margin and (carries or goes_on)))
        out.append(replace(page, lines=lines))
    return out


def _indents_paragraphs(flat: list[tuple[TextLine, bool, bool]]) -> bool:
    """Whether the document indents its paragraphs' first lines: of the lines after a sentence that
    ends short of the margin (a paragraph's end), at least ``_INDENTED_SHARE`` are indented or start
    an item, of ``_INDENTED_LEAST`` such lines or more."""
    after_ends = [
        flat[at + 1][0]
        for at, (line, at_margin, carries) in enumerate(flat[:-1])
        if not at_margin and not carries and line.text.endswith(_SENTENCE_END)
    ]
    new = sum(1 for line in after_ends if line.indented or _ITEM_START.match(line.text))
    return len(after_ends) >= _INDENTED_LEAST and new >= _INDENTED_SHARE * len(after_ends)


def _layout(number: int, frame: _Frame, chars: list[dict], edges: list[dict], images: float) -> tuple[Page, _LineEnds]:
    """Characters and edges of a page -> its Page (tables, then the text lines outside them; the
    lines' ``wraps`` set by ``_wrapped_at_margin``) and where its text lines end."""
    from pdfplumber.table import TableFinder, TableSettings
    from pdfplumber.utils import chars_to_textmap

    x0, top, x1, bottom = frame.visible
    if not chars:
        area = (x1 - x0) * (bottom - top) or 1.0
        return Page(number=number, has_text_layer=images < 0.2 * area), _LineEnds(x0, x1, ())

    found = TableFinder(_Plane(_closed_rows(edges), frame.bbox), TableSettings.resolve(None)).tables
    boxes = [table.bbox for table in found]
    tables = []
    for table in found:
        rows = [[cell or "" for cell in row] for row in _cell_texts(table, chars)]
        if rows:
            tables.append(TableGrid(rows=rows, top=table.bbox[1], bottom=table.bbox[3]))

    if boxes:
        outside = []
        for char in chars:
            cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
            if not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes):
                outside.append(char)
    else:
        outside = chars
    bx0, btop, bx1, bbottom = frame.bbox
    textmap = chars_to_textmap(outside, layout_bbox=frame.bbox, layout_width=bx1 - bx0, layout_height=bbottom - btop)
    height = bottom - top
    found_lines = []
    blank_chars = [char for char in outside if char["text"] == " "]
    for line in textmap.extract_text_lines(strip=True, return_chars=True):
        text = line["text"] = _closed_gaps(line["text"], line["chars"], blank_chars)
        in_margin = line["top"] - top < _MARGIN * height or bottom - line["bottom"] < _MARGIN * height
        if not text or (in_margin and is_page_number(text)):
            continue
        found_lines.append(line)
    left = min((line["x0"] for line in found_lines), default=0.0)
    lines, line_ends = [], []
    for at, line in enumerate(found_lines):
        size = max(line["bottom"] - line["top"], 4.0)
        # the next line's leading figure or word, which cannot be broken, did not fit: the gap it
        # leaves at the right is as wide ('…运维经费' then '211.26万元。' on the next line)
        after = found_lines[at + 1] if at + 1 < len(found_lines) else None
        reach = max(1.5 * size, _leading_run(after["chars"]) + size) if after else 1.5 * size
        # a line ending a sentence at the margin may end its paragraph: never joined ('；' and '：'
        # end a clause: the next line carries on unless it is indented or starts an item)
        text = line["text"]
        carries = not text.endswith(_SENTENCE_END) or text.endswith(_CLAUSE_END)
        line_ends.append((line["x1"], reach, carries))
        indented = line["x0"] > left + 0.8 * size
        lines.append(TextLine(text, top=line["top"], x0=line["x0"], indented=indented))
    return Page(number=number, lines=lines, tables=tables), _LineEnds(x0, x1, tuple(line_ends))


_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff5b-\uff65“”‘’]")
_JUSTIFIED_GAP = 0.6  # share of the font size: a gap this narrow between two CJK characters is no space


def _closed_gaps(text: str, chars: list[dict], blanks: list[dict]) -> str:
    """A line's text without the spaces pdfplumber put in the gaps of justified text between two CJK
    characters ('2025年项 目 支出': Chromium widens the gaps between words when it justifies a line):
    a gap narrower than ``_JUSTIFIED_GAP`` of the font size where no blank character was drawn.
    Spaces beside a digit or a Latin letter, wider gaps and drawn spaces stay. ``chars``: the line's
    characters in the order of its text's other characters."""
    if " " not in text or len(chars) != len(text.replace(" ", "")):
        return text
    out: list[str] = []
    at = 0  # the next character of ``chars``
    for k, letter in enumerate(text):
        if letter != " ":
            out.append(letter)
            at += 1
            continue
        before, after = chars[at - 1] if at else None, chars[at] if at < len(chars) else None
        if (
            before is not None
            and after is not None
            and text[k + 1 : k + 2] != " "
            and _CJK.match(before["text"])
            and _CJK.match(after["text"])
            and after["x0"] - before["x1"] < _JUSTIFIED_GAP * min(before["size"], after["size"])
            and not any(
                before["x1"] - 0.5 <= blank["x0"] <= after["x0"] + 0.5
                and blank["top"] < before["bottom"]
                and blank["bottom"] > before["top"]
                for blank in blanks
            )
        ):
            continue  # a justified gap inside the words
        out.append(letter)
    return "".join(out)


_UNBROKEN = re.compile(r"[0-9A-Za-z.,%\-]")
_NO_LINE_START = set("，。、；：！？）》」』”’%,.;:!?)")  # marks a line never starts with (kinsoku)


def _leading_run(chars: list[dict]) -> float:
    """Width in points of a line's leading unit a line is not broken inside: a run of digits,
    Latin letters and a figure's marks ('211.26' of '211.26万元'), else its first character, with
    the marks after it that never start a line ('元，' of '元，完成预算…': the break came before
    '元'); 0 for no characters."""
    if not chars:
        return 0.0
    end = 0
    while end < len(chars) and _UNBROKEN.fullmatch(chars[end]["text"]):
        end += 1
    end = max(end, 1)
    while end < len(chars) and chars[end]["text"] in _NO_LINE_START:
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


def _chars(textpage, frame: _Frame, hidden: dict[int, Box], doctop: float) -> list[dict]:
    """The visible characters of a text page as pdfplumber character dicts.

    A character's box is pdfminer's: x from its origin along its advance (pdfium's loose box),
    y from the font's descent to descent + font size. ``hidden``: text objects drawn outside
    their clip (object handle -> clip box on the page); their characters outside the clip
    box are dropped, as are characters outside the visible page.
    """
    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    get_unicode = raw.FPDFText_GetUnicode
    get_box = raw.FPDFText_GetLooseCharBox
    get_matrix = raw.FPDFText_GetMatrix
    get_size = raw.FPDFText_GetFontSize
    is_generated = raw.FPDFText_IsGenerated
    text_object = raw.FPDFText_GetTextObject
    rect = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    rect_ref, matrix_ref = ctypes.byref(rect), ctypes.byref(matrix)
    fa, fb, fc, fd, fe, ff = frame.matrix
    ra, rb, rc, rd = frame.device[:4]
    vx0, vtop, vx1, vbottom = frame.visible
    vx0, vtop, vx1, vbottom = vx0 - _EDGE_SLACK, vtop - _EDGE_SLACK, vx1 + _EDGE_SLACK, vbottom + _EDGE_SLACK
    shift = doctop
    upright_page = frame.upright_page
    fonts: dict[int, float] = {}
    out = []
    for index in range(count):
        code = get_unicode(handle, index)
        if code in (0x20, 0x0D, 0x0A, 0xFFFE, 0x02) and is_generated(handle, index) == 1:
            continue  # a space or line break pdfium inserted between words or lines
        if not get_box(handle, index, rect_ref) or not get_matrix(handle, index, matrix_ref):
            continue
        a, b, c, d, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.f
        size = get_size(handle, index)
        left, right, low = rect.left, rect.right, rect.bottom
        if b == 0 and c == 0 and a != 0:
            # pdfium's loose box: origin.y + descent * a * size; pdfminer's: f + d * descent * size
            descent = (low - f) / (a * size) if size else 0.0
            if size and abs(rect.top - low - abs(a) * size) > _TIGHT * abs(a) * size:
                # a glyph's tight box where pdfium gives no loose one (Chromium's PDFs: '一', a
                # flat stroke, boxed 1pt high above the baseline, fell on a line of its own)
                descent = _font_descent(text_object(handle, index), fonts, descent)
            y0 = f + d * descent * size
            y1 = f + d * (descent + 1.0) * size
            if y1 < y0:
                y0, y1 = y1, y0
        else:  # turned or skewed text: pdfium's loose box as it is
            y0, y1 = low, rect.top
        if upright_page:
            x0, x1 = (left, right) if left <= right else (right, left)
            top, bottom = ff - y1, ff - y0
        else:
            px, py = fa * left + fc * y0 + fe, fb * left + fd * y0 + ff
            qx, qy = fa * right + fc * y1 + fe, fb * right + fd * y1 + ff
            x0, x1 = (px, qx) if px <= qx else (qx, px)
            top, bottom = (py, qy) if py <= qy else (qy, py)
        if x0 < vx0 or x1 > vx1 or top < vtop or bottom > vbottom:
            continue  # outside the visible page
        if hidden:
            clip = hidden.get(_address(text_object(handle, index)))
            if clip is not None:
                cx, cy = (x0 + x1) / 2, (top + bottom) / 2
                if not (clip[0] <= cx <= clip[2] and clip[1] <= cy <= clip[3]):
                    continue  # drawn outside its clipping path
        # pdfminer: upright when the character's matrix (with the page's turn) keeps x and y
        ua, ub = a * ra + b * rc, a * rb + b * rd
        uc, ud = c * ra + d * rc, c * rb + d * rd
        out.append(
            {
                "text": chr(code) if code < 0x2E80 or 0x2FE0 <= code < 0xD800 else _character(code),
                "x0": x0,
                "x1": x1,
                "top": top,
                "bottom": bottom,
                "doctop": top + shift,
                "width": x1 - x0,
                "height": bottom - top,
                "size": bottom - top,
                "upright": ua * ud > 0 and ub * uc <= 0,
            }
        )
    return out


def _font_descent(obj, fonts: dict[int, float], default: float) -> float:
    """The descent of a text object's font as pdfium's loose box takes it: descent / (ascent -
    descent), negative (below the baseline), per unit of font size; ``default`` when the font
    gives no metrics. ``fonts``: a cache by font handle."""
    import pypdfium2.raw as raw

    font = raw.FPDFTextObj_GetFont(obj) if obj else None
    key = _address(font)
    if key not in fonts:
        ascent, descent = ctypes.c_float(), ctypes.c_float()
        got = bool(font) and raw.FPDFFont_GetAscent(font, 1000.0, ctypes.byref(ascent))
        got = got and raw.FPDFFont_GetDescent(font, 1000.0, ctypes.byref(descent))
        span = ascent.value - descent.value
        fonts[key] = descent.value / span if got and span > 0 else float("nan")
    value = fonts[key]
    return default if value != value else value  # (NaN: no metrics)


def _character(code: int) -> str:
    """A code point from pdfium as text: a radical or compatibility form is the ideograph it
    stands for (``IDEOGRAPH_FORMS``: some fonts map 门 to '⻔'); a surrogate or a value beyond
    Unicode is U+FFFD."""
    if code in IDEOGRAPH_FORMS:
        return chr(IDEOGRAPH_FORMS[code])
    return chr(code) if 0 <= code < 0xD800 or 0xE000 <= code <= 0x10FFFF else "\ufffd"


def _page_objects(page, frame: _Frame, doctop: float) -> tuple[list[dict], dict[int, Box], float, list[dict]]:
    """A page's painted paths as pdfplumber edges, its text objects drawn outside their clip
    (handle -> clip box), the area its images cover (square points) and its blank text
    objects as blank characters (see ``_blank_char``).

    Paths are classified as pdfminer does (``PDFLayoutAnalyzer.paint_path``): each subpath
    (from a move) is a line (one segment), a rectangle (four axis-parallel sides, closed) or a
    curve (its points, joined pairwise); a rectangle gives its four sides. A rectangle filled
    white and not stroked is a background, not a ruling line.
    """
    import pypdfium2.raw as raw

    edges: list[dict] = []
    hidden: dict[int, Box] = {}
    blanks: list[dict | None] = []
    clips: dict[tuple, Box | None] = {}
    images = 0.0
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    fs_matrix = raw.FS_MATRIX()

    def walk(count: int, get, parent, outer: Matrix | None, depth: int) -> None:
        nonlocal images
        for i in range(count):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                raw.FPDFPageObj_GetMatrix(obj, fs_matrix)
                own = (fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f)
                _path_edges(obj, _times(own, outer) if outer else own, frame, doctop, edges)
            elif kind == raw.FPDF_PAGEOBJ_TEXT:
                raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                clip_box = _clip_box(obj, clips, outer)
                if clip_box is not None:  # centre and clip in user space
                    x0, y0, x1, y1 = _map_rect((left.value, bottom.value, right.value, top.value), outer)
                    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
                    c_left, c_bottom, c_right, c_top = clip_box
                    if not (
                        c_left - _EDGE_SLACK <= cx <= c_right + _EDGE_SLACK
                        and c_bottom - _EDGE_SLACK <= cy <= c_top + _EDGE_SLACK
                    ):
                        hidden[_address(obj)] = frame.box(clip_box)
                        continue
                if right.value - left.value < _BLANK_WIDTH:
                    blanks.append(_blank_char(obj, outer, frame, doctop))
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                x0, y0, x1, y1 = _map_rect((left.value, bottom.value, right.value, top.value), outer)
                images += abs((x1 - x0) * (y1 - y0))
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
                raw.FPDFPageObj_GetMatrix(obj, fs_matrix)
                own = (fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f)
                walk(
                    raw.FPDFFormObj_CountObjects(obj),
                    raw.FPDFFormObj_GetObject,
                    obj,
                    _times(own, outer) if outer else own,
                    depth + 1,
                )

    walk(raw.FPDFPage_CountObjects(page.raw), raw.FPDFPage_GetObject, page.raw, None, 0)
    return edges, hidden, images, [blank for blank in blanks if blank is not None]


def _blank_char(obj, outer: Matrix | None, frame: _Frame, doctop: float) -> dict | None:
    """A text object without width (spaces: their glyphs have no outline) as one blank
    character at its origin, from the font's descent to descent + size like pdfminer's
    characters. pdfium's text page leaves such objects out (it puts a space of its own
    where it sees a gap), yet pdfminer reads a space there, which ends a word."""
    import pypdfium2.raw as raw

    fs_matrix = raw.FS_MATRIX()
    size, descent = ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetMatrix(obj, fs_matrix) or not raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)):
        return None
    font = raw.FPDFTextObj_GetFont(obj)
    if not font or not raw.FPDFFont_GetDescent(font, size.value, ctypes.byref(descent)):
        return None
    own = (fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f)
    a, b, c, d, e, f = _times(_times(own, outer), frame.matrix)
    low, high = descent.value, descent.value + size.value  # text space, y up
    px, py = c * low + e, d * low + f
    qx, qy = c * high + e, d * high + f
    x0, x1 = min(px, qx), max(px, qx)
    top, bottom = min(py, qy), max(py, qy)
    return {
        "text": " ",
        **_box(x0, top, x1, bottom, doctop),
        "size": bottom - top,
        "upright": a * d < 0 and b * c >= 0,  # y runs down on the page: upright has d < 0 here
    }


def _address(pointer) -> int:
    """The address a pdfium handle (a ctypes pointer) points to; 0 for NULL. (``addressof`` of
    its target: several times cheaper than casting the pointer.)"""
    return ctypes.addressof(pointer.contents) if pointer else 0


def _times(inner: Matrix, outer: Matrix | None) -> Matrix:
    """``inner`` then ``outer`` (PDF's row-vector order: inner × outer)."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc,
        a * ob + b * od,
        c * oa + d * oc,
        c * ob + d * od,
        e * oa + f * oc + oe,
        e * ob + f * od + of,
    )


def _map_rect(rect: tuple[float, float, float, float], outer: Matrix | None) -> tuple[float, float, float, float]:
    """A (left, bottom, right, top) rectangle of a form's space -> its bounds in page space."""
    if outer is None:
        return rect
    a, b, c, d, e, f = outer
    xs, ys = [], []
    for x, y in ((rect[0], rect[1]), (rect[2], rect[1]), (rect[0], rect[3]), (rect[2], rect[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _clip_box(obj, clips: dict[tuple, Box | None], outer: Matrix | None) -> Box | None:
    """The bounds of an object's clipping path in PDF user space: (left, bottom, right, top),
    None without a clip.

    Objects drawn in one clip state share its paths' points (pdfium copies on write): the
    addresses of each path's first point identify the clip, so each clip is measured once.
    """
    import pypdfium2.raw as raw

    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    count = raw.FPDFClipPath_CountPaths(clip)
    if count <= 0:
        return None
    first = raw.FPDFClipPath_GetPathSegment
    key = (
        count,
        outer,
        *(_address(first(clip, path, 0)) for path in range(count)),
    )
    if key not in clips:
        x, y = ctypes.c_float(), ctypes.c_float()
        xs, ys = [], []
        for path in range(count):
            for seg in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
                segment = raw.FPDFClipPath_GetPathSegment(clip, path, seg)
                if raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                    xs.append(x.value)
                    ys.append(y.value)
        clips[key] = _map_rect((min(xs), min(ys), max(xs), max(ys)), outer) if xs else None
    return clips[key]


def _path_edges(obj, matrix: Matrix, frame: _Frame, doctop: float, edges: list[dict]) -> None:
    """Append the edges of one path object (see ``_page_objects``)."""
    import pypdfium2.raw as raw

    move, bezier_to = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
    count = raw.FPDFPath_CountSegments(obj)
    if count <= 0:
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    xr, yr = ctypes.byref(x), ctypes.byref(y)
    a, b, c, d, e, f = _times(matrix, frame.matrix)
    # each subpath as pdfminer's shape letters and end points (on the page, top-down)
    subpaths: list[tuple[list[str], list[tuple[float, float]]]] = []
    shape: list[str] = []
    points: list[tuple[float, float]] = []
    bezier = 0
    get_segment, get_type, get_point = (
        raw.FPDFPath_GetPathSegment,
        raw.FPDFPathSegment_GetType,
        raw.FPDFPathSegment_GetPoint,
    )
    closes = raw.FPDFPathSegment_GetClose
    for i in range(count):
        segment = get_segment(obj, i)
        kind = get_type(segment)
        get_point(segment, xr, yr)
        px, py = x.value, y.value
        point = (a * px + c * py + e, b * px + d * py + f)
        if kind == move:
            if shape:
                subpaths.append((shape, points))
            shape, points, bezier = ["m"], [point], 0
        elif kind == bezier_to:
            bezier += 1
            if bezier % 3 == 0:  # a Bézier curve: two control points, then its end point
                shape.append("c")
                points.append(point)
        else:
            shape.append("l")
            points.append(point)
        if closes(segment) and shape:
            shape.append("h")
            points.append(points[0])
    if shape:
        subpaths.append((shape, points))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    stroked = bool(stroke.value)
    white = None
    for shape, points in subpaths:
        if shape[0] != "m" or len(shape) < 2:
            continue
        if len(shape) > 3 and shape[-2:] == ["l", "h"] and points[-2] == points[0]:
            shape = [*shape[:-2], "h"]  # a redundant line back to the start of a closed path
            points = points[:-2] + points[-1:]
        text = "".join(shape)
        if text in ("ml", "mlh"):
            _add_line(points[0], points[1], doctop, edges)
        elif text in ("mlllh", "mllll") and _is_rect(points):
            if not stroked:
                if white is None:
                    white = _filled_white(obj)
                if white:
                    continue  # a white background box is no ruling line
            _add_rect(points, doctop, edges)
        else:
            _add_curve(points, doctop, edges)


def _is_rect(points: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = points
    if last != points[0]:
        return False
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


_ROW_SNAP = 1.0  # points: rulings ending this close are at one height


def _closed_rows(edges: list[dict]) -> list[dict]:
    """``edges`` with the bottom ruling of a table's last row on a page added where it is not
    drawn: three or more vertical rulings running down from one horizontal ruling that spans
    them (the row's top) and ending at one height with no ruling across them there and nothing
    drawn below them. A table
    continued on the next page leaves its page's last row open (Chromium draws no bottom border
    there; held-out documents printed to PDF): without its bottom the row is no cell and its
    figures were page text, the table cut in two ('table_not_read')."""
    horizontal = [e for e in edges if e["orientation"] == "h"]
    ends: dict[tuple[int, int], list[dict]] = {}
    for edge in edges:
        if edge["orientation"] == "v":
            key = (round(edge["top"] / _ROW_SNAP), round(edge["bottom"] / _ROW_SNAP))
            ends.setdefault(key, []).append(edge)
    added = []
    for verticals in ends.values():
        if len(verticals) < 3:
            continue
        left, right = min(e["x0"] for e in verticals), max(e["x1"] for e in verticals)
        top, bottom = verticals[0]["top"], verticals[0]["bottom"]

        def spans(y: float, left: float = left, right: float = right) -> bool:
            # (a ruling may be drawn cell by cell: the pieces at that height, joined, cover the row)
            reach = left + _ROW_SNAP
            for e in sorted((e for e in horizontal if abs(e["top"] - y) <= _ROW_SNAP), key=lambda e: e["x0"]):
                if e["x0"] > reach + 3.0:
                    return False
                reach = max(reach, e["x1"])
            return reach >= right - _ROW_SNAP

        below = any(e["top"] > bottom + _ROW_SNAP and e["x1"] > left and e["x0"] < right for e in edges)
        if spans(top) and not spans(bottom) and not below:
            # (the lowest row drawn: a header's merged cells end above the rulings under them)
            doctop = verticals[0]["doctop"] - top
            added.append(_edge("line", left, bottom, right, bottom, doctop, "h"))
    return [*edges, *added] if added else edges


def _edge(kind: str, x0: float, top: float, x1: float, bottom: float, doctop: float, orientation) -> dict:
    return {"object_type": kind, **_box(x0, top, x1, bottom, doctop), "orientation": orientation}


def _box(x0: float, top: float, x1: float, bottom: float, doctop: float) -> dict:
    """The position keys of a pdfplumber object (page points, y down; ``doctop``: the page's
    offset in the document added to ``top``)."""
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top + doctop,
        "width": x1 - x0,
        "height": bottom - top,
    }


def _add_line(p, q, doctop: float, edges: list[dict]) -> None:
    x0, x1 = min(p[0], q[0]), max(p[0], q[0])
    top, bottom = min(p[1], q[1]), max(p[1], q[1])
    edges.append(_edge("line", x0, top, x1, bottom, doctop, "h" if top == bottom else "v"))


def _add_rect(points, doctop: float, edges: list[dict]) -> None:
    xs = (points[0][0], points[2][0])
    ys = (points[0][1], points[2][1])
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    edges.append(_edge("rect_edge", x0, top, x1, top, doctop, "h"))
    edges.append(_edge("rect_edge", x0, bottom, x1, bottom, doctop, "h"))
    edges.append(_edge("rect_edge", x0, top, x0, bottom, doctop, "v"))
    edges.append(_edge("rect_edge", x1, top, x1, bottom, doctop, "v"))


def _add_curve(points, doctop: float, edges: list[dict]) -> None:
    for p, q in itertools.pairwise(points):
        orientation = "v" if p[0] == q[0] else ("h" if p[1] == q[1] else None)
        x0, x1 = min(p[0], q[0]), max(p[0], q[0])
        top, bottom = min(p[1], q[1]), max(p[1], q[1])
        edges.append(_edge("curve_edge", x0, top, x1, bottom, doctop, orientation))


def _filled_white(obj) -> bool:
    """A path filled white (gray 1, RGB 1 1 1, CMYK 0 0 0 0: pdfium gives it as RGB 255)."""
    import pypdfium2.raw as raw

    r, g, b, alpha = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFPageObj_GetFillColor(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(alpha)):
        return False
    return min(r.value, g.value, b.value) >= 250


def _cell_texts(table, chars: list[dict]) -> list[list[str | None]]:
    """``table.extract()`` with the page's characters narrowed to the table's box first.

    pdfplumber tests every character of the page against every row of every table; a
    character belongs to a cell by its centre (left/top edges inclusive, right/bottom
    exclusive), so only characters whose centre lies in the table's box can belong to one.
    """
    inside = _centred_in(table.bbox, _centres(chars))
    out = []
    for row in table.rows:
        row_chars = _centred_in(row.bbox, inside)
        cells: list[str | None] = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cell_chars = [char for _, _, char in _centred_in(cell, row_chars)]
            cells.append(_cell_text(cell_chars) if cell_chars else "")
        out.append(cells)
    return out


def _centres(chars: list[dict]) -> list[tuple[float, float, dict]]:
    """(horizontal centre, vertical centre, character) of each character."""
    return [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in chars]


def _centred_in(box, centred: list[tuple[float, float, dict]]) -> list[tuple[float, float, dict]]:
    """The characters whose centre lies in ``box`` (x0, top, x1, bottom): left and top edges
    inclusive, right and bottom exclusive, as pdfplumber assigns a character to a cell."""
    x0, top, x1, bottom = box
    return [item for item in centred if x0 <= item[0] < x1 and top <= item[1] < bottom]


def _cell_text(chars: list[dict]) -> str:
    """pdfplumber's ``utils.extract_text(chars)`` with its default settings, the usual case of
    a cell holding one line worked out directly.

    Upright characters whose tops lie within the line tolerance are one line; taken left to
    right, a blank, a step back or a gap wider than the x tolerance starts a new word; the
    words are joined by one space. Anything else (text over several lines, turned text) goes
    to pdfplumber.
    """
    from pdfplumber import utils
    from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

    tops = [char["top"] for char in chars]
    if max(tops) - min(tops) > DEFAULT_Y_TOLERANCE or not all(char["upright"] and char["text"] for char in chars):
        return utils.extract_text(chars)
    words: list[str] = []
    word: list[str] = []
    last = None
    for char in sorted(chars, key=lambda c: c["x0"]):
        text = char["text"]
        if text.isspace():
            if word:
                words.append("".join(word))
            word, last = [], None
            continue
        if last is not None and (
            char["x0"] < last["x0"]
            or char["x0"] > last["x1"] + DEFAULT_X_TOLERANCE
            or abs(char["top"] - last["top"]) > DEFAULT_Y_TOLERANCE
        ):
            words.append("".join(word))
            word = []
        word.append(LIGATURES.get(text, text))
        last = char
    if word:
        words.append("".join(word))
    return " ".join(words)
