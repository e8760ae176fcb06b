"""Issue 20: a unit naming itself by the noun of its kind, the assets held at a date in a budget, the
money a performance evaluation covers, and the staff parts listed after the whole staff in post.

1. The noun of the unit's own kind, the tail of the name the parser is given ('医院' for 某某县人民医院,
   '中心' for …服务中心, '学校' / '中学' for 某某第一中学, '局'), opening a label (after a date at most),
   alone when it has two characters or more, or after 本 / 我 / 该 / 全, is the unit itself; so is a
   paragraph's subject so named ('本院为…事业单位'). Another unit's noun ('下属中心', '所属学校', a noun
   the unit's name does not end with) keeps no figure.
2. The assets held are stated at a day: in a budget at the prior year's end ('截至2019年12月31日',
   '截至2019年末', '2019年底', '2019年末资产总额') they are the document's figures; another year's end,
   a change against it and a prior year's assets stated for comparison are not read.
3. Money a performance evaluation or target statement covers that names a 类 or the 国有资本经营 fund
   ('涉及…国有资本经营预算支出Y') is no spending by 类 or by fund: no figure (no performance metric is of
   it); the unit's own 国有资本经营预算支出 stays the 类 223.
4. After one kind's posts, the whole staff in post whose parts follow after 其中 (in its sentence or
   opening the next one) stays ``staff_actual``; 合同制人员 / 合同工 are ``staff_contract``.

A wrong figure is worse than a missing one. Every sentence and amount is constructed (none is a
document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages

from extract.narrative.sub_units import names_itself, own_kind_nouns


def _read(*paragraphs: str, unit: str, year: str = "2021", final: bool = False) -> dict:
    return accepted_figures(parse_document(*paragraphs, unit=unit, year=year, final=final))


def _unparsed(*paragraphs: str, unit: str, year: str = "2021", final: bool = False) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=unit, year=year, final=final))


# --- 1. the noun of the unit's own kind


@pytest.mark.parametrize(
    ("unit", "nouns"),
    [
        ("某某县人民医院", ("医院", "院")),
        ("某某市第一中学", ("中学", "学校", "校")),
        ("某某街道社区卫生服务中心", ("中心",)),
        ("某某县第二幼儿园", ("幼儿园", "园")),
        ("某某县交通运输局", ("局",)),
        ("某某县卫生健康委员会", ("委员会", "委")),
        ("某某镇人民政府", ()),
        ("某某街道办事处", ()),
        ("", ()),
    ],
)
def test_the_nouns_of_a_units_kind_come_from_its_name(unit, nouns):
    assert own_kind_nouns(unit) == nouns


@pytest.mark.parametrize(
    ("unit", "paragraph", "expected"),
    [
        (
            "某某县人民医院",
            "截至2020年12月31日，医院资产总额1234.56万元，其中流动资产234.56万元，固定资产1000.00万元。",
            {"assets_total": "12345600.00", "assets_current": "2345600.00", "assets_fixed": "10000000.00"},
        ),
        (
            "某某街道社区卫生服务中心",
            "截至2020年末，中心资产总额300.00万元，其中流动资产100.00万元，固定资产200.00万元。",
            {"assets_total": "3000000.00", "assets_current": "1000000.00", "assets_fixed": "2000000.00"},
        ),
        (
            "某某市第一中学",
            "2021年学校政府采购预算50.00万元，其中货物类30.00万元，服务类20.00万元。",
            {"procurement_total": "500000.00", "procurement_goods": "300000.00", "procurement_services": "200000.00"},
        ),
        ("某某市第一中学", "我校2021年收入预算总额500.00万元。", {"income_total": "5000000.00"}),
        ("某某县第二幼儿园", "该园2021年收入预算总额300.00万元。", {"income_total": "3000000.00"}),
        (
            "某某县人民医院",
            "本医院2021年支出预算800.00万元，比上年增加50.00万元。",
            {"expenditure_total": "8000000.00", "expenditure_change_vs_prior_year": "500000.00"},
        ),
        (
            "某某县交通运输局",
            "2021年，该局收入预算总额300.00万元，支出预算总额300.00万元。",
            {"income_total": "3000000.00", "expenditure_total": "3000000.00"},
        ),
        (
            "某某县交通运输局",
            "该局2021年“三公”经费预算12.00万元，其中公务接待费2.00万元，公务用车运行维护费10.00万元。",
            {
                "three_public_total": "120000.00",
                "three_public_reception": "20000.00",
                "three_public_vehicle_operation": "100000.00",
            },
        ),
    ],
)
def test_the_unit_naming_itself_by_its_kinds_noun_is_the_unit(unit, paragraph, expected):
    assert _read(paragraph, unit=unit) == expected


@pytest.mark.parametrize(
    ("unit", "paragraph", "amount"),
    [
        # a sub-unit named by a kind's noun after other words
        ("某某县交通运输局", "下属中心资产总额300.00万元。", "300.00万元"),
        ("某某县教育委员会", "所属学校政府采购预算50.00万元。", "50.00万元"),
        # a noun the unit's own name does not end with: another unit's
        ("某某县交通运输局", "截至2020年末，中心资产总额300.00万元。", "300.00万元"),
        ("某某县卫生健康委员会", "截至2020年12月31日，医院资产总额1000.00万元。", "1000.00万元"),
        ("某某县卫生健康委员会", "该院2021年收入预算总额300.00万元。", "300.00万元"),
        # a noun of one character alone
        ("某某县交通运输局", "局2021年收入预算总额300.00万元。", "300.00万元"),
    ],
)
def test_another_units_noun_keeps_no_figure(unit, paragraph, amount):
    assert _read(paragraph, unit=unit) == {}
    assert any(amount in message for message in _unparsed(paragraph, unit=unit))


def test_a_paragraph_whose_subject_is_the_unit_by_its_kinds_noun_is_the_units_own():
    result = parse_document(
        "本院为某某县卫生健康委员会管理的公益二类事业单位，核定事业编制48名，实有在编人员45人。",
        unit="某某县人民医院",
        year="2021",
    )
    rows = {(r["metric"], r["unit_text"], r["value"]) for r in result.rows["raw_narrative_figures"]}
    assert rows == {("staff_authorized_institution", "", "48"), ("staff_actual", "", "45")}
    assert "raw_sub_units" not in result.rows


def test_a_sub_unit_named_in_full_stays_a_sub_unit():
    result = parse_document(
        "某某县人民医院为某某县卫生健康委员会管理的公益二类事业单位，核定事业编制48名，实有在编人员45人。",
        unit="某某县卫生健康委员会",
        year="2021",
    )
    assert [r["unit_name"] for r in result.rows["raw_sub_units"]] == ["某某县人民医院"]
    assert {r["unit_text"] for r in result.rows["raw_narrative_figures"]} == {"某某县人民医院"}


@pytest.mark.parametrize(
    ("name", "own", "itself"),
    [
        ("本院", "某某县人民医院", True),
        ("我中心", "某某县疾病预防控制中心", True),
        ("该局", "某某县交通运输局", True),
        ("医院", "某某县人民医院", True),
        ("该院", "某某县卫生健康委员会", False),
        ("某某县人民医院", "某某县卫生健康委员会", False),
        ("中心", "某某县交通运输局", False),
    ],
)
def test_names_itself(name, own, itself):
    assert names_itself(name, own) is itself


# --- 2. the assets held at a date in a budget

_ASSETS = "七、国有资产占用情况"
_FIVE_PARTS = "其中流动资产100.00万元，固定资产700.00万元，在建工程150.00万元，无形资产50.00万元。"
_FIVE = {
    "assets_total": "10000000.00",
    "assets_current": "1000000.00",
    "assets_fixed": "7000000.00",
    "assets_construction_in_progress": "1500000.00",
    "assets_intangible": "500000.00",
}


@pytest.mark.parametrize(
    "opening",
    [
        "截至2019年12月31日，本部门资产总额1000.00万元，",
        "截至2019年12月31日，资产总额1000.00万元，",
        "截至2019年末，共有资产总额1000.00万元，",
        "2019年底，本单位资产总额1000.00万元，",
        "2019年末资产总额1000.00万元，",
        "2019年12月31日资产总额1000.00万元，",
        "截至2019年12月31日，某某县交通运输局共占有使用国有资产1000.00万元，",
    ],
)
def test_the_assets_at_the_prior_years_end_are_the_budgets_figures(opening):
    assert _read(_ASSETS, opening + _FIVE_PARTS, unit="某某县交通运输局", year="2020") == _FIVE


def test_the_assets_at_the_years_end_of_a_final_account_are_its_own():
    got = _read(
        _ASSETS,
        "2020年末资产总额1000.00万元，其中固定资产700.00万元。",
        unit="某某县交通运输局",
        year="2020",
        final=True,
    )
    assert got == {"assets_total": "10000000.00", "assets_fixed": "7000000.00"}


@pytest.mark.parametrize(
    ("paragraph", "year", "final", "expected", "unread"),
    [
        # another year's end: that year's assets
        ("2018年末资产总额900.00万元。", "2020", False, {}, "900.00万元"),
        ("2019年末资产总额1000.00万元，其中固定资产700.00万元。", "2020", True, {}, "1000.00万元"),
        # a change against another year's end is no change vs the prior year
        (
            "截至2019年12月31日，资产总额1000.00万元，比2018年末增加100.00万元。",
            "2020",
            False,
            {"assets_total": "10000000.00"},
            "100.00万元",
        ),
        # the prior year's assets stated for comparison
        (
            "截至2019年12月31日，资产总额1000.00万元，上年末资产总额900.00万元。",
            "2020",
            False,
            {"assets_total": "10000000.00"},
            "900.00万元",
        ),
        (
            "截至2019年12月31日，资产总额1000.00万元，与2018年末资产总额900.00万元相比增加100.00万元。",
            "2020",
            False,
            {"assets_total": "10000000.00"},
            "900.00万元",
        ),
    ],
)
def test_assets_of_another_date_are_not_read(paragraph, year, final, expected, unread):
    assert _read(_ASSETS, paragraph, unit="某某县交通运输局", year=year, final=final) == expected
    assert any(
        unread in message for message in _unparsed(_ASSETS, paragraph, unit="某某县交通运输局", year=year, final=final)
    )


# --- 3. the money a performance evaluation covers

_EVALUATION = "八、绩效自评情况"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "本部门组织对道路养护专项等8个项目开展绩效自评，涉及一般公共预算支出300.00万元、国有资本经营预算支出20.00万元。",
            {"performance_target_amount": "3000000.00"},
        ),
        (
            "本部门组织对道路养护专项等8个项目开展绩效自评，涉及一般公共预算支出300.00万元、政府性基金预算支出"
            "40.00万元、国有资本经营预算支出20.00万元。",
            {"performance_target_amount": "3000000.00", "performance_target_amount_government_fund": "400000.00"},
        ),
        ("本部门组织对8个项目开展绩效自评，涵盖国有资本经营预算资金20.00万元。", {}),
        ("本部门组织对8个项目开展绩效自评，覆盖资金320.00万元。", {"performance_target_amount": "3200000.00"}),
    ],
)
def test_the_money_an_evaluation_covers_is_no_spending_by_category_or_fund(paragraph, expected):
    assert _read(_EVALUATION, paragraph, unit="某某县交通运输局", year="2020", final=True) == expected
    if "国有资本经营" in paragraph:
        assert any(
            "20.00万元" in m
            for m in _unparsed(_EVALUATION, paragraph, unit="某某县交通运输局", year="2020", final=True)
        )


def test_a_category_under_performance_targets_is_no_spending_of_the_unit():
    paragraph = "本部门编报绩效目标的项目8个，涉及一般公共预算支出300.00万元、教育支出50.00万元。"
    assert _read("八、绩效目标情况", paragraph, unit="某某县交通运输局") == {"performance_target_amount": "3000000.00"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本部门2021年国有资本经营预算支出20.00万元。", {"expenditure_category:223": "200000.00"}),
        (
            "2021年支出预算800.00万元，其中：一般公共服务支出700.00万元，国有资本经营预算支出100.00万元。",
            {
                "expenditure_total": "8000000.00",
                "expenditure_category:201": "7000000.00",
                "expenditure_category:223": "1000000.00",
            },
        ),
    ],
)
def test_the_units_own_state_capital_spending_stays_its_category(paragraph, expected):
    rows = parse_document("二、支出预算情况", paragraph, unit="某某县交通运输局", year="2021").rows[
        "raw_narrative_figures"
    ]
    got = {r["metric"] + (":" + r["function_code"] if r["function_code"] else ""): r["value"] for r in rows}
    assert got == expected


# --- 4. the staff parts after the whole staff in post

_BASIC = "一、单位基本情况"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "核定事业编制40名，年末实有职工45人，其中在编38人，合同制人员7人。",
            {
                "staff_authorized_institution": "40",
                "staff_actual": "45",
                "staff_actual_institution": "38",
                "staff_contract": "7",
            },
        ),
        # 其中 opening the next sentence: the parts of the count the sentence before ended with
        (
            "核定事业编制40名，年末实有职工45人。其中在编38人，合同制人员7人。",
            {
                "staff_authorized_institution": "40",
                "staff_actual": "45",
                "staff_actual_institution": "38",
                "staff_contract": "7",
            },
        ),
        (
            "核定行政编制12名，年末实有职工15人。其中在编11人，合同工4人。",
            {"staff_authorized_admin": "12", "staff_actual": "15", "staff_actual_admin": "11", "staff_contract": "4"},
        ),
        (
            "核定事业编制40名，实有职工45人，其中：在编人员38人、合同制人员7人，退休人员10人。",
            {
                "staff_authorized_institution": "40",
                "staff_actual": "45",
                "staff_actual_institution": "38",
                "staff_contract": "7",
                "staff_retired_regular": "10",
            },
        ),
        # the unit naming itself: its 职工 as a whole, the 在编 part unread (no posts' kind before it)
        (
            "全院职工150人，其中在编110人，合同制人员40人。",
            {"staff_actual": "150", "staff_contract": "40"},
        ),
    ],
)
def test_the_whole_staff_in_post_stays_the_whole_beside_its_parts(paragraph, expected):
    assert _read(_BASIC, paragraph, unit="某某县人民医院") == expected


def test_a_part_sentence_after_a_whole_naming_no_posts_is_no_second_whole():
    paragraph = "年末实有职工45人。其中在编38人，合同制人员7人。"
    assert _read(_BASIC, paragraph, unit="某某县人民医院") == {"staff_actual": "45", "staff_contract": "7"}
    assert any("38人" in message for message in _unparsed(_BASIC, paragraph, unit="某某县人民医院"))


def test_a_sentence_opening_with_qizhong_after_money_carries_no_staff_state():
    got = _read("二、收支预算情况", "收入预算800.00万元。其中财政拨款收入700.00万元。", unit="某某县人民医院")
    assert got == {"income_total": "8000000.00", "income_fiscal_appropriation": "7000000.00"}
