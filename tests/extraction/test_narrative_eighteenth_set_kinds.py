"""Money kinds missed at first contact with the held-out sets heldout18 and heldout19 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures

# --- kind 1: the 收支 total named with its role word before the noun ('收支预算总数', '收支决算总计')


@pytest.mark.parametrize(
    "sentence, final_accounts, expected",
    [
        (
            "某县某局2026年收支预算总数420.5万元，比2025年收支预算总数增加12.3万元。",
            False,
            {"grand_total": "4205000.00", "grand_total_change_vs_prior_year": "123000.00"},
        ),
        (
            "某县某局2025年度收支决算总计880万元，与2024年相比，减少40万元，下降4.35%。",
            True,
            {"grand_total": "8800000.00", "grand_total_change_vs_prior_year": "-400000.00"},
        ),
        ("2025年度收支决算总计为880万元。", True, {"grand_total": "8800000.00"}),
        ("2026年收、支预算总数均为420.5万元。", False, {"grand_total": "4205000.00"}),
        (
            "2026年财政拨款收支预算总数300万元，比2025年增加10万元。",
            False,
            {"fiscal_grand_total": "3000000.00", "fiscal_grand_total_change_vs_prior_year": "100000.00"},
        ),
    ],
)
def test_the_grand_total_named_with_its_role_word_before_the_noun(sentence, final_accounts, expected):
    year = "2025" if final_accounts else "2026"
    assert _figures([sentence], final_accounts=final_accounts, year=year) == expected


@pytest.mark.parametrize(
    "sentence, final_accounts",
    [
        ("2026年一般公共预算收支预算总数300万元。", False),  # (one fund's 收支, never the document's total)
        ("2026年政府性基金收支预算总数5万元。", False),
        # a 决算's 总数 may be the year's own income and spending (本年收入合计), not the 总计
        ("2025年度收支决算总数880万元。", True),
    ],
)
def test_a_funds_or_an_accounts_ambiguous_total_is_never_the_grand_total(sentence, final_accounts):
    year = "2025" if final_accounts else "2026"
    assert "grand_total" not in _figures([sentence], final_accounts=final_accounts, year=year)


# --- kind 2: both sides changed, named 收支 after the comparison ('与上年相比，收支增加X')


@pytest.mark.parametrize(
    "paragraph",
    [
        "某县某局2025年度收入总计300万元，支出总计300万元。与2024年相比，收支增加20万元、增长7.14%。",
        "2025年度收入总计300万元，支出总计300万元。与2024年决算数相比，收支增加20万元，主要原因是项目增加。",
        "2025年度收入总计300万元，支出总计300万元。与上年相比,收入支出增加20万元。",
    ],
)
def test_a_joint_change_after_the_comparison_is_the_grand_totals(paragraph):
    read = _figures([paragraph], final_accounts=True, year="2025")
    assert read == {"grand_total": "3000000.00", "grand_total_change_vs_prior_year": "200000.00"}


def test_a_joint_change_after_the_years_own_totals_names_no_figure():
    # (本年收入合计 and 本年支出合计 are two figures: whose change it is is not certain)
    read = _figures(
        ["2025年度本年收入合计300万元，本年支出合计290万元。与2024年相比，收支增加20万元。"],
        final_accounts=True,
        year="2025",
    )
    assert read == {"income_total": "3000000.00", "expenditure_total": "2900000.00"}


# --- kind 3: a whole named the grand total, then the year's income and spending equal to it


@pytest.mark.parametrize(
    "sentence",
    [
        "某县某局2026年收支总预算650万元，其中：本年收入650万元，占收入预算100%；本年支出650万元。",
        "2026年收支总预算650万元(详见附表)，其中：本年收入650万元，本年支出650万元。",
        "2026年收支总预算650万元，其中本年收入650万元，本年支出650万元。",
    ],
)
def test_the_years_income_and_spending_equal_to_the_grand_total(sentence):
    assert _figures([sentence]) == {
        "grand_total": "6500000.00",
        "income_total": "6500000.00",
        "expenditure_total": "6500000.00",
    }


def test_the_years_spending_after_the_carryover_of_a_grand_total():
    read = _figures(["2026年收支总预算650万元，其中：本年收入600万元，上年结转50万元；本年支出650万元。"])
    assert read == {
        "grand_total": "6500000.00",
        "income_total": "6000000.00",
        "income_carryover": "500000.00",
        "expenditure_total": "6500000.00",
    }


@pytest.mark.parametrize(
    "sentence, whole",
    [
        # a fund's total: the year's income under it is that fund's, no metric of the document
        ("2026年财政拨款收支总预算650万元，其中：本年收入650万元。", {"fiscal_grand_total": "6500000.00"}),
        # a plain income total: restated by 本年收入, it stays the income total
        ("2026年总收入650万元，其中：本年收入650万元。", {"income_total": "6500000.00"}),
    ],
)
def test_the_years_income_under_another_whole_is_no_grand_totals_part(sentence, whole):
    assert _figures([sentence]) == whole


# --- kind 4: the year's income and the carry-over, then their sum named 收入总计 (the grand total)


@pytest.mark.parametrize(
    "sentence, final_accounts",
    [
        ("2026年本年预算收入300万元，上年结转结余50万元，预算收入总计350万元。", False),
        ("2026年部门本年收入300万元，上年结转50万元，收入总额350万元。", False),
        ("2025年度本年收入合计300万元，年初结转和结余50万元，收入总计350万元。", True),
        # no 本年, but the carry-over stated is exactly the difference: the 收支总表's rule
        ("2026年收入预算300万元，上年结转50万元，收入总计350万元。", False),
    ],
)
def test_the_sum_of_the_years_income_and_the_carryover_is_the_grand_total(sentence, final_accounts):
    read = _figures([sentence], final_accounts=final_accounts, year="2025" if final_accounts else "2026")
    assert read == {"income_total": "3000000.00", "income_carryover": "500000.00", "grand_total": "3500000.00"}


def test_the_grand_totals_change_after_that_sum():
    read = _figures(["2026年本年收入300万元，上年结转50万元，收入总计350万元，较2025年收入总数380万元减少30万元。"])
    assert read["grand_total"] == "3500000.00"
    assert read["grand_total_change_vs_prior_year"] == "-300000.00"
    assert "income_change_vs_prior_year" not in read


@pytest.mark.parametrize(
    "sentence",
    [
        # the sum differs: two income totals that disagree, neither kept
        "2026年本年收入300万元，上年结转50万元，收入总计360万元。",
    ],
)
def test_a_total_that_is_not_the_sum_stays_no_grand_total(sentence):
    read = _figures([sentence])
    assert "grand_total" not in read
    assert "income_total" not in read


# --- kind 5: a name run in before a colon as the title, then the year and a total's words


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["基本支出：2026年年初预算数为80万元，是指为保障机构正常运转的支出。"], {"basic_expenditure": "800000.00"}),
        (["项目支出:2026年年初预算数为25万元，"], {"project_expenditure": "250000.00"}),
        (["具体安排如下：", "基本支出：2026年年初预算数为80万元。"], {"basic_expenditure": "800000.00"}),
        (["（二）项目支出：2026年预算安排25万元，主要用于宣传。"], {"project_expenditure": "250000.00"}),
    ],
)
def test_a_title_before_a_colon_names_the_total_after_it(paragraphs, expected):
    assert _figures(paragraphs) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "宣传工作：2026年年初预算数为5万元。",  # (a title naming no metric)
        "2026年收入预算100万元，其中：基本支出：2026年年初预算数为80万元。",  # (a part of the income)
    ],
)
def test_a_title_that_names_no_metric_or_a_part_of_another_whole_is_not_read(sentence):
    assert "basic_expenditure" not in _figures([sentence])
    assert "expenditure_total" not in _figures([sentence])


# --- kind 6: a share in per cent run into the comparison after it, no stop between


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年本年支出合计500万元，其中：基本支出400万元，占80%与2024年相比减少5万元；项目支出100万元，占20%比上年增加3万元。",
        "2025年本年支出合计500万元，其中：基本支出400万元，占80.00%较上年减少5万元；项目支出100万元，占20.00%与上年相比增加3万元。",
    ],
)
def test_a_share_run_into_a_comparison_leaves_the_change_the_figures(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read["basic_expenditure_change_vs_prior_year"] == "-50000.00"
    assert read["project_expenditure_change_vs_prior_year"] == "30000.00"


def test_a_share_run_into_a_comparison_with_the_budget_is_not_read():
    read = _figures(
        ["2025年本年支出合计500万元，其中：基本支出400万元，占80%与年初预算相比减少5万元。"],
        final_accounts=True,
        year="2025",
    )
    assert "basic_expenditure_change_vs_prior_year" not in read
    assert read["basic_expenditure"] == "4000000.00"


# --- kind 7: a year printed without its 年 before 收入预算 / 支出预算


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ["2026收入预算300万元，其中：财政拨款收入300万元。", "2026支出预算300万元。"],
            {
                "income_total": "3000000.00",
                "income_fiscal_appropriation": "3000000.00",
                "expenditure_total": "3000000.00",
            },
        ),
        (["2026 支出预算120.5万元。"], {"expenditure_total": "1205000.00"}),
    ],
)
def test_a_year_without_its_nian_before_the_income_or_spending_budget(paragraphs, expected):
    assert _figures(paragraphs) == expected


@pytest.mark.parametrize("sentence", ["2025收入预算300万元。", "2025支出预算280万元。"])
def test_another_years_budget_printed_without_nian_is_not_read(sentence):
    assert _figures([sentence]) == {}


# --- kind 8: the unit's own name shortened, when given with another name in brackets or ending in 协会


@pytest.mark.parametrize(
    "paragraph, unit, expected",
    [
        (
            "某某新区群众工作部（接访局）2026年预算收入合计40万元，某某新区群工部2026年预算支出合计40万元。",
            "某某新区群众工作部（接访局）",
            {"income_total": "400000.00", "expenditure_total": "400000.00"},
        ),
        (
            "某某新区群工部2026年预算支出合计40万元。",
            "某某新区群众工作部(接访局)",
            {"expenditure_total": "400000.00"},
        ),
    ],
)
def test_the_own_name_given_with_a_bracketed_other_name_shortened(paragraph, unit, expected):
    assert _figures([paragraph], unit=unit) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "县科协2025年度收入总计300万元，与2024年相比增加20万元。",
            {"grand_total": "3000000.00", "grand_total_change_vs_prior_year": "200000.00"},
        ),
        (
            "县科协2025年度本年收入合计300万元，本年支出合计280万元。",
            {"income_total": "3000000.00", "expenditure_total": "2800000.00"},
        ),
    ],
)
def test_the_own_name_ending_in_xiehui_shortened_to_xie(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025", unit="某省某县科学技术协会") == expected


@pytest.mark.parametrize(
    "paragraph, unit",
    [
        # another unit's name (a sub-unit's, ending in another word) is no shortened own name
        ("某某新区接访中心2026年预算支出合计40万元。", "某某新区群众工作部（接访局）"),
        ("县科普馆2025年度收入总计300万元。", "某省某县科学技术协会"),
    ],
)
def test_another_units_name_before_the_year_is_not_the_own(paragraph, unit):
    final = "2025年度" in paragraph
    read = _figures([paragraph], final_accounts=final, year="2025" if final else "2026", unit=unit)
    assert read == {}
