"""Issue 20, kinds 9 and 10 (fresh-user trial of session 24): the 三公 paid by other funds, a foreign
reception's counts, 非财政拨款 wording and the projects given performance targets."""

from __future__ import annotations

from narrative_figures import parse_document


def _kept(result) -> dict[str, str]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return {r["metric"]: r["value"] for r in rows}


def _projects(result) -> list[tuple[str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["name_text"], r["value"]) for r in rows if r["metric"] == "key_project_budget"]


def _problems(result, code: str) -> list[str]:
    return [p.message for p in result.problems if p.code == code]


def test_three_public_paid_by_unit_funds_are_no_three_public_figures() -> None:
    # a hospital's 单位决算 in 元: its 财政拨款 三公 are 0; the 三公 its own funds paid, their parts and the
    # reception's counts are not the disclosure's 三公 (the 三公 statements are of the 财政拨款)
    result = parse_document(
        "七、“三公”经费财政拨款支出决算情况说明",
        "2023年度本单位使用一般公共预算财政拨款安排的“三公”经费支出为0元。本单位“三公”经费均由单位资金安排，"
        "2023年度单位资金安排的“三公”经费支出157,300.00元，其中：公务用车运行维护费120,500.00元，"
        "公务接待费36,800.00元（国内公务接待18批次、152人次）。截至2023年12月31日，本单位公务用车保有量2辆。",
        unit="某县人民医院",
        year="2023",
        final=True,
    )
    kept = _kept(result)
    assert kept["three_public_total"] == "0.00"
    assert kept["vehicles_year_end"] == "2"
    for metric in (
        "three_public_vehicle_operation",
        "three_public_reception",
        "three_public_reception_batches",
        "three_public_reception_people",
    ):
        assert metric not in kept
    assert any("paid by 单位资金" in message for message in _problems(result, "narrative_unparsed_figure"))
    assert not _problems(result, "narrative_restated_other_funds")


def test_three_public_paid_by_fiscal_funds_after_other_funds_are_read() -> None:
    result = parse_document(
        "（七）“三公”经费支出情况",
        "本单位非财政拨款资金安排的“三公”经费支出3.00万元；一般公共预算财政拨款“三公”经费支出12.00万元，"
        "其中：公务接待费2.00万元，公务用车运行维护费10.00万元。",
        unit="某市档案馆",
        year="2025",
    )
    kept = _kept(result)
    assert kept["three_public_total"] == "120000.00"
    assert kept["three_public_reception"] == "20000.00"
    assert kept["three_public_vehicle_operation"] == "100000.00"


def test_the_counts_after_a_foreign_receptions_money_are_that_receptions() -> None:
    # a 卫健委 决算: '外事接待支出0万元，共接待0批次、0人次' after the 国内 reception's 32 batches and 286
    # people; the foreign reception's zeros are no second statement of the reception's counts
    result = parse_document(
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "3.公务接待费支出决算5.00万元。其中：国内公务接待支出5.00万元，共接待32批次、286人次，主要用于上级部门"
        "业务指导等；外事接待支出0万元，共接待0批次、0人次。",
        unit="某市卫生健康委员会",
        year="2023",
        final=True,
    )
    kept = _kept(result)
    assert kept["three_public_reception_batches"] == "32"
    assert kept["three_public_reception_people"] == "286"
    assert not _problems(result, "narrative_conflict")


def test_a_count_naming_its_reception_after_foreign_money_is_read() -> None:
    result = parse_document(
        "（三）“三公”经费支出情况",
        "外宾接待费0万元，国内公务接待12批次、96人次。",
        unit="某市卫生健康委员会",
        year="2025",
    )
    kept = _kept(result)
    assert kept["three_public_reception_batches"] == "12"
    assert kept["three_public_reception_people"] == "96"


def test_non_fiscal_carryover_names_no_fiscal_funds_of_the_spending() -> None:
    # '（均为非财政拨款结转）': 财政拨款 inside 非财政拨款 names no fund; the 基本/项目支出 after it are all funds'
    result = parse_document(
        "一、收支预算总体情况",
        "2025年收入预算总额6,842.35万元，其中：一般公共预算拨款收入6,512.35万元，其他收入150.00万元，"
        "上年结转180.00万元（均为非财政拨款结转）；支出预算总额6,842.35万元，其中：基本支出4,926.71万元，"
        "项目支出1,915.64万元。",
        unit="某县公安局",
        year="2025",
    )
    rows = [r for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "false"]
    funds = {r["metric"]: r["fund_scope"] for r in rows}
    assert funds["basic_expenditure"] == "all_funds"
    assert funds["project_expenditure"] == "all_funds"
    assert _kept(result)["basic_expenditure"] == "49267100.00"


def test_the_projects_given_performance_targets_are_listed_with_their_budgets() -> None:
    result = parse_document(
        "（九）绩效目标设置情况",
        "2025年本部门实行绩效目标管理的项目4个，涉及预算资金1,915.64万元，具体为：1、执法办案经费480.00万元；"
        "2、公安信息化建设（“雪亮工程”运维）865.64万元；3、一般行政管理事务经费420.00万元；4、辅警经费150.00万元。",
        unit="某县公安局",
        year="2025",
    )
    assert _kept(result)["performance_target_amount"] == "19156400.00"
    assert _projects(result) == [
        ("执法办案经费", "4800000.00"),
        ("公安信息化建设（“雪亮工程”运维）", "8656400.00"),
        ("一般行政管理事务经费", "4200000.00"),
        ("辅警经费", "1500000.00"),
    ]


def test_a_targeted_project_list_adding_up_to_more_than_its_money_is_not_read() -> None:
    result = parse_document(
        "（九）绩效目标设置情况",
        "2025年本部门实行绩效目标管理的项目2个，涉及预算资金100.00万元，具体为：1、执法办案经费60.00万元；"
        "2、辅警经费70.00万元。",
        unit="某县公安局",
        year="2025",
    )
    assert _projects(result) == []


def test_a_final_accounts_targeted_project_list_is_no_budget() -> None:
    result = parse_document(
        "（九）绩效目标管理情况",
        "2023年本部门实行绩效目标管理的项目2个，涉及预算资金100.00万元，具体为：1、执法办案经费60.00万元；"
        "2、辅警经费40.00万元。",
        unit="某县公安局",
        year="2023",
        final=True,
    )
    assert _projects(result) == []
    assert _kept(result)["performance_target_amount"] == "1000000.00"


def test_the_last_item_of_a_none_list_naming_two_incomes_joined_by_he_is_each_zero() -> None:
    # held-out set 86 (a 决算): '…、经营收入和附属单位上缴收入' names two incomes, each 0, never the
    # 附属单位上缴收入 alone
    result = parse_document(
        "（二）收入决算情况",
        "本部门无上级补助收入、事业收入、经营收入和附属单位上缴收入。",
        unit="某市档案馆",
        year="2022",
        final=True,
    )
    kept = _kept(result)
    for metric in ("income_superior_subsidy", "income_business", "income_operating", "income_subsidiary_remittance"):
        assert kept[metric] == "0.00"
