"""Older disclosures: another year's section, a change naming no subject of its own, the prior
year's amount before a change, the spellings of 三公, numbers broken by a space, and the 三公
total's parts listed one a line.

1. Figures under a heading naming another year alone ('一、2015年“三公”经费支出情况' in a 2016
   budget) are that year's: none is read (each an unparsed figure) up to a heading naming the
   document's year or one of the same level or above; a sentence there naming the document's
   year is read, and the sentences after it in its paragraph.
2. A change naming its year and role words alone ('2016年预算数比上年执行数减少…') is of the
   subject of the money figure the sentence before it (same paragraph) read; year and role words
   after another year's figure of a named subject ('公务接待费2015年执行数为X，2016年预算数为Y')
   are that subject's.
3. The prior year's amount printed before a change is never a figure; the change is the figure's.
4. '“三公”经费', '“三公经费”', '"三公"经费', '三公经费', '‘三公’经费' all name the 三公 total.
5. A number broken by a space after its point ('486. 30万元') or printed with a full-width point
   is one number; two numbers are never joined (thousands set off by a space,
   test_narrative_spaced_thousands.py, are one number).
6. The 三公 total's parts listed after '其中：' one a line, each ended by '；', stay in the total's
   sentence (they keep its role in a 决算).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages

from extract.narrative.text import paragraphs


def _read(*lines: str, year: str = "2016", final: bool = False, with_role: bool = False) -> dict:
    return accepted_figures(parse_document(*lines, unit="某市某某管理局", year=year, final=final), with_role)


def _unparsed(*lines: str, year: str = "2016", final: bool = False) -> list[str]:
    return unparsed_messages(parse_document(*lines, unit="某市某某管理局", year=year, final=final))


# --- 1. another year's section


def test_a_section_of_the_prior_year_keeps_no_figure_until_the_years_own_heading():
    lines = (
        "一、2015年“三公”经费支出情况",
        "（一）因公出国（境）费支出36.50万元，主要用于国际学术会议。",
        "（二）公务用车购置及运行费52万元。其中，公务用车运行费支出40万元；公务用车购置费12万元。",
        "（三）公务接待费支出18.20万元。",
        "二、2016年“三公”经费预算情况",
        "（一）因公出国（境）费预算30万元。",
        "（二）公务接待费预算15万元。",
    )
    assert _read(*lines) == {"three_public_overseas": "300000.00", "three_public_reception": "150000.00"}
    messages = _unparsed(*lines)
    for printed in ("36.50万元", "52万元", "40万元", "12万元", "18.20万元"):
        assert any(printed in m and "2015年" in m and "heading" in m for m in messages), printed


@pytest.mark.parametrize(
    "heading",
    [
        "一、2015年“三公”经费执行情况",
        "二、2015年度部门决算情况",
        "（二）上年度“三公”经费支出情况",
        "2015年“三公”经费实际支出情况",  # (a title line without a number)
        "三、2015年预算执行情况如下：",
    ],
)
def test_headings_naming_another_year_alone_open_its_section(heading):
    assert _read(heading, "公务接待费支出18.20万元，公务用车运行维护费24万元。") == {}
    # a heading naming the document's year ends it
    assert _read(heading, "公务接待费支出18.20万元。", "四、2016年“三公”经费预算", "公务接待费预算16万元。") == {
        "three_public_reception": "160000.00"
    }


def test_the_section_ends_at_a_heading_of_its_level_not_at_a_deeper_one():
    assert (
        _read(
            "一、2015年“三公”经费执行情况",
            "（一）公务接待费",
            "支出18.20万元。",
            "公务用车运行维护费24万元。",
        )
        == {}
    )
    assert _read(
        "（二）2015年“三公”经费执行情况",
        "公务接待费支出18.20万元。",
        "（三）“三公”经费预算",
        "公务接待费预算16万元。",
    ) == {"three_public_reception": "160000.00"}


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        # a day named by a heading is no year's section (a budget states its assets at the year before's end)
        ("（三）截至2015年底资产占用情况", "资产总额860万元。", {"assets_total": "8600000.00"}),
        # a comparison with another year is the document's
        (
            "（四）与2015年对比情况",
            "“三公”经费预算比上年减少6万元。",
            {"three_public_change_vs_prior_year": "-60000.00"},
        ),
        # both years named
        ("一、2015年预算执行和2016年预算安排情况", "收入预算900万元。", {"income_total": "9000000.00"}),
        # a numbered statement of its own, no heading of a section
        ("（一）2015年无因公出国（境）费支出", "公务接待费预算16万元。", {"three_public_reception": "160000.00"}),
    ],
)
def test_headings_that_open_no_other_years_section(heading, line, expected):
    assert _read(heading, line) == expected


def test_a_sentence_naming_the_documents_year_is_read_under_another_years_heading():
    got = _read(
        "一、2015年“三公”经费执行情况",
        "“三公”经费支出61万元。2016年“三公”经费预算55万元，比2015年减少6万元。其中，公务接待费减少2万元。",
        "公务接待费支出20万元。",
    )
    assert got == {
        "three_public_total": "550000.00",
        "three_public_change_vs_prior_year": "-60000.00",
        "three_public_reception_change_vs_prior_year": "-20000.00",
    }


def test_a_final_accounts_section_of_the_next_year_keeps_no_figure():
    got = _read(
        "（一）2015年度收入支出决算情况",
        "2015年度收入决算700万元。",
        "（二）2016年预算安排情况",
        "收入预算800万元，支出预算800万元。",
        year="2015",
        final=True,
    )
    assert got == {"income_total": "7000000.00"}


# --- 2. a change naming no subject of its own


def test_a_change_of_year_and_role_words_is_the_figure_before_its_not_the_totals():
    got = _read(
        "三、“三公”经费预算情况",
        "2016年“三公”经费预算数为210万元，比上年减少12万元。本局财政拨款公务接待费2015年实际执行数为64.80万元，"
        "2016年预算数为58.30万元。2016年预算数比上年执行数减少6.50万元。",
    )
    assert got == {
        "three_public_total": "2100000.00",
        "three_public_change_vs_prior_year": "-120000.00",
        "three_public_reception": "583000.00",
        "three_public_reception_change_vs_prior_year": "-65000.00",
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "公务用车运行维护费2016年预算安排为33万元。预算安排较上年增加3万元。",
            {
                "three_public_vehicle_operation": "330000.00",
                "three_public_vehicle_operation_change_vs_prior_year": "30000.00",
            },
        ),
        (
            "“三公”经费2016年预算为88万元。因公出国（境）费2016年预算为20万元。本年预算比上年减少4万元。",
            {
                "three_public_total": "880000.00",
                "three_public_overseas": "200000.00",
                "three_public_overseas_change_vs_prior_year": "-40000.00",
            },
        ),
        (
            "2016年基本支出预算410万元。2016年预算数比上年增加15万元。",
            {"basic_expenditure": "4100000.00", "basic_expenditure_change_vs_prior_year": "150000.00"},
        ),
    ],
)
def test_role_word_changes_take_the_subject_of_the_sentence_before(line, expected):
    assert _read("三、“三公”经费预算情况", line) == expected


def test_a_role_word_change_in_a_final_account():
    got = _read("2015年度因公出国（境）费支出决算12.40万元。2015年决算数比上年减少1.60万元。", year="2015", final=True)
    assert got == {"three_public_overseas": "124000.00", "three_public_overseas_change_vs_prior_year": "-16000.00"}


@pytest.mark.parametrize(
    "lines",
    [
        # the figure is in another paragraph
        ("三、“三公”经费预算情况", "公务接待费2016年预算数为58.30万元。", "2016年预算数比上年执行数减少6.50万元。"),
        # the sentence before read two subjects
        (
            "三、“三公”经费预算情况",
            "公务接待费2016年预算数为58.30万元，公务用车运行费2016年预算数为30万元。2016年预算数比上年执行数减少6.50万元。",
        ),
        # the sentence before read only another year's money
        ("三、“三公”经费预算情况", "公务接待费2015年实际执行数为64.80万元。2016年预算数比上年执行数减少6.50万元。"),
    ],
)
def test_role_word_changes_of_no_certain_subject_are_not_read(lines):
    got = _read(*lines)
    assert not any(metric.endswith("_change_vs_prior_year") for metric in got), got
    assert any("6.50万元" in m for m in _unparsed(*lines))


def test_year_and_role_words_after_another_years_named_figure_take_its_subject():
    assert _read("2016年“三公”经费预算90万元。公务用车运行维护费2015年执行数为36万元，2016年预算数为31万元。") == {
        "three_public_total": "900000.00",
        "three_public_vehicle_operation": "310000.00",
    }


# --- 3. the prior year's amount before the change


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "公务接待费46万元，比2015年实际支出58.75万元，减少12.75万元，降低21.70%。",
            {"three_public_reception": "460000.00", "three_public_reception_change_vs_prior_year": "-127500.00"},
        ),
        (
            "“三公经费”支出预算总额432.10万元，比2015年实际支出480.60万元，减少48.50万元。",
            {"three_public_total": "4321000.00", "three_public_change_vs_prior_year": "-485000.00"},
        ),
        (
            "“三公经费”支出预算总额432.10万元，与2015年实际支出480.60万元相比减少48.50万元。",
            {"three_public_total": "4321000.00", "three_public_change_vs_prior_year": "-485000.00"},
        ),
        (
            "收入预算1520万元，较2015年执行数1400万元增加120万元。",
            {"income_total": "15200000.00", "income_change_vs_prior_year": "1200000.00"},
        ),
        (
            "支出预算1520万元，与上年实际支出1600万元对比减少80万元。",
            {"expenditure_total": "15200000.00", "expenditure_change_vs_prior_year": "-800000.00"},
        ),
    ],
)
def test_the_prior_amount_before_a_change_is_never_read(line, expected):
    assert _read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # against a year before the prior one
        "公务接待费46万元，与2014年实际支出58.75万元相比减少12.75万元。",
        # 相比 with no base stated
        "公务接待费46万元，相比减少12.75万元。",
    ],
)
def test_a_closing_comparison_of_no_prior_year_is_not_read(line):
    assert _read(line) == {"three_public_reception": "460000.00"}


# --- 4. the spellings of 三公


@pytest.mark.parametrize("name", ["“三公”经费", "“三公经费”", '"三公"经费', "三公经费", "‘三公’经费", "「三公」经费"])
def test_every_spelling_of_three_public_names_its_total(name):
    assert _read(
        f"2016年{name}预算12.30万元，比2015年实际支出14.30万元，减少2万元。其中：公务接待费4.30万元，因公出国（境）费8万元。"
    ) == {
        "three_public_total": "123000.00",
        "three_public_change_vs_prior_year": "-20000.00",
        "three_public_reception": "43000.00",
        "three_public_overseas": "80000.00",
    }
    assert _read(f"四、{name}预算情况", "合计12.30万元。") == {"three_public_total": "123000.00"}


# --- 5. numbers broken by a space


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("432. 10万元", "4321000.00"),
        ("1,046. 5万元", "10465000.00"),
        ("1，046. 52万元", "10465200.00"),
        ("38.06 万元", "380600.00"),
        ("432 . 10 万元", "4321000.00"),
        ("432．10万元", "4321000.00"),
        ("432.  10万元", "4321000.00"),
    ],
)
def test_a_number_broken_after_its_point_is_one_number(printed, value):
    assert _read(f"2016年收入预算{printed}。") == {"income_total": value}
    assert not _unparsed(f"2016年收入预算{printed}。")


@pytest.mark.parametrize("printed", ["432.1 0万元", "1 046.5 2万元", "10 46.52万元"])
def test_digits_broken_elsewhere_are_not_read(printed):
    assert _read(f"2016年收入预算{printed}。") == {}
    assert any("broken by a space" in m for m in _unparsed(f"2016年收入预算{printed}。"))


def test_two_numbers_are_never_joined():
    assert _read("收入预算于2016年 48万元。") == {}
    assert _read("2016年收入预算520万元，支出 48万元。") == {
        "income_total": "5200000.00",
        "expenditure_total": "480000.00",
    }


# --- 6. the 三公 total's parts one a line


def test_parts_listed_one_a_line_keep_the_totals_role_in_a_final_account():
    got = _read(
        "2015年度“三公经费”年初预算128.40万元，其中：",
        "因公出国（境）费30万元；",
        "公务用车购置及运行费72.40万元；",
        "公务接待费26万元。",
        year="2015",
        final=True,
        with_role=True,
    )
    assert got == {
        ("three_public_total", "budget"): "1284000.00",
        ("three_public_overseas", "budget"): "300000.00",
        ("three_public_vehicle_total", "budget"): "724000.00",
        ("three_public_reception", "budget"): "260000.00",
    }


def test_parts_listed_one_a_line_after_the_totals_sentence():
    got = _read(
        "2016年“三公经费”支出预算总额128.40万元，比2015年实际支出140万元，减少11.60万元。其中：",
        "因公出国（境）费30万元，比2015年实际支出33万元，减少3万元；",
        "公务用车购置与运行费72.40万元，比2015年实际支出80万元，减少7.60万元；",
        "公务接待费26万元，比2015年实际支出27万元，减少1万元。",
    )
    assert got == {
        "three_public_total": "1284000.00",
        "three_public_change_vs_prior_year": "-116000.00",
        "three_public_overseas": "300000.00",
        "three_public_overseas_change_vs_prior_year": "-30000.00",
        "three_public_vehicle_total": "724000.00",
        "three_public_vehicle_total_change_vs_prior_year": "-76000.00",
        "three_public_reception": "260000.00",
        "three_public_reception_change_vs_prior_year": "-10000.00",
    }


def test_only_a_three_public_part_continues_the_list():
    lines = [
        "2016年“三公”经费预算40万元，其中：",
        "公务接待费10万元；",
        "机关运行经费预算60万元。",
        "2016年收入预算500万元，其中：",
        "财政拨款400万元；",
        "其他收入100万元。",
    ]
    texts = [p.text for p in paragraphs(lines, len(lines))]
    assert texts == [
        "2016年“三公”经费预算40万元，其中：公务接待费10万元；",
        "机关运行经费预算60万元。",
        "2016年收入预算500万元，其中：财政拨款400万元；",
        "其他收入100万元。",
    ]
