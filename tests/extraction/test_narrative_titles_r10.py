"""Titles run in before a colon, the subjects of the totals and the unit's own name in a label.

1. A name run in before a colon opening its paragraph names the amount after it, also with a
   definition of the name between ('指…' / '是指…' / '用于反映…' / '包括…'): '（一）财政拨款收入：指…。
   2026年预算安排X' is the 财政拨款 income; a title the project has no metric for ('（二）非税收入：')
   keeps no figure (a problem names it), never the total of the topic its words are about.
2. A coded item titled so ('2080501行政单位离退休：用于反映…。2026年预算安排X') gives its amount to
   its code, as the code readers read it; an item whose code they do not trust keeps none.
3. In a 决算, an income more than the 本年收入 listed after it holds the carry-over: it is the 收入
   总计 (grand_total) and 本年收入 the income_total; a budget's income with its 上年结转 stays
   income_total.
4. The unit's own name between the year and the words names nothing (and tells no topic:
   '某某区政府采购中心收入预算' is income); a sub-unit named after 所属 / 下属 / 附属 keeps no figure.
5. '部门预算总支出' is read as '部门预算总收入' is, with spaces before 万元 and with a colon before
   the amount; a title run in before a colon may open with the document's year, never another's.
6. '财政拨款预算数' / '财政拨款收入预算数' is the 财政拨款 income, its change after it.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, figures_in_order, parse_document, unparsed_messages

_UNIT = "某市某区某某服务中心"


def _read(*paragraphs: str, unit: str = _UNIT, year: str = "2026", final: bool = False) -> dict:
    return accepted_figures(parse_document(*paragraphs, unit=unit, year=year, final=final))


def _read_roles(*paragraphs: str, unit: str = _UNIT, year: str = "2025") -> dict:
    return accepted_figures(parse_document(*paragraphs, unit=unit, year=year, final=True), with_role=True)


def _unparsed(*paragraphs: str, unit: str = _UNIT, year: str = "2026", final: bool = False) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=unit, year=year, final=final))


# --- 1. a title before a colon names its amount, a definition between


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "（一）财政拨款收入：是指本级财政当年拨付的资金。2026年预算安排830.40万元。",
            {"income_fiscal_appropriation": "8304000.00"},
        ),
        (
            "（三）事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，2026年预算安排56.00万元。",
            {"income_business": "560000.00"},
        ),
        ("（四）其他收入：用于反映上述以外的各项收入。2026年预算数12.50万元。", {"income_other": "125000.00"}),
        ("3.上年结转：包括基本支出结转和项目支出结转。2026年预算安排40.00万元。", {"income_carryover": "400000.00"}),
        ("（一）财政拨款：2026年预算安排830.40万元。", {"income_fiscal_appropriation": "8304000.00"}),
    ],
)
def test_a_title_names_the_amount_after_its_definition(paragraph, expected):
    assert _read("一、收入预算情况", paragraph) == expected


def test_titled_parts_in_one_passage_are_each_their_own():
    got = _read(
        "一、收入预算情况",
        "（一）财政拨款收入：是指本级财政当年拨付的资金。2026年预算安排830.40万元。",
        "（二）事业收入：系指开展专业业务活动取得的收入。2026年预算安排56.00万元。",
        "（三）其他收入：主要是利息收入，2026年预算安排2.00万元。",
    )
    assert got == {
        "income_fiscal_appropriation": "8304000.00",
        "income_business": "560000.00",
        "income_other": "20000.00",
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "（二）非税收入：指除税收以外由本单位依法取得的财政性资金。2026年预算安排62.00万元。",
        "（二）非税收入：2026年预算安排62.00万元。",
        "（五）专项收入：系指按规定用于专门用途的收入，2026年预算安排62.00万元。",
        "行政事业性收费收入：是指依法收取的各项收费。2026年预算数62.00万元。",
    ],
)
def test_a_title_of_no_metric_keeps_no_figure_not_the_topics_total(paragraph):
    result = parse_document("一、收入预算情况", paragraph, unit=_UNIT, year="2026")
    assert accepted_figures(result) == {}
    assert any("names no metric" in message for message in unparsed_messages(result))


def test_a_title_of_no_metric_in_a_final_account_keeps_none():
    result = parse_document(
        "一、收入决算情况",
        "（二）非税收入：指除税收以外的财政性资金。2025年决算数62.00万元。",
        unit=_UNIT,
        year="2025",
        final=True,
    )
    assert accepted_figures(result) == {}
    assert any("names no metric" in message for message in unparsed_messages(result))


def test_a_final_accounts_title_with_its_definition_names_the_actual():
    got = _read_roles(
        "一、收入决算情况",
        "（一）财政拨款收入：指本级财政当年拨付的资金。2025年决算数905.10万元。",
        "（二）事业收入：反映开展专业业务活动取得的收入。年初预算为40.00万元，决算数为52.30万元。",
    )
    assert got == {
        ("income_fiscal_appropriation", "actual"): "9051000.00",
        ("income_business", "budget"): "400000.00",
        ("income_business", "actual"): "523000.00",
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a lead-in, no name of a figure: the topic's total as before
        ("收入预算情况如下：2026年预算安排900.00万元。", {"income_total": "9000000.00"}),
        # a view of the income, no kind of it
        ("收入来源：2026年预算安排900.00万元。", {"income_total": "9000000.00"}),
        # the total named by the title itself
        ("（一）收入预算：2026年预算安排900.00万元。", {"income_total": "9000000.00"}),
    ],
)
def test_a_lead_in_or_a_whole_before_the_colon_is_no_part(paragraph, expected):
    assert _read("一、收入预算情况", paragraph) == expected


def test_a_definition_then_another_amount_first_is_no_titles():
    # ('…：指…。其中X，…': the amount after the title's definition is named by its own words)
    got = _read(
        "一、收入预算情况",
        "（一）财政拨款收入：是指本级财政当年拨付的资金。其中一般公共预算拨款2026年预算安排800.00万元。",
    )
    assert got == {"income_general_public_budget": "8000000.00"}


def test_a_numbered_category_title_is_no_spending_total():
    got = figures_in_order(
        parse_document("二、支出预算情况", "（一）教育支出：2026年预算安排100.00万元。", unit=_UNIT, year="2026")
    )
    assert got == [("expenditure_category", "205", "1000000.00")]


# --- 2. coded items titled the same way


@pytest.mark.parametrize(
    "paragraph",
    [
        "2080501行政单位离退休：用于反映行政单位离退休人员的支出。2026年预算安排45.20万元。",
        "2.2080501行政单位离退休：主要用于行政单位离退休人员的支出，2026年预算安排45.20万元。",
        "2080501行政单位离退休：2026年预算安排45.20万元。",
    ],
)
def test_a_coded_item_title_names_the_amount_after_its_description(paragraph):
    got = figures_in_order(
        parse_document(
            "二、支出预算情况",
            "（一）社会保障和就业支出（类）行政事业单位养老支出（款）",
            paragraph,
            unit=_UNIT,
            year="2026",
        )
    )
    assert got == [("expenditure_function", "2080501", "452000.00")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the code with the name of another item under its 款
        "2010302行政单位离退休：用于反映行政单位的基本支出。2026年预算安排30.00万元。",
        # a code of no 类 the reference knows
        "9990101某某事务：用于反映某某事务的支出。2026年预算安排30.00万元。",
    ],
)
def test_a_coded_item_the_code_readers_do_not_trust_keeps_no_figure_and_no_total(paragraph):
    result = parse_document("二、支出预算情况", paragraph, unit=_UNIT, year="2026")
    assert accepted_figures(result) == {}
    assert unparsed_messages(result)


def test_a_read_coded_item_with_its_description_is_its_code_under_a_spending_heading():
    got = figures_in_order(
        parse_document(
            "二、支出预算情况",
            "2130101行政运行：用于反映行政单位的基本支出。2026年预算安排30.00万元。",
            unit=_UNIT,
            year="2026",
        )
    )
    assert got == [("expenditure_function", "2130101", "300000.00")]


# --- 3. a 决算's income more than its 本年收入 is its 收入总计


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年度收入决算1,250.80万元，其中：本年收入1,100.30万元，占总收入87.97%，包括财政拨款收入1,000.30万元、"
        "事业收入100.00万元；年初结转和结余150.50万元。",
        "本年度收入决算数为1,250.80万元，其中本年收入1,100.30万元（财政拨款收入1,000.30万元，事业收入100.00万元），"
        "年初结转和结余150.50万元。",
    ],
)
def test_a_final_accounts_income_holding_the_carryover_is_its_grand_total(paragraph):
    got = _read_roles("（一）收入决算情况", paragraph)
    assert got == {
        ("grand_total", "actual"): "12508000.00",
        ("income_total", "actual"): "11003000.00",
        ("income_fiscal_appropriation", "actual"): "10003000.00",
        ("income_business", "actual"): "1000000.00",
        ("income_carryover", "actual"): "1505000.00",
    }


def test_a_final_accounts_year_income_total_stays_the_income_total():
    got = _read_roles("2025年度本年收入合计1,100.30万元，其中：财政拨款收入1,000.30万元，事业收入100.00万元。")
    assert got == {
        ("income_total", "actual"): "11003000.00",
        ("income_fiscal_appropriation", "actual"): "10003000.00",
        ("income_business", "actual"): "1000000.00",
    }


def test_a_budgets_income_with_its_carryover_stays_the_income_total():
    got = _read("2026年收入预算1,250.80万元，其中：本年收入1,100.30万元，上年结转150.50万元。")
    assert got == {"income_total": "12508000.00", "income_carryover": "1505000.00"}
    assert "grand_total" not in got


def test_a_final_accounts_income_equal_to_its_year_income_is_no_grand_total():
    got = _read_roles("2025年度收入决算500.00万元，其中本年收入500.00万元。")
    assert got == {("income_total", "actual"): "5000000.00"}


# --- 4. the unit's own name inside a label


@pytest.mark.parametrize(
    "paragraph",
    [
        "事业收入：2026年某某职业学院事业收入预算2,380.00万元。",
        "2026年某某职业学院事业收入预算2,380.00万元。",
        "2026年度，某某职业学院事业收入预算为2,380.00万元。",
    ],
)
def test_the_own_name_between_the_year_and_the_words_names_nothing(paragraph):
    assert _read("一、收入预算情况", paragraph, unit="某某省某某职业学院") == {"income_business": "23800000.00"}


@pytest.mark.parametrize(
    ("unit", "paragraph", "expected"),
    [
        ("某某区政府采购中心", "2026年某某区政府采购中心收入预算310.00万元。", {"income_total": "3100000.00"}),
        ("某某区政府采购中心", "2026年某某区政府采购中心基本支出280.00万元。", {"basic_expenditure": "2800000.00"}),
        ("某某市车辆管理所", "2026年某某市车辆管理所支出预算520.00万元。", {"expenditure_total": "5200000.00"}),
        (
            "某某县预算绩效评价中心",
            "2026年某某县预算绩效评价中心事业收入预算30.00万元。",
            {"income_business": "300000.00"},
        ),
    ],
)
def test_the_own_names_words_tell_no_topic(unit, paragraph, expected):
    assert _read(paragraph, unit=unit) == expected


def test_the_procurement_named_after_the_own_name_is_still_read():
    got = _read("2026年某某区政府采购中心政府采购预算36.00万元。", unit="某某区政府采购中心")
    assert got == {"procurement_total": "360000.00"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "2026年某某职业学院附属某某中学事业收入预算300.00万元。",
        "2026年某某职业学院所属某某实训中心事业收入预算300.00万元。",
        "2026年下属某某培训学校收入预算300.00万元。",
    ],
)
def test_a_sub_unit_named_before_the_words_keeps_no_figure(paragraph):
    result = parse_document("一、收入预算情况", paragraph, unit="某某省某某职业学院", year="2026")
    assert accepted_figures(result) == {}
    assert any("sub-unit" in message for message in unparsed_messages(result))


def test_the_income_remitted_by_sub_units_is_no_sub_units_figure():
    got = _read("2026年附属单位上缴收入18.00万元。", unit="某某省某某职业学院")
    assert got == {"income_subsidiary_remittance": "180000.00"}


# --- 5. 部门预算总支出 as 部门预算总收入; a colon before the amount


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "2026年部门预算总支出 615.30万元，比2025年减少18.20 万元。",
            {"expenditure_total": "6153000.00", "expenditure_change_vs_prior_year": "-182000.00"},
        ),
        (
            "2026年部门预算总收入 615.30 万元，比 2025 年减少 18.20 万元。",
            {"income_total": "6153000.00", "income_change_vs_prior_year": "-182000.00"},
        ),
        (
            "部门预算总支出：615.30万元，同比减少18.20万元。",
            {"expenditure_total": "6153000.00", "expenditure_change_vs_prior_year": "-182000.00"},
        ),
        ("2026年部门预算总收入：615.30万元。", {"income_total": "6153000.00"}),
        ("收入总计：615.30万元。", {"income_total": "6153000.00"}),
    ],
)
def test_department_budget_totals_with_spaces_and_colons(paragraph, expected):
    assert _read(paragraph) == expected


def test_a_title_of_another_year_before_the_colon_keeps_no_figure():
    result = parse_document("2025年部门预算总支出：590.00万元。", unit=_UNIT, year="2026")
    assert accepted_figures(result) == {}
    assert unparsed_messages(result)


# --- 6. 财政拨款预算数


@pytest.mark.parametrize(
    "paragraph",
    [
        "2026年财政拨款预算数702.60万元，比2025年预算增加41.30万元。",
        "2026年财政拨款收入预算数702.60万元，比2025年预算增加41.30万元。",
        "2026年财政拨款预算702.60万元，较上年增加41.30万元。",
    ],
)
def test_the_fiscal_appropriation_budget_and_its_change(paragraph):
    assert _read(paragraph) == {
        "income_fiscal_appropriation": "7026000.00",
        "income_fiscal_appropriation_change_vs_prior_year": "413000.00",
    }


def test_another_years_fiscal_appropriation_budget_is_not_read():
    assert _read("2025年财政拨款预算数661.30万元。") == {}
