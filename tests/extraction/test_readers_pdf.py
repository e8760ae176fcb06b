"""The PDF reader on real published disclosures (tests/fixtures/published, copied from the
shared samples): every figure below was read off the rendered pages by eye.

The reader's output is the document model's linear text: text lines and table rows (cells
joined by tabs), each with its page. These tests read the tables back from it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extract.document import Document, LinearText
from extract.readers import read_document

PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "published"
SH_DEPT = "上海市普陀区司法局2026年部门预算.pdf"
SH_UNIT = "上海市普陀区司法局2026年单位预算.pdf"
SH_WELFARE = "上海市普陀区社会福利院2024年单位预算.pdf"
SH_FINAL = "上海市普陀区财政局2024年度部门决算（含错误的测试版本）.pdf"
HANGZHOU = "浙江杭州_杭州市司法局_2026年度_部门预算.pdf"
FOSHAN = "广东佛山_佛山市轨道交通局_2019年度_部门决算.pdf"


@cache
def document(name: str) -> Document:
    read = read_document((PUBLISHED / name).read_bytes())
    assert read.source_format == "pdf"
    return read


@cache
def linear(name: str) -> LinearText:
    return document(name).linear()


def table_rows(name: str, title: str) -> list[tuple[int, list[str]]]:
    """(page, cells) of the table rows after the line ``title`` up to the next text line
    that is not a unit/note line (i.e. the next title or narrative)."""
    text = linear(name)
    start = text.lines.index(title)
    rows = []
    for line, page in zip(text.lines[start + 1 :], text.pages[start + 1 :], strict=True):
        if "\t" in line:
            rows.append((page, line.split("\t")))
        elif line and not line.startswith(("编制", "单位", "部门名称", "注", "备注")) and rows:
            break
    return rows


def by_code(rows) -> dict[str, list[str]]:
    return {cells[0]: cells[1:] for _, cells in rows if cells[0][:1].isdigit()}


def test_shanghai_department_function_table_every_row_exact():
    rows = table_rows(SH_DEPT, "2026年部门一般公共预算支出功能分类预算表")
    expected = {
        "204": ("公共安全支出", "87267272.44", "16726725.44", "70540547.00"),
        "20406": ("司法", "87267272.44", "16726725.44", "70540547.00"),
        "2040601": ("行政运行", "16726725.44", "16726725.44", "0.00"),
        "2040604": ("基层司法业务", "21703947.00", "0.00", "21703947.00"),
        "2040605": ("普法宣传", "1242900.00", "0.00", "1242900.00"),
        "2040607": ("公共法律服务", "6860000.00", "0.00", "6860000.00"),
        "2040613": ("信息化建设", "2278800.00", "0.00", "2278800.00"),
        "2040699": ("其他司法支出", "38454900.00", "0.00", "38454900.00"),
        "208": ("社会保障和就业支出", "3343704.00", "3343704.00", "0.00"),
        "20805": ("行政事业单位养老支出", "3343704.00", "3343704.00", "0.00"),
        "2080501": ("行政单位离退休", "578040.00", "578040.00", "0.00"),
        "2080505": ("机关事业单位基本养老保险缴费支出", "1839485.00", "1839485.00", "0.00"),
        "2080506": ("机关事业单位职业年金缴费支出", "919739.00", "919739.00", "0.00"),
        "2080599": ("其他行政事业单位养老支出", "6440.00", "6440.00", "0.00"),
        "210": ("卫生健康支出", "1149678.00", "1149678.00", "0.00"),
        "21011": ("行政事业单位医疗", "1149678.00", "1149678.00", "0.00"),
        "2101101": ("行政单位医疗", "1149678.00", "1149678.00", "0.00"),
        "221": ("住房保障支出", "4521559.00", "4521559.00", "0.00"),
        "22102": ("住房改革支出", "4521559.00", "4521559.00", "0.00"),
        "2210201": ("住房公积金", "2087959.00", "2087959.00", "0.00"),
        "2210203": ("购房补贴", "2433600.00", "2433600.00", "0.00"),
    }
    assert {code: tuple(cells) for code, cells in by_code(rows).items()} == expected
    # the table crosses from page 15 to 16, which repeats the header; the total closes it
    pages = {page for page, _ in rows}
    assert pages == {15, 16}
    assert rows[-1] == (16, ["合计", "", "96282213.44", "25741666.44", "70540547.00"])
    # codes printed in three columns 类 | 款 | 项 are one code column
    assert rows[1][1][:2] == ["功能分类科目编码", "功能分类科目名称"]


def test_shanghai_department_summaries_three_public_and_economic_table():
    summary = table_rows(SH_DEPT, "2026年部门财务收支预算总表")
    assert summary[-1][1] == ["收入总计", "96,282,213.44", "支出总计", "96,282,213.44"]
    assert ["一、财政拨款收入", "96,282,213.44", "一、公共安全支出", "87,267,272.44"] in [c for _, c in summary]
    fiscal = table_rows(SH_DEPT, "2026年部门财政拨款收支预算总表")
    assert fiscal[-1][1] == ["收入总计", "96,282,213.44", "支出总计", "96,282,213.44", "96,282,213.44", "", ""]
    three = table_rows(SH_DEPT, "2026年部门“三公”经费和机关运行经费预算表")
    # 合计 | 因公出国(境)费 | 公务接待费 | 小计 | 购置费 | 运行费 | 机关运行经费 (万元)
    assert three[-1][1] == ["10.81", "0", "0.83", "9.98", "0", "9.98", "217.83"]
    assert three[0][1][-1] == "机关运行经费预算数"  # a header wrapped inside its cell is one text
    economic = by_code(table_rows(SH_DEPT, "2026年部门一般公共预算基本支出部门预算经济分类预算表"))
    assert economic["30101"] == ["基本工资", "2892504.00", "2892504.00", "0.00"]
    assert economic["30228"] == ["工会经费", "265974.44", "0.00", "265974.44"]  # on page 20, no header
    assert economic["31002"] == ["办公设备购置", "36600.00", "0.00", "36600.00"]


def test_shanghai_department_narrative_lines():
    text = linear(SH_DEPT)
    joined = "\n".join(text.lines)
    # a paragraph wrapped by the page width is one line again
    assert (
        "2026年本部门政府采购预算1486.42万元，其中：政府采购货物预算3.66万元、政府采购工程预算36.44万元、政府采购服务预算1446.32万元。"
        in text.lines
    )
    assert "2026年上海市普陀区司法局下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为217.83万元。" in text.lines
    # page 5 prints only items 八-十; items 一-七 are also in its content stream, above the
    # page's top edge (a leftover of page 4), and are not read twice
    assert joined.count("（一）贯彻执行国家和本市有关司法行政工作") == 1
    page5 = [line for line, page in zip(text.lines, text.pages, strict=True) if page == 5 and line]
    assert page5[0].startswith("（八）负责本系统警车管理工作")
    assert [line for line in page5 if line.startswith("（")] == [page5[0], page5[1], page5[2]]


def test_shanghai_unit_budget_is_read_with_its_own_figures_as_printed():
    rows = table_rows(SH_UNIT, "2026年预算单位一般公共预算支出功能分类预算表")
    codes = by_code(rows)
    assert codes["204"] == ["公共安全支出", "79,189,400.34", "14,348,853.34", "64,840,547.00"]
    # printed so (the project column repeats the category's figure): read as printed
    assert codes["2040601"] == ["行政运行", "14,348,853.34", "14,348,853.34", "64,840,547.00"]
    assert codes["2040607"] == ["公共法律服务", "1,160,000.00", "0.00", "1,160,000.00"]
    assert codes["2210203"] == ["购房补贴", "2,070,000.00", "2,070,000.00", "0"]
    assert rows[-1] == (15, ["合计", "", "86,959,408.34", "22,118,861", "64,840,547.00"])
    assert len(codes) == 21


def test_welfare_home_whole_yuan_with_thousands_separators_and_a_source_slip():
    rows = table_rows(SH_WELFARE, "2024年预算单位一般公共预算支出功能分类预算表")
    codes = by_code(rows)
    assert codes["208"] == ["社会保障和就业支出", "8,661,624", "8,661,624", ""]
    assert codes["2081005"] == ["社会福利事业单位", "6,964,796", "6,964,796", ""]
    assert codes["2210201"] == ["住房公积金", "335,816", "335,816", ""]
    # the source prints 类 '7' for 事业单位医疗 (210 11 02): kept as printed, never made a code
    assert ["7 11 02", "事业单位医疗", "503,724", "503,724", ""] in [c for _, c in rows]
    assert rows[-1][1] == ["合计", "", "9,501,164", "9,501,164", ""]
    # white background boxes are not ruling lines: the table starts at its own header
    fiscal = table_rows(SH_WELFARE, "2024年预算单位财政拨款收支预算总表")
    assert fiscal[0][1][:3] == ["财政拨款收入", "", "财政拨款支出"]
    assert fiscal[-1][1] == ["收入总计", "9,501,164", "支出总计", "9,501,164", "9,501,164", "", ""]
    income = by_code(table_rows(SH_WELFARE, "2024年预算单位收入预算总表"))
    assert income["208"] == ["社会保障和就业支出", "11,281,624", "8,661,624", "2,620,000", "", ""]
    three = table_rows(SH_WELFARE, "单位“三公”经费和机关运行经费预算表")
    assert three[-1][1] == ["6.4", "0", "0", "6.4", "", "6.4", "0"]
    text = linear(SH_WELFARE)
    assert "2024年上海市普陀区社会福利院无机关运行经费。" in text.lines
    assert any(line.startswith("2024年度本单位政府采购预算120.60万元") for line in text.lines)


def test_hangzhou_tables_names_without_codes_and_numbers_wrapped_in_a_cell():
    rows = table_rows(HANGZHOU, "表5：2026年市级部门一般公共预算支出预算表")
    cells = [c for _, c in rows]
    # a number wrapped over two lines of its cell ('21,118.5' / '1') is one number
    assert ["合计", "91,842.80", "70,724.29", "58,486.35", "12,237.94", "21,118.51"] in cells
    assert ["行政运行", "48,375.27", "48,375.27", "38,589.84", "9,785.43", ""] in cells
    assert ["行政单位医疗", "2,434.95", "2,434.95", "2,434.95", "", ""] in cells
    assert {page for page, _ in rows} == {30, 31}
    three = [c for _, c in table_rows(HANGZHOU, "表7：2026年市级部门一般公共预算“三公”经费预算表")]
    assert ["合计", "413.68", "", "339.68", "151.68", "188.00", "74.00"] in three
    summary = [c for _, c in table_rows(HANGZHOU, "表1：2026年市级部门收支预算总表")]
    assert ["收入总计", "99,230.46", "支出总计", "99,230.46"] in summary  # on page 24, letter-spaced
    text = linear(HANGZHOU)
    # a sentence broken by the page (and its page number) reads on
    assert any(line.startswith("2026 年收入预算 99,230.46 万元，比上年执行数增加7,331.92 万元") for line in text.lines)
    assert not any(line.strip() in {"22", "23", "24"} for line in text.lines)


def test_final_accounts_grids_for_the_final_accounts_reader():
    income = table_rows(SH_FINAL, "收入决算表")
    # 类 款 项 printed on the row of 合计: that row reads as the total
    assert ["", "合计", "2,946.25", "2,940.05", "", "", "", "", "6.20"] in [c for _, c in income]
    assert by_code(income)["2010601"] == ["行政运行", "1,511.90", "1,511.89", "", "", "", "", "0.01"]
    economic = table_rows(SH_FINAL, "一般公共预算财政拨款基本支出决算表")
    cells = [c for _, c in economic]
    # two code groups side by side, the right one printed as 类 | 款
    assert ["30102", "津贴补贴", "1,238.58", "30202", "印刷费", "7.61"] in cells
    assert ["", "", "", "31019", "其他交通工具购置", ""] in cells  # the continuation on page 14
    assert ["人员经费合计", "", "2,152.26", "公用经费合计", "", "184.65"] in cells
    foshan = [c for _, c in table_rows(FOSHAN, "一般公共预算财政拨款支出决算表")]
    assert ["2140101", "行政运行", "609.29", "609.29", "0.00"] in foshan


@pytest.mark.parametrize(
    ("name", "pages"), [(SH_DEPT, 23), (SH_UNIT, 21), (SH_WELFARE, 16), (SH_FINAL, 26), (HANGZHOU, 40), (FOSHAN, 31)]
)
def test_page_count(name, pages):
    assert document(name).page_count == pages
    assert not document(name).problems
