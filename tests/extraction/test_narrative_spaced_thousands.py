"""Issue 20: amounts and counts whose thousands are set off by a space instead of a comma, as text
taken from PDFs prints them ('收入总计25 306 118.40元', '支出合计1 873.26万元', '核定事业编制1 365名',
'财政拨款收入  12 406 552.10' under a declared unit).

1. A first group of 1-3 digits (never right after a digit, a point, a digit and a space, or a digit
   and a comma), then groups of exactly three digits each after exactly one space, then maybe the
   decimals, is one number: before its unit (元 / 万元 / 亿元, 名 / 人 / 辆 / 人次 / 个), or with its
   decimals as a bare amount under a declared unit. The reader makes a no-break, thin or narrow
   no-break space an ASCII one; full-width digits are read as their ASCII ones.
2. One group of three alone after the first may be a count and then an amount ('公务用车 2 350万元'):
   money is read only with two decimals ('2 350.60万元'); a count with its unit is read ('1 365名').
3. Everything else stays as before: digits a space breaks inside the decimals ('278.6 6万元') or
   into groups of another size ('12 34万元') are no number and are reported; '2 辆' and '2021 年'
   keep their reading; a count and then an amount with no unit between ('公务用车 2 35.60') are
   never joined; a list's number before a label ('1 财政拨款收入…') is no group.
4. The amount's text (value_text) and its sentence (source_text) are kept as printed.

A wrong figure is worse than a missing one. Constructed sentences and amounts only (none of them
a document's text).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from narrative_figures import parse_document, unparsed_messages

from extract.narrative.text import Paragraph, amounts, broken_amounts, declared_amounts
from extract.read import normalise

_UNIT = "某县某某服务中心"


def _read(text: str) -> list[tuple[str, str, Decimal]]:
    return [(a.text, a.unit, a.value) for a in amounts(text)]


def _broken(text: str) -> list[str]:
    return [printed for _, printed in broken_amounts(text, amounts(text))]


def _rows(*paragraphs: str, year: str = "2019") -> list[dict]:
    result = parse_document(*paragraphs, unit=_UNIT, year=year)
    return [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]


def _figures(*paragraphs: str, year: str = "2019") -> dict[str, str]:
    return {r["metric"]: r["value"] for r in _rows(*paragraphs, year=year)}


def _unparsed(*paragraphs: str, year: str = "2019") -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year=year))


def _declared(line: str, unit: str) -> list[tuple[str, Decimal]]:
    paragraph = Paragraph(line, [1] * len(line))
    return [(a.text, a.value) for a in declared_amounts(paragraph, unit)]


# ---------------------------------------------------------------- 1. one number before its unit


@pytest.mark.parametrize(
    ("text", "printed", "unit", "value"),
    [
        ("收入总计25 306 118.40元", "25 306 118.40元", "元", Decimal("25306118.40")),
        ("本年支出7 080 215元，", "7 080 215元", "元", Decimal("7080215")),
        ("支出合计1 873.26万元", "1 873.26万元", "万元", Decimal("18732600.00")),
        ("年初预算12 450.06 万元。", "12 450.06 万元", "万元", Decimal("124500600.00")),
        ("基金预算1 025 300.10万元", "1 025 300.10万元", "万元", Decimal("10253001000.00")),
        ("支出规模2 365.05亿元", "2 365.05亿元", "亿元", Decimal("236505000000.00")),
        ("核定事业编制1 365名", "1 365名", "名", Decimal("1365")),
        ("在职人员1 290人，", "1 290人", "人", Decimal("1290")),
        ("实有车辆1 024辆", "1 024辆", "辆", Decimal("1024")),
        ("接待1 200人次", "1 200人次", "人次", Decimal("1200")),
        ("全年接待12 306 412人次", "12 306 412人次", "人次", Decimal("12306412")),
    ],
)
def test_thousands_set_off_by_a_space_are_one_number_before_its_unit(text, printed, unit, value):
    assert _read(text) == [(printed, unit, value)]
    assert _broken(text) == []


@pytest.mark.parametrize(
    ("text", "printed", "value"),
    [
        ("收入总计２５ ３０６ １１８．４０元", "２５ ３０６ １１８．４０元", Decimal("25306118.40")),
        ("支出合计１ ８７３．２６万元", "１ ８７３．２６万元", Decimal("18732600.00")),
        ("核定编制１ ３６５名", "１ ３６５名", Decimal("1365")),
    ],
)
def test_full_width_digits_with_spaced_thousands_are_read(text, printed, value):
    [(got_printed, _, got_value)] = _read(text)
    assert (got_printed, got_value) == (printed, value)
    # the reader makes them ASCII first: the same value
    [(_, _, after_reading)] = _read(normalise(text)[0])
    assert after_reading == value


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u2009", "\u202f", "\u3000"], ids=["nbsp", "thin", "narrow_nbsp", "ideographic"]
)
def test_a_space_of_any_kind_between_the_groups_is_made_ascii_on_reading_and_read(space):
    text, _ = normalise(f"收入总计25{space}306{space}118.40元，支出合计1{space}873.26万元。")
    assert _read(text) == [
        ("25 306 118.40元", "元", Decimal("25306118.40")),
        ("1 873.26万元", "万元", Decimal("18732600.00")),
    ]


def test_several_amounts_and_counts_of_one_sentence_are_each_read_whole():
    text = "本年收入1 873.26万元，支出1 530.00万元，在职人员1 024人，公务用车12辆。"
    assert [(a.text, a.value) for a in amounts(text)] == [
        ("1 873.26万元", Decimal("18732600.00")),
        ("1 530.00万元", Decimal("15300000.00")),
        ("1 024人", Decimal("1024")),
        ("12辆", Decimal("12")),
    ]


# ---------------------------------------------------------------- the figures, as printed


def test_figures_keep_the_amount_and_its_sentence_as_printed():
    sentence = "2019年收入总计25 306 118.40元，支出合计1 873.26万元。"
    rows = _rows("二、收支预算情况", sentence)
    assert [(r["metric"], r["value"], r["value_text"], r["source_text"]) for r in rows] == [
        ("income_total", "25306118.40", "25 306 118.40元", sentence),
        ("expenditure_total", "18732600.00", "1 873.26万元", sentence),
    ]
    assert _unparsed("二、收支预算情况", sentence) == []


def test_a_three_public_total_and_its_part_with_spaced_thousands_are_read():
    got = _figures("四、“三公”经费预算情况", "2019年“三公”经费预算1 205.60万元，其中公务接待费1 042.50万元。")
    assert got == {"three_public_total": "12056000.00", "three_public_reception": "10425000.00"}


def test_staff_counts_with_spaced_thousands_are_read():
    got = _figures("三、机构人员情况", "本单位核定事业编制1 365名，实有人数1 290人。")
    assert got == {"staff_authorized_institution": "1365", "staff_actual": "1290"}


# ---------------------------------------------------------------- bare amounts under a declared unit


@pytest.mark.parametrize(
    ("line", "unit", "printed", "value"),
    [
        ("财政拨款收入  12 406 552.10", "元", "12 406 552.10", Decimal("12406552.10")),
        ("事业收入 1 234.00", "元", "1 234.00", Decimal("1234.00")),
        ("项目支出：3 120.50", "万元", "3 120.50", Decimal("31205000.00")),
        ("一般公共预算拨款 2 350.60；", "万元", "2 350.60", Decimal("23506000.00")),
        ("基本支出合计 1 006 402.7", "元", "1 006 402.7", Decimal("1006402.7")),
    ],
)
def test_a_bare_amount_with_spaced_thousands_and_its_decimals_is_read_in_the_declared_unit(line, unit, printed, value):
    assert _declared(line, unit) == [(printed, value)]


def test_a_list_of_bare_amounts_one_a_line_is_read_in_its_declared_unit():
    rows = _rows("二、收入预算情况", "单位：元", "财政拨款收入  12 406 552.10", "事业收入  1 234.00")
    assert [(r["metric"], r["value"], r["value_text"]) for r in rows] == [
        ("income_fiscal_appropriation", "12406552.10", "12 406 552.10元"),
        ("income_business", "1234.00", "1 234.00元"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "财政拨款收入  12 406 552",  # no decimals: nothing says the groups are one number
        "财政拨款收入 1 642",
        "财政拨款收入 1 642.1",  # one group of three alone: money needs two decimals
        "财政拨款收入 12 406 552.1 0",  # a space inside the decimals
        "财政拨款收入 12 40 552.10",  # a group of two
        "公务用车购置费 2 35.60",  # a count and then an amount: never joined
        "在职人员：1 290",  # a count's words
    ],
)
def test_bare_spaced_digits_that_are_no_one_amount_stay_unread_under_a_declared_unit(line):
    assert _declared(line, "万元") == []


# ---------------------------------------------------------------- 2. one group of three alone


def test_one_group_of_three_alone_is_money_only_with_two_decimals():
    # ('公务用车 2 350万元' may be two vehicles and 350万元: no figure, and it is reported)
    for text, printed in [
        ("公务用车 2 350万元", "2 350万元"),
        ("支出合计1 642万元", "1 642万元"),
        ("支出合计1 642.1万元", "1 642.1万元"),
        ("支出合计1 873.260万元", "1 873.260万元"),
    ]:
        assert _read(text) == [], text
        assert _broken(text) == [printed], text
    assert _read("公务用车 2 350.60万元") == [("2 350.60万元", "万元", Decimal("23506000.00"))]
    # more than one group is thousands whatever its decimals
    assert _read("支出合计1 642 300元") == [("1 642 300元", "元", Decimal("1642300"))]


def test_one_group_of_three_money_without_two_decimals_is_reported_and_not_read():
    messages = _unparsed("二、支出预算情况", "2019年支出预算1 642万元。")
    assert _figures("二、支出预算情况", "2019年支出预算1 642万元。") == {}
    assert any("1 642万元" in m and "broken by a space" in m for m in messages), messages


# ---------------------------------------------------------------- 3. what must not be read


@pytest.mark.parametrize(
    "text",
    [
        "收入较去年减少278.6 6万元",  # a space inside the decimals
        "收入较去年减少1 278.6 6万元",
        "支出合计12 34万元",  # a group of two digits
        "支出合计1 23 456.00万元",
        "支出合计12 3456.00万元",  # a group of four
        "截至2021 123万元",  # a first group of four digits
        "公务用车 2 35.60万元",  # a count and then an amount
        "支出合计1,234 567.00万元",  # a comma's group then a space's
        "支出合计1\t873.26万元",  # a tab is a cell's end, never a separator
    ],
)
def test_digits_a_space_breaks_otherwise_are_no_number_and_are_reported(text):
    assert _read(text) == []
    assert len(_broken(text)) == 1


def test_a_broken_amount_keeps_its_problem_in_a_document():
    messages = _unparsed("二、收入预算情况", "2019年收入预算278.6 6万元，支出合计12 34万元。")
    assert _figures("二、收入预算情况", "2019年收入预算278.6 6万元，支出合计12 34万元。") == {}
    assert any("278.6 6万元" in m and "broken by a space" in m for m in messages), messages
    assert any("12 34万元" in m and "broken by a space" in m for m in messages), messages


def test_counts_and_years_printed_with_a_space_keep_their_reading():
    assert _read("公务用车2 辆，运行费35.60万元") == [
        ("2 辆", "辆", Decimal("2")),
        ("35.60万元", "万元", Decimal("356000.00")),
    ]
    assert _read("2021 年") == []
    assert _read("2021 年收入1 873.26万元") == [("1 873.26万元", "万元", Decimal("18732600.00"))]
    assert _read("近3 年支出120 000.00元") == [("120 000.00元", "元", Decimal("120000.00"))]
    assert _figures("二、支出预算情况", "2019 年支出预算120.50万元。") == {"expenditure_total": "1205000.00"}


def test_a_list_number_before_a_label_is_no_group():
    assert _read("1 财政拨款收入 120.50万元") == [("120.50万元", "万元", Decimal("1205000.00"))]
    assert _declared("1 财政拨款收入 100 250.00", "元") == [("100 250.00", Decimal("100250.00"))]


def test_a_count_printed_without_its_unit_is_never_joined():
    # (a bare count stands without its unit: its groups are never joined)
    assert _read("实有人数1 290，") == []
    assert _figures("三、机构人员情况", "本单位实有人数1 290，编制人数1 300。") == {}


def test_two_spaces_never_join_groups():
    # (two numbers printed apart: never the amount 1,873.26万元)
    assert all(a.value != Decimal("18732600.00") for a in amounts("收入1  873.26万元"))
