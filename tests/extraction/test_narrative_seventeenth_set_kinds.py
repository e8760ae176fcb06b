"""Kinds of figure read WRONG or missed at first contact with the held-out set heldout17 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures

# --- WRONG kind 1: a bracket saying what a figure includes (（含…）, （包括…）) names no metric; the label
# around it does (was: 财政拨款收入（含政府性基金拨款） read as income_government_fund)


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度本年收入合计300万元。其中：财政拨款收入（含政府性基金拨款）300万元，占本年收入100%。",
        "2025年度本年收入合计300万元，其中：财政拨款收入(含政府性基金拨款)300万元。",
        "2025年度本年收入合计300万元，其中财政拨款收入（包括政府性基金预算拨款）300万元。",
        "2025年度本年收入合计300万元，其中：财政拨款收入（含政府性基金（预算）拨款）300万元。",
    ],
)
def test_fiscal_appropriation_income_that_includes_the_government_fund(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert read == {"income_total": "3000000.00", "income_fiscal_appropriation": "3000000.00"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "2025年度财政拨款（含政府性基金拨款）收支总计260万元。",
            {"fiscal_grand_total": "2600000.00"},
        ),
        (
            "2025年度财政拨款（含政府性基金）收入支出总计260万元，与2024年相比增加20万元。",
            {"fiscal_grand_total": "2600000.00", "fiscal_grand_total_change_vs_prior_year": "200000.00"},
        ),
    ],
)
def test_fiscal_grand_total_that_includes_the_government_fund(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # what a figure leaves out (不含…) is no inclusion: the label keeps it
        ("政府性基金预算拨款收入（含上年结转）40万元。", {"income_government_fund": "400000.00"}),
        # the included amount printed inside the bracket is no figure of the document
        (
            "其中：基本支出120万元（含离退休人员经费20万元）。",
            {"basic_expenditure": "1200000.00"},
        ),
    ],
)
def test_what_the_bracket_holds_is_never_read_for_the_figure(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


# --- WRONG kind 2: the change after a 收入总计 / 支出总计 sentence is the 总计's; with the two 总计
# apart, the 收入 side is the grand total and the 支出 side's change has no metric


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年度收入总计520万元，支出总计460万元。与2024年相比，收入增加130万元，主要原因是人员增加。"
        "支出增加110万元，主要原因是人员增加。",
        "2025年度收入总计520万元，支出总计460万元。与上年相比，收入增加130万元；支出增加110万元。",
        "2025年度收入总计520万元，支出总计460万元，与2024年相比，收入增加130万元，支出增加110万元。",
    ],
)
def test_changes_after_two_totals_apart_are_the_grand_totals(paragraph):
    read = _figures([paragraph], final_accounts=True, year="2025")
    assert read == {"grand_total": "5200000.00", "grand_total_change_vs_prior_year": "1300000.00"}
    assert "income_change_vs_prior_year" not in read and "expenditure_change_vs_prior_year" not in read


def test_a_decrease_after_two_totals_apart_is_signed():
    paragraph = "2025年度收入总计520万元，支出总计460万元。与2024年相比，收入减少30.5万元，支出减少20万元。"
    assert _figures([paragraph], final_accounts=True, year="2025") == {
        "grand_total": "5200000.00",
        "grand_total_change_vs_prior_year": "-305000.00",
    }


def test_balanced_totals_keep_todays_reading():
    # the two 总计 equal (the usual case): as the parser read them before, the bare 收入's change is
    # income_change; the 支出's after it shares the comparison opening the sentence (issue 20): the
    # bare 支出's, expenditure_change
    paragraph = "2025年度收入总计520万元，支出总计520万元。与2024年相比，收入增加130万元，支出增加130万元。"
    assert _figures([paragraph], final_accounts=True, year="2025") == {
        "grand_total": "5200000.00",
        "income_change_vs_prior_year": "1300000.00",
        "expenditure_change_vs_prior_year": "1300000.00",
    }


def test_the_years_own_income_change_is_still_read_after_totals_apart():
    paragraph = "2025年度收入总计520万元，支出总计460万元。2025年度本年收入合计503万元，比上年增加30万元。"
    read = _figures([paragraph], final_accounts=True, year="2025")
    assert read == {
        "grand_total": "5200000.00",
        "income_total": "5030000.00",
        "income_change_vs_prior_year": "300000.00",
    }


# --- WRONG kind 3: the 支出总计's change is the grand total's only where both 总计 were stated equal


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("与2024年相比，收入减少80.5、支出总计减少97.3万元。", {}),
        ("2025年度收入总计520万元。与2024年相比，支出总计增加130万元。", {"grand_total": "5200000.00"}),
        (
            "2025年度收入总计520万元，支出总计460万元。与2024年相比，收入总计增加130万元，支出总计增加110万元。",
            {"grand_total": "5200000.00", "grand_total_change_vs_prior_year": "1300000.00"},
        ),
    ],
)
def test_a_spending_totals_change_without_equal_totals_is_no_grand_total_change(paragraph, expected):
    assert _figures([paragraph], final_accounts=True, year="2025") == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年度收入总计520万元，支出总计520万元。与2024年相比，收入总计增加130万元，支出总计增加130万元。",
        "2025年度收支总计520万元。与2024年相比，支出总计增加130万元。",
        "2025年度收入支出总计520万元。与2024年相比，支出总计增加130万元。",
    ],
)
def test_a_spending_totals_change_after_equal_totals_is_the_grand_totals(paragraph):
    assert _figures([paragraph], final_accounts=True, year="2025") == {
        "grand_total": "5200000.00",
        "grand_total_change_vs_prior_year": "1300000.00",
    }


# --- WRONG kind 4: a count of pupils, classes or a narrow profession is never the unit's staff; the
# teachers or medical staff in post (在职 / 在岗) that are the paragraph's only count of the people in post
# are its staff in post (tests/extraction/test_narrative_staff_professions_and_brackets.py)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("一共有12个教学班，在职教师25人，临聘人员30人。", {"staff_actual": "25", "staff_contract": "30"}),
        ("学校现有在职教师40人（其中代课1人），学生600人。", {"staff_actual": "40"}),
        ("卫生院在岗医护人员18人，其中医生7人，护士9人。", {"staff_actual": "18"}),
        ("我园在园幼儿210人，教学班8个，在职教师20人。", {"staff_actual": "20"}),
        ("现有在职医生12人，临时聘用人员6人。", {"staff_contract": "6"}),
    ],
)
def test_counts_of_pupils_classes_and_professions(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the staff as a whole (教职工, 职工) are still read; so are retired teachers (the unit's retirees)
        ("学校现有在职教职工45人，其中专任教师38人。", {"staff_actual": "45"}),
        ("本院在职职工30人，退休教师4人。", {"staff_actual": "30", "staff_retired_regular": "4"}),
        ("本单位临聘人员9人。", {"staff_contract": "9"}),
    ],
)
def test_the_whole_staff_beside_professions_is_still_read(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


# --- missed kind 5: 机关运行经费 stated by its definition, without its name


@pytest.mark.parametrize(
    "paragraph, value, change",
    [
        (
            "1、机关运行经费支出情况。2025年决算为保障机构正常运行而发生的购买货物和服务各项支出合计"
            "140.5万元，2024年为110.3万元，较2024年增加30.2万元，增加27%。主要原因为：人员增加。",
            "1405000.00",
            "302000.00",
        ),
        (
            "2025年度为保障行政单位运行用于购买货物和服务的各项资金共计50万元，比上年减少5万元。",
            "500000.00",
            "-50000.00",
        ),
        (
            "本部门2025年为保障机关正常运行发生的购买货物及服务支出合计61.2万元，与上年相比减少1.8万元。",
            "612000.00",
            "-18000.00",
        ),
    ],
)
def test_operating_cost_stated_by_its_definition(paragraph, value, change):
    assert _figures([paragraph], final_accounts=True, year="2025") == {
        "operating_cost": value,
        "operating_cost_change_vs_prior_year": change,
    }


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # goods and services bought in a procurement are no running cost
        ("2025年政府采购货物和服务支出10万元。", {"procurement_goods": "100000.00"}),
        # the reason words after a running cost's figure stay a reason
        (
            "2025年度机关运行经费支出50万元，比上年增加5万元，主要原因是保障机构正常运行的购买货物和服务支出增加3万元。",
            {"operating_cost": "500000.00", "operating_cost_change_vs_prior_year": "50000.00"},
        ),
    ],
)
def test_goods_and_services_outside_the_definition(paragraph, expected):
    assert _figures([paragraph], final_accounts=True, year="2025") == expected


# --- missed kind 6: the unit's own vehicles (所属车辆) and the short names of kinds of vehicle


def test_own_vehicles_and_their_short_kind_names():
    paragraph = (
        "截止2025年12月31日，某县科协所属车辆总数7辆。其中领导用车2辆，一般公务用车3辆，老干部用车1辆，机要用车1辆。"
    )
    assert _figures([paragraph], final_accounts=True, year="2025", unit="某县科协") == {
        "vehicles_total": "7",
        "vehicles_general_purpose": "3",
        "vehicles_retired_cadres": "1",
        "vehicles_confidential_communication": "1",
    }


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("本局所属公务用车6辆，其中老干部服务用车1辆。", {"vehicles_total": "6", "vehicles_retired_cadres": "1"}),
        ("本单位所属车辆共5辆，其中机要用车2辆。", {"vehicles_total": "5", "vehicles_confidential_communication": "2"}),
        # leaders' vehicles (every leader's) are not the principal leaders' alone: not read
        ("本单位共有车辆4辆，其中领导干部用车2辆。", {"vehicles_total": "4"}),
        ("其中领导用车2辆。", {}),
    ],
)
def test_own_vehicles_in_other_wordings(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


def test_vehicles_to_buy_by_short_kind_names():
    assert _figures(["2026年拟购置机要用车1辆，老干部用车1辆。"]) == {
        "vehicles_to_purchase_confidential_communication": "1",
        "vehicles_to_purchase_retired_cadres": "1",
    }


# --- missed kind 7: '…收支情况：无' says none of both sides, also with the unit or the year before 无


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["三、2025年度政府性基金预算财政拨款收支情况：无"],
        ["三、2025年度政府性基金预算财政拨款收支情况:无。", "四、2025年度“三公”经费决算情况"],
        ["（三）政府性基金预算收入支出决算情况：本单位无。"],
        ["三、政府性基金预算财政拨款收支情况：2025年度无。"],
    ],
)
def test_none_of_the_government_fund_both_ways(paragraphs):
    read = _figures(paragraphs, final_accounts=True, year="2025")
    assert read == {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"}


@pytest.mark.parametrize(
    "sentence",
    [
        "三、政府性基金预算财政拨款收支情况：2024年度无。",
        "三、政府性基金预算财政拨款收支情况：上年无。",
        "三、政府性基金预算财政拨款收支情况：所属单位无。",
        "三、政府性基金预算财政拨款收支情况：某镇无。",
    ],
)
def test_none_of_another_year_or_unit_is_not_read(sentence):
    assert _figures([sentence], final_accounts=True, year="2025") == {}
