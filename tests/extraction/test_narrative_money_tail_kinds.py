"""Money wordings at the tail of the narrative's reading: 万 printed without 元, a 决算's project
spending by its budget roles, a change whose subject only a title on the year's changes names, and a
joint 收支 change beside the income's of the same amount.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from extract.narrative.text import amounts
from tests.narrative_figures import accepted_figures, budget_figures, budget_unparsed

_UNIT = "某县某局"


def _parse(*paragraphs: str, final: bool):
    kind = ("2025年度部门决算", "一、部门决算情况说明") if final else ("2025年部门预算", "一、部门预算情况说明")
    lines = [_UNIT, *kind, "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year="2025", unit_name=_UNIT, final_accounts=final)


def _final(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2025 决算's narrative keeps from ``paragraphs``."""
    return accepted_figures(_parse(*paragraphs, final=True))


def _final_roles(*paragraphs: str) -> dict[tuple[str, str], str]:
    """(metric, value_role) -> value of the figures a 2025 决算's narrative keeps."""
    return accepted_figures(_parse(*paragraphs, final=True), with_role=True)


def _final_unparsed(*paragraphs: str) -> list[str]:
    result = _parse(*paragraphs, final=True)
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


def _reported(messages: list[str], amount: str) -> bool:
    return any(f"figure: {amount} in" in message for message in messages)


# --- kind 1: 万 printed without 元 after a money label, before a stop, the end or a comparison word:
# 万元; never a count's 万 ('万人次', '万平方米', '万册'), never a figure for a label naming no money
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("收、支总计均为246.81万。", {"grand_total": "2468100.00"}),
        ("收入总计、支出总计均为246.81万。", {"grand_total": "2468100.00"}),
        (
            "2025年收、支总计均为246.81万，较上年减少13.7万，下降5.3%。",
            {"grand_total": "2468100.00", "grand_total_change_vs_prior_year": "-137000.00"},
        ),
        (
            "收、支总计各为246.81万，较上年各减少13.7万。",
            {"grand_total": "2468100.00", "grand_total_change_vs_prior_year": "-137000.00"},
        ),
        (
            "本年支出合计96.4万比上年减少4.1万。",
            {"expenditure_total": "964000.00", "expenditure_change_vs_prior_year": "-41000.00"},
        ),
        (
            "本年收入合计96.4万较上年增加2.5万，增长2.7%。",
            {"income_total": "964000.00", "income_change_vs_prior_year": "25000.00"},
        ),
        (
            "收支总预算246.81万，比上年增加8.2万。",
            {"grand_total": "2468100.00", "grand_total_change_vs_prior_year": "82000.00"},
        ),
    ],
)
def test_wan_without_yuan_after_a_money_label_is_wan_yuan(sentence, expected):
    assert budget_figures(sentence) == expected
    assert budget_unparsed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("收、支总计均为246.81万。", {"grand_total": "2468100.00"}),
        (
            "2025年度收、支总计均为246.81万，较上年减少13.7万。",
            {"grand_total": "2468100.00", "grand_total_change_vs_prior_year": "-137000.00"},
        ),
        (
            "本年支出合计96.4万较上年减少4.1万。",
            {"expenditure_total": "964000.00", "expenditure_change_vs_prior_year": "-41000.00"},
        ),
    ],
)
def test_wan_without_yuan_in_a_final_account(sentence, expected):
    assert _final(sentence) == expected


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("较上年减少13.7万，", "13.7万"),
        ("合计96.4万比上年", "96.4万"),
        ("合计96.4万较上年", "96.4万"),
        ("合计96.4万同比", "96.4万"),
        ("总计246.81万", "246.81万"),  # (the end of the text)
    ],
)
def test_wan_before_a_stop_the_end_or_a_comparison_is_an_amount(text, printed):
    found = [a for a in amounts(text) if a.is_money]
    assert [(a.text, a.unit) for a in found] == [(printed, "万元")]


@pytest.mark.parametrize(
    "text",
    [
        "接待群众1.8万人次，",
        "建筑面积3.6万平方米。",
        "馆藏图书15万册。",
        "服务人口2万人，",
        "受益群众12万比例达到80%",
        "游客12万较多",
    ],
)
def test_a_counts_wan_is_no_money(text):
    assert not any(a.is_money for a in amounts(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "接待群众1.8万人次，较上年增加0.2万人次。",
        "建筑面积3.6万平方米，馆藏图书15万册。",
        "全年服务群众2万，较上年增加0.4万。",  # a count printed in bare 万: no money label
        "覆盖人口3万，比上年增加0.5万。",
    ],
)
def test_a_count_in_wan_gives_no_money_figure(sentence):
    assert budget_figures(sentence) == {}
    assert _final(sentence) == {}


def test_a_change_in_visits_after_a_total_in_bare_wan_is_no_change_of_it():
    sentence = "支出总计246.81万，较上年增加1.2万人次。"
    assert budget_figures(sentence) == {"expenditure_total": "2468100.00"}


def test_a_bare_wan_of_a_count_between_a_total_and_a_change_breaks_the_chain():
    # the change after a count's bare 万 is not the total's before it
    sentence = "收入总计246.81万，服务群众3万，较上年增加1万。"
    assert budget_figures(sentence) == {"income_total": "2468100.00"}
    assert _reported(budget_unparsed(sentence), "1万")


# --- kind 2: a 决算's project spending by its budget roles: the projects counted at the opening
# budget, their budget after the adjustment named by 项目 alone, then the actual
_PROJECT_ROLES = {
    ("project_expenditure", "budget"): "3180000.00",
    ("project_expenditure", "adjusted_budget"): "2960000.00",
    ("project_expenditure", "actual"): "2875000.00",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "年初批复预算4个项目318万元，调整预算后项目预算296万元，实际支出287.5万元。",
        "年初批复5个项目预算318万元，调整后项目预算296万元，实际支出287.5万元。",
        "年初预算安排4个项目318万元，调整后的项目预算数为296万元，决算数为287.5万元。",
        "本年度年初批复预算六个项目318万元，项目调整预算296万元，实际支出287.5万元。",
        "年初下达的预算共9个项目318万元，调整预算后项目预算296万元，实际支出287.5万元。",
    ],
)
def test_the_projects_budget_roles_in_a_final_account(sentence):
    assert _final_roles(sentence) == _PROJECT_ROLES
    assert _final_unparsed(sentence) == []


def test_the_projects_count_is_no_money():
    read = _final_roles("年初批复预算4个项目318万元。")
    assert read == {("project_expenditure", "budget"): "3180000.00"}
    assert not any(a.is_money for a in amounts("年初批复预算4个项目"))


def test_the_projects_budget_in_a_budget_document_is_not_read():
    # a budget has no value roles: '年初批复…' says what a 决算 compares, not the year's budget
    sentence = "年初批复预算4个项目318万元。"
    assert "project_expenditure" not in budget_figures(sentence)
    assert _reported(budget_unparsed(sentence), "318万元")


@pytest.mark.parametrize(
    ("sentence", "expected", "reported"),
    [
        # 项目 alone with no project spending before it: one project's or all? not read
        ("调整后项目预算296万元，实际支出287.5万元。", {}, "296万元"),
        # a named project's own budget
        ("某某专项年初批复预算318万元，调整预算后项目预算296万元。", {}, "318万元"),
        # after another figure, 项目 alone does not name its subject
        (
            "基本支出年初预算150万元，调整预算后项目预算296万元。",
            {("basic_expenditure", "budget"): "1500000.00"},
            "296万元",
        ),
        # the projects a performance evaluation covers are not all of the year's
        ("组织对4个项目开展绩效自评，年初批复预算4个项目318万元。", {}, "318万元"),
    ],
)
def test_project_words_that_do_not_name_the_project_spending_are_not_read(sentence, expected, reported):
    assert _final_roles(sentence) == expected
    assert _reported(_final_unparsed(sentence), reported)


# --- kind 3: a change of nothing named whose subject only a title on the year's changes names, run
# into the sentence before a colon or a heading of its own right before: 收支 -> the grand total,
# 收入 -> the income, 支出 -> the spending
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["收支增减变化情况：较上年减少37万元。"], {"grand_total_change_vs_prior_year": "-370000.00"}),
        (["2、收支预算增减变化情况说明：比上年增加37万元。"], {"grand_total_change_vs_prior_year": "370000.00"}),
        (
            ["（三）收支增减变化情况", "较上年减少37万元，主要原因是项目减少。"],
            {"grand_total_change_vs_prior_year": "-370000.00"},
        ),
        (["三、收入支出增减变化情况", "与上年相比，减少37万元。"], {"grand_total_change_vs_prior_year": "-370000.00"}),
        (["收入支出增减变化情况", "较上年减少37万元。"], {"grand_total_change_vs_prior_year": "-370000.00"}),
        (["收入增减变化情况：较上年减少37万元。"], {"income_change_vs_prior_year": "-370000.00"}),
        (["（二）收入增减变化情况", "较上年减少37万元。"], {"income_change_vs_prior_year": "-370000.00"}),
        (["支出增减变化情况：比上年增加37万元。"], {"expenditure_change_vs_prior_year": "370000.00"}),
        (["（二）支出增减变化情况", "较上年减少37万，下降5%。"], {"expenditure_change_vs_prior_year": "-370000.00"}),
        # (the subject named in the sentence itself, as before)
        (
            ["（三）收支增减变化情况", "2025年收支总预算较上年减少37万元。"],
            {"grand_total_change_vs_prior_year": "-370000.00"},
        ),
    ],
)
def test_a_change_titled_by_its_subject_is_that_subjects(paragraphs, expected):
    assert budget_figures(*paragraphs) == expected
    assert budget_unparsed(*paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["收支增减变化情况：较上年减少37万元。"], {"grand_total_change_vs_prior_year": "-370000.00"}),
        (["（二）收入增减变化情况", "较上年减少37万元。"], {"income_change_vs_prior_year": "-370000.00"}),
    ],
)
def test_a_change_titled_by_its_subject_in_a_final_account(paragraphs, expected):
    assert _final(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "amount"),
    [
        # a title naming no subject
        (["（三）增减变化情况", "较上年增加37万元。"], "37万元"),
        # a title naming another subject than the three
        (["财政拨款收支增减变化情况：较上年减少37万元。"], "37万元"),
        (["“三公”经费增减变化情况：较上年减少3.7万元。"], "3.7万元"),
        # the change does not open the paragraph under the heading
        (["（三）收支增减变化情况", "现将有关情况说明如下。较上年减少37万元。"], "37万元"),
    ],
)
def test_a_change_whose_title_names_no_subject_of_the_three_is_not_read(paragraphs, amount):
    assert budget_figures(*paragraphs) == {}
    assert _reported(budget_unparsed(*paragraphs), amount)


def test_a_title_naming_one_side_after_a_figure_of_another_is_not_read():
    # the title names the income, the figure before it is the grand total: whose change is not certain
    paragraphs = ("2025年收支总预算520万元。", "收入增减变化情况：较上年减少37万元。")
    assert budget_figures(*paragraphs) == {"grand_total": "5200000.00"}
    assert _reported(budget_unparsed(*paragraphs), "37万元")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a subject named in the sentence is its own
        (
            ["（三）收支增减变化情况", "基本支出较上年减少10万元。"],
            {"basic_expenditure_change_vs_prior_year": "-100000.00"},
        ),
        # a figure of the paragraph before the change is its subject
        (
            ["（三）收支增减变化情况", "2025年收入预算500万元。较上年减少37万元。"],
            {"income_total": "5000000.00", "income_change_vs_prior_year": "-370000.00"},
        ),
        # a title naming the same side as the figure before it
        (
            ["2025年收入预算500万元。", "收入增减变化情况：较上年减少37万元。"],
            {"income_total": "5000000.00", "income_change_vs_prior_year": "-370000.00"},
        ),
    ],
)
def test_a_titled_change_with_a_subject_of_its_own_keeps_it(paragraphs, expected):
    assert budget_figures(*paragraphs) == expected


# --- kind 4: the income's change and the joint 收支 change of the same amount in one paragraph: both
# read, each once
def _changes(*paragraphs: str, final: bool = False) -> list[tuple[str, str]]:
    """(metric, value) of every change row, kept or rejected, in order."""
    rows = _parse(*paragraphs, final=final).rows.get("raw_narrative_figures", [])
    return sorted((r["metric"], r["value"]) for r in rows if r["metric"].endswith("_change_vs_prior_year"))


_BOTH = [("grand_total_change_vs_prior_year", "-240000.00"), ("income_change_vs_prior_year", "-240000.00")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["2025年收支总预算520万元，本年收入较上年减少24万元，收支较上年减少24万元。"],
        ["2025年收支总预算520万元，收支较上年减少24万元，本年收入较上年减少24万元。"],
        ["收入总计520万元，支出总计520万元。本年收入较上年减少24万元，收支较上年减少24万元。"],
        ["2025年收支总预算520万元。本年收入较上年减少24万元；收支总计较上年减少24万元。"],
        ["本年收入较上年减少24万元，收支总计较上年减少24万元。"],
        ["收支总计较上年减少24万元，本年收入较上年减少24万元。"],
        ["2025年收支总预算520万元，较上年减少24万元，其中本年收入较上年减少24万元。"],
        ["本年收入较上年减少24万，收、支总计较上年减少24万。"],
    ],
)
def test_the_income_and_the_joint_change_of_one_amount_are_both_read_once(paragraphs):
    assert _changes(*paragraphs) == _BOTH
    assert _changes(*paragraphs, final=True) == _BOTH
    assert budget_unparsed(*paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "amount"),
    [
        # nothing before it names the grand total: 收支 alone may be the year's 本年 figures
        (["本年收入较上年减少24万元，收支较上年减少24万元。"], "24万元"),
        # a fund's joint total before it: the joint change is not the document's
        (["一般公共预算收支总预算300万元，收支较上年减少24万元。"], "24万元"),
    ],
)
def test_a_joint_change_that_names_no_grand_total_is_not_read(paragraphs, amount):
    assert "grand_total_change_vs_prior_year" not in budget_figures(*paragraphs)
    assert _reported(budget_unparsed(*paragraphs), amount)


def test_a_funds_joint_total_change_is_not_the_grand_totals():
    sentence = "财政拨款收支总计较上年减少24万元。"
    assert "grand_total_change_vs_prior_year" not in budget_figures(sentence)
