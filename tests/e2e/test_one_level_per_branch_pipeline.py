"""One document never stops the warehouse (fresh-user trial 5, F1), end to end on the session's
``regions_run`` (tests/other_regions.py, ONE_LEVEL_PER_BRANCH).

p04 (the trial's 广西 青秀区 新竹街道办事处 2026 budget, as written) adds up; its 一般公共预算 table
gave 212 城乡社区支出 (180.00万元 project) and its 政府性基金 table 2120899 (120.00万元 project).
Two levels of one branch in one document's fact rows once failed the dbt test
fact_expenditure_never_two_levels_in_a_document, and no document of the run reached the marts.
fact_expenditure keeps one level per branch: the finer row is counted in the coarser one the
other table gives (the 类 holds its 项), so 212 holds 300.00万元 of project spending and the
document's problems say so. The made-up copy prints its 一般公共预算 table at the 类 only.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from other_regions import ONE_LEVEL_PER_BRANCH

D = Decimal
P04, CLASS_ROWS = (path.name for path in ONE_LEVEL_PER_BRANCH)


@pytest.fixture(scope="module")
def marts(regions_run):
    con = regions_run.connect()
    yield con
    con.close()


def _facts(marts, name: str) -> dict[tuple[str, str], Decimal]:
    rows = marts.execute(
        "select function_code, expenditure_type, amount_yuan from marts.fact_expenditure "
        "inner join marts.dim_document using (document_id) where source_path = ?",
        [name],
    ).fetchall()
    return {(code, kind): amount for code, kind, amount in rows}


def test_one_document_with_a_branch_at_two_levels_reaches_the_marts_with_the_others(regions_run, marts):
    built = marts.execute(
        "select source_path, status from marts.dim_document where source_path in (?, ?)", [P04, CLASS_ROWS]
    )
    assert sorted(built.fetchall()) == [(CLASS_ROWS, "ok"), (P04, "ok")]
    # the warehouse was swapped in: every model built, the other documents are there too
    assert "was updated: every model built" in regions_run.output, regions_run.output[-3000:]
    assert "fact_expenditure_never_two_levels_in_a_document" not in regions_run.output
    (documents,) = marts.execute("select count(*) from marts.dim_document").fetchone()
    assert documents > 30


@pytest.mark.parametrize("name", [P04, CLASS_ROWS])
def test_fact_expenditure_keeps_one_level_per_branch_and_the_sum(marts, name):
    facts = _facts(marts, name)
    codes = {code for code, _ in facts}
    assert not [(c, a) for c in codes for a in codes if c != a and c.startswith(a)]  # never two levels
    # the 212 branch: 180.00万元 of the 一般公共预算 table and 120.00万元 of the 政府性基金 table
    assert sum(v for (code, kind), v in facts.items() if code.startswith("212") and kind == "project") == D(
        "3000000.00"
    )
    assert sum(facts.values()) == D("12064000.00")  # 1206.40万元: 一般公共预算 1086.40 + 政府性基金 120.00


def test_the_finer_row_is_counted_in_the_class_the_other_table_gives_and_the_document_says_so(marts):
    facts = _facts(marts, CLASS_ROWS)
    assert facts == {
        ("201", "basic"): D("5600000.00"),
        ("201", "project"): D("1400000.00"),
        ("208", "basic"): D("964000.00"),
        ("208", "project"): D("500000.00"),
        ("212", "project"): D("3000000.00"),
        ("221", "basic"): D("600000.00"),
    }
    (problems,) = marts.execute(
        "select problems from marts.dim_document where source_path = ?", [CLASS_ROWS]
    ).fetchone()
    assert "fact_expenditure keeps one level per branch" in problems and "2120899 in 212" in problems
    (source_rows, table) = marts.execute(
        "select source_rows, source_table from intermediate.int_expenditure_items_selected "
        "inner join marts.dim_document using (document_id) where source_path = ? and function_code = '212'",
        [CLASS_ROWS],
    ).fetchone()
    assert source_rows == 2 and table == "gpb_function"  # provenance: the first line, the 212 row
