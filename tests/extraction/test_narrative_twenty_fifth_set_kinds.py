"""Money kinds misread at first contact with the twenty-fifth held-out set (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from tests.extraction.test_narrative_seventh_set_kinds import _figures

_UNIT = "某县某局"


def _unparsed(sentence: str, final_accounts: bool = False, year: str = "2025") -> list[str]:
    """The unparsed-figure messages of a 2025 budget's (or 决算's) narrative of one ``sentence``."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    result = parse_narrative(
        [_UNIT, title, heading, "", sentence], None, fiscal_year=year, unit_name=_UNIT, final_accounts=final_accounts
    )
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


def _budget(sentence: str) -> dict[str, str]:
    return _figures([sentence], year="2025")


def _final(sentence: str) -> dict[str, str]:
    return _figures([sentence], final_accounts=True, year="2025")


# --- kind 1: 财政拨款总收入 is the fiscal appropriation's income; the 总支出 right after it its spending
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "我单位财政拨款总收入520万元，总支出520万元。",
            {"income_fiscal_appropriation": "5200000.00", "expenditure_fiscal_appropriation": "5200000.00"},
        ),
        (
            "2025年本单位财政拨款总收入610.5万元，支出总计610.5万元。",
            {"income_fiscal_appropriation": "6105000.00", "expenditure_fiscal_appropriation": "6105000.00"},
        ),
        (
            "财政拨款总收入480万元，比上年增加30万元；总支出480万元。",
            {
                "income_fiscal_appropriation": "4800000.00",
                "income_fiscal_appropriation_change_vs_prior_year": "300000.00",
                "expenditure_fiscal_appropriation": "4800000.00",
            },
        ),
        (
            "本部门财政拨款总收入300万元，总支出290万元。",
            {"income_fiscal_appropriation": "3000000.00", "expenditure_fiscal_appropriation": "2900000.00"},
        ),
        ("财政拨款总收入520万元。", {"income_fiscal_appropriation": "5200000.00"}),
        ("2025年财政拨款总收入77.7万元。", {"income_fiscal_appropriation": "777000.00"}),
    ],
)
def test_the_fiscal_appropriations_total_income_and_the_spending_after_it(sentence, expected):
    assert _budget(sentence) == expected


def test_the_spending_after_the_fiscal_appropriations_total_income_in_a_final_account():
    assert _final("财政拨款总收入520万元，总支出500万元。") == {
        "income_fiscal_appropriation": "5200000.00",
        "expenditure_fiscal_appropriation": "5000000.00",
    }


def test_a_final_accounts_spending_grand_total_after_the_fiscal_total_income_is_not_read():
    # a 决算's 支出总计 holds the carry-over to the next year: neither the fiscal spending nor the
    # 收支总表's grand total
    sentence = "财政拨款总收入520万元，支出总计560万元。"
    assert _final(sentence) == {"income_fiscal_appropriation": "5200000.00"}
    assert any("560万元" in p for p in _unparsed(sentence, final_accounts=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the unit's totals, no 财政拨款 named: as before
        ("总收入520万元，总支出520万元。", {"income_total": "5200000.00", "expenditure_total": "5200000.00"}),
        ("2025年收入总计520万元，支出总计520万元。", {"income_total": "5200000.00", "expenditure_total": "5200000.00"}),
        # the fiscal appropriation named as a part of the unit's income: the 总支出 is the unit's
        (
            "2025年总收入700万元，其中财政拨款收入520万元；总支出700万元。",
            {
                "income_total": "7000000.00",
                "income_fiscal_appropriation": "5200000.00",
                "expenditure_total": "7000000.00",
            },
        ),
        (
            "收入预算包括：财政拨款收入500万元，事业收入100万元；支出600万元。",
            {
                "income_fiscal_appropriation": "5000000.00",
                "income_business": "1000000.00",
                "expenditure_total": "6000000.00",
            },
        ),
    ],
)
def test_the_units_totals_stay_the_units(sentence, expected):
    assert _budget(sentence) == expected


def test_a_spending_total_after_another_figure_is_not_the_fiscal_appropriations():
    # a figure of another thing stands between the fiscal income and the spending total
    read = _budget("财政拨款总收入520万元，基本支出400万元，总支出700万元。")
    assert "expenditure_fiscal_appropriation" not in read, read
    assert read["income_fiscal_appropriation"] == "5200000.00"


# --- kind 2: an amount of N projects inside an inclusion bracket is those projects', never the unit's
@pytest.mark.parametrize(
    "sentence",
    [
        "年初下达预算6个项目300万元（含2个上年结转项目40万元）。",
        "2025年安排项目支出8个项目共计260万元（含1个年初结转结余项目12.5万元）。",
        "本年度共实施项目5个，金额200万元（其中含3个上年结转项目40万元）。",
        "项目预算300万元（包含2个上年结转项目40万元）。",
    ],
)
def test_an_amount_of_projects_counted_in_an_inclusion_bracket_is_no_carryover(sentence):
    read = _budget(sentence)
    assert "income_carryover" not in read, read
    assert "400000.00" not in read.values() and "125000.00" not in read.values(), read
    problems = _unparsed(sentence)
    assert any(("40万元" in p or "12.5万元" in p) and "项目" in p for p in problems), problems


def test_an_amount_of_projects_counted_in_an_inclusion_bracket_in_a_final_account():
    sentence = "年初下达预算6个项目300万元（含2个上年结转项目40万元）。"
    assert "income_carryover" not in _final(sentence)
    assert any("40万元" in p for p in _unparsed(sentence, final_accounts=True))


def test_an_amount_of_projects_of_another_kind_in_an_inclusion_bracket_is_no_figure():
    read = _budget("2025年项目支出300万元（含3个基本建设项目90万元）。")
    assert read == {"project_expenditure": "3000000.00"}
    # an item of the bracket's list after another: the bracket's inclusion word is its own
    read = _budget("2025年项目支出300万元（含某专项经费20万元、2个上年结转项目40万元）。")
    assert "income_carryover" not in read and "400000.00" not in read.values(), read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("收入预算500万元（含上年结转40万元）。", {"income_total": "5000000.00", "income_carryover": "400000.00"}),
        (
            "2025年收入预算500万元，其中上年结转40万元。",
            {"income_total": "5000000.00", "income_carryover": "400000.00"},
        ),
        ("2025年上年结转40万元。", {"income_carryover": "400000.00"}),
    ],
)
def test_the_units_own_carryover_is_still_read(sentence, expected):
    assert _budget(sentence) == expected


# --- kind 3: the 收入总计 / 支出总计 listed under a 财政拨款收支总预算 are that table's sides
_FISCAL_SIDES = [
    "本单位财政拨款收支总预算300.00万元。其中，收入总计300.00万元，包括一般公共预算本年收入280.00万元、"
    "上年结转20.00万元；支出总计300.00万元，包括一般公共服务支出300.00万元。",
    "本单位财政拨款收支总预算300.00万元，其中：收入总计300.00万元，支出总计300.00万元。",
    "2025年财政拨款收支总预算300万元。其中：收入总计300万元；支出总计300万元。",
]


@pytest.mark.parametrize("sentence", _FISCAL_SIDES)
def test_the_sides_listed_under_the_fiscal_grand_total_are_not_the_units_totals(sentence):
    read = _budget(sentence)
    assert read["fiscal_grand_total"] == "3000000.00"
    assert not {"income_total", "expenditure_total", "grand_total"} & read.keys(), read


def test_the_sides_equal_to_the_fiscal_grand_total_are_no_problem():
    for sentence in _FISCAL_SIDES[1:]:
        assert not any("总计" in p for p in _unparsed(sentence)), sentence


def test_a_side_that_differs_from_the_fiscal_grand_total_is_unparsed():
    sentence = "2025年财政拨款收支总预算300万元。其中，收入总计310万元，支出总计300万元。"
    read = _budget(sentence)
    assert read == {"fiscal_grand_total": "3000000.00"}
    assert any("310万元" in p for p in _unparsed(sentence)), _unparsed(sentence)


def test_the_parts_of_the_fiscal_income_side_are_the_fiscal_tables():
    # the carry-over listed under the fiscal table's income side is that fund's (as '收入包括：…上年结转'
    # after a 财政拨款收支总预算 is), never the unit's income_carryover
    read = _budget(_FISCAL_SIDES[0])
    assert read.get("income_general_public_budget") == "2800000.00"
    assert "income_carryover" not in read, read


def test_the_units_totals_outside_a_fiscal_list_stay_the_units():
    assert _budget("本单位收入总计300万元，支出总计300万元。") == {
        "income_total": "3000000.00",
        "expenditure_total": "3000000.00",
    }
    read = _budget("2025年财政拨款收支总预算300万元。2025年收入总计500万元。")
    assert read == {"fiscal_grand_total": "3000000.00", "income_total": "5000000.00"}


# --- kind 4: 未使用非财政拨款结余 is the non-fiscal balance used, 0
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "此外，本年度未使用非财政拨款结余和专用结余，年初结转和结余12.30万元。",
            {"non_fiscal_balance_used": "0.00", "income_carryover": "123000.00"},
        ),
        ("本年度未使用非财政拨款结余。", {"non_fiscal_balance_used": "0.00"}),
        ("本单位没有使用非财政拨款结余。", {"non_fiscal_balance_used": "0.00"}),
        ("使用非财政拨款结余：无。", {"non_fiscal_balance_used": "0.00"}),
        (
            "本年度无使用非财政拨款结余，年初结转和结余5万元。",
            {"non_fiscal_balance_used": "0.00", "income_carryover": "50000.00"},
        ),
    ],
)
def test_no_non_fiscal_balance_used(sentence, expected):
    assert _final(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "上年未使用非财政拨款结余。",  # another year
        "2024年度未使用非财政拨款结余。",
        "本年度未使用财政拨款结余。",  # the fiscal appropriation's balance, no metric
        "本单位无非财政拨款结余。",  # no balance held: not its use
        "本年度未使用专用结余。",
    ],
)
def test_no_use_of_another_balance_or_year_is_not_read(sentence):
    assert "non_fiscal_balance_used" not in _final(sentence)


def test_an_amount_of_the_balance_not_used_is_no_use_of_it():
    sentence = "本年度未使用非财政拨款结余10万元。"
    assert _final(sentence) == {}
    assert any("10万元" in p for p in _unparsed(sentence, final_accounts=True))
    assert _final("本年度使用非财政拨款结余10万元。") == {"non_fiscal_balance_used": "100000.00"}


# --- kind 5: '用于采购货物' and the like after a procurement total name its parts
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2025年政府采购预算总额 42 万元，用于采购货物预算 42 万元。",
            {"procurement_total": "420000.00", "procurement_goods": "420000.00"},
        ),
        (
            "2025年政府采购预算总额100万元，用于采购货物30万元，用于采购服务70万元。",
            {"procurement_total": "1000000.00", "procurement_goods": "300000.00", "procurement_services": "700000.00"},
        ),
        (
            "2025年政府采购预算80万元，主要用于采购服务80万元。",
            {"procurement_total": "800000.00", "procurement_services": "800000.00"},
        ),
        (
            "2025年政府采购预算总额100万元，其中采购工程100万元。",
            {"procurement_total": "1000000.00", "procurement_works": "1000000.00"},
        ),
        (
            "2025年安排政府采购预算60万元，用于采购工程预算20万元、用于采购货物预算40万元。",
            {"procurement_total": "600000.00", "procurement_works": "200000.00", "procurement_goods": "400000.00"},
        ),
    ],
)
def test_the_procurement_parts_named_by_what_they_are_used_to_buy(sentence, expected):
    assert _budget(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a use named by no procurement part
        ("2025年政府采购预算总额100万元，主要用于办公设备购置30万元。", {"procurement_total": "1000000.00"}),
        ("2025年政府采购预算总额100万元，用于采购办公设备等货物30万元。", {"procurement_total": "1000000.00"}),
        # no procurement in the sentence: buying services is a use of the project spending
        ("2025年项目支出100万元，用于采购服务30万元。", {"project_expenditure": "1000000.00"}),
    ],
)
def test_other_uses_are_no_procurement_part(sentence, expected):
    assert _budget(sentence) == expected


# --- kind 6: a 其中 list of sources with their shares, run into a reason, is the total's composition
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2025年度收入合计900.00万元，与2024年度相比，减少50.00万元，下降5.3%主要原因是减少会议经费支"
            "其中：财政拨款收入770.00万元，占85.6%；事业收入130.00万元，占14.4%。",
            {
                "income_total": "9000000.00",
                "income_change_vs_prior_year": "-500000.00",
                "income_fiscal_appropriation": "7700000.00",
                "income_business": "1300000.00",
            },
        ),
        (
            "2025年度支出合计900.00万元，比上年增加40.00万元，增长4.6%，主要原因是人员增加其中：基本支出"
            "700.00万元，占77.8%；项目支出200.00万元，占22.2%。",
            {
                "expenditure_total": "9000000.00",
                "expenditure_change_vs_prior_year": "400000.00",
                "basic_expenditure": "7000000.00",
                "project_expenditure": "2000000.00",
            },
        ),
        (
            "2025年度收入合计600万元，比上年增加20万元，主要是人员经费增加，其中财政拨款收入500万元，占83.3%；"
            "其他收入100万元，占16.7%。",
            {
                "income_total": "6000000.00",
                "income_change_vs_prior_year": "200000.00",
                "income_fiscal_appropriation": "5000000.00",
                "income_other": "1000000.00",
            },
        ),
        (
            "2025年度收入合计600万元，比上年增加20万元，主要是人员经费增加，其中：财政拨款收入500万元，占83.3%，"
            "其他收入100万元，占16.7%。",
            {
                "income_total": "6000000.00",
                "income_change_vs_prior_year": "200000.00",
                "income_fiscal_appropriation": "5000000.00",
                "income_other": "1000000.00",
            },
        ),
    ],
)
def test_a_list_of_sources_with_their_shares_after_a_reason_is_the_totals_composition(sentence, expected):
    assert _final(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年度支出合计900万元，比上年增加40万元，主要原因是项目支出增加，其中：培训费增加5万元。",
        "2025年度支出合计900万元，比上年增加40万元，主要原因是项目支出增加，其中：培训费增加5万元，会议费增加3万元。",
        # shares, yet of no source of the total: the reason's parts
        "2025年度支出合计900万元，比上年增加40万元，主要原因是会议增加，其中：培训费10万元，占50%；会议费10万元，占50%。",
        # sources without their shares: the reason's parts, none of them read (a '；' between them too)
        "2025年度收入合计900万元，比上年增加40万元，主要原因是财政拨款收入增加，其中：财政拨款收入850万元。",
        "2025年度收入合计900万元，比上年增加40万元，主要原因是收入增加其中：财政拨款收入800万元；事业收入100万元。",
        "2025年度收入合计900万元，比上年增加40万元，主要原因是收入增加，其中财政拨款收入800万元，占88.9%；"
        "事业收入100万元。",
    ],
)
def test_a_reasons_own_list_is_not_read(sentence):
    assert _final(sentence) == {
        ("income_total" if "收入合计" in sentence else "expenditure_total"): "9000000.00",
        ("income_change_vs_prior_year" if "收入合计" in sentence else "expenditure_change_vs_prior_year"): "400000.00",
    }
