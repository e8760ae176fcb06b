"""HTML pages saved from a government site (UTF-8 or GBK/GB18030), with lxml.

The text of block elements (paragraphs, headings, list items, divs, line breaks) becomes
lines; each ``<table>`` becomes a grid, ``colspan``/``rowspan`` expanded (the spanned
positions are ''). Scripts, styles and comments are dropped.
"""

from __future__ import annotations

import re

from extract.detect import looks_like_html
from extract.document import Deadline, Document, Page, TableGrid, TextLine
from extract.read import ReadError, decode

NAME = "html"
_BLOCKS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "title", "header", "footer", "blockquote", "pre", "dt", "dd", "center",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\u3000\xa0]+")


def sniff(data: bytes) -> bool:
    head = data[:8192].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    try:
        text = head.decode("utf-8", errors="ignore")
    except Exception:  # pragma: no cover
        return False
    return looks_like_html(text.split("\n"))


def read(data: bytes, deadline: Deadline) -> Document:
    import lxml.html

    decoded = decode(data)  # the encoding as for text files (UTF-8, GB18030, ...)
    text = "\n".join(decoded.lines)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    text = re.sub(r"<meta[^>]*charset[^>]*>", "", text, flags=re.IGNORECASE)
    try:
        root = lxml.html.fromstring(text)
    except Exception as exc:
        raise ReadError("damaged_html", f"the web page cannot be parsed: {str(exc)[:200]}") from exc
    for bad in root.xpath("//script|//style|//noscript|//comment()"):
        bad.drop_tree()
    page = Page(number=None)
    buffer: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(buffer)).strip()
        buffer.clear()
        if line:
            page.lines.append(TextLine(line))
            page.order.append(("line", len(page.lines) - 1))

    def walk(element) -> None:
        deadline.check()
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table":
            flush()
            page.tables.append(TableGrid(rows=_grid(element)))
            page.order.append(("table", len(page.tables) - 1))
            if element.tail:
                buffer.append(element.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if element.text:
            buffer.append(element.text)
        for child in element:
            walk(child)
        if block:
            flush()
        if element.tail:
            buffer.append(element.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return Document(source_format=NAME, pages=[page], encoding=decoded.encoding, is_traditional=decoded.is_traditional)


def _grid(table) -> list[list[str]]:
    grid: dict[tuple[int, int], str] = {}
    rows = [tr for tr in table.iter("tr") if _owner(tr) is table]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            span_c = _span(cell.get("colspan"))
            span_r = _span(cell.get("rowspan"))
            text = _SPACES.sub(" ", cell.text_content()).strip()
            for dr in range(span_r):
                for dc in range(span_c):
                    grid[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
            c += span_c
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def _owner(tr):
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1
