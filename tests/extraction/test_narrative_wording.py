"""Wording suite: sentences in many districts' wordings, beyond the five bundled documents.

Each case is a short narrative (a title block, a section heading and the sentence(s)) and
every figure it must yield — nothing more, nothing less — with the problem codes it must
raise. Traditional-character sentences go through extract.read.to_simplified first, as the
pipeline does.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from extract.read import to_simplified

HEADINGS = {
    "一": "一、单位基本情况",
    "二": "二、部门收支总体情况",
    "三": "三、部门预算情况说明",
    "四": "四、“三公”经费情况说明",
    "五": "五、其他重要事项的情况说明",
}

T = to_simplified

CASES = [
    # --- income: 年初预算数 / 预算数为 / 合计 / 为; changes; 均为 / 全部为
    (
        "二",
        ["（一）收入预算：2026年收入预算为1,234.56万元，比上年增加23.5万元。"],
        {"income_total": "12345600.00", "income_change_vs_prior_year": "235000.00"},
        [],
    ),
    (
        "二",
        ["2026年部门收入合计 3,500 元，全部为一般公共预算拨款。"],
        {"income_total": "3500.00", "income_general_public_budget": "3500.00"},
        [],
    ),
    (
        "二",
        [
            "（一）收入预算。2026年年初预算数为 980.00 万元，其中：一般公共预算拨款 950 万元，政府性基金预算拨款 30 万元。"
        ],
        {
            "income_total": "9800000.00",
            "income_general_public_budget": "9500000.00",
            "income_government_fund": "300000.00",
        },
        [],
    ),
    (
        "二",
        ["收入预算：2026年年初预算717.61万元，均为一般公共预算拨款。"],
        {"income_total": "7176100.00", "income_general_public_budget": "7176100.00"},
        [],
    ),
    (
        "二",
        ["（一）收入预算：2026年年初预算数 1.2 亿元，其中：上年结转 0.35 万元，事业收入 12 万元，其他收入 0 万元。"],
        {
            "income_total": "120000000.00",
            "income_carryover": "3500.00",
            "income_business": "120000.00",
            "income_other": "0.00",
        },
        [],
    ),
    # --- decreases, spaces, full-width thousands separator, reason clauses are not totals
    (
        "二",
        ["收入较上年减少 50.5 万元，主要原因是项目经费减少 40 万元，人员经费减少 10.5 万元。"],
        {"income_change_vs_prior_year": "-505000.00"},
        [],
    ),
    ("二", ["收入比 2025 年增加 1，234.5 万元。"], {"income_change_vs_prior_year": "12345000.00"}, []),
    (
        "二",
        ["支出比上年增加8万元，主要用于新增项目支出8万元。"],
        {"expenditure_change_vs_prior_year": "80000.00"},
        [],
    ),
    (
        "二",
        ["支出较上年减少 30 万元，主要是一般公共服务支出减少 20 万元，住房保障支出减少 10 万元。"],
        # (no total: the reason's parts, each a 类 and a change word, add up to the change they
        # explain: each is that 类's change vs the same year)
        {
            "expenditure_change_vs_prior_year": "-300000.00",
            "expenditure_category_change_vs_prior_year:201": "-200000.00",
            "expenditure_category_change_vs_prior_year:221": "-100000.00",
        },
        [],
    ),
    (
        "二",
        ["支出较上年减少 30 万元，主要是一般公共服务支出减少 20 万元，住房保障支出减少 5 万元。"],
        {"expenditure_change_vs_prior_year": "-300000.00"},
        [],
    ),
    # --- expenditure categories with / without 支出, 为, 、 lists, 共计, 合计, 持平
    (
        "二",
        ["（二）支出预算：支出预算共计 0.5万元，其中：社会保障和就业 0.3万元，住房保障 0.2万元。"],
        {
            "expenditure_total": "5000.00",
            "expenditure_category:208": "3000.00",
            "expenditure_category:221": "2000.00",
        },
        [],
    ),
    (
        "二",
        ["（二）支出预算：2026年预算数为 100 万元，其中：一般公共服务 60 万元，教育支出 40 万元；支出与上年持平。"],
        {
            "expenditure_total": "1000000.00",
            "expenditure_category:201": "600000.00",
            "expenditure_category:205": "400000.00",
            "expenditure_change_vs_prior_year": "0.00",
        },
        [],
    ),
    (
        "二",
        [
            "（二）支出预算：本年支出合计 717.61 万元，其中：卫生健康支出 26.14 万元、住房保障支出 34.14 万元、"
            "一般公共服务支出为 657.33 万元。"
        ],
        {
            "expenditure_total": "7176100.00",
            "expenditure_category:210": "261400.00",
            "expenditure_category:221": "341400.00",
            "expenditure_category:201": "6573300.00",
        },
        [],
    ),
    (
        "二",
        ["（二）支出预算：2026年年初预算数 86.09 万元，其中：金融支出预算 86.09 万元。"],
        {"expenditure_total": "860900.00", "expenditure_category:217": "860900.00"},
        [],
    ),
    # --- source slips in category lists
    (
        "二",
        [
            "（二）支出预算：2026年年初预算数 300 万元，其中：卫生健康支出 300 万元，卫生健康支出 200 万元，住房保障支出 100 万元。"
        ],
        {
            "expenditure_total": "3000000.00",
            "expenditure_category:210": "2000000.00",
            "expenditure_category:221": "1000000.00",
        },
        ["narrative_category_slip"],
    ),
    (
        "二",
        [
            "（二）支出预算：2026年年初预算数 300 万元，其中：教育支出 250 万元，住房保障支出 100 万元，教育支出 200 万元。"
        ],
        {
            "expenditure_total": "3000000.00",
            "expenditure_category:205": "2000000.00",
            "expenditure_category:221": "1000000.00",
        },
        ["narrative_category_slip"],
    ),
    # --- section 三: basic / project / personnel / public, changes attach to the figure before
    (
        "三",
        [
            "2026年一般公共预算财政拨款支出 200 万元，比2025年减少 10 万元。其中：基本支出 150 万元，"
            "比2025年减少 5 万元；项目支出 50 万元，比2025年减少 5 万元。"
        ],
        {
            "expenditure_general_public_budget": "2000000.00",
            "expenditure_general_public_budget_change_vs_prior_year": "-100000.00",
            "basic_expenditure": "1500000.00",
            "basic_expenditure_change_vs_prior_year": "-50000.00",
            "project_expenditure": "500000.00",
            "project_expenditure_change_vs_prior_year": "-50000.00",
        },
        [],
    ),
    (
        "三",
        ["基本支出中，人员经费120万元，公用经费30万元。"],
        {"personnel_expenditure": "1200000.00", "public_use_expenditure": "300000.00"},
        [],
    ),
    ("三", ["本单位2026年没有使用政府性基金预算拨款安排的支出。"], {"expenditure_government_fund": "0.00"}, []),
    # --- 三公, in 元 and 万元, 持平, 减少（或增加）
    (
        "四",
        ["2026年“三公”经费预算 35,000 元，较上年下降 5,000 元。"],
        {"three_public_total": "35000.00", "three_public_change_vs_prior_year": "-5000.00"},
        [],
    ),
    (
        "四",
        [
            "其中：因公出国（境）费 0 元；公务用车购置及运行维护费 21,000 元，其中公务用车购置费 0 元，"
            "公务用车运行维护费 21,000 元；公务接待费 15,000 元。"
        ],
        {
            "three_public_overseas": "0.00",
            "three_public_vehicle_total": "21000.00",
            "three_public_vehicle_purchase": "0.00",
            "three_public_vehicle_operation": "21000.00",
            "three_public_reception": "15000.00",
        },
        [],
    ),
    (
        "四",
        ["2026年“三公”经费预算 13.34 万元，比2025年减少0万元。"],
        {"three_public_total": "133400.00", "three_public_change_vs_prior_year": "0.00"},
        [],
    ),
    ("四", ["“三公”经费与上年持平。"], {"three_public_change_vs_prior_year": "0.00"}, []),
    (
        "四",
        ["公务接待费 3 万元，比上年减少（或增加）1 万元。"],
        {"three_public_reception": "30000.00"},
        ["narrative_unparsed_figure"],
    ),
    # --- traditional characters, after conversion
    (
        "四",
        [T("2026年“三公”經費預算18萬元，比2025年減少2萬元。")],
        {"three_public_total": "180000.00", "three_public_change_vs_prior_year": "-20000.00"},
        [],
    ),
    (
        "二",
        [T("（一）收入預算：2026年年初預算數500萬元，其中：一般公共預算撥款500萬元。")],
        {"income_total": "5000000.00", "income_general_public_budget": "5000000.00"},
        [],
    ),
    (
        "二",
        [T("（二）支出預算：2026年年初預算數500萬元，其中：一般公共服務支出400萬元，社會保障和就業支出100萬元。")],
        {
            "expenditure_total": "5000000.00",
            "expenditure_category:201": "4000000.00",
            "expenditure_category:208": "1000000.00",
        },
        [],
    ),
    (
        "五",
        [T("（一）機關運行經費。2026年一般公共預算財政撥款運行經費48.5萬元，比上年增加1.2萬元。")],
        {"operating_cost": "485000.00", "operating_cost_change_vs_prior_year": "12000.00"},
        [],
    ),
    # --- procurement: 合计 / 类, the 一般公共预算拨款 subset never overwrites the totals
    (
        "五",
        ["（二）政府采购情况。2026年政府采购预算合计 12 万元，其中：货物类 10 万元，服务类 2 万元。"],
        {"procurement_total": "120000.00", "procurement_goods": "100000.00", "procurement_services": "20000.00"},
        [],
    ),
    (
        "五",
        [
            "政府采购预算总额 30 万元：政府采购货物预算 30 万元；其中一般公共预算拨款政府采购 20 万元：政府采购货物预算 20 万元。"
        ],
        {
            "procurement_total": "300000.00",
            "procurement_goods": "300000.00",
            "procurement_gpb_total": "200000.00",
            "procurement_gpb_goods": "200000.00",
        },
        [],
    ),
    (
        "五",
        ["（三）绩效目标设置情况。2026年项目支出均实行了绩效目标管理，涉及资金 33.5 万元。"],
        {"performance_target_amount": "335000.00"},
        [],
    ),
    # --- counts
    (
        "五",
        [
            "截至2025年12月底，本部门共有车辆 3 辆，其中一般公务用车 1 辆、执勤执法用车 2 辆。"
            "2026年安排购置车辆 1 辆，其中执勤执法用车 1 辆。"
        ],
        {
            "vehicles_total": "3",
            "vehicles_general_purpose": "1",
            "vehicles_law_enforcement": "2",
            "vehicles_to_purchase": "1",
            "vehicles_to_purchase_law_enforcement": "1",
        },
        [],
    ),
    (
        "五",
        ["本单位共有车辆 4 辆，比上年增加 2 辆。"],
        {"vehicles_total": "4"},
        ["narrative_unparsed_figure"],
    ),
    (
        "一",
        ["本部门行政编制 20 人，实有人数 18 人；事业编制 5 人，实有 4 人；离退休人员 6 人。"],
        {
            "staff_authorized_admin": "20",
            "staff_actual_admin": "18",
            "staff_authorized_institution": "5",
            "staff_actual_institution": "4",
            "staff_retired": "6",
        },
        [],
    ),
    # --- a comparison clause, then the change; 财政拨款 as one figure
    (
        "二",
        ["（二）支出预算：2026年年初预算数 100 万元，与上年相比，减少5万元。"],
        {"expenditure_total": "1000000.00", "expenditure_change_vs_prior_year": "-50000.00"},
        [],
    ),
    (
        "三",
        ["2026年财政拨款收入 100 万元，财政拨款支出 100 万元，与2025年相比，增加 3.5 万元。"],
        {
            "income_fiscal_appropriation": "1000000.00",
            "expenditure_fiscal_appropriation": "1000000.00",
            "expenditure_fiscal_appropriation_change_vs_prior_year": "35000.00",
        },
        [],
    ),
    # --- not understood: reported, never guessed
    (
        "二",
        ["（一）收入预算：2026年年初预算数 100 万元。与上年相比，项目减少5万元。"],
        {"income_total": "1000000.00"},
        ["narrative_unparsed_figure"],
    ),
    ("二", ["2026年专项债券资金 500 万元。"], {}, ["narrative_unparsed_figure"]),
    # --- the same metric twice with values that disagree: neither is kept, a finding is recorded
    (
        "二",
        ["（一）收入预算：2026年收入预算 100 万元。", "收入总额 101 万元。"],
        {},
        ["narrative_conflict"],
    ),
    # --- a sentence broken across lines (PDF export), with a blank line in the middle
    (
        "五",
        [
            "（三）绩效目标设置情况。2025 年项目支出均实行了绩效目标管理，涉及一般公共预算当年财",
            "",
            "政拨款 883.38 万元。",
        ],
        {"performance_target_amount": "8833800.00"},
        [],
    ),
]


# A label '<metric words>中<other words>' (其中 / 中的 / 包括) names a part of the metric: the figure
# is the part's (its metric, or none: unparsed), never the whole's.
PART_CASES = [
    (
        "五",
        ["2026年机关运行经费中办公费10.00万元，机关运行经费预算合计45.67万元。"],
        {"operating_cost": "456700.00"},
        ["narrative_unparsed_figure"],
    ),
    ("五", ["2026年机关运行经费中的办公费10.00万元。"], {}, ["narrative_unparsed_figure"]),
    ("五", ["2026年机关运行经费包括办公费10.00万元。"], {}, ["narrative_unparsed_figure"]),
    (
        "四",
        ["2026年“三公”经费中公务接待费5.00万元，“三公”经费合计20.00万元。"],
        {"three_public_reception": "50000.00", "three_public_total": "200000.00"},
        [],
    ),
    ("四", ["“三公”经费中的公务接待费5.00万元。"], {"three_public_reception": "50000.00"}, []),
    (
        "三",
        ["基本支出中人员经费30.00万元，基本支出合计50.00万元。"],
        {"personnel_expenditure": "300000.00", "basic_expenditure": "500000.00"},
        [],
    ),
    ("三", ["基本支出其中人员经费30.00万元。"], {"personnel_expenditure": "300000.00"}, []),
    (
        "五",
        ["政府采购预算中货物类10.00万元，政府采购预算合计40.00万元。"],
        {"procurement_goods": "100000.00", "procurement_total": "400000.00"},
        [],
    ),
    ("三", ["一般公共预算支出中教育支出10.00万元。"], {"expenditure_category:205": "100000.00"}, []),
]


@pytest.mark.parametrize(("section", "paragraphs", "expected", "problems"), PART_CASES, ids=lambda c: str(c)[:40])
def test_a_part_of_a_metric_is_never_the_metric(section, paragraphs, expected, problems):
    test_wording(section, paragraphs, expected, problems)


def test_a_part_no_metric_names_is_reported_as_a_part():
    result = _run("五", ["2026年机关运行经费中办公费10.00万元。"])
    assert result.rows.get("raw_narrative_figures", []) == []
    (problem,) = result.problems
    assert problem.code == "narrative_unparsed_figure"
    assert "a part (办公费) of operating_cost" in problem.message


# An approximate amount or a bound ('约', '近', '超过', '余', '多', '不到', '左右', '以上') is not
# the figure: reported (narrative_unparsed_figure, saying approximate), no figure kept.
APPROXIMATE_CASES = [
    "2026年收入预算约1234.56万元。",
    "2026年收入预算约为1234.56万元。",
    "2026年收入预算大约1234.56万元。",
    "2026年收入预算近1234.56万元。",
    "2026年收入预算将近1234.56万元。",
    "2026年收入预算超过1234.56万元。",
    "2026年收入预算逾1234.56万元。",
    "2026年收入预算1234余万元。",
    "2026年收入预算1234多万元。",
    "2026年收入预算1234万余元。",
    "2026年收入预算不到1234.56万元。",
    "2026年收入预算不足1234.56万元。",
    "2026年收入预算1234.56万元左右。",
    "2026年收入预算为1234.56万元以上。",
]


@pytest.mark.parametrize("sentence", APPROXIMATE_CASES)
def test_an_approximate_amount_is_not_the_figure(sentence):
    result = _run("二", [sentence])
    assert [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"] == []
    (problem,) = result.problems
    assert problem.code == "narrative_unparsed_figure"
    assert "approximate" in problem.message


def test_an_approximate_change_is_not_the_change_and_the_exact_figure_stays():
    result = _run("二", ["2026年收入预算1234.56万元，比上年增加约5万元，支出预算近1200万元。"])
    rows = result.rows["raw_narrative_figures"]
    assert {_key(r): r["value"] for r in rows} == {"income_total": "12345600.00"}
    assert [p.code for p in result.problems] == ["narrative_unparsed_figure"] * 2
    assert all("approximate" in p.message for p in result.problems)


def test_a_change_whose_base_is_not_stated_is_never_the_level():
    # the comparison clause is taken by the first change; the parts after 其中 in the same sentence
    # share it: the second is the change of 公务用车运行维护费, never its level (it was read as one,
    # 1.72万元)
    test_wording(
        "四",
        ["“三公”经费与2023年相比增长14.35%，其中因公出国（境）费增加0万元，公务用车运行维护费增加1.72万元。"],
        {
            "three_public_overseas_change_vs_prior_year": "0.00",
            "three_public_vehicle_operation_change_vs_prior_year": "17200.00",
        },
        [],
    )
    # a change named by its subject alone in a sentence of its own right after the other parts'
    # changes goes on with their list (the same base); one of another whole's item states no base
    test_wording(
        "四",
        ["“三公”经费与2023年相比增长14.35%，其中因公出国（境）费增加0万元。公务接待费减少0万元。"],
        {
            "three_public_overseas_change_vs_prior_year": "0.00",
            "three_public_reception_change_vs_prior_year": "0.00",
        },
        [],
    )
    test_wording(
        "四",
        ["“三公”经费与2023年相比增长14.35%，其中因公出国（境）费增加0万元。机关运行经费减少0万元。"],
        {"three_public_overseas_change_vs_prior_year": "0.00"},
        ["narrative_unparsed_figure"],
    )


def _run(section: str, paragraphs: list[str]):
    lines = ["重庆市某区某局", "2026年部门预算情况说明", HEADINGS[section], "", *paragraphs]
    return parse_narrative(lines, None)


def _key(row: dict[str, str]) -> str:
    return row["metric"] + (":" + row["function_code"] if row["function_code"] else "")


def test_suite_is_large_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize(("section", "paragraphs", "expected", "problems"), CASES, ids=lambda c: str(c)[:40])
def test_wording(section, paragraphs, expected, problems):
    result = _run(section, paragraphs)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    assert {_key(r): r["value"] for r in rows} == expected
    assert len(rows) == len(expected)
    assert [p.code for p in result.problems] == problems
    assert all(p.severity == "warning" for p in result.problems)


def test_reason_clause_in_the_middle_ends_at_the_semicolon():
    result = _run(
        "三",
        [
            "其中：基本支出 587.84 万元，比 2025 年减少 132 万元，主要原因是人员调出，减少 20 万元；项目支出 1,877.59 万元。"
        ],
    )
    got = {_key(r): r["value"] for r in result.rows["raw_narrative_figures"]}
    assert got == {
        "basic_expenditure": "5878400.00",
        "basic_expenditure_change_vs_prior_year": "-1320000.00",
        "project_expenditure": "18775900.00",
    }


def test_rejected_row_is_kept_with_its_provenance():
    result = _run(
        "二",
        [
            "（二）支出预算：2026年年初预算数 300 万元，其中：卫生健康支出 300 万元，卫生健康支出 200 万元，住房保障支出 100 万元。"
        ],
    )
    (rejected,) = [r for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "true"]
    assert (rejected["function_code"], rejected["value"], rejected["source_line"]) == ("210", "3000000.00", "5")
    assert rejected["source_text"].startswith("（二）支出预算")


def test_sub_unit_staff_carry_the_sub_unit_name():
    result = _run(
        "一",
        [
            "（二）单位构成。",
            "区某局（本级）为行政单位，现有行政编制 10 人，实有 9 人。",
            "区某服务中心为区某局管理的公益一类事业单位，现有事业编制数 5 人，实有 5 人。",
        ],
    )
    got = {(r["metric"], r["unit_text"]): r["value"] for r in result.rows["raw_narrative_figures"]}
    assert got == {
        ("staff_authorized_admin", "区某局（本级）"): "10",
        ("staff_actual_admin", "区某局（本级）"): "9",
        ("staff_authorized_institution", "区某服务中心"): "5",
        ("staff_actual_institution", "区某服务中心"): "5",
    }
    assert [r["unit_name"] for r in result.rows["raw_sub_units"]] == ["区某服务中心"]


@pytest.mark.parametrize(
    ("paragraph", "names", "problems"),
    [
        (
            "下属3个二级预算单位，分别是区甲中心、区乙服务中心、区某局（本级）。",
            ["区甲中心", "区乙服务中心", "区某局（本级）"],
            [],
        ),
        ("本局内设4个科室，以及产业发展服务中心1个直属事业单位。", ["产业发展服务中心"], []),
        ("区政府办公室有 2 个下属公益一类事业单位，即区甲中心、区乙中心。", ["区甲中心", "区乙中心"], []),
        ("下属3个事业单位，即区甲中心、区乙中心。", ["区甲中心", "区乙中心"], ["narrative_sub_unit_count"]),
        ("内设机构3个，分别是办公室、财务科、综合科。", [], []),
        ("1.负责建设政务服务中心", [], []),
    ],
)
def test_sub_unit_wordings(paragraph, names, problems):
    result = _run("一", [paragraph])
    assert [r["unit_name"] for r in result.rows.get("raw_sub_units", [])] == names
    assert [p.code for p in result.problems] == problems
