"""Word .docx (python-docx): paragraphs and tables in document order, one unpaged page.

A merged cell is read once, at its top-left position; the positions it spans are ''.
"""

from __future__ import annotations

import io

from extract.document import Deadline, Document, Page, TableGrid, TextLine
from extract.read import ReadError
from extract.readers import office

NAME = "docx"


def sniff(data: bytes) -> bool:
    """True for a ZIP whose parts make it a Word .docx package (``office.zip_kind``)."""
    return data.startswith(b"PK\x03\x04") and office.zip_kind(data) == "docx"


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a .docx -> a Document of one unpaged page: paragraphs as lines and tables as
    ``TableGrid`` (cell texts, merged cells once at their top-left), in document order.

    Raises ``ReadError('damaged_docx')`` when python-docx cannot open the file and
    ``ReadError('timed_out')`` when ``deadline`` passes.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ReadError(
            "damaged_docx", f"the Word file cannot be opened (damaged or cut off): {str(exc)[:200]}"
        ) from exc
    page = Page(number=None)
    for element in document.element.body.iterchildren():
        deadline.check()
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            for text in Paragraph(element, document).text.split("\n"):
                page.lines.append(TextLine(text.strip()))
                page.order.append(("line", len(page.lines) - 1))
        elif tag == "tbl":
            page.tables.append(TableGrid(rows=_grid(Table(element, document))))
            page.order.append(("table", len(page.tables) - 1))
    return Document(source_format=NAME, pages=[page])


def _grid(table) -> list[list[str]]:
    from docx.table import _Cell

    rows = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            continued = tc.vMerge == "continue"  # the lower part of a vertically merged cell
            cells.append("" if continued else _Cell(tc, table).text)
            cells.extend([""] * (tc.grid_span - 1))
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]
