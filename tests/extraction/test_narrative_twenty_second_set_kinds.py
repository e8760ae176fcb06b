"""Kinds of figure missed or read WRONG at first contact with the held-out sets heldout21 (budgets)
and heldout22 (决算) (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures

# --- a 决算's bare 收入 change in a sentence whose subject is the 收入总计 -------------------------


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        (
            "2025年度收入总计800.00万元，收入较上年决算数减少42.00万元，下降5.0%，主要原因是财政拨款收入减少。",
            "-420000.00",
        ),
        ("本单位2025年度收入总计800.00万元，收入比上年增加12.50万元，增长1.6%。", "125000.00"),
        ("2.收入情况。2025年度收入总计630.40万元,收入较2024年度决算数增加30.40万元。", "304000.00"),
    ],
)
def test_final_bare_income_change_after_the_grand_total_is_the_grand_totals(sentence: str, change: str) -> None:
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read["grand_total_change_vs_prior_year"] == change
    assert "income_change_vs_prior_year" not in read


@pytest.mark.parametrize(
    ("sentence", "total_metric"),
    [
        # the subject is the year's income (本年收入合计 / 本年收入): today's reading stays
        ("2025年度本年收入合计700.00万元，收入较上年决算数减少40.00万元。", "income_total"),
        ("2025年度收入总计800.00万元，其中本年收入700.00万元，收入较上年减少40.00万元。", "grand_total"),
        ("2025年度收入总计800.00万元，本年收入较上年减少40.00万元。", "grand_total"),
    ],
)
def test_final_income_change_of_the_years_income_stays_the_income_change(sentence: str, total_metric: str) -> None:
    read = _figures([sentence], final_accounts=True, year="2025")
    assert total_metric in read
    assert read["income_change_vs_prior_year"] == "-400000.00"
    assert "grand_total_change_vs_prior_year" not in read


def test_final_named_income_part_change_after_the_grand_total_stays_the_parts() -> None:
    read = _figures(["2025年度收入总计800.00万元，财政拨款收入较上年减少40.00万元。"], final_accounts=True, year="2025")
    assert read["income_fiscal_appropriation_change_vs_prior_year"] == "-400000.00"
    assert "grand_total_change_vs_prior_year" not in read


def test_budget_income_total_change_is_unchanged() -> None:
    # a budget's 收入总计 is read as its income total, as before: its bare 收入 change stays the income's
    read = _figures(["2026年收入总计800.00万元，收入较上年减少40.00万元。"])
    assert read["income_change_vs_prior_year"] == "-400000.00"
    assert "grand_total_change_vs_prior_year" not in read


# --- 相比 / 对比 opening a comparison before its base; 比较 / 相比 before a flat word ----------------


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("某局2026年度“三公”经费支出预算为50.00万元，相比2025年预算增加10.00万元。", "100000.00"),
        ("“三公”经费预算为50.00万元，相比上年预算减少10.00万元。", "-100000.00"),
        ("“三公”经费预算为50.00万元，对比上年减少10.00万元。", "-100000.00"),
    ],
)
def test_opening_xiangbi_compares_the_figure_before(sentence: str, change: str) -> None:
    read = _figures([sentence])
    assert read["three_public_total"] == "500000.00"
    assert read["three_public_change_vs_prior_year"] == change


@pytest.mark.parametrize(
    "sentence",
    [
        "“三公”经费预算为50.00万元，对比减少10.00万元。",  # no base named
        "“三公”经费预算为50.00万元，相比2024年预算增加10.00万元。",  # another year than the prior one
        "“三公”经费预算为50.00万元，相比上年预算增加（减少）10.00万元。",  # no direction said
    ],
)
def test_opening_comparison_not_read(sentence: str) -> None:
    read = _figures([sentence])
    assert read["three_public_total"] == "500000.00"
    assert "three_public_change_vs_prior_year" not in read


@pytest.mark.parametrize(
    ("sentence", "metric", "final"),
    [
        ("公务用车购置及运行费支出0万元，比较2025年预算无变化。", "three_public_vehicle_total", False),
        ("公务用车购置及运行费支出0万元，比较上年预算无变化。", "three_public_vehicle_total", False),
        ("公务接待费支出2万元，相比上年持平。", "three_public_reception", False),
        ("公务接待费支出2万元，比较上年决算数无变化。", "three_public_reception", True),
    ],
)
def test_two_character_comparison_before_a_flat_word(sentence: str, metric: str, final: bool) -> None:
    read = _figures([sentence], final_accounts=final, year="2025" if final else "2026")
    assert read[metric + "_change_vs_prior_year"] == "0.00"


@pytest.mark.parametrize(
    ("sentence", "final"),
    [
        ("公务接待费支出2万元，相比2024年持平。", False),  # another year than the prior one
        ("公务接待费支出2万元，相比上年基本持平。", False),  # only roughly
        ("公务接待费支出2万元，相比2025年度预算无变化。", True),  # a 决算 against its own year's budget
    ],
)
def test_two_character_comparison_before_a_flat_word_not_read(sentence: str, final: bool) -> None:
    read = _figures([sentence], final_accounts=final, year="2025" if final else "2026")
    assert read["three_public_reception"] == "20000.00"
    assert "three_public_reception_change_vs_prior_year" not in read


# --- the document's year and the prior year said together of a none ('2026年与2025年均无…') -------


@pytest.mark.parametrize(
    ("sentence", "metric", "final"),
    [
        ("2026年与2025年均无公务用车购置及运行维护费。", "three_public_vehicle_total", False),
        ("本单位2026年和2025年均无公务接待费。", "three_public_reception", False),
        ("2026年与2025年年初预算均无因公出国(境)经费。", "three_public_overseas", False),
        ("2025年与2024年均未发生公务接待费。", "three_public_reception", True),
    ],
)
def test_none_in_the_documents_year_and_the_prior_year(sentence: str, metric: str, final: bool) -> None:
    read = _figures([sentence], final_accounts=final, year="2025" if final else "2026")
    assert read == {metric: "0.00"}


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年与2024年均无公务接待费。",  # the prior year is not one of them
        "2025年与2024年均无公务接待费。",  # neither is the document's year
        "上年与2026年均无公务接待费。",  # a year by a relative word: not read so
        "2026年与2025年均无因公出国(境)计划。",  # a plan, no money named
    ],
)
def test_none_of_two_years_not_read(sentence: str) -> None:
    assert _figures([sentence]) == {}
