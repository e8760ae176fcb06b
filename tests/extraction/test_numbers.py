from decimal import Decimal

import pytest

from extract.numbers import NumberError, chinese_integer, format_yuan, parse_amount, parse_decimal, to_yuan, yuan_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,844.56", Decimal("4844.56")),
        ("2, 465. 43", Decimal("2465.43")),  # spaces inside (PDF text)
        ("0", Decimal("0")),
        ("0.00", Decimal("0.00")),
        ("４，８４４．５６", Decimal("4844.56")),  # full-width digits, comma, point
        ("\u00a0717.61\u3000", Decimal("717.61")),  # no-break / ideographic spaces
        ("-1.5", Decimal("-1.5")),
        ("48161575.99 ", Decimal("48161575.99")),
    ],
)
def test_parse_decimal_exact(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "-", "—", None])
def test_empty_cells_have_no_value(text):
    assert parse_decimal(text) is None


@pytest.mark.parametrize("text", ["4,84", "12a", "合计", "1.2.3", "4,8445.6"])
def test_non_numbers_are_errors_not_guesses(text):
    with pytest.raises(NumberError):
        parse_decimal(text)


def test_amounts_with_units_convert_exactly_to_yuan():
    assert parse_amount("717.61万元") == (Decimal("717.61"), "万元")
    assert parse_amount("3,500元") == (Decimal("3500"), "元")
    value, unit = parse_amount("0.5万元")
    assert format_yuan(to_yuan(value, unit)) == "5000.00"
    assert yuan_text("4,844.56", "万元") == "48445600.00"
    assert yuan_text("0.01", "万元") == "100.00"
    assert yuan_text("48161575.99", "元") == "48161575.99"
    assert yuan_text("", "万元") == ""


def test_no_float_rounding_on_large_values():
    # 0.1 + 0.2 style errors would show here with floats
    assert yuan_text("12345678901234.57", "万元") == "123456789012345700.00"
    assert format_yuan(Decimal("0.1") + Decimal("0.2")) == "0.30"


def test_rounding_tolerance_in_yuan_for_both_units():
    from extract.numbers import UNIT_FACTORS, rounding_tolerance_yuan

    # 002: 208 leaves sum to 426.60 万元 where the parent says 426.61: 100 yuan off, within 50 x 209
    assert rounding_tolerance_yuan(208) == Decimal("10450.000")
    assert rounding_tolerance_yuan(2, UNIT_FACTORS["万元"]) == Decimal("150.000")
    assert rounding_tolerance_yuan(2, UNIT_FACTORS["元"]) == Decimal("0.015")


def test_chinese_integer_reads_whole_unambiguous_numbers_only():
    cases = {
        "壹": 1,
        "两": 2,
        "十二": 12,
        "二十": 20,
        "九十九": 99,
        "一百零五": 105,
        "一百一十": 110,
        "一千二百三十四": 1234,
        "五万": 50000,
        "壹拾贰万叁仟": 123000,
        "一亿二千万": 120000000,
        "两亿零五百万": 205000000,
        "零": 0,
    }
    for text, value in cases.items():
        assert chinese_integer(text) == value, text
    for text in ("", "两三", "十几", "三点五", "百万", "十百", "万", "一百十", "五余"):
        assert chinese_integer(text) is None, text
