"""Kinds of wording left over after the unseen-disclosure passes, each pinned by constructed
sentences of several wordings (never a passage's text):

* kind "bare year": a budget line whose year is printed without 年 ('2026预算安排9万元',
  '2026预算数为…') is still that year's: the document's year is read, another year's is not;
* kind "count in a reason clause": a vehicle count inside a reason (主要原因是…) is read only by a
  rule that says what the count is (this year's purchase, named with this year), never another
  year's or a change; a clause of a reason run-on opening with this year and naming each count
  in full as the vehicles held or (决算) bought in the year is a statement and is read;
* kind "performance amounts": '涉及预算金额' / '项目预算金额' after the projects under performance
  targets is performance_target_amount; after one project named in a sentence of its targets it is
  that project's key_project_budget; a tracking evaluation's (绩效跟踪) money is neither;
* kind "item name edges": a 决算 item path printed after a list number or an opening quote
  ('2. “一般公共服务支出（类）…') resolves and is labelled by its names alone; an item named by
  its 类 alone gives its role-word figures to that 类 (expenditure_category), never to a total;
* kind "title line run on": an unnumbered title line ending in 说明 ('某局2016年“三公经费”预算对比
  增减说明') is a heading of its own, never the start of the first sentence's label;
* kind "bare reception counts": '共352批次、3087人次' named by nothing, in a paragraph about the
  公务接待费 alone, are the reception's batches and people; after any other money they stay unread;
* kind "plain 公务用车 as a part": 公务用车 listed after 其中 beside parts of named kinds, the parts
  adding up to the vehicles just counted, is the general-purpose kind; otherwise unread.
"""

from __future__ import annotations

from extract.narrative import parse_narrative

_ITEM_NAMES = {"201": "一般公共服务支出", "20134": "统战事务", "2013402": "一般行政管理事务"}


def _read(
    paragraphs: list[str], year: str = "2026", final_accounts: bool = False, heading: str = ""
) -> tuple[list, list]:
    """(metric, function code, value role, value) of every figure read, and the problems."""
    kind = "部门决算" if final_accounts else "部门预算"
    heading = heading or ("二、财政拨款支出决算情况说明" if final_accounts else "二、财政拨款支出预算情况说明")
    result = parse_narrative(
        ["某区某街道办事处", f"{year}年{kind}", heading, *paragraphs],
        None,
        fiscal_year=year,
        final_accounts=final_accounts,
        function_names=_ITEM_NAMES,
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["metric"], r["function_code"], r.get("value_role", ""), r["value"]) for r in rows], result.problems


def _unparsed(problems: list) -> list[str]:
    return [p.message for p in problems if p.code == "narrative_unparsed_figure"]


# --- kind "bare year": 年 left out after the year


_PATH = "“一般公共服务支出(类）-统战事务（款）-一般行政管理事务（项）”"


def test_bare_year_item_budget_of_the_documents_year_is_read():
    for wording in ("2026预算9万元", "2026预算安排9万元", "2026预算数为9万元", "2026年预算安排9万元"):
        got, _ = _read([_PATH + wording + "。"])
        assert got == [("expenditure_function", "2013402", "", "90000.00")], wording


def test_bare_year_item_budget_and_the_prior_years_after_it():
    got, problems = _read([_PATH + "2026预算9万元，2025预算10万元。"])
    assert got == [("expenditure_function", "2013402", "", "90000.00")]
    assert any("10万元" in message for message in _unparsed(problems))


def test_bare_year_of_another_year_stays_unread():
    for line in (
        _PATH + "2025预算安排9万元。",
        "2025预算安排“三公”经费9万元。",
        "“三公”经费2025预算数为9万元。",
        "本部门2025预算收入9万元。",
    ):
        got, problems = _read([line])
        assert got == [], line
        assert any("2025年" in message for message in _unparsed(problems)), line


def test_bare_year_whole_figures_of_the_documents_year():
    got, problems = _read(["“三公”经费2026预算数为9万元，2025预算数为8万元。"])
    assert got == [("three_public_total", "", "", "90000.00")]
    assert any("8万元" in message for message in _unparsed(problems))
    got, _ = _read(["本部门2026预算收入120万元。"])
    assert got == [("income_total", "", "", "1200000.00")]


def test_a_year_like_number_that_is_an_amount_is_no_year():
    got, _ = _read(["本部门2026年收入预算2025万元。"])
    assert got == [("income_total", "", "", "20250000.00")]


# --- kind "count in a reason clause": read only by the rule that says what the count is


def _vehicle_counts(line: str, year: str, final_accounts: bool) -> list[tuple[str, str]]:
    heading = "三、“三公”经费支出决算情况说明" if final_accounts else "三、“三公”经费预算情况说明"
    got, _ = _read([line], year=year, final_accounts=final_accounts, heading=heading)
    return [(metric, value) for metric, _code, _role, value in got if metric.startswith("vehicles")]


def test_reason_count_of_this_years_purchase_after_the_vehicle_money_is_read():
    for line, year, final_accounts, want in (
        # the purchase-and-running money's reason: this year's purchase, the vehicles after the count
        (
            "公务用车购置及运行费31.84万元，比2024年预算减少12万元，主要原因是2025年新增1辆公务用车购置，"
            "但与2024年购置的车辆类型不同。",
            "2025",
            False,
            [("vehicles_to_purchase", "1")],
        ),
        (
            "公务用车购置费16万元，比2024年预算增加11万元，主要原因是2025年计划购置1辆公务用车。",
            "2025",
            False,
            [("vehicles_to_purchase", "1")],
        ),
        (
            "公务用车购置费16万元，比上年增加11万元，主要原因是本年度购置公务用车1辆。",
            "2024",
            True,
            [("vehicles_to_purchase", "1")],
        ),
        (
            "公务用车购置及运行费25万元，比上年增加10万元，主要原因是当年购置执法执勤用车1辆。",
            "2024",
            True,
            [("vehicles_to_purchase_law_enforcement", "1")],
        ),
    ):
        assert _vehicle_counts(line, year, final_accounts) == want, line


def test_reason_count_of_another_year_or_a_change_stays_unread():
    for line, year, final_accounts in (
        # the prior year's purchase explains the change: never this year's count
        ("公务用车购置及运行费31.84万元，比2024年预算减少12万元，主要原因是2024年新增1辆公务用车购置。", "2025", False),
        ("公务用车购置费16万元，比2025年预算减少12万元，主要原因是2025年新增1辆公务用车购置。", "2026", False),
        ("公务用车购置费20万元，比上年增加5万元，主要原因是上年购置公务用车1辆。", "2024", True),
        ("公务用车购置费16万元，比2024年预算增加11万元，主要原因是2025年比上年多购置1辆公务用车。", "2025", False),
        ("公务用车购置费20万元，比上年减少5万元，主要原因是购置车辆数减少1辆。", "2024", True),
        ("公务用车购置费20万元，比上年减少5万元，主要原因是公务用车购置数量由3辆减少为2辆。", "2024", True),
    ):
        assert _vehicle_counts(line, year, final_accounts) == [], line


def test_reason_count_after_other_money_or_beside_another_purchase_count_stays_unread():
    for line in (
        # the running money's or the 三公 total's reason: no rule says the count is the purchase
        "公务用车运行维护费27万元，比上年增加10万元，主要原因是本年购置公务用车2辆，车辆运行费用增加。",
        "“三公”经费支出20万元，比上年增加5万元，主要原因是购置公务用车1辆。",
        "公务用车运行维护费27万元，比上年增加10万元，主要原因是新增公务用车2辆。",
        # two purchase counts: which of them (or their sum) is the purchase is not said
        "公务用车购置费20万元，比上年增加5万元，主要原因是按计划更新公务用车1辆，购置车辆2辆。",
    ):
        assert _vehicle_counts(line, "2024", True) == [], line


# --- kind "performance amounts": 涉及预算金额 / 项目预算金额


def _performance(line: str, year: str = "2026", final_accounts: bool = False) -> tuple[list, list]:
    got, problems = _read([line], year=year, final_accounts=final_accounts, heading="五、预算绩效管理情况")
    return [(metric, value) for metric, _code, _role, value in got], problems


def test_performance_target_money_worded_as_a_budget_amount():
    for line in (
        "2026年度，本单位编报绩效目标的项目共38个，涉及预算金额4517.26万元。",
        "2026年度，本单位编报绩效目标的项目共38个，涉及项目预算金额4517.26万元。",
        "本部门共有38个项目开展绩效目标管理，项目预算金额4517.26万元。",
    ):
        assert _performance(line)[0] == [("performance_target_amount", "45172600.00")], line


def test_one_named_projects_budget_amount_is_that_projects():
    for line in (
        "（一）社区治理经费，涉及预算金额120万元，绩效目标：提升社区治理水平。",
        "（一）社区治理经费，涉及项目预算资金120万元，绩效目标：提升社区治理水平。",
        "2.社区治理项目，项目预算金额120万元，绩效目标：提升社区治理水平。",
    ):
        assert _performance(line)[0] == [("key_project_budget", "1200000.00")], line


def test_a_projects_budget_amount_outside_a_performance_sentence_stays_unread():
    got, problems = _performance("1.社区治理项目，涉及预算金额120万元。绩效目标：提升社区治理水平。")
    assert got == []
    assert any("120万元" in message for message in _unparsed(problems))


def test_tracking_evaluation_money_is_no_performance_target_money():
    got, problems = _performance(
        "本部门2025年度全过程绩效管理实施情况：编报绩效目标的2025年度项目12个，涉及预算金额300万元；"
        "绩效跟踪评价的2025年度项目3个，涉及预算金额100万元。",
        year="2025",
        final_accounts=True,
    )
    assert got == [("performance_target_amount", "3000000.00")]
    assert any("100万元" in message for message in _unparsed(problems))


# --- kind "item name edges": quotes and list numbers are no part of an item's name

_FINAL_NAMES = {
    "201": "一般公共服务支出",
    "20101": "人大事务",
    "2010101": "行政运行",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
}


def _final_items(line: str) -> tuple[list, list]:
    result = parse_narrative(
        ["某区某街道办事处", "2024年度部门决算", "二、一般公共预算财政拨款支出决算情况说明", line],
        None,
        fiscal_year="2024",
        final_accounts=True,
        function_names=_FINAL_NAMES,
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [
        (r["metric"], r["function_code"], r["value_role"], r["value"], r["name_text"]) for r in rows
    ], result.problems


def test_item_path_after_a_list_number_or_quote_is_named_by_its_names():
    want = [
        ("expenditure_function", "2010101", "budget", "100000.00", "一般公共服务支出/人大事务/行政运行"),
        ("expenditure_function", "2010101", "actual", "90000.00", "一般公共服务支出/人大事务/行政运行"),
    ]
    for opening in ("2. “", "2.“", "（2）“", "“", "2、“", "（二）“"):
        for path in (
            "一般公共服务支出（类）人大事务（款）行政运行（项）",
            "一般公共服务支出（类）-人大事务（款）-行政运行（项）",
        ):
            line = opening + path + "”，年初预算为10万元，支出决算为9万元。"
            assert _final_items(line)[0] == want, line


def test_item_named_by_its_category_alone_gives_the_category_never_a_total():
    # its role-word figures are the 类's (expenditure_category, each with its role); a 类 name of no
    # code keeps no figure
    for line in (
        "2. “一般公共服务支出（类）。年初预算为10万元，支出决算为9万元。",
        "一般公共服务支出（类）：年初预算为10万元，支出决算为9万元。",
    ):
        got, problems = _final_items(line)
        assert [row[:4] for row in got] == [
            ("expenditure_category", "201", "budget", "100000.00"),
            ("expenditure_category", "201", "actual", "90000.00"),
        ], line
        assert problems == [], line
    got, problems = _final_items("某某杂项支出（类）：年初预算为10万元，支出决算为9万元。")
    assert got == []
    assert any(p.code == "narrative_item_unresolved" for p in problems)


# --- kind "title line run on": a title ending in 说明 is no part of the next line's label


def test_unnumbered_title_ending_in_shuoming_is_not_run_into_the_first_sentence():
    for title in (
        "某局2016年“三公经费”预算对比增减说明",
        "某局2016年部门预算编制说明",
        "2016年三公经费增减变化情况说明",
    ):
        result = parse_narrative(
            [
                "某局",
                "2016年部门预算",
                "一、部门预算情况说明",
                title,
                "2016年三公经费预算拨入36万元,2015年三公经费预算拨入58.45万元,与上年对比减少22.45万元。",
            ],
            None,
            fiscal_year="2016",
        )
        rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
        got = [(r["metric"], r["value"]) for r in rows]
        assert got == [("three_public_total", "360000.00"), ("three_public_change_vs_prior_year", "-224500.00")], title


# --- kind "bare reception counts"


def _final_three_public(paragraph: str) -> dict[str, str]:
    result = parse_narrative(
        ["某局", "2015年度部门决算", "三、“三公”经费支出决算情况说明", paragraph],
        None,
        fiscal_year="2015",
        final_accounts=True,
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return {r["metric"]: r["value"] for r in rows if not r["metric"].endswith("change_vs_prior_year")}


def test_bare_batches_after_the_reception_money_are_its_counts():
    for paragraph in (
        "2015年公务接待费318640元,较2014年决算数增加251270元。2015年公务接待费主要用于工作指导和检查。共352批次、3087人次。",
        "公务接待费34.6万元。主要用于上级部门检查指导。合计352批次,3087人次。",
        "2015年公务接待费支出318640元。累计352批次、3087人次。",
    ):
        got = _final_three_public(paragraph)
        assert got.get("three_public_reception_batches") == "352", paragraph
        assert got.get("three_public_reception_people") == "3087", paragraph


def test_bare_batches_after_other_money_stay_unread():
    for paragraph in (
        "2015年“三公”经费支出50万元，其中公务接待费34.6万元，因公出国（境）费15.4万元。共352批次、3087人次。",
        "2015年因公出国（境）费15.4万元。共3批次、12人次。",
    ):
        got = _final_three_public(paragraph)
        assert "three_public_reception_batches" not in got, paragraph
        assert "three_public_reception_people" not in got, paragraph


def test_reason_run_on_clause_stating_this_years_vehicle_counts_in_full_is_read():
    head = "公务用车运行费958万元，比上年决算数下降26.24%，主要是2016年公务用车改革完成，保留车辆数减少，"
    assert _vehicle_counts(head + "2016年公务用车购置数及保有量分别为1辆和130辆。", "2016", True) == [
        ("vehicles_to_purchase", "1"),
        ("vehicles_year_end", "130"),
    ]
    assert _vehicle_counts(head + "2016年末公务用车保有量为130辆。", "2016", True) == [("vehicles_year_end", "130")]
    for tail in (
        "2015年公务用车购置数及保有量分别为1辆和130辆。",  # another year's
        "2016年公务用车保有量减少20辆。",  # a change
        "2016年公务用车购置数及保有量分别为1辆。",  # names and counts do not pair
    ):
        assert _vehicle_counts(head + tail, "2016", True) == [], tail


# --- kind "plain 公务用车 as a part"


def test_plain_official_vehicles_beside_named_kinds_adding_up_are_general_purpose():
    for line, want in (
        (
            "年末公务用车保有量38辆，其中：公务用车4辆，执勤执法用车34辆。",
            [("vehicles_year_end", "38"), ("vehicles_general_purpose", "4"), ("vehicles_law_enforcement", "34")],
        ),
        (
            "本单位共有车辆38辆，其中：公务用车4辆、执法执勤用车30辆、特种专业技术用车4辆。",
            [
                ("vehicles_total", "38"),
                ("vehicles_general_purpose", "4"),
                ("vehicles_law_enforcement", "30"),
                ("vehicles_special", "4"),
            ],
        ),
    ):
        assert _vehicle_counts(line, "2021", True) == want, line


def test_plain_official_vehicles_not_adding_up_or_alone_stay_unread():
    for line in (
        "年末公务用车保有量38辆，其中：公务用车4辆，执勤执法用车30辆。",
        "年末公务用车保有量38辆，其中：公务用车4辆。",
    ):
        assert ("vehicles_general_purpose", "4") not in _vehicle_counts(line, "2021", True), line
