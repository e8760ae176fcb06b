"""Narrative wordings of the tenth sections round: the 三公 statements of a 决算 (their roles, parts,
counts and the vehicles bought), zeros of a fund's two sides, the performance paragraph and two
changes said after 分别.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.

* kind 1 "a subject restated in its role": '“三公”经费年初预算X，财政拨款支出决算为Y' - role words with
  fund and side words alone, after a 三公 or 机关运行经费 figure of another role, are that subject's
  (never expenditure_fiscal_appropriation); the side word keeps the sentence's 三公 topic;
* kind 2 "a part titled with a colon": '因公出国（境）费：预算X，决算Y' (a short bracket in the title),
  a zero printed without its unit after a role word or a cost's name ('预算0，决算0', '购置费0'); the
  role words of a sub-part under a part's heading are the sub-part's;
* kind 3 "reception and trips counts": '接待批次12批', '共接待…、…等N批次', '来宾N人次', '1个团组4人',
  the trips' counts after their use; never a foreign reception's;
* kind 4 "vehicles bought": a 决算's count of vehicles bought stated with the 公务用车购置费 is
  vehicles_to_purchase (or its kind, and then the whole too) and vehicles_to_purchase_three_public;
  a budget's plan stays vehicles_to_purchase, a count in the 购置费's parenthesis is what it buys;
  never a 0 (no vehicle bought), a part after 其中, another statement;
* kind 5 "zeros of two funds / two sides": '无政府性基金预算财政拨款收入、支出', '…均无支出', '均未安排';
* kind 6 "performance": the whole-spending self-evaluation's 全年预算数 is its budget, after the
  targets' money too; the fund's 支出 under evaluated projects; money said all under targets;
* kind 7 "two changes after 分别": '收入、支出分别减少A和B' gives each side its change, in order.
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import accepted_figures, parse_document, unparsed_messages

_UNIT = "某县某局"


def _final(*paragraphs: str) -> dict:
    """(metric, value_role) -> value of the figures a 2023 决算's narrative keeps from ``paragraphs``."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2023", final=True), with_role=True)


def _final_metrics(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures of no value role (counts and changes) a 2023 决算's narrative keeps
    from ``paragraphs``."""
    return {metric: value for (metric, role), value in _final(*paragraphs).items() if not role}


def _budget(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2023 budget's narrative keeps from ``paragraphs``."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2023"))


def _final_unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year="2023", final=True))


# --- kind 1: a subject restated in its role ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("2023年度“三公”经费年初预算16.40万元，财政拨款支出决算为13.05万元，完成预算的79.6%。", "three_public_total"),
        ("“三公”经费预算数为16.40万元，一般公共预算财政拨款支出决算13.05万元。", "three_public_total"),
        ("2023年度机关运行经费年初预算16.40万元，财政拨款支出决算为13.05万元。", "operating_cost"),
        ("公务接待费年初预算16.40万元，财政拨款支出决算13.05万元。", "three_public_reception"),
    ],
)
def test_role_words_with_fund_words_restate_the_subject(text, metric):
    assert _final(text) == {(metric, "budget"): "164000.00", (metric, "actual"): "130500.00"}


@pytest.mark.parametrize(
    "text",
    [
        # the subject is the fund's own side: its other side stays the fund's
        "2023年度财政拨款收入年初预算16.40万元，财政拨款支出决算为13.05万元。",
        # another sentence
        "2023年度“三公”经费年初预算16.40万元。财政拨款支出决算为13.05万元。",
    ],
)
def test_role_words_with_fund_words_stay_the_funds_elsewhere(text):
    read = _final(text)
    assert ("three_public_total", "actual") not in read
    assert read.get(("expenditure_fiscal_appropriation", "actual")) == "130500.00"


def test_role_words_after_the_subjects_own_role_or_another_word_are_not_the_subject():
    # the subject's actual is read already: a second actual named by the fund is the fund's
    read = _final("“三公”经费支出决算13.05万元，财政拨款支出决算为820.00万元。")
    assert read[("three_public_total", "actual")] == "130500.00"
    assert read[("expenditure_fiscal_appropriation", "actual")] == "8200000.00"
    # a word of its own (基本支出) names its own metric
    read = _final("“三公”经费年初预算16.40万元，基本支出决算为13.05万元。")
    assert ("three_public_total", "actual") not in read


def test_the_sides_role_words_keep_the_sentences_three_public_parts():
    read = _final(
        "公务用车购置及运行维护费预算为15.00万元，支出决算为12.60万元，其中购置费4.00万元，运行维护费8.60万元。"
    )
    assert read == {
        ("three_public_vehicle_total", "budget"): "150000.00",
        ("three_public_vehicle_total", "actual"): "126000.00",
        ("three_public_vehicle_purchase", "actual"): "40000.00",
        ("three_public_vehicle_operation", "actual"): "86000.00",
    }


# --- kind 2: a part titled with a colon ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "budget", "actual"),
    [
        ("因公出国（境）费：预算9.00万元，决算7.45万元，主要用于学术交流。", "90000.00", "74500.00"),
        ("2.因公出国(境)费：年初预算9.00万元，支出决算7.45万元。", "90000.00", "74500.00"),
        ("因公出国（境）费：预算0，决算0，本年度未组织出访。", "0.00", "0.00"),
        ("因公出国（境）费：预算数0，决算数0。", "0.00", "0.00"),
    ],
)
def test_a_part_titled_with_a_bracket_and_its_roles(text, budget, actual):
    read = _final(text)
    assert read[("three_public_overseas", "budget")] == budget
    assert read[("three_public_overseas", "actual")] == actual


def test_a_zero_printed_without_its_unit_after_a_costs_name():
    read = _final("公务用车购置及运行维护费预算为15.00万元，支出决算为12.60万元，其中购置费0，运行维护费12.60万元。")
    assert read[("three_public_vehicle_purchase", "actual")] == "0.00"
    assert read[("three_public_vehicle_operation", "actual")] == "126000.00"
    read = _budget(
        "“三公”经费8.00万元，其中：因公出国（境）费0；公务接待费2.00万元；公务用车购置及运行费6.00万元（购置0，运行6.00万元）。"
    )
    assert read["three_public_overseas"] == "0.00"
    assert read["three_public_vehicle_purchase"] == "0.00"
    assert read["three_public_vehicle_operation"] == "60000.00"


def test_a_number_other_than_zero_without_its_unit_stays_unread():
    text = "公务用车购置及运行维护费预算为15.00万元，支出决算为12.60万元，其中购置费3，运行维护费9.60万元。"
    assert ("three_public_vehicle_purchase", "actual") not in _final(text)
    assert any("'3'" in m or "3 in" in m for m in _final_unparsed(text))
    # '计划购置0': a count without its unit is no money
    assert "three_public_vehicle_purchase" not in _budget("车辆保有量3辆，计划购置0，无新增。")


def test_role_words_of_a_sub_part_under_a_parts_heading_are_the_sub_parts():
    read = _final(
        "（二）公务用车购置及运行维护费。年初预算90.00万元，支出决算84.00万元。其中：公务用车购置费年初预算30.00万元，"
        "支出决算29.50万元；公务用车运行维护费年初预算60.00万元，支出决算54.50万元。"
    )
    assert read == {
        ("three_public_vehicle_total", "budget"): "900000.00",
        ("three_public_vehicle_total", "actual"): "840000.00",
        ("three_public_vehicle_purchase", "budget"): "300000.00",
        ("three_public_vehicle_purchase", "actual"): "295000.00",
        ("three_public_vehicle_operation", "budget"): "600000.00",
        ("three_public_vehicle_operation", "actual"): "545000.00",
    }


# --- kind 3: reception and trips counts ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "batches", "people"),
    [
        ("公务接待费2.10万元，共接待19批次、163人次。", "19", "163"),
        ("公务接待费2.10万元，接待批次11批，接待人次96人次。", "11", "96"),
        ("公务接待费2.10万元，全年接待批次为7批，接待人数52人。", "7", "52"),
        ("公务接待费2.10万元，全年共接待上级巡查、调研等公务活动23批次，接待人数170人次。", "23", "170"),
        ("公务接待费2.10万元，共接待省、市两级督导及考核13批次121人次。", "13", "121"),
        ("公务接待费预算3.00万元，支出决算2.10万元，共接待国内来访团组14个、来宾118人次。", "14", "118"),
    ],
)
def test_reception_batches_and_people(text, batches, people):
    read = _final_metrics(text)
    assert read["three_public_reception_batches"] == batches
    assert read["three_public_reception_people"] == people


def test_a_foreign_reception_listed_names_no_batches():
    read = _final_metrics("公务接待费2.10万元，共接待外宾参访、外事来访等6批次。")
    assert "three_public_reception_batches" not in read
    read = _final_metrics("其中外事接待4批，25人。")
    assert "three_public_reception_batches" not in read
    assert "three_public_reception_people" not in read


@pytest.mark.parametrize(
    ("text", "groups", "people"),
    [
        ("组织1个团组6人赴泰国考察。", "1", "6"),
        ("全年因公出国（境）3个团组、11人次。", "3", "11"),
        ("因公出国（境）费12.00万元，派出2个团组共9人。", "2", "9"),
        ("因公出国（境）费预算12.00万元，支出决算10.20万元，主要用于赴荷兰开展农业合作，2个团组8人。", "2", "8"),
    ],
)
def test_groups_and_people_sent_abroad(text, groups, people):
    read = _final_metrics(text)
    assert read["three_public_overseas_groups"] == groups
    assert read["three_public_overseas_people"] == people


def test_people_counted_after_other_groups_are_not_sent_abroad():
    read = _final_metrics("组织3个单位5人参加业务培训。")
    assert "three_public_overseas_people" not in read


# --- kind 4: vehicles bought --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "公务用车购置及运行费90.00万元（公务用车购置费25.00万元，本年购置公务用车1辆；公务用车运行维护费65.00万元）。",
            {"vehicles_to_purchase": "1", "vehicles_to_purchase_three_public": "1"},
        ),
        (
            "公务用车购置费预算30.00万元，决算29.00万元，按规定更新购置执法执勤用车2辆；公务用车运行维护费预算50.00万元，决算46.00万元。",
            {
                "vehicles_to_purchase_law_enforcement": "2",
                "vehicles_to_purchase": "2",
                "vehicles_to_purchase_three_public": "2",
            },
        ),
        (
            "公务用车购置费年初预算30.00万元，支出决算29.00万元，用于更新购置野外勘测用车3辆。",
            {"vehicles_to_purchase": "3", "vehicles_to_purchase_three_public": "3"},
        ),
    ],
)
def test_a_final_accounts_vehicles_bought_with_the_purchase_money(text, expected):
    read = _final_metrics(text)
    assert {k: v for k, v in read.items() if k.startswith("vehicles")} == expected


def test_vehicles_bought_elsewhere_or_as_parts_are_not_the_purchase_moneys():
    # no purchase money before it in the statement
    read = _final_metrics("公务用车运行维护费40.00万元，本年购置公务用车2辆。")
    assert read["vehicles_to_purchase"] == "2"
    assert "vehicles_to_purchase_three_public" not in read
    # another sentence
    read = _final_metrics("公务用车购置费40.00万元。本年购置公务用车2辆。")
    assert "vehicles_to_purchase_three_public" not in read
    # a kind listed after 其中 is a part: its whole is the count before it, never the kind's
    read = _final_metrics("公务用车购置费40.00万元，购置公务用车3辆，其中执法执勤用车2辆。")
    assert read["vehicles_to_purchase"] == "3"
    assert read["vehicles_to_purchase_law_enforcement"] == "2"
    assert read["vehicles_to_purchase_three_public"] == "3"
    # no vehicle bought: the vehicles to buy alone, as a none said in words
    read = _final_metrics("其中：公务用车购置支出0万元，购置车辆0辆。")
    assert read["vehicles_to_purchase"] == "0"
    assert "vehicles_to_purchase_three_public" not in read


def test_a_budgets_vehicles_bought_with_the_purchase_money():
    # in the purchase money's parenthesis: what it buys
    read = _budget(
        "公务用车购置及运行维护费80.00万元，其中购置费30.00万元（更新田间试验用车2辆），运行维护费50.00万元。"
    )
    assert read["vehicles_to_purchase_three_public"] == "2"
    assert "vehicles_to_purchase" not in read
    # the plan stated after it stays the vehicles to buy (as before)
    read = _budget("公务用车购置费30.00万元，拟购置公务用车2辆。")
    assert read["vehicles_to_purchase"] == "2"
    assert "vehicles_to_purchase_three_public" not in read
    # after 用于, the vehicles named before the count
    read = _budget("公务用车购置费30.00万元，主要用于更新购置野外勘测用车2辆。")
    assert read == {"three_public_vehicle_purchase": "300000.00", "vehicles_to_purchase_three_public": "2"}


@pytest.mark.parametrize(
    ("label", "metric"),
    [
        ("更新购置野外勘测用车3辆。", "vehicles_to_purchase"),
        ("本年购置新能源公务用车1辆。", "vehicles_to_purchase"),
        ("更新购置执法执勤用车3辆。", "vehicles_to_purchase_law_enforcement"),
        ("更新购置其他用车1辆。", "vehicles_to_purchase_other"),
        ("购置老干部用车1辆。", "vehicles_to_purchase_retired_cadres"),
    ],
)
def test_vehicles_named_by_their_use_after_a_purchase_word(label, metric):
    assert _final_metrics(label) == {metric: label.rstrip("。")[-2:-1]}


# --- kind 5: zeros of two funds / two sides ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "income", "spending"),
    [
        ("本单位无政府性基金预算财政拨款收入、支出。", "income_government_fund", "expenditure_government_fund"),
        ("本年度没有政府性基金预算拨款收入、支出。", "income_government_fund", "expenditure_government_fund"),
        ("无国有资本经营预算财政拨款收入、支出。", "income_state_capital", "expenditure_state_capital"),
        ("本单位无国有资本经营预算财政拨款收入及支出。", "income_state_capital", "expenditure_state_capital"),
    ],
)
def test_a_funds_two_sides_said_none(text, income, spending):
    read = _final(text)
    assert read == {(income, "actual"): "0.00", (spending, "actual"): "0.00"}


def test_a_funds_two_sides_of_another_year_or_unit_are_not_read():
    assert _final("上年无政府性基金预算财政拨款收入、支出。") == {}
    assert _final("所属单位无政府性基金预算财政拨款收入、支出。") == {}
    # one side named alone: that side alone
    assert _final("本单位无政府性基金预算财政拨款收入。") == {("income_government_fund", "actual"): "0.00"}


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "因公出国（境）费、公务用车购置及运行维护费均无支出。",
            ["three_public_overseas", "three_public_vehicle_total"],
        ),
        ("因公出国（境）费和公务接待费均无支出。", ["three_public_overseas", "three_public_reception"]),
        ("因公出国（境）费、公务接待费均未发生支出。", ["three_public_overseas", "three_public_reception"]),
        ("因公出国（境）费无支出。", ["three_public_overseas"]),
        ("因公出国（境）费和公务用车购置费均未安排。", ["three_public_overseas", "three_public_vehicle_purchase"]),
    ],
)
def test_items_said_to_have_no_spending(text, metrics):
    assert _final(text) == {(metric, "actual"): "0.00" for metric in metrics}


def test_no_spending_said_of_another_unit_or_year_or_as_the_budget():
    assert _final("所属单位因公出国（境）费、公务接待费均无支出。") == {}
    assert _final("2021年因公出国（境）费无支出。") == {}
    assert _final("因公出国（境）费和公务用车购置费均未安排预算。") == {
        ("three_public_overseas", "budget"): "0.00",
        ("three_public_vehicle_purchase", "budget"): "0.00",
    }


# --- kind 6: performance ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "组织开展单位整体支出绩效自评，全年预算数2,460.30万元，执行数2,391.08万元。",
        "本单位开展了部门整体支出绩效自评，从评价情况看，全年预算数2,460.30万元，执行数2,391.08万元，预算执行率97.2%。",
        # after the targets' money in the same sentence: the self-evaluation's, never the targets'
        "本单位对6个项目实施了项目绩效目标管理，涉及一般公共预算资金1,380.00万元；组织开展单位整体支出绩效自评，"
        "全年预算数2,460.30万元，执行数2,391.08万元。",
    ],
)
def test_the_whole_spending_self_evaluations_budget_and_actual(text):
    read = _final(text)
    assert read[("performance_unit_evaluation_spending", "budget")] == "24603000.00"
    assert read[("performance_unit_evaluation_spending", "actual")] == "23910800.00"
    assert ("performance_unit_evaluation_spending", "adjusted_budget") not in read
    assert ("performance_target_amount", "adjusted_budget") not in read
    if "绩效目标管理" in text:
        assert read[("performance_target_amount", "actual")] == "13800000.00"


def test_role_words_outside_an_evaluation_stay_unread():
    assert _final("全年预算数为120.00万元，执行数为110.00万元。") == {}


@pytest.mark.parametrize(
    ("text", "general", "fund"),
    [
        (
            "组织对4个项目实行绩效目标管理，涉及一般公共预算支出1,380.00万元，政府性基金预算支出260.00万元。",
            "13800000.00",
            "2600000.00",
        ),
        (
            "组织对4个项目实行绩效目标管理，涉及一般公共预算资金1,380.00万元，政府性基金预算资金260.00万元。",
            "13800000.00",
            "2600000.00",
        ),
    ],
)
def test_the_funds_money_under_performance_targets(text, general, fund):
    read = _final(text)
    assert read[("performance_target_amount", "actual")] == general
    assert read[("performance_target_amount_government_fund", "actual")] == fund


def test_a_funds_spending_of_a_key_or_whole_spending_evaluation_keeps_its_metric():
    read = _final("组织对2个项目开展重点绩效评价，涉及一般公共预算支出300.00万元，政府性基金预算支出40.00万元。")
    assert read[("performance_key_evaluation_government_fund", "actual")] == "400000.00"
    assert ("performance_target_amount_government_fund", "actual") not in read
    # no performance words: the fund's spending
    assert _final("2023年度政府性基金预算支出260.00万元。") == {("expenditure_government_fund", "actual"): "2600000.00"}


def test_money_said_all_under_performance_targets():
    assert _budget("项目支出410.00万元全部实行绩效目标管理。") == {
        "project_expenditure": "4100000.00",
        "performance_target_amount": "4100000.00",
    }
    assert _budget("2023年项目9个，金额410.00万元，全部设定绩效目标。") == {"performance_target_amount": "4100000.00"}
    # neither without the targets' words, nor another part of the spending
    assert "performance_target_amount" not in _budget("2023年项目9个，金额410.00万元。")
    assert "performance_target_amount" not in _budget("基本支出300.00万元，全部纳入绩效目标管理。")


# --- kind 7: two changes after 分别 -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2023年度本年收入合计640.00万元，本年支出合计610.00万元，与上年相比，收入、支出分别减少18.00万元和22.50万元。",
        "2023年度本年收入640.00万元，本年支出610.00万元，收入、支出较上年分别减少18.00万元、22.50万元。",
        "2023年度本年收入640.00万元，本年支出610.00万元，收入支出比上年分别减少18.00万元和22.50万元。",
    ],
)
def test_two_changes_after_two_sides_go_to_the_sides_in_order(text):
    read = _final_metrics(text)
    assert read["income_change_vs_prior_year"] == "-180000.00"
    assert read["expenditure_change_vs_prior_year"] == "-225000.00"


def test_two_changes_in_a_budget_named_as_one_subject():
    read = _budget("本单位2023年收支预算较上年分别增加18.00万元、22.50万元。")
    assert read["income_change_vs_prior_year"] == "180000.00"
    assert read["expenditure_change_vs_prior_year"] == "225000.00"


@pytest.mark.parametrize(
    "text",
    [
        # no subject named: whose amount is which is not said
        "2023年度本年收入640.00万元，本年支出610.00万元，比上年分别减少18.00万元和22.50万元。",
        # the two 总计 balance: two changes of them contradict it
        "2023年度收入、支出决算总计分别减少18.00万元和22.50万元。",
        # directions said apart: no pair
        "2023年度本年收入640.00万元，本年支出610.00万元，收入和支出比上年分别减少18.00万元和增加22.50万元。",
    ],
)
def test_two_changes_whose_sides_are_not_certain_are_not_read(text):
    read = _final_metrics(text)
    assert "income_change_vs_prior_year" not in read
    assert "expenditure_change_vs_prior_year" not in read
    assert "grand_total_change_vs_prior_year" not in read
    assert _final_unparsed(text)


def test_one_change_after_two_sides_stays_each_sides():
    read = _budget("本单位2023年收入预算700.00万元，支出预算700.00万元。收支预算较上年分别减少30.00万元。")
    assert read["income_change_vs_prior_year"] == "-300000.00"
    assert read["expenditure_change_vs_prior_year"] == "-300000.00"
