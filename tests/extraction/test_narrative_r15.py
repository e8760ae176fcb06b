"""Final accounts of county and township units and the budgets of coastal bureaus and institutions as
their governments publish them (issue 20, kinds 2, 5, 6 and 10).

1. The text's first sentence right after the title block ('某区某局' + '2021年度部门决算' + '一般公共预算
   财政拨款支出年初预算X，支出决算Y'), or after the title and a heading run on after it, is a paragraph
   of its own: the title's 决算 is no role of the figure (WRONG before: the budget was read as the
   actual). A title with its year run into a label ('2021年度部门决算…年初预算') names no role either.
   A first line cut mid-statement ('本单位2024年一般公共预算支出' + '1,234.56万元，…') is no title block.
2. A 决算's list run on after the paragraph's lead ('…。主要支出项目：' then '一般公共服务支出（类）
   政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算X，…'): the path before the colon names
   the item of the role-word figures after it.
3. An item of such a list named without its code after an item with it ('（2130109）农产品质量安全：…'
   then '某某事业：年初预算0万元，支出决算Y'): a new item, resolved by name or reported, never a second
   statement of the item before it (a false conflict before).
4. A 决算's fund named as '政府性基金预算财政拨款' with role words alone ('…财政拨款年初预算为X，支出决算
   为Y') under that fund's spending heading, or followed by '支出决算': the fund's spending, never its
   income (the budget was read as the income, and the actual too).
5. '卫生健康支出（210类）28.78万元，占3.82%，为行政单位医疗（2101101）': the 类 is all one item; that
   item's figure is the 类's amount under the printed code.
6. '2025年度处置房屋建筑物0平方米，账面原值0万元' (a year before the disposal): the buildings' book value.
7. A budget's list of projects after the project spending, its share between ('项目支出X，占P%，主要是：…')
   or closed by the rest named with 等 ('…；古城文物修缮保护等其他项目。'), is read; a project named by
   what it runs ('公共文化服务体系运行经费', '疫苗冷链运行经费') is a project, never 机关运行经费 (a false
   conflict with the operating cost before); the unit's own 机关 / 日常 运行经费 stays no project.
8. '财政拨款收入（一般公共预算和政府性基金预算拨款）合计X，比上年增加Y': the bracket lists the funds the
   appropriation is made of; X and Y are the 财政拨款 income's (Y was read as the 政府性基金's change).
9. '货物类X，主要为环卫作业车辆及分类垃圾桶；工程类Y；服务类Z': what an amount mainly is names no subject
   of the statement after it (the vehicles' words had ended the procurement list).
10. '基本支出X，…，主要用于保障…运转，其中人员经费Y、日常公用经费Z': the basic spending's parts after its use.
11. '上述采购项目全部面向中小企业预留，预留金额X': 预留金额 named alone is the SME reservation
    (seeds/reference/metric_wording.csv rule 162).
12. '…，主要用于接待…，共接待国内公务接待11批次、96人次': the receptions' counts after the use.
13. '…，主要用于…燃料费等，截至2023年12月31日，公务用车保有量23辆' in a 2023 document: the vehicles held
    at the year's end (another year's date: not read).
14. '财政拨款收入X，其中：本年财政拨款收入Y，…': the part named like its whole with 本年 is the year's own part
    (income_fiscal_appropriation_current_year).
15. '按支出功能分类，全部为卫生健康支出（210）X元' with nothing before it to be all of: the 类 printed with its
    code states its own amount.
16. '报废报损资产1批，账面原值X': assets written off counted in a batch.
17. '本部门编制34人，均为行政编制': the posts counted before are all of that kind.
18. '…其中：拟采购货物支出X，拟采购工程支出Y，拟购买服务支出Z': services are bought (购买服务); Z is the
    procurement's services (seeds/reference/metric_wording.csv rule 220).
19. '（2050204）高中教育X' (fresh-user trial): the 中 inside an item's name printed with its code is no
    part word ('教育' was read as the 类 205: WRONG before, and two such items a false conflict).
20. '社会保障和就业支出（208）X，主要是：（2080101）行政运行Y，…': the 类's items listed after the word and a
    colon are its composition (read), as without the colon; after a change they stay its reasons.
21. A budget's numbered list of projects under a heading of its key projects alone ('（四）重点项目预算情况。'
    then '1.某某项目800.00万元；' a line; fresh-user trial): each item is a project's budget
    (marts.fact_project_budget holds them, one row per document × project).
22. '2020年无新增购置车辆计划': no vehicle to buy (新增 before the purchase word).
23. '项目支出X，主要用于：办案（业务）经费Y，…，看守所被监管人员伙食费Z，…': a project's name may hold a short
    bracketed word and end in 费 (an economic name alone, '办公费', names no project).
24. '纳入绩效目标管理的项目支出X': the money under performance targets (metric_wording.csv rule 260).
25. '文化旅游体育与传媒支出中，主要是：' then '2070104  图书馆  312.65万元' a line: the 类 named with 中 and no
    amount, its coded items after 主要是 are its composition (the first was read as a use before).
26. '…主要用于：' then '（一）一般公共服务支出（类）…行政运行（项）。年初预算为X，支出决算为Y' (second fresh-user
    trial): the list's numbering is no word of the 类's name (the item was unresolved), and without the
    numbering the path sentence run on in the lead's paragraph names the item (its figures were read as
    the 一般公共预算 spending: a false conflict that failed the run).

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, figures_in_order, parse_document, unparsed_messages

from extract.narrative import parse_narrative


@pytest.mark.parametrize(
    "lines",
    [
        ["某县某局", "2021年度部门决算", "一般公共预算财政拨款支出年初预算758.83万元，支出决算989.65万元。"],
        [
            "某某省某某市某某县某某街道办事处",
            "2021年度部门决算",
            "某某县某某街道办事处2021年度部门决算情况说明",
            "收入支出决算总体情况说明",
            "一般公共预算财政拨款支出年初预算758.83万元，支出决算989.65万元。",
        ],
    ],
)
def test_the_first_sentence_after_the_title_block_takes_no_role_from_it(lines: list[str]) -> None:
    result = parse_narrative(lines, None, fiscal_year="2021", unit_name=lines[0], final_accounts=True)
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "budget"): "7588300.00",
        ("expenditure_general_public_budget", "actual"): "9896500.00",
    }


def test_a_title_with_its_year_run_into_a_label_names_no_role() -> None:
    result = parse_document(
        "某县某局2021年度部门决算一般公共预算财政拨款支出年初预算758.83万元。", unit="某县某局", year="2021", final=True
    )
    assert accepted_figures(result, with_role=True) == {("expenditure_general_public_budget", "budget"): "7588300.00"}


def test_a_path_before_a_colon_in_a_list_run_on_after_the_lead() -> None:
    result = parse_document(
        "一般公共预算财政拨款支出年初预算758.83万元，支出决算989.65万元。主要支出项目：",
        "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算309.73万元，"
        "调整预算373.14万元，支出决算371.25万元。",
        unit="某县某局",
        year="2021",
        final=True,
    )
    assert [f for f in figures_in_order(result) if f[0] == "expenditure_function"] == [
        ("expenditure_function", "2010301", "3097300.00"),
        ("expenditure_function", "2010301", "3731400.00"),
        ("expenditure_function", "2010301", "3712500.00"),
    ]
    assert not unparsed_messages(result)


def test_an_item_named_without_its_code_is_no_second_statement_of_the_item_before() -> None:
    result = parse_document(
        "（2010301）行政运行：年初预算103.33万元，支出决算125.72万元。",
        "某某试点事业：年初预算0万元，支出决算150.95万元，主要用于试点。",
        unit="某县某局",
        year="2021",
        final=True,
    )
    assert figures_in_order(result) == [
        ("expenditure_function", "2010301", "1033300.00"),
        ("expenditure_function", "2010301", "1257200.00"),
    ]
    assert not any(p.code == "narrative_conflict" for p in result.problems)
    unresolved = [p.message for p in result.problems if p.code == "narrative_item_unresolved"]
    assert len(unresolved) == 2 and all("named '//某某试点事业'" in message for message in unresolved)


@pytest.mark.parametrize(
    ("heading", "sentence", "metric"),
    [
        (
            "八、政府性基金预算财政拨款支出决算情况说明",
            "2019年度政府性基金预算财政拨款年初预算为146.75万元，支出决算为177.77万元。",
            "expenditure_government_fund",
        ),
        (
            "八、其他情况",
            "2019年度政府性基金预算财政拨款年初预算为146.75万元，支出决算为177.77万元。",
            "expenditure_government_fund",
        ),
        (
            "八、一般公共预算财政拨款支出决算情况说明",
            "一般公共预算财政拨款年初预算为146.75万元，决算为177.77万元。",
            "expenditure_general_public_budget",
        ),
    ],
)
def test_a_funds_appropriation_in_its_roles_under_its_spending(heading: str, sentence: str, metric: str) -> None:
    result = parse_document(sentence, unit="某县某局", year="2019", final=True, heading=heading)
    assert accepted_figures(result, with_role=True) == {
        (metric, "budget"): "1467500.00",
        (metric, "actual"): "1777700.00",
    }


def test_the_same_words_under_another_fund_heading_stay_the_income() -> None:
    result = parse_document(
        "一般公共预算财政拨款年初预算为146.75万元，决算为177.77万元。",
        unit="某县某局",
        year="2019",
        final=True,
        heading="八、政府性基金预算财政拨款支出决算情况说明",
    )
    assert accepted_figures(result, with_role=True) == {
        ("income_general_public_budget", "budget"): "1467500.00",
        ("income_general_public_budget", "actual"): "1777700.00",
    }


@pytest.mark.parametrize(
    ("said", "code"),
    [("为行政单位医疗（2101101）", "2101101"), ("全部为住房公积金（2210201）", "2210201")],
)
def test_a_category_that_is_all_one_item(said: str, code: str) -> None:
    category = code[:3]
    result = parse_document(f"某某支出（{category}类）28.78万元，占3.82%，{said}。", unit="某县某局", year="2026")
    assert figures_in_order(result) == [
        ("expenditure_category", category, "287800.00"),
        ("expenditure_function", code, "287800.00"),
    ]


@pytest.mark.parametrize("said", ["主要为行政单位医疗（2101101）", "为行政单位医疗（2201101）"])
def test_a_category_mainly_one_item_or_another_categorys_code_gives_no_item(said: str) -> None:
    result = parse_document(f"某某支出（210类）28.78万元，{said}。", unit="某县某局", year="2026")
    assert figures_in_order(result) == [("expenditure_category", "210", "287800.00")]


def test_a_disposal_counted_after_its_year() -> None:
    result = parse_document(
        "2025年度处置房屋建筑物0平方米，账面原值0万元；报废报损资产3项，账面原值4.62万元。",
        unit="某县某局",
        year="2025",
        final=True,
    )
    assert accepted_figures(result) == {
        "assets_disposed_buildings_book_value": "0.00",
        "assets_written_off_book_value": "46200.00",
    }


@pytest.mark.parametrize(
    "listed",
    [
        "主要是：某某保护传承经费186.50万元；公共文化服务体系运行经费412.36万元；全民健身赛事活动经费228.00万元；"
        "古城文物修缮保护等其他项目。",
        "占67.01%，主要是：某某保护传承经费186.50万元；疫苗冷链运行经费412.36万元；全民健身赛事活动经费228.00万元。",
    ],
)
def test_a_budgets_list_of_projects_closed_by_the_rest_named_with_deng(listed: str) -> None:
    result = parse_document(f"2022年本部门项目支出4,276.81万元，{listed}", unit="某县某局", year="2022")
    assert [f for f in figures_in_order(result) if f[0] == "key_project_budget"] == [
        ("key_project_budget", "某某保护传承经费", "1865000.00"),
        ("key_project_budget", listed.split("；")[1].split("经费")[0] + "经费", "4123600.00"),
        ("key_project_budget", "全民健身赛事活动经费", "2280000.00"),
    ]
    assert not [f for f in figures_in_order(result) if f[0] == "operating_cost"]


@pytest.mark.parametrize("own", ["机关运行经费", "一般公共预算机关运行经费", "单位日常运行经费"])
def test_the_units_own_running_money_is_no_project(own: str) -> None:
    result = parse_document(
        f"2022年本部门项目支出4,276.81万元，主要是：{own}412.36万元；全民健身赛事活动经费228.00万元。",
        unit="某县某局",
        year="2022",
    )
    assert not [f for f in figures_in_order(result) if f[0] == "key_project_budget"]


def test_a_bracket_listing_the_funds_of_the_fiscal_appropriation() -> None:
    result = parse_document(
        "财政拨款收入（一般公共预算和政府性基金预算拨款）合计44,018.65万元，比上年增加5,206.42万元。",
        unit="某县某局",
        year="2024",
    )
    assert accepted_figures(result) == {
        "income_fiscal_appropriation": "440186500.00",
        "income_fiscal_appropriation_change_vs_prior_year": "52064200.00",
    }


def test_what_a_procurement_part_mainly_is_names_no_subject_after_it() -> None:
    result = parse_document(
        "2020年本部门政府采购预算9,862.40万元，其中：货物类1,406.20万元，主要为环卫作业车辆及分类垃圾桶；"
        "工程类2,318.00万元；服务类6,138.20万元，主要为道路清扫保洁服务。",
        unit="某县某局",
        year="2020",
    )
    assert accepted_figures(result) == {
        "procurement_total": "98624000.00",
        "procurement_goods": "14062000.00",
        "procurement_works": "23180000.00",
        "procurement_services": "61382000.00",
    }


def test_the_basic_spendings_parts_after_its_use_and_qizhong() -> None:
    result = parse_document(
        "2025年基本支出121,684.59万元，比上年增加4,215.60万元，主要用于保障教职工工资福利和学校日常运转，"
        "其中人员经费108,902.31万元、日常公用经费12,782.28万元。",
        unit="某县某局",
        year="2025",
    )
    assert accepted_figures(result) == {
        "basic_expenditure": "1216845900.00",
        "basic_expenditure_change_vs_prior_year": "42156000.00",
        "personnel_expenditure": "1089023100.00",
        "public_use_expenditure": "127822800.00",
    }


def test_the_reservation_named_by_yuliu_jine_after_the_sme_policy() -> None:
    result = parse_document(
        "2024年本单位政府采购预算186.40万元。上述采购项目全部面向中小企业预留，预留金额186.40万元，"
        "其中预留给小型和微型企业的政府采购项目预算130.48万元。",
        unit="某县某局",
        year="2024",
    )
    assert accepted_figures(result) == {
        "procurement_total": "1864000.00",
        "procurement_sme_reserved": "1864000.00",
        "procurement_small_micro_reserved": "1304800.00",
    }


def test_receptions_counted_after_a_use_with_jiedai_twice() -> None:
    result = parse_document(
        "公务接待费支出决算为12,460.00元，主要用于接待兄弟学校交流考察，共接待国内公务接待11批次、96人次。",
        unit="某县某局",
        year="2023",
        final=True,
    )
    assert accepted_figures(result) == {
        "three_public_reception": "12460.00",
        "three_public_reception_batches": "11",
        "three_public_reception_people": "96",
    }


@pytest.mark.parametrize(("date", "held"), [("截至2023年12月31日", "23"), ("截至2022年12月31日", None)])
def test_vehicles_held_at_the_years_end_after_a_use(date: str, held: str | None) -> None:
    result = parse_document(
        f"公务用车运行维护费支出决算为28.61万元，主要用于执法执勤车辆的燃料费、维修费等，{date}，公务用车保有量23辆。",
        unit="某县某局",
        year="2023",
        final=True,
    )
    assert accepted_figures(result).get("vehicles_year_end") == held


def test_the_years_own_part_of_the_fiscal_appropriation_named_like_it() -> None:
    result = parse_document(
        "在上述收入中，财政拨款收入42,097.55万元，其中：本年财政拨款收入39,864.29万元，上年结转财政拨款收入2,233.26万元。",
        unit="某县某局",
        year="2025",
    )
    assert accepted_figures(result) == {
        "income_fiscal_appropriation": "420975500.00",
        "income_fiscal_appropriation_current_year": "398642900.00",
    }


def test_a_category_named_with_its_code_after_quanbuwei_states_its_own_amount() -> None:
    result = parse_document(
        "按支出功能分类，全部为卫生健康支出（210）46,218,300.00元，其中：公立医院（款）综合医院（项）（2100201）"
        "38,406,300.00元。",
        "全部为卫生健康支出46,218,300.00元。",
        unit="某县某局",
        year="2025",
    )
    assert figures_in_order(result) == [
        ("expenditure_category", "210", "46218300.00"),
        ("expenditure_function", "2100201", "38406300.00"),
    ]
    assert len(unparsed_messages(result)) == 1  # (the category named without code: all of nothing before it)


def test_assets_written_off_counted_in_a_batch() -> None:
    result = parse_document("本年度报废报损资产1批，账面原值186,540.00元。", unit="某县某局", year="2024", final=True)
    assert accepted_figures(result) == {"assets_written_off_book_value": "186540.00"}


@pytest.mark.parametrize(
    ("kind", "metric"),
    [("行政", "staff_authorized_admin"), ("事业", "staff_authorized_institution"), ("工勤", "staff_authorized_worker")],
)
def test_posts_all_of_one_kind(kind: str, metric: str) -> None:
    result = parse_document(f"本部门编制34人，均为{kind}编制；实有人员31人。", unit="某县某局", year="2024")
    assert accepted_figures(result) == {"staff_authorized": "34", metric: "34", "staff_actual": "31"}


def test_services_bought_in_a_procurement_budget() -> None:
    result = parse_document(
        "本部门2026年政府采购预算总额2,863.50万元，其中：拟采购货物支出1,926.40万元，拟采购工程支出412.00万元，"
        "拟购买服务支出525.10万元。",
        unit="某县某局",
        year="2026",
    )
    assert accepted_figures(result) == {
        "procurement_total": "28635000.00",
        "procurement_goods": "19264000.00",
        "procurement_works": "4120000.00",
        "procurement_services": "5251000.00",
    }


def test_a_zhong_inside_an_items_name_printed_with_its_code_splits_nothing() -> None:
    result = parse_document(
        "按功能分类：（2050203）初中教育1,000.00万元；（2050204）高中教育1,386.70万元。",
        "2050205高等教育236.70万元。",
        unit="某县某中学",
        year="2024",
    )
    assert figures_in_order(result) == [
        ("expenditure_function", "2050203", "10000000.00"),
        ("expenditure_function", "2050204", "13867000.00"),
        ("expenditure_function", "2050205", "2367000.00"),
    ]
    assert not any(p.code == "narrative_conflict" for p in result.problems)


def test_a_categorys_items_listed_after_zhuyaoshi_and_a_colon() -> None:
    result = parse_document(
        "社会保障和就业支出（208）2,684.22万元，主要是：（2080101）行政运行412.86万元，（2080106）就业管理事务536.50万元。",
        "卫生健康支出（210）300.00万元，比上年增加10.00万元，主要是：（2100101）行政运行增加10.00万元。",
        unit="某县某局",
        year="2019",
    )
    assert figures_in_order(result) == [
        ("expenditure_category", "208", "26842200.00"),
        ("expenditure_function", "2080101", "4128600.00"),
        ("expenditure_function", "2080106", "5365000.00"),
        ("expenditure_category", "210", "3000000.00"),
        ("expenditure_category_change_vs_prior_year", "210", "100000.00"),
    ]


def test_a_list_of_projects_under_a_key_projects_heading() -> None:
    result = parse_document(
        "1.高标准农田建设配套资金项目800.00万元；",
        "2.耕地地力保护补贴项目560.00万元；",
        "3.农村人居环境整治项目313.25万元。",
        unit="某县某局",
        year="2023",
        heading="（四）重点项目预算情况。",
    )
    assert figures_in_order(result) == [
        ("key_project_budget", "高标准农田建设配套资金项目", "8000000.00"),
        ("key_project_budget", "耕地地力保护补贴项目", "5600000.00"),
        ("key_project_budget", "农村人居环境整治项目", "3132500.00"),
    ]


def test_no_new_vehicles_to_buy_worded_xinzeng_gouzhi() -> None:
    result = parse_document("2020年无新增购置车辆计划。", unit="某县某局", year="2020")
    assert accepted_figures(result) == {"vehicles_to_purchase": "0"}


def test_projects_with_a_bracketed_word_or_ending_in_fei_after_zhuyaoyongyu() -> None:
    result = parse_document(
        "2016年项目支出1,906.29万元，主要用于：办案（业务）经费1,218.64万元，公安信息化建设运维经费286.45万元，"
        "看守所被监管人员伙食费168.32万元，警用装备购置经费232.88万元。",
        "2016年基本支出493.28万元，主要用于：办公费12.00万元，差旅费8.00万元。",
        unit="某县公安局",
        year="2016",
    )
    assert figures_in_order(result) == [
        ("project_expenditure", "", "19062900.00"),
        ("key_project_budget", "办案（业务）经费", "12186400.00"),
        ("key_project_budget", "公安信息化建设运维经费", "2864500.00"),
        ("key_project_budget", "看守所被监管人员伙食费", "1683200.00"),
        ("key_project_budget", "警用装备购置经费", "2328800.00"),
        ("basic_expenditure", "", "4932800.00"),
    ]


def test_the_project_spending_under_performance_targets() -> None:
    result = parse_document(
        "2019年本部门纳入绩效目标管理的项目支出1,401.66万元，已按要求编报绩效目标。", unit="某县某局", year="2019"
    )
    assert accepted_figures(result) == {"performance_target_amount": "14016600.00"}


def test_a_categorys_coded_items_after_the_category_named_with_zhong() -> None:
    result = parse_document(
        "文化旅游体育与传媒支出中，主要是：",
        "  2070104  图书馆  312.65万元",
        "  2070109  群众文化  284.30万元",
        unit="某县某局",
        year="2019",
    )
    assert figures_in_order(result) == [
        ("expenditure_function", "2070104", "3126500.00"),
        ("expenditure_function", "2070109", "2843000.00"),
    ]


def test_a_first_line_cut_mid_statement_is_no_title_block() -> None:
    lines = ["本单位2024年一般公共预算支出", "1,234.56万元，比上年增加10.00万元。"]
    result = parse_narrative(lines, None, fiscal_year="2024", unit_name="某县某局")
    assert accepted_figures(result) == {
        "expenditure_general_public_budget": "12345600.00",
        "expenditure_general_public_budget_change_vs_prior_year": "100000.00",
    }


@pytest.mark.parametrize("numbering", ["（一）", ""])
def test_an_item_path_sentence_in_a_list_run_on_after_the_lead(numbering: str) -> None:
    result = parse_document(
        "2024年度一般公共预算财政拨款支出年初预算为1980.00万元，支出决算为2052.36万元。主要用于：",
        f"{numbering}一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为820.00万元，"
        "支出决算为856.42万元。",
        unit="某县某镇人民政府",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "budget"): "19800000.00",
        ("expenditure_general_public_budget", "actual"): "20523600.00",
        ("expenditure_function", "budget"): "8200000.00",
        ("expenditure_function", "actual"): "8564200.00",
    }
    assert [f[1] for f in figures_in_order(result) if f[0] == "expenditure_function"] == ["2010301", "2010301"]
    assert not any(p.code == "narrative_conflict" for p in result.problems)
