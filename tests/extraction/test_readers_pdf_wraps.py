"""Lines of a PDF: paragraphs wrapped by the page width, drawn with reportlab line by line where a
left-aligned page (a web page printed, held-out documents printed with Chromium) breaks them: the
linear text joins a paragraph's lines and never a title with the line under it; a character pdfium
boxes tight stays on its line; a justified line's gaps between CJK characters are no spaces. Issue
20, kind 3 (narrative anywhere) and kind 10 (a figure split from its label is a figure lost)."""

from __future__ import annotations

import io
from pathlib import Path

from extract.readers import read_document

FONT = "STSong-Light"
SIZE = 10.5
LEFT = 72.0
CHARS = 40  # a line of the text block: forty CJK characters
MARGIN = LEFT + CHARS * SIZE


def _width(text: str) -> float:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics.stringWidth(text, FONT, SIZE)


def _filler(n: int) -> str:
    return ("部门预算收支情况说明全部用于保障机构正常运转" * 4)[:n]


def _pdf(pages: list[list[tuple[str, float]]]) -> bytes:
    """Pages of (text, x) lines from the top down, 16 points apart."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    for lines in pages:
        pdf.setFont(FONT, SIZE)
        for n, (text, x) in enumerate(lines):
            pdf.drawString(x, 770 - 16 * n, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _paragraph_page(middle: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Eight lines of a paragraph set to the margin around ``middle`` (the text's margin)."""
    full = [(_filler(CHARS), LEFT)] * 4
    return [(_filler(CHARS - 2), LEFT + 2 * SIZE), *full, *middle, *full, (_filler(12) + "。", LEFT)]


def _linear(data: bytes) -> list[str]:
    doc = read_document(data)
    assert doc.source_format == "pdf"
    return list(doc.linear().lines)


def test_a_figure_that_did_not_fit_leaves_its_width_at_the_margin_and_the_line_carries_on():
    # '211.26' cannot be broken: the line above ends that much short of the margin
    head = "主要用于：人大机关综合保障及信息化运维经费"
    gap = _width("211.26") - 2.0  # the figure would not have fitted
    line = head + _filler(int((MARGIN - LEFT - _width(head) - gap) // SIZE))
    lines = _linear(_pdf([_paragraph_page([(line, LEFT), ("211.26万元。", LEFT)])]))
    assert any(text.endswith(line[-6:] + "211.26万元。") for text in lines), lines


def test_a_character_kept_with_the_mark_after_it_leaves_two_characters_at_the_margin():
    # '元，' goes down together (a line never starts with '，'): the line above ends two short
    line = _filler(CHARS - 12) + "支出决算为11862.40万"
    assert MARGIN - LEFT - _width(line) > 1.5 * SIZE  # further than a character's width short
    lines = _linear(_pdf([_paragraph_page([(line, LEFT), ("元，完成预算88.69%。", LEFT)])]))
    assert any(text.endswith("11862.40万元，完成预算88.69%。") for text in lines), lines


def test_a_clause_ended_by_a_semicolon_at_the_margin_carries_on_unless_an_item_starts():
    clause = _filler(CHARS - 1) + "；"
    lines = _linear(
        _pdf(
            [
                _paragraph_page(
                    [(clause, LEFT), ("代表工作经费260.00万元；", LEFT), (clause, LEFT), ("（二）项目支出情况", LEFT)]
                )
            ]
        )
    )
    assert any(text.endswith("；代表工作经费260.00万元；") for text in lines), lines
    assert "（二）项目支出情况" in lines


def test_a_title_widest_on_a_page_of_tables_reaches_no_margin():
    # the second page holds a table's title and the line under it, nothing reaching the margin
    # the paragraphs of the first page set: before, the title was the page's widest line and so
    # 'ran to the margin', and '公开05表' was read as its continuation
    title = "五、财政拨款支出决算明细表（一般公共预算财政拨款支出决算表）"
    assert _width(title) > 0.6 * (595 - LEFT)
    pages = [_paragraph_page([]), [(title, LEFT), ("公开05表", LEFT), ("金额单位：万元", LEFT)]]
    lines = _linear(_pdf(pages))
    assert lines[-3:] == [title, "公开05表", "金额单位：万元"]


def test_a_flat_stroke_boxed_tight_stays_on_its_line():
    # Chromium's PDF (printed from chromium_flat_strokes.html, Noto Serif CJK): pdfium gives '一' no
    # loose box but its glyph's, a point high above the baseline; before, every '一' fell on a line
    # of its own ('一 一' over '、 般公共预算拨款收入…')
    path = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "chromium_flat_strokes.pdf"
    assert _linear(path.read_bytes()) == [
        "一、一般公共预算拨款收入1,234.56万元",
        "二、一般公共预算财政拨款支出一一对应",
    ]


def _spread(pdf, text: str, x: float, y: float, gap: float) -> float:
    """``text`` drawn one character at a time, ``gap`` points apart; the x after it."""
    for letter in text:
        pdf.drawString(x, y, letter)
        x += _width(letter) + gap
    return x


def test_the_gaps_of_a_justified_line_between_cjk_characters_are_no_spaces():
    # Chromium justifies a line by widening the gaps between words ('2025年项 目 支出' read before); a
    # space drawn stays, and so does a gap beside a figure or one a character wide
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.setFont(FONT, SIZE)
    _spread(pdf, "温宿县司法局项目支出", LEFT, 770, 0.42 * SIZE)
    pdf.drawString(LEFT, 750, "第一部分 部门概况")  # a space drawn
    _spread(pdf, "支出", _spread(pdf, "项目", LEFT, 730, 0) + 1.2 * SIZE, 730, 0)  # a character wide apart
    x = _spread(pdf, "合计", LEFT, 710, 0)
    _spread(pdf, "1,234.56", x + 0.45 * SIZE, 710, 0)  # beside a figure
    pdf.showPage()
    pdf.save()
    assert _linear(buffer.getvalue()) == ["温宿县司法局项目支出", "第一部分 部门概况", "项目 支出", "合计 1,234.56"]


def _paragraphs(indent: bool, middle: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Six paragraphs (first line indented two characters when ``indent``), then ``middle``."""
    first = LEFT + 2 * SIZE if indent else LEFT
    lines: list[tuple[str, float]] = []
    for _ in range(6):
        lines += [(_filler(CHARS - 2 if indent else CHARS), first), (_filler(CHARS), LEFT), (_filler(10) + "。", LEFT)]
    return lines + middle


def test_a_sentence_ending_at_the_margin_goes_on_when_paragraphs_are_indented():
    # held-out documents printed justified: '…自评得分为92.6分。' at the margin, then '该项目年初预算…' on the
    # next line was a paragraph of its own and lost its project
    end = _filler(CHARS - 1) + "。"
    middle = [
        (_filler(CHARS - 2), LEFT + 2 * SIZE),
        (end, LEFT),
        ("该项目年初预算48500.00万元，主要用于运行补贴。", LEFT),
    ]
    lines = _linear(_pdf([_paragraphs(True, middle)]))
    assert any(text.endswith("。该项目年初预算48500.00万元，主要用于运行补贴。") for text in lines), lines


def test_a_sentence_ending_at_the_margin_ends_its_paragraph_otherwise():
    end = _filler(CHARS - 1) + "。"
    continued = ("该项目年初预算48500.00万元，主要用于运行补贴。", LEFT)
    # paragraphs not indented: a line after a sentence may start the next one
    lines = _linear(_pdf([_paragraphs(False, [(_filler(CHARS), LEFT), (end, LEFT), continued])]))
    assert continued[0] in lines
    # indented, but the next line is a heading (no sentence mark in it)
    heading = ("部门整体支出绩效自评结果", LEFT)
    lines = _linear(_pdf([_paragraphs(True, [(_filler(CHARS - 2), LEFT + 2 * SIZE), (end, LEFT), heading])]))
    assert heading[0] in lines
