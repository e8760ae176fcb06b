"""Issue 20, kinds 5, 6 and 10 (held-out sets 76 and 77, first contact, and the kinds left open in
session 19): wording met on disclosures of the north, east and south-west (made-up units, the
sentences as the sets print them). Each item names its kind."""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages


# 1. (kind 10) '三公经费支出8.64万元，比年初预算10.00万元减少1.36万元，较上年减少0.48万元': the change
#    against the budget is not read (a problem), and the change against the prior year after it is
#    still the figure's (before: the unread change cut the sentence from its subject, and the
#    prior year's change was unparsed as 'a change whose subject is not stated')
def test_1_a_prior_year_change_after_an_unread_change_against_the_budget_is_the_figures() -> None:
    result = parse_document(
        "（二）“三公”经费财政拨款支出决算情况",
        "2024年度“三公”经费财政拨款支出决算8.64万元，比年初预算10.00万元减少1.36万元，较上年减少0.48万元，"
        "主要原因是严格执行中央八项规定精神。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    figures = accepted_figures(result, with_role=True)
    assert figures[("three_public_total", "actual")] == "86400.00"
    assert figures[("three_public_total", "budget")] == "100000.00"
    assert figures[("three_public_change_vs_prior_year", "")] == "-4800.00"
    assert len(figures) == 3
    (message,) = unparsed_messages(result)
    assert "1.36万元" in message and "budget" in message


# 2. (kind 5) '1.教育支出（类）职业教育（款）中等职业教育（项）支出1,720.20万元' / '…（205类）…（03款）中等职业
#    教育（02项）…': an item path with 支出 after its 项 mark, and a 项 whose name opens with 中 right after
#    the 款's mark (before: 'label not understood', and '中等…' was split as a part '其中')
def test_2_an_item_path_then_its_spending_word_and_a_name_opening_with_zhong() -> None:
    coded = parse_document(
        "（三）一般公共预算当年拨款具体使用情况",
        "1.教育支出（205类）职业教育（03款）中等职业教育（02项）支出1,720.20万元，与上年相比减少65.40万元，下降3.66%。",
        unit="某省体育局",
        year="2026",
    )
    rows = [(r["metric"], r["function_code"], r["value"]) for r in coded.rows["raw_narrative_figures"]]
    assert rows == [
        ("expenditure_function", "2050302", "17202000.00"),
        ("expenditure_function_change_vs_prior_year", "2050302", "-654000.00"),
    ]
    assert unparsed_messages(coded) == []
    # the levels named without digits: the path is understood (its code then comes from the
    # document's tables, which this paragraph has none of: unresolved, never 'not understood')
    named = parse_document(
        "（三）一般公共预算当年拨款具体使用情况",
        "1.教育支出（类）职业教育（款）中等职业教育（项）支出1,720.20万元，与上年相比减少65.40万元。",
        unit="某省体育局",
        year="2026",
    )
    (problem,) = [p for p in named.problems if "1,720.20" in p.message]
    assert problem.code == "narrative_item_unresolved"
    assert "教育支出/职业教育/中等职业教育" in problem.message


# 3. (kind 6) the trips the year plans, said after the overseas spending's reason or use ('主要原因是严格
#    控制团组数量，2025年计划安排运动队出国（境）参赛、集训团组4个、26人次', '主要用于…交流（计划安排团组1个、
#    4人次）'), are its counts; a planned cut of groups in a reason is no count
def test_3_planned_overseas_trips_after_a_reason_or_a_use_are_the_counts() -> None:
    after_reason = parse_document(
        "（三）“三公”经费预算情况",
        "因公出国（境）费预算支出48.00万元，比上年预算减少12.00万元，主要原因是严格控制因公出国（境）团组"
        "数量和规模，2025年计划安排运动队出国（境）参赛、集训团组4个、26人次。",
        unit="某省体育局",
        year="2025",
    )
    figures = accepted_figures(after_reason)
    assert figures["three_public_overseas_groups"] == "4"
    assert figures["three_public_overseas_people"] == "26"
    in_use = parse_document(
        "（三）“三公”经费预算情况",
        "因公出国（境）费12.00万元，与2024年预算持平，主要用于赴境外开展业务交流（计划安排团组1个、4人次）；"
        "公务接待费5.00万元。",
        unit="某区市场监督管理局",
        year="2025",
    )
    figures = accepted_figures(in_use)
    assert figures["three_public_overseas_groups"] == "1"
    assert figures["three_public_overseas_people"] == "4"
    assert figures["three_public_reception"] == "50000.00"
    cut = parse_document(
        "（三）“三公”经费预算情况",
        "因公出国（境）费12.00万元，比上年减少2.00万元，主要原因是计划减少团组2个。",
        unit="某区市场监督管理局",
        year="2025",
    )
    assert "three_public_overseas_groups" not in accepted_figures(cut)


# 4. (kind 3) a budget's key projects listed under a lead naming their targets ('部分重点项目绩效目标如下：',
#    '各项目绩效目标如下：'), each numbered, named, then its budget's words after '，' or '：' ('年初预算',
#    '年度预算', '项目预算'), then its targets: each project's budget; the counts in the targets are none
def test_4_key_projects_listed_with_their_budgets_under_a_lead_naming_targets() -> None:
    result = parse_document(
        "十三、部门项目支出绩效目标情况",
        "部分重点项目绩效目标如下：",
        "1.第二十一届全省运动会筹备经费，年初预算3,200.00万元。绩效目标：测试赛完成率不低于95%。",
        "2.优秀运动队训练保障经费，年度预算12,680.00万元。绩效目标：保障在训运动员1300余人的训练。",
        "3.投诉举报热线运行服务项目：项目预算420.00万元，投诉举报按时办结率不低于99%。",
        unit="某省体育局",
        year="2025",
    )
    rows = {r["name_text"]: r["value"] for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "false"}
    assert rows == {
        "第二十一届全省运动会筹备经费": "32000000.00",
        "优秀运动队训练保障经费": "126800000.00",
        "投诉举报热线运行服务项目": "4200000.00",
    }


# 5. (kinds 3, 10) a list of key projects after '重点项目包括：' whose item states its part of one fund in
#    brackets ('…配套资金900.00万元（其中政府性基金预算600.00万元）；'): the list is read, the bracket's
#    amount is no figure (before: no list, and the bracket was read as the whole 政府性基金 spending)
def test_5_a_key_project_list_with_a_fund_part_in_brackets() -> None:
    result = parse_document(
        "（四）绩效目标设置情况",
        "项目支出中，重点项目包括：农业生产发展资金420.00万元；高标准农田建设县级配套资金900.00万元（其中政府性"
        "基金预算600.00万元）；基层农技推广体系改革与建设补助68.00万元。",
        unit="某县农业农村局",
        year="2026",
    )
    rows = [(r["metric"], r["name_text"], r["value"]) for r in result.rows["raw_narrative_figures"]]
    assert rows == [
        ("key_project_budget", "农业生产发展资金", "4200000.00"),
        ("key_project_budget", "高标准农田建设县级配套资金", "9000000.00"),
        ("key_project_budget", "基层农技推广体系改革与建设补助", "680000.00"),
    ]
    assert any("600.00万元" in message for message in unparsed_messages(result))


# 6. (kind 10) role words with the other side's word after a fund's income ('政府性基金预算财政拨款收入
#    3,500.00万元，年初预算为3,500.00万元，支出决算为3,412.60万元，…，比上年增加124.60万元'): the
#    fund's spending in that role, and the change after it is the spending's (before: read as the
#    income's, a conflict with the income, and the change given to the income)
def test_6_role_words_naming_the_spending_after_a_funds_income_are_its_spending() -> None:
    result = parse_document(
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本部门2024年度政府性基金预算财政拨款收入3,500.00万元，年初预算为3,500.00万元，支出决算为3,412.60万元，"
        "完成年初预算的97.50%，比上年增加124.60万元。",
        unit="某市民政局",
        year="2024",
        final=True,
    )
    figures = accepted_figures(result, with_role=True)
    assert figures[("income_government_fund", "actual")] == "35000000.00"
    assert figures[("expenditure_government_fund", "actual")] == "34126000.00"
    assert figures[("expenditure_government_fund_change_vs_prior_year", "")] == "1246000.00"
    assert ("income_government_fund_change_vs_prior_year", "") not in figures
    assert unparsed_messages(result) == []


# 7. (kind 6) '其他车辆0辆' among the kinds after the whole is the other kind (metric_wording rule 200),
#    and in a purchase list the other kind to buy (rule 190)
def test_7_other_vehicles_named_qita_cheliang() -> None:
    result = parse_document(
        "（六）国有资产占用情况",
        "截至2024年8月31日，本部门共有车辆46辆，其中，一般公务用车0辆、执法执勤用车42辆、特种专业技术用车4辆"
        "（食品安全快检车）、其他车辆0辆。",
        unit="某区市场监督管理局",
        year="2025",
    )
    figures = accepted_figures(result)
    assert figures["vehicles_total"] == "46"
    assert figures["vehicles_other"] == "0"
    assert figures["vehicles_special"] == "4"
    to_buy = accepted_figures(
        parse_document(
            "（六）国有资产占用情况",
            "2025年拟购置车辆2辆，其中执法执勤用车1辆、其他车辆1辆。",
            unit="某区市场监督管理局",
            year="2025",
        )
    )
    assert to_buy == {
        "vehicles_to_purchase": "2",
        "vehicles_to_purchase_law_enforcement": "1",
        "vehicles_to_purchase_other": "1",
    }


# 8. (kind 10) a sum after names listed with '、' ('社会保障和就业支出、卫生健康支出、住房保障支出合计1227.66
#    万元', '行政编制、事业编制共计12名') is no figure of the last name (before: WRONG, 住房保障支出 = the sum);
#    names of no metric listed before a whole's words are read as before
@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        ("社会保障和就业支出、卫生健康支出、住房保障支出合计1227.66万元，为社会保险缴费和住房公积金。", "1227.66万元"),
        ("因公出国（境）费、公务接待费合计5.00万元。", "5.00万元"),
        ("行政编制、事业编制共计12名。", "12名"),
        ("一般公务用车、执法执勤用车共5辆。", "5辆"),
    ],
)
def test_8_a_sum_after_names_listed_with_dun_is_no_figure_of_the_last(sentence: str, printed: str) -> None:
    result = parse_document("（三）支出预算情况", sentence, unit="某区应急管理局", year="2024")
    assert accepted_figures(result) == {}
    (message,) = unparsed_messages(result)
    assert printed in message and "sum of several names" in message


def test_8_names_of_no_metric_listed_before_a_whole_are_read_as_before() -> None:
    result = parse_document("（一）机构设置", "本部门机关、所属二级事业单位编制共33个。", unit="某市某局", year="2024")
    assert accepted_figures(result) == {"staff_authorized": "33"}


# 9. (kind 5) an item's '年初预算及调整后预算均为420.00万元' is its budget and its adjusted budget; '年初预算为
#    1300.00万元，年中未调整' makes the adjusted budget the budget (by wording)
def test_9_one_amount_for_both_budgets_and_a_budget_not_adjusted() -> None:
    both = parse_document(
        "（三）一般公共预算财政拨款支出决算具体情况",
        "2.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（2080505项）：年初预算及"
        "调整后预算均为420.00万元，支出决算为420.00万元，完成调整预算的100.00%。",
        unit="某县人民医院",
        year="2023",
        final=True,
    )
    rows = {(r["value_role"], r["value"]) for r in both.rows["raw_narrative_figures"] if r["is_rejected"] == "false"}
    assert rows == {("budget", "4200000.00"), ("adjusted_budget", "4200000.00"), ("actual", "4200000.00")}
    kept = parse_document(
        "（二）“三公”经费支出决算情况",
        "“三公”经费年初预算为10.00万元，年中未调整，支出决算为8.00万元。",
        unit="某市统计局",
        year="2025",
        final=True,
    )
    figures = accepted_figures(kept, with_role=True)
    assert figures == {
        ("three_public_total", "budget"): "100000.00",
        ("three_public_total", "adjusted_budget"): "100000.00",
        ("three_public_total", "actual"): "80000.00",
    }


# 10. (kind 9) '基本支出13514.96万元，同比增加528.56万元，占73.54%': the share printed after a change is the
#     level's; it is never checked as a share of the change (before: a false finding, 528.56万元 is
#     0.07% of the total, not 73.54%)
def test_10_a_share_printed_after_a_change_is_never_checked_as_the_changes() -> None:
    result = parse_document(
        "（二）支出预算情况",
        "2026年支出预算18378.56万元，其中：基本支出13514.96万元，同比增加528.56万元，占73.54%；项目支出4863.60万元，"
        "占26.46%。",
        unit="某市市场监督管理局",
        year="2026",
    )
    shares = [
        (c["subject_yuan"], c["claimed_value"])
        for c in result.rows["raw_narrative_claims"]
        if c["claim_kind"] == "share"
    ]
    assert shares == [("48636000.00", "26.46")]


# 11. (kind 6) '实有在编人员中，行政人员29人，事业人员18人': the kinds after a clause naming the staff in post
#     (with no count of its own) are the staff in post of each kind (held-out set 78, after its measure)
def test_11_kinds_counted_among_the_staff_in_post_named_without_a_count() -> None:
    result = parse_document(
        "（一）机构设置",
        "截至2025年12月底，全镇核定行政编制32名，事业编制21名；实有在编人员中，行政人员29人，事业人员18人；"
        "离退休人员47人。",
        unit="某县某镇人民政府",
        year="2026",
    )
    assert accepted_figures(result) == {
        "staff_authorized_admin": "32",
        "staff_authorized_institution": "21",
        "staff_actual_admin": "29",
        "staff_actual_institution": "18",
        "staff_retired": "47",
    }


# 12. (kinds 3, 10) a budget's numbered item naming a thing, then '年初预算X（fund）。绩效目标：…': a project's
#     budget when the name names a project, else no figure (before: '年初预算X' alone was read as the
#     document's income_total, WRONG, e.g. '普通高中学费住宿费收入安排的教学运转支出，年初预算2,150,000.00元')
def test_12_a_budget_named_after_a_numbered_thing_and_before_its_targets_is_never_the_income() -> None:
    result = parse_document(
        "（四）预算绩效目标说明",
        "3. 普通高中学费住宿费收入安排的教学运转支出，年初预算2,150,000.00元（财政专户管理资金）。绩效目标：用于高中部教学运转。",
        "4. 教师继续教育及校本培训经费，年初预算120,000.00元（一般公共预算）。绩效目标：全年组织教师培训。",
        unit="某区第三中学",
        year="2024",
    )
    rows = [(r["metric"], r["name_text"], r["value"]) for r in result.rows["raw_narrative_figures"]]
    assert rows == [("key_project_budget", "教师继续教育及校本培训经费", "120000.00")]
    assert any("2,150,000.00元" in message for message in unparsed_messages(result))
