"""A table continued after a page break under a bare '续表' line (fresh-user trial 4, n08/n33).

The 续表 line is alone on its line (optionally numbered or in brackets: '续表1', '（续表）',
'续上表'); the table's title is not printed again. The rows after it (past a repeated unit line
and a repeated header identical to the table's) are the table above's rows. When the header
after it differs, nothing is merged: a 'partial' problem 'table_continuation_mismatch' and those
rows are not loaded. Amounts in 元 (万元 × 10000).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.pipeline import process
from extract.tables import parse_tables
from extract.tables.titles import find_titles

D = Decimal
FIXTURES = Path(__file__).parent.parent / "fixtures" / "tables" / "continued"

ALL_FOUR = {
    ("", "total"): D("2000000.00"),
    ("", "basic"): D("1500000.00"),
    ("", "project"): D("500000.00"),
    ("2010101", "total"): D("1000000.00"),
    ("2010101", "basic"): D("1000000.00"),
    ("2010102", "total"): D("500000.00"),
    ("2010102", "project"): D("500000.00"),
    ("2080501", "total"): D("300000.00"),
    ("2080501", "basic"): D("300000.00"),
    ("2210201", "total"): D("200000.00"),
    ("2210201", "basic"): D("200000.00"),
}

HEAD = "重庆市綦江区税务服务中心\n2025年部门预算情况说明\n一、收支预算总体情况\n2025年支出预算200.00万元。\n\n"
TABLE = (
    "一般公共预算财政拨款支出预算表\n单位：万元\n"
    "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
    "\t合计\t200.00\t150.00\t50.00\n"
    "2010101\t行政运行\t100.00\t100.00\t\n"
    "2010102\t一般行政管理事务\t50.00\t\t50.00\n"
)
HEADER = "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
REST = "2080501\t行政单位离退休\t30.00\t30.00\t\n2210201\t住房公积金\t20.00\t20.00\t\n"
TAIL = "二、其他说明\n本部门无政府性基金预算。\n"


def _lines(rows) -> dict[tuple[str, str], Decimal]:
    found: dict[tuple[str, str], Decimal] = {}
    for r in rows.get("raw_function_lines", []):
        key = (r["code"], r["measure"])
        assert key not in found, key
        found[key] = D(r["amount_yuan"])
    return found


@pytest.mark.parametrize("name", ["n08_table_continued_over_page_break.txt", "n33_docx_table_continued_xubiao.docx"])
def test_the_trial_documents_read_all_four_rows_as_one_table(name):
    out = process((FIXTURES / name).read_bytes(), "test")
    assert out.document["status"] == "ok"
    assert not out.rows.get("raw_problems")
    assert _lines(out.rows) == ALL_FOUR
    (table,) = out.rows["raw_tables"]
    assert table["table_kind"] == "gpb_function"
    assert table["row_count"] == "5"
    assert table["value_count"] == "11"


@pytest.mark.parametrize("mark", ["续表", "\f续表", "续表1", "续表二", "（续表）", "(续表)", "续上表", "（续上表）"])
@pytest.mark.parametrize("repeated", ["单位：万元\n" + HEADER, HEADER, "单位：万元\n", ""])
def test_a_bare_continued_mark_continues_the_table_above(mark, repeated):
    body = HEAD + TABLE + "\n" + mark + "\n" + repeated + REST + TAIL
    out = process(body.encode("utf-8"), "test")
    assert not out.rows.get("raw_problems")
    assert _lines(out.rows) == ALL_FOUR
    assert len(out.rows["raw_tables"]) == 1


def test_a_different_header_after_the_mark_is_a_problem_not_a_merge():
    other = "科目编码\t科目名称\t合计\t人员经费\t公用经费\n"
    out = parse_tables((HEAD + TABLE + "\n续表\n单位：万元\n" + other + REST + TAIL).split("\n"))
    codes = {r["code"] for r in out.result.rows["raw_function_lines"]}
    assert codes == {"", "2010101", "2010102"}
    (problem,) = [p for p in out.result.problems if p.code == "table_continuation_mismatch"]
    assert problem.severity == "partial"
    assert "人员经费" in problem.message
    assert out.table_count == 1


def test_a_different_unit_after_the_mark_is_a_problem_not_a_merge():
    out = parse_tables((HEAD + TABLE + "\n续表\n单位：元\n" + HEADER + REST + TAIL).split("\n"))
    codes = {r["code"] for r in out.result.rows["raw_function_lines"]}
    assert codes == {"", "2010101", "2010102"}
    assert [p.code for p in out.result.problems] == ["table_continuation_mismatch"]


def test_the_mark_is_a_continuation_title_of_the_table_above():
    lines = (HEAD + TABLE + "\n续表1\n" + HEADER + REST).split("\n")
    first, second = find_titles(lines)
    assert (first.kind, first.continues) == ("gpb_function", False)
    assert (second.kind, second.text, second.line, second.continues) == (
        "gpb_function",
        "一般公共预算财政拨款支出预算表",
        lines.index("续表1") + 1,
        True,
    )


def test_a_sentence_naming_a_continued_table_is_no_mark():
    lines = (HEAD + TABLE + "\n详见续表。\n" + TAIL).split("\n")
    assert [t.continues for t in find_titles(lines)] == [False]
