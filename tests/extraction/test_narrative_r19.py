"""Issue 20, kinds 5, 6 and 10 (held-out sets 72, 73 and 74, first contact): wording met on disclosures
from Sichuan, Hunan, Shaanxi, Guangxi, Guizhou, Henan, Jiangxi and the north (made-up units, the
sentences as the sets print them). Each item names its kind."""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages


# 1. the people a unit serves (its work, in a 部门概况: 接待查档利用, 接待群众来访) are never the 三公
#    reception's people: before, '接待查档利用4860人次' was read as three_public_reception_people
#    and, beside the 三公 sentence's 78人次, both were dropped as a conflict
@pytest.mark.parametrize(
    "service",
    ["接待查档利用4860人次", "接待群众来访1200人次", "全年接待读者1260人次", "接待患者就诊3200人次"],
)
def test_1_the_people_a_unit_serves_are_no_reception_of_three_public(service: str) -> None:
    result = parse_document(
        "一、单位基本情况",
        f"2023年接收进馆档案1.2万卷，{service}。",
        "二、“三公”经费支出决算情况说明",
        "公务接待费支出决算为4.00万元，国内公务接待12批次、接待人数78人。",
        unit="某市某馆",
        year="2023",
        final=True,
    )
    figures = accepted_figures(result)
    assert figures["three_public_reception_people"] == "78"
    assert figures["three_public_reception_batches"] == "12"
    assert not any("三公" in message or "conflict" in message for message in unparsed_messages(result))


# 2. '…支出22.32万元，完成预算的82.67%（年初预算27.00万元）': the bracket after the ratio names the
#    budget of the figure before it (before: the label ran from the ratio and was not understood)
def test_2_a_budget_in_brackets_after_the_ratio_is_the_budget_of_the_figure_before() -> None:
    result = parse_document(
        "（二）“三公”经费支出决算情况",
        "公务用车购置及运行维护费支出22.32万元，完成预算的82.67%（年初预算27.00万元）。",
        "公务接待费支出6.32万元，完成年初预算的79.00%（年初预算8.00万元）。",
        unit="某区卫生健康局",
        year="2023",
        final=True,
    )
    figures = accepted_figures(result, with_role=True)
    assert figures[("three_public_vehicle_total", "actual")] == "223200.00"
    assert figures[("three_public_vehicle_total", "budget")] == "270000.00"
    assert figures[("three_public_reception", "actual")] == "63200.00"
    assert figures[("three_public_reception", "budget")] == "80000.00"
    assert unparsed_messages(result) == []


# 3. a 决算's project listed with its budget and targets, named with another project word than 项目
#    ('2. 档案安全专项整治经费，年初预算350,000.00元，绩效目标：…'): its key_project_budget (budget role),
#    named without its list number
def test_3_a_final_accounts_project_named_with_its_targets_after_its_budget() -> None:
    result = parse_document(
        "（二）项目绩效目标完成情况",
        "1. 馆藏档案数字化加工项目，年初预算800,000.00元，绩效目标：完成民国档案数字化40万画幅。",
        "2. 档案安全专项整治经费，年初预算350,000.00元，绩效目标：完成库房温湿度监控系统升级。",
        unit="某市档案馆",
        year="2023",
        final=True,
    )
    read = [
        (r["name_text"], r["value_role"], r["value"])
        for r in result.rows["raw_narrative_figures"]
        if r["metric"] == "key_project_budget"
    ]
    assert read == [
        ("馆藏档案数字化加工项目", "budget", "800000.00"),
        ("档案安全专项整治经费", "budget", "350000.00"),
    ]


# 4. the figure before is all of one part of it, said in a clause or a bracket after it: that part's
#    figure too (metrics.csv part_of)
@pytest.mark.parametrize(
    ("paragraph", "part", "value"),
    [
        (
            "面向中小企业预留政府采购预算166.00万元，全部预留给小微企业。",
            "procurement_small_micro_reserved",
            "1660000.00",
        ),
        (
            "“三公”经费预算3.00万元，其中：公务用车购置及运行维护费3.00万元（全部为公务用车运行维护费）。",
            "three_public_vehicle_operation",
            "30000.00",
        ),
        (
            "“三公”经费预算3.00万元，其中：公务用车购置及运行维护费3.00万元，全部为公务用车运行维护费。",
            "three_public_vehicle_operation",
            "30000.00",
        ),
        ("核定事业编制412名，实有在编人员398人，全部为财政全额保障人员。", "staff_actual_fully_funded", "398"),
    ],
)
def test_4_all_of_the_figure_before_is_one_part(paragraph: str, part: str, value: str) -> None:
    figures = accepted_figures(parse_document(paragraph, unit="某县某局", year="2026"))
    assert figures[part] == value


def test_4_words_that_name_no_one_part_add_none() -> None:
    figures = accepted_figures(
        parse_document(
            "“三公”经费预算3.00万元，全部为公务用车购置及运行维护费和公务接待费。", unit="某县某局", year="2026"
        )
    )
    assert figures == {"three_public_total": "30000.00"}


# 5. none of a counted kind, in words: '无离退休人员' (staff_retired 0), '无退休人员', '无超编车辆'
#    (vehicles_over_authorized 0); another year's none is not this year's
@pytest.mark.parametrize(
    ("clause", "metric"),
    [
        ("无离退休人员", "staff_retired"),
        ("本单位无退休人员", "staff_retired_regular"),
        ("无超编车辆", "vehicles_over_authorized"),
        ("不存在超编公务用车", "vehicles_over_authorized"),
    ],
)
def test_5_none_of_a_counted_kind_is_zero(clause: str, metric: str) -> None:
    figures = accepted_figures(parse_document(f"核定事业编制6名，实有5人；{clause}。", unit="某县某局", year="2026"))
    assert figures[metric] == "0"
    other_year = accepted_figures(parse_document(f"2024年{clause}。", unit="某县某局", year="2026"))
    assert metric not in other_year


# 6. Wrong is worse than missing: '全部为A和B' names two things of one amount, neither's figure (before:
#    the last one named, 公务接待费, took the whole 三公 amount)
def test_6_all_of_two_things_is_neither() -> None:
    figures = accepted_figures(
        parse_document(
            "“三公”经费预算3.00万元，全部为公务用车购置及运行维护费和公务接待费。", unit="某县某局", year="2026"
        )
    )
    assert figures == {"three_public_total": "30000.00"}
    one = accepted_figures(
        parse_document("“三公”经费预算5.00万元，全部为公务用车购置及运行维护费。", unit="某县某局", year="2026")
    )
    assert one["three_public_vehicle_total"] == "50000.00"


# 7. a 决算 item named by its levels ('卫生健康支出（类）卫生健康管理事务（款）行政运行（项）：年初预算为
#    598.00万元，支出决算为612.35万元') whose document's function table prints the 项 but no row of its 款:
#    the one 项 of that name under the 类 printing that amount is the item (before: unresolved, not kept)
_ITEM_TABLE = [
    "一般公共预算财政拨款支出决算表",
    "单位：万元",
    "科目编码\t科目名称\t年初预算\t决算数",
    "210\t卫生健康支出\t2648.00\t2718.80",
    "2100101\t行政运行\t598.00\t612.35",
    "2100302\t乡镇卫生院\t2050.00\t2106.45",
    "合计\t\t2648.00\t2718.80",
]


def _item_document(*paragraphs: str) -> list[tuple[str, str, str]]:
    from extract.pipeline import process

    text = "\n".join(
        ["某区卫生健康局", "2023年度部门决算", "一、部门决算情况说明", *paragraphs, "二、部门决算表", *_ITEM_TABLE]
    )
    out = process((text + "\n").encode(), "i")
    return [
        (r["function_code"], r["value_role"], r["value"])
        for r in out.rows.get("raw_narrative_figures", [])
        if r["metric"] == "expenditure_function" and r["is_rejected"] == "false"
    ]


def test_7_an_item_whose_kuan_the_table_does_not_print_is_told_by_its_name_and_amount() -> None:
    read = _item_document(
        "1.卫生健康支出（类）卫生健康管理事务（款）行政运行（项）：年初预算为598.00万元，支出决算为612.35万元。",
        "2.卫生健康支出（类）基层医疗卫生机构（款）乡镇卫生院（项）：年初预算为2,050.00万元，支出决算为2,106.45万元。",
    )
    assert read == [
        ("2100101", "budget", "5980000.00"),
        ("2100101", "actual", "6123500.00"),
        ("2100302", "budget", "20500000.00"),
        ("2100302", "actual", "21064500.00"),
    ]


def test_7_an_amount_the_row_does_not_print_leaves_the_item_unresolved() -> None:
    # (the name alone under the 类 is not enough: 行政运行 is a 项 of many a 款)
    assert _item_document("1.卫生健康支出（类）卫生健康管理事务（款）行政运行（项）：年初预算为599.00万元。") == []


# 8. none of the purchase, in a statement of its own after '；' ('…与上年持平，主要用于…；本年无公务用车
#    购置预算': the prior year the statement before compares with is not this statement's year), or
#    said as '不新增购置车辆' after the vehicles counted
def test_8_no_purchase_after_a_statement_comparing_with_the_prior_year() -> None:
    figures = accepted_figures(
        parse_document(
            "公务用车购置及运行维护费33.00万元，与上年持平，主要用于燃料费等；本年无公务用车购置预算。",
            unit="某省地质调查院",
            year="2025",
        )
    )
    assert figures["three_public_vehicle_purchase"] == "0.00"
    # the year opening the sentence still scopes it
    other = accepted_figures(
        parse_document("2023年，因公出国（境）费0万元；未购置公务用车。", unit="某县某局", year="2025")
    )
    assert "vehicles_to_purchase" not in other


def test_8_no_new_vehicles_after_the_count() -> None:
    figures = accepted_figures(
        parse_document(
            "本单位共有车辆21辆，其中一般公务用车2辆。2025年不新增购置车辆。", unit="某省地质调查院", year="2025"
        )
    )
    assert figures["vehicles_to_purchase"] == "0"


# 9. a budget's project list under '重点项目如下：', each item '1.某某工程，年度预算X万元，绩效目标：…' (the
#    budget's words 年度预算 after the name, as 年初预算 / 预算金额 are): each item's key_project_budget
def test_9_key_projects_listed_with_their_annual_budget() -> None:
    result = parse_document(
        "（九）预算绩效目标",
        "2026年本部门18个项目全部编制绩效目标，涉及一般公共预算项目资金2,896.20万元。重点项目如下：",
        "1.太河水库除险加固工程，年度预算1,800.00万元，绩效目标：完成大坝防渗处理。",
        "2.小型水库及水闸维修养护，年度预算1,207.20万元，绩效目标：全市小型水库维修养护覆盖率100%。",
        "3.防汛抢险物资储备，年度预算500.00万元。",
        unit="某市水利局",
        year="2026",
    )
    read = [
        (r["name_text"], r["value"])
        for r in result.rows["raw_narrative_figures"]
        if r["metric"] == "key_project_budget"
    ]
    assert read == [
        ("太河水库除险加固工程", "18000000.00"),
        ("小型水库及水闸维修养护", "12072000.00"),
        ("防汛抢险物资储备", "5000000.00"),
    ]


# 10. a list of projects run into the paragraph after the project spending, its names ending in no
#     project word: the spending named again before the lead ('项目支出主要包括：…'), or items adding up to
#     it exactly after its change ('…较上年增加160.00万元，主要是：…'); a list after a change that does not
#     add up to the spending stays the change's reasons, none read
def _projects(*paragraphs: str) -> list[tuple[str, str]]:
    result = parse_document(*paragraphs, unit="某县第一中学", year="2025")
    return [
        (r["name_text"], r["value"])
        for r in result.rows["raw_narrative_figures"]
        if r["metric"] == "key_project_budget"
    ]


def test_10_a_list_after_the_project_spending_named_again() -> None:
    assert _projects(
        "项目支出26,253.20万元，比上年增加2,426.40万元。项目支出主要包括：老旧小区改造提升工程20,000.00万元；"
        "城市道路桥梁及公共设施养护3,200.00万元；建筑工地扬尘智慧监管平台运维380.00万元。"
    ) == [
        ("老旧小区改造提升工程", "200000000.00"),
        ("城市道路桥梁及公共设施养护", "32000000.00"),
        ("建筑工地扬尘智慧监管平台运维", "3800000.00"),
    ]


def test_10_a_list_after_a_change_is_the_spendings_only_when_it_adds_up_to_it() -> None:
    lead = "2025年项目支出1,370.00万元，较上年增加160.00万元，主要是："
    assert _projects(
        lead + "教学仪器及信息化设备购置620.00万元；学生食堂运营450.00万元；校园安保服务购买300.00万元。"
    ) == [
        ("教学仪器及信息化设备购置", "6200000.00"),
        ("学生食堂运营", "4500000.00"),
        ("校园安保服务购买", "3000000.00"),
    ]
    assert _projects(lead + "教学仪器及信息化设备购置增加100.00万元；学生食堂运营增加60.00万元。") == []


def test_7_an_item_printed_from_its_kuan_is_told_by_its_name_and_amount_under_any_lei() -> None:
    read = _item_document(
        "卫生健康支出（类）2,718.80万元。具体为：",
        "1．卫生健康管理事务（款）行政运行（项）612.35万元，主要用于机关运转；",
        "2．基层医疗卫生机构（款）乡镇卫生院（项）2,106.45万元。",
    )
    assert read == [("2100101", "actual", "6123500.00"), ("2100302", "actual", "21064500.00")]


# 11. the assets the unit holds named by 共有 / 拥有 ('本部门共有资产186.42万元，其中：流动资产…'); a
#     reception's batches with its people run in after 批 ('共接待15批96人次')
def test_11_assets_the_unit_holds_and_batches_run_into_their_people() -> None:
    figures = accepted_figures(
        parse_document(
            "（三）国有资产：截至2024年12月31日，本部门共有资产186.42万元，其中：流动资产62.18万元，固定资产124.24万元。",
            "公务接待费1.24万元，共接待15批96人次。",
            unit="某区妇女联合会",
            year="2024",
            final=True,
        )
    )
    assert figures["assets_total"] == "1864200.00"
    assert figures["assets_current"] == "621800.00"
    assert figures["assets_fixed"] == "1242400.00"
    assert figures["three_public_reception_batches"] == "15"
    assert figures["three_public_reception_people"] == "96"


# 12. a 项 listed alone on the line after an item of its 款 ('公路水路运输（款）行政运行（项）X；' then
#     '公路建设（项）Y，比上年增加Z'): of that 款, and its change of that item (held-out set 74)
def test_12_a_xiang_listed_alone_after_an_item_of_its_kuan() -> None:
    from extract.pipeline import process

    table = [
        "一般公共预算财政拨款支出决算表",
        "单位：万元",
        "科目编码\t科目名称\t年初预算\t决算数",
        "214\t交通运输支出\t3150.00\t3686.45",
        "2140101\t行政运行\t1350.00\t1386.45",
        "2140104\t公路建设\t1800.00\t2300.00",
        "合计\t\t3150.00\t3686.45",
    ]
    text = "\n".join(
        [
            "某市交通运输局",
            "2023年度部门决算",
            "一、部门决算情况说明",
            "交通运输支出（类）3,686.45万元。其中：",
            "公路水路运输（款）行政运行（项）1,386.45万元，主要用于局机关正常运转；",
            "公路建设（项）2,300.00万元，比上年增加286.10万元，主要用于国道改建工程。",
            "二、部门决算表",
            *table,
        ]
    )
    out = process((text + "\n").encode(), "x")
    read = [
        (r["metric"], r["function_code"], r["value"])
        for r in out.rows["raw_narrative_figures"]
        if r["metric"].startswith("expenditure_function") and r["is_rejected"] == "false"
    ]
    assert read == [
        ("expenditure_function", "2140101", "13864500.00"),
        ("expenditure_function", "2140104", "23000000.00"),
        ("expenditure_function_change_vs_prior_year", "2140104", "2861000.00"),
    ]


# 13. a none restated by its amount ('没有使用政府性基金预算拨款安排的支出（0.00万元）'): that figure, 0
#     (before: refused as negated words)
def test_13_a_none_restated_by_an_amount_of_zero() -> None:
    figures = accepted_figures(
        parse_document(
            "本部门2025年没有使用政府性基金预算拨款安排的支出（0.00万元）。", unit="某镇人民政府", year="2025"
        )
    )
    assert figures["expenditure_government_fund"] == "0.00"


# 14. Wrong is worse than missing: role words alone opening a sentence after one subject's figure, under
#     a heading naming another spending ('二、财政拨款支出决算情况' then '…一般公共预算财政拨款支出X元，比
#     上年减少Y元。年初预算为Z元'): that subject's budget, never the heading's (before: Z was read as the
#     财政拨款支出's budget, held-out set 75)
def test_14_role_words_alone_after_a_subject_under_another_spendings_heading() -> None:
    result = parse_document(
        "二、财政拨款支出决算情况",
        "2023年度一般公共预算财政拨款支出39,105,233.60元，比上年减少5,402,118.30元。年初预算为36,800,000.00元，"
        "支出决算完成年初预算的106.3%。",
        unit="某区疾病预防控制中心",
        year="2023",
        final=True,
    )
    figures = accepted_figures(result, with_role=True)
    assert figures[("expenditure_general_public_budget", "budget")] == "36800000.00"
    assert ("expenditure_fiscal_appropriation", "budget") not in figures
