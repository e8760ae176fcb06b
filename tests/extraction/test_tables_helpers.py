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
