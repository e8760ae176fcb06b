"""Kind: a column label that carries its unit ('合计（元）', '金额（万元）', '预算数（单位：元）')
is the label without it, in every table kind (issue 20, kind 10: wrong is worse than missing).

A fresh-user trial printed a 三公 table whose header cells end in '（元）': '合计（元）' was an
unknown column, so the 三公 total was never read while its parts were. The same held for an
economic table's '金额（万元）' and a procurement table's '金额（单位：万元）'. The header words
are now matched without the unit (``labels.header_words``); the unit itself is the table's
(tests/extraction/test_table_units_stated.py). Fixtures in tests/fixtures/tables/trial3/ are
made-up documents, their figures our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import DocumentOutput, process_file
from extract.tables import labels
from extract.tables.meta import without_unit

TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "trial3"


def read(name: str) -> DocumentOutput:
    return process_file(str(TRIAL / name))


def problem_codes(out: DocumentOutput) -> list[str]:
    return [p["code"] for p in out.rows.get("raw_problems", [])]


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("合计（元）", "合计"),
        ("金额(万元)", "金额"),
        ("预算数（单位：元）", "预算数"),
        ("金额（单位:万元）", "金额"),
        ("合计\n（元）", "合计"),
        ("合计（人民币元）", "合计"),
        ("单位：元", ""),
        # no money unit: unchanged
        ("因公出国（境）费", "因公出国（境）费"),
        ("占比（%）", "占比（%）"),
        ("人均（元/人）", "人均（元/人）"),
        ("车辆数（辆）", "车辆数（辆）"),
    ],
)
def test_header_words_drop_only_a_money_unit_at_the_end(cell: str, words: str) -> None:
    assert without_unit(cell) == words


def test_every_header_wording_reads_the_label_without_its_unit() -> None:
    assert labels.three_public_item(["合计（元）"]) == "total"
    assert labels.three_public_item(["公务接待费（元）"]) == "reception"
    assert labels.three_public_item(["公务用车购置及运行费（元）", "小计"]) == "vehicle_total"
    assert labels.economic_measure("金额（万元）") == "total"
    assert labels.source_key("合计（万元）") == "total"
    assert labels.source_key("一般公共预算（元）") == "general_public_budget"
    assert labels.function_path_measure(["基本支出（万元）"]) == "basic"
    assert labels.value_role("预算数（元）") == "budget"
    assert labels.procurement_column(["金额（单位：万元）"]) == ("amount", "total", "")


def test_three_public_table_whose_header_cells_end_in_yuan() -> None:
    out = read("a34_sangong_table_header_cells_in_yuan.txt")
    got = {r["item"]: r["amount_yuan"] for r in out.rows["raw_three_public"]}
    assert got == {
        "total": "35000.00",  # never 350,000,000 (read in 万元), never unread
        "overseas": "0.00",
        "vehicle_total": "20000.00",
        "vehicle_purchase": "0.00",
        "vehicle_operation": "20000.00",
        "reception": "15000.00",
    }
    assert "unknown_column" not in problem_codes(out)
    assert out.document["status"] == "ok"


def test_units_in_header_cells_of_every_table_kind() -> None:
    out = read("units_in_header_cells_every_kind.txt")
    assert problem_codes(out) == []
    function = {(r["code"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_function_lines"]}
    assert function[("", "total")] == "1000000.00"
    assert function[("201", "basic")] == "500000.00"
    assert function[("201", "project")] == "300000.00"
    economic = {(r["code"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_economic_lines"]}
    assert economic == {("", "total"): "700000.00", ("301", "total"): "600000.00", ("302", "total"): "100000.00"}
    procurement = {
        (r["row_kind"], r["category"], r["measure"]): r["amount_yuan"] for r in out.rows["raw_procurement_lines"]
    }
    assert procurement == {("total", "", "total"): "120000.00", ("total", "goods", "total"): "120000.00"}
    summary = {(r["side"], r["item_key"]): r["amount_yuan"] for r in out.rows["raw_summary_items"]}
    assert summary[("income", "general_public_budget")] == "1000000.00"
    assert summary[("expenditure", "total")] == "1000000.00"
    assert out.document["status"] == "ok"
