"""A table titled with a section number ('五、一般公共预算支出功能分类预算表') is a table.

Field case: a space-aligned text disclosure (``pdftotext -layout``-like) whose table title
carried a section number was 'ok' with no table and no problem: its figures were dropped
without a word. The fixtures (tests/fixtures/aligned_titles/, constructed text, own figures in
万元) hold one such table; a title with any numbering (五、/（五）/5./表5) is read, and a title
with figures under it that yields no table leaves a problem, never 'ok' with nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract import pipeline
from extract.readers import read_document
from extract.result import ParseResult
from extract.tables import parse_tables
from extract.tables.titles import find_titles, unread_titles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "aligned_titles"
NUMBERED = FIXTURES / "numbered_title.txt"
TITLE = "五、一般公共预算支出功能分类预算表"


def parse(data: bytes) -> tuple[dict[str, str], ParseResult]:
    result, doc = ParseResult(), {}
    pipeline._process(data, doc, result)
    doc["status"] = pipeline.status_of(result.problems)
    return doc, result


def function_figures(result: ParseResult) -> dict[tuple[str, str], str]:
    return {(r["code"], r["measure"]): r["amount_yuan"] for r in result.rows["raw_function_lines"]}


@pytest.mark.parametrize(
    "title",
    [
        TITLE,
        "（五）一般公共预算支出功能分类预算表",
        "5.一般公共预算支出功能分类预算表",
        "表5 一般公共预算支出功能分类预算表",
        "2026年一般公共预算支出功能分类预算表",
    ],
)
def test_a_numbered_title_over_an_aligned_table_gives_its_figures(title):
    data = NUMBERED.read_text(encoding="utf-8").replace(TITLE, title).encode()
    doc, result = parse(data)
    assert (doc["status"], doc["layout"], doc["table_count"]) == ("ok", "tsv_rows", "1"), result.problems
    figures = function_figures(result)
    assert figures[("2010101", "total")] == "8000000.00"
    assert figures[("2010102", "project")] == "2005000.00"
    assert figures[("2080505", "basic")] == "1340600.00"
    assert figures[("2080505", "project")] == "0.00"  # the longest name does not shift its figures
    assert figures[("2210201", "total")] == "1000000.00"
    assert figures[("", "total")] == "12345600.00"
    assert [t.kind for t in find_titles(read_document(data).linear().lines)] == ["gpb_function"]


def test_a_numbered_title_over_a_header_that_does_not_line_up_is_partial_with_no_figure():
    doc, result = parse((FIXTURES / "numbered_title_unaligned_header.txt").read_bytes())
    assert doc["status"] == "partial"
    unclear = [p for p in result.problems if p.code == "aligned_header_unclear"]
    assert len(unclear) == 1
    assert "one-line header" in unclear[0].message and "merged" not in unclear[0].message
    assert not result.rows.get("raw_function_lines")


def test_a_list_of_numbered_table_names_titles_no_table():
    lines = [
        "第二部分 2026年部门预算表",
        "一、部门收支总表",
        "二、一般公共预算支出功能分类预算表",
        "三、部门基本支出预算表",
        "部门预算编制说明",
        "一、基本职能",
    ]
    assert find_titles(lines) == []
    assert parse_tables(lines).result.problems == []


def test_a_known_title_with_figures_under_it_that_is_not_read_is_a_problem():
    lines = NUMBERED.read_text(encoding="utf-8").splitlines()
    at = lines.index("            " + TITLE)
    assert unread_titles(lines, []) == [(at + 1, "一般公共预算支出功能分类预算表")]
    assert unread_titles(lines, find_titles(lines)) == []
    # a title the finder does not take (three lines of notes before the table) leaves a problem
    noted = [*lines[: at + 1], "（说明一）", "（说明二）", "（说明三）", "（说明四）", *lines[at + 1 :]]
    out = parse_tables(read_document("\n".join(noted).encode()).linear().lines)
    problems = [p for p in out.result.problems if p.code == "table_not_read"]
    assert out.table_count == 0 and len(problems) == 1 and problems[0].severity == "partial"


def test_a_numbered_title_over_tab_separated_rows_gives_its_figures():
    """The same table with its cells separated by tabs (a Word or spreadsheet export): the
    title's number is no obstacle there either."""
    lines = NUMBERED.read_text(encoding="utf-8").splitlines()
    at = lines.index("            " + TITLE)
    cells = [re.split(r"\s{2,}", line.strip()) for line in lines[at + 2 :]]
    # the indented 合计 row keeps an empty code cell
    rows = [
        "\t".join(([""] if line.startswith(" ") else []) + row)
        for line, row in zip(lines[at + 2 :], cells, strict=True)
    ]
    tabbed = [*lines[: at + 2], *rows]
    doc, result = parse("\n".join(tabbed).encode())
    assert (doc["status"], doc["layout"], doc["table_count"]) == ("ok", "tsv_rows", "1"), result.problems
    figures = function_figures(result)
    assert figures[("2010102", "project")] == "2005000.00"
    assert figures[("2080505", "basic")] == "1340600.00"
