"""The PDF reader on small PDFs drawn with reportlab, one layout trait each: what is hidden
(outside the crop box, outside a clipping path, inside a form XObject) is not read, what is
shown is; a page turned by /Rotate reads upright; a title printed twice (fake bold) reads
once; a white background box is no ruling line."""

from __future__ import annotations

import io

from extract.readers import read_document

FONT = "STSong-Light"
TITLE = "2026年部门一般公共预算支出功能分类预算表"
ROWS = [
    ["科目编码", "科目名称", "合计", "基本支出"],
    ["204", "公共安全支出", "1,234.56", "1,000.00"],
    ["2040601", "行政运行", "234.56", "0.00"],
    ["合计", "", "1,469.12", "1,000.00"],
]


def _pdf(draw, pagesize=(595, 842), rotate: int = 0) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pagesize, invariant=1)
    if rotate:
        pdf.setPageRotation(rotate)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _page(pdf, top: float = 770.0) -> None:
    """A title, a unit line and the ruled table below them, from ``top`` down (points)."""
    pdf.setFont(FONT, 11)
    pdf.drawString(72, top, TITLE)
    pdf.drawString(72, top - 20, "单位：元")
    pdf.setFont(FONT, 9)
    xs = [72, 152, 292, 372, 452]
    y = top - 40
    for r, row in enumerate(ROWS):
        for c, cell in enumerate(row):
            pdf.drawString(xs[c] + 3, y - 20 * r - 14, cell)
    bottom = y - 20 * len(ROWS)
    for x in xs:
        pdf.line(x, y, x, bottom)
    for r in range(len(ROWS) + 1):
        pdf.line(xs[0], y - 20 * r, xs[-1], y - 20 * r)


def _read(data: bytes):
    doc = read_document(data)
    assert doc.source_format == "pdf" and not doc.problems
    (page,) = doc.pages
    return [line.text for line in page.lines], [table.rows for table in page.tables]


def test_a_plain_page_reads_its_title_and_table():
    lines, tables = _read(_pdf(_page))
    assert lines == [TITLE, "单位：元"]
    assert tables == [ROWS]


def test_text_outside_the_crop_box_is_not_read():
    def draw(pdf):
        pdf.setCropBox((0, 100, 595, 842))
        _page(pdf)
        pdf.setFont(FONT, 11)
        pdf.drawString(72, 50, "裁剪框以外的文字2099年")  # below the crop box: not shown

    lines, tables = _read(_pdf(draw))
    assert lines == [TITLE, "单位：元"]
    assert tables == [ROWS]


def test_text_outside_its_clipping_path_is_not_read_and_the_table_beside_it_is():
    def draw(pdf):
        _page(pdf)
        pdf.saveState()
        path = pdf.beginPath()
        path.rect(458, 560, 130, 40)
        pdf.clipPath(path, stroke=0, fill=0)
        pdf.setFont(FONT, 11)
        pdf.drawString(462, 570, "剪裁框里的文字")
        pdf.drawString(456, 700, "隐藏2099")  # just right of the table, outside the clip
        pdf.restoreState()

    lines, tables = _read(_pdf(draw))
    assert lines == [TITLE, "单位：元", "剪裁框里的文字"]
    assert tables == [ROWS]  # the table's last column, a few points away, is read whole


def test_a_form_xobject_is_read_in_place_without_its_hidden_text():
    def draw(pdf):
        pdf.beginForm("page")
        _page(pdf)
        pdf.saveState()
        path = pdf.beginPath()
        path.rect(300, 560, 200, 40)
        pdf.clipPath(path, stroke=0, fill=0)
        pdf.setFont(FONT, 11)
        pdf.drawString(310, 570, "表单里剪裁框里的文字")
        pdf.drawString(310, 690, "隐藏2099")  # over the table, outside the clip
        pdf.restoreState()
        pdf.endForm()
        pdf.translate(10, -40)
        pdf.scale(0.95, 0.95)
        pdf.doForm("page")

    lines, tables = _read(_pdf(draw))
    assert lines == [TITLE, "单位：元", "表单里剪裁框里的文字"]
    assert tables == [ROWS]


def test_a_page_turned_by_rotate_reads_upright():
    def draw(pdf):
        # a landscape table kept on a portrait page: /Rotate 90, the content drawn turned back
        pdf.transform(0, 1, -1, 0, 595, 0)
        _page(pdf, top=520)

    lines, tables = _read(_pdf(draw, rotate=90))
    assert lines == [TITLE, "单位：元"]
    assert tables == [ROWS]


def test_a_title_printed_twice_for_bold_reads_once():
    def draw(pdf):
        _page(pdf, top=700)
        pdf.setFont(FONT, 14)
        pdf.drawString(72, 780, "上海市某某局2026年部门预算")
        pdf.drawString(72.3, 780, "上海市某某局2026年部门预算")  # fake bold: the same text shifted

    lines, _ = _read(_pdf(draw))
    assert lines[0] == "上海市某某局2026年部门预算"


def test_white_background_boxes_are_no_ruling_lines_and_grey_ones_are():
    def boxed(gray: float):
        def draw(pdf):
            pdf.setFillGray(gray)
            pdf.rect(66, 764, 260, 20, stroke=0, fill=1)  # a box behind the title
            pdf.rect(66, 744, 260, 20, stroke=0, fill=1)  # and one behind the unit line
            pdf.setFillGray(0)
            _page(pdf)

        return _pdf(draw)

    lines, tables = _read(boxed(1.0))  # white: backgrounds
    assert lines == [TITLE, "单位：元"]
    assert tables == [ROWS]
    lines, tables = _read(boxed(0.8))  # grey: their sides are ruling lines, two cells one above the other
    assert lines == []
    assert tables == [[[TITLE], ["单位：元"]], ROWS]
