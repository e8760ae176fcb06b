"""Narrative wordings of the eleventh round: an income or spending part said none after its label,
a vehicles' heading naming the short names of their parts, and a 决算's actual compared with its
budget.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.

* kind 1 "a part said none after its label": '2.上级补助收入本年无。', '3.事业收入无。', '4.其他收入：无',
  '经营收入本年度无' (and '无事业收入', '经营支出无') are that part's 0; '无其他收入' (no income
  besides those named), '其他收入无法…', '事业收入无变化', 无 inside a word (无偿, 无形资产, 无线), another
  year's or a sub-unit's none are not; in a 决算 the 0 is an actual, or the budget's when listed
  under a budget;
* kind 2 "a vehicles' heading": under '一、公务用车购置及运行维护费' (or '（三）公务用车购置及运行费'),
  '安排运行维护费X万元，较上年预算持平' is three_public_vehicle_operation X and its change 0, '购置费0'
  the purchase's 0; under '二、公务接待费' an amount named by nothing is the reception's; the same bare
  words under another heading name nothing;
* kind 5 "a 决算's actual compared with its budget": '本年收入合计X，…，和本年预算Y比，增加Z' / '与年初
  预算Y相比' / '比本年预算Y增加Z': Y is the budget of the figure the printed difference fits (the
  合计, never a part listed between), Z no figure (a difference from the budget is no change from
  the prior year); a difference that fits no figure keeps no budget figure.
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import accepted_figures, parse_document, unparsed_messages

_UNIT = "某县某局"


def _budget(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2025 budget's narrative keeps from ``paragraphs``."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2025"))


def _final(*paragraphs: str) -> dict:
    """(metric, value_role) -> value of the figures a 2024 决算's narrative keeps from ``paragraphs``."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2024", final=True), with_role=True)


def _final_unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year="2024", final=True))


# --- kind 1: a part said none after its label -----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("2.上级补助收入本年无。", {"income_superior_subsidy": "0.00"}),
        ("3.事业收入无。", {"income_business": "0.00"}),
        ("4.其他收入：无", {"income_other": "0.00"}),
        ("经营收入本年度无。", {"income_operating": "0.00"}),
        ("（五）附属单位上缴收入：无。", {"income_subsidiary_remittance": "0.00"}),
        ("本单位无事业收入。", {"income_business": "0.00"}),
        ("本单位无事业收入和经营收入。", {"income_business": "0.00", "income_operating": "0.00"}),
        ("3.经营支出无。", {"expenditure_operating": "0.00"}),
        ("上缴上级支出本年无。", {"expenditure_remitted_to_superior": "0.00"}),
        ("对附属单位补助支出：无。", {"expenditure_subsidiary_subsidy": "0.00"}),
    ],
)
def test_a_part_said_none_is_its_zero(paragraph, expected):
    assert _budget(paragraph) == expected


def test_an_income_list_of_numbered_items_reads_each_none():
    got = _budget(
        "（一）收入预算",
        "1.财政拨款收入436.20万元。",
        "2.上级补助收入本年无。",
        "3.事业收入无。",
        "4.其他收入：无。",
    )
    assert got == {
        "income_fiscal_appropriation": "4362000.00",
        "income_superior_subsidy": "0.00",
        "income_business": "0.00",
        "income_other": "0.00",
    }


def test_parts_said_none_inside_a_list_after_its_total():
    got = _budget("收入预算436.20万元，其中：财政拨款收入436.20万元，事业收入无，其他收入无。")
    assert got == {
        "income_total": "4362000.00",
        "income_fiscal_appropriation": "4362000.00",
        "income_business": "0.00",
        "income_other": "0.00",
    }


def test_a_final_accounts_none_is_an_actual_or_the_budget_listed_under():
    assert _final("本年收入合计318.40万元，其中：财政拨款收入318.40万元，事业收入无，经营收入无。") == {
        ("income_total", "actual"): "3184000.00",
        ("income_fiscal_appropriation", "actual"): "3184000.00",
        ("income_business", "actual"): "0.00",
        ("income_operating", "actual"): "0.00",
    }
    assert _final("收入预算318.40万元，其中：财政拨款收入318.40万元，事业收入无。") == {
        ("income_total", "budget"): "3184000.00",
        ("income_fiscal_appropriation", "budget"): "3184000.00",
        ("income_business", "budget"): "0.00",
    }
    assert _final("3.事业收入无。") == {("income_business", "actual"): "0.00"}


@pytest.mark.parametrize(
    "paragraph",
    [
        # 其他 right after a none word: nothing besides what was named, never the category
        "除财政拨款收入外，无其他收入。",
        "本单位收入全部为财政拨款，没有其他收入。",
        # 无 negating something else, or inside a word
        "其他收入无法准确预计。",
        "事业收入无法单独核算。",
        "本单位无偿使用上级单位办公用房。",
        "本单位无形资产无。",
        "本单位无线网络改造已完成。",
        # no change said without a base names no zero of the level
        "事业收入无变化。",
        # another year's or a sub-unit's none
        "上年事业收入无。",
        "2023年经营收入无。",
        "所属单位事业收入无。",
    ],
)
def test_none_words_that_state_no_part_zero(paragraph):
    assert _budget(paragraph) == {}


def test_none_after_a_label_of_no_metric_is_no_figure():
    assert _budget("4.租金收入：无。") == {}


# --- kind 2: a vehicles' heading names the short names of their parts --------------------------


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("一、公务用车购置及运行维护费", "2025年安排运行维护费12.60万元，较上年预算持平；安排购置费0万元。"),
        ("（三）公务用车购置及运行费", "本年安排运行维护费12.60万元，与上年持平；购置费0万元。"),
        ("3.公务用车购置及运行维护费预算", "运行维护费12.60万元，与上年持平，购置费0万元。"),
    ],
)
def test_a_vehicles_heading_names_the_bare_part_words(heading, paragraph):
    assert _budget(heading, paragraph) == {
        "three_public_vehicle_operation": "126000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "0.00",
        "three_public_vehicle_purchase": "0.00",
    }


def test_parts_under_a_vehicles_heading_after_its_bare_total():
    got = _budget("一、公务用车购置及运行维护费", "安排9.80万元，其中：运行维护费9.80万元，购置费0万元。")
    assert got == {
        "three_public_vehicle_total": "98000.00",
        "three_public_vehicle_operation": "98000.00",
        "three_public_vehicle_purchase": "0.00",
    }


def test_headed_parts_of_a_three_public_section():
    got = _budget(
        "四、“三公”经费预算情况",
        "一、公务用车购置及运行维护费",
        "2025年安排运行维护费12.60万元，较上年预算持平；安排购置费0万元。",
        "二、公务接待费",
        "2025年安排3.50万元，比上年减少0.50万元。",
    )
    assert got == {
        "three_public_vehicle_operation": "126000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "0.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_reception": "35000.00",
        "three_public_reception_change_vs_prior_year": "-5000.00",
    }


def test_a_final_accounts_vehicles_heading_reads_the_parts_in_their_role():
    got = _final("（三）公务用车购置及运行维护费", "2024年决算数为8.00万元，其中：运行维护费8.00万元，购置费0万元。")
    assert got == {
        ("three_public_vehicle_total", "actual"): "80000.00",
        ("three_public_vehicle_operation", "actual"): "80000.00",
        ("three_public_vehicle_purchase", "actual"): "0.00",
    }


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("三、机关运行经费", "运行维护费5.00万元。"),
        ("（二）项目支出", "购置费10.00万元，运行维护费6.00万元。"),
        ("二、公务接待费", "本年安排运行维护费2.00万元。"),
        ("五、其他说明", "购置费10.00万元。"),
        ("一、部门预算情况说明", "运行维护费5.00万元。"),
    ],
)
def test_the_bare_part_words_under_another_heading_name_nothing(heading, paragraph):
    got = _budget(heading, paragraph)
    assert not any(metric.startswith("three_public_vehicle") for metric in got), got


# --- kind 5: a 决算's actual compared with its budget --------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "actual", "budget"),
    [
        ("本年收入合计520.00万元，和本年预算480.00万元比，增加40.00万元。", "5200000.00", "4800000.00"),
        ("本年收入合计520.00万元，与年初预算480.00万元相比，增加40.00万元。", "5200000.00", "4800000.00"),
        ("本年收入合计520.00万元，比本年预算480.00万元增加40.00万元。", "5200000.00", "4800000.00"),
        ("本年收入合计460.00万元，同年初预算480.00万元相比，减少20.00万元。", "4600000.00", "4800000.00"),
    ],
)
def test_the_budget_compared_with_is_the_subjects(paragraph, actual, budget):
    assert _final(paragraph) == {("income_total", "actual"): actual, ("income_total", "budget"): budget}


def test_the_budget_after_listed_parts_is_the_total_the_difference_fits():
    got = _final(
        "本年收入合计520.00万元，其中：财政拨款收入500.00万元，其他收入20.00万元，"
        "和本年预算480.00万元比，增加40.00万元，主要是追加了项目经费。"
    )
    assert got == {
        ("income_total", "actual"): "5200000.00",
        ("income_fiscal_appropriation", "actual"): "5000000.00",
        ("income_other", "actual"): "200000.00",
        ("income_total", "budget"): "4800000.00",
    }


def test_the_budget_after_listed_parts_is_the_part_the_difference_fits():
    got = _final(
        "本年支出合计510.00万元，其中：基本支出400.00万元，项目支出110.00万元，与年初预算100.00万元相比，增加10.00万元。"
    )
    assert got[("project_expenditure", "budget")] == "1000000.00"
    assert ("expenditure_total", "budget") not in got


def test_a_budget_whose_difference_fits_no_figure_is_not_read():
    paragraph = "本年支出合计510.00万元，其中：基本支出400.00万元，项目支出110.00万元，与年初预算100.00万元相比，增加15.00万元。"
    got = _final(paragraph)
    assert not any(role == "budget" for _, role in got), got
    assert any("fits no figure" in message for message in _final_unparsed(paragraph))


def test_the_difference_from_the_budget_is_no_change_from_the_prior_year():
    got = _final("本年支出合计510.00万元，与年初预算490.00万元相比，增加20.00万元。")
    assert not any(metric.endswith("_change_vs_prior_year") for metric, _ in got), got
    # (a comparison with the prior year stays a change)
    assert _final("本年支出合计510.00万元，比上年增加20.00万元。") == {
        ("expenditure_total", "actual"): "5100000.00",
        ("expenditure_change_vs_prior_year", ""): "200000.00",
    }
