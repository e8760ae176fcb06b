"""What the parse steps return: rows for the raw CSVs and problems (errors are data)."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.schema import RAW_TABLES

SEVERITIES = ("error", "partial", "warning")


@dataclass(frozen=True)
class Problem:
    """Something wrong with a document, with where it was found.

    severity: 'error'   -> the document failed (nothing from it is used);
              'partial' -> part of the document could not be read or is missing;
              'warning' -> a finding about the source (a slip, a gap) that does not stop it.
    """

    severity: str
    code: str
    message: str
    table_kind: str = ""
    source_line: int | None = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def text(self) -> str:
        """The message as a person reads it, with '(line N)' appended when the line is known."""
        where = f" (line {self.source_line})" if self.source_line else ""
        return f"{self.message}{where}"


@dataclass
class ParseResult:
    """Rows keyed by raw table name (columns as in extract.schema, without document_id)."""

    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def add(self, table: str, row: dict[str, object]) -> None:
        """Append ``row`` to raw table ``table``, every value as text (None -> ''). Raises KeyError
        for a table name that is not in ``extract.schema.RAW_TABLES``.
        """
        if table not in RAW_TABLES:
            raise KeyError(f"unknown raw table {table!r}")
        out: dict[str, str] = {}
        for key, value in row.items():
            out[key] = value if isinstance(value, str) else "" if value is None else str(value)
        self.rows.setdefault(table, []).append(out)

    def add_row(self, table: str, row: dict[str, str]) -> None:
        """Append a row already in contract form (every value text): no copy and no check.

        The hot path of the interpreters, which build their rows from text cells and a
        ``Context.prefix``; ``add`` is for rows that may still hold numbers or None.
        """
        self.rows.setdefault(table, []).append(row)

    def problem(self, severity: str, code: str, message: str, table_kind: str = "", line: int | None = None):
        """Record a problem: severity 'error' | 'partial' | 'warning', a snake_case code, a message a
        person understands, the table kind and the 1-based source line where it is.
        """
        self.problems.append(Problem(severity, code, message, table_kind, line))

    def extend(self, other: ParseResult) -> None:
        """Append the rows and problems of ``other`` to this result."""
        for table, rows in other.rows.items():
            self.rows.setdefault(table, []).extend(rows)
        self.problems.extend(other.problems)
