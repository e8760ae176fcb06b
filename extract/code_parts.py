"""Classification codes printed in columns of their own per level (类 | 款 | 项).

Publishers print such a code in three ways: every row repeats its parent parts ('201' '03'
'01'); a row prints only its own level's part and the parent stands on a row above it (the
类 row '201', then the 款 row '' '03', then the 项 rows '' '' '01'); or the 类 and 款 cells
are merged over the rows below them (a spreadsheet, a Word or web table: the merged value
stands in the first cell of the range only, so the rows below read as the second way).
``CodeParts`` reads all three by structure: the column a part stands in says its level, and
a part's parents are the parts of the rows above it in the same table. A part whose parent
the table does not print above it is never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = re.compile(r"^\d+$")
# the printed parts of a code that ``CodeParts.join`` could not complete: one or two digit
# parts, or a 类 with a later part whose level between is empty ('201 01'); see ``is_unparented``
_UNPARENTED = re.compile(r"^(?:\d{1,2}(?: \d{1,2})?|\d{3}(?: \d{1,2})+)$")


def all_digits(parts: list[str]) -> bool:
    """True when every non-empty cell of ``parts`` is digits only (and one is non-empty)."""
    return any(parts) and all(not p or _DIGITS.match(p) for p in parts)


class CodeParts:
    """The codes of one table's rows from their split code-column cells, row after row.

    Keeps the 类 (and 款) the rows read so far printed or completed (``parents``) and, for a
    parent printed on a row of its own with an amount, what of that amount its rows below have
    not yet taken. Make one per table (a continuation of the table on the next page may go on
    with the same one)."""

    def __init__(self) -> None:
        self.parents: list[str] = []
        # per parent level: [amount its own row printed, the sum of the rows taken under it, the
        # places printed]; None when the parent has no row of its own (a merged cell, a parent
        # printed on a finer row): nothing to weigh the rows under it against
        self._left: list[list | None] = []

    def join(self, parts: list[str], amount: str = "") -> str:
        """One row's code from its cells in the split columns (``parts``: 2 or 3 stripped texts,
        类 first, each all digits or empty: ``all_digits``); ``amount``: the row's cell in the
        table's first amount column ('' when empty or not known).

        Returns the code ('201' '03' '01' -> '2010301'; a one-digit 款/项 is padded: '301' '2'
        -> '30102'); a level left empty before the last printed part takes the part of the rows
        above ('' '03' '' under the 类 row '201' -> '20103'; '' '' '01' under that 款 ->
        '2010301'), only while the printed parts before it are those of the rows above, and,
        when that parent printed an amount on a row of its own, only while the rows taken under
        it do not exceed it (by more than the rounding of one printed place per row): a row
        beyond it belongs to a parent the table does not print (a 项 after its 款's items have
        added up). Else the printed parts joined by a space, never a code: a 类 that is not
        three digits or a part longer than two ('7' '11' '02' -> '7 11 02', a slip of the
        source), or a part whose parent is not the one above it ('' '' '06' with no 款 above ->
        '06', ``is_unparented``). '' when every cell is empty."""
        if not any(parts):
            return ""
        printed = " ".join(p for p in parts if p)
        last = max(i for i, p in enumerate(parts) if p)
        out: list[str] = []
        carried = -1  # the finest level taken from the rows above
        for i in range(last + 1):
            text = parts[i]
            if text:
                if (i == 0 and len(text) != 3) or (i > 0 and len(text) > 2):
                    return printed
                out.append(text if i == 0 else text.zfill(2))
            elif i < len(self.parents) and out == self.parents[:i]:
                out.append(self.parents[i])
                carried = i
            else:
                return printed
        value = _amount(amount)
        left = self._left[last - 1] if last and carried == last - 1 and last - 1 < len(self._left) else None
        if left is not None:  # a row under its direct parent's own row: weigh it against that row
            total, taken, places, count = left
            taken, count = taken + (value or Decimal(0)), count + 1
            if value is not None and taken - total > count * places:
                return printed
            left[1], left[3] = taken, count
        kept = [
            entry if n < last and out[: n + 1] == self.parents[: n + 1] else None for n, entry in enumerate(self._left)
        ]
        self.parents = out[: len(parts) - 1]  # the finest level is no parent
        own = [_amount(amount), Decimal(0), _place(amount), 0] if _amount(amount) is not None else None
        self._left = [kept[n] if n < len(kept) else None for n in range(last)] + (
            [own] if last < len(parts) - 1 else []
        )
        return "".join(out)


def _amount(text: str) -> Decimal | None:
    """The number of an amount cell (commas allowed), None when empty or not a number."""
    try:
        return Decimal(text.replace(",", "").strip()) if text.strip() else None
    except InvalidOperation:
        return None


def _place(text: str) -> Decimal:
    """The value of the last printed place of an amount ('96.40' -> 0.01, '500' -> 1)."""
    decimals = len(text.strip().rsplit(".", 1)[1]) if "." in text else 0
    return Decimal(1).scaleb(-decimals)


def is_unparented(text: str) -> bool:
    """True for the printed parts of a code that ``CodeParts.join`` left uncompleted for want of
    a parent: one or two parts of one or two digits ('06', '03 01': no 类 printed), or a 类
    with a later part and a level between left empty ('201 01'). False for a code, text or a
    misprinted 类 with its three parts ('7 11 02'); a two-part one ('7 11') cannot be told
    from a 款 and 项 printed without their 类 and reads as that."""
    return bool(_UNPARENTED.match(text))
