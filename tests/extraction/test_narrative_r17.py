"""Budgets of northern provinces as their governments publish them (issue 20, kinds 3 and 5; held-out
set 71, first contact: 81.0 % found, 0 wrong; their lists of projects were the largest miss).

1. A project of a list of no numbers that says its use or funding after its amount, before the '；'
   ('群众文化活动经费41.00万元，用于广场文化活动；…', '…经费750.00万元，由事业收入安排。'): the list is read
   (it was no list before, every item unparsed).
2. A list of no numbers after the project spending whose items' names end in no project's word
   ('社会保险经办服务能力建设836.50万元；技工院校实训设备购置600.00万元') is read when it closes with the
   rest named projects ('…；其他为人事考试组织、劳动保障监察执法等项目。'). Without that close it stays
   unread (an item's name may be an economic item's: '办公设备购置').
3. A name ending in 工程 ('门诊综合楼院区改造工程') is a project's; a name with a longer aside in brackets
   ('中职学生资助（国家助学金及免学费补助）') names one project.

Final accounts of southern provinces (held-out set 70, first contact: 84.3 % found, 0 wrong):

4. A 决算's performance self-evaluation of a project, as the national 部门决算 template words it
   ('农村人居环境整治项目全年预算数420.00万元，执行数398.60万元', '其中，“某某”项目年初预算450.00万元',
   '课后服务补助项目：年初预算60.00万元', '该项目全年预算数…' / '项目全年预算数…' after '…反映某某项目绩效自评
   结果。' / '某某项目绩效目标完成情况综述。'): the budget is the project's key_project_budget in its role;
   the 执行数 after it is reported (no metric holds a project's spending), never the project's
   budget. A name ending in another project's word ('某某中心运行补助') outside the performance text
   may be a 项 named without its code: not read.
5. A vehicle named by its use ending in 处置车 ('卫生应急处置车2辆') is no vehicle disposed of (it was
   read as vehicles_disposed: a WRONG the scorer showed as extra).
6. '2.决算单位构成。…部门决算仅包括局机关本级决算。': the department is its own level, no heading narrowing
   the figures after it to 本级; and a numbered paragraph of the same level as an own-level heading
   ('2.人员情况。截至2024年末，本部门核定行政编制19名…') ends that heading's scope though it holds figures
   (the staff counts after it were unread).
7. '2025年部门预算未安排车辆购置。' (车辆 named before the buying): vehicles_to_purchase 0, as
   '未安排购置车辆' was ('未安排公务用车购置' stays the 三公 item's 0).
8. In a budget, a project named with its amount and then its performance targets ('其中，第四次全国农业
   普查经费1860.00万元，绩效目标为：…') is that project's key_project_budget; a 三公 part or a 类 so
   followed keeps its own metric.
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import figures_in_order, parse_document


def _projects(*paragraphs: str) -> list[tuple[str, str]]:
    result = parse_document(*paragraphs, unit="某县某局", year="2026")
    return [(name, value) for metric, name, value in figures_in_order(result) if metric == "key_project_budget"]


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (
            "2026年项目支出77.21万元，具体为：群众文化活动经费41.00万元，用于广场文化活动和送戏下乡；"
            "文化旅游宣传推介经费26.21万元；非物质文化遗产保护传承经费10.00万元，由其他收入安排。",
            [
                ("群众文化活动经费", "410000.00"),
                ("文化旅游宣传推介经费", "262100.00"),
                ("非物质文化遗产保护传承经费", "100000.00"),
            ],
        ),
        (
            "2026年项目支出4217.68万元，比2025年减少577.62万元。主要项目包括：垃圾分类保洁服务1180.56万元，"
            "用于辖区道路清扫保洁和垃圾清运；背街小巷整治提升865.20万元；社区党组织服务群众经费412.00万元。",
            [
                ("垃圾分类保洁服务", "11805600.00"),
                ("背街小巷整治提升", "8652000.00"),
                ("社区党组织服务群众经费", "4120000.00"),
            ],
        ),
    ],
    ids=["use-and-funding", "use-after-a-change"],
)
def test_a_listed_project_may_say_its_use_or_funding_after_its_amount(paragraph: str, read: list) -> None:
    assert _projects(paragraph) == read


def test_a_list_closing_with_the_rest_named_projects_is_of_projects() -> None:
    assert _projects(
        "2026年项目支出5988.30万元，主要包括：就业补助市级配套资金1200.00万元；社会保险经办服务能力建设836.50万元；"
        "技工院校实训设备购置600.00万元；其他为人事考试组织、劳动保障监察执法、人才引进服务等项目。"
    ) == [
        ("就业补助市级配套资金", "12000000.00"),
        ("社会保险经办服务能力建设", "8365000.00"),
        ("技工院校实训设备购置", "6000000.00"),
    ]


def test_a_list_of_names_of_no_project_word_without_that_close_is_not_read() -> None:
    assert (
        _projects("2026年项目支出5988.30万元，主要包括：办公设备购置1200.00万元；差旅836.50万元；其他为日常支出。")
        == []
    )


def test_a_construction_works_is_a_project() -> None:
    assert _projects(
        "2026年项目支出9378.13万元，主要为：医疗设备购置项目3586.00万元，由事业收入安排，主要用于购置CT等设备；"
        "门诊综合楼院区改造工程650.00万元；其余为学科建设、信息化运维等项目。"
    ) == [("医疗设备购置项目", "35860000.00"), ("门诊综合楼院区改造工程", "6500000.00")]


def test_a_name_with_a_long_aside_in_brackets_is_a_project() -> None:
    assert _projects(
        "2026年项目支出527.85万元，具体为：1.中职学生资助（国家助学金及免学费补助）287.85万元；2.社会培训项目240.00万元。"
    ) == [("中职学生资助（国家助学金及免学费补助）", "2878500.00"), ("社会培训项目", "2400000.00")]


def _kept(result) -> list[tuple[str, str, str, str]]:
    return [
        (
            row["metric"],
            row["name_text"] if row["metric"] == "key_project_budget" else "",
            row["value_role"],
            row["value"],
        )
        for row in result.rows["raw_narrative_figures"]
        if row["is_rejected"] == "false"
    ]


@pytest.mark.parametrize(
    ("paragraphs", "read"),
    [
        (
            ["农村人居环境整治项目全年预算数420.00万元，执行数398.60万元，自评得分92分。"],
            [("key_project_budget", "农村人居环境整治项目", "adjusted_budget", "4200000.00")],
        ),
        (
            ["其中，“参事建言献策与文史研究”项目年初预算450.00万元，全年执行450.00万元。"],
            [("key_project_budget", "参事建言献策与文史研究项目", "budget", "4500000.00")],
        ),
        (
            ["课后服务补助项目：年初预算60.00万元，执行数64.20万元，课后服务参与学生1865人。"],
            [("key_project_budget", "课后服务补助项目", "budget", "600000.00")],
        ),
        (
            [
                "本部门在2024年度部门决算中反映国土空间规划编制项目绩效自评结果。该项目全年预算数300.00万元，执行数296.80万元。"
            ],
            [("key_project_budget", "国土空间规划编制项目", "adjusted_budget", "3000000.00")],
        ),
        (
            [
                "重大公共卫生服务项目绩效目标完成情况综述。项目全年预算数170.00万元，执行数为168.44万元，完成预算的99.08%。"
            ],
            [("key_project_budget", "重大公共卫生服务项目", "adjusted_budget", "1700000.00")],
        ),
    ],
    ids=["named", "quoted-after-qizhong", "titled", "named-before", "summary-title"],
)
def test_a_final_accounts_project_self_evaluation_gives_its_budget(paragraphs: list, read: list) -> None:
    result = parse_document("（三）绩效自评结果", *paragraphs, unit="某县某局", year="2024", final=True)
    assert _kept(result) == read
    assert any("the spending of the project" in p.message for p in result.problems)


def test_a_name_of_another_project_word_outside_performance_text_is_not_a_project() -> None:
    result = parse_document(
        "2024年度一般公共预算财政拨款支出决算为500万元。",
        "（三）某某中心运行补助，年初预算为12.5万元，决算数为12.5万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert [row[0] for row in _kept(result)] == ["expenditure_general_public_budget"]


def test_a_vehicle_named_disposal_vehicle_is_no_vehicle_disposed() -> None:
    result = parse_document(
        "截至2024年12月31日，本单位共有车辆5辆，其中：一般公务用车1辆、特种专业技术用车4辆（疫苗冷链运输车2辆、卫生应急处置车2辆）。",
        unit="某县疾病预防控制中心",
        year="2024",
        final=True,
    )
    assert [(metric, value) for metric, _, _, value in _kept(result)] == [
        ("vehicles_total", "5"),
        ("vehicles_general_purpose", "1"),
        ("vehicles_special", "4"),
    ]


@pytest.mark.parametrize(
    "before",
    [
        ["2.决算单位构成。某市民族宗教事务局2024年度部门决算仅包括局机关本级决算。"],
        ["1.局机关本级收支情况", "局机关本级2024年度支出决算情况见下表。"],
    ],
    ids=["only-own-level", "own-level-heading-then-same-level"],
)
def test_staff_after_the_own_level_are_the_departments(before: list) -> None:
    result = parse_document(
        *before,
        "3.人员情况。截至2024年末，本部门核定行政编制19名，实有人员18人；退休人员12人。",
        unit="某市民族宗教事务局",
        year="2024",
        final=True,
    )
    assert [(metric, value) for metric, _, _, value in _kept(result)] == [
        ("staff_authorized_admin", "19"),
        ("staff_actual", "18"),
        ("staff_retired_regular", "12"),
    ]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("2026年部门预算未安排车辆购置。", [("vehicles_to_purchase", "", "0")]),
        ("2026年未安排公务用车购置。", [("three_public_vehicle_purchase", "", "0.00")]),
        ("2025年未安排车辆购置。", []),
    ],
    ids=["vehicles-then-buying", "three-public-item", "prior-year"],
)
def test_no_vehicle_buying_named_after_the_vehicles(sentence: str, read: list) -> None:
    assert figures_in_order(parse_document(sentence, unit="某县某局", year="2026")) == read


def test_a_project_named_with_its_amount_then_its_targets_is_its_budget() -> None:
    result = parse_document(
        "2026年本部门14个项目全部实行绩效目标管理，涉及资金2731.43万元。其中，第四次全国农业普查经费1860.00万元，"
        "绩效目标为：按国家统一部署完成全省普查区划分。",
        "公务接待费3.00万元，绩效目标为：厉行节约。",
        unit="某省统计局",
        year="2026",
    )
    assert figures_in_order(result) == [
        ("performance_target_amount", "", "27314300.00"),
        ("key_project_budget", "第四次全国农业普查经费", "18600000.00"),
        ("three_public_reception", "", "30000.00"),
    ]
