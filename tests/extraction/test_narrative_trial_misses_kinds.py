"""Narrative kinds a trial of small realistic inputs still missed (sentences copied from those inputs,
each test with every figure the text must yield and nothing more):

* kind "a count after an asset statement": '…国有资产总额X万元，其中固定资产Y万元；共有车辆3辆，其中：一般
  公务用车1辆…' - a count opening a new '；'-separated statement is no part of the money before it (it was
  dropped as 'a part of an amount not understood'); 国有资产总额 names the 资产总额;
* kind "同比 in per cent, then the money change": '项目支出400.00万元，同比下降15.3%，减少72.30万元' - the
  bare change after a per-cent change against the prior year (同比, no base printed) is the figure's
  change, as after '较上年下降15.3%';
* kind "a school's 教职工 named alone": '我园现有学生712人，24个教学班，教职工87人' - the staff in post, as
  '现有教职工' is (never after 其中: a part of a whole);
* kind "an as-of date opening the label": '截至2014年底本单位公务用车辆共3台' - the date the count is
  stated at is no part of what is counted, as when it is a clause of its own ('截至2024年12月31日，…共有
  车辆3辆'); a 保有量 stays the year-end holding;
* kind "the other parts zero, worded otherwise": after the part a whole all is ('全部是公务用车运行维护费'),
  '其他均为零' / '其他均为0' (no unit) and '其余各项经费均为0元' / '其它费用均为0万元' (the others named as
  money) are every other part 0, as '其他均为0元' is; never after a part read from its own amount;
* kind "the level after a flat change": '“三公”经费预算与上年一致，为5万元' - the level the no-change arrives
  at, as after '比上年减少X，为Y' (kind 6 of the regions' issue: '与上年一致' = no change); never after a
  flat comparison with the budget;
* kind "a code and its own level's name": '2010301行政运行120.00万元' - a 款/项 code printed with the
  official name of that level alone names that code (the official list must name it so under its
  parent: a code and a name that disagree name nothing);
* kind "a budget's joint total with 均": '收、支总预算均为500万元' / '收入、支出预算总额均为500万元' - the
  收入支出总计, as '收支总预算500万元' and '收、支总计均为X' are (a 决算's '决算总额' is not read so);
* kind "the kinds of projects" (wrong is worse): '特定目标类项目支出50万元', '运转类项目', '人员类项目' are
  parts of the project spending, never the project spending (they made three conflicting
  project_expenditure statements, or one WRONG figure when printed alone);
* kind "主要包括 before the parts": '基本支出400万元，主要包括人员支出350万元和公用支出50万元' - the lead
  words go as 包括 does;
* kind "an average or part of the year" (wrong is worse): '人均公用经费2万元', '每人每年公用经费1.5万元',
  '一季度“三公”经费支出1万元', '2025年1-6月机关运行经费支出12万元' - never the year's figure (they were
  read as public_use_expenditure, three_public_total, operating_cost);
* kind "the sub-units alone" (wrong is worse): '本部门所属二级单位“三公”经费预算3万元' is the sub-units'
  figure, never the department's; '局机关及下属单位…' (the whole) is read;
* kind "spent up to a day inside the year" (wrong is worse): '截至2025年6月30日，“三公”经费支出3万元' -
  money counted up to a day other than the year's end is never the year's figure (it was read as
  three_public_total); counts and assets are stated at any day; the date holds within its '；' part;
* kind "节约 is no 约": '比上年节约1万元' is a change downwards (节约 / 节省 are change words), never an
  approximate amount ('约' inside 节约, 制约, 签约… is no 'about');
* kind "the next year by a word" (wrong is worse): '下一年度“三公”经费预算6万元', '明年预算安排…' are the
  next year's figures, as '2026年…' is in a 2025 document (it was read as this year's); never the
  carry-over to it ('结转下年', '下年度结转结余');
* kind "a carry-over inside a spending statement" (wrong is worse): '2025年度“三公”经费支出决算中，使用上年
  结转资金1万元' is what that spending was paid from, never the document's income_carryover (as it was
  read); in a statement of the income it is;
* kind "words of no subject after a part's clause" (wrong is worse): '2025年“三公”经费中，公务接待费占30%，
  金额1.5万元' - the amount is not the whole's (it was read as three_public_total); whose it is is not
  certain.
"""

from __future__ import annotations

from functools import partial

from extract.narrative import parse_narrative
from tests.extraction.test_narrative_older_departments_first_contact import _read as _read_section

_read = partial(_read_section, year="2025", unit="重庆市綦江区交通局")


# --- a count after an asset statement


def test_vehicles_after_an_asset_statement_are_read():
    read = _read(
        "截至2024年12月31日，本部门国有资产总额1234.56万元，其中固定资产876.54万元；共有车辆3辆，其中：一般公务用车1辆，"
        "执法执勤用车2辆。2025年无购置车辆计划。",
        final_accounts=False,
    )
    assert read == {
        "assets_total": "12345600.00",
        "assets_fixed": "8765400.00",
        "vehicles_total": "3",
        "vehicles_general_purpose": "1",
        "vehicles_law_enforcement": "2",
        "vehicles_to_purchase": "0",
    }


def test_vehicles_after_money_not_understood_are_read_and_its_parts_are_not():
    # the whole's label is not understood: its money part stays unread, the count after '；' is read
    read = _read(
        "本部门房屋原值1234.56万元，其中办公用房876.54万元；共有车辆3辆，其中：一般公务用车1辆，执法执勤用车2辆。",
        final_accounts=False,
    )
    assert read == {"vehicles_total": "3", "vehicles_general_purpose": "1", "vehicles_law_enforcement": "2"}


def test_money_parts_after_a_semicolon_of_money_not_understood_stay_unread():
    # a money amount after '；' may still be a part of the whole not understood: nothing
    read = _read("事业运行经费总预算500.00万元，其中：基本支出320.00万元；项目支出180.00万元。", final_accounts=False)
    assert read == {}


# --- 同比 in per cent, then the money change


def test_money_change_after_a_tongbi_per_cent_change():
    read = _read(
        "2025年一般公共预算财政拨款支出1,250.50万元，同比下降3.2%。其中：基本支出850.50万元，同比增长5%；项目支出400.00万元，"
        "同比下降15.3%，减少72.30万元。",
        final_accounts=False,
    )
    assert read == {
        "expenditure_general_public_budget": "12505000.00",
        "basic_expenditure": "8505000.00",
        "project_expenditure": "4000000.00",
        "project_expenditure_change_vs_prior_year": "-723000.00",
    }


def test_money_change_after_a_per_cent_change_against_the_budget_stays_unread():
    # the per cent compares with this year's budget: the money change after it is no change vs the prior year
    read = _read("机关运行经费支出25.40万元，比年初预算下降9.29%，减少2.60万元。", final_accounts=True)
    assert read == {"operating_cost": "254000.00"}


# --- a school's 教职工 named alone


def test_school_staff_named_alone_are_the_staff_in_post():
    read = _read(
        "我园现有学生 712人,24个教学班,教职工87人。(其中,专任教师78人,校医2人,校警2人,工勤人员5人;退休人员0人,"
        "临聘人员0人;没有公务用车。",
        final_accounts=False,
    )
    assert read == {
        "staff_actual": "87",
        "staff_retired_regular": "0",
        "staff_contract": "0",
        "vehicles_year_end": "0",
    }


def test_school_staff_after_qizhong_stay_unread():
    read = _read("编制数为59人,其中教职工53人,退休人员23人。", final_accounts=False)
    assert read == {"staff_authorized": "59", "staff_retired_regular": "23"}


# --- an as-of date opening the label


def test_as_of_date_inside_the_clause_is_no_part_of_the_label():
    read = _read("2、车辆运行维护费支出4.5万元,截至2014年底本单位公务用车辆共3台。", final_accounts=False, year="2015")
    assert read == {"three_public_vehicle_operation": "45000.00", "vehicles_total": "3"}


def test_as_of_date_before_a_holding_keeps_the_year_end_metric():
    read = _read("截至2024年底公务用车保有量5辆，截至2024年12月31日实有人数20人。", final_accounts=False)
    assert read == {"vehicles_year_end": "5", "staff_actual": "20"}


# --- the other parts zero, worded otherwise


def test_other_parts_zero_in_words_after_the_part_the_whole_all_is():
    expected = {
        "three_public_total": "15320.00",
        "three_public_vehicle_operation": "15320.00",
        "three_public_overseas": "0.00",
        "three_public_reception": "0.00",
        "three_public_vehicle_purchase": "0.00",
    }
    for others in ("其他均为零。", "其他均为0。", "其余各项经费均为0元。"):
        read = _read(
            "我单位“三公”经费决算为15320元，全部是公务用车运行维护费，" + others, final_accounts=True, year="2018"
        )
        assert read == expected, others


def test_other_parts_named_as_costs_are_zero_after_the_part_the_whole_all_is():
    read = _read(
        "我单位“三公”经费决算为1.53万元，全部为公务接待费，其它费用均为0万元。", final_accounts=True, year="2018"
    )
    assert read == {
        "three_public_total": "15300.00",
        "three_public_reception": "15300.00",
        "three_public_overseas": "0.00",
        "three_public_vehicle_total": "0.00",
    }


def test_other_parts_zero_in_words_after_a_part_read_from_its_amount_read_nothing():
    read = _read("我单位“三公”经费决算为8600元，其中公务接待费8600元，其他均为零。", final_accounts=True, year="2018")
    assert read == {"three_public_total": "8600.00", "three_public_reception": "8600.00"}


# --- the level after a flat change


def test_level_after_a_flat_change_is_the_figure():
    read = _read(
        "2025年“三公”经费预算与上年一致，为5万元，其中公务接待费2万元。",
        "2025年机关运行经费与上年持平，为30万元。",
        final_accounts=False,
    )
    assert read == {
        "three_public_change_vs_prior_year": "0.00",
        "three_public_total": "50000.00",
        "three_public_reception": "20000.00",
        "operating_cost_change_vs_prior_year": "0.00",
        "operating_cost": "300000.00",
    }


def test_level_after_a_flat_comparison_with_the_budget_stays_unread():
    read = _read("2024年度“三公”经费支出决算与年初预算持平，为5万元。", final_accounts=True, year="2024")
    assert read == {}


# --- a code and its own level's name


def test_code_with_its_own_levels_name_is_the_item():
    lines = [
        "重庆市綦江区交通局",
        "2025年部门预算",
        "一、部门预算情况说明",
        "“2010301行政运行”120.00万元，比上年增加10万元。",
    ]
    result = parse_narrative(lines, None, fiscal_year="2025", final_accounts=False, unit_name="重庆市綦江区交通局")
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    assert [(r["metric"], r["function_code"], r["value"]) for r in rows] == [
        ("expenditure_function", "2010301", "1200000.00"),
        ("expenditure_function_change_vs_prior_year", "2010301", "100000.00"),
    ]


def test_code_with_another_levels_name_is_nothing():
    assert _read("2010302行政运行120.00万元。", final_accounts=False) == {}


# --- a budget's joint total with 均


def test_joint_budget_total_with_jun_is_the_grand_total():
    read = _read("2025年收、支总预算均为500万元。", final_accounts=False)
    assert read == {"grand_total": "5000000.00"}
    read = _read("2025年收入、支出预算总额均为500万元，比上年增加50万元。", final_accounts=False)
    assert read == {"grand_total": "5000000.00", "grand_total_change_vs_prior_year": "500000.00"}


def test_joint_final_accounts_total_is_not_read_as_the_grand_total():
    assert _read("2024年度收、支决算总额均为500万元。", final_accounts=True, year="2024") == {}


# --- the kinds of projects


def test_kinds_of_projects_are_no_project_spending():
    assert _read("2025年特定目标类项目支出50万元。", final_accounts=False) == {}
    read = _read(
        "2025年人员类项目支出20万元，运转类项目支出30万元，特定目标类项目支出50万元。",
        "项目支出100万元，其中：人员类项目20万元，运转类项目30万元，特定目标类项目50万元。",
        final_accounts=False,
    )
    assert read == {"project_expenditure": "1000000.00"}


# --- 主要包括 before the parts


def test_parts_after_zhuyao_baokuo_are_read():
    read = _read("基本支出400万元，主要包括人员支出350万元和公用支出50万元。", final_accounts=False)
    assert read == {
        "basic_expenditure": "4000000.00",
        "personnel_expenditure": "3500000.00",
        "public_use_expenditure": "500000.00",
    }


# --- an average or part of the year


def test_averages_and_parts_of_the_year_are_not_the_figure():
    read = _read(
        "人均公用经费2万元。",
        "按照定额标准，每人每年公用经费1.5万元。",
        "一季度“三公”经费支出1万元。",
        "2025年1-6月机关运行经费支出12万元。",
        final_accounts=False,
    )
    assert read == {}


def test_an_average_after_the_figure_leaves_the_figure():
    read = _read("2025年机关运行经费预算30万元，平均每人1.5万元。", final_accounts=False)
    assert read == {"operating_cost": "300000.00"}


# --- the sub-units alone


def test_sub_units_figure_alone_is_not_the_departments():
    assert _read("本部门所属二级单位“三公”经费预算3万元。", final_accounts=False) == {}
    assert _read("局机关及下属单位“三公”经费预算5万元。", final_accounts=False) == {"three_public_total": "50000.00"}


# --- spent up to a day inside the year


def test_money_up_to_a_day_inside_the_year_is_not_the_years_figure():
    read = _read(
        "截至2025年6月30日，“三公”经费支出3万元。",
        "截至6月底已支出机关运行经费12万元。",
        final_accounts=False,
    )
    assert read == {}


def test_counts_assets_and_the_next_statement_after_a_date_are_read():
    read = _read("截至2025年5月，本单位共有车辆3辆，资产总额100万元。", final_accounts=False)
    assert read == {"vehicles_total": "3", "assets_total": "1000000.00"}
    read = _read("截至2025年8月31日，本单位共有车辆7辆；2025年“三公”经费预算3万元。", final_accounts=False)
    assert read == {"vehicles_total": "7", "three_public_total": "30000.00"}


# --- 节约 is no 约


def test_saved_against_the_prior_year_is_a_change_downwards():
    read = _read(
        "2025年“三公”经费预算5万元，比上年节约1万元。",
        "2025年机关运行经费预算30万元，较上年节省2万元。",
        final_accounts=False,
    )
    assert read == {
        "three_public_total": "50000.00",
        "three_public_change_vs_prior_year": "-10000.00",
        "operating_cost": "300000.00",
        "operating_cost_change_vs_prior_year": "-20000.00",
    }


def test_saved_money_without_a_comparison_and_about_stay_unread():
    assert _read("2025年“三公”经费预算5万元，节约资金2万元。", final_accounts=False) == {
        "three_public_total": "50000.00"
    }
    assert _read("2025年“三公”经费预算约5万元。", final_accounts=False) == {}


# --- the next year by a word


def test_the_next_years_figure_by_a_word_is_not_this_years():
    read = _read("下一年度“三公”经费预算6万元。", "明年预算安排“三公”经费6万元。", final_accounts=False)
    assert read == {}


def test_the_carry_over_to_the_next_year_is_this_years():
    read = _read("2025年度年末结转和结余10万元，结转下年10万元。", final_accounts=True)
    assert read == {"expenditure_carryover": "100000.00"}


# --- a carry-over inside a spending statement


def test_carry_over_inside_a_three_public_statement_is_not_the_income_carry_over():
    read = _read("2025年度“三公”经费支出决算中，使用上年结转资金1万元。", final_accounts=True)
    assert read == {}
    read = _read("2025年“三公”经费预算5万元。2025年收入预算500万元，其中上年结转20万元。", final_accounts=False)
    assert read == {"three_public_total": "50000.00", "income_total": "5000000.00", "income_carryover": "200000.00"}


# --- words of no subject after a part's clause


def test_words_of_no_subject_after_a_parts_clause_are_not_the_whole():
    assert _read("2025年“三公”经费中，公务接待费占30%，金额1.5万元。", final_accounts=False) == {}
    read = _read("2025年“三公”经费预算，与上年持平，金额5万元。", final_accounts=False)
    assert read == {"three_public_total": "50000.00"}
