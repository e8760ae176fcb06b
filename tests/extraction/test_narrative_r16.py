"""Final accounts copied from north-western PDFs, provincial department budgets of 2025–2026 and
township and street-office disclosures of central China as their governments publish them (issue 20,
kinds 2, 4, 5, 6 and 9).

1. '收支预算总额1234.56万元。收支预算总额与上年相比增加X': the 收支总表's total named with 总额 is the
   subject of its change (seeds/reference/metric_wording.csv rule 49; not read before).
2. A township's or a street's projects named by the organisation they run ('社区运转经费', '村级组织运转
   经费') are projects of the list after the project spending; the unit's own 运转经费 stays none.
3. '街道共有车辆1辆，为应急保障用车' in a 街道办事处's document, '街道办…', '镇政府…': the office naming itself
   by its place's word (metric_wording_words.csv leads 175–179, 194–195); '全街道' stays the street's whole.
4. '行政运行（220类01款01项）X万元': a code printed with each level's mark inside one bracket is the whole
   code ('2200101'; the item was not understood before).
5. '收入预算X，支出预算X，收入预算和支出预算均比上年减少Y': the two sides named as one, each with its role
   word, each changed by Y.
6. '公务用车购置费X万元，…，计划购置森林草原防火应急指挥车4辆': vehicles named by their use and ending in 车
   are vehicles to buy (metric_wording.csv rule 21).
7. A page number printed between a paragraph's lines as PDF copies carry it ('· 1 ·', '第 3 页 共 12 页')
   is no text of the paragraph (the label '调·1·整预算' was not understood); one definition of such a line
   for every step (extract/page_numbers.py).
8. '某某医院2023年度单位决算公开报表' (the heading of the tables as a set, in the 附件 part) is no table's
   title: a document whose tables are not in its text is not 'partial' for it.
9. '单位整体支出绩效自评综述：2023年度单位整体支出全年预算数X万元，执行数Y万元': the whole-spending
   evaluation's 全年预算数 named after the spending is its budget (metric_wording.csv rule 256).
10. '财政拨款收、支总计均为4, 795.33万元' (a space after the thousands comma, as PDF copies print it): the
    joint statement's amount is one number.
11. '收入预算X，支出预算X。与2025年相比，收、支预算各减少Y' (the comparison in a clause of its own, the joint
    subject split at its 、): each side's change.
12. '因公出国（境）费18万元，主要用于…考察等，与上年持平': a flat clause after the uses (which named no
    amount) is the figure's change, 0, as a comparison with an amount there is.
13. '单位资金6,099.00万元，其中事业收入5,412.60万元、其他收入686.40万元' (the income templates since 2024):
    the unit's own income is income_unit_funds (metrics.csv; metric_wording.csv rule 405), its parts are
    read (they were refused as parts of an amount not understood).
14. '财政拨款支出X万元。本部门无政府性基金预算，也无国有资本经营预算': a fund's budget named alone is none on
    both sides after a spending figure too (the spending's topic had read it as the spending alone).
15. '2024年部门综合预算公开说明' (Shaanxi's name of the 部门预算) is a budget's title (the document was
    refused as no disclosure).
16. '单位资金26.00万元（其中事业收入20.00万元，其他收入6.00万元）': the parts inside the parenthesis after
    单位资金 are the document's own 事业收入 / 其他收入 (单位资金 holds them), never its siblings' parts.
17. A budget's '收入总计X，支出总计X。与2024年相比，收、支总计各增加Y。' then '收入合计Z，…' and '另有上年结转W':
    the two 总计 named as one at the next sentence's opening are the grand total (WRONG before: the
    收入总计 was read as the year's income and the year's 收入合计 refused).
18. A budget's '收入总计X，其中：本年收入Y，上年结转Z。收入总计比上年增加W': once the 收入总计 was read as the grand
    total, its change is the grand total's (WRONG before: read as the year's income's change).
19. '项目支出全部纳入绩效目标管理，涉及项目支出预算X' (metric_wording.csv rule 260) is the targets' money.
20. '政府采购支出总额X，其中：货物支出Y，服务支出Z': a procurement kind's 支出 named alone is that kind
    (rules 180, 200, 220; its 支出 had made it a spending label of no metric).
21. '9.社会保障和就业支出（类）行政事业单位养老支出（款）。年初预算为X，支出决算为Y' (a 决算's item named by its
    类 and 款 alone): the role-word figures are that 款's (WRONG before: the 支出决算 was read as the
    spending total, or a false conflict with the 一般公共预算 spending).
22. A saved web page whose <title> joins the portal's name to the article's heading ('澄迈县人民政府网-
    澄迈县水务局2026年部门预算情况说明'): the heading names the unit, never the portal's name (the unit was
    '澄迈县人民政府网-澄迈县水务局' before; extract/readers/html.py).
23. '2026年无新增购置车辆预算': no vehicle to buy (预算 after the vehicles, as 计划).
24. '收入全部为一般公共预算拨款，无政府性基金预算拨款；支出包括：农林水支出X…': a fund said to be none names no
    funds of the 类 after it (their fund_scope was government_fund: WRONG before).
25. '…，涉及项目支出预算X。其中重点项目：' then '1．某某项目，预算金额280.00万元。年度绩效目标：…。' a line each:
    the key projects' budgets (the lead 其中重点项目：, the words 预算金额 after the name and the item's
    targets after it, none read before).
26. A 决算's '其中：公务用车购置及运行维护费X万元，年初预算Y万元；公务接待费Z万元，年初预算W万元': a part naming
    no role of its own after an amount named by role words alone (the part before it in another role)
    is the 决算's actual (WRONG before: Z was read as the 公务接待费's budget, W unread).
27. A 决算's '…财政拨款支出X万元，占本年支出合计的P%。与年初预算Y万元相比，完成年初预算的Q%': the budget
    compared with, opening the sentence after one of a single subject read as an actual, is that
    subject's budget (not read before); a difference printed after it must fit.
28. A budget's '2026年收入总计X元，比上年增加W元。其中：本年收入Y元，上年结转Z元': the 收入总计 found to be
    the grand total by the parts after its change takes its change with it (WRONG before: the year's
    income's change).
29. '五、重点项目情况' (a heading numbered by a Chinese numeral and 、) then '（一）某某项目，预算X元，…' a line
    each: the key projects' budgets (none read before).
30. '2026年皂郊镇政府采购预算38.00万元' in the document of '…皂郊镇人民政府': the 政府 of 政府采购 stays
    when the own name ending in 政府 is taken out before it (the label was '2026年采购预算': not read).
31. '2026年对760.00万元项目支出全部设定绩效目标': the amount before the projects' words, all of it under
    targets, is the targets' money (not read before).
32. '（四）绩效目标设置情况：2025年本单位项目支出X万元全部实行绩效目标管理': the project spending said to be all
    under targets, under the targets' heading, is the project spending and the targets' money (the
    heading's topic had left it not understood).
33. Lists of key projects as provincial and school budgets print them: '2026年本部门安排重点项目预算如下：' then
    '1.某某补助2865.00万元；' a line each; '2025年本部门重点项目：某某配套资金12000.00万元；某某专项经费6500.00
    万元。' and '主要项目：校舍维修改造86.00万元；智慧校园建设120.00万元。' (no numbers, the lead naming the items
    projects whatever word their names end with); '项目支出644.27万元，比上年减少160.00万元，具体为：…' whose
    items add up to the spending (after a change the list may be of the change's parts: read only then).
    None of them read before.
34. A 决算's '一般公共预算财政拨款基本支出X万元' after the whole spending's 基本支出, its 人员经费 and 公用经费
    after it in the next sentence or a paragraph each ('…基本支出1,288.36万元，其中：' then '人员经费…' and
    '公用经费…' as paragraphs), adding up to it: a row of its own with its funds as fund_scope (it was
    only reported as restated, its parts checked against nothing). Parts after it that do not add up
    keep it unread (parts on its own line keep it, and the relations check reports a mismatch).
35. No official vehicle held, said with 未配备 / 未配置 / 不配备 ('本部门未配备公务用车'): the vehicles held
    at year end are 0, as for '无公务用车' (never a sub-unit's or the prior year's).
"""

from __future__ import annotations

import pytest

from extract.page_numbers import is_page_number
from extract.pipeline import process
from tests.narrative_figures import accepted_figures, figures_in_order, parse_document, unparsed_messages


def _document(*lines: str) -> dict:
    """The raw_documents row and kept figures ({metric: value}) of a text document of ``lines``."""
    out = process(("\n".join(lines) + "\n").encode(), "t")
    kept = {r["metric"]: r["value"] for r in out.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"}
    return {"status": out.document["status"], "figures": kept, "problems": out.rows.get("raw_problems", [])}


def test_the_total_named_with_zonge_is_the_subject_of_its_change() -> None:
    result = parse_document(
        "我镇2024年收支预算总额1234.56万元，其中：一般公共预算拨款1000万元，政府性基金234.56万元。"
        "收支预算总额与上年相比增加86.12万元，主要是政府性基金安排的农村基础设施建设资金增加。",
        unit="某县某镇人民政府",
        year="2024",
    )
    assert accepted_figures(result) == {
        "grand_total": "12345600.00",
        "income_general_public_budget": "10000000.00",
        "income_government_fund": "2345600.00",
        "grand_total_change_vs_prior_year": "861200.00",
    }


@pytest.mark.parametrize(
    ("listed", "projects"),
    [
        (
            "项目支出2359200.00元，具体为：1、社区运转经费960000.00元；2、社区工作者报酬补助1399200.00元。",
            [("社区运转经费", "960000.00"), ("社区工作者报酬补助", "1399200.00")],
        ),
        (
            "项目支出544.1050万元，主要是：村级组织运转经费198.0000万元；高标准农田建后管护经费62.4000万元；"
            "集镇基础设施建设经费283.7050万元。",
            [
                ("村级组织运转经费", "1980000.00"),
                ("高标准农田建后管护经费", "624000.00"),
                ("集镇基础设施建设经费", "2837050.00"),
            ],
        ),
    ],
)
def test_the_running_money_of_a_community_or_village_is_a_project(listed: str, projects: list) -> None:
    result = parse_document(listed, unit="某县某镇人民政府", year="2025")
    assert [(code, value) for metric, code, value in figures_in_order(result) if metric == "key_project_budget"] == (
        projects
    )


def test_the_units_own_running_money_is_no_project() -> None:
    result = parse_document(
        "项目支出30万元，具体为：1、日常运转经费10万元；2、网格化管理经费20万元。", unit="某县某局", year="2025"
    )
    assert [f for f in figures_in_order(result) if f[0] == "key_project_budget"] == []


@pytest.mark.parametrize("subject", ["街道", "街道办", "街道办事处"])
def test_a_street_office_names_itself_by_its_place(subject: str) -> None:
    result = parse_document(
        f"截至2024年12月31日，{subject}共有车辆1辆，为应急保障用车，主要用于防汛应急保障。",
        unit="某市某区东湖街道办事处",
        year="2025",
    )
    assert accepted_figures(result) == {"vehicles_total": "1", "vehicles_emergency": "1"}


def test_a_township_government_names_itself_by_its_short_name() -> None:
    result = parse_document("截至2024年12月31日，镇政府共有车辆3辆。", unit="某县某镇人民政府", year="2025")
    assert accepted_figures(result) == {"vehicles_total": "3"}


def test_the_whole_street_is_not_the_office() -> None:
    result = parse_document("截至2024年12月31日，全街道共有车辆5辆。", unit="某市某区东湖街道办事处", year="2025")
    assert accepted_figures(result) == {}


def test_a_code_printed_level_by_level_in_one_bracket() -> None:
    result = parse_document(
        "1.自然资源海洋气象等支出（220类）53854.42万元，占83.77%。其中：",
        "（1）行政运行（220类01款01项）3186.42万元，主要用于厅机关人员工资福利和日常运转。",
        "2.社会保障和就业支出（208类）6317.30万元。其中：机关事业单位基本养老保险缴费支出（208类05款05项）4512.36万元，"
        "机关事业单位职业年金缴费支出（208类05款06项）1804.94万元。",
        "4.住房保障支出（221类）2382.42万元，占3.71%，全部为住房公积金（221类02款01项）。",
        unit="某省某厅",
        year="2025",
    )
    assert figures_in_order(result) == [
        ("expenditure_category", "220", "538544200.00"),
        ("expenditure_function", "2200101", "31864200.00"),
        ("expenditure_category", "208", "63173000.00"),
        ("expenditure_function", "2080505", "45123600.00"),
        ("expenditure_function", "2080506", "18049400.00"),
        ("expenditure_category", "221", "23824200.00"),
        ("expenditure_function", "2210201", "23824200.00"),
    ]


def test_both_sides_named_with_their_role_words_change_alike() -> None:
    result = parse_document(
        "2026年本部门收入预算28,463.57万元，支出预算28,463.57万元，收入预算和支出预算均比上年减少1,836.20万元，"
        "主要原因是一次性项目资金本年不再安排。",
        unit="某市某局",
        year="2026",
    )
    assert accepted_figures(result) == {
        "income_total": "284635700.00",
        "expenditure_total": "284635700.00",
        "income_change_vs_prior_year": "-18362000.00",
        "expenditure_change_vs_prior_year": "-18362000.00",
    }


def test_vehicles_named_by_their_use_ending_in_che_are_to_buy() -> None:
    result = parse_document(
        "公务用车购置费120.00万元，比上年减少30.00万元，计划购置森林草原防火应急指挥车4辆；"
        "公务用车运行维护费116.25万元。",
        unit="某省某局",
        year="2025",
    )
    assert accepted_figures(result)["vehicles_to_purchase"] == "4"


@pytest.mark.parametrize("line", ["· 1 ·", "•2•", "- 3 -", "— 12 —", "第 3 页 共 12 页", "第3页/共12页", "4/23", "12"])
def test_a_page_number_line(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["1.", "（1）", "1 2 3", "12 3", "18.50 0.00", "第3条"])
def test_no_page_number_line(line: str) -> None:
    assert not is_page_number(line)


def test_a_page_number_between_a_paragraphs_lines_is_left_out() -> None:
    doc = _document(
        "某市某局2024年度部门决算",
        "一、部门决算情况说明",
        "　　2024年度一般公共预算财政拨款支出年初预算7,865.00万元，调",
        "· 1 ·",
        "整预算9,180.52万元，支出决算为9,012.",
        "64万元，完成调整预算的98.17%。",
    )
    assert doc["figures"] == {"expenditure_general_public_budget": "90126400.00"}
    assert doc["status"] == "ok"


def test_the_heading_of_the_tables_as_a_set_is_no_table_title() -> None:
    doc = _document(
        "某县人民医院2023年度单位决算",
        "一、单位决算情况说明",
        "2023年度收入总计2,318.46万元、支出总计2,318.46万元。",
        "第四部分　附件",
        "某县人民医院2023年度单位决算公开报表",
        "- 3 -",
    )
    assert doc["status"] == "ok", doc["problems"]
    assert doc["figures"] == {"grand_total": "23184600.00"}


def test_the_whole_spending_evaluations_full_year_budget_named_after_the_spending() -> None:
    result = parse_document(
        "单位整体支出绩效自评综述：2023年度单位整体支出全年预算数22,680.00万元，执行数21,468.92万元，"
        "预算执行率94.66%。",
        unit="某县人民医院",
        year="2023",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("performance_unit_evaluation_spending", "budget"): "226800000.00",
        ("performance_unit_evaluation_spending", "actual"): "214689200.00",
    }


def test_a_joint_total_with_a_space_after_the_thousands_comma() -> None:
    result = parse_document(
        "2023年度财政拨款收、支总计均为4, 795.33万元。与上年相比，财政拨款收、支总计各增加602.18万元。",
        unit="某县某局",
        year="2023",
        final=True,
    )
    assert accepted_figures(result) == {
        "fiscal_grand_total": "47953300.00",
        "fiscal_grand_total_change_vs_prior_year": "6021800.00",
    }
    assert unparsed_messages(result) == []


@pytest.mark.parametrize("compared", ["与2025年相比，收、支预算各减少", "收、支预算各比上年减少"])
def test_the_joint_sides_split_at_their_dun_after_a_comparison_clause(compared: str) -> None:
    result = parse_document(
        f"2026年收入预算3286.45万元；支出预算3286.45万元。{compared}124.60万元。", unit="某市某局", year="2026"
    )
    assert accepted_figures(result) == {
        "income_total": "32864500.00",
        "expenditure_total": "32864500.00",
        "income_change_vs_prior_year": "-1246000.00",
        "expenditure_change_vs_prior_year": "-1246000.00",
    }


def test_a_flat_clause_after_the_uses_is_the_figures_change() -> None:
    result = parse_document(
        "因公出国（境）费18.00万元，主要用于参加国际会议及赛事考察等，与上年持平；公务接待费5万元，比上年减少1万元。",
        unit="某省某局",
        year="2025",
    )
    assert accepted_figures(result) == {
        "three_public_overseas": "180000.00",
        "three_public_overseas_change_vs_prior_year": "0.00",
        "three_public_reception": "50000.00",
        "three_public_reception_change_vs_prior_year": "-10000.00",
    }


def test_a_flat_clause_after_a_reason_stays_unread() -> None:
    result = parse_document("公务接待费18.00万元，主要原因是接待增多，与上年一致。", unit="某县某局", year="2025")
    assert accepted_figures(result) == {"three_public_reception": "180000.00"}


def test_the_unit_funds_of_the_new_templates_and_their_parts() -> None:
    result = parse_document(
        "2026年收入预算240,234.30万元，其中：一般公共预算186,425.30万元，占77.60%；政府性基金预算42,600.00万元；"
        "国有资本经营预算1,850.00万元；财政专户管理资金3,260.00万元，为学费收入；单位资金6,099.00万元，占2.54%，"
        "其中事业收入5,412.60万元、其他收入686.40万元。",
        unit="某省某厅",
        year="2026",
    )
    assert accepted_figures(result) == {
        "income_total": "2402343000.00",
        "income_general_public_budget": "1864253000.00",
        "income_government_fund": "426000000.00",
        "income_state_capital": "18500000.00",
        "income_special_account": "32600000.00",
        "income_unit_funds": "60990000.00",
        "income_business": "54126000.00",
        "income_other": "6864000.00",
    }
    assert unparsed_messages(result) == []


def test_unit_funds_spent_are_no_income() -> None:
    result = parse_document("单位资金安排的支出500万元。", unit="某省某厅", year="2026")
    assert "income_unit_funds" not in accepted_figures(result)


def test_a_funds_budget_said_none_after_the_spending_is_none_on_both_sides() -> None:
    result = parse_document(
        "2025年财政拨款收入126384.72万元，全部为一般公共预算拨款；财政拨款支出126384.72万元。"
        "本部门无政府性基金预算，也无国有资本经营预算。",
        unit="某省某局",
        year="2025",
    )
    figures = accepted_figures(result)
    assert {
        metric: figures[metric] for metric in figures if metric.endswith(("_government_fund", "_state_capital"))
    } == {
        "income_government_fund": "0.00",
        "expenditure_government_fund": "0.00",
        "income_state_capital": "0.00",
        "expenditure_state_capital": "0.00",
    }


def test_a_comprehensive_budget_title() -> None:
    doc = _document(
        "宝鸡市群众艺术馆",
        "2024年部门综合预算公开说明",
        "一、部门基本情况",
        "我馆核定事业编制38名，实有在编人员34人。",
        "二、部门预算收支说明",
        "2024年收入总预算612.48万元，其中：一般公共预算拨款586.48万元，单位资金26.00万元（其中事业收入20.00万元，"
        "其他收入6.00万元）。",
    )
    assert doc["status"] == "ok"
    assert doc["figures"] == {
        "staff_authorized_institution": "38",
        "staff_actual": "34",
        "income_total": "6124800.00",
        "income_general_public_budget": "5864800.00",
        "income_unit_funds": "260000.00",
        "income_business": "200000.00",
        "income_other": "60000.00",
    }


def test_the_two_totals_named_as_one_at_the_next_sentences_opening() -> None:
    result = parse_document(
        "2025年收入总计8,709.00万元，支出总计8,709.00万元。与2024年相比，收、支总计各增加612.40万元，增长7.56%。",
        "2025年收入合计8,222.30万元，其中：一般公共预算拨款收入6,842.30万元；单位资金收入1,380.00万元。",
        "另有上年结转486.70万元，为单位资金结转。",
        unit="郑州市疾病预防控制中心",
        year="2025",
    )
    assert accepted_figures(result) == {
        "grand_total": "87090000.00",
        "grand_total_change_vs_prior_year": "6124000.00",
        "income_total": "82223000.00",
        "income_general_public_budget": "68423000.00",
        "income_unit_funds": "13800000.00",
        "income_carryover": "4867000.00",
    }


def test_the_change_of_a_budgets_income_total_read_as_the_grand_total() -> None:
    result = parse_document(
        "2026年收入总计4,400.00万元，其中：本年收入3,980.00万元，上年结转结余420.00万元。收入总计比上年增加256.30万元，"
        "增长6.19%。",
        unit="某研究所",
        year="2026",
    )
    assert accepted_figures(result) == {
        "grand_total": "44000000.00",
        "income_total": "39800000.00",
        "income_carryover": "4200000.00",
        "grand_total_change_vs_prior_year": "2563000.00",
    }


def test_the_project_spending_under_targets_named_as_its_budget() -> None:
    result = parse_document(
        "2026年本所项目支出全部纳入绩效目标管理，涉及项目支出预算1,299.40万元。", unit="某研究所", year="2026"
    )
    assert accepted_figures(result) == {"performance_target_amount": "12994000.00"}


def test_the_procurement_kinds_named_by_their_spending_alone() -> None:
    result = parse_document(
        "2024年度政府采购支出总额236.48万元，其中：货物支出148.20万元，工程支出0万元，服务支出88.28万元。",
        unit="某中学",
        year="2024",
        final=True,
    )
    assert accepted_figures(result) == {
        "procurement_total": "2364800.00",
        "procurement_goods": "1482000.00",
        "procurement_works": "0.00",
        "procurement_services": "882800.00",
    }


def test_a_final_accounts_item_named_by_its_category_and_kuan_alone() -> None:
    result = parse_document(
        "2023年度一般公共预算财政拨款支出年初预算为23850.00万元，支出决算为24962.08万元。其中：",
        "9.社会保障和就业支出（类）行政事业单位养老支出（款）。年初预算为2580.00万元，支出决算为2612.35万元，"
        "完成年初预算的101.25%。",
        "10.卫生健康支出（类）行政事业单位医疗（款）。年初预算为1150.00万元，支出决算为1178.91万元。",
        unit="某市某局",
        year="2023",
        final=True,
    )
    assert figures_in_order(result) == [
        ("expenditure_general_public_budget", "", "238500000.00"),
        ("expenditure_general_public_budget", "", "249620800.00"),
        ("expenditure_function", "20805", "25800000.00"),
        ("expenditure_function", "20805", "26123500.00"),
        ("expenditure_function", "21011", "11500000.00"),
        ("expenditure_function", "21011", "11789100.00"),
    ]


@pytest.mark.parametrize(
    "title",
    ["澄迈县人民政府网-澄迈县水务局2026年部门预算情况说明", "澄迈县水务局2026年部门预算情况说明-澄迈县人民政府网"],
)
def test_a_web_pages_title_joined_to_the_portals_name(title: str) -> None:
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></div>"
        "<div class='article'><h1>澄迈县水务局2026年部门预算情况说明</h1>"
        "<p>一、部门基本情况</p><p>本部门编制数86人，实有人数81人。</p>"
        "<p>二、部门收支预算情况说明</p><p>2026年收入预算12,386.45万元，支出预算12,386.45万元。</p></div>"
        "<div class='footer'>主办单位：澄迈县人民政府办公室</div></body></html>"
    )
    out = process(page.encode(), "t")
    assert out.document["unit_name"] == "澄迈县水务局"
    assert out.document["status"] == "ok"


def test_no_new_vehicle_in_the_budget() -> None:
    result = parse_document("2026年无新增购置车辆预算。", unit="某县某局", year="2026")
    assert accepted_figures(result) == {"vehicles_to_purchase": "0"}


def test_a_fund_said_none_names_no_funds_of_the_categories_after_it() -> None:
    result = parse_document(
        "2025年财政拨款收支总预算2386.47万元。收入全部为一般公共预算拨款，无政府性基金预算拨款；支出包括：农林水支出"
        "1918.23万元，社会保障和就业支出248.69万元，卫生健康支出96.35万元，住房保障支出123.20万元。",
        unit="某县某局",
        year="2025",
    )
    scopes = {
        row["function_code"]: row["fund_scope"]
        for row in result.rows["raw_narrative_figures"]
        if row["metric"] == "expenditure_category" and row["is_rejected"] == "false"
    }
    assert scopes == {
        "213": "general_public_budget",
        "208": "general_public_budget",
        "210": "general_public_budget",
        "221": "general_public_budget",
    }


def test_key_projects_named_with_their_budget_words_and_targets() -> None:
    result = parse_document(
        "2026年本所项目支出全部纳入绩效目标管理，涉及项目支出预算1,299.40万元。其中重点项目：",
        "1．热区特色作物种质资源保护与利用项目，预算金额280.00万元。年度绩效目标：新收集保存资源120份以上。",
        "2．干热河谷冬早蔬菜绿色高效生产技术示范项目，预算金额160.00万元。年度绩效目标：建立示范基地3个。",
        unit="某研究所",
        year="2026",
    )
    assert figures_in_order(result) == [
        ("performance_target_amount", "", "12994000.00"),
        ("key_project_budget", "热区特色作物种质资源保护与利用项目", "2800000.00"),
        ("key_project_budget", "干热河谷冬早蔬菜绿色高效生产技术示范项目", "1600000.00"),
    ]


def test_a_part_after_the_part_before_in_its_budget_role_is_the_actual() -> None:
    result = parse_document(
        "2024年度“三公”经费财政拨款支出决算为21.36万元。其中：公务用车购置及运行维护费13.80万元，"
        "年初预算15.00万元；公务接待费7.56万元，年初预算10.00万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("three_public_total", "actual"): "213600.00",
        ("three_public_vehicle_total", "actual"): "138000.00",
        ("three_public_vehicle_total", "budget"): "150000.00",
        ("three_public_reception", "actual"): "75600.00",
        ("three_public_reception", "budget"): "100000.00",
    }


def test_a_budget_compared_with_opening_the_next_sentence() -> None:
    result = parse_document(
        "2024年度一般公共预算财政拨款支出4,180.86万元，占本年支出合计的82.91%。与年初预算3,950.00万元相比，"
        "完成年初预算的105.84%，决算数大于预算数的主要原因是追加了资金。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "actual"): "41808600.00",
        ("expenditure_general_public_budget", "budget"): "39500000.00",
    }


def test_a_budget_compared_with_whose_difference_does_not_fit_is_not_read() -> None:
    result = parse_document(
        "本年支出合计5,000.00万元。与年初预算4,800.00万元相比，增加300.00万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {("expenditure_total", "actual"): "50000000.00"}
    assert any("fits no figure before it" in message for message in unparsed_messages(result))


def test_the_grand_total_found_by_its_parts_takes_its_change() -> None:
    result = parse_document(
        "2026年收入总计12,385,640.50元，比上年增加523,100.00元。其中：本年收入11,985,640.50元，上年结转400,000.00元。",
        unit="某小学",
        year="2026",
    )
    assert accepted_figures(result) == {
        "grand_total": "12385640.50",
        "grand_total_change_vs_prior_year": "523100.00",
        "income_total": "11985640.50",
        "income_carryover": "400000.00",
    }


def test_key_projects_under_a_heading_numbered_by_a_chinese_numeral() -> None:
    result = parse_document(
        "五、重点项目情况",
        "（一）课后服务项目，预算1,200,000.00元，用于开展课后延时服务。",
        "（二）校园维修改造项目，预算900,000.00元，用于教学楼屋面防水和操场维修。",
        unit="某小学",
        year="2026",
    )
    assert figures_in_order(result) == [
        ("key_project_budget", "课后服务项目", "1200000.00"),
        ("key_project_budget", "校园维修改造项目", "900000.00"),
    ]


def test_the_government_of_government_procurement_stays_after_the_own_name() -> None:
    result = parse_document(
        "（二）政府采购情况：2026年皂郊镇政府采购预算38.00万元，全部为服务类采购。",
        unit="天水市秦州区皂郊镇人民政府",
        year="2026",
    )
    assert accepted_figures(result) == {"procurement_total": "380000.00", "procurement_services": "380000.00"}


def test_the_amount_before_the_projects_words_all_under_targets() -> None:
    result = parse_document(
        "（四）绩效目标设置情况：2026年对760.00万元项目支出全部设定绩效目标。",
        unit="某镇人民政府",
        year="2026",
    )
    assert accepted_figures(result) == {"performance_target_amount": "7600000.00"}


def test_the_project_spending_all_under_targets_under_the_targets_heading() -> None:
    result = parse_document(
        "（四）绩效目标设置情况：2025年本单位项目支出2,670.00万元全部实行绩效目标管理。",
        unit="某区人民医院",
        year="2025",
    )
    assert accepted_figures(result) == {
        "project_expenditure": "26700000.00",
        "performance_target_amount": "26700000.00",
    }


def test_key_projects_announced_with_their_budget_words() -> None:
    result = parse_document(
        "2026年本部门安排重点项目预算如下：",
        "1.普通高中国家助学金及免学杂费补助2865.00万元；",
        "2.市直学校校舍维修改造资金1680.00万元；",
        unit="某市教育和体育局",
        year="2026",
    )
    assert figures_in_order(result) == [
        ("key_project_budget", "普通高中国家助学金及免学杂费补助", "28650000.00"),
        ("key_project_budget", "市直学校校舍维修改造资金", "16800000.00"),
    ]


@pytest.mark.parametrize(
    ("text", "projects"),
    [
        (
            "2025年本部门重点项目：三北工程攻坚战自治区配套资金12000.00万元；森林草原防火专项经费6500.00万元。",
            [("三北工程攻坚战自治区配套资金", "120000000.00"), ("森林草原防火专项经费", "65000000.00")],
        ),
        (
            "2024年学校项目支出全部实行绩效目标管理，共8个项目，涉及资金812.30万元。主要项目：普通高中国家助学金48.60万元；"
            "校舍维修改造86.00万元；智慧校园建设120.00万元。",
            [("普通高中国家助学金", "486000.00"), ("校舍维修改造", "860000.00"), ("智慧校园建设", "1200000.00")],
        ),
    ],
    ids=["key-projects", "main-projects"],
)
def test_key_projects_listed_without_numbers_after_their_lead(text: str, projects: list) -> None:
    result = parse_document(text, unit="某单位", year="2025" if "2025" in text else "2024")
    listed = [(name, value) for metric, name, value in figures_in_order(result) if metric == "key_project_budget"]
    assert listed == projects


def test_a_project_list_after_a_change_is_read_when_it_adds_up() -> None:
    result = parse_document(
        "项目支出644.27万元，比上年减少160.00万元，具体为：法治政府建设示范创建经费85.00万元；公共法律服务体系建设经费"
        "168.27万元；人民调解及基层司法所业务经费120.00万元；“九五”普法宣传经费85.00万元；行政复议与行政执法监督经费"
        "186.00万元。",
        unit="某市司法局",
        year="2026",
    )
    assert figures_in_order(result)[2:] == [
        ("key_project_budget", "法治政府建设示范创建经费", "850000.00"),
        ("key_project_budget", "公共法律服务体系建设经费", "1682700.00"),
        ("key_project_budget", "人民调解及基层司法所业务经费", "1200000.00"),
        ("key_project_budget", "“九五”普法宣传经费", "850000.00"),
        ("key_project_budget", "行政复议与行政执法监督经费", "1860000.00"),
    ]


def test_a_list_after_a_change_that_does_not_add_up_is_no_project_list() -> None:
    result = parse_document(
        "项目支出644.27万元，比上年减少160.00万元，具体为：法治政府建设示范创建经费减少85.00万元；"
        "公共法律服务体系建设经费减少75.00万元。",
        unit="某市司法局",
        year="2026",
    )
    assert not [row for row in figures_in_order(result) if row[0] == "key_project_budget"]


def _basic_rows(result) -> list[tuple[str, str]]:
    return [
        (row["value"], row["fund_scope"])
        for row in result.rows["raw_narrative_figures"]
        if row["metric"] == "basic_expenditure" and row["is_rejected"] == "false"
    ]


@pytest.mark.parametrize(
    "restated",
    [
        [
            "2024年度一般公共预算财政拨款基本支出3,243.73万元。其中：人员经费3,012.48万元，主要包括基本工资等；公用经费231.25万元，主要包括办公费等。"
        ],
        [
            "2024年度一般公共预算财政拨款基本支出3,243.73万元，其中：",
            "人员经费3,012.48万元，主要包括：基本工资、津贴补贴、奖金。",
            "公用经费231.25万元，主要包括：办公费、印刷费。",
        ],
    ],
    ids=["next-sentence", "a-paragraph-each"],
)
def test_the_fund_basic_spending_with_its_parts_after_it_is_a_row_of_its_own(restated: list) -> None:
    result = parse_document(
        "2024年度本年支出合计4,000.00万元，其中：基本支出3,512.67万元，项目支出487.33万元。",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        *restated,
        unit="某县第一中学",
        year="2024",
        final=True,
    )
    assert _basic_rows(result) == [("35126700.00", "all_funds"), ("32437300.00", "general_public_budget")]


def test_the_fund_basic_spending_whose_parts_do_not_add_up_is_not_read() -> None:
    result = parse_document(
        "2024年度本年支出合计4,000.00万元，其中：基本支出3,512.67万元，项目支出487.33万元。",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        "2024年度一般公共预算财政拨款基本支出3,243.73万元，其中：",
        "人员经费3,012.48万元，主要包括：基本工资、津贴补贴、奖金。",
        "公用经费230.25万元，主要包括：办公费、印刷费。",
        unit="某县第一中学",
        year="2024",
        final=True,
    )
    assert _basic_rows(result) == [("35126700.00", "all_funds")]


@pytest.mark.parametrize(
    "restated",
    [
        ["2024年度一般公共预算财政拨款基本支出3,243.73万元，其中：人员经费3,012.48万元；公用经费230.25万元。"],
        ["2024年度一般公共预算财政拨款基本支出3,243.73万元，其中：人员经费3,012.48", "万元；公用经费230.25万元。"],
    ],
    ids=["one-line", "wrapped-over-lines"],
)
def test_the_fund_basic_spending_with_its_parts_in_its_sentence_is_kept_for_the_check(restated: list) -> None:
    # (its parts are told with it, wherever a PDF copy breaks the line: the relations check, not the
    # reader, reports that 3,012.48 + 230.25 is not 3,243.73)
    result = parse_document(
        "2024年度本年支出合计4,000.00万元，其中：基本支出3,512.67万元，项目支出487.33万元。",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        *restated,
        unit="某县第一中学",
        year="2024",
        final=True,
    )
    assert _basic_rows(result) == [("35126700.00", "all_funds"), ("32437300.00", "general_public_budget")]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("本部门未配备公务用车。", [("vehicles_year_end", "", "0")]),
        ("截至2025年底，本单位未配置公务用车。", [("vehicles_year_end", "", "0")]),
        ("本单位不配备公务用车。", [("vehicles_year_end", "", "0")]),
        ("下属单位未配备公务用车。", []),
        ("上年未配备公务用车。", []),
    ],
    ids=["weipeibei", "weipeizhi-at-year-end", "bupeibei", "sub-unit", "prior-year"],
)
def test_no_official_vehicle_fitted_out_is_none_held(sentence: str, read: list) -> None:
    assert figures_in_order(parse_document(sentence, unit="某县某局", year="2026")) == read
