"""Table extraction (issue 4). Entry point: ``parse_tables(lines) -> TablesOutput``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.result import ParseResult


@dataclass
class TablesOutput:
    result: ParseResult = field(default_factory=ParseResult)
    layout: str = "narrative_only"  # 'narrative_only' | 'cell_per_line' | 'tsv_rows' | 'unknown'
    first_table_line: int | None = None  # 1-based line of the first table title (narrative ends before it)
    table_count: int = 0
    amount_unit: str = ""  # the unit most tables state ('万元' | '元'), '' when no table


def parse_tables(lines: Sequence[str]) -> TablesOutput:
    """Walking skeleton: no table is read yet."""
    return TablesOutput()
