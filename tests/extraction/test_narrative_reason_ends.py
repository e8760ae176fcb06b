"""Where a reason or a use ends, and a project named after the 公用经费 it funds (issue 20, kind 10:
wrong is worse than missing; an amount is read or reported, never dropped).

1. A reason opened inside a parenthesis ends with it: the coded item after the parenthesis on the
   next line ('…（比上年减少A万元，主要是压减会议\n培训费用）' then '2010303　机关服务　B万元') is read,
   named by the words after the parenthesis.
2. After a use ('…公务用车购置费A万元，用于购置1辆应急保障用车，'), a 三公 part named in full with its
   amount ('公务用车运行维护费B万元') is the next statement, read.
3. The sum of the kinds' posts counted before it that adds up exactly is the whole 编制 (staff_authorized);
   both sides' totals said each to be one amount ('收入预算总额和支出预算总额均为X') are each that amount.
4. The basic spending's use named by its own parts with their amounts ('主要用于人员经费Y、公用经费Z') is
   its split: the parts are read.
5. Must not: a project named after the 公用经费 it funds ('义务教育公用经费补助A万元') is never the
   unit's 公用经费 (public_use_expenditure): reported.

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

from narrative_figures import budget_figures, budget_unparsed, figures_in_order, parse_document


def test_a_reason_in_a_parenthesis_ends_with_it_and_the_next_coded_line_is_read() -> None:
    result = parse_document(
        "二、一般公共预算当年拨款支出情况",
        "具体科目：",
        "2010301　行政运行　520.18万元",
        "2010302　一般行政管理事务　143.60万元（比上年减少12.40万元，主要是压减会议",
        "培训费用）",
        "2010303　机关服务　91.35万元",
        unit="某县某局",
        year="2025",
    )
    assert figures_in_order(result) == [
        ("expenditure_function", "2010301", "5201800.00"),
        ("expenditure_function", "2010302", "1436000.00"),
        ("expenditure_function_change_vs_prior_year", "2010302", "-124000.00"),
        ("expenditure_function", "2010303", "913500.00"),
    ]


def test_a_three_public_part_after_a_use_is_read() -> None:
    result = parse_document(
        "六、“三公”经费财政拨款支出决算情况说明",
        "2024年度“三公”经费财政拨款支出决算33.70万元。其中：因公出国（境）费0万元；公务接待费1.90万元；"
        "公务用车购置及运行维护费31.80万元，其中公务用车购置费14.60万元，用于经批准购置的1辆应急保障用车，"
        "公务用车运行维护费17.20万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    read = {(r["metric"], r["value_role"]): r["value"] for r in result.rows["raw_narrative_figures"]}
    assert read[("three_public_vehicle_purchase", "actual")] == "146000.00"
    assert read[("three_public_vehicle_operation", "actual")] == "172000.00"
    assert read[("three_public_vehicle_total", "actual")] == "318000.00"


def test_a_project_named_after_the_public_use_funds_is_not_the_units_public_use_spending() -> None:
    # (named after what the public-use money is for, before a grant's word: a project of the list)
    paragraph = "项目支出1,402.55万元，具体为：义务教育公用经费补助903.20万元；校舍维修改造经费499.35万元。"
    read = figures_in_order(parse_document(paragraph, unit="某县教育局", year="2025"))
    assert "public_use_expenditure" not in {metric for metric, _, _ in read}
    assert [(name, value) for metric, name, value in read if metric == "key_project_budget"] == [
        ("义务教育公用经费补助", "9032000.00"),
        ("校舍维修改造经费", "4993500.00"),
    ]


def test_the_sum_of_the_kinds_posts_is_the_whole_authorized_staff() -> None:
    # '核定行政编制A名、事业编制B名，共计C名' with A + B = C: C is the whole 编制; a sum that does not add
    # up, or one of people ('实有行政人员…'), is reported
    assert budget_figures("本局核定行政编制17名、事业编制26名，共计43名；实有人数41人。") == {
        "staff_authorized_admin": "17",
        "staff_authorized_institution": "26",
        "staff_authorized": "43",
        "staff_actual": "41",
    }
    assert "staff_authorized" not in budget_figures("本局核定行政编制17名、事业编制26名，合计44名。")
    assert any("44名" in message for message in budget_unparsed("本局核定行政编制17名、事业编制26名，合计44名。"))


def test_both_sides_totals_said_each_to_be_one_amount() -> None:
    # '收入预算总额和支出预算总额均为X': each side's total; '收入总计和支出总计…' stays the grand total's
    assert budget_figures("2025年收入预算总额和支出预算总额均为734.08万元。") == {
        "income_total": "7340800.00",
        "expenditure_total": "7340800.00",
    }
    assert budget_figures("2025年收入和支出预算均为734.08万元。") == {
        "income_total": "7340800.00",
        "expenditure_total": "7340800.00",
    }


def test_the_basic_spendings_use_named_by_its_own_parts_is_its_split() -> None:
    # '基本支出X，主要用于人员经费Y、公用经费Z' / '…主要用于保障…运转，包括人员经费Y元、日常公用经费Z元'
    assert budget_figures(
        "2025年支出预算620.00万元，其中：基本支出480.00万元，主要用于人员经费402.50万元、公用经费77.50万元；项目支出140.00万元。"
    ) == {
        "expenditure_total": "6200000.00",
        "basic_expenditure": "4800000.00",
        "personnel_expenditure": "4025000.00",
        "public_use_expenditure": "775000.00",
        "project_expenditure": "1400000.00",
    }
    read = budget_figures(
        "2025年基本支出4,800,000.00元，主要用于保障人员工资福利和机构日常运转，包括人员经费4,025,000.00元、"
        "日常公用经费775,000.00元。"
    )
    assert read["personnel_expenditure"] == "4025000.00"
    assert read["public_use_expenditure"] == "775000.00"
    # a change's reason naming a part stays the reason's
    assert "personnel_expenditure" not in budget_figures(
        "2025年基本支出480.00万元，比上年增加20.00万元，主要是人员经费增加20.00万元。"
    )
