"""Function codes for tables that print the names of their 类/款/项 without codes.

Some regions print a function-classification table as a list of names: the 类 (a category
name), then each 款 followed by its 项, with no code and no indentation that survives
reading. The level of a row is told by structure, never by the name alone:

* a category name (seeds/reference/function_categories.csv) opens a 类;
* under a 类 the next row opens a 款; the rows after a 款 are its 项 for as long as their
  amounts add up to less than the 款's amount (within rounding: one fen of the printed unit
  per row); when they reach it, the next row opens the next 款;
* at the next 类 (or the end) the 款 of the closed 类 must add up to its amount (a 类 with no
  row under it is printed alone: a table of 类 rows, '一般公共服务支出 1,142.62' then '农林水支出 810.00').

The code of a 款 is the reference code of that exact official name under the 类's code, the
code of a 项 that of its exact name under the 款's code (``extract.reference.child_code``):
'行政运行' is 2040601 under 司法 (20406) and nothing where its parent has no code. A row whose
code the reference does not give keeps '' (the caller loads the document at the coarser
level where every row is coded and reports the name: extract.tables.interpret).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extract.reference import category_code, child_code, economic_code


@dataclass
class Resolved:
    """One row: its level ('类' | '款' | '项'), its code ('' when not known) and the names of
    its parents and itself ('公共安全支出 > 监狱 > 行政运行')."""

    level: str
    code: str
    path: str


def resolve(rows: list[tuple[str, Decimal | None]], fen: Decimal) -> list[Resolved] | None:
    """The level and code of each (name, amount) row, in order; None when the rows do not
    form a 类/款/项 hierarchy whose amounts add up (the first row is no category, a row has
    no amount, or the 款 of a 类 / the 项 of a 款 do not add up to it).

    ``fen``: one fen (0.01) of the printed unit, in the unit of the amounts (rounding slack
    per row summed: Decimal('100') for amounts in 元 printed in 万元)."""
    out: list[Resolved] = []
    category: tuple[str, str, Decimal] | None = None  # (name, code, amount)
    section: list = []  # [name, code, amount, remaining, count] of the open 款
    sections_total = Decimal(0)
    sections_count = 0

    def category_closed() -> bool:
        if category is None or sections_count == 0:
            return True  # (a 类 printed alone, none of its 款 under it: a table of 类 rows)
        return abs(category[2] - sections_total) <= fen * max(sections_count, 1)

    for name, amount in rows:
        if amount is None:
            return None
        code = category_code(name)
        if code:
            if not category_closed() or (section and section[3] > fen * section[4]):
                return None
            category, section = (name, code, amount), []
            sections_total, sections_count = Decimal(0), 0
            out.append(Resolved("类", code, name))
            continue
        if category is None:
            return None
        if section and (section[4] == 0 or section[3] > fen * section[4]):
            section[3] -= amount
            section[4] += 1
            item = child_code(section[1], name) if section[1] else ""
            out.append(Resolved("项", item, f"{category[0]} > {section[0]} > {name}"))
            continue
        parent = child_code(category[1], name)
        section = [name, parent, amount, amount, 0]
        sections_total += amount
        sections_count += 1
        out.append(Resolved("款", parent, f"{category[0]} > {name}"))
    if not category_closed() or (section and section[4] and abs(section[3]) > fen * section[4]):
        return None
    return out


def resolve_economic(
    rows: list[tuple[str, Decimal | None]], fen: Decimal, classification: str = "department"
) -> list[Resolved] | None:
    """The same for an economic-classification table printed with names only: a 类 is a row
    whose name is a 类 of ``classification`` in seeds/reference/economic_codes.csv, the rows
    after it are its 款 (looked up under it by exact name) and must add up to its amount; a 类
    printed without its 款 (the next row another 类) stands alone. None when the first row is
    no 类, a row has no amount or a 类's 款 do not add up."""
    out: list[Resolved] = []
    parent: list = []  # [name, code, remaining, count]

    def closed() -> bool:
        return not parent or parent[3] == 0 or abs(parent[2]) <= fen * parent[3]

    for name, amount in rows:
        if amount is None:
            return None
        code = economic_code(classification, name)
        if code:
            if not closed():
                return None
            parent = [name, code, amount, 0]
            out.append(Resolved("类", code, name))
            continue
        if not parent:
            return None
        parent[2] -= amount
        parent[3] += 1
        out.append(Resolved("款", economic_code(classification, name, parent[1]), f"{parent[0]} > {name}"))
    return out if closed() else None


__all__ = ["Resolved", "resolve", "resolve_economic"]
