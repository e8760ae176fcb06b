"""HTML pages saved from a government site (UTF-8 or GBK/GB18030), with lxml.

The text of block elements (paragraphs, headings, list items, divs, line breaks) becomes
lines; each ``<table>`` becomes a grid, ``colspan``/``rowspan`` expanded (the spanned
positions are ''). Scripts, styles and comments are dropped.

A page saved from a portal carries menus, link lists and a footer around the article. The
article is the element with the most text outside links (text in links counts against
it three times over), the smallest such when several come within 5 %; the page's
``<title>`` up to its first '_' or '|' (what site systems append the column and site name
with) leads it when none of the article's first lines already names the page (the same text,
or held in the title beside the site's or the column's name: ``_names_the_page``).
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
    """True for content that starts as an HTML document or whose first 8 KiB read as HTML markup."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    try:
        text = head.decode("utf-8", errors="ignore")
    except Exception:  # pragma: no cover
        return False
    return looks_like_html(text.split("\n"))


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a saved web page -> a Document of one unpaged page: the article's text lines and
    its ``<table>`` elements as ``TableGrid`` (row and column spans repeated as ''), in page order.

    The encoding is found as for text files. Raises ``ReadError('damaged_html')`` when lxml
    cannot parse the page, ``ReadError('timed_out')`` when ``deadline`` passes.
    """
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
    try:
        content = _article(body if body is not None else root)
        title = _page_title(root)
        walk(content)
    except RecursionError as exc:
        raise ReadError("damaged_html", "the web page's elements are nested too deeply to be read") from exc
    flush()
    if title and not any(_names_the_page(line.text, title) for line in page.lines[:3]):
        page.lines.insert(0, TextLine(title))
        page.order = [("line", 0)] + [(kind, i + 1 if kind == "line" else i) for kind, i in page.order]
    return Document(source_format=NAME, pages=[page], encoding=decoded.encoding, is_traditional=decoded.is_traditional)


def _text_scores(element, scores: dict) -> tuple[int, int]:
    """(text length, text length inside links) of the element; fills ``scores``."""
    tag = element.tag if isinstance(element.tag, str) else ""
    own = len(_SPACES.sub("", element.text or ""))
    text, links = own, own if tag == "a" else 0
    for child in element:
        child_text, child_links = _text_scores(child, scores)
        tail = len(_SPACES.sub("", child.tail or ""))
        text += child_text + tail
        links += child_text if tag == "a" else child_links
    scores[element] = (text, links)
    return text, links


def _article(root):
    """The element holding the page's article (see the module docstring)."""
    scores: dict = {}
    _text_scores(root, scores)
    ranked = {el: text - 3 * links for el, (text, links) in scores.items() if isinstance(el.tag, str)}
    best = max(ranked.values(), default=0)
    if best <= 0:
        return root
    close = [el for el, score in ranked.items() if score >= 0.95 * best]
    # the smallest: the one with the least text overall among the close ones
    return min(close, key=lambda el: scores[el][0])


# the shortest heading of the article taken as the page's own title inside the <title>
_MIN_HEADING = 8


def _names_the_page(line: str, title: str) -> bool:
    """Whether an opening line of the article (``line``) already names the page that ``title`` (its
    <title>, up to its first '_' or '|') names: the same text, or that text with the site's or the
    column's name joined before or after it ('澄迈县人民政府网-澄迈县水务局2026年部门预算情况说明', '潍坊市
    人民政府 部门决算 潍坊市市场监督管理局2023年度部门决算' beside the article's '澄迈县水务局2026年部门预算情况
    说明'): the title is then not put before the article (the site's name is no unit's)."""
    return line == title or (len(line) >= _MIN_HEADING and line in title)


def _page_title(root) -> str:
    found = root.find(".//title")
    if found is None:
        return ""
    text = _SPACES.sub(" ", found.text_content()).strip()
    return re.split(r"\s*[_|｜]\s*", text, maxsplit=1)[0].strip()


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
