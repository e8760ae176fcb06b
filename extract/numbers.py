"""Exact number parsing for published amounts. Decimal only, never float.

Handles what the documents print: ``4,844.56``, ``2, 465. 43`` (spaces inside),
``717.61万元``, ``0``, ``0.00``, ``-`` / empty (no value), full-width digits, points,
commas and minus signs, non-breaking and ideographic spaces.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from extract.spaces import compact as _compact

# an amount as tables print it, a word of its own: with its decimals or its thousands separators
# ('2,946.25', '0.00', '12,345'); a bare integer may be a 类/款/项 or 经济分类 code and is not one
PRINTED_AMOUNT = re.compile(r"^[-−－]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$")

WAN = Decimal(10000)
CENT = Decimal("0.01")

# Full-width ASCII range -> half-width, plus the spaces and dashes seen in exports.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update(
    {
        0x3000: 0x20,  # ideographic space
        0x00A0: 0x20,  # no-break space
        0x2002: 0x20,
        0x2003: 0x20,
        0x2009: 0x20,
        0x202F: 0x20,
        0x2212: 0x2D,  # minus sign
        0x2014: 0x2D,  # em dash (used for "no value")
        0x2013: 0x2D,
        0x3002: 0x3002,  # keep the ideographic full stop (a sentence end, not a decimal point)
    }
)
# Invisible format characters (soft hyphen, zero-width, direction marks, BOM) print as nothing:
# removed, so '278.6\u00ad6' reads 278.66 (combining marks are not: a cell with one is no number).
_FULLWIDTH.update(
    {code: None for code in (0x00AD, 0x061C, 0x180E, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F))}
)
_FULLWIDTH.update({code: None for code in (*range(0x2060, 0x2065), *range(0x2066, 0x2070))})

# Every standard Chinese money unit a table or a cell can be printed in, in yuan (exact).
UNIT_FACTORS = {
    "元": Decimal(1),
    "千元": Decimal(1000),
    "万元": WAN,
    "十万元": Decimal(100000),
    "百万元": Decimal(1000000),
    "千万元": Decimal(10000000),
    "亿元": Decimal(100000000),
}
# longest first: '百万元' ends with '万元', '万元' with '元'
_UNITS_LONGEST_FIRST = tuple(sorted(UNIT_FACTORS, key=len, reverse=True))
_HALF_CENT = Decimal("0.005")


def rounding_tolerance_yuan(n_terms: int, unit_yuan: Decimal = WAN) -> Decimal:
    """The rounding rule, in yuan: how far a sum of ``n_terms`` published figures may be from
    its published total when every figure is rounded to 0.01 of its unit.

    ``unit_yuan`` is the document's unit in yuan (10000 for 万元, 1 for 元; ``UNIT_FACTORS``).
    Returns an exact Decimal, 0.005 x unit_yuan x (n_terms + 1): 50 x (n + 1) yuan in a 万元
    document. The dbt macro ``rounding_tolerance_yuan`` is the same rule in SQL; a test over
    fact_reconciliation keeps the two equal.
    """
    return _HALF_CENT * unit_yuan * (n_terms + 1)


# the decimals of a printed amount ('1,234.57万元' -> '57'; a space may follow the point: '2, 465. 43')
_PRINTED_DECIMALS = re.compile(r"[.．] *([0-9]+)")
# an amount printed with 万 or 亿 and no 元 ('1000.86万'): the narrative reads it as 万元 / 亿元
_BARE_WAN_YI = re.compile(r"[0-9] *[万亿]$")
# the money units a printed amount may end with, longest first, and the yuan each is worth
_PRINTED_UNITS: tuple[tuple[str, Decimal], ...] = (
    ("亿", Decimal(100000000)),
    ("千万", Decimal(10000000)),
    ("百万", Decimal(1000000)),
    ("万", WAN),
    ("千", Decimal(1000)),
)


def printed_unit_yuan(value_text: str, value: Decimal) -> Decimal | None:
    """The unit (in yuan) to whose 0.01 a money figure was printed, from its text as printed:
    the rounding rule's unit for that figure. '9628.22万元' -> 10000, '6.2万元' -> 100000 (one
    decimal: rounded to 0.1 万元), '5000元' -> 100, '96,282,213.44元' -> 1, '1.2亿元' ->
    1000000000 (rounded to 0.1 亿元), '28千元' -> 100000; a money figure printed with 万 or 亿 and
    no 元 is that unit's ('1000.86万' -> 10000, as '1000.86万元').
    None for an exact figure: a zero (``value`` 0), a text ending in neither 元 nor a digit's 万/亿
    (a count, a figure stated by wording: 无, 持平). The same rule as the dbt macro
    ``printed_unit_yuan`` (a test keeps the two equal)."""
    if value == 0 or not (value_text.endswith("元") or _BARE_WAN_YI.search(value_text)):
        return None
    unit = next((factor for word, factor in _PRINTED_UNITS if word in value_text), Decimal(1))
    decimals = _PRINTED_DECIMALS.search(value_text)
    places = len(decimals.group(1)) if decimals else 0
    return unit * Decimal(100).scaleb(-min(places, 4))


_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_EMPTY = {"", "-", "--", "---", "/", "—", "无"}  # ("无" in a figure's cell: none printed, as a dash)
# What _read_number returns for a text that is not a number (parse_decimal raises for it).
NOT_A_NUMBER = object()


class NumberError(ValueError):
    """A cell that should hold a number but does not."""


@lru_cache(maxsize=8192)  # (cells and labels repeat: a unit line, a header, a name)
def halfwidth(text: str) -> str:
    """Full-width digits/letters/punctuation and exotic spaces to their ASCII forms; invisible
    format characters removed."""
    return text.translate(_FULLWIDTH)


def split_unit(text: str) -> tuple[str, str]:
    """``'717.61万元'`` -> ``('717.61', '万元')``, ``'1.2亿元'`` -> ``('1.2', '亿元')`` (any unit of
    ``UNIT_FACTORS``, the longest that ends the text); no unit -> ``(text, '')``."""
    stripped = text.strip()
    for unit in _UNITS_LONGEST_FIRST:
        if stripped.endswith(unit):
            return stripped[: -len(unit)], unit
    return stripped, ""


def parse_decimal(text: str | None) -> Decimal | None:
    """Parse a published number exactly.

    Returns ``None`` for an empty cell or a dash (no value). Raises ``NumberError`` for
    anything else that is not a number. A trailing unit (万元/元) is not accepted here:
    use ``parse_amount`` when the text may carry one.
    """
    if text is None:
        return None
    value = _read_number(text)
    if value is None or isinstance(value, Decimal):
        return value
    raise NumberError(f"not a number: {text!r}")


def is_number(text: str) -> bool:
    """True for a cell that holds a number (not empty, not a dash, not text)."""
    value = _read_number(text)
    return value is not None and value is not NOT_A_NUMBER


def is_words(text: str) -> bool:
    """True for a cell that holds words: neither a number nor empty nor a dash ('-', '—': a
    figure's place left without one)."""
    return _read_number(text) is NOT_A_NUMBER


@lru_cache(maxsize=16384)
def _read_number(text: str) -> Decimal | object | None:
    """``parse_decimal`` without the exception (``NOT_A_NUMBER``), cached: tables repeat their
    cells (0.00, the same amount in several columns) and every cell is tested more than once."""
    compact = _compact(halfwidth(text))
    if compact in _EMPTY:
        return None
    if not _NUMBER.match(compact):
        return NOT_A_NUMBER
    try:
        return Decimal(compact.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex already guards this
        return NOT_A_NUMBER


def parse_amount(text: str | None, default_unit: str = "") -> tuple[Decimal, str] | None:
    """Parse an amount that may carry its own unit ('717.61万元', '3,500元', '12.5'); returns
    ``(value, unit)``: the unit it carries, else ``default_unit`` ('' when none is given: the
    caller must not guess one), or ``None`` for an empty cell or a dash. Raises ``NumberError``
    for text that is no number."""
    if text is None:
        return None
    number, unit = split_unit(_compact(halfwidth(text)))
    value = parse_decimal(number)
    if value is None:
        return None
    return value, unit or default_unit


def to_yuan(value: Decimal, unit: str) -> Decimal:
    """Exact conversion to yuan: ``value`` x the unit's factor. ``unit`` is a key of
    ``UNIT_FACTORS`` ('元', '千元', '万元', '百万元', '亿元', ...); raises ``NumberError`` for any other."""
    try:
        return value * UNIT_FACTORS[unit]
    except KeyError as exc:
        raise NumberError(f"unknown amount unit {unit!r}") from exc


def format_yuan(value: Decimal) -> str:
    """Plain decimal text with (at least) two places, never scientific notation.

    Exact: a value with more than two decimal places keeps them (the caller decides
    whether that is a problem); nothing is rounded here.
    """
    if value == value.quantize(CENT):
        return format(value.quantize(CENT), "f")
    return format(value.normalize(), "f")


def is_exact_cents(value: Decimal) -> bool:
    """True when ``value`` has no digit below the cent (it is stored exactly in DECIMAL(20,2))."""
    return value == value.quantize(CENT)


def yuan_text(text: str | None, unit: str) -> str:
    """Cell text -> amount_yuan text ('' for an empty cell). Raises NumberError."""
    value = parse_decimal(text)
    return "" if value is None else format_yuan(to_yuan(value, unit))


# Chinese numerals: the digits (common and financial forms, 两 for 2) and the units
CHINESE_DIGITS = {
    **dict.fromkeys("零〇", 0),
    **dict.fromkeys("一壹", 1),
    **dict.fromkeys("二贰两", 2),
    **dict.fromkeys("三叁", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
CHINESE_SMALL_UNITS = {**dict.fromkeys("十拾", 10), **dict.fromkeys("百佰", 100), **dict.fromkeys("千仟", 1000)}
CHINESE_BIG_UNITS = {"万": 10**4, "亿": 10**8}


@lru_cache(maxsize=1024)
def chinese_integer(text: str) -> int | None:
    """A whole number written in Chinese numerals -> its value ('十二' -> 12, '壹' -> 1,
    '一百零五' -> 105, '两' -> 2, '壹拾贰万叁仟' -> 123000, '零' -> 0); None for anything that is not
    one whole, unambiguous number: another character (a point 点, 几, 余), two digits with no unit
    between ('两三': two or three), a unit with no digit before it but a leading 十 ('百万'), units
    out of order ('十百')."""
    if not text:
        return None
    total = section = 0
    digit: int | None = None
    small = big = 10**13  # the last unit used (units fall from left to right)
    for ch in text:
        if ch in CHINESE_DIGITS:
            if digit:  # ('两三': two digits with no unit between; '零五' is fine)
                return None
            digit = CHINESE_DIGITS[ch]
        elif ch in CHINESE_SMALL_UNITS:
            unit = CHINESE_SMALL_UNITS[ch]
            if digit is None and unit == 10 and not section and not total:
                digit = 1  # ('十二' is 12)
            if not digit or unit >= small:
                return None
            section, digit, small = section + digit * unit, None, unit
        elif ch in CHINESE_BIG_UNITS:
            unit = CHINESE_BIG_UNITS[ch]
            section += digit or 0
            if not section or unit >= big:
                return None
            # (亿 multiplies all before it; 万 after a 亿 only its own section: '一亿二千万')
            total = (total + section) * unit if unit == 10**8 else total + section * unit
            section, digit, small, big = 0, None, 10**13, unit
        else:
            return None
    return total + section + (digit or 0)
