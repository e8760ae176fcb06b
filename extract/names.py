"""Normalising names (units, categories) so the same thing printed two ways compares equal."""

from __future__ import annotations

import re

_PARENS = str.maketrans({"(": "（", ")": "）", "[": "［", "]": "］"})
_SPACES = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """Remove all white space and use full-width parentheses, as official names do."""
    return _SPACES.sub("", text).translate(_PARENS)
