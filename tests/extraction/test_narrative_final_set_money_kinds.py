"""Money wording of the session's final held-out set (county and district budgets of 2015-2018 and a
决算 in 元), read now: (1) '拟安排支出总额' (拟安排 a lead word as 安排) and the spending parts after an
unknown first part of its 其中 list; (2) '2017年初预算收入' (年初 sharing the year's 年); (3) the own
name with another name in brackets after it ('…工作部（信访局）2016年…') or shortened by leaving
characters out ('…群工部' for '…群众工作部'), and a heading run into the sentence before the own name
('三、部门收支概况（一）…', '（二）关于…情况说明…'); (4) income managed in the fiscal special account
('专户管理的非税收入', '专户管理的事业收入'); (5) '一般预算财政拨款收入' (the pre-2015 name of the
一般公共预算 appropriation); (6) a 决算's '财政决算总收入' and the change after '全部为财政拨款收入'
(the whole's, not the part's); (7) '政府采购预算X，采购金额Y' (the bare 采购金额 after the whole
procurement, never after a reserved part's clause).
Constructed sentences of the same shapes, each with every figure it must yield and nothing more, and
the near shapes that must yield nothing (a sub-unit's name, a bracket naming a part of the unit, a
bare 采购金额 after a part of the procurement).
"""

from __future__ import annotations

from extract.narrative import parse_narrative


def _read(*paragraphs: str, final_accounts: bool, year: str = "2015", unit: str = "某市某局") -> dict[str, str]:
    """metric (':code' for a function code, ':budget' for a budget figure of a final account) ->
    value of every figure read from a 部门预算 / 部门决算 of ``unit`` whose section holds
    ``paragraphs`` (no key read twice with two values)."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    result = parse_narrative(
        [unit, title, heading, *paragraphs], None, fiscal_year=year, final_accounts=final_accounts, unit_name=unit
    )
    out: dict[str, str] = {}
    for row in result.rows.get("raw_narrative_figures", []):
        if row["is_rejected"] != "false":
            continue
        key = row["metric"] + (f":{row['function_code']}" if row["function_code"] else "")
        key += ":budget" if row.get("value_role") == "budget" else ""
        assert out.setdefault(key, row["value"]) == row["value"], row
    return out


# --- 1. 拟安排支出总额 and the parts after an unknown first part


def test_planned_spending_total_and_its_parts_after_an_unknown_first_part():
    read = _read(
        "某县水务局2016年部门预算收入总额820万元，拟安排支出总额820万元，其中：上级提前通知转移支付支出300万元，"
        "人员支出410万元，公用支出60万元，项目支出50万元。",
        final_accounts=False,
        year="2016",
        unit="某县水务局",
    )
    assert read == {
        "income_total": "8200000.00",
        "expenditure_total": "8200000.00",
        "personnel_expenditure": "4100000.00",
        "public_use_expenditure": "600000.00",
        "project_expenditure": "500000.00",
    }


# --- 2. '2017年初预算收入': 年初 sharing the year's 年


def test_year_start_budget_sharing_the_years_character_is_the_years_total():
    read = _read(
        "三、部门收支概况 （一）2017年初预算收入98.3456万元，其中：一般公共预算拨款80.3456万元。"
        "（二）2017年初预算支出98.3456万元，其中：一般公共服务支出70.1234万元，医疗卫生与计划生育支出5.2222万元，"
        "住房保障支出3.1111万元。",
        final_accounts=False,
        year="2017",
        unit="某区某委员会",
    )
    assert read == {
        "income_total": "983456.00",
        "income_general_public_budget": "803456.00",
        "expenditure_total": "983456.00",
        "expenditure_category:201": "701234.00",
        "expenditure_category:210": "52222.00",
        "expenditure_category:221": "31111.00",
    }


# --- 3. the own name with another name in brackets, shortened, or after a run-in heading


def test_own_name_with_its_other_name_in_brackets_and_shortened():
    read = _read(
        "某新区群众工作部（信访局）2016年预算收入合计31.2046万元，某新区群工部2016年预算支出合计31.2046万元。",
        final_accounts=False,
        year="2016",
        unit="某新区群众工作部",
    )
    assert read == {"income_total": "312046.00", "expenditure_total": "312046.00"}


def test_a_sub_units_name_or_a_bracketed_part_is_not_the_own_name():
    read = _read(
        "某新区某站2016年预算支出合计12.5万元。某新区群众工作部（某所）2016年预算收入合计12.5万元。",
        final_accounts=False,
        year="2016",
        unit="某新区群众工作部",
    )
    assert read == {}


def test_own_name_after_a_heading_run_into_the_sentence():
    read = _read(
        "（二）关于某县人民医院2021年收入预算情况说明 某县人民医院2021年收入预算3210.55万元。",
        final_accounts=False,
        year="2021",
        unit="某县人民医院",
    )
    assert read == {"income_total": "32105500.00"}


# --- 4. income managed in the fiscal special account


def test_income_managed_in_the_special_account_whatever_its_kind():
    read = _read(
        "其中：专户管理的非税收入预算数为0元；政府性基金预算收入预算数为0元；事业收入预算数为18万元。",
        final_accounts=False,
        year="2016",
    )
    assert read == {
        "income_special_account": "0.00",
        "income_government_fund": "0.00",
        "income_business": "180000.00",
    }


def test_business_income_in_the_special_account_is_the_special_accounts():
    read = _read("2、专户管理的事业收入126万元；3、其他收入18万元。", final_accounts=False, year="2016")
    assert read == {"income_special_account": "1260000.00", "income_other": "180000.00"}


# --- 5. 一般预算财政拨款收入


def test_general_budget_appropriation_income_is_the_general_public_budgets():
    read = _read("本年度预算总收入为188.12万元。一般预算财政拨款收入为 188.12 万元。", final_accounts=False)
    assert read == {"income_total": "1881200.00", "income_general_public_budget": "1881200.00"}


# --- 6. 财政决算总收入 and the change after 全部为<part>


def test_fiscal_final_account_income_and_the_change_after_all_of_it_is_one_part():
    read = _read(
        "2018年财政决算总收入1234567元，全部为财政拨款收入，较2017年决算总收入1200000元，增加了34567元，增加2.88%。",
        final_accounts=True,
        year="2018",
    )
    assert read == {
        "income_total": "1234567.00",
        "income_fiscal_appropriation": "1234567.00",
        "income_change_vs_prior_year": "34567.00",
    }


# --- 7. 政府采购预算X，采购金额Y


def test_bare_procurement_amount_after_the_whole_procurement_budget():
    read = _read("2018年度政府采购预算5000元，采购金额4800元。", final_accounts=True, year="2018")
    assert read == {"procurement_total:budget": "5000.00", "procurement_total": "4800.00"}


def test_bare_procurement_amount_after_a_reserved_parts_clause_reads_nothing():
    read = _read(
        "2025年度政府采购金额为300万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，"
        "采购金额120万元。",
        final_accounts=True,
        year="2025",
    )
    assert read == {"procurement_total": "3000000.00"}


# --- 8. '其他均为0元' after the part a whole all is


def test_the_other_parts_are_zero_after_the_part_the_whole_all_is():
    read = _read(
        "我单位“三公”经费决算为15320元，全部是公务用车运行维护费，其他均为0元。", final_accounts=True, year="2018"
    )
    assert read == {
        "three_public_total": "15320.00",
        "three_public_vehicle_operation": "15320.00",
        "three_public_overseas": "0.00",
        "three_public_reception": "0.00",
        "three_public_vehicle_purchase": "0.00",
    }


def test_the_other_parts_of_a_top_level_part_are_the_remaining_parts():
    read = _read("我单位“三公”经费决算为8600元，全部是公务接待费，其他均为0元。", final_accounts=True, year="2018")
    assert read == {
        "three_public_total": "8600.00",
        "three_public_reception": "8600.00",
        "three_public_overseas": "0.00",
        "three_public_vehicle_total": "0.00",
    }


def test_other_parts_zero_without_the_whole_said_by_words_reads_nothing():
    # the part is read from its own amount, not said to be all of the whole: which others are meant is
    # not certain; a whole with no parts of ours (机关运行经费) has none to read either
    assert _read(
        "我单位“三公”经费决算为8600元，其中公务接待费8600元，其他均为0元。", final_accounts=True, year="2018"
    ) == {"three_public_total": "8600.00", "three_public_reception": "8600.00"}
    assert _read("我单位机关运行经费为8600元，全部是办公费，其他均为0元。", final_accounts=True, year="2018") == {
        "operating_cost": "8600.00"
    }


# --- 9. a list of projects run into the paragraph that announces it


def test_an_inline_numbered_project_list_gives_each_projects_budget():
    read = _project_budgets(
        "安排预算内专项经费61万元，主要项目：1、委员活动12万；2、调研经费9万；3、接待6万；4、年会经费34万。",
    )
    assert read == [
        ("委员活动", "120000.00"),
        ("调研经费", "90000.00"),
        ("接待", "60000.00"),
        ("年会经费", "340000.00"),
    ]


def test_an_inline_list_item_naming_spending_is_no_project():
    read = _read(
        "安排预算内专项经费50万元，主要项目：1、一般公共服务支出30万元；2、社会保障和就业支出20万元。",
        final_accounts=False,
    )
    assert "key_project_budget" not in read


def _project_budgets(*paragraphs: str) -> list[tuple[str, str]]:
    """(project name, budget) of every key_project_budget read from a 部门预算 holding ``paragraphs``."""
    lines = ["某市某局", "2015年部门预算", "一、部门预算情况说明", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year="2015", final_accounts=False, unit_name="某市某局")
    return [
        (row["name_text"], row["value"])
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "false" and row["metric"] == "key_project_budget"
    ]
