"""Issue 20, kinds 5 and 10 (held-out sets 76–82, reported unparsed in nearly every 决算): the 财政拨款
carried into the year and left at its end ('年初财政拨款结转和结余', '年末财政拨款结转和结余'; a budget's
'财政拨款收入预算X，其中：…上年结转Z') are metrics of their own (metrics.csv
income_fiscal_appropriation_carryover / expenditure_fiscal_appropriation_carryover, beside the
财政拨款收支总表's rows); one fund's part of them stays unparsed, as before."""

from __future__ import annotations

from narrative_figures import parse_document, unparsed_messages


def _kept(result) -> list[tuple[str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["metric"], r["value"]) for r in rows]


def test_the_fiscal_appropriation_carried_in_and_left_in_a_final_account() -> None:
    result = parse_document(
        "2024年度财政拨款收入总计4816.04万元，比上年增加303.68万元。其中：本年财政拨款收入3953.64万元，"
        "年初财政拨款结转和结余862.40万元。财政拨款支出总计4816.04万元，其中：本年财政拨款支出4722.78万元，"
        "年末财政拨款结转和结余93.26万元。",
        unit="某县卫生健康局",
        year="2024",
        final=True,
    )
    kept = _kept(result)
    assert ("fiscal_grand_total", "48160400.00") in kept  # the 总计 holding the carry-over (as before)
    assert ("fiscal_grand_total_change_vs_prior_year", "3036800.00") in kept
    assert ("income_fiscal_appropriation", "39536400.00") in kept
    assert ("income_fiscal_appropriation_carryover", "8624000.00") in kept
    assert ("expenditure_fiscal_appropriation_carryover", "932600.00") in kept
    assert not any(metric in ("income_carryover", "expenditure_carryover") for metric, _ in kept)
    assert not any("结转和结余" in message for message in unparsed_messages(result))


def test_the_carryover_listed_under_the_fiscal_appropriation_income_of_a_budget() -> None:
    result = parse_document(
        "2025年财政拨款收入预算500万元，其中：本年财政拨款400万元，上年结转100万元。",
        unit="某县卫生健康局",
        year="2025",
    )
    assert _kept(result) == [
        ("income_fiscal_appropriation", "5000000.00"),
        ("income_fiscal_appropriation_current_year", "4000000.00"),
        ("income_fiscal_appropriation_carryover", "1000000.00"),
    ]


def test_the_carryover_of_all_funds_stays_the_units() -> None:
    result = parse_document(
        "2025年收入预算500万元，其中：财政拨款收入400万元，上年结转100万元。", unit="某县卫生健康局", year="2025"
    )
    assert ("income_carryover", "1000000.00") in _kept(result)
    assert "income_fiscal_appropriation_carryover" not in {metric for metric, _ in _kept(result)}


def test_one_funds_part_of_the_carryover_is_no_fiscal_appropriation_carryover() -> None:
    result = parse_document(
        "2024年度政府性基金预算财政拨款年初结转和结余3120.00万元，本年收入1280.00万元，本年支出2994.90万元，"
        "年末结转和结余1405.10万元。",
        unit="某县住房和城乡建设局",
        year="2024",
        final=True,
    )
    metrics = {metric for metric, _ in _kept(result)}
    assert not metrics & {"income_fiscal_appropriation_carryover", "expenditure_fiscal_appropriation_carryover"}
    assert any("3120.00万元" in message for message in unparsed_messages(result))


def test_a_total_said_to_include_the_carryover_is_no_carryover() -> None:
    result = parse_document(
        "2024年度财政拨款收入总计500万元（含年初财政拨款结转和结余），支出总计500万元。",
        unit="某县卫生健康局",
        year="2024",
        final=True,
    )
    assert "income_fiscal_appropriation_carryover" not in {metric for metric, _ in _kept(result)}


# held-out set 84 (Jiangsu, a 卫健委 budget): a total named otherwise than 收入总计 whose words say it holds the
# carry-over, then the year's income and the carry-over adding up to it; before: the two totals conflicted and
# neither was kept
def test_a_total_said_to_hold_the_carryover_is_the_grand_total() -> None:
    result = parse_document(
        "2023年本部门收入预算合计99083.58万元，包括本年收入和上年结转资金。\n"
        "本年收入预算98663.58万元，比上年增加2836.78万元，增长2.96%。\n"
        "上年结转资金预算数为420.00万元。",
        unit="某区卫生健康委员会",
        year="2023",
    )
    kept = _kept(result)
    assert ("grand_total", "990835800.00") in kept
    assert ("income_total", "986635800.00") in kept
    assert ("income_change_vs_prior_year", "28367800.00") in kept
    assert "income_total" not in {m for m, v in kept if v == "990835800.00"}


# held-out set 84: the meeting and training fees a unit discloses beside its 三公 are no fund's spending; before:
# '一般公共预算拨款安排的会议费预算支出12.00万元' was read as the 一般公共预算's spending (a WRONG figure a
# conflict happened to stop)
def test_the_meeting_and_training_fees_are_no_funds_spending() -> None:
    result = parse_document(
        "本部门2023年度一般公共预算拨款安排的会议费预算支出12.00万元，比上年预算减少1.50万元；"
        "培训费预算支出86.00万元，比上年预算增加6.00万元。",
        unit="某区卫生健康委员会",
        year="2023",
    )
    assert _kept(result) == []
    assert any("12.00万元" in message for message in unparsed_messages(result))


# fresh-user trial (session 23): a department's budget with a section giving each sub-unit's figures under a
# heading naming it ('八、所属单位预算情况' then '（一）某某市实验中学' then '2025年收入预算5286.44万元…'); before,
# each was read as a second statement of the department's own total: 16 false mismatches and a failed run
def test_figures_under_a_heading_naming_another_unit_are_not_the_departments() -> None:
    result = parse_document(
        "2025年收入预算17942.37万元，支出预算17942.37万元。",
        "八、所属单位预算情况",
        "（一）齐齐哈尔市实验中学",
        "2025年收入预算5286.44万元，支出预算5286.44万元。",
        "（二）齐齐哈尔市第一中学",
        "2025年收入预算5468.93万元，支出预算5468.93万元。",
        "九、名词解释",
        "“三公”经费：指因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        unit="齐齐哈尔市教育局",
        year="2025",
    )
    assert _kept(result) == [("income_total", "179423700.00"), ("expenditure_total", "179423700.00")]
    messages = unparsed_messages(result)
    assert any("another unit (齐齐哈尔市实验中学)" in message for message in messages)
    assert not any("conflict" in message for message in messages)


def test_a_heading_naming_the_unit_itself_is_no_other_unit() -> None:
    result = parse_document(
        "（一）齐齐哈尔市教育局",
        "2025年收入预算17942.37万元。",
        unit="齐齐哈尔市教育局",
        year="2025",
    )
    assert _kept(result) == [("income_total", "179423700.00")]


def test_a_list_of_the_sub_units_elsewhere_names_no_unit_for_the_figures_after_it() -> None:
    # (held-out set 80: '二、机构设置' lists the units '1.…（机关本级）' … '5.某某宣传教育中心', then the department's
    # staff: the department's, never the last unit's)
    result = parse_document(
        "二、机构设置",
        "1.北京市城市管理委员会（机关本级）",
        "2.北京市城市管理宣传教育中心",
        "截至2024年末，本部门编制总数512人，其中：行政编制186人，事业编制326人。",
        unit="北京市城市管理委员会",
        year="2024",
        final=True,
    )
    assert ("staff_authorized", "512") in _kept(result)
