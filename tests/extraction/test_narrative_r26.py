"""Narrative wording met when held-out documents were read as PDFs, and in held-out set 87 (issue 20,
kind 5: item-level prose, kind 10: wrong is worse than missing)."""

from __future__ import annotations

from tests.narrative_figures import parse_document


def _kept(*paragraphs: str, final: bool = False) -> list[tuple[str, str, str]]:
    out = parse_document(*paragraphs, unit="某县第一中学", year="2024", final=final)
    rows = out.rows.get("raw_narrative_figures", [])
    return [(r["metric"], r["value"], r["name_text"]) for r in rows if r["is_rejected"] != "true"]


def test_a_thing_no_metric_names_then_the_budgets_words_is_no_topics_total():
    # a project listed with its 年初预算, its performance targets on the next line of the PDF: its
    # words hold 收入 ('学费住宿费收入安排的…支出'), yet its budget is no income total; before, it
    # was read as income_total and, disagreeing with the true one, both were lost
    kept = _kept(
        "2024年收入预算总额27,336,180.58元，支出预算总额27,336,180.58元。",
        "3. 普通高中学费住宿费收入安排的教学运转支出，年初预算2,150,000.00元（财政专户管理资金）。",
    )
    assert ("income_total", "27336180.58", "2024年收入预算总额") in kept
    assert [k for k in kept if k[1] == "2150000.00"] == []
    assert _kept("教学运转支出，年初预算2,150,000.00元。") == []  # (was the expenditure total)


def test_a_project_named_then_its_opening_budget_is_its_budget():
    assert _kept("1. 校园安全保障经费，年初预算50,000.00元。") == [
        ("key_project_budget", "50000.00", "校园安全保障经费")
    ]


def test_a_total_named_then_the_budgets_words_stays_the_total():
    assert _kept("2024年支出，年初预算2,150,000.00元。") == [("expenditure_total", "2150000.00", "年初预算")]


def test_a_list_of_income_parts_opening_with_a_fund_leaves_the_carry_over_the_units():
    # held-out set 87: '其中：一般公共预算拨款X，…，上年结转Y' lists the total's parts; the fund it opens
    # with is its first part, no subject: the carry-over is the unit's (it was left unread as the
    # 一般公共预算's carry-over)
    kept = _kept(
        "2024年部门收入预算4,277.78万元，比上年增加304.08万元。其中：一般公共预算拨款3,652.30万元，"
        "政府性基金预算拨款420.00万元，其他收入5.48万元，上年结转200.00万元。"
    )
    assert ("income_carryover", "2000000.00", "上年结转") in kept
    assert ("income_general_public_budget", "36523000.00", "一般公共预算拨款") in kept


def test_a_funds_own_sentence_keeps_its_carry_over_unread():
    kept = _kept("2024年度政府性基金预算财政拨款年初结转和结余0万元，本年收入80.00万元。", final=True)
    assert [k for k in kept if k[0] == "income_carryover"] == []


def test_the_project_spending_defined_then_listed_gives_its_projects():
    # '…，是为完成…而编制的年度项目支出计划，主要是：' names the spending inside its definition; the list
    # is of the spending stated before it, its carried-over project too (held-out set 87)
    kept = _kept(
        "2.项目支出2,691.36万元，占支出预算的62.91%，是为完成特定行政工作任务或事业发展目标而编制的年度项目支出计划，"
        "主要是：高标准农田建设配套资金1,286.36万元；农村人居环境整治配套资金256.00万元；重大动物疫病防控经费226.00万元；"
        "基层农技推广体系改革与建设补助185.00万元；农产品质量安全监测经费118.00万元；农村道路及供水设施建设资金420.00万元；"
        "上年结转农业生产发展项目200.00万元。"
    )
    projects = [(value, name) for metric, value, name in kept if metric == "key_project_budget"]
    assert len(projects) == 7
    assert ("12863600.00", "高标准农田建设配套资金") in projects
    assert ("2000000.00", "上年结转农业生产发展项目") in projects


def test_a_project_whose_funding_is_remarked_in_brackets_then_its_budget_and_targets():
    kept = _kept("（六）中小河流水文监测系统建设项目（上年结转），年初预算290.00万元，绩效目标：完成剩余6处站点建设。")
    assert kept == [("key_project_budget", "2900000.00", "中小河流水文监测系统建设项目")]


def test_a_parts_own_parts_in_brackets_leave_the_carry_over_after_them_in_the_list():
    # '…；单位资金收入X（其中事业收入Y、其他收入Z）；上年结转结余W。': one part before the carry-over, its
    # own parts in brackets; the carry-over is the list's (its source_text the list run on, so the
    # income-parts check adds it); before, the bracket's two parts closed the list and the check
    # failed a document that adds up (held-out set 87)
    out = parse_document(
        "2024年收入预算6,842.60万元，比上年增加330.20万元，其中：一般公共预算拨款收入5,268.30万元；"
        "单位资金收入1,284.30万元（其中事业收入1,180.00万元、其他收入104.30万元）；上年结转结余290.00万元。",
        unit="某省某某中心",
        year="2024",
        final=False,
    )
    rows = {r["metric"]: r for r in out.rows["raw_narrative_figures"] if r["is_rejected"] != "true"}
    assert rows["income_carryover"]["value"] == "2900000.00"
    assert rows["income_carryover"]["source_text"].startswith("2024年收入预算6,842.60万元")
