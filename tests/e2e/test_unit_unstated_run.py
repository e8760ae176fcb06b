"""Wrong is worse than missing (issue 20, kind 10), end to end: a table whose unit nothing states.

The fresh-user trial's input — a 一般公共预算财政拨款支出预算表 in 元 with no '单位：' line anywhere
— once loaded every figure × 10,000 (read as 万元) and `yusuan run` exited 0. One `yusuan run` in a
project copy holding that document and a second unit's, whose header prints '合计（元）': the first
keeps no table figure (dim_document 'partial', amount_unit null, problem amount_unit_unstated) and
the run exits 1; the second's figures reach the marts in exact 元. An empty file beside them fails
and claims no unit either (a failed document showed 万元). The documents are made up, their
figures our own (the same as tests/extraction/test_table_units_stated.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import copy_project, run_yusuan

TABLE = [
    "一般公共预算财政拨款支出预算表",
    "科目编码\t科目名称\t{total}\t基本支出\t项目支出",
    "\t合计\t1234567.89\t1000000.00\t234567.89",
    "201\t一般公共服务支出\t1234567.89\t1000000.00\t234567.89",
    "20101\t人大事务\t1234567.89\t1000000.00\t234567.89",
    "2010101\t行政运行\t1234567.89\t1000000.00\t234567.89",
]


def document(unit: str, total: str) -> bytes:
    lines = [f"重庆市綦江区{unit}2026年部门预算情况说明", "", "一、部门主要职能", f"负责全区{unit}工作。", ""]
    return "\n".join([*lines, *(line.format(total=total) for line in TABLE)]).encode("utf-8")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("units") / "project", with_documents=False)
    (project / "data" / "raw" / "no_unit.txt").write_bytes(document("档案馆", "合计"))
    (project / "data" / "raw" / "header_unit.txt").write_bytes(document("图书馆", "合计（元）"))
    (project / "data" / "raw" / "failed.txt").write_bytes(b"")  # a failed document states no unit either
    return run_yusuan(project, "run")


def test_a_run_over_a_table_with_no_unit_does_not_pass(run):
    assert run.returncode == 1, run.output[-3000:]
    assert "run: ok" not in run.output
    assert "amount_unit_unstated" in run.output


def test_the_unit_nobody_states_is_no_figure_and_no_claimed_unit(run):
    with run.connect() as db:
        documents = dict(
            db.execute(
                "select source_path, (status, amount_unit) from marts.dim_document order by source_path"
            ).fetchall()
        )
        assert documents == {
            "failed.txt": ("failed", None),  # (it showed 万元)
            "header_unit.txt": ("ok", "元"),
            "no_unit.txt": ("partial", None),
        }
        rows = db.execute(
            "select doc.source_path, fact.function_code, fact.expenditure_type, fact.amount_yuan "
            "from marts.fact_expenditure as fact inner join marts.dim_document as doc using (document_id) "
            "order by all"
        ).fetchall()
    assert {path for path, *_ in rows} == {"header_unit.txt"}  # never 12,345,678,900.00
    assert ("header_unit.txt", "2010101", "basic", Decimal("1000000.00")) in rows
    assert ("header_unit.txt", "2010101", "project", Decimal("234567.89")) in rows


def test_the_build_and_its_checks_pass_all_the_same(run):
    # exit 1 for the partial document only: every model, data test and check passes
    assert "build: ok" in run.output, run.output[-3000:]
    assert run.output.splitlines()[-1].startswith("run: FAILED — some documents are not ok;"), run.output[-3000:]
    assert "check" not in run.output.splitlines()[-1]
