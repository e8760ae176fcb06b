"""Other regions end to end: honest reconciliation and unit identity through extract + dbt.

One `yusuan run` in a temporary project copy whose data/raw holds the field fixtures that
are complete documents (tests/fixtures/field/: 06, 08, 17, 18a, 18b, 19, cut from real Shanghai
Putuo and Chongqing disclosures). Their published figures add up, so the run must end with
exit code 0; the README's right values are asserted on the marts.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import copy_project, run_yusuan

FIELD = Path(__file__).resolve().parents[1] / "fixtures" / "field"
FILES = ("06", "08", "17", "18a", "18b", "19")
D = Decimal


@pytest.fixture(scope="module")
def field_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("field")
    project = copy_project(base / "project", with_documents=False)
    for prefix in FILES:
        (path,) = FIELD.glob(f"{prefix}_*.txt")
        shutil.copy(path, project / "data" / "raw" / path.name)
    # 06, 17 and 18a are cut from the same department budget: one would replace the others as
    # the current document of that unit and year, so 06 and 17 run under unit names of their own
    for prefix in ("06", "17"):
        (path,) = (project / "data" / "raw").glob(f"{prefix}_*.txt")
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[0] == "上海市普陀区司法局"
        lines[0] = f"上海市普陀区司法局测试副本{prefix}"
        path.write_text("\n".join(lines), encoding="utf-8")
    return run_yusuan(project, "run", db_path=base / "field.duckdb")


@pytest.fixture(scope="module")
def marts(field_run):
    assert field_run.returncode == 0, field_run.output[-4000:]
    con = field_run.connect()
    yield con
    con.close()


def document(marts, prefix: str) -> dict:
    cursor = marts.execute("select * from marts.dim_document where source_path like ? || '%'", [prefix + "_"])
    columns = [d[0] for d in cursor.description]
    (row,) = cursor.fetchall()
    return dict(zip(columns, row, strict=True))


def summary(marts, prefix: str) -> dict[str, Decimal]:
    doc = document(marts, prefix)
    rows = marts.execute(
        "select metric, value from marts.fact_budget_summary where document_id = ?", [doc["document_id"]]
    ).fetchall()
    return dict(rows)


def checks(marts, prefix: str) -> list[tuple[str, str, str]]:
    doc = document(marts, prefix)
    return marts.execute(
        "select check_name, scope, status from marts.fact_reconciliation where document_id = ? order by all",
        [doc["document_id"]],
    ).fetchall()


def test_field_documents_that_add_up_never_fail_a_run(field_run, marts):
    assert field_run.returncode == 0
    statuses = marts.execute("select source_path, status from marts.dim_document order by 1").fetchall()
    assert [s for _, s in statuses] == ["ok"] * len(FILES), statuses
    mismatches = marts.execute("select * from marts.fact_reconciliation where status = 'mismatch'").fetchall()
    assert mismatches == []


def test_outline_of_five_sections_is_ok_end_to_end(marts):
    assert document(marts, "08")["status"] == "ok"
    values = summary(marts, "08")
    assert values["income_general_public_budget"] == D("5000000.00")
    assert values["basic_expenditure"] == D("3000000.00")
    assert values["project_expenditure"] == D("2000000.00")
    assert values["three_public_total"] == D("100000.00")
    assert values["operating_cost"] == D("500000.00")


def test_reconciliation_wan_narrative_against_yuan_table_is_rounding(marts):
    statuses = {(name, scope): status for name, scope, status in checks(marts, "17")}
    # 9628.22万元 against 96,282,213.44 元, 2574.17万元 against 25,741,666.44 元, ...: rounding alone
    assert statuses[("narrative_equals_table", "expenditure_total")] == "rounding"
    assert statuses[("narrative_equals_table", "basic_expenditure")] == "rounding"
    assert statuses[("narrative_equals_table", "project_expenditure")] == "rounding"
    assert statuses[("narrative_category_equals_table", "204")] == "rounding"
    assert statuses[("narrative_category_equals_table", "221")] == "rounding"
    assert "mismatch" not in statuses.values()
    row = marts.execute(
        "select difference, tolerance from marts.fact_reconciliation "
        "where document_id = ? and check_name = 'narrative_equals_table' and scope = 'project_expenditure'",
        [document(marts, "17")["document_id"]],
    ).fetchone()
    assert row == (D("-47.00"), D("100.000"))  # 70,540,547 元 printed as 7054.05万元: 0.005 × 10000 × 2


def test_unit_identity_department_and_unit_only_are_both_current(marts):
    department, unit_only = document(marts, "18a"), document(marts, "18b")
    assert department["is_current"] and unit_only["is_current"]
    assert department["unit_id"] != unit_only["unit_id"]
    units = marts.execute(
        "select scope, unit_id from marts.dim_unit where unit_name = '上海市普陀区司法局' order by scope"
    ).fetchall()
    assert units == [("department", department["unit_id"]), ("unit_only", unit_only["unit_id"])]
    assert summary(marts, "18a")["income_total"] == D("96282200.00")
    assert summary(marts, "18a")["three_public_total"] == D("108100.00")
    assert summary(marts, "18b")["income_total"] == D("86959400.00")
    assert summary(marts, "18b")["three_public_total"] == D("107100.00")


def test_reconciliation_total_without_categories_is_not_compared(marts):
    names = {name for name, _, _ in checks(marts, "19")}
    assert "fact_expenditure_equals_expenditure_total" not in names  # no category read: nothing to compare
    values = summary(marts, "19")
    assert values["expenditure_total"] == D("12121200.00")
    assert values["procurement_total"] == D("1206000.00")
    assert values["three_public_total"] == D("64000.00")
    rows = marts.execute(
        "select count(*) from marts.fact_expenditure where document_id = ?", [document(marts, "19")["document_id"]]
    ).fetchone()
    assert rows == (0,)


def test_item_level_prose_stays_out_of_the_summary(marts):
    values = summary(marts, "06")
    assert values["expenditure_total"] == D("96282200.00")
    assert "expenditure_function" not in values  # a 项 figure is no summary metric
    assert D("16726700.00") not in values.values()
    assert D("16906900.00") not in values.values()  # last year's execution
