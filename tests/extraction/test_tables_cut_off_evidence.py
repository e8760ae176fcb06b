"""Kind: "the file looks cut off" rests on evidence that the file is cut, never on sums alone
(issue 20, kind 2; kind 9: complete documents 'ok', source errors are findings).

A fresh-user trial printed complete tables whose 类 rows sum to 390 while their 合计 says 400,
once as the file's last table (a13), once followed by more narrative (a13b): both were marked
'partial' table_cut_off, "the file looks cut off", and no check compared the rows. A shortfall
against the 合计 now means a cut file only when the file shows it was cut there: the table is
the last thing in the file and the file's last line has no line break after it (a text file).
Otherwise the rows are loaded as printed and the reconciliation (function_categories_sum_to_total)
reports the mismatch. Fixtures in tests/fixtures/tables/trial3/ are made up."""

from __future__ import annotations

from pathlib import Path

from extract.completeness import check_completeness
from extract.pipeline import DocumentOutput, process
from extract.result import ParseResult
from extract.tables import TablesOutput

TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "trial3"


def read(name: str, cut: bool = False) -> DocumentOutput:
    data = (TRIAL / name).read_bytes()
    if cut:  # the same file stopped right after its last table row, without the line break
        data = data.rstrip(b"\n")
    return process(data, name)


def codes(out: DocumentOutput) -> list[str]:
    return [p["code"] for p in out.rows.get("raw_problems", [])]


PRINTED = {
    ("", "total"): "4000000.00",
    ("", "basic"): "3000000.00",
    ("", "project"): "1000000.00",
    ("201", "total"): "3300000.00",
    ("201", "basic"): "2300000.00",
    ("201", "project"): "1000000.00",
    ("221", "total"): "600000.00",
    ("221", "basic"): "600000.00",
}


def function_lines(out: DocumentOutput) -> dict[tuple[str, str], str]:
    return {(r["code"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_function_lines"]}


def test_a_complete_last_table_whose_rows_do_not_add_up_is_no_cut_file() -> None:
    out = read("a13_categories_do_not_add_up.txt")
    assert "table_cut_off" not in codes(out)
    assert out.document["status"] == "ok"
    assert function_lines(out) == PRINTED  # loaded as printed: the check compares them


def test_a_table_short_of_its_total_followed_by_more_text_is_no_cut_file() -> None:
    out = read("a13b_table_rows_short_of_total_not_at_end.txt")
    assert "table_cut_off" not in codes(out)
    assert out.document["status"] == "ok"
    assert function_lines(out) == PRINTED


def test_the_same_table_in_a_file_that_stops_inside_it_is_cut() -> None:
    out = read("a13_categories_do_not_add_up.txt", cut=True)
    assert "table_cut_off" in codes(out)
    assert out.document["status"] == "partial"
    message = next(p["message"] for p in out.rows["raw_problems"] if p["code"] == "table_cut_off")
    assert "its 2 类 rows sum to 3900000.00 元, its 合计 says 4000000.00 元" in message
    assert "without a line break" in message


def last_table(rows: list[tuple[str, str]]) -> TablesOutput:
    """A parsed document whose last table (title on line 2, rows from line 4) reads ``rows``."""
    result = ParseResult()
    result.add(
        "raw_tables",
        {"table_seq": "1", "table_kind": "gpb_function", "title_line": 2, "end_line": 3 + len(rows)}
        | {"amount_unit": "万元", "is_empty": "false", "row_count": len(rows)},
    )
    for line, (code, amount) in enumerate(rows, start=4):
        result.add(
            "raw_function_lines",
            {"table_seq": "1", "source_line": line, "code": code, "measure": "total", "amount_yuan": amount},
        )
    return TablesOutput(result=result, layout="tsv_rows", first_table_line=2, table_count=1, amount_unit="万元")


def test_a_shortfall_in_a_document_that_is_not_a_text_file_is_no_cut() -> None:
    # a PDF / Word / spreadsheet that opens is whole: its last line never 'lacks a line break'
    tables = last_table([("", "24654300.00"), ("208", "1886900.00"), ("210", "242100.00")])
    lines = ("x", "一般公共预算财政拨款支出预算表", "科目编码\t科目名称\t总计")
    lines += ("合计\t\t2,465.43", "208\t社保\t188.69", "210\t卫生\t24.21")
    assert [p.code for p in check_completeness(lines, tables, ParseResult())] == ["table_cut_off"]
    assert check_completeness(lines, tables, ParseResult(), source_format="pdf") == []
    # a text file that ends with its line break after the same rows is whole
    assert check_completeness((*lines, ""), tables, ParseResult()) == []


def test_a_one_cell_per_line_export_cut_after_an_empty_cell_is_cut() -> None:
    # the bundled 002 (one cell per line) cut at half its lines: its last line is '\t', an empty
    # cell with no line break after it, inside its 部门支出总表 whose rows fall short of its 合计
    (bundled,) = (Path(__file__).resolve().parents[2] / "data" / "raw").glob("002_*.txt")
    lines = bundled.read_bytes().split(b"\n")
    out = process(b"\n".join(lines[: len(lines) // 2]), "002_cut")
    assert out.document["status"] == "partial"
    assert "table_cut_off" in codes(out)


EMPTY_THEN_MORE = "a40_empty_last_table_then_narrative.txt"
NOTE = "注：重庆市北碚区信访办公室无政府性基金预算财政拨款支出。"


def read_with_note(note: str) -> DocumentOutput:
    data = (TRIAL / EMPTY_THEN_MORE).read_bytes().replace(NOTE.encode(), note.encode())
    return process(data, EMPTY_THEN_MORE)


def test_an_empty_last_table_followed_by_more_of_the_document_is_no_cut_file() -> None:
    """The last table prints only its header and a bare 合计 line, a note that the unit has none of
    its spending, and the narrative goes on: the document is whole (the Putuo 决算's 国有资本经营
    预算 table, a '合计' line the reader stops at before its note '…故本表无数据')."""
    for note in (NOTE, "注：本表无数据。", "此表为空。", "（本表无数据）", ""):
        out = read_with_note(note)
        assert "table_cut_off" not in codes(out), note
        assert out.document["status"] == "ok", note
        tables = {t["table_kind"]: (t["is_empty"], t["row_count"]) for t in out.rows["raw_tables"]}
        assert tables["gov_fund"] == ("true", "0")
        assert function_lines(out)[("", "total")] == "4000000.00"


def test_an_empty_table_whose_file_stops_after_it_is_cut_unless_it_says_it_is_empty() -> None:
    lines = (TRIAL / EMPTY_THEN_MORE).read_text(encoding="utf-8").splitlines(keepends=True)
    cut_inside_total = "".join(lines[:16]).rstrip("\n").encode()  # … '合计' and no line break: cut inside it
    assert "table_cut_off" in codes(process(cut_inside_total, EMPTY_THEN_MORE))
    # (session 24, held-out set 86) … '合计' and its line break, nothing more: a table printed empty
    # that ends the document, its last row whole: no evidence of a cut
    ends_after_total = "".join(lines[:16]).encode()
    assert "table_cut_off" not in codes(process(ends_after_total, EMPTY_THEN_MORE))
    with_note = "".join(lines[:17]).encode()  # … '合计', the note saying the unit has none of it
    out = process(with_note, EMPTY_THEN_MORE)
    assert "table_cut_off" not in codes(out)
    assert out.document["status"] == "ok"
