"""Completeness (issue 8): a cut-off file is told apart from a complete one, and says what is
missing. Real documents, cut by the test; table rows given by hand where the rule is about
what the table parser reports."""

from __future__ import annotations

import pytest
from conftest import RAW

from extract.completeness import (
    announced_tables,
    check_completeness,
    drop_rows_from_line,
    sections_present,
    untrusted_from_line,
)
from extract.narrative import parse_narrative
from extract.read import decode
from extract.result import ParseResult, Problem
from extract.tables import TablesOutput, parse_tables

DOCUMENTS = {path.name[:3]: path for path in sorted(RAW.glob("*.txt"))}


def lines_of(prefix: str) -> tuple[str, ...]:
    return decode(DOCUMENTS[prefix].read_bytes()).lines


def cut_text(prefix: str, marker: str, keep: int = 0) -> tuple[str, ...]:
    """The document's lines up to ``keep`` characters past the first ``marker``."""
    text = "\n".join(lines_of(prefix))
    at = text.index(marker) + keep
    return tuple(text[:at].split("\n"))


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def parsed(lines):
    tables = parse_tables(lines)
    return tables, parse_narrative(lines, end_line=tables.first_table_line)


# --- narrative ----------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(DOCUMENTS))
def test_every_document_has_its_six_sections(prefix):
    assert [s for s, _ in sections_present(lines_of(prefix))] == ["一", "二", "三", "四", "五", "六"]


@pytest.mark.parametrize("prefix", sorted(DOCUMENTS))
def test_complete_documents_raise_nothing(prefix):
    lines = lines_of(prefix)
    assert check_completeness(lines, TablesOutput(), ParseResult()) == []
    tables, narrative = parsed(lines)  # whatever the parsers read today
    assert check_completeness(lines, tables, narrative) == []


@pytest.mark.parametrize(("prefix", "marker"), [("000", "三、部门预算情况说明"), ("001", "三、部门预算情况说明")])
def test_a_narrative_cut_in_section_three_is_partial(prefix, marker):
    lines = cut_text(prefix, marker, keep=40)
    problems = check_completeness(lines, TablesOutput(), ParseResult())
    assert codes(problems) == ["narrative_cut_off"]
    (problem,) = problems
    assert problem.severity == "partial"
    assert "section 三" in problem.message
    # where it ends, never what the bundled outline would have had next (outlines differ by region)
    assert "三公经费" not in problem.message and "outline" not in problem.message
    assert "the file looks cut off" in problem.message
    assert problem.source_line == len([line for line in lines if line is not None]) or problem.source_line


def test_a_narrative_followed_by_tables_is_not_called_cut():
    lines = cut_text("000", "三、部门预算情况说明", keep=40)
    tables = TablesOutput(table_count=1, first_table_line=len(lines))
    assert check_completeness(lines, tables, ParseResult()) == []


# --- announced tables ---------------------------------------------------------------------

ANNOUNCING = [
    "重庆市某区某局",
    "2026年部门预算情况说明",
    "一、单位基本情况",
    "附表：1.财政拨款收支总表 2.一般公共预算财政拨款支出预算表",
    "3.一般公共预算“三公”经费支出表",
    "",
    "2026年某局财政拨款收支总表",
    "单位：万元",
    "项目\t预算数",
    "一般公共预算财政拨款",
    "支出预算表",
    "单位：万元",
    "合计\t1.00",
]


def test_announced_tables_are_listed():
    assert [(no, title) for no, title, _, _ in announced_tables(ANNOUNCING)] == [
        ("1", "财政拨款收支总表"),
        ("2", "一般公共预算财政拨款支出预算表"),
        ("3", "一般公共预算“三公”经费支出表"),
    ]


def test_an_announced_table_that_never_comes_is_reported():
    problems = check_completeness(ANNOUNCING, TablesOutput(table_count=2, first_table_line=7), ParseResult())
    assert codes(problems) == ["announced_tables_absent"]
    assert "1 of the 3 tables" in problems[0].message
    assert "3.一般公共预算“三公”经费支出表" in problems[0].message
    assert "财政拨款收支总表;" not in problems[0].message  # present (prefixed title), wrapped table 2 too


def test_the_real_announcement_of_002_is_satisfied():
    lines = lines_of("002")
    assert [no for no, *_ in announced_tables(lines)] == ["1"]
    assert check_completeness(lines, TablesOutput(), ParseResult()) == []


# --- the last table (rows as the table parser reports them) --------------------------------


def table_output(rows, *, title_line=10, row_count=None, is_empty="false", layout="tsv_rows", unit="万元"):
    result = ParseResult()
    result.add(
        "raw_tables",
        {
            "table_seq": "2",
            "table_kind": "gpb_function",
            "table_title": "一般公共预算财政拨款支出预算表",
            "title_line": title_line,
            "end_line": title_line + len(rows) + 2,
            "amount_unit": unit,
            "is_empty": is_empty,
            "row_count": len(rows) if row_count is None else row_count,
        },
    )
    for line, (code, amount) in enumerate(rows, start=title_line + 3):
        result.add(
            "raw_function_lines",
            {
                "table_seq": "2",
                "table_kind": "gpb_function",
                "source_line": line,
                "code": code,
                "measure": "total",
                "period": "current",
                "amount_yuan": amount,
            },
        )
    return TablesOutput(result=result, layout=layout, first_table_line=title_line, table_count=1, amount_unit=unit)


FILLER = (*["x"] * 9, "一般公共预算财政拨款支出预算表", "单位：万元", "科目编码\t科目名称\t总计")


def test_categories_short_of_their_total_mean_a_cut_table():
    tables = table_output([("", "24654300.00"), ("208", "1886900.00"), ("210", "242100.00")])
    problems = check_completeness(
        (*FILLER, "合计\t\t2,465.43", "208\t社保\t188.69", "210\t卫生\t24.21"), tables, ParseResult()
    )
    assert codes(problems) == ["table_cut_off"]
    assert "2 类 rows sum to 2129000.00 元, its 合计 says 24654300.00 元" in problems[0].message


def test_a_table_of_items_only_sums_its_items_against_its_total():
    # no 类 or 款 row printed: the 项 rows are the top rows, and they make up the 合计
    items = [("2010101", "800000.00"), ("2010102", "200000.00"), ("2080505", "1340600.00")]
    tables = table_output([("", "2340600.00"), *items])
    assert check_completeness(FILLER, tables, ParseResult()) == []
    # a 项 missing under the same total is still a cut table
    tables = table_output([("", "2340600.00"), *items[:2]])
    problems = check_completeness(FILLER, tables, ParseResult())
    assert codes(problems) == ["table_cut_off"]
    assert "2 top-level (no parent printed) rows sum to 1000000.00 元" in problems[0].message
    # a 项 under a printed 类 is not counted twice
    tables = table_output([("", "2340600.00"), ("201", "1000000.00"), *items[:2], ("2080505", "1340600.00")])
    assert check_completeness(FILLER, tables, ParseResult()) == []


def test_a_last_table_in_an_unknown_unit_is_not_called_rowless():
    # its rows are printed but not loaded (amount_unit_unknown reports it): no table_without_rows
    tables = table_output([], unit="美元")
    assert check_completeness(FILLER, tables, ParseResult()) == []
    assert codes(check_completeness(FILLER, table_output([]), ParseResult())) == ["table_without_rows"]


def test_categories_within_rounding_of_their_total_are_complete():
    # 3 terms: the allowance is 0.005 x 4 = 0.02 万元 = 200 元
    tables = table_output([("", "300.02"), ("201", "100.00"), ("208", "100.00"), ("210", "100.00")], unit="元")
    assert check_completeness(FILLER, tables, ParseResult()) == []
    tables = table_output([("", "3000200.00"), ("201", "1000000.00"), ("208", "1000000.00"), ("210", "1000000.00")])
    assert check_completeness(FILLER, tables, ParseResult()) == []
    tables = table_output([("", "3000300.00"), ("201", "1000000.00"), ("208", "1000000.00"), ("210", "1000000.00")])
    assert codes(check_completeness(FILLER, tables, ParseResult())) == ["table_cut_off"]


def test_a_last_table_with_a_title_and_no_rows():
    tables = table_output([], row_count=0)
    problems = check_completeness(FILLER, tables, ParseResult())
    assert codes(problems) == ["table_without_rows"]
    assert "has a title but no rows" in problems[0].message
    # an empty table that says so ("此表无数据") is complete
    assert check_completeness(FILLER, table_output([], row_count=0, is_empty="true"), ParseResult()) == []


def test_a_last_line_narrower_than_any_row_of_its_table():
    body = (
        "合计\t\t2,465.43\t587.84\t1,877.59",
        "208\t社会保障和就业支出\t188.69\t163.04\t25.65",
        "20805\t行政事业单位",
    )
    lines = (*FILLER[:-1], "科目编码\t科目名称\t总计\t基本支出\t项目支出", *body)
    tables = table_output([("", "24654300.00"), ("208", "24654300.00")])
    problems = check_completeness(lines, tables, ParseResult())
    assert codes(problems) == ["table_cut_off"]
    assert "has 2 of its 5 cells" in problems[0].message


# --- untrusted last line ------------------------------------------------------------------


def test_rows_of_an_unterminated_cut_line_are_dropped():
    cut = [Problem("partial", "table_cut_off", "x")]
    lines = ("a", "208\t社保\t188.69", "210\t卫生\t24.2")  # no line break after 24.2
    assert untrusted_from_line(lines, cut, "tsv_rows") == 3
    assert untrusted_from_line((*lines, ""), cut, "tsv_rows") is None  # ends with a line break
    assert untrusted_from_line(lines, [], "tsv_rows") is None  # not cut: the line is whole
    cells = ("x", "", "\t208", "\t社保", "\t188.69", "", "\t210", "\t卫生", "\t24.2")
    assert untrusted_from_line(cells, cut, "cell_per_line") == 7
    result = ParseResult()
    result.add("raw_function_lines", {"source_line": 2, "code": "208"})
    result.add("raw_function_lines", {"source_line": 3, "code": "210"})
    assert drop_rows_from_line(result, 3) == 1
    assert [r["code"] for r in result.rows["raw_function_lines"]] == ["208"]


# --- with the real parsers -----------------------------------------------------------------


def test_a_tsv_document_cut_inside_its_function_table():
    lines = cut_text("003", "2150501\t行政运行", keep=12)
    tables, narrative = parsed(lines)
    assert tables.result.rows.get("raw_function_lines"), "the rows before the cut are read"
    problems = check_completeness(lines, tables, narrative)
    assert "table_cut_off" in codes(problems), problems
    assert all(p.severity == "partial" for p in problems)


def test_a_cell_per_line_document_cut_inside_its_function_table():
    lines = cut_text("002", "\t208\n", keep=4)
    tables, narrative = parsed(lines)
    assert tables.result.rows.get("raw_function_lines"), "the rows before the cut are read"
    problems = check_completeness(lines, tables, narrative)
    assert "table_cut_off" in codes(problems), problems
