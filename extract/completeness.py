"""Document-level completeness (issue 8): is this file cut off? Returns problems."""

from __future__ import annotations

from collections.abc import Sequence

from extract.result import ParseResult, Problem


def check_completeness(lines: Sequence[str], tables, narrative: ParseResult) -> list[Problem]:
    """Walking skeleton: no check yet."""
    return []
