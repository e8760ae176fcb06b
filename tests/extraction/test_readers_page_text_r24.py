"""Issue 20, kind 2 (held-out set 83, a county hospital's 单位决算 as PDF page text): a header
whose part columns follow '其中：' ('本年支出 其中：基本支出 项目支出') is still one line of single
words; a table whose every row prints every figure it names is read whole, column by column."""

from __future__ import annotations

from extract.readers.page_text import tabulate_page_text

LINES = (
    "一般公共预算财政拨款支出决算表",
    "编制单位：某县人民医院 2024年度 单位：万元",
    "科目编码 科目名称 年初预算 调整预算 本年支出 其中：基本支出 项目支出",
    "208 社会保障和就业支出 236.00 252.70 251.34 251.34 0.00",
    "20805 行政事业单位养老支出 236.00 240.00 238.64 238.64 0.00",
    "210 卫生健康支出 1,580.00 2,078.35 2,060.95 1,386.20 674.75",
    "2100299 其他公立医院支出 0.00 420.00 420.00 0.00 420.00",
    "合计 1,816.00 2,318.35 2,299.59 1,624.84 674.75",
)


def test_a_header_with_parts_after_qizhong_reads_every_column() -> None:
    out, problems, written = tabulate_page_text(LINES)
    assert out[2] == "科目编码\t科目名称\t年初预算\t调整预算\t本年支出\t基本支出\t项目支出"
    assert out[5] == "210\t卫生健康支出\t1,580.00\t2,078.35\t2,060.95\t1,386.20\t674.75"
    assert out[7] == "合计\t\t1,816.00\t2,318.35\t2,299.59\t1,624.84\t674.75"
    assert problems == []
    assert written == [range(2, 8)]


def test_a_colon_of_a_sentence_still_ends_the_header() -> None:
    lines = ("说明：单位为万元 科目编码 科目名称 合计 基本支出", *LINES[3:])
    out, _, _ = tabulate_page_text(lines)
    assert out[0] == lines[0]
