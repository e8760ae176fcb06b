"""seeds/reference/function_codes.csv: the 款 / 项 codes a document may print by name only.

A name printed without its code takes its code from this list, by the exact official name under
the parent's code (extract.reference.child_code). The list is hand-kept; these tests hold what
makes that lookup a fact and never a pick: one row per code, one code per name under a parent,
every parent known, every row saying where its code was seen printed with that name.
"""

from __future__ import annotations

import csv

import pytest

from extract import reference


def _read(name: str) -> list[dict[str, str]]:
    with (reference.REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = _read("function_codes.csv")
CATEGORIES = {row["category_code"] for row in _read("function_categories.csv")}


def test_every_code_is_a_kuan_or_xiang_listed_once():
    codes = [row["function_code"] for row in ROWS]
    assert all(code.isdigit() and len(code) in (5, 7) for code in codes), codes
    assert len(codes) == len(set(codes))


def test_every_parent_is_known():
    codes = {row["function_code"] for row in ROWS}
    for code in codes:
        parent = code[:-2]
        assert parent in (CATEGORIES if len(code) == 5 else codes), f"{code}: parent {parent} not listed"


def test_no_name_twice_under_one_parent():
    seen: dict[tuple[str, str], str] = {}
    for row in ROWS:
        key = (row["function_code"][:-2], row["function_name"])
        assert key not in seen, f"{row['function_code']} and {seen[key]} share the name {key[1]!r}"
        seen[key] = row["function_code"]


def test_every_row_names_its_source():
    assert all(row["source"].strip() for row in ROWS)


def test_names_resolve_only_under_their_parent():
    assert reference.child_code("20406", "行政运行") == "2040601"
    assert reference.child_code("204", "司法") == "20406"
    # 行政运行 is a 项 of many 款: never found by the name alone
    assert reference.child_code("20407", "行政运行") == ""
    assert reference.child_code("204", "行政运行") == ""


@pytest.mark.parametrize(
    ("parent", "name", "code"),
    [
        # Shanghai Putuo 财政局 2024 final accounts, 收入决算表 / 一般公共预算财政拨款支出决算表
        ("201", "财政事务", "20106"),
        ("20106", "行政运行", "2010601"),
        ("20106", "一般行政管理事务", "2010602"),
        ("20106", "信息化建设", "2010607"),
        ("20106", "财政委托业务支出", "2010608"),
        # the Shanghai 2024 final-accounts template (部门决算模板), 收入决算表 / 支出决算表
        ("205", "普通教育", "20502"),
        ("20502", "高等教育", "2050205"),
        ("207", "其他文化旅游体育与传媒支出", "20799"),
    ],
)
def test_codes_printed_in_the_published_fixtures_resolve(parent, name, code):
    assert reference.child_code(parent, name) == code


@pytest.mark.parametrize(
    ("rows", "repeated"),
    [
        (
            [("2040601", "行政运行"), ("2040602", "行政运行")],
            "the name of 2040601",
        ),
        (
            [("2040601", "行政运行"), ("2040601", "一般行政管理事务")],
            "the code",
        ),
    ],
    ids=["name twice under one parent", "code twice"],
)
def test_a_conflicting_row_is_refused(monkeypatch, rows, repeated):
    table = [{"function_code": code, "function_name": name, "source": "test"} for code, name in rows]
    monkeypatch.setattr(reference, "_rows", lambda name: table)
    reference._children.cache_clear()
    reference.child_code.cache_clear()
    try:
        with pytest.raises(ValueError, match=repeated):
            reference.child_code("20406", "行政运行")
    finally:
        reference._children.cache_clear()
        reference.child_code.cache_clear()
