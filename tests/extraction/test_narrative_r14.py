"""Changes against the prior year and lists of projects as other regions word them (issue 20,
kinds 6 and 10).

1. Both sides stated equal, then one change said of both by their joint name with 均 / 各 after it
   ('收支预算均比上年减少Y', '收、支预算各比2024年减少Y', '收、支预算总额均比上年增加Y'): each side's
   change. Two sides that differ keep no change (whose it is is not certain).
2. Both sides stated equal, then '均比上年持平' / '收、支预算均与上年一致' (no amount): each side's
   change is 0, the fiscal appropriation's sides alike.
3. A 决算's '…支出X万元，年初预算为Y万元。与上年相比，…支出减少Z万元': the budget stated beside the
   same subject's actual is a comparison; the change after it is the actual's (a change after the
   year's budget figures alone stays reported).
4. '上年“三公”经费支出决算为A万元，本年较上年减少Z万元' after the year's 三公 figure in the paragraph:
   the change is the 三公 total's ('本年' names no other subject).
5. A budget's list of projects of no numbers in a sentence of its own that names the project spending
   again ('项目支出X万元，比上年减少Y万元，主要原因是…。项目支出主要是：某某经费A万元；…'): each item is a
   project's budget (the lead's words after a change give no reasons when the subject is named anew).
   A list cut at a line break right after an item's '；' goes on in the next paragraph.
6. A grant named by what the basic money is for ('义务教育公用经费补助') is a project of such a list.
7. Item paths as printed in running text (kind 5): a level's name holding a short bracketed word of its
   own ('政府办公厅（室）及相关机构事务（款）'), a bullet before the path ('·一般公共服务支出（类）…'), a path
   printed from its 款 with the 类 left out (the one 款 of that name in seeds/reference), and a 决算's
   role words right after the path ('…（项）年初预算X万元，支出决算Y万元').
8. '本部门无上年结转' / '，无上年结转' is a carry-over of 0 (上年 in the carry-over's name names no other
   year); a 决算's '无年初结转和结余' is the actual carry-over's 0 (年初 there is no budget's word).
9. '拟购置车辆2辆，均为特种专业技术用车（负压救护车）': the aside after the kind leaves the kind read.
10. A 决算's '决算数比上年减少Y' right after a sentence of one subject's budget and actual: that
    subject's change ('预算数比上年…' stays a budget's change: reported).
11. Role words alone opening a sentence ('年初预算为X万元，全年预算数为Y万元') right after a sentence of
    one money subject in another role are that subject's; after a clause of other words in their own
    sentence ('…情况是：我局为新成立单位，预算数为0') they name nothing.
12. A budget's '收入总计X，支出总计X' then, in another paragraph, '收入总计X，其中本年收入Y，…；上年结转Z':
    the first 收入总计 is the grand total too (no conflict with the year's income Y).
13. '无新增车辆购置计划' is no vehicle to buy; a list of projects closed by '其余为…' (no amount) ends
    at its last item.
14. A page's running header repeating the title block ('某县某中心2020年度单位决算' between the lines of a
    sentence, the unit's name maybe cut to its end) is no text of the paragraph; a title run into a
    label ('…2020年度单位决算2020年度“三公”经费…年初预算为X') names no role of the figure (WRONG before:
    the budget was read as the actual).
15. A list of projects holding the running money of an institution it names ('光荣院运转经费',
    '基层司法所运转经费') is read (never the unit's own 日常运转经费).
16. Under a fund's spending heading, '（四）殡葬，年初预算X，支出决算Y' (a listed item named without its
    code) is no statement of the fund's spending: reported, never a conflicting fund figure.
17. A budget's '收入预算总计X。包括：1.本年收入预算合计Y…2.上年结转收入预算Z' (X = Y + Z) is no conflict;
    a 决算's '财政拨款收、支总决算X' is the fiscal appropriation's 收支总计.
18. A budget's '2022年部门收入总计X，支出总计X' then '（一）收入预算：本年收入Y，…；上年结转Z' (Y + Z = X): X
    is the grand total, no conflict with the year's income.
19. An item path ending a line ('1.…（类）…（款）行政运行（项）') and its bracketed code with the amount
    opening the next ('（2240101）402.18万元；') are one item statement.
20. A 决算's item heading printing its path and its code ('1.农林水支出（类）农业农村（款）农业生产发展（项）
    （2130122）。') then, in the next paragraph, '年初预算为X，支出决算为Y': the printed code's figures,
    never a path looked up by name.
21. '面向中小企业预留X，其中预留给小微企业Y' in the paragraph after the procurement heading's first: the
    reservations (their words name 政府采购's policy alone; seeds/reference/metric_wording.csv 161, 162).
22. A flattened two-sided table under a header of its cells' words alone ('收入项目　预算数　支出项目
    预算数'): its rows ('一般公共预算拨款　1,200.00　基本支出　1,000.00') are a table's, each number
    reported (no unit declared), and the sentence after the table is read as its own paragraph.
23. '计划组织出访团组1个5人' (the people run in right after the groups' count) gives both counts.

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, figures_in_order, parse_document, unparsed_messages


@pytest.mark.parametrize(
    ("said", "change"),
    [
        ("收支预算均比上年减少20.10万元。", "-201000.00"),
        ("收、支预算各比2024年减少20.10万元，下降5.00%。", "-201000.00"),
        ("收、支预算总额均比上年增加20.10万元。", "201000.00"),
    ],
)
def test_a_joint_change_of_both_sides_stated_equal(said: str, change: str) -> None:
    result = parse_document(f"2025年本局收入预算300.50万元，支出预算300.50万元，{said}", unit="某县某局", year="2025")
    assert accepted_figures(result) == {
        "income_total": "3005000.00",
        "expenditure_total": "3005000.00",
        "income_change_vs_prior_year": change,
        "expenditure_change_vs_prior_year": change,
    }


def test_a_joint_change_of_sides_that_differ_is_reported() -> None:
    result = parse_document(
        "2025年本局收入预算300.50万元，支出预算300.40万元，收、支预算均比上年增加20.10万元。",
        unit="某县某局",
        year="2025",
    )
    assert "income_change_vs_prior_year" not in accepted_figures(result)
    assert "expenditure_change_vs_prior_year" not in accepted_figures(result)
    assert any("20.10万元" in message for message in unparsed_messages(result))


@pytest.mark.parametrize(
    ("sides", "income", "spending"),
    [
        ("本局收入预算300.50万元，支出预算300.50万元，均比上年持平。", "income", "expenditure"),
        ("本局收入预算300.50万元，支出预算300.50万元，收、支预算均与上年持平。", "income", "expenditure"),
        (
            "财政拨款收入预算300.50万元，财政拨款支出预算300.50万元，均与上年一致。",
            "income_fiscal_appropriation",
            "expenditure_fiscal_appropriation",
        ),
    ],
)
def test_both_sides_stated_equal_then_flat(sides: str, income: str, spending: str) -> None:
    result = parse_document(f"2025年{sides}", unit="某县某局", year="2025")
    totals = {"income": "income_total", "expenditure": "expenditure_total"}
    assert accepted_figures(result) == {
        totals.get(income, income): "3005000.00",
        totals.get(spending, spending): "3005000.00",
        f"{income}_change_vs_prior_year": "0.00",
        f"{spending}_change_vs_prior_year": "0.00",
    }


def test_flat_after_sides_that_differ_is_no_change() -> None:
    result = parse_document(
        "2025年本局收入预算300.50万元，支出预算300.40万元，均比上年持平。", unit="某县某局", year="2025"
    )
    assert "income_change_vs_prior_year" not in accepted_figures(result)


def test_a_final_accounts_change_after_the_actual_and_its_budget_is_the_actuals() -> None:
    result = parse_document(
        "五、一般公共预算财政拨款支出决算情况说明",
        "2024年一般公共预算财政拨款支出1,200.40万元，年初预算为1,150.30万元。与2023年相比，一般公共预算财政拨款支出减少30.20万元，下降2.45%。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "actual"): "12004000.00",
        ("expenditure_general_public_budget", "budget"): "11503000.00",
        ("expenditure_general_public_budget_change_vs_prior_year", ""): "-302000.00",
    }


def test_a_final_accounts_change_after_the_budget_figures_alone_stays_reported() -> None:
    result = parse_document(
        "本年预算收入安排500.00万元、预算支出安排500.00万元。与上年相比减少20.00万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert not any(metric.endswith("_change_vs_prior_year") for metric in accepted_figures(result))
    assert any("20.00万元" in message for message in unparsed_messages(result))


def test_this_year_against_the_prior_years_amount_of_the_paragraphs_subject() -> None:
    result = parse_document(
        "七、“三公”经费财政拨款支出决算情况说明",
        "2024年度“三公”经费财政拨款支出预算为8.20万元，支出决算为7.10万元，完成预算的86.59%。"
        "上年“三公”经费支出决算为7.90万元，本年较上年减少0.80万元，下降10.13%，主要原因是压减公务接待。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("three_public_total", "budget"): "82000.00",
        ("three_public_total", "actual"): "71000.00",
        ("three_public_change_vs_prior_year", ""): "-8000.00",
    }


def _projects(*paragraphs: str) -> list[tuple[str, str]]:
    read = figures_in_order(parse_document(*paragraphs, unit="某县某局", year="2021"))
    return [(name, value) for metric, name, value in read if metric == "key_project_budget"]


def test_a_list_of_projects_in_a_sentence_naming_the_project_spending_again() -> None:
    lead = (
        "2021年支出预算1,000.00万元，其中：基本支出600.00万元，包括人员经费500.00万元、日常公用经费100.00万元；"
        "项目支出400.00万元，比上年减少50.00万元，主要原因是部分项目调整。"
    )
    assert _projects(lead + "项目支出主要是：专项调研经费100.00万元；执法装备购置经费60.00万元等。") == [
        ("专项调研经费", "1000000.00"),
        ("执法装备购置经费", "600000.00"),
    ]
    # (after the change with no subject named anew, the words after 主要是 stay its reasons)
    assert _projects(lead.removesuffix("主要原因是部分项目调整。") + "主要是：专项调研经费100.00万元。") == []


def test_a_list_of_projects_cut_after_an_items_separator_goes_on() -> None:
    assert _projects(
        "项目支出400.00万元。项目支出主要是：专项调研经费100.00万元；执法装备购置经费60.00万元；",
        "业务能力提升经费90.00万元等。",
    ) == [("专项调研经费", "1000000.00"), ("执法装备购置经费", "600000.00"), ("业务能力提升经费", "900000.00")]


def test_a_grant_named_by_what_the_public_use_money_is_for_is_a_project() -> None:
    assert _projects("项目支出500.00万元，主要是：义务教育公用经费补助300.00万元；校舍维修经费200.00万元。") == [
        ("义务教育公用经费补助", "3000000.00"),
        ("校舍维修经费", "2000000.00"),
    ]


def test_item_paths_as_printed_in_running_text() -> None:
    result = parse_document(
        "四、一般公共预算财政拨款支出决算情况说明",
        "·一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算310.00万元，支出决算322.40万元。",
        "其中：政府办公厅（室）及相关机构事务（款）机关服务（项）年初预算120.00万元，支出决算118.60万元。",
        unit="某县人民政府办公室",
        year="2024",
        final=True,
    )
    assert {
        (metric, code, role): value
        for metric, code, role, value in (
            (r["metric"], r["function_code"], r["value_role"], r["value"])
            for r in result.rows["raw_narrative_figures"]
            if r["is_rejected"] == "false"
        )
    } == {
        ("expenditure_function", "2010301", "budget"): "3100000.00",
        ("expenditure_function", "2010301", "actual"): "3224000.00",
        ("expenditure_function", "2010303", "budget"): "1200000.00",
        ("expenditure_function", "2010303", "actual"): "1186000.00",
    }
    assert not unparsed_messages(result)


@pytest.mark.parametrize(
    "said",
    [
        "2024年收入预算300.00万元，全部为一般公共预算拨款收入300.00万元。本部门无上年结转。",
        "2024年收入预算300.00万元，无上年结转。",
    ],
)
def test_no_carryover_is_a_carryover_of_zero(said: str) -> None:
    assert accepted_figures(parse_document(said, unit="某县某局", year="2024"))["income_carryover"] == "0.00"


def test_no_carryover_at_the_years_start_in_a_final_account_is_the_actuals() -> None:
    result = parse_document(
        "2024年度收入合计300.00万元。本单位无年初结转和结余。", unit="某县某局", year="2024", final=True
    )
    assert accepted_figures(result, with_role=True)[("income_carryover", "actual")] == "0.00"


def test_vehicles_to_buy_all_of_one_kind_with_an_aside() -> None:
    result = parse_document(
        "2023年拟购置车辆2辆，均为特种专业技术用车（负压救护车），购置资金由上级补助安排。",
        unit="某县某局",
        year="2023",
    )
    assert accepted_figures(result) == {"vehicles_to_purchase": "2", "vehicles_to_purchase_special": "2"}


def test_a_final_accounts_actual_words_change_after_one_subjects_figures() -> None:
    opening = "2023年度“三公”经费财政拨款支出全年预算数为24.80万元，支出决算为19.36万元，完成全年预算的78.06%。"
    result = parse_document(opening + "决算数比上年减少2.10万元，下降9.78%。", unit="某县某局", year="2023", final=True)
    assert accepted_figures(result, with_role=True)[("three_public_change_vs_prior_year", "")] == "-21000.00"
    result = parse_document(opening + "预算数比上年减少2.10万元。", unit="某县某局", year="2023", final=True)
    assert ("three_public_change_vs_prior_year", "") not in accepted_figures(result, with_role=True)
    assert any("2.10万元" in message for message in unparsed_messages(result))


def test_role_words_alone_opening_a_sentence_after_one_subjects_figure() -> None:
    result = parse_document(
        "（一）总体情况",
        "2024年度一般公共预算财政拨款支出920.50万元，比上年增加40.10万元。年初预算为880.00万元，全年预算数为950.20万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "actual"): "9205000.00",
        ("expenditure_general_public_budget_change_vs_prior_year", ""): "401000.00",
        ("expenditure_general_public_budget", "budget"): "8800000.00",
        ("expenditure_general_public_budget", "adjusted_budget"): "9502000.00",
    }
    result = parse_document(
        "2024年本部门机关运行经费支出90.20万元，比上年增加3.10万元。主要情况是：本局为新设单位，预算数为0。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert ("operating_cost", "budget") not in accepted_figures(result, with_role=True)


def test_a_budgets_income_grand_total_shown_so_in_another_paragraph() -> None:
    result = parse_document(
        "2026年收入总计920.00万元，支出总计920.00万元，比上年增加40.00万元。",
        "（二）收入预算",
        "2026年收入总计920.00万元，其中本年收入890.00万元，包括：一般公共预算拨款收入850.00万元、事业收入40.00万元；"
        "上年结转30.00万元。",
        unit="某县某局",
        year="2026",
    )
    figures = accepted_figures(result)
    assert figures["grand_total"] == "9200000.00"
    assert figures["income_total"] == "8900000.00"
    assert figures["income_carryover"] == "300000.00"
    assert figures["expenditure_total"] == "9200000.00"
    assert not any(p.code == "narrative_conflict" for p in result.problems)


def test_no_new_vehicle_to_buy_and_a_list_closed_by_the_rest() -> None:
    result = parse_document(
        "截至2024年12月，本部门共有车辆17辆。2025年无新增车辆购置计划。", unit="某县某局", year="2025"
    )
    assert accepted_figures(result) == {"vehicles_total": "17", "vehicles_to_purchase": "0"}
    assert _projects(
        "项目支出900.00万元，主要是：科技创新券补助资金300.00万元；企业培育奖补资金200.00万元；其余为科技人才等专项资金。"
    ) == [("科技创新券补助资金", "3000000.00"), ("企业培育奖补资金", "2000000.00")]


def test_a_running_header_is_no_text_and_a_title_no_role() -> None:
    from extract.narrative import parse_narrative

    lines = [
        "湖南省某市某县农业技术推广中心",
        "2020年度单位决算",
        "六、“三公”经费支出决算情况说明",
        "第 2 页",
        "某县农业技术推广中心2020年度单位决算",
        "  2020年度“三公”经费财政拨款支出年初预算为30,000.00元，支出决算为21,",
        "500.00元，较上年减少4,100.00元。",
    ]
    result = parse_narrative(lines, None, fiscal_year="2020", unit_name=lines[0], final_accounts=True)
    assert accepted_figures(result, with_role=True) == {
        ("three_public_total", "budget"): "30000.00",
        ("three_public_total", "actual"): "21500.00",
        ("three_public_change_vs_prior_year", ""): "-4100.00",
    }
    result = parse_document(
        "某县某中心2020年度单位决算2020年度“三公”经费财政拨款支出年初预算为30,000.00元。",
        unit="某县某中心",
        year="2020",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {("three_public_total", "budget"): "30000.00"}


def test_the_running_money_of_a_named_institution_is_a_project() -> None:
    assert _projects(
        "项目支出500.00万元，主要是：1.优待金300.00万元；2.光荣院运转经费120.00万元；3.设施管护经费80.00万元。"
    ) == [
        ("优待金", "3000000.00"),
        ("光荣院运转经费", "1200000.00"),
        ("设施管护经费", "800000.00"),
    ]
    assert _projects("项目支出500.00万元，主要是：1.优待金300.00万元；2.日常运转经费200.00万元。") == []


def test_a_listed_item_without_code_under_a_funds_heading_is_not_the_funds_spending() -> None:
    result = parse_document(
        "五、一般公共预算财政拨款支出决算情况说明",
        "2023年度一般公共预算财政拨款支出2,000.00万元，较上年增加100.00万元。年初预算为1,900.00万元。",
        "（一）农村最低生活保障金支出（2081902），年初预算1,500.00万元，支出决算1,620.00万元。",
        "（二）殡葬，年初预算300.00万元，支出决算380.00万元，主要原因是惠民殡葬政策扩面。",
        unit="某县民政局",
        year="2023",
        final=True,
    )
    figures = accepted_figures(result, with_role=True)
    assert figures[("expenditure_general_public_budget", "actual")] == "20000000.00"
    assert figures[("expenditure_general_public_budget", "budget")] == "19000000.00"
    assert not any(p.code == "narrative_conflict" for p in result.problems)
    assert any("380.00万元" in message for message in unparsed_messages(result))


def test_a_budgets_income_grand_total_named_with_its_role_word() -> None:
    result = parse_document(
        "（一）收入预算总计1,000.00万元。包括：",
        "1.本年收入预算合计900.00万元。其中：一般公共预算收入预算900.00万元。",
        "2.上年结转收入预算100.00万元。",
        unit="某县某局",
        year="2024",
    )
    figures = accepted_figures(result)
    assert figures["income_total"] == "9000000.00"
    assert figures["income_carryover"] == "1000000.00"
    assert not any(p.code == "narrative_conflict" for p in result.problems)
    result = parse_document(
        "本部门2023年度财政拨款收、支总决算500.30万元，较上年增加20.10万元。", unit="某县某局", year="2023", final=True
    )
    assert accepted_figures(result, with_role=True) == {
        ("fiscal_grand_total", "actual"): "5003000.00",
        ("fiscal_grand_total_change_vs_prior_year", ""): "201000.00",
    }


@pytest.mark.parametrize("own", ["", "部门"])
def test_the_year_income_and_the_carryover_adding_up_to_the_income_grand_total(own: str) -> None:
    result = parse_document(
        f"2022年{own}收入总计700.00万元，支出总计700.00万元，比上年增加20.00万元。",
        "（一）收入预算：本年收入650.00万元，其中一般公共预算拨款收入650.00万元；上年结转50.00万元。",
        unit="某县某局",
        year="2022",
    )
    figures = accepted_figures(result)
    assert figures["grand_total"] == "7000000.00"
    assert figures["income_total"] == "6500000.00"
    assert not any(p.code == "narrative_conflict" for p in result.problems)


def test_an_item_paths_code_and_amount_on_the_next_line() -> None:
    result = parse_document(
        "主要支出科目：",
        "1.灾害防治及应急管理支出（类）应急管理事务（款）行政运行（项）",
        "（2240101）210.40万元；",
        "2.灾害防治及应急管理支出（类）应急管理事务（款）安全监管（项）",
        "（2240106）150.20万元，比上年增加20.00万元，主要用于执法检查。",
        unit="某县应急管理局",
        year="2024",
    )
    assert figures_in_order(result) == [
        ("expenditure_function", "2240101", "2104000.00"),
        ("expenditure_function", "2240106", "1502000.00"),
        ("expenditure_function_change_vs_prior_year", "2240106", "200000.00"),
    ]


def test_a_final_accounts_item_heading_with_its_code_then_its_figures() -> None:
    result = parse_document(
        "（三）一般公共预算财政拨款支出决算具体情况",
        "1.农林水支出（类）农业农村（款）农业生产发展（项）（2130122）。",
        "年初预算为1,200.00万元，支出决算为1,350.50万元。",
        unit="某县农业农村局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_function", "budget"): "12000000.00",
        ("expenditure_function", "actual"): "13505000.00",
    }
    assert {row["function_code"] for row in result.rows["raw_narrative_figures"]} == {"2130122"}


def test_the_sme_reservation_in_a_later_paragraph_of_the_procurement_section() -> None:
    result = parse_document(
        "（二）政府采购情况",
        "2026年本部门政府采购预算120.00万元，其中货物类20.00万元，服务类100.00万元；",
        "面向中小企业预留120.00万元，其中预留给小微企业80.50万元。",
        unit="某县某局",
        year="2026",
    )
    assert accepted_figures(result) == {
        "procurement_total": "1200000.00",
        "procurement_goods": "200000.00",
        "procurement_services": "1000000.00",
        "procurement_sme_reserved": "1200000.00",
        "procurement_small_micro_reserved": "805000.00",
    }


def test_a_flattened_two_sided_table_without_unit_then_a_sentence() -> None:
    result = parse_document(
        "收支预算总表（摘要）",
        "收入项目　预算数　支出项目　预算数",
        "一般公共预算拨款　1,200.00　基本支出　1,000.00",
        "上年结转　50.00　项目支出　250.00",
        "收入合计　1,250.00　支出合计　1,250.00",
        "　　2026年部门收入预算1,250.00万元，比上年增加30.00万元；支出预算1,250.00万元。",
        unit="某县某局",
        year="2026",
    )
    assert accepted_figures(result) == {
        "income_total": "12500000.00",
        "income_change_vs_prior_year": "300000.00",
        "expenditure_total": "12500000.00",
    }
    assert sum("declares no unit" in message for message in unparsed_messages(result)) == 6


def test_groups_and_people_abroad_run_together() -> None:
    result = parse_document(
        "（六）“三公”经费预算情况",
        "2026年“三公”经费预算40.10万元。其中：因公出国（境）费8.20万元，计划组织出访团组1个5人，赴某国开展合作洽谈。",
        unit="某省某厅",
        year="2026",
    )
    assert accepted_figures(result) == {
        "three_public_total": "401000.00",
        "three_public_overseas": "82000.00",
        "three_public_overseas_groups": "1",
        "three_public_overseas_people": "5",
    }
