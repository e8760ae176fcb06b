"""Shared helpers for the table-extraction tests: parse each bundled document once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extract.read import decode
from extract.tables import TablesOutput, parse_tables

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


@cache
def lines_of(prefix: str) -> tuple[str, ...]:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    return decode(path.read_bytes()).lines


@cache
def parsed(prefix: str) -> TablesOutput:
    return parse_tables(lines_of(prefix))


def rows(out: TablesOutput, table: str, **where: str) -> list[dict[str, str]]:
    return [r for r in out.result.rows.get(table, []) if all(r.get(k) == v for k, v in where.items())]


def one(out: TablesOutput, table: str, **where: str) -> dict[str, str]:
    found = rows(out, table, **where)
    assert len(found) == 1, f"{len(found)} rows in {table} for {where}"
    return found[0]


def tables(out: TablesOutput, **where: str) -> list[dict[str, str]]:
    return rows(out, "raw_tables", **where)


def problems(out: TablesOutput, code: str) -> list:
    return [p for p in out.result.problems if p.code == code]


def test_levels_of_names_printed_without_codes_are_told_by_the_sums():
    from decimal import Decimal as D

    from extract.tables.hierarchy import resolve

    rows = [
        ("公共安全支出", D("300")),
        ("司法", D("300")),  # a 款: its 项 follow until they add up to it
        ("行政运行", D("200")),
        ("普法宣传", D("100")),
        ("社会保障和就业支出", D("50")),
        ("行政事业单位养老支出", D("50")),
        ("行政单位离退休", D("50")),
    ]
    got = [(r.level, r.code, r.path) for r in resolve(rows, D("0.01"))]
    assert got == [
        ("类", "204", "公共安全支出"),
        ("款", "20406", "公共安全支出 > 司法"),
        ("项", "2040601", "公共安全支出 > 司法 > 行政运行"),
        ("项", "2040605", "公共安全支出 > 司法 > 普法宣传"),
        ("类", "208", "社会保障和就业支出"),
        ("款", "20805", "社会保障和就业支出 > 行政事业单位养老支出"),
        ("项", "2080501", "社会保障和就业支出 > 行政事业单位养老支出 > 行政单位离退休"),
    ]
    # the same name under a parent the reference does not list it under: no code, never by name alone
    got = resolve([("公共安全支出", D("10")), ("监狱", D("10")), ("行政运行", D("10"))], D("0.01"))
    assert [(r.level, r.code) for r in got] == [("类", "204"), ("款", ""), ("项", "")]
    # rows that do not add up as 类 > 款 > 项: no level is told
    assert resolve([("公共安全支出", D("300")), ("司法", D("300")), ("行政运行", D("200"))], D("0.01")) is None
    assert resolve([("司法", D("300"))], D("0.01")) is None  # no category first


def test_codes_of_narrative_labels_without_digits():
    from extract.narrative.metrics import coded_path_code, marked_function_code

    assert marked_function_code("（3）公共安全支出（类）司法（款）行政运行（项）") == "2040601"
    assert marked_function_code("公共安全支出（类）监狱（款）行政运行（项）") == ""  # not in the reference
    assert coded_path_code("2080501社会保障和就业支出-行政事业单位养老支出-行政单位离退休") == "2080501"
    assert coded_path_code("2080501卫生健康支出-行政事业单位养老支出-行政单位离退休") == ""  # 类 name disagrees
    assert coded_path_code("2080501社会保障和就业支出-行政单位离退休") == ""  # a level missing


def test_column_number_rows_with_asterisks_are_no_data():
    from extract.tables.meta import is_column_numbers

    assert is_column_numbers(["**", "1", "2", "3"])
    assert is_column_numbers(["**", "**", "1", "2"])
    assert is_column_numbers(["**", "1"])
    assert not is_column_numbers(["合计", "1"])
