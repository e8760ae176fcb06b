"""Money kinds missed or read WRONG at first contact with the held-out set heldout8 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures


# --- WRONG kind: '本年预算与上年持平' after a 三公 part's amount is that part's change (0), never the
# unit's whole spending's; so is a change in money whose subject is filler words alone ('本年预算')
@pytest.mark.parametrize(
    ("sentence", "part", "value"),
    [
        ("（一）因公出国（境）费支出预算0万元，本年预算与上年持平，持平原因是两年都没有出访安排。", "overseas", "0.00"),
        ("（三）公务接待费支出预算4.5万元，本年预算与上年持平，持平原因是接待任务相近。", "reception", "45000.00"),
        ("（二）公务用车购置及运行费支出预算6万元，今年预算与上年持平。", "vehicle_total", "60000.00"),
        ("其中：公务用车运行费6万元，本年预算与上年持平，持平原因是车辆数未变。", "vehicle_operation", "60000.00"),
        ("公务用车购置费0万元，预算数与上年持平，原因是两年均无购车计划。", "vehicle_purchase", "0.00"),
        ("（三）公务接待费支出预算2万元，本年预算与上年一致。", "reception", "20000.00"),
        ("（三）公务接待费支出预算2万元，预算数较上年无增减。", "reception", "20000.00"),
    ],
)
def test_a_flat_change_after_a_three_public_part_is_that_parts(sentence, part, value):
    read = _figures([sentence])
    assert read.get(f"three_public_{part}") == value, read
    assert read.get(f"three_public_{part}_change_vs_prior_year") == "0.00", read
    assert "expenditure_change_vs_prior_year" not in read, read


@pytest.mark.parametrize(
    ("sentence", "part", "change"),
    [
        ("因公出国（境）费支出预算3万元，本年预算比上年减少1万元。", "overseas", "-10000.00"),
        ("公务接待费支出预算2.6万元，预算数较上年增加0.4万元。", "reception", "4000.00"),
    ],
)
def test_a_money_change_worded_by_filler_after_a_part_is_that_parts(sentence, part, change):
    read = _figures([sentence])
    assert read.get(f"three_public_{part}_change_vs_prior_year") == change, read
    assert "expenditure_change_vs_prior_year" not in read, read


def test_a_flat_change_after_any_figure_the_sentence_opens_with_is_that_figures():
    read = _figures(["2026年基本支出预算300万元，本年预算与上年持平。"])
    assert read == {"basic_expenditure": "3000000.00", "basic_expenditure_change_vs_prior_year": "0.00"}


def test_after_a_list_of_parts_a_filler_change_is_never_the_last_parts():
    # (the figure right before it is a part listed after 其中, not the figure the sentence opened with)
    read = _figures(["2026年收入预算500万元，其中：财政拨款收入400万元，本年预算与上年持平。"])
    assert "income_fiscal_appropriation_change_vs_prior_year" not in read, read
    assert read.get("income_total") == "5000000.00", read


def test_the_whole_three_public_change_is_still_read():
    read = _figures(["2026年“三公”经费支出预算为9.5万元，本年预算与上年持平。"])
    assert read == {"three_public_total": "95000.00", "three_public_change_vs_prior_year": "0.00"}


# --- kind: a fund named alone in a sentence about the 机关运行经费 or the “三公” funds pays that
# money: never the unit's income from the fund
@pytest.mark.parametrize(
    "sentence",
    [
        "2026年本级的机关运行经费，当年一般公共预算拨款7.2万元，比2025年预算减少1.6万元。",
        "2026年部门机关运行经费，财政拨款7.2万元，较上年减少1.6万元。",
    ],
)
def test_the_running_cost_named_before_its_fund_is_read(sentence):
    read = _figures([sentence])
    assert read == {"operating_cost": "72000.00", "operating_cost_change_vs_prior_year": "-16000.00"}, read


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年机关运行经费9万元，其中一般公共预算拨款9万元。",
        "2026年“三公”经费，一般公共预算拨款6万元。",
        "2026年“三公”经费预算6万元，全部为一般公共预算拨款。",
        "“三公”经费预算6万元，其中：财政拨款6万元。",
    ],
)
def test_a_fund_named_in_a_running_cost_or_three_public_sentence_is_no_income(sentence):
    read = _figures([sentence])
    assert not any(metric.startswith("income_") for metric in read), read
    assert "expenditure_general_public_budget" not in read, read


def test_a_fund_income_elsewhere_is_still_read():
    read = _figures(["2026年一般公共预算拨款收入300万元，财政拨款收入300万元。"])
    assert read.get("income_general_public_budget") == "3000000.00", read


# --- kind: a numbered heading naming the basic or the project spending alone ('（一）基本支出：')
# names the figure its paragraph states by filler words alone ('2026年年初预算数为…')
@pytest.mark.parametrize(
    ("paragraphs", "metric"),
    [
        (["（一）基本支出：", "2026年年初预算数为88.5万元，是指保障机构运转的各项支出。"], "basic_expenditure"),
        (["（一）基本支出", "2026年预算安排88.5万元，用于工资福利和日常公用支出。"], "basic_expenditure"),
        (["（一）基本支出：2026年年初预算数为88.5万元，是指保障机构运转的各项支出。"], "basic_expenditure"),
        (["（二）项目支出：", "2026年年初预算数为88.5万元，用于完成专项业务。"], "project_expenditure"),
    ],
)
def test_a_heading_naming_a_spending_part_names_its_paragraphs_figure(paragraphs, metric):
    read = _figures(paragraphs)
    assert read == {metric: "885000.00"}, read


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["（一）基本支出和项目支出", "2026年年初预算数为50万元。"],
        ["（二）项目支出：", "2026年年初预算专项调查经费12万元，是指专项业务费。"],
    ],
)
def test_a_heading_naming_two_parts_or_a_named_project_reads_no_spending_part(paragraphs):
    read = _figures(paragraphs)
    assert "basic_expenditure" not in read and "project_expenditure" not in read, read


def test_the_heading_holds_for_the_paragraph_right_after_it_only():
    # (a project list may follow: the amounts of its items are the projects', never the total)
    read = _figures(
        [
            "（二）项目支出：",
            "2026年安排项目支出30万元，主要项目如下：",
            "测算标准：按20人测算，计6万元。",
        ]
    )
    assert read.get("project_expenditure") == "300000.00", read


# --- kind: the prior year's amount of the whole a part belongs to, named by its words
# ('2025年收入预算总计…'), then a change: that whole's change, never the part's
def test_the_change_after_the_prior_years_whole_is_the_wholes():
    read = _figures(["1.一般公共预算拨款收入260万元，2025年收入预算总计300万元，同比降低40万元，下降13.33%。"])
    assert read == {"income_general_public_budget": "2600000.00", "income_change_vs_prior_year": "-400000.00"}


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # the prior year's amount of the figure itself: its own change
        (
            "一般公共预算拨款收入260万元，2025年一般公共预算拨款300万元，同比降低40万元。",
            "income_general_public_budget",
        ),
        # words of a whole the figure is no part of: the figure's own (the sentence's subject)
        ("“三公”经费预算8万元，2025年支出预算10万元，同比减少2万元。", "three_public"),
    ],
)
def test_a_prior_years_amount_of_the_figure_itself_keeps_its_change(sentence, change):
    read = _figures([sentence])
    assert f"{change}_change_vs_prior_year" in read, read
    assert "income_change_vs_prior_year" not in read, read
    assert "expenditure_change_vs_prior_year" not in read, read


# --- kind: '上年结余收入' is the prior year's balance brought into this year's income (the carry-over)
@pytest.mark.parametrize(
    "paragraphs",
    [
        ["2026年收入预算500万元，其中：财政拨款收入480万元，上年结余收入20万元。"],
        [
            "2026年收入总预算500万元。其中：",
            "1、财政拨款480万元。",
            "2、上年结余收入20万元，同比增加20万元，增长100%。",
        ],
    ],
)
def test_the_prior_years_balance_in_the_income_is_the_carryover(paragraphs):
    read = _figures(paragraphs)
    assert read.get("income_carryover") == "200000.00", read
    assert not any(metric.startswith("income_carryover_") for metric in read), read


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年“三公”经费预算5万元，其中：上年结余2万元。",
        "2026年一般公共预算财政拨款上年结余2万元。",
        "2026年支出预算500万元，其中：上年结余支出2万元。",
    ],
)
def test_a_balance_of_a_fund_or_of_spending_is_no_carryover(sentence):
    read = _figures([sentence])
    assert "income_carryover" not in read, read
