"""Kinds missed or read WRONG at first contact with the held-out sets heldout11, heldout12 and
heldout13 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from extract.narrative.text import paragraphs
from tests.extraction.test_narrative_seventh_set_kinds import _figures


def _problems(paragraphs_: list[str], final_accounts: bool, year: str, unit: str = "某县某局") -> list[str]:
    """The problem messages of ``paragraphs_`` read as in ``_figures``."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs_]
    result = parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final_accounts)
    return [p.message for p in result.problems]


# --- WRONG kind 1: a final account's 收/支总计 are the grand totals of the 收支总表, never the year's
# income and expenditure (本年收入 / 本年支出); two different amounts: the 收 side is the grand total
# (and its change), the 支 side has no metric of its own and is not read
@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年度收、支总计各是500.50，520.20万元。与2024年相比，收、支总计各减少12.30，40.10万元。",
        "2025年度收、支总计各是500.50,520.20万元。与2024年相比,收、支总计各减少12.30,40.10万元,各下降2.4%、7.2%。",
        "2025年度收入总计、支出总计分别为500.50、520.20万元。与2024年相比，收、支总计各减少12.30，40.10万元。",
        "2025年度收入总计、支出总计分别为500.50万元、520.20万元。与2024年相比，收、支总计各减少12.30，40.10万元。",
        "2025年度收入总计500.50万元，支出总计520.20万元。与2024年相比，收、支总计各减少12.30，40.10万元。",
    ],
)
def test_two_different_grand_totals_read_the_income_side(paragraph):
    read = _figures([paragraph], final_accounts=True, year="2025")
    assert read == {"grand_total": "5005000.00", "grand_total_change_vs_prior_year": "-123000.00"}, read
    assert sum("支出总计" in message for message in _problems([paragraph], True, "2025")) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年度收支总计均为500.50万元。",
        "2025年度收、支总计各500.50万元。",
        "2025年度收入总计、支出总计均为500.50万元。",
        "2025年度收入总计、支出总计分别为500.50万元、500.50万元。",
        "2025年度收入总计500.50万元，支出总计500.50万元。",
    ],
)
def test_one_grand_total_for_both_sides(paragraph):
    read = _figures([paragraph], final_accounts=True, year="2025")
    assert read == {"grand_total": "5005000.00"}, read


def test_the_years_income_and_expenditure_paired_are_still_read():
    read = _figures(["2025年度收入合计、支出合计分别为480.00、495.00万元。"], final_accounts=True, year="2025")
    assert read == {"income_total": "4800000.00", "expenditure_total": "4950000.00"}, read


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年度收、支总计各是500.50，520.20万元。与2024年相比，收、支总计各减少12.30，40.10万元。",
        "2025年度收入总计、支出总计分别为500.50、520.20万元。",
    ],
)
def test_the_grand_totals_are_never_the_years_income_or_expenditure(paragraph):
    read = _figures([paragraph], final_accounts=True, year="2025")
    assert not {"income_total", "expenditure_total"} & set(read), read
    assert "income_change_vs_prior_year" not in read and "expenditure_change_vs_prior_year" not in read, read
    assert "5202000.00" not in read.values() and "-401000.00" not in read.values(), read


# --- WRONG kind 2: in a final account, the budget of the whole year (全年预算 / 全年预算数 / 调整后预算)
# is the adjusted budget; a plain 预算 (完成预算 / 年初预算) stays the budget
@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度“三公”经费支出决算为50.50万元，完成全年预算60.60万元的83.3%。",
        "2025年度“三公”经费支出决算为50.50万元，为全年预算数60.60万元的83.3%。",
        "2025年度“三公”经费支出决算为50.50万元，完成调整后预算60.60万元的83.3%。",
        "2025年度“三公”经费支出决算为50.50万元，完成全年预算60.60万元的83.3%，比上年决算数增加5.20万元。",
    ],
)
def test_the_full_year_budget_is_the_adjusted_budget(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read.get("three_public_total") == "505000.00", read
    assert read.get("three_public_total@adjusted_budget") == "606000.00", read
    assert "three_public_total@budget" not in read, read


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度“三公”经费支出决算为50.50万元，完成预算60.60万元的83.3%。",
        "2025年度“三公”经费年初预算为60.60万元，支出决算为50.50万元。",
    ],
)
def test_a_plain_budget_stays_the_budget(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read == {"three_public_total": "505000.00", "three_public_total@budget": "606000.00"}, read


def test_the_parts_keep_their_own_budget_words():
    read = _figures(
        [
            "2025年度“三公”经费支出决算为50.50万元，完成全年预算60.60万元的83.3%。"
            "其中：公务接待费支出决算为20.00万元，完成预算25.00万元的80%。"
        ],
        final_accounts=True,
        year="2025",
    )
    assert read.get("three_public_total@adjusted_budget") == "606000.00", read
    assert read.get("three_public_reception@budget") == "250000.00", read
    assert read.get("three_public_reception") == "200000.00", read


# --- missed kind 3: in a budget, '2026年预算与2025年预算持平' after a part's amount (the prior year's
# level printed between) is that part's change 0; the prior year's amount is no figure of the year
@pytest.mark.parametrize(
    "paragraphs_",
    [
        [
            "一、因公出国（境）经费",
            "2026年预算安排因公出国（境）费8万元，主要用于开展业务交流。2025年预算数8万元，2026年预算与2025年预算持平。",
        ],
        [
            "一、因公出国（境）经费",
            "2026年预算安排因公出国（境）费8万元，主要用于开展业务交流。上年预算数8万元，与上年预算持平。",
        ],
        ["一、因公出国（境）经费", "2026年预算安排因公出国（境）费8万元，主要用于开展业务交流。与上年预算数一致。"],
        ["一、因公出国（境）经费", "2026年因公出国（境）费预算8万元。2026年预算与2025年预算持平。"],
    ],
)
def test_a_flat_budget_after_the_prior_years_level_is_the_parts_change(paragraphs_):
    read = _figures(paragraphs_, year="2026")
    assert read == {"three_public_overseas": "80000.00", "three_public_overseas_change_vs_prior_year": "0.00"}, read


@pytest.mark.parametrize(
    "paragraphs_",
    [
        # the prior year's level is not the year's figure: 持平 cannot hold
        ["二、公务接待费", "2026年公务接待费预算8万元。2025年预算数6万元，2026年预算与2025年预算持平。"],
        # another year than the prior one
        ["二、公务接待费", "2026年公务接待费预算8万元。2024年预算数8万元，2026年预算与2024年预算持平。"],
        ["二、公务接待费", "2026年公务接待费预算8万元。与2023年预算持平。"],
    ],
)
def test_a_flat_budget_that_cannot_be_the_parts_is_not_read(paragraphs_):
    read = _figures(paragraphs_, year="2026")
    assert read == {"three_public_reception": "80000.00"}, read


def test_a_prior_level_equal_to_a_part_is_no_change_of_the_whole():
    read = _figures(
        ["2026年收入预算500万元，其中：财政拨款400万元。2025年预算数400万元，2026年预算与2025年预算持平。"],
        year="2026",
    )
    assert "income_change_vs_prior_year" not in read, read
    assert read.get("income_total") == "5000000.00", read


# --- missed kind 4: the change after an inclusion (含…: another unit's money inside the total, named by
# nothing read) is the total's; the included amounts are no figures
@pytest.mark.parametrize(
    "paragraph",
    [
        "本部门2026年收支总预算4,000.00万元，含某所经费250万元，某园经费500万元；比2025年预算增加700.00万元，增长21.2%。",
        "本部门2026年收支总预算4,000.00万元，其中含某所经费250万元；比上年增加700.00万元。",
        "2026年部门收支总预算4000万元（含某中心经费250万元、某所经费100万元），比上年增加700万元。",
    ],
)
def test_a_change_after_an_inclusion_is_the_totals(paragraph):
    read = _figures([paragraph], year="2026")
    assert read == {"grand_total": "40000000.00", "grand_total_change_vs_prior_year": "7000000.00"}, read


def test_a_change_right_after_an_included_amount_is_not_read():
    # ('…，含某中心经费250万元，比上年增加700万元': the change may be the included money's)
    read = _figures(["本部门2026年收支总预算4000万元，含某中心经费250万元，比上年增加700万元。"], year="2026")
    assert read == {"grand_total": "40000000.00"}, read


def test_an_inclusion_naming_no_figure_is_reported():
    messages = _problems(["本部门2026年收支总预算4000万元，含某所经费250万元；比上年增加700万元。"], False, "2026")
    assert any("includes" in message and "250万元" in message for message in messages), messages


# --- missed kind 5: an unnumbered heading line ('部门预算收支增减变化情况') is no part of the sentence on
# the next line; a sentence a PDF wraps mid-phrase still runs on
@pytest.mark.parametrize(
    "lines",
    [
        [
            "部门预算构成",
            "",
            "本单位无下属单位，部门预算为本单位预算。",
            "",
            "部门预算收支增减变化情况",
            "",
            "2026年本部门收入预算4,000.00万元，比上年增加600.00万元，增长17.6%，主要原因是：职能调整；",
        ],
        ["部门预算收支增减变化情况", "2026年本部门收入预算4,000.00万元，比上年增加600.00万元，增长17.6%。"],
        ["收入预算总体概况", "2026年本部门收入预算4,000.00万元，比上年增加600.00万元。"],
    ],
)
def test_an_unnumbered_heading_line_is_not_joined_to_the_next(lines):
    read = _figures(lines, year="2026")
    assert read == {"income_total": "40000000.00", "income_change_vs_prior_year": "6000000.00"}, read


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["部门预算收支增减变化情况", "2026年本部门收入预算400万元。"], 2),
        # words that continue the title
        (["现将本部门2026年预算情况", "说明如下：收入预算400万元。"], 1),
        (["现将本部门2026年预算情况", "的说明报告如下：收入预算400万元。"], 1),
        # a first line as long as a page is wide, ending in 情况 mid-phrase
        (["为进一步做好本部门2026年部门预算公开工作的相关情况", "我们已按规定公开收入预算400万元。"], 1),
        # a line holding an amount is no heading
        (["2026年本部门收入预算400万元的情况", "我们已按规定公开。"], 1),
    ],
)
def test_what_is_a_heading_line_and_what_runs_on(lines, joined):
    assert len(paragraphs(lines, len(lines))) == joined


def test_a_sentence_wrapped_after_a_heading_still_joins():
    read = _figures(
        ["部门预算收支增减变化情况", "2026年本部门收入预算4,000.00万元，比上年增加", "600.00万元，增长17.6%。"],
        year="2026",
    )
    assert read == {"income_total": "40000000.00", "income_change_vs_prior_year": "6000000.00"}, read


# --- missed kind 6: the unit's own name abbreviated as a sentence's subject ('县文体旅局' for
# 某某县文化体育和旅游局): its characters in order in the own name, ending in its organisation word
_OWN = "某某县文化体育和旅游局"


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年，县文体旅局政府采购支出总额70.50万元，其中：政府采购货物支出0万元、政府采购工程支出10万元、"
        "政府采购服务支出60.50万元。",
        "2022年县文旅局政府采购支出总额70.50万元，其中：政府采购货物支出0万元、政府采购工程支出10万元、"
        "政府采购服务支出60.50万元。",
        "2022年度，县文体旅局政府采购支出总额70.50万元，其中：政府采购货物支出0万元、政府采购工程支出10万元、"
        "政府采购服务支出60.50万元。",
    ],
)
def test_the_own_name_abbreviated_is_the_own_unit(sentence):
    read = _figures([sentence], final_accounts=True, year="2022", unit=_OWN)
    assert read == {
        "procurement_total": "705000.00",
        "procurement_goods": "0.00",
        "procurement_works": "100000.00",
        "procurement_services": "605000.00",
    }, read


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年，县文化馆政府采购支出总额70.50万元。",  # another organisation word: a sub-unit
        "2022年，县财政局政府采购支出总额70.50万元。",  # characters not in the own name
        "2022年，市文体旅局政府采购支出总额70.50万元。",
    ],
)
def test_another_organisations_name_is_still_not_the_own_unit(sentence):
    read = _figures([sentence], final_accounts=True, year="2022", unit=_OWN)
    assert read == {}, read


@pytest.mark.parametrize(
    ("sentence", "read_it"),
    [
        ("2022年，区发改委政府采购支出总额70.50万元。", True),  # 委员会 shortened to 委
        ("2022年，区经信委政府采购支出总额70.50万元。", False),
    ],
)
def test_a_committees_short_name(sentence, read_it):
    read = _figures([sentence], final_accounts=True, year="2022", unit="某区发展和改革委员会")
    assert read == ({"procurement_total": "705000.00"} if read_it else {}), read
