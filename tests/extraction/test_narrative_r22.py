"""Issue 20, kinds 5 and 10 (held-out sets 76–80, left open in session 21): narrative wording other
regions print that was read as nothing ('label not understood') or read wrong."""

from __future__ import annotations

from narrative_figures import parse_document, unparsed_messages


def _kept(result) -> list[tuple[str, str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["metric"], r["function_code"], r["value"]) for r in rows]


# sets 76, 78, 79 (four documents): the book value of assets written off named in one label, what
# was written off before 账面原值 ('报废报损资产账面原值86.42万元'), not in a clause of its own
# ('报废报损资产1项，账面原值X', read before)
def test_the_book_value_of_assets_written_off_named_in_one_label() -> None:
    result = parse_document(
        "2024年度本部门处置车辆2辆，账面原值46.80万元；报废报损资产（主要为到期监测仪器和办公设备）账面原值83.62万元；"
        "实现资产处置收入3.15万元，已按规定上缴国库。",
        unit="某市生态环境局",
        year="2024",
        final=True,
    )
    assert _kept(result) == [
        ("vehicles_disposed", "", "2"),
        ("assets_disposed_vehicles_book_value", "", "468000.00"),
        ("assets_written_off_book_value", "", "836200.00"),
        ("assets_disposal_income", "", "31500.00"),
    ]
    assert unparsed_messages(result) == []


def test_the_book_value_of_vehicles_disposed_of_as_scrap_is_not_a_write_off() -> None:
    result = parse_document(
        "2024年度处置报废车辆账面原值28.60万元，实现处置收入0.85万元。",
        unit="某市生态环境局",
        year="2024",
        final=True,
    )
    assert ("assets_written_off_book_value", "", "286000.00") not in _kept(result)


# set 77 (Shenzhen): 聘员, the short name of 聘用人员 ('另有劳务派遣辅助执法人员38名、聘员12名'); before: label not
# understood. The dispatched stay apart (never contract staff).
def test_the_short_name_of_the_hired_counts_contract_staff() -> None:
    result = parse_document(
        "本部门行政编制46名，实有行政人员44名；事业编制22名，实有事业人员20名；另有劳务派遣辅助执法人员38名、聘员12名。",
        unit="某区应急管理局",
        year="2024",
    )
    kept = _kept(result)
    assert ("staff_contract", "", "12") in kept
    assert ("staff_dispatched", "", "38") in kept
    assert unparsed_messages(result) == []


def test_the_people_to_be_recruited_are_no_contract_staff() -> None:
    result = parse_document("2024年计划招聘员12名。", unit="某区应急管理局", year="2024")
    assert [k for k in _kept(result) if k[0] == "staff_contract"] == []


# set 79 (Shaanxi): '部门预算收支总规模X元' is the grand total (before: label not understood); a fund's is
# its fund's grand total
def test_the_size_of_the_budget_is_its_grand_total() -> None:
    result = parse_document(
        "按照综合预算的原则，所有收入和支出均纳入部门预算管理。2025年部门预算收支总规模8,265,567.46元，"
        "较上年减少162,486.24元，下降1.93%。",
        "2025年财政拨款收支总规模8,217,567.46元。",
        unit="某县人民政府办公室",
        year="2025",
    )
    assert _kept(result) == [
        ("grand_total", "", "8265567.46"),
        ("grand_total_change_vs_prior_year", "", "-162486.24"),
        ("fiscal_grand_total", "", "8217567.46"),
    ]


# sets 79 (two documents): '无政府性基金预算财政拨款收入、支出及结转结余' says both sides none; the
# carry-over named after the bare side holds no figure of its own (before: only the income was 0)
def test_a_fund_without_income_spending_and_carry_over_has_both_sides_zero() -> None:
    result = parse_document(
        "本部门2023年度无政府性基金预算财政拨款收入、支出及结转结余。",
        "本部门2023年度无国有资本经营预算财政拨款收入、支出和结转结余。",
        unit="某县市场监督管理局",
        year="2023",
        final=True,
    )
    assert _kept(result) == [
        ("income_government_fund", "", "0.00"),
        ("expenditure_government_fund", "", "0.00"),
        ("income_state_capital", "", "0.00"),
        ("expenditure_state_capital", "", "0.00"),
    ]


def _parse_with_tables(*paragraphs: str, names: dict[str, str], year: str = "2025", final: bool = False):
    """The narrative parsed as a document whose function tables name the codes ``names``."""
    from extract.narrative import parse_narrative

    title = f"{year}年度部门决算" if final else f"{year}年部门预算"
    lines = ["某区教育局", title, "一、部门预算情况说明", "", *paragraphs]
    return parse_narrative(
        lines, None, fiscal_year=year, unit_name="某区教育局", final_accounts=final, function_names=names
    )


_EDUCATION = {
    "205": "教育支出",
    "20502": "普通教育",
    "2050203": "初中教育",
    "2050204": "高中教育",
    "211": "节能环保支出",
    "21101": "环境保护管理事务",
    "2110105": "环境保护法规、规划及标准",
}


# sets 78, 80 (three documents): an item named by its levels alone, then '与上年预算持平' — its change is 0
# (before: the flat word was read only after an item printed with its code; the coded-later item's
# change was dropped)
def test_an_item_named_by_its_levels_alone_unchanged_has_a_change_of_zero() -> None:
    result = _parse_with_tables(
        "1.教育支出（类）普通教育（款）初中教育（项）39423.05万元，较上年预算增加410.69万元，主要原因是学位增加。",
        "2.教育支出（类）普通教育（款）高中教育（项）17483.93万元，与上年预算持平。",
        names=_EDUCATION,
    )
    assert _kept(result) == [
        ("expenditure_function", "2050203", "394230500.00"),
        ("expenditure_function_change_vs_prior_year", "2050203", "4106900.00"),
        ("expenditure_function", "2050204", "174839300.00"),
        ("expenditure_function_change_vs_prior_year", "2050204", "0.00"),
    ]


def test_an_unchanged_item_no_table_names_keeps_no_change() -> None:
    result = _parse_with_tables(
        "2.教育支出（类）普通教育（款）高考教育（项）17483.93万元，与上年预算持平。", names=_EDUCATION
    )
    assert _kept(result) == []


# set 79 (Shaanxi): a level's official name printing a '、' ('环境保护法规、规划及标准', 2110105); before: the
# 、 ended a clause and the item was '规划及标准', unresolved
def test_a_level_name_with_a_pause_mark_inside_is_one_name() -> None:
    result = _parse_with_tables(
        "4.环境保护管理事务（款）环境保护法规、规划及标准（项）65.00万元，比2024年执行数减少15.00万元，下降18.75%，"
        "主要原因是生态环境分区管控方案编制于上年基本完成。",
        names=_EDUCATION,
    )
    assert _kept(result) == [
        ("expenditure_function", "2110105", "650000.00"),
        ("expenditure_function_change_vs_prior_year", "2110105", "-150000.00"),
    ]


def test_items_listed_with_pause_marks_between_them_stay_apart() -> None:
    result = _parse_with_tables(
        "教育支出（类）普通教育（款）初中教育（项）39423.05万元、高中教育（项）17483.93万元。", names=_EDUCATION
    )
    assert _kept(result) == [
        ("expenditure_function", "2050203", "394230500.00"),
        ("expenditure_function", "2050204", "174839300.00"),
    ]


# set 80 (Beijing): '本部门（不含所监管企业）资产总额X' — a bracket after the subject leaving organisations out
# of it is the unit's scope, no negation of the figure's words (before: 'negated', nothing kept)
def test_organisations_left_out_of_the_subject_are_its_scope() -> None:
    result = parse_document(
        "截至2024年12月31日，本部门（不含所监管企业）资产总额1286.45万元，其中：流动资产862.30万元，固定资产424.15万元。",
        unit="某市国有资产监督管理委员会",
        year="2024",
        final=True,
    )
    assert _kept(result) == [
        ("assets_total", "", "12864500.00"),
        ("assets_current", "", "8623000.00"),
        ("assets_fixed", "", "4241500.00"),
    ]


def test_a_fund_left_out_after_the_subject_still_narrows_the_figure() -> None:
    result = parse_document(
        "本部门（不含政府性基金）财政拨款收入500.00万元。", unit="某市国资委", year="2024", final=True
    )
    assert _kept(result) == []
    assert any("500.00万元" in message for message in unparsed_messages(result))


# set 80 (Beijing): the 国有资本经营 projects' evaluated money after the 一般公共预算 projects' is no
# performance_target_amount (before: the two conflicted and neither was kept)
def test_the_state_capital_projects_evaluated_money_is_not_the_targets_amount() -> None:
    result = parse_document(
        "根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目4个，资金548.40万元，"
        "占一般公共预算项目支出总额的100%；对5个国有资本经营预算项目开展绩效自评，涉及资金24028.90万元。",
        unit="某市国有资产监督管理委员会",
        year="2024",
        final=True,
    )
    assert _kept(result) == [("performance_target_amount", "", "5484000.00")]
    assert any("24028.90万元" in message for message in unparsed_messages(result))


# set 78 (Tianjin): after the project spending's change, '主要包括：' a list of programmes adding up to more
# than the change and no more than the spending is of the spending (before: after a change a list was
# read only when it added up to the spending exactly); '…保障金' names a programme's money
def test_projects_listed_after_the_spendings_change_adding_up_to_more_than_it() -> None:
    result = parse_document(
        "项目支出16,313.90万元，占91.17%，比上年增加174.80万元，主要包括：城市最低生活保障金8,965.00万元，"
        "居家社区养老服务补贴3,642.80万元，临时救助资金620.00万元。",
        unit="某区民政局",
        year="2026",
    )
    assert _kept(result) == [
        ("project_expenditure", "", "163139000.00"),
        ("project_expenditure_change_vs_prior_year", "", "1748000.00"),
        ("key_project_budget", "", "89650000.00"),
        ("key_project_budget", "", "36428000.00"),
        ("key_project_budget", "", "6200000.00"),
    ]


def test_items_after_a_change_adding_up_to_no_more_than_it_are_not_read_as_projects() -> None:
    result = parse_document(
        "项目支出1,600.00万元，比上年增加300.00万元，主要包括：新增社区养老服务补贴200.00万元，临时救助资金100.00万元。",
        unit="某区民政局",
        year="2026",
    )
    assert [k for k in _kept(result) if k[0] == "key_project_budget"] == []


# set 80 (Chongqing): '核定编制9名（均为行政编制，参照公务员法管理）' — the bracket after the posts says their
# kind as '，均为行政编制' does (before: only the clause after a comma was read)
def test_the_posts_kind_said_in_the_bracket_after_their_count() -> None:
    for paragraph in (
        "核定编制9名（均为行政编制，参照公务员法管理），2024年末实有人员8名，离退休人员4名。",
        "核定编制9名（均为行政编制），2024年末实有人员8名，离退休人员4名。",
    ):
        result = parse_document(paragraph, unit="某区妇女联合会", year="2024", final=True)
        assert _kept(result) == [
            ("staff_authorized", "", "9"),
            ("staff_authorized_admin", "", "9"),
            ("staff_actual", "", "8"),
            ("staff_retired", "", "4"),
        ], paragraph


def test_the_staff_in_post_all_of_one_kind_of_posts_are_no_posts() -> None:
    result = parse_document(
        "实有人员8名（均为行政编制），离退休人员4名。", unit="某区妇女联合会", year="2024", final=True
    )
    assert [k for k in _kept(result) if k[0].startswith("staff_authorized")] == []
