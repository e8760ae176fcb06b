"""Expenditure tables with columns beside 基本支出 | 项目支出 (issue 20, kinds 9 and 10: an unread
part is not 0, wrong is worse than missing), read by the extractor.

* The standard 部门决算 支出决算表 prints 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 |
  对附属单位补助支出, the 部门预算 部门支出总表 合计 | 基本支出 | 项目支出 | 事业单位经营支出 | 上缴上级
  支出 | 对附属单位补助支出: each other part is a measure of its own ('remitted_to_superior',
  'operating', 'subsidiary_subsidy'), never basic or project.
* A function table printing 合计 | 人员经费 | 公用经费 | 项目支出 (no 基本支出 column) gives the two
  parts of basic ('basic_personnel', 'basic_public'; the warehouse adds them), no longer an
  'unknown_column'; 人员经费 alone is never basic. Under 基本支出 with its 小计 the 小计 is basic.

Fixtures: tests/fixtures/tables/spending_parts/ (made-up documents, README there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import DocumentOutput, process_file
from extract.tables import labels

PARTS = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "spending_parts"


def read(name: str) -> DocumentOutput:
    return process_file(str(PARTS / name))


def cells(out: DocumentOutput) -> dict[tuple[str, str], str]:
    """(code, measure) -> amount_yuan of every function line ('' is the 合计 row)."""
    found: dict[tuple[str, str], str] = {}
    for row in out.rows.get("raw_function_lines", []):
        key = (row["code"], row["measure"])
        assert key not in found, key
        found[key] = row["amount_yuan"]
    return found


def problems(out: DocumentOutput) -> list[tuple[str, str]]:
    return [(p["severity"], p["code"]) for p in out.rows.get("raw_problems", [])]


def test_personnel_and_public_columns_without_a_basic_column_are_the_parts_of_basic() -> None:
    out = read("n22_function_table_personnel_public_project_no_basic_column.txt")
    assert cells(out) == {
        ("", "total"): "4000000.00",
        ("", "basic_personnel"): "2000000.00",
        ("", "basic_public"): "500000.00",
        ("", "project"): "1500000.00",
        ("210", "total"): "3000000.00",
        ("210", "basic_personnel"): "1500000.00",
        ("210", "basic_public"): "500000.00",
        ("210", "project"): "1000000.00",
        ("221", "total"): "1000000.00",
        ("221", "basic_personnel"): "500000.00",  # its 公用经费 cell is empty
        ("221", "project"): "500000.00",
    }
    assert problems(out) == []  # no unknown_column
    assert out.document["status"] == "ok"


def test_a_personnel_column_alone_is_a_part_of_basic_not_basic() -> None:
    out = read("n22b_personnel_column_without_public_column.txt")
    assert {m for (_, m) in cells(out)} == {"total", "basic_personnel", "project"}  # never 'basic'
    assert problems(out) == []


def test_basic_over_subtotal_personnel_public_stays_the_subtotal() -> None:
    out = read("a38_basic_split_into_personnel_public_subcolumns.txt")
    got = cells(out)
    assert {k: v for k, v in got.items() if k[0] == "201"} == {
        ("201", "total"): "9000000.00",
        ("201", "basic"): "6000000.00",  # the 小计, never 人员经费 5,200,000
        ("201", "basic_personnel"): "5200000.00",
        ("201", "basic_public"): "800000.00",
        ("201", "project"): "3000000.00",
    }
    assert got[("221", "basic")] == "1000000.00"
    assert problems(out) == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("n34_final_accounts_expenditure_table_extra_columns.txt", "212"),
        ("n35_budget_dept_expenditure_table_operating_column.txt", "216"),
    ],
)
def test_other_parts_of_spending_are_measures_of_their_own(name: str, code: str) -> None:
    out = read(name)
    got = cells(out)
    assert {m: v for (c, m), v in got.items() if c == code} == {
        "total": "3500000.00",
        "basic": "2000000.00",
        "project": "1200000.00",
        "remitted_to_superior": "0.00",
        "operating": "300000.00",  # 经营支出 / 事业单位经营支出: never basic or project
        "subsidiary_subsidy": "0.00",
    }
    assert {m: v for (c, m), v in got.items() if c == ""} == {
        "total": "4000000.00",
        "basic": "2500000.00",
        "project": "1200000.00",
        "remitted_to_superior": "0.00",
        "operating": "300000.00",
        "subsidiary_subsidy": "0.00",
    }
    assert problems(out) == []
    assert out.document["status"] == "ok"


def test_a_spending_column_not_recognised_is_a_warning_and_no_measure() -> None:
    out = read("n35c_spending_column_not_recognised.txt")
    got = cells(out)
    assert got[("213", "")] == "300000.00"  # kept as read, under no measure: never basic or project
    assert got[("213", "basic")] == "2000000.00" and got[("213", "project")] == "1200000.00"
    assert problems(out) == [("warning", "unknown_column")]
    assert out.document["status"] == "ok"


@pytest.mark.parametrize(
    ("path", "measure"),
    [
        (["人员经费"], "basic_personnel"),
        (["公用经费"], "basic_public"),
        (["日常公用经费"], "basic_public"),
        (["基本支出", "人员支出"], "basic_personnel"),
        (["基本支出", "日常公用支出"], "basic_public"),
        (["基本支出", "小计"], "basic"),
        (["2025年预算数", "人员经费"], "basic_personnel"),
        # a 人员 / 公用 column of another group is not a part of basic
        (["项目支出", "人员经费"], ""),
        (["经营支出"], "operating"),
        (["事业单位经营支出"], "operating"),
        (["上缴上级支出"], "remitted_to_superior"),
        (["对附属单位补助支出"], "subsidiary_subsidy"),
        (["其他支出"], ""),
    ],
)
def test_function_column_measures(path: list[str], measure: str) -> None:
    assert labels.function_path_measure(path) == measure


def test_summary_split_measures_are_the_parts_of_spending_only() -> None:
    assert labels.summary_split_measure(["人员经费"]) == "basic_personnel"
    assert labels.summary_split_measure(["公用经费"]) == "basic_public"
    assert labels.summary_split_measure(["基本支出"]) == "basic"
    assert labels.summary_split_measure(["经营支出"]) == ""  # not a split of the fund columns
    assert labels.summary_split_measure(["合计"]) == ""
