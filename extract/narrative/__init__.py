"""Narrative extraction (issue 5). Entry point: ``parse_narrative(lines, end_line) -> ParseResult``."""

from __future__ import annotations

from collections.abc import Sequence

from extract.result import ParseResult


def parse_narrative(lines: Sequence[str], end_line: int | None = None) -> ParseResult:
    """Walking skeleton: no figure is read yet."""
    return ParseResult()
