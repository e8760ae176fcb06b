"""Narrative value roles and wordings of the tenth roles round.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.

* kind 1 "budget words inside a 决算's label": '收入预算总额', '支出预算合计', '基本支出预算', '部门预算中…'
  and a year printed without 年 ('2024支出预算为X') are the budget's figures (@budget), the parts after
  其中 of such a total too; 决算 / 执行 / 实际 words are the actual; never a fund's name
  ('一般公共预算中');
* kind 2 "a role said before 中 for a statement": '2024年预算中，基本支出X，项目支出Y' reads both as the
  budget's, up to the '；'; '决算中，…' the actual's; '调整预算中' the adjusted budget's;
* kind 3 "the whole's words": '收入总数' is income_total; '总职工数' / '职工总数' named alone are
  staff_actual (never after the staff were counted, never the retired);
* kind 4 "other names": '专户资金' is income_special_account; '定编' is the 编制; '公务用车及运行维护费'
  (购置 left out) is three_public_vehicle_total; '现有教师' / '实有教师' as the paragraph's only count
  of the people in post is staff_actual.
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import accepted_figures, parse_document, unparsed_messages

_UNIT = "某县某局"


def _final(*paragraphs: str) -> dict[tuple[str, str], str]:
    """(metric, value_role) -> value of the figures a 2024 决算's narrative keeps."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2024", final=True), with_role=True)


def _budget(*paragraphs: str) -> dict[str, str]:
    """metric -> value of the figures a 2024 budget's narrative keeps."""
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year="2024"))


def _budget_unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year="2024"))


# --- kind 1: budget words inside a 决算's label ---------------------------------------------------


def test_budget_total_and_its_parts_then_the_year_end_account_in_one_paragraph():
    text = (
        "本单位2024年收入预算总额为3,260,500元，其中，人员经费为2,900,000元，日常公用经费为360,500元，"
        "2024年预算中财政拨款收入为3,100,000元，其他收入为160,500元。"
        "2024年年末决算中收入总数为3,418,227.35元，其中财政拨款收入为3,301,927.35元。"
    )
    assert _final(text) == {
        ("income_total", "budget"): "3260500.00",
        ("personnel_expenditure", "budget"): "2900000.00",
        ("public_use_expenditure", "budget"): "360500.00",
        ("income_fiscal_appropriation", "budget"): "3100000.00",
        ("income_other", "budget"): "160500.00",
        ("income_total", "actual"): "3418227.35",
        ("income_fiscal_appropriation", "actual"): "3301927.35",
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a year printed without 年 before the budget's words; the parts' own 预算 at their end
        (
            "2024支出预算为980万元，其中：基本支出预算700万元；项目支出预算280万元。",
            {
                ("expenditure_total", "budget"): "9800000.00",
                ("basic_expenditure", "budget"): "7000000.00",
                ("project_expenditure", "budget"): "2800000.00",
            },
        ),
        # 预算合计 beside 决算合计 of the same side
        (
            "本年支出预算合计420万元，支出决算合计415万元。",
            {("expenditure_total", "budget"): "4200000.00", ("expenditure_total", "actual"): "4150000.00"},
        ),
        # 预算总数, then the actual named by 决算 words
        (
            "本年度收入预算总数为600万元，收入决算数为590万元。",
            {("income_total", "budget"): "6000000.00", ("income_total", "actual"): "5900000.00"},
        ),
        # 部门预算中 before an income source, the next source of the list too
        (
            "部门预算中财政拨款收入为260万元，事业收入为40万元。",
            {("income_fiscal_appropriation", "budget"): "2600000.00", ("income_business", "budget"): "400000.00"},
        ),
        # the whole year's budget is the adjusted budget, as the project reads 全年预算
        (
            "收入全年预算总额650万元，收入决算总额640万元。",
            {("income_total", "adjusted_budget"): "6500000.00", ("income_total", "actual"): "6400000.00"},
        ),
    ],
)
def test_budget_words_inside_a_final_accounts_label_are_the_budget(paragraph, expected):
    assert _final(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a fund's name is no role: the year's actual of that fund's statement
        (
            "一般公共预算中，基本支出300万元，项目支出120万元。",
            {("basic_expenditure", "actual"): "3000000.00", ("project_expenditure", "actual"): "1200000.00"},
        ),
        # the budget's execution is the actual
        ("收入预算执行数480万元。", {("income_total", "actual"): "4800000.00"}),
        # a budget total, then after the '；' a figure of no role words of its own: the actual
        (
            "本单位收入预算总额500万元；基本支出290万元。",
            {("income_total", "budget"): "5000000.00", ("basic_expenditure", "actual"): "2900000.00"},
        ),
    ],
)
def test_no_budget_role_without_the_budgets_own_words(paragraph, expected):
    assert _final(paragraph) == expected


def test_a_year_without_its_nian_before_the_budget_words_in_a_budget_document():
    # (a budget has no value roles: the figures are read as before)
    assert _budget("2024收入预算为1,200万元，其中：财政拨款收入1,150万元。") == {
        "income_total": "12000000.00",
        "income_fiscal_appropriation": "11500000.00",
    }


# --- kind 2: a role said before 中 for a statement ------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "2024年预算中，基本支出300万元，项目支出120万元；基本支出决算290万元，项目支出决算118万元。",
            {
                ("basic_expenditure", "budget"): "3000000.00",
                ("project_expenditure", "budget"): "1200000.00",
                ("basic_expenditure", "actual"): "2900000.00",
                ("project_expenditure", "actual"): "1180000.00",
            },
        ),
        # run in before the first label, no comma
        (
            "年初预算中基本支出310万元，项目支出95万元。",
            {("basic_expenditure", "budget"): "3100000.00", ("project_expenditure", "budget"): "950000.00"},
        ),
        (
            "调整预算中，基本支出320万元，项目支出100万元。",
            {
                ("basic_expenditure", "adjusted_budget"): "3200000.00",
                ("project_expenditure", "adjusted_budget"): "1000000.00",
            },
        ),
        (
            "2024年决算中，基本支出290万元，项目支出118万元。",
            {("basic_expenditure", "actual"): "2900000.00", ("project_expenditure", "actual"): "1180000.00"},
        ),
        # the actual's words keep a figure the actual inside a budget's statement
        (
            "年初预算中，基本支出300万元，实际支出290万元。",
            {("basic_expenditure", "budget"): "3000000.00", ("basic_expenditure", "actual"): "2900000.00"},
        ),
    ],
)
def test_a_role_before_zhong_holds_for_its_statement(paragraph, expected):
    assert _final(paragraph) == expected


def test_the_role_before_zhong_ends_with_its_statement():
    assert _final("2024年预算中，项目支出120万元；基本支出290万元。") == {
        ("project_expenditure", "budget"): "1200000.00",
        ("basic_expenditure", "actual"): "2900000.00",
    }


# --- kind 3: the whole's words ---------------------------------------------------------------------


def test_shouru_zongshu_is_the_income_total():
    assert _final("本年收入总数为812.40万元，其中：财政拨款收入800万元。") == {
        ("income_total", "actual"): "8124000.00",
        ("income_fiscal_appropriation", "actual"): "8000000.00",
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本站总职工数为64人，其中：在编40人，聘用24人。", {"staff_actual": "64", "staff_contract": "24"}),
        ("单位职工总数85人，退休职工总数20人。", {"staff_actual": "85", "staff_retired_regular": "20"}),
        ("本所职工总人数为37人。", {"staff_actual": "37"}),
    ],
)
def test_the_staff_counted_as_a_whole(paragraph, expected):
    assert _budget(paragraph) == expected


def test_the_staffs_whole_words_are_no_count_after_the_staff_were_counted_nor_the_retired():
    # the sum after its parts (the retired among them) is no staff_actual of its own
    assert _budget("在职60人，退休20人，职工总数80人。") == {"staff_actual": "60", "staff_retired_regular": "20"}
    assert any("80人" in message for message in _budget_unparsed("在职60人，退休20人，职工总数80人。"))
    assert _budget("退休职工总数20人。") == {"staff_retired_regular": "20"}


# --- kind 4: other names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "本年收入合计650万元，其中：财政拨款收入560万元，专户资金90万元。",
            {
                ("income_total", "actual"): "6500000.00",
                ("income_fiscal_appropriation", "actual"): "5600000.00",
                ("income_special_account", "actual"): "900000.00",
            },
        ),
        (
            "本年收入300万元，其中财政拨款收入250万元，财政专户资金50万元。",
            {
                ("income_total", "actual"): "3000000.00",
                ("income_fiscal_appropriation", "actual"): "2500000.00",
                ("income_special_account", "actual"): "500000.00",
            },
        ),
        # spending of that money is no income
        ("专户资金支出30万元。", {}),
    ],
)
def test_the_special_account_money(paragraph, expected):
    assert _final(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本单位定编人员36人，实有人员33人。", {"staff_authorized": "36", "staff_actual": "33"}),
        ("本中心定编28名。", {"staff_authorized": "28"}),
        ("本局行政定编9名，事业定编14名。", {"staff_authorized_admin": "9", "staff_authorized_institution": "14"}),
        # a former state's posts are never the year's
        ("本单位原定编30名，现核定编制25名。", {"staff_authorized": "25"}),
    ],
)
def test_dingbian_is_the_establishment(paragraph, expected):
    assert _budget(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("公务用车及运行维护费用12.6万元。", {("three_public_vehicle_total", "actual"): "126000.00"}),
        ("公车及运行费5.2万元。", {("three_public_vehicle_total", "actual"): "52000.00"}),
        ("公务用车购置及运行维护费7.5万元。", {("three_public_vehicle_total", "actual"): "75000.00"}),
        # 及 between the running and the maintenance: the running costs alone
        ("公务用车运行及维护费用4.3万元。", {("three_public_vehicle_operation", "actual"): "43000.00"}),
    ],
)
def test_vehicles_and_their_running_costs(paragraph, expected):
    assert _final(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本校现有教师52人，退休教师9人。", {"staff_actual": "52", "staff_retired_regular": "9"}),
        ("学校实有教师为40人，在校学生600人。", {"staff_actual": "40"}),
        # beside another count of the people in post the teachers are a part of them
        ("学校现有教职工60人，现有教师52人，退休教师9人。", {"staff_actual": "60", "staff_retired_regular": "9"}),
        # a narrower profession stays unread
        ("学校现有专任教师52人。", {}),
    ],
)
def test_teachers_now_as_the_only_count_of_the_staff_in_post(paragraph, expected):
    assert _budget(paragraph) == expected


# --- the fiscal appropriation's 总计 whose 其中 parts name 本年 and the carry-over (决算) ------------


def test_a_fiscal_total_whose_parts_name_the_carryover_is_the_fiscal_grand_total():
    read = _final(
        "2024年度财政拨款收入总计640.00万元，其中：本年财政拨款收入590.00万元，年初财政拨款结转和结余"
        "50.00万元。财政拨款支出总计640.00万元，其中：本年财政拨款支出600.00万元，年末财政拨款结转和结余"
        "40.00万元。"
    )
    assert read[("fiscal_grand_total", "actual")] == "6400000.00"
    assert read[("income_fiscal_appropriation", "actual")] == "5900000.00"
    assert read[("expenditure_fiscal_appropriation", "actual")] == "6000000.00"
    # never the 总计 as the year's 财政拨款收入 / 支出
    assert "6400000.00" not in {value for (metric, _), value in read.items() if metric != "fiscal_grand_total"}


def test_a_fiscal_total_whose_parts_are_funds_stays_the_years_appropriation():
    read = _final("2024年度财政拨款收入总计640.00万元，其中：一般公共预算财政拨款600.00万元，政府性基金40.00万元。")
    assert read[("income_fiscal_appropriation", "actual")] == "6400000.00"
    assert ("fiscal_grand_total", "actual") not in read
