"""Wrong is worse than missing (issue 20, kind 10), end to end: a table whose unit nothing states.

The fresh-user trial's input — a 一般公共预算财政拨款支出预算表 in 元 with no '单位：' line anywhere
— once loaded every figure × 10,000 (read as 万元) and `yusuan run` exited 0. The session's shared
run over other regions' documents (``regions_run``) holds that document and a second unit's, whose
header prints '合计（元）' (tests/other_regions.py): the first keeps no table figure (dim_document
'partial', amount_unit null, problem amount_unit_unstated) and is one of the documents that make
the run exit 1; the second's figures reach the marts in exact 元. An empty file beside them fails
and claims no unit either (a failed document showed 万元). The other documents of the run fail
checks of their own: these tests assert that none of its failures is about these documents."""

from __future__ import annotations

import re
from decimal import Decimal

from other_regions import UNIT_EMPTY, UNIT_IN_HEADER, UNIT_UNSTATED, unit_unstated_file_names

OWN = unit_unstated_file_names()


def test_a_run_over_a_table_with_no_unit_does_not_pass(regions_run):
    assert regions_run.returncode == 1, regions_run.output[-3000:]
    lines = regions_run.output.splitlines()
    # the run names it as not ok, and why: it is one of the documents its last line counts
    (partial,) = [line for line in lines if line.startswith(f"PARTIAL {UNIT_UNSTATED}: ")]
    assert "no unit is stated for it" in partial, partial
    assert f"  {UNIT_UNSTATED}: 1 problem: amount_unit_unstated ×1" in lines
    assert lines[-1].startswith("run: FAILED — some documents are not ok;"), lines[-1]


def test_the_unit_nobody_states_is_no_figure_and_no_claimed_unit(regions_run):
    with regions_run.connect() as db:
        documents = dict(
            db.execute(
                "select source_path, (status, amount_unit) from marts.dim_document "
                "where source_path in (?, ?, ?) order by source_path",
                OWN,
            ).fetchall()
        )
        assert documents == {
            UNIT_EMPTY: ("failed", None),  # (it showed 万元)
            UNIT_IN_HEADER: ("ok", "元"),
            UNIT_UNSTATED: ("partial", None),
        }
        rows = db.execute(
            "select doc.source_path, fact.function_code, fact.expenditure_type, fact.amount_yuan "
            "from marts.fact_expenditure as fact inner join marts.dim_document as doc using (document_id) "
            "where doc.source_path in (?, ?, ?) order by all",
            OWN,
        ).fetchall()
        mismatches = db.execute(
            "select doc.source_path, rec.check_name from marts.fact_reconciliation as rec "
            "inner join marts.dim_document as doc using (document_id) "
            "where doc.source_path in (?, ?, ?) and rec.status = 'mismatch'",
            OWN,
        ).fetchall()
    assert {path for path, *_ in rows} == {UNIT_IN_HEADER}  # never 12,345,678,900.00
    assert (UNIT_IN_HEADER, "2010101", "basic", Decimal("1000000.00")) in rows
    assert (UNIT_IN_HEADER, "2010101", "project", Decimal("234567.89")) in rows
    assert mismatches == []


def test_the_build_and_its_checks_pass_all_the_same(regions_run):
    # the partial document fails no model, data test or check: dbt's build is ok, and the checks'
    # failures are the other documents' findings (fact_reconciliation), none of these documents'
    lines = regions_run.output.splitlines()
    assert [line for line in lines if re.match(r"\s+dbt build\s+ok\b", line)], regions_run.output[-3000:]
    failures = [line.strip() for line in lines if line.strip().startswith("- ")]
    assert failures and all(
        line.startswith("- document ") and "fact_reconciliation.status" in line for line in failures
    )
    assert not [line for line in failures if any(f"({name}" in line for name in OWN)], failures
