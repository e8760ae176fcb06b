"""What an interpreter needs while reading one table: the result, the table and helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from extract.numbers import CENT, UNIT_FACTORS, NumberError, format_yuan, parse_amount, to_yuan
from extract.result import ParseResult
from extract.tables.model import Row, Table


@dataclass
class Context:
    result: ParseResult
    table: Table
    # the unit the document states for tables that state none ('' when it states none: such a
    # table's amounts are not read, see ``amount``), and why it is not known
    default_amount_unit: str = ""
    unstated: str = ""
    # the document's kind ('budget' | 'final_accounts'; '' when not told): what a table's
    # figures must be (a 决算's procurement table loads its actual amounts only)
    doc_kind: str = ""
    # the document's fiscal year ('2026'; '' when not told): a column of an earlier year is the
    # prior year's, whatever the table's other columns say
    fiscal_year: str = ""
    warned: set[str] = field(default_factory=set)

    @property
    def amount_unit(self) -> str:
        """The money unit of the table's cells: its own unit line (a key of
        extract.numbers.UNIT_FACTORS: '元', '千元', '万元', '百万元', '亿元' ...), else the document's
        ('' when nothing states it). (A table whose unit line names a unit not in UNIT_FACTORS is
        never interpreted.)"""
        return self.table.amount_unit or self.default_amount_unit

    @property
    def fen(self) -> Decimal:
        """One fen (0.01) of the table's printed unit, in yuan (100 for 万元, 10 for 千元, 0.01 for 元):
        the rounding slack of one printed figure, for telling levels apart by their sums."""
        return CENT * UNIT_FACTORS.get(self.amount_unit, Decimal(1))

    def prefix(self, row: Row, cells: list[str] | None = None) -> dict[str, str]:
        """The columns every line-level row starts with (extract.schema.LINE_PREFIX), as text."""
        text = "\t".join(cells).rstrip("\t") if cells is not None else row.text
        return {
            "table_seq": str(self.table.seq),
            "table_kind": self.table.kind,
            "table_title": self.table.title.text,
            "source_line": str(row.line),
            "source_text": text,
        }

    def amount(self, text: str, line: int, what: str, unit: str | None = None) -> tuple[str, str] | None:
        """(value_text, amount_yuan) of a cell, read in ``unit`` (else the table's) unless it
        states its own; None for an empty cell, a non-number (a 'partial' problem
        'value_unreadable') or an amount whose unit nothing states (a 'partial' problem
        'amount_unit_unstated', once per table: never read in a guessed unit)."""
        if not text:
            return None
        got = _cell_amount(text, unit or self.amount_unit)
        if got == _UNREADABLE:  # (by value: a compiled build copies tuples)
            self.problem("partial", "value_unreadable", f"{what}: {text.strip()!r} is not a number", line)
            return None
        if got == _UNSTATED:
            if "amount_unit_unstated" not in self.warned:
                self.warned.add("amount_unit_unstated")
                reason = self.unstated or "no unit is stated for it"
                self.problem(
                    "partial",
                    "amount_unit_unstated",
                    f"{what.strip()}: {reason}; its amounts without a unit are not loaded",
                    line,
                )
            return None
        if got is None:
            return None
        self.table.value_count += 1
        return got

    def add_amount_row(self, table_name: str, row: dict[str, str], text: str, line: int, what: str) -> None:
        """Add ``row`` (a raw table's columns as text, without value_text and amount_yuan) to
        ``table_name`` of the result with the amount of the cell ``text`` (see ``amount``); no row
        for an empty cell or a non-number (a 'partial' problem 'value_unreadable' names ``what``)."""
        got = self.amount(text, line, what)
        if got is not None:
            row["value_text"], row["amount_yuan"] = got
            self.result.add_row(table_name, row)

    def problem(self, severity: str, code: str, message: str, line: int | None = None) -> None:
        """Record a problem on the result, its message prefixed by the table title.

        severity: 'error' | 'partial' | 'warning'; code: a snake_case code of the problem
        catalogue (extract.problems); line: the 1-based source line, when known. The table kind
        goes with it. Raises ValueError for an unknown severity.
        """
        title = self.table.title.text or "untitled rows"
        self.result.problem(severity, code, f"{title}: {message}", self.table.kind, line)

    def warn_once(self, key: str, code: str, message: str, line: int | None = None) -> None:
        """Record a 'warning' (as ``problem``) the first time ``key`` is seen in this table only.

        key: any text naming what is warned about (e.g. 'col3' for a column), so that a column
        that is not recognised is reported once, not once per row.
        """
        if key not in self.warned:
            self.warned.add(key)
            self.problem("warning", code, message, line)


# What _cell_amount returns for a cell that is not a number (a real amount's text is never empty),
# and for a number whose unit nothing states.
_UNREADABLE = ("", "")
_UNSTATED = ("", "?")


@lru_cache(maxsize=16384)
def _cell_amount(text: str, unit: str) -> tuple[str, str] | None:
    """(value_text, amount_yuan) of a cell in ``unit`` unless it states its own; None for an
    empty cell, ``_UNREADABLE`` for a non-number. Cached: tables repeat their amounts."""
    try:
        parsed = parse_amount(text, unit)
    except NumberError:
        return _UNREADABLE
    if parsed is None:
        return None
    value, value_unit = parsed
    if not value_unit:
        return _UNSTATED
    return text.strip(), format_yuan(to_yuan(value, value_unit))
