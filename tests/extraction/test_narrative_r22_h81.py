"""Issue 20, kinds 5 and 10 (held-out set 81, first contact: Xinjiang, Gansu, Ningxia, Shanxi): a
figure copied by wording from a wider one is not the metric where the metric is stated with its own
amount; a list of projects in the paragraph after the project spending's statement, opening with the
project spending named again; what pays for a project, in brackets after its name."""

from __future__ import annotations

from narrative_figures import parse_document, unparsed_messages


def _kept(result) -> list[tuple[str, str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [
        (r["metric"], r["name_text"] if r["metric"] == "key_project_budget" else r["function_code"], r["value"])
        for r in rows
    ]


# 05 (Xinjiang, a court): '财政拨款支出预算2890.52万元，全部为一般公共预算支出' spends the carry-over too; the
# 一般公共预算 spending is the year's own appropriation stated after it (before: WRONG, 2890.52 kept)
def test_a_figure_stated_by_its_own_amount_is_the_metric_not_one_copied_by_wording() -> None:
    result = parse_document(
        "2024年财政拨款收支预算总计2890.52万元，其中一般公共预算拨款2805.52万元，上年财政拨款结转85.00万元。"
        "财政拨款支出预算2890.52万元，全部为一般公共预算支出。",
        "2024年一般公共预算当年拨款2805.52万元，比上年增加102.57万元，增长3.79%。",
        unit="某市人民法院",
        year="2024",
    )
    kept = _kept(result)
    assert ("expenditure_general_public_budget", "", "28055200.00") in kept
    assert ("expenditure_general_public_budget", "", "28905200.00") not in kept
    assert ("expenditure_general_public_budget_change_vs_prior_year", "", "1025700.00") in kept


_SPENDING = "2025年支出预算1671.83万元，其中：基本支出671.33万元，占40.2%，比上年增加22.38万元；项目支出1000.50万元，占59.8%，比上年减少104.60万元。"


# 02, 03, 05, 09 (four documents, 23 projects): the list in the paragraph after the one stating the
# project spending, opening with '项目支出' named again (before: in the same paragraph only)
def test_projects_listed_in_the_paragraph_after_the_spendings_statement() -> None:
    result = parse_document(
        _SPENDING,
        "项目支出具体为：1. 国土空间规划编制经费120.00万元；2. 耕地保护监督经费85.00万元；3. 城乡建设用地增减挂钩土地开发项目795.50万元。",
        unit="某县自然资源局",
        year="2025",
    )
    assert [k for k in _kept(result) if k[0] == "key_project_budget"] == [
        ("key_project_budget", "国土空间规划编制经费", "1200000.00"),
        ("key_project_budget", "耕地保护监督经费", "850000.00"),
        ("key_project_budget", "城乡建设用地增减挂钩土地开发项目", "7955000.00"),
    ]
    assert unparsed_messages(result) == []


def test_items_of_no_project_word_after_the_spendings_paragraph_must_add_up_to_it() -> None:
    listed = "项目支出主要包括：国土空间规划编制120.00万元，耕地保护监督85.00万元，增减挂钩土地开发{}万元。"
    exact = parse_document(_SPENDING, listed.format("795.50"), unit="某县自然资源局", year="2025")
    assert len([k for k in _kept(exact) if k[0] == "key_project_budget"]) == 3
    short = parse_document(_SPENDING, listed.format("700.00"), unit="某县自然资源局", year="2025")
    assert [k for k in _kept(short) if k[0] == "key_project_budget"] == []


def test_a_list_opening_with_the_project_spending_and_no_statement_before_is_not_read() -> None:
    result = parse_document(
        "2025年支出预算1671.83万元。",
        "项目支出主要包括：国土空间规划编制经费120.00万元，耕地保护监督经费85.00万元。",
        unit="某县自然资源局",
        year="2025",
    )
    assert [k for k in _kept(result) if k[0] == "key_project_budget"] == []


# 05, 09: '人民法庭维修改造经费（上年结转）85.00万元', '档案查阅利用服务项目（单位资金）6.00万元' — the money that
# pays for the project, in brackets after its name, is no word of the name
def test_what_pays_for_a_project_in_brackets_after_its_name() -> None:
    result = parse_document(
        "2024年支出预算2890.52万元，其中：基本支出2417.22万元；项目支出473.30万元。",
        "项目支出主要用于：（1）聘用制书记员经费136.80万元；（2）审判业务经费83.50万元；（3）执行业务经费72.00万元；"
        "（4）诉讼服务及信息化运维经费96.00万元；（5）人民法庭维修改造经费（上年结转）85.00万元。",
        unit="某市人民法院",
        year="2024",
    )
    assert [k for k in _kept(result) if k[0] == "key_project_budget"][-1] == (
        "key_project_budget",
        "人民法庭维修改造经费",
        "850000.00",
    )
    assert len([k for k in _kept(result) if k[0] == "key_project_budget"]) == 5


# 08 (Jilin): '财政拨款收入总计4816.04万元，比上年增加303.68万元。其中：本年财政拨款收入3953.64万元，年初财政拨款
# 结转和结余862.40万元' — one side's 总计 of the 财政拨款收支总表 is its 总计 line (before: read as the
# 财政拨款收入 of the year, which conflicted with the 本年 figure: neither kept)
def test_one_sides_total_of_the_fiscal_appropriation_is_the_fiscal_grand_total() -> None:
    result = parse_document(
        "2023年度财政拨款收入总计4816.04万元，比上年增加303.68万元。其中：本年财政拨款收入3953.64万元，"
        "年初财政拨款结转和结余862.40万元。2023年度财政拨款支出4400.74万元，年末财政拨款结转和结余415.30万元。",
        unit="某市水利局",
        year="2023",
        final=True,
    )
    assert _kept(result) == [
        ("fiscal_grand_total", "", "48160400.00"),
        ("fiscal_grand_total_change_vs_prior_year", "", "3036800.00"),
        ("income_fiscal_appropriation", "", "39536400.00"),
        ("income_fiscal_appropriation_carryover", "", "8624000.00"),  # (metrics.csv since session 23)
        ("expenditure_fiscal_appropriation", "", "44007400.00"),
        ("expenditure_fiscal_appropriation_carryover", "", "4153000.00"),
    ]


def test_a_funds_appropriation_total_is_no_fiscal_grand_total() -> None:
    result = parse_document(
        "2023年度一般公共预算财政拨款收入总计3953.64万元。", unit="某市水利局", year="2023", final=True
    )
    assert [k for k in _kept(result) if k[0] == "fiscal_grand_total"] == []


def test_a_fiscal_income_total_its_parts_do_not_add_up_to_stays_a_conflict() -> None:
    result = parse_document(
        "2023年度财政拨款收入总计4816.04万元。其中：本年财政拨款收入3953.64万元，年初财政拨款结转和结余800.00万元。",
        unit="某市水利局",
        year="2023",
        final=True,
    )
    assert [k for k in _kept(result) if k[0] in ("fiscal_grand_total", "income_fiscal_appropriation")] == []


def _item_rows(result) -> list[tuple[str, str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["function_code"], r["value_role"], r["value"]) for r in rows if r["metric"] == "expenditure_function"]


# 08, 10 (Jilin, Heilongjiang): '…支出320.00万元。全部为…（项），年初预算为300.00万元，调整预算为320.00万元，支出决算为
# 320.00万元' — the item all the fund's spending went to, then its role-word amounts, as after a colon
# (before: 'role words alone after words that name no total', unread)
def test_the_item_all_the_spending_went_to_then_its_role_amounts() -> None:
    from extract.narrative import parse_narrative

    paragraphs = (
        "2023年度政府性基金预算财政拨款收入320.00万元，支出320.00万元，比2022年度增加60.00万元。全部为社会保障和就业支出（类）"
        "大中型水库移民后期扶持基金支出（款）基础设施建设和经济发展（项），年初预算为300.00万元，调整预算为320.00万元，"
        "支出决算为320.00万元，主要用于库区移民村道路、饮水等基础设施建设。",
        "2023年度政府性基金预算财政拨款收入60.00万元，支出60.00万元。支出全部为用于体育事业的彩票公益金支出（2296003），"
        "全年预算数60.00万元，决算数60.00万元。",
    )
    names = {
        "208": "社会保障和就业支出",
        "20822": "大中型水库移民后期扶持基金支出",
        "2082202": "基础设施建设和经济发展",
    }
    result = parse_narrative(
        ["某市水利局", "2023年度部门决算", "一、部门决算情况说明", "", *paragraphs],
        None,
        fiscal_year="2023",
        unit_name="某市水利局",
        final_accounts=True,
        function_names=names,
    )
    assert _item_rows(result) == [
        ("2082202", "budget", "3000000.00"),
        ("2082202", "adjusted_budget", "3200000.00"),
        ("2082202", "actual", "3200000.00"),
        ("2296003", "adjusted_budget", "600000.00"),
        ("2296003", "actual", "600000.00"),
    ]


def test_an_item_all_the_spending_went_to_without_role_amounts_after_it_names_nothing() -> None:
    result = parse_document(
        "2023年度政府性基金预算财政拨款支出320.00万元，全部为社会保障和就业支出（类）大中型水库移民后期扶持基金支出（款）"
        "基础设施建设和经济发展（项），比上年增加60.00万元。",
        unit="某市水利局",
        year="2023",
        final=True,
    )
    assert [k for k in _item_rows(result) if k[1] == "budget"] == []


# 09 (Shanxi, a 档案馆): '（3）档案馆（2012604）486.50万元' — the unit's short name printed with a function code
# after it is the item's name, never the subject (before: 'the code does not fit the names')
def test_the_units_short_name_with_a_code_after_it_is_an_items_name() -> None:
    result = parse_document(
        "（1）行政运行（2012601）1526.30万元，比上年执行数增加37.68万元，主要原因是人员正常晋级晋档。",
        "（3）档案馆（2012604）486.50万元，比上年执行数增加74.50万元，主要原因是档案数字化加工数量增加。",
        unit="某省档案馆",
        year="2025",
    )
    assert [k for k in _kept(result) if k[1] == "2012604"] == [
        ("expenditure_function", "2012604", "4865000.00"),
        ("expenditure_function_change_vs_prior_year", "2012604", "745000.00"),
    ]
