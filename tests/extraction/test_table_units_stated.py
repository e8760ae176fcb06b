"""Wrong is worse than missing (issue 20, kind 10): a table's money unit is what the document
states, never a guessed 万元.

A fresh-user trial fed a 一般公共预算财政拨款支出预算表 printed in 元 with no '单位：' line
anywhere: every figure was read as 万元 (10,000 times too large), status ok. A table is now read
in the unit stated nearest to it — its unit line, its title ('…表（单位：万元）'), a note under it,
its header cells ('合计（元）'), a sentence of the document ('本说明及附表金额单位均为元'), the unit
its other tables all state — and a table nothing states a unit for keeps no figure ('partial'
problem amount_unit_unstated). The documents here are made up, their figures our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import DocumentOutput, process
from extract.tables import parse_tables
from extract.tables.meta import header_unit, stated_unit

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

HEAD = [
    "重庆市綦江区档案馆2026年部门预算情况说明",
    "",
    "一、部门主要职能",
    "负责全区档案管理工作。",
    "",
]
HEADER = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
# figures in 元 as a district publishing in 元 prints them
ROWS = [
    ["", "合计", "1234567.89", "1000000.00", "234567.89"],
    ["201", "一般公共服务支出", "1234567.89", "1000000.00", "234567.89"],
    ["20101", "人大事务", "1234567.89", "1000000.00", "234567.89"],
    ["2010101", "行政运行", "1234567.89", "1000000.00", "234567.89"],
]
# the same figures read in 元, in 万元
YUAN = {"": "1234567.89", "201": "1234567.89", "2010101": "1234567.89"}
WAN = {"": "12345678900.00", "201": "12345678900.00", "2010101": "12345678900.00"}


def document(*, title: str = "一般公共预算财政拨款支出预算表", header=HEADER, text=(), unit_line: str = "") -> bytes:
    """A budget whose one table is the trial's: ``text`` added to its narrative, ``unit_line``
    (none by default) under its title."""
    lines = [*HEAD[:4], *text, "", title, *([unit_line] if unit_line else []), "\t".join(header)]
    lines += ["\t".join(row) for row in ROWS]
    return "\n".join(lines).encode("utf-8")


def totals(out: DocumentOutput) -> dict[str, str]:
    """code -> the current total (amount_yuan) of the function rows read from the first table."""
    return {
        r["code"]: r["amount_yuan"]
        for r in out.rows.get("raw_function_lines", [])
        if r["measure"] == "total" and r["code"] in YUAN and r["table_seq"] == "1"
    }


def problems(out: DocumentOutput) -> list[tuple[str, str]]:
    return [(p["severity"], p["code"]) for p in out.rows.get("raw_problems", [])]


def test_a_table_with_no_unit_anywhere_keeps_no_figure() -> None:
    out = process(document(), "nounit")
    assert totals(out) == {}  # never 12,345,678,900.00 (1234567.89 万元)
    assert out.rows.get("raw_function_lines", []) == []
    assert problems(out) == [("partial", "amount_unit_unstated")]
    assert out.document["status"] == "partial"
    assert out.document["amount_unit"] == ""  # never a claimed 万元
    message = out.rows["raw_problems"][0]["message"]
    assert message.startswith("一般公共预算财政拨款支出预算表: no unit is stated for it"), message
    assert out.rows["raw_tables"][0]["amount_unit"] == ""


@pytest.mark.parametrize(
    "label",
    ["合计（元）", "合计(元)", "合计（单位：元）", "合计\n（元）", "合计 （ 元 ）", "合计（人民币元）"],
)
def test_a_unit_in_a_header_cell_gives_the_table_its_unit(label: str) -> None:
    header = [HEADER[0], HEADER[1], label.replace("\n", ""), HEADER[3], HEADER[4]]
    out = process(document(header=header), "header")
    assert totals(out) == YUAN
    assert out.document["status"] == "ok", problems(out)
    assert out.document["amount_unit"] == "元"
    assert out.rows["raw_tables"][0]["amount_unit"] == "元"


def test_a_table_of_whole_numbers_with_no_unit_keeps_no_figure() -> None:
    # (whole numbers are no printed amount the table-level refusal sees: each cell refuses)
    out = process(document().replace(b".89", b"").replace(b".00", b""), "whole")
    assert out.rows.get("raw_function_lines", []) == []
    assert problems(out) == [("partial", "amount_unit_unstated")]
    assert out.rows["raw_problems"][0]["message"].startswith("一般公共预算财政拨款支出预算表: 合计: no unit is stated")


def test_a_header_cell_saying_unit_yuan_gives_the_unit() -> None:
    out = process(document(header=[*HEADER, "单位：元"]), "header")
    assert totals(out) == YUAN


def test_a_header_in_wan_reads_wan() -> None:
    header = ["科目编码", "科目名称", "合计（万元）", "基本支出", "项目支出"]
    out = process(document(header=header), "header")
    assert totals(out) == WAN
    assert out.document["amount_unit"] == "万元"


def test_header_cells_naming_two_units_leave_the_table_unread() -> None:
    header = ["科目编码", "科目名称", "合计（元）", "基本支出（万元）", "项目支出"]
    out = process(document(header=header), "header")
    assert totals(out) == {}
    assert problems(out) == [("partial", "amount_unit_unstated")]
    assert "header cells name different units (元, 万元)" in out.rows["raw_problems"][0]["message"]


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("一般公共预算财政拨款支出预算表（单位：万元）", "万元"),
        ("一般公共预算财政拨款支出预算表(金额单位:元)", "元"),
        ("一般公共预算财政拨款支出预算表（万元）", "万元"),
        ("一般公共预算财政拨款支出预算表 单位：元", "元"),
    ],
)
def test_a_unit_printed_after_the_title(title: str, unit: str) -> None:
    out = process(document(title=title), "title")
    assert totals(out) == (WAN if unit == "万元" else YUAN)
    assert out.rows["raw_tables"][0]["table_title"] == "一般公共预算财政拨款支出预算表"
    assert out.rows["raw_tables"][0]["amount_unit"] == unit
    assert out.document["status"] == "ok", problems(out)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("本说明及附表金额单位均为元。", "元"),
        ("如无特别说明，金额单位为万元。", "万元"),
        ("以下金额单位：元", "元"),
        ("报表数据单位统一为元。", "元"),
    ],
)
def test_a_sentence_stating_the_documents_unit(sentence: str, unit: str) -> None:
    out = process(document(text=[sentence]), "text")
    assert totals(out) == (WAN if unit == "万元" else YUAN)
    assert out.document["amount_unit"] == unit
    assert out.document["status"] == "ok", problems(out)
    assert out.rows["raw_tables"][0]["amount_unit"] == ""  # nothing stated for the table itself


def test_a_sentence_about_one_table_is_no_statement_of_the_document() -> None:
    out = process(document(text=["本表金额单位为元。"]), "text")
    assert totals(out) == {}
    assert problems(out) == [("partial", "amount_unit_unstated")]


def test_a_subtitle_naming_a_unit_gives_the_table_its_unit() -> None:
    out = process(document(unit_line="（元）"), "subtitle")
    assert totals(out) == YUAN
    assert out.rows["raw_tables"][0]["amount_unit"] == "元"
    out = process(document(unit_line="（万元）"), "subtitle")
    assert totals(out) == WAN


def test_a_note_under_the_table_gives_its_unit() -> None:
    out = process(document() + "\n注：本表金额单位为元。".encode(), "note")
    assert totals(out) == YUAN


def test_sentences_stating_two_units_leave_the_table_unread() -> None:
    out = process(document(text=["本说明金额单位均为万元。", "以下金额单位：元"]), "text")
    assert totals(out) == {}
    assert "states different units for its amounts (万元, 元)" in out.rows["raw_problems"][0]["message"]


def test_a_header_cell_is_no_statement_of_the_document() -> None:
    # the first table's header names 元 beside tables in 万元: the unlabelled second table is
    # neither (its other tables state different units)
    first = document(header=[*HEADER[:2], "合计（金额单位：元）", *HEADER[3:]]).decode()
    second = [
        "政府性基金预算支出表",
        "单位：万元",
        "\t".join(HEADER),
        "\t合计\t1.00\t0.00\t1.00",
        "229\t其他支出\t1.00\t0.00\t1.00",
        "",
        "国有资本经营预算支出表",
        "\t".join(HEADER),
        "\t合计\t2.00\t0.00\t2.00",
        "223\t国有资本经营预算支出\t2.00\t0.00\t2.00",
    ]
    out = process((first + "\n\n" + "\n".join(second)).encode("utf-8"), "cells")
    assert [(t["table_kind"], t["amount_unit"]) for t in out.rows["raw_tables"]] == [
        ("gpb_function", "元"),
        ("gov_fund", "万元"),
        ("state_capital", ""),
    ]
    assert totals(out) == YUAN
    assert not [r for r in out.rows["raw_function_lines"] if r["table_seq"] == "3"]
    unstated = [p["message"] for p in out.rows["raw_problems"] if p["code"] == "amount_unit_unstated"]
    assert unstated == [
        "国有资本经营预算支出表: the document's tables state different units (万元, 元) and nothing states "
        "this one's; its values are not loaded"
    ]


def test_the_own_unit_line_wins_over_the_documents_sentence() -> None:
    out = process(document(text=["如无特别说明，金额单位为万元。"], unit_line="单位：元"), "own")
    assert totals(out) == YUAN


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("合计（元）", "元"),
        ("金额(万元)", "万元"),
        ("预算数（单位：元）", "元"),
        ("单位:元", "元"),
        ("2026年预算数（千元）", "千元"),
        ("金额（美元）", "美元"),  # a money unit not read: the table is left unread (amount_unit_unknown)
        ("合计", ""),
        ("占比（%）", ""),
        ("人均（元/人）", ""),
        ("车辆数（辆）", ""),
        ("单位名称", ""),
        ("计量单位", ""),
    ],
)
def test_header_unit(cell: str, unit: str) -> None:
    assert header_unit(cell) == unit


@pytest.mark.parametrize(
    ("text", "unit", "of_one_table"),
    [
        ("本说明及附表金额单位均为元。", "元", "元"),
        ("如无特别说明，金额单位为万元。", "万元", "万元"),
        ("以下金额单位：元", "元", "元"),
        ("本表金额单位为元", "", "元"),
        ("单位：元", "", ""),  # a unit line: its table's
        ("编制单位：元旦公司", "", ""),
        ("2026年收入预算1234.56万元，单位均衡发展。", "", ""),
    ],
)
def test_stated_unit(text: str, unit: str, of_one_table: str) -> None:
    assert stated_unit(text) == unit
    assert stated_unit(text, one_table=True) == of_one_table


def _bundled_without(unit_lines: int | None) -> bytes:
    """data/raw/004 with its first ``unit_lines`` '单位：万元' lines removed (all when None)."""
    lines = (RAW / "004_a76c5e7673ca46c8.txt").read_text(encoding="utf-8").split("\n")
    at = [i for i, line in enumerate(lines) if line == "单位：万元"]
    drop = set(at if unit_lines is None else at[:unit_lines])
    return "\n".join(line for i, line in enumerate(lines) if i not in drop).encode("utf-8")


def test_a_table_without_a_unit_line_takes_the_unit_its_other_tables_state() -> None:
    # 004's 表一 loses its '单位：万元': its other tables all print 万元, so it is read in 万元 as
    # before (财政拨款收支总表: 收入总计 2,686.02 万元)
    whole = process((RAW / "004_a76c5e7673ca46c8.txt").read_bytes(), "units")
    out = process(_bundled_without(1), "units")
    assert out.rows["raw_tables"][0]["amount_unit"] == ""
    assert out.document["status"] == "ok"
    assert out.document["amount_unit"] == "万元"

    def first(doc: DocumentOutput) -> list[tuple[str, str, str, str]]:
        rows = doc.rows["raw_summary_items"]
        return [(r["side"], r["item_text"], r["column_label"], r["amount_yuan"]) for r in rows if r["table_seq"] == "1"]

    assert first(out) and first(out) == first(whole)
    assert ("income", "一、本年收入", "预算数", "26860200.00") in first(out)


def test_a_table_without_a_unit_line_in_a_yuan_document_is_read_in_yuan() -> None:
    # (it was read in 万元 whatever the document's other tables said: 10,000 times too large)
    fund = [
        "政府性基金预算支出表",
        "\t".join(HEADER),
        "\t合计\t5000.50\t0.00\t5000.50",
        "229\t其他支出\t5000.50\t0.00\t5000.50",
        "22960\t彩票公益金安排的支出\t5000.50\t0.00\t5000.50",
        "2296002\t用于社会福利的彩票公益金支出\t5000.50\t0.00\t5000.50",
    ]
    data = document(unit_line="单位：元") + ("\n\n" + "\n".join(fund)).encode("utf-8")
    out = process(data, "two")
    assert [(t["table_kind"], t["amount_unit"]) for t in out.rows["raw_tables"]] == [
        ("gpb_function", "元"),
        ("gov_fund", ""),
    ]

    def table(seq: str) -> dict[str, str]:
        rows = out.rows["raw_function_lines"]
        return {r["code"]: r["amount_yuan"] for r in rows if r["table_seq"] == seq and r["measure"] == "total"}

    first, fund_rows = table("1"), table("2")
    assert first[""] == first["2010101"] == "1234567.89"
    assert fund_rows[""] == fund_rows["2296002"] == "5000.50"
    assert out.document["status"] == "ok", problems(out)
    assert out.document["amount_unit"] == "元"


def test_a_document_whose_tables_state_different_units_leaves_an_unstated_one_unread() -> None:
    lines = (RAW / "004_a76c5e7673ca46c8.txt").read_text(encoding="utf-8").split("\n")
    at = [i for i, line in enumerate(lines) if line == "单位：万元"]
    lines[at[1]] = "单位：元"  # (its figures are then other figures: only the units matter here)
    del lines[at[0]]
    out = process("\n".join(lines).encode("utf-8"), "units")
    assert not [r for r in out.rows["raw_summary_items"] if r["table_seq"] == "1"]
    unstated = [p for p in out.rows["raw_problems"] if p["code"] == "amount_unit_unstated"]
    assert len(unstated) == 1 and "tables state different units (万元, 元)" in unstated[0]["message"], unstated


def test_a_published_document_with_no_unit_line_keeps_no_table_figure() -> None:
    out = process(_bundled_without(None), "units")
    for name in ("raw_function_lines", "raw_economic_lines", "raw_summary_items", "raw_three_public"):
        assert out.rows.get(name, []) == [], name
    assert out.document["status"] == "partial"
    assert {p["code"] for p in out.rows["raw_problems"] if p["severity"] == "partial"} == {"amount_unit_unstated"}
    # its narrative still states its own figures, in their own unit
    assert out.rows["raw_narrative_figures"]
    assert out.document["amount_unit"] == "万元"  # the narrative's


def test_a_performance_fund_without_a_unit_is_not_read() -> None:
    lines = [
        *HEAD[:4],
        "",
        "项目绩效目标表",
        "项目名称\t档案数字化",
        "年度资金总额\t120.00",
        "年度目标\t完成档案数字化",
    ]
    out = process("\n".join(lines).encode("utf-8"), "performance")
    assert out.rows.get("raw_projects", []) == []
    assert ("partial", "amount_unit_unstated") in problems(out)
    keyed = [line.replace("年度资金总额", "年度资金总额（万元）") for line in lines]
    out = process("\n".join(keyed).encode("utf-8"), "performance")
    assert [r["amount_yuan"] for r in out.rows["raw_projects"]] == ["1200000.00"]


def test_parse_tables_reports_the_document_unit_it_read() -> None:
    lines = document(text=["本说明及附表金额单位均为元。"]).decode().split("\n")
    assert parse_tables(lines).amount_unit == "元"
    assert parse_tables(document().decode().split("\n")).amount_unit == ""


def test_a_three_public_table_whose_header_names_its_unit() -> None:
    # tests/fixtures/field/11 with its unit line dropped and '合计（元）' in its header (a 三公
    # table's header starts with 合计: its header rows are told apart as the reader tells them)
    path = RAW.parents[1] / "tests" / "fixtures" / "field" / "11_final_accounts_three_public_table.txt"
    text = path.read_text(encoding="utf-8").replace("单位：万元\n", "").replace("合计\t\t因公", "合计（元）\t\t因公")
    out = process(text.encode("utf-8"), "three_public")
    assert out.rows["raw_tables"][0]["amount_unit"] == "元"
    amounts = {r["amount_yuan"] for r in out.rows["raw_three_public"]}
    assert amounts >= {"10.00", "7.50", "6.00", "1.50"}, amounts
    assert "amount_unit_unstated" not in {p["code"] for p in out.rows["raw_problems"]}
