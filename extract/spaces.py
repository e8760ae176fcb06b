"""Whitespace removal, shared by every step (a hot path: most cells and labels go through it)."""

from __future__ import annotations


def compact(text: str) -> str:
    """``text`` without any whitespace.

    The same as ``re.sub(r"\\s+", "", text)``: ``str.split()`` and the ``re`` module's ``\\s``
    agree on what whitespace is (every character for which ``str.isspace()`` is true), and
    splitting and joining is several times faster than a substitution.
    """
    return "".join(text.split())
