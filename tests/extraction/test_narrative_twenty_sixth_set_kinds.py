"""Money kinds misread at first contact with the twenty-sixth held-out set.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.
"""

from __future__ import annotations

import re

import pytest

from extract.narrative import parse_narrative
from extract.reference import category_code
from tests.extraction.test_narrative_seventh_set_kinds import _figures

_UNIT = "某县某局"


def _unparsed(sentence: str, final_accounts: bool = False, unit: str = _UNIT) -> list[str]:
    """The unparsed-figure messages of a 2025 budget's (or 决算's) narrative of one ``sentence``."""
    title = "2025年度部门决算" if final_accounts else "2025年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    result = parse_narrative(
        [unit, title, heading, "", sentence], None, fiscal_year="2025", unit_name=unit, final_accounts=final_accounts
    )
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


def _budget(sentence: str, unit: str = _UNIT) -> dict[str, str]:
    return _figures([sentence], year="2025", unit=unit)


def _final(sentence: str, unit: str = _UNIT) -> dict[str, str]:
    return _figures([sentence], final_accounts=True, year="2025", unit=unit)


def _reported(sentence: str, amount: str, final_accounts: bool = False, unit: str = _UNIT) -> list[str]:
    """The unparsed-figure messages naming ``amount`` ('20万元')."""
    return [p for p in _unparsed(sentence, final_accounts, unit) if f"figure: {amount} in" in p]


# --- kind 1: the prior year's amount printed inside the comparison; the change after it is the
# change of the subject named before 较 / 比
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("收入较2024年预算500.00万元增加60.00万元，主要是人员经费增加。", {"income_change_vs_prior_year": "600000.00"}),
        ("支出比上年预算数320万元减少20万元。", {"expenditure_change_vs_prior_year": "-200000.00"}),
        ("2025年收入较2024年预算500万元增加60万元。", {"income_change_vs_prior_year": "600000.00"}),
        ("基本支出较上年预算数200万元增加10万元。", {"basic_expenditure_change_vs_prior_year": "100000.00"}),
        (
            "一般公共预算拨款收入较2024年预算500万元增加60万元。",
            {"income_general_public_budget_change_vs_prior_year": "600000.00"},
        ),
        ("支出与上年预算数320万元相比减少20万元。", {"expenditure_change_vs_prior_year": "-200000.00"}),
    ],
)
def test_the_change_after_a_prior_amount_is_of_the_subject_named_before_the_comparison(sentence, expected):
    assert _budget(sentence) == expected
    # the prior year's amount itself stays unread, reported
    prior = re.search(r"(?:预算数?|上年)(\d+(?:\.\d+)?万元)", sentence).group(1)
    assert _reported(sentence, prior), _unparsed(sentence)


def test_the_change_after_a_prior_amount_in_a_final_account():
    assert _final("收入较上年决算数500万元增加60万元。") == {"income_change_vs_prior_year": "600000.00"}
    assert _final("支出比2024年决算数320万元减少20万元。") == {"expenditure_change_vs_prior_year": "-200000.00"}


def test_the_subject_before_the_comparison_wins_over_the_figure_before_it():
    # the figure before it is the income; the change after the prior amount is the spending's
    assert _budget("收入预算600万元，支出较上年预算数320万元减少20万元。") == {
        "income_total": "6000000.00",
        "expenditure_change_vs_prior_year": "-200000.00",
    }
    # the same subject restated: the figure's own change, as before
    assert _budget("收入预算600万元，收入较上年预算数500万元增加100万元。") == {
        "income_total": "6000000.00",
        "income_change_vs_prior_year": "1000000.00",
    }
    # nothing named before 较: the figure before it, as before
    assert _budget("收入预算600万元，较上年预算数500万元增加100万元。") == {
        "income_total": "6000000.00",
        "income_change_vs_prior_year": "1000000.00",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a base that is not the prior year
        "收入较2023年预算500万元增加60万元。",
        "收入预算600万元，较2023年预算500万元增加100万元。",
        # words before 较 that name no figure
        "同时较上年预算数500万元增加60万元。",
    ],
)
def test_a_change_after_a_prior_amount_of_another_year_or_of_nothing_named_is_not_read(sentence):
    read = _budget(sentence)
    assert not any(key.endswith("_change_vs_prior_year") for key in read), read
    assert _reported(sentence, "500万元"), _unparsed(sentence)


# --- kind 2: the earlier national names of the function 类 (the code unchanged)
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("医疗卫生支出", "210"),
        ("医疗卫生", "210"),
        ("医疗卫生与计划生育支出", "210"),
        ("环境保护支出", "211"),
        ("节能环保支出", "211"),
        ("城乡社区事务支出", "212"),
        ("城乡社区事务", "212"),
        ("城乡社区支出", "212"),
        ("农林水事务支出", "213"),
        ("农林水事务", "213"),
        ("资源勘探电力信息等事务", "215"),
        ("资源勘探信息等支出", "215"),
        ("商业服务业等事务", "216"),
        ("商业服务业等支出", "216"),
        ("金融监管等事务支出", "217"),
        ("国土资源气象等事务", "220"),
        ("国土海洋气象等事务", "220"),
        ("国土海洋气象等支出", "220"),
        ("粮油物资储备管理等事务", "222"),
        ("粮油物资储备事务", "222"),
        ("粮油物资储备支出", "222"),
        ("灾害防治及应急管理支出", "224"),
        ("文化体育与传媒支出", "207"),
        ("文化旅游体育与传媒支出", "207"),
    ],
)
def test_the_earlier_names_of_a_category_name_its_code(name, code):
    assert category_code(name) == code


@pytest.mark.parametrize(
    "name",
    [
        # a 类 whose code named another thing before ('地震灾后恢复重建支出' was 219 before 援助其他地区支出)
        "地震灾后恢复重建支出",
        # a 款 name holding a 类's older name is no 类
        "基层医疗卫生机构支出",
        "医疗卫生机构",
    ],
)
def test_names_that_are_no_category(name):
    assert category_code(name) == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "支出预算100万元，其中：医疗卫生支出60万元，住房保障支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:210": "600000.00",
                "expenditure_category:221": "400000.00",
            },
        ),
        (
            "支出预算300万元，其中：医疗卫生与计划生育支出100万元，城乡社区事务支出120万元，农林水事务支出80万元。",
            {
                "expenditure_total": "3000000.00",
                "expenditure_category:210": "1000000.00",
                "expenditure_category:212": "1200000.00",
                "expenditure_category:213": "800000.00",
            },
        ),
        (
            "支出预算400万元，其中：文化体育与传媒支出100万元，国土海洋气象等支出100万元，"
            "商业服务业等事务支出100万元，环境保护支出100万元。",
            {
                "expenditure_total": "4000000.00",
                "expenditure_category:207": "1000000.00",
                "expenditure_category:220": "1000000.00",
                "expenditure_category:216": "1000000.00",
                "expenditure_category:211": "1000000.00",
            },
        ),
    ],
)
def test_a_category_named_by_an_earlier_name_is_read(sentence, expected):
    assert _budget(sentence) == expected


def test_a_category_list_of_the_basic_spending_stays_unread_but_understood():
    sentence = "基本支出500万元，其中：教育支出400万元，医疗卫生支出100万元。"
    assert _budget(sentence) == {"basic_expenditure": "5000000.00"}
    problems = _reported(sentence, "100万元")
    assert problems and "label not understood" not in problems[0], problems
    assert "a 类 listed as a part of basic_expenditure" in problems[0]


# --- kind 3: the definition of 机关运行经费 stated around its name; an amount is read or reported
@pytest.mark.parametrize(
    "sentence",
    [
        "2025年本部门履行一般行政管理职能、维持机关运行，用于一般公共预算安排的行政运行经费，合计88.6万元。",
        "本单位为保障机构正常运转安排的机关运行经费，合计88.6万元。",
        "2025年本局保障机关运行的行政运行经费为88.6万元。",
        "本部门维持机关运行的机关运行经费，共计88.6万元。",
    ],
)
def test_the_definition_of_the_operating_cost_names_it(sentence):
    assert _budget(sentence) == {"operating_cost": "886000.00"}


def test_the_definition_of_the_operating_cost_in_a_final_account():
    sentence = "2025年度本部门维持机关运行，用于一般公共预算安排的行政运行经费，合计45万元。"
    assert _final(sentence) == {"operating_cost": "450000.00"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the 项 2010101 行政运行, never the 机关运行经费
        "行政运行（01项）50万元。",
        "一般公共服务支出—行政运行50万元。",
        "支出预算100万元，其中：行政运行50万元，一般行政管理事务50万元。",
        # the definition words with another spending's name
        "2025年本部门维持机关运行，用于一般公共预算安排的人员经费，合计50万元。",
    ],
)
def test_the_function_item_and_other_spending_are_no_operating_cost(sentence):
    read = _budget(sentence)
    assert "operating_cost" not in read, read
    assert _reported(sentence, "50万元"), _unparsed(sentence)


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        # a use (用于…) with no figure before it: what the money after it is for, never a reason
        ("本部门用于办公设备购置的资金，合计20万元。", "20万元"),
        ("2025年用于信息化建设的资金共计20万元。", "20万元"),
        ("主要用于日常办公，共计5万元。", "5万元"),
        # a reason that follows no change: nothing for its amount to explain
        ("主要原因是新增人员经费12万元。", "12万元"),
    ],
)
def test_an_amount_inside_a_use_or_reason_that_follows_no_change_is_reported(sentence, amount):
    assert _budget(sentence) == {}
    assert _reported(sentence, amount), _unparsed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "收入较上年增加60万元，主要是人员经费增加60万元。",
        "支出比上年减少20万元，主要原因是会议费减少20万元。",
    ],
)
def test_an_amount_inside_the_reason_for_a_change_is_not_read(sentence):
    read = _budget(sentence)
    assert set(read) == {"income_change_vs_prior_year"} or set(read) == {"expenditure_change_vs_prior_year"}, read


# --- kind 4: 下级(单位)上缴收入 is the income remitted by the units below (附属单位上缴收入)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "收入预算200万元，其中：财政拨款200万元，下级上缴收入0万元，其他收入0万元。",
            {
                "income_total": "2000000.00",
                "income_fiscal_appropriation": "2000000.00",
                "income_subsidiary_remittance": "0.00",
                "income_other": "0.00",
            },
        ),
        (
            "本年收入300万元，其中下级单位上缴收入20万元。",
            {"income_total": "3000000.00", "income_subsidiary_remittance": "200000.00"},
        ),
        ("下级上缴收入15万元。", {"income_subsidiary_remittance": "150000.00"}),
    ],
)
def test_income_remitted_by_the_units_below(sentence, expected):
    assert _budget(sentence) == expected


def test_income_remitted_by_the_units_below_in_a_final_account():
    assert _final("2025年度收入合计500万元，其中：下级单位上缴收入30万元。") == {
        "income_total": "5000000.00",
        "income_subsidiary_remittance": "300000.00",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "上缴上级支出10万元。",  # what the unit remits upwards: a spending
        "对下级单位补助支出10万元。",  # what it gives the units below
        "下级单位上缴10万元。",  # no income named
    ],
)
def test_other_remittances_are_no_income_from_the_units_below(sentence):
    assert "income_subsidiary_remittance" not in _budget(sentence)


# --- kind 5: 预计 between a total's label and its amount in a budget is the budget figure
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "某镇卫生院2025年部门预算总收入预计800.00万元，比上年增加6.00万元，增长0.8%。其中：财政拨款（补助）300.00万元。",
            {
                "income_total": "8000000.00",
                "income_change_vs_prior_year": "60000.00",
                "income_fiscal_appropriation": "3000000.00",
            },
        ),
        (
            "2025年收入预计500万元，比上年减少5万元。",
            {"income_total": "5000000.00", "income_change_vs_prior_year": "-50000.00"},
        ),
        ("2025年总支出预计为780万元。", {"expenditure_total": "7800000.00"}),
        (
            "总收入预算为800万元，比上年增加6万元。",
            {"income_total": "8000000.00", "income_change_vs_prior_year": "60000.00"},
        ),
    ],
)
def test_an_expected_total_in_a_budget_is_the_budget_figure(sentence, expected):
    assert _budget(sentence, unit="某镇卫生院") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "总收入预计800万元，比上年增加6万元。",
        "2025年度支出预计780万元。",
    ],
)
def test_an_expected_amount_in_a_final_account_is_no_figure_of_the_year(sentence):
    read = _final(sentence)
    assert read == {}, read
    amount = re.search(r"预计(\d+万元)", sentence).group(1)
    assert _reported(sentence, amount, final_accounts=True), _unparsed(sentence, final_accounts=True)


def test_an_expected_amount_of_the_prior_year_is_not_read():
    sentence = "2024年总收入预计执行750万元。"
    assert _budget(sentence) == {}
    assert _reported(sentence, "750万元")


# --- kind 6: 经费拨款 is a PART of the 一般公共预算拨款 (一般公共预算拨款 = 经费拨款 + 纳入预算管理的
# 非税收入拨款): no metric of ours, always reported, never the fiscal appropriation nor the fund's
@pytest.mark.parametrize(
    ("sentence", "expected", "amounts"),
    [
        # (these pinned 经费拨款 as income_fiscal_appropriation before: no more)
        ("收入预算300万元，其中：经费拨款300万元。", {"income_total": "3000000.00"}, ["300万元"]),
        (
            "预算总收入1000000元，其中：经费拨款800000元；其他收入200000元。",
            {"income_total": "1000000.00", "income_other": "200000.00"},
            ["800000元"],
        ),
        (
            "收入预算500万元，其中：经费拨款（补助）450万元，纳入财政专户管理的非税收入拨款50万元。",
            {"income_total": "5000000.00", "income_special_account": "500000.00"},
            ["450万元"],
        ),
        # the part under the fund's whole: the whole read, the part not
        (
            "一般公共预算财政拨款收入为300万元，包括经费拨款收入300万元。",
            {"income_general_public_budget": "3000000.00"},
            ["300万元"],
        ),
        (
            "一般公共预算拨款收入300.00元，其中：（1）经费拨款250.50元，同比减少7.00元；"
            "（2）纳入预算管理的非税收入拨款49.50元。",
            {"income_general_public_budget": "300.00"},
            ["250.50元", "7.00元", "49.50元"],
        ),
        (
            "公共财政预算拨款收入120万元，其中：经费拨款收入100万元，纳入预算管理的非税收入拨款20万元。",
            {"income_general_public_budget": "1200000.00"},
            ["100万元", "20万元"],
        ),
        # a list item alone, its change too
        ("（1）经费拨款250.50元，同比减少7.00元。", {}, ["250.50元", "7.00元"]),
        ("经费拨款收入300万元。", {}, ["300万元"]),
        ("本年经费拨款预算300万元，比上年增加10万元。", {}, ["300万元", "10万元"]),
        # named with the fund: still that fund's part
        ("一般公共预算经费拨款300万元。", {}, ["300万元"]),
        ("公共财政预算经费拨款300万元。", {}, ["300万元"]),
    ],
)
def test_the_appropriation_by_its_part_name_is_not_read(sentence, expected, amounts):
    assert _budget(sentence) == expected
    for amount in amounts:
        assert _reported(sentence, amount), _unparsed(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "amounts"),
    [
        (
            "2025年度一般公共预算财政拨款收入为300万元，包括经费拨款收入300万元。",
            {"income_general_public_budget": "3000000.00"},
            ["300万元"],
        ),
        ("（1）经费拨款250.50元，同比减少7.00元。", {}, ["250.50元", "7.00元"]),
        (
            "本年收入合计500万元，其中：经费拨款收入450万元，其他收入50万元。",
            {"income_total": "5000000.00", "income_other": "500000.00"},
            ["450万元"],
        ),
    ],
)
def test_the_appropriation_by_its_part_name_in_a_final_account(sentence, expected, amounts):
    assert _final(sentence) == expected
    for amount in amounts:
        assert _reported(sentence, amount, final_accounts=True), _unparsed(sentence, final_accounts=True)


def test_the_part_name_of_the_appropriation_is_said_in_the_report():
    problems = _reported("经费拨款收入300万元。", "300万元")
    assert len(problems) == 1 and "经费拨款" in problems[0] and "一般公共预算拨款" in problems[0], problems


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the appropriation's own names keep reading it
        (
            "收入预算300万元，其中：财政拨款（补助）300万元。",
            {"income_total": "3000000.00", "income_fiscal_appropriation": "3000000.00"},
        ),
        ("财政拨款收入300万元。", {"income_fiscal_appropriation": "3000000.00"}),
        ("一般公共预算拨款收入300万元。", {"income_general_public_budget": "3000000.00"}),
        # a kind of 经费 appropriated is that money, never the 经费拨款
        ("“三公”经费拨款预算10万元。", {"three_public_total": "100000.00"}),
    ],
)
def test_the_appropriations_own_names_are_read(sentence, expected):
    assert _budget(sentence) == expected


def test_the_appropriation_beside_another_appropriation_is_a_part_not_read():
    # the 非税收入 managed in the budget is appropriated too; neither part has a metric
    sentence = "预算总收入1000000元，其中：经费拨款800000元；纳入预算管理的非税收入拨款50000元；其他收入150000元。"
    assert _budget(sentence) == {"income_total": "1000000.00", "income_other": "150000.00"}
    assert _reported(sentence, "800000元"), _unparsed(sentence)
    assert _reported(sentence, "50000元"), _unparsed(sentence)
    other = "收入预算500万元，其中：经费拨款400万元，政府性基金拨款100万元。"
    read = _budget(other)
    assert "income_fiscal_appropriation" not in read, read
    assert read.get("income_government_fund") == "1000000.00", read


@pytest.mark.parametrize(
    "sentence",
    [
        "项目经费拨款50万元。",  # one project's money
        "本部门收入预算100万元，其中：纳入预算管理的非税收入拨款50万元，其他收入50万元。",
    ],
)
def test_other_appropriations_are_no_fiscal_appropriation(sentence):
    read = _budget(sentence)
    assert "income_fiscal_appropriation" not in read, read
    assert "income_special_account" not in read, read
    assert _reported(sentence, "50万元"), _unparsed(sentence)


# --- kind 7: a 类 list under '基本支出中' / '在项目支出当中' breaks down that part of the spending,
# never the unit's spending by 类 (as after '基本支出包括：' / '其中')
@pytest.mark.parametrize(
    ("sentence", "expected", "final_accounts"),
    [
        (
            "项目支出：本年度项目支出300万元，占总支出的60%，在项目支出当中，教育支出250万元，"
            "科研支出30万元，卫生健康支出20万元。",
            {"project_expenditure": "3000000.00"},
            True,
        ),
        (
            "基本支出200万元，基本支出中，教育支出150万元，卫生健康支出50万元。",
            {"basic_expenditure": "2000000.00"},
            False,
        ),
        (
            "项目支出300万元。项目支出中：教育支出250万元，卫生健康支出50万元。",
            {"project_expenditure": "3000000.00"},
            False,
        ),
        (
            "2025年度基本支出200万元，在基本支出中，教育支出150万元，卫生健康支出50万元。",
            {"basic_expenditure": "2000000.00"},
            True,
        ),
        (
            "支出预算500万元，其中项目支出中，教育支出250万元，卫生健康支出50万元。",
            {"expenditure_total": "5000000.00"},
            False,
        ),
        (
            "支出预算500万元，其中项目支出中教育支出250万元，卫生健康支出50万元。",
            {"expenditure_total": "5000000.00"},
            False,
        ),
        (
            "本年支出合计100万元，基本支出60万元，项目支出40万元。在项目支出当中，教育支出30万元，卫生健康支出10万元。",
            {"expenditure_total": "1000000.00", "basic_expenditure": "600000.00", "project_expenditure": "400000.00"},
            True,
        ),
        (
            "基本支出200万元，基本支出之中，教育支出150万元，比上年增加5万元，卫生健康支出50万元。",
            {"basic_expenditure": "2000000.00"},
            False,
        ),
    ],
)
def test_a_category_list_under_a_part_of_the_spending_is_not_the_units(sentence, expected, final_accounts):
    read = _final(sentence) if final_accounts else _budget(sentence)
    assert read == expected, read
    # each 类 amount is reported as that part's split, never dropped
    for amount in re.findall(r"(?:教育支出|卫生健康支出)(\d+万元)", sentence):
        problems = _reported(sentence, amount, final_accounts)
        assert problems and "a 类 listed as a part of" in problems[0], _unparsed(sentence, final_accounts)


@pytest.mark.parametrize(
    ("sentence", "expected", "final_accounts"),
    [
        # the unit's 类, after its total spending
        (
            "支出预算100万元，其中：教育支出60万元，卫生健康支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:205": "600000.00",
                "expenditure_category:210": "400000.00",
            },
            False,
        ),
        (
            "本年支出合计100万元，其中教育支出60万元，卫生健康支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:205": "600000.00",
                "expenditure_category:210": "400000.00",
            },
            True,
        ),
        (
            "支出预算100万元。在支出预算中，教育支出60万元，卫生健康支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:205": "600000.00",
                "expenditure_category:210": "400000.00",
            },
            False,
        ),
        (
            "2025年度支出决算100万元，在本年支出中，教育支出60万元，卫生健康支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:205": "600000.00",
                "expenditure_category:210": "400000.00",
            },
            True,
        ),
        # the basic and project spending named before the list, then the 类 of the whole
        (
            "支出预算100万元，基本支出中人员经费较多。按功能分类，教育支出60万元，卫生健康支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:205": "600000.00",
                "expenditure_category:210": "400000.00",
            },
            False,
        ),
        # a share of the project spending is no list of it
        (
            "支出预算100万元，其中：教育支出60万元，占项目支出中的比重较大，卫生健康支出40万元。",
            {
                "expenditure_total": "1000000.00",
                "expenditure_category:205": "600000.00",
                "expenditure_category:210": "400000.00",
            },
            False,
        ),
    ],
)
def test_a_category_list_of_the_units_spending_is_still_read(sentence, expected, final_accounts):
    read = _final(sentence) if final_accounts else _budget(sentence)
    assert read == expected, read
