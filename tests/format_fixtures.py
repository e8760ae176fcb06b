"""One disclosure's figures written as Word, Excel and web page files, for the reader tests.

The figures are those of tests/fixtures/published/02_space_aligned_table.txt (a
narrative and a function table in 万元): 201 一般公共服务支出 400.00 = 200.00 basic + 200.00
project, 221 住房保障支出 100.00 basic, total 500.00. Each builder returns the file's bytes.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

TITLE = ["重庆市綦江区测试局", "2025年部门预算情况说明"]
NARRATIVE = [
    "一、单位基本情况",
    "（一）职能职责。负责测试工作。",
    "二、部门收支总体情况",
    "（二）支出预算：2025年年初预算数500.00万元。",
    "六、专业性名词解释",
    "（一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
]
TABLE_TITLE = "一般公共预算财政拨款支出预算表"
UNIT_LINE = "单位：万元"
TABLE = [
    ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
    ["201", "一般公共服务支出", "400.00", "200.00", "200.00"],
    ["221", "住房保障支出", "100.00", "100.00", "0.00"],
    ["", "合计", "500.00", "300.00", "200.00"],
]


# (code, measure) -> amount in 元 that TABLE gives, whatever the format carrying it
EXPECTED_ROWS = {
    ("201", "total"): "4000000.00",
    ("201", "basic"): "2000000.00",
    ("201", "project"): "2000000.00",
    ("221", "total"): "1000000.00",
    ("221", "basic"): "1000000.00",
    ("221", "project"): "0.00",
    ("", "total"): "5000000.00",
    ("", "basic"): "3000000.00",
    ("", "project"): "2000000.00",
}


def docx_bytes(unit: str = TITLE[0]) -> bytes:
    import docx

    document = docx.Document()
    for line in [unit, TITLE[1], *NARRATIVE, TABLE_TITLE, UNIT_LINE]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_bytes(encoding: str = "utf-8", unit: str = TITLE[0]) -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in TABLE)
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in [unit, TITLE[1], *NARRATIVE, TABLE_TITLE, UNIT_LINE])
    charset = "gbk" if encoding == "gbk" else "utf-8"
    page = (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{unit}</title>'
        "<script>var x = '<p>2099年部门预算情况说明</p>';</script></head>"
        f'<body><div class="article">{paragraphs}<table border="1">{rows}</table></div></body></html>'
    )
    return page.encode(encoding)


def xlsx_bytes(macros: bool = False, unit: str = TITLE[0]) -> bytes:
    """A minimal workbook (inline strings, numbers as numbers): one sheet holding the title
    block and narrative as one-cell rows, then the table. ``macros`` adds a VBA part."""
    lines = [unit, TITLE[1], *NARRATIVE, TABLE_TITLE, UNIT_LINE]
    rows = [[line] for line in lines] + TABLE
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, text in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if not text:
                continue
            if text.replace(".", "", 1).isdigit() and r > len(lines) + 1:
                cells.append(f'<c r="{ref}"><v>{text}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    main = (
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        if macros
        else ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="预算" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        if macros:
            archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not a real VBA project")
    return buffer.getvalue()


def pdf_bytes(
    pages: int = 1,
    scanned_page: int | None = None,
    password: str | None = None,
    text: list[str] | None = None,
    hidden: str | None = None,
    unit: str = TITLE[0],
) -> bytes:
    """A PDF (reportlab, the CID font STSong-Light: no font file needed) of the disclosure:
    title block and narrative, then the table drawn with ruling lines. ``pages`` > 1 adds
    blank-text pages ('第N页'); ``scanned_page`` makes that page an image without text;
    ``password`` encrypts the file; ``text`` replaces the content lines; ``hidden`` is
    drawn beyond the top edge of page 1 (not visible, must not be read)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    kwargs = {}
    if password:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner")
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, **kwargs)
    width, height = A4
    pdf.setFont("STSong-Light", 11)
    y = height - 72
    lines = text if text is not None else [unit, TITLE[1], *NARRATIVE, TABLE_TITLE, UNIT_LINE]
    if hidden:
        pdf.drawString(72, height + 20, hidden)
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 20
    if text is None:
        columns = [72, 180, 330, 400, 470, 540]
        top = y
        for row in TABLE:
            for c, cell in enumerate(row):
                pdf.drawString(columns[c] + 3, y - 14, cell)
            y -= 20
        for x in columns:
            pdf.line(x, top, x, y)
        for r in range(len(TABLE) + 1):
            pdf.line(columns[0], top - 20 * r, columns[-1], top - 20 * r)
    for number in range(2, pages + 1):
        pdf.showPage()
        pdf.setFont("STSong-Light", 11)
        if number == scanned_page:
            from PIL import Image
            from reportlab.lib.utils import ImageReader

            image = Image.new("L", (200, 280), 200)
            pdf.drawImage(ImageReader(image), 0, 0, width, height)
        else:
            pdf.drawString(72, height - 72, f"第{number}页的说明文字")
    pdf.save()
    return buffer.getvalue()


def text_bytes(unit: str = TITLE[0]) -> bytes:
    """The space-aligned text of field fault 02 with the unit's name."""
    from pathlib import Path

    path = Path(__file__).resolve().parent / "fixtures" / "published" / "02_space_aligned_table.txt"
    return path.read_text(encoding="utf-8").replace(TITLE[0], unit, 1).encode("utf-8")
