"""Whitespace removal, shared by every step (a hot path: most cells and labels go through it)."""

from __future__ import annotations

from functools import lru_cache


# The narrative rules compact the same sentence, clause and label many times over (each rule
# asks again); a bounded cache answers the repeats without rescanning the text.
@lru_cache(maxsize=16384)
def compact(text: str) -> str:
    """``text`` without any whitespace.

    The same as ``re.sub(r"\\s+", "", text)``: ``str.split()`` and the ``re`` module's ``\\s``
    agree on what whitespace is (every character for which ``str.isspace()`` is true), and
    splitting and joining is several times faster than a substitution.
    """
    return "".join(text.split())
