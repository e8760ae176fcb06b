"""Kinds of wording met first in third-party disclosures never seen while building the parser
(other provinces' 三公 statements, 决算 counts): constructed sentences of the same shape, each
with every figure it must yield (metric, role, value) and nothing more.
"""

from __future__ import annotations

from extract.narrative import parse_narrative


def _figures_and_problems(lines: list[str], final_accounts: bool, year: str) -> tuple[dict[tuple[str, str], str], list]:
    """(metric, role) -> value of every figure read from ``lines`` (no metric read twice), and the problems."""
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {(r["metric"], r.get("value_role", "")): r["value"] for r in rows}
    assert len(out) == len(rows), rows  # no metric read twice
    return out, result.problems


def _figures(lines: list[str], final_accounts: bool, year: str) -> dict[tuple[str, str], str]:
    return _figures_and_problems(lines, final_accounts, year)[0]


def _budget_read(lines: list[str], year: str, names: dict[str, str] | None = None) -> tuple[list, list]:
    """The (metric, function code, value) read from a budget's ``lines``, and its problems."""
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=False, function_names=names)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["metric"], r["function_code"], r["value"]) for r in rows], result.problems


def _final(*paragraphs: str) -> dict[tuple[str, str], str]:
    return _figures(["某镇人民政府", "2021年度部门决算", "一、“三公”经费决算情况说明", *paragraphs], True, "2021")


def _budget(*paragraphs: str) -> dict[tuple[str, str], str]:
    return _figures(["某县某局", "2025年部门预算", "一、“三公”经费预算情况说明", *paragraphs], False, "2025")


# --- final accounts: the parts of a budget whole are budgets


def test_final_accounts_parts_after_a_budget_whole_are_budgets():
    got = _final(
        "2021年我镇“三公”经费预算为22万元，其中：因公出国（境）费0万元，公务接待费9万元，公务用车运行维护费13万元。"
        "2021年“三公”经费支出共计8.64万元，较上年支出数减少0.58万元。"
    )
    assert got == {
        ("three_public_total", "budget"): "220000.00",
        ("three_public_overseas", "budget"): "0.00",
        ("three_public_reception", "budget"): "90000.00",
        ("three_public_vehicle_operation", "budget"): "130000.00",
        ("three_public_total", "actual"): "86400.00",
        ("three_public_change_vs_prior_year", ""): "-5800.00",
    }


def test_final_accounts_parts_after_an_actual_whole_stay_actual():
    got = _final("2021年“三公”经费支出预算为20万元，支出决算为9万元，其中：公务接待费4万元，公务用车运行维护费5万元。")
    assert got == {
        ("three_public_total", "budget"): "200000.00",
        ("three_public_total", "actual"): "90000.00",
        ("three_public_reception", "actual"): "40000.00",
        ("three_public_vehicle_operation", "actual"): "50000.00",
    }


def test_final_accounts_a_part_naming_its_own_role_keeps_it():
    got = _final("2021年“三公”经费预算为22万元，其中：公务接待费决算数9万元。")
    assert got == {
        ("three_public_total", "budget"): "220000.00",
        ("three_public_reception", "actual"): "90000.00",
    }


# --- counts of the 三公 statements: batches (批次), person-visits (人次), groups sent abroad


def test_reception_batches_and_the_person_visits_after_them():
    got = _final("2021年某镇国内公务接待共9批次,145人次。")  # (an ASCII comma after a unit ends a clause)
    assert got == {("three_public_reception_batches", ""): "9", ("three_public_reception_people", ""): "145"}


def test_reception_person_visits_named_by_their_words():
    got = _final("2021年度国内公务接待262批次，国内公务接待2850人次，无国（境）外公务接待情况。")
    assert got == {("three_public_reception_batches", ""): "262", ("three_public_reception_people", ""): "2850"}


def test_reception_batches_counted_in_ge_after_their_word():
    got = _final("国内公务接待批次为486个，接待人次为3950人。")
    assert got == {("three_public_reception_batches", ""): "486", ("three_public_reception_people", ""): "3950"}


def test_a_foreign_part_in_parentheses_is_not_read_and_does_not_change_the_count_after_it():
    got = _final("2021年某局国内公务接待共30批次（其中外事接待26批次），579人次（其中外事接待500人次）。")
    assert got == {("three_public_reception_batches", ""): "30", ("three_public_reception_people", ""): "579"}


def test_a_foreign_reception_count_is_never_the_reception_people():
    # '国(境)外公务接待批次23个，接待人次142人': the 142 people are the foreign reception's
    got = _final("国（境）外公务接待批次23个，接待人次142人。")
    assert got == {}
    got = _final("国内公务接待批次3978个，接待人次28598人；国（境）外公务接待批次23个，接待人次142人。")
    assert got == {("three_public_reception_batches", ""): "3978", ("three_public_reception_people", ""): "28598"}


def test_what_the_counts_count_ends_with_the_semicolon_part():
    got = _final("共接待国外来访团组0个，来访外宾0人次；发生国内接待1次，接待人数共13人。")
    assert got == {("three_public_reception_people", ""): "13"}


def test_overseas_groups_and_people():
    assert _final("2021年某局因公出国（境）团组0次，累计出国（境）0人次。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
    }
    assert _final("参加（组织）因公出国（境）团组2个，9人次。") == {
        ("three_public_overseas_groups", ""): "2",
        ("three_public_overseas_people", ""): "9",
    }
    assert _final("因公出国（境）团组0个，人数0人；公务用车保有量345辆。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
        ("vehicles_year_end", ""): "345",
    }


def test_person_visits_named_by_nothing_after_nothing_counted_are_not_read():
    assert _final("2021年某局共计50人次。") == {}


def test_the_money_after_counts_is_no_total():
    # '公务接待19批次，187人次，支出1.85万元': the counts before it do not make '支出' the expenditure
    # total; after the reception's name and its counts alone it is the reception's money
    got = _final("（3）公务接待费支出情况。", "2021年公务接待19批次，187人次，支出1.85万元。")
    assert got == {
        ("three_public_reception_batches", ""): "19",
        ("three_public_reception_people", ""): "187",
        ("three_public_reception", "actual"): "18500.00",
    }


# --- vehicles counted in 台; staff counted as 实际


def test_vehicles_authorised_in_tai():
    got = _budget("2025年某中心一般公务用车编制3台。安排公车购置及运行维护费36万。")
    assert got == {("vehicles_authorized", ""): "3", ("three_public_vehicle_total", ""): "360000.00"}


def test_tai_counts_no_equipment():
    assert _budget("2025年某中心拟购置单价50万元以上设备3台。") == {}


def test_staff_actual_worded_as_shiji():
    got = _figures(
        ["某幼儿园", "2024年度部门决算", "一、单位概况", "核定人员编制71人，实际正式教职工62人，退休职工28人。"],
        True,
        "2024",
    )
    assert got == {("staff_authorized", ""): "71", ("staff_actual", ""): "62", ("staff_retired_regular", ""): "28"}


# --- 经比较 (upon comparison) is no comparison with a year


def test_jing_bijiao_is_no_prior_year_amount():
    got = _final("经比较2021年度镇本级“三公”经费38万元，较上年减少15万元，下降28.30%，较年初预算数减少4万元。")
    assert got == {
        ("three_public_total", "actual"): "380000.00",
        ("three_public_change_vs_prior_year", ""): "-150000.00",
    }


def test_a_prior_years_amount_before_the_change_stays_unread():
    got = _budget("2025年“三公”经费预算总额为1238万元，较2024年年初预算的1278万元减少40万元。")
    assert got == {("three_public_total", ""): "12380000.00", ("three_public_change_vs_prior_year", ""): "-400000.00"}


# --- '分别为': the names before it, the amounts after it in turn


def test_respectively_pairs_names_and_amounts():
    got = _final("2021年公务用车购置数及保有量分别为1辆和130辆。")
    assert got == {("vehicles_to_purchase", ""): "1", ("vehicles_year_end", ""): "130"}
    got = _budget("2025年因公出国（境）费、公务接待费分别为0万元、5万元。")
    assert got == {("three_public_overseas", ""): "0.00", ("three_public_reception", ""): "50000.00"}


def test_respectively_with_names_and_amounts_unpaired_reads_nothing_new():
    # three names, two amounts: no pairing is certain
    got = _budget("2025年因公出国（境）费、公务接待费及公务用车运行维护费分别为0万元、5万元。")
    assert ("three_public_reception", "") not in got


# --- the parts after 其中 share the whole's comparison (a clause of its own, or the next sentence)


def test_part_changes_after_a_qizhong_clause_share_the_wholes_base():
    got = _final(
        "2021年度“三公”经费财政拨款支出决算数比2020年度减少0.37万元，降低4.12%，其中：因公出国（境）费支出决算"
        "减少0万元，降低0%；公务用车购置及运行维护费支出决算减少0.39万元，降低4.46%；公务接待费支出决算增加0.02万元，"
        "增长5.26%。"
    )
    assert got == {
        ("three_public_change_vs_prior_year", ""): "-3700.00",
        ("three_public_overseas_change_vs_prior_year", ""): "0.00",
        ("three_public_vehicle_total_change_vs_prior_year", ""): "-3900.00",
        ("three_public_reception_change_vs_prior_year", ""): "200.00",
    }


def test_part_changes_in_a_sentence_opening_with_qizhong_after_the_wholes_change():
    got = _final(
        "2021年“三公”经费合计27.45万元。较2020年度“三公”经费合计15.05万元增加12.40万元。"
        "其中：公务接待费减少0.34万元，公务用车运行维护费增加12.74万元。"
    )
    assert got == {
        ("three_public_total", "actual"): "274500.00",
        ("three_public_change_vs_prior_year", ""): "124000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-3400.00",
        ("three_public_vehicle_operation_change_vs_prior_year", ""): "127400.00",
    }


def test_part_changes_after_a_sentence_with_no_change_have_no_base():
    got = _final("2021年“三公”经费合计27.45万元。其中：公务接待费减少0.34万元。")
    assert got == {("three_public_total", "actual"): "274500.00"}


# --- a prior year's amount names what the change after it is of


def test_prior_year_amount_names_the_subject_of_the_change():
    got = _final("较2020年度部门决算公开“三公”经费合计15.05万元增加12.40万元。")
    assert got == {("three_public_change_vs_prior_year", ""): "124000.00"}


def test_an_older_years_amount_names_no_subject():
    # 2019 is not the year before the document's 2021: the change's base is not the prior year
    got = _final("较2019年度“三公”经费合计15.05万元增加12.40万元。")
    assert got == {}


def test_prior_years_amount_after_the_figure_then_duibi_change():
    got = _budget(
        "2025年三公经费预算拨入36万元，2024年三公经费预算拨入58.45万元，与上年对比减少22.45万元。"
        "其中：1、公务接待费2025年预算8万元，2024年预算11.5万元；对比减少3.5万元；减少率30%。"
    )
    assert got == {
        ("three_public_total", ""): "360000.00",
        ("three_public_change_vs_prior_year", ""): "-224500.00",
        ("three_public_reception", ""): "80000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-35000.00",
    }


def test_duibi_change_with_no_prior_year_is_not_read():
    got = _budget("2025年公务接待费预算8万元，对比减少4.5万元。")
    assert got == {("three_public_reception", ""): "80000.00"}


# --- counts: 实有离休 / 实有退休 are the retired, 人 after a reception's batches


def test_shiyou_retired_counts_are_the_retired_not_the_staff():
    got = _figures(
        [
            "某中心",
            "2025年部门预算",
            "一、单位概况",
            "2025年我单位人员编制总数为16人，实有在职人员总数13人，实有离休人员0人，实有退休人员2人。",
        ],
        False,
        "2025",
    )
    assert got == {
        ("staff_authorized", ""): "16",
        ("staff_actual", ""): "13",
        ("staff_retired_veteran", ""): "0",
        ("staff_retired_regular", ""): "2",
    }


def test_people_after_reception_batches_are_the_reception_people():
    got = _final("2021年度支出公务接待费为1.47万元，较2020年公务接待费减少0.34万元（本单位接待14批次、117人）。")
    assert got == {
        ("three_public_reception", "actual"): "14700.00",
        ("three_public_reception_change_vs_prior_year", ""): "-3400.00",
        ("three_public_reception_batches", ""): "14",
        ("three_public_reception_people", ""): "117",
    }
    # a foreign reception's people stay out
    got = _final("全年接待外宾3批次、20人，国内公务接待5批次、40人。")
    assert got == {("three_public_reception_batches", ""): "5", ("three_public_reception_people", ""): "40"}


# --- a change in per cent names the comparison of the money change after it (增支 / 减支 are change words)


def test_zengzhi_after_a_percent_change_is_the_change():
    got = _budget("2025年度“三公”经费支出预算为962万元，较2024年预算增长14.5%，增支119万元。")
    assert got == {("three_public_total", ""): "9620000.00", ("three_public_change_vs_prior_year", ""): "1190000.00"}
    got = _budget("2025年度“三公”经费支出预算为962万元，较上年下降2%，减支19万元。")
    assert got == {("three_public_total", ""): "9620000.00", ("three_public_change_vs_prior_year", ""): "-190000.00"}


def test_a_percent_change_against_the_own_years_budget_is_no_prior_year_change():
    got = _final("2021年度“三公”经费支出决算为962万元，较2021年预算增长14.5%，增支119万元。")
    assert got == {("three_public_total", "actual"): "9620000.00"}


# --- a change against an older year is no change against the prior year


def test_a_change_against_an_older_year_is_not_read():
    got = _final(
        "2021年度“三公”经费财政拨款支出决算为51.30万元，完成全年预算70.20万元的73.1%，比上年决算数增加30.10万元，"
        "增长142.0%；比2019年（疫情前）决算数减少20.40万元，降低28.5%。"
    )
    assert got == {
        ("three_public_total", "actual"): "513000.00",
        # 完成全年预算X的Y%: the budget of the whole year, adjustments included
        ("three_public_total", "adjusted_budget"): "702000.00",
        ("three_public_change_vs_prior_year", ""): "301000.00",
    }


# --- 三公 items named without 三公, and their short names


def test_vehicle_costs_named_alone_make_a_three_public_sentence():
    got = _budget("（三）公务用车购置及运行费支出预算505万元，其中购置经费199万元。")
    assert got == {
        ("three_public_vehicle_total", ""): "5050000.00",
        ("three_public_vehicle_purchase", ""): "1990000.00",
    }


def test_short_name_of_the_vehicle_costs_after_the_vehicle_count():
    got = _budget(
        "2025年“三公”经费支出合计36万元，比上年减少2.45万元。其中：公务用车保有量2辆，购置及运行维护费5万元，"
        "比上年减少0.45万元，公务接待费31万元，比上年减少2万元。"
    )
    assert got == {
        ("three_public_total", ""): "360000.00",
        ("three_public_change_vs_prior_year", ""): "-24500.00",
        ("vehicles_year_end", ""): "2",
        ("three_public_vehicle_total", ""): "50000.00",
        ("three_public_vehicle_total_change_vs_prior_year", ""): "-4500.00",
        ("three_public_reception", ""): "310000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-20000.00",
    }


# --- 政府采购资金共计: 资金 names nothing more than the procurement


def test_procurement_money_total():
    got = _figures(
        ["某局", "2025年部门预算", "一、政府采购情况说明", "2025年年初预算安排政府采购资金共计758.8万元。"],
        False,
        "2025",
    )
    assert got == {("procurement_total", ""): "7588000.00"}


# --- money after a 三公 part's counts is that part's; after counts of something else, nobody's


def test_money_after_a_reception_count_is_the_reception():
    got = _final("2021年公务接待19批次，187人次，支出1.85万元，较上年减少0.04万元，减少了2.12%，原因为厉行节约。")
    assert got == {
        ("three_public_reception_batches", ""): "19",
        ("three_public_reception_people", ""): "187",
        ("three_public_reception", "actual"): "18500.00",
        ("three_public_reception_change_vs_prior_year", ""): "-400.00",
    }


def test_money_after_counts_of_something_not_understood_is_no_total():
    # (read as the document's expenditure total before)
    got = _final("2021年外宾接待24批次，210人次，支出2.05万元。")
    assert got == {}


# --- a 三公 part named in full with its own reason after it ends the reason before it


def test_a_part_with_its_own_reason_inside_a_reason_run_is_read():
    got = _budget(
        "二、2025年公务用车购置及运行费预算150万元，其中公务用车运行费150万元，与2024年预算相比减少170万元，"
        "主要原因是相应核减公务用车运行费预算，公务用车购置费0万元，主要原因是严控“三公”经费。"
    )
    assert got == {
        ("three_public_vehicle_total", ""): "1500000.00",
        ("three_public_vehicle_operation", ""): "1500000.00",
        ("three_public_vehicle_operation_change_vs_prior_year", ""): "-1700000.00",
        ("three_public_vehicle_purchase", ""): "0.00",
    }


def test_an_action_on_a_part_inside_a_reason_stays_a_reason():
    got = _budget(
        "2025年公务接待费预算20万元，比上年减少5万元，主要原因：一是调整，压减公务用车运行费2万元，主要用于保障。"
    )
    assert got == {
        ("three_public_reception", ""): "200000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-50000.00",
    }


# --- wrong before: the vehicles held after a purchase count are not to be purchased


def test_vehicles_held_after_a_purchase_count_are_held():
    got = _final(
        "公务用车购置支出0万元，全年购置公务用车0辆，年末公务用车保有量38辆，其中：公务用车4辆，执勤执法用车34辆。"
    )
    assert got == {
        ("three_public_vehicle_purchase", "actual"): "0.00",
        ("vehicles_to_purchase", ""): "0",
        ("vehicles_year_end", ""): "38",
        # 公务用车 beside a named kind, the parts adding up to the 38: the general-purpose ones
        ("vehicles_general_purpose", ""): "4",
        ("vehicles_law_enforcement", ""): "34",  # (read as to be purchased before)
    }
    got = _budget("2025年拟购置公务用车3辆，其中：执勤执法用车2辆，一般公务用车1辆。")
    assert got == {
        ("vehicles_to_purchase", ""): "3",
        ("vehicles_to_purchase_law_enforcement", ""): "2",
        ("vehicles_to_purchase_general_purpose", ""): "1",
    }


# --- wrong before: a part that is all of the whole restates it; the change after it is the whole's


def test_a_change_after_a_part_that_is_all_of_the_whole_is_the_wholes():
    got = _final("二、2021年公务用车购置及运行维护费决算15.3万元，全部为公务用车运行维护费15.3万元，与2020年持平。")
    assert got == {
        ("three_public_vehicle_total", "actual"): "153000.00",
        ("three_public_vehicle_operation", "actual"): "153000.00",
        ("three_public_vehicle_total_change_vs_prior_year", ""): "0.00",  # (the operation's before)
    }


# --- silent before: a 三公 part whose label the text lost, stated with its change inside a reason


def test_a_figure_with_its_own_change_inside_a_reason_is_a_problem_not_silence():
    lines = [
        "某市某委员会",
        "2025年部门预算",
        "三、“三公”经费情况说明",
        "2025年“三公”经费预算120万元,比2024年减少10万元。其中:因公出国(境)费用20万元,比2024年减少5万元,"
        "主要是因为严格执行规定,压减80万元，比2024年减少3万元,主要是压缩开支,严格车运行维护费20万元,"
        "比2024年减少2万元,主要是减少用车;公务用车购置费0万元,与2024年一致。",
    ]
    read, problems = _budget_read(lines, "2025")
    assert {(metric, value) for metric, _, value in read} == {
        ("three_public_total", "1200000.00"),
        ("three_public_change_vs_prior_year", "-100000.00"),
        ("three_public_overseas", "200000.00"),
        ("three_public_overseas_change_vs_prior_year", "-50000.00"),
        ("three_public_vehicle_purchase", "0.00"),
        ("three_public_vehicle_purchase_change_vs_prior_year", "0.00"),
    }
    unparsed = [p.message for p in problems if p.code == "narrative_unparsed_figure"]
    assert len(unparsed) == 2, unparsed
    assert "80万元" in unparsed[0] and "its own change inside a reason clause" in unparsed[0]
    assert "车运行维护费20万元" in unparsed[1]


# --- missed before: a quoted 类/款/项 path printed with 科目 after it, a full-width straight quote, or a
# list number without its mark


def test_item_paths_with_subject_word_odd_quotes_and_bare_list_numbers_are_read():
    names = {
        "201": "一般公共服务支出",
        "20105": "统计信息事务",
        "2010507": "专项普查活动",
        "208": "社会保障和就业支出",
        "20805": "行政事业单位养老支出",
        "2080502": "事业单位离退休",
        "2080599": "其他行政事业单位养老支出",
    }
    lines = [
        "某区某局",
        "2025年部门预算",
        "一、部门预算编制说明",
        "财政拨款支出主要内容如下：",
        '1. "一般公共服务支出（类）统计信息事务（款）专项普查活动（项）"科目12.34万元，主要用于统计调查。',
        "2.“社会保障和就业支出(类)行政事业单位养老支出(款)事业单位离退休(项)＂56.78万元，主要用于退休人员。",
        "3“社会保障和就业支出(类)行政事业单位养老支出(款)其他行政事业单位养老支出(项)”9.01万元，主要用于活动费。",
    ]
    read, problems = _budget_read(lines, "2025", names)
    assert set(read) == {
        ("expenditure_function", "2010507", "123400.00"),
        ("expenditure_function", "2080502", "567800.00"),
        ("expenditure_function", "2080599", "90100.00"),
    }
    assert [p.code for p in problems] == []


# --- missed before (fresh15e, a 街道's 单位预算): item paths whose levels are joined by dashes, the
# year's budget words between the path and its amount, the prior year's budget and execution after it


def test_dash_joined_item_paths_with_the_years_budget_words_are_read_once():
    names = {"201": "一般公共服务支出", "20105": "统计信息事务", "2010507": "专项普查活动", "20138": "市场监督管理事务"}
    names["2013802"] = "一般行政管理事务"
    lines = [
        "某区某街道办事处（本级）",
        "2026年单位预算",
        "一、单位预算编制说明",
        "财政拨款支出主要内容如下：",
        "1.“一般公共服务支出(类）-统计信息事务（款）-专项普查活动（项）”2026年度预算40万元，2025年度预算60.50万元，"
        "主要用于：人口调查。2025年当年预算执行数为35.20万元，2026年预算安排40万元，比2025年预算执行数增加13.64%。",
        "“一般公共服务支出(类）-市场监督管理事务（款）-一般行政管理事务（项）”2025年度预算12万元，主要用于：检查。",
    ]
    read, problems = _budget_read(lines, "2026", names)
    # the year's budget once; the prior year's budget and execution, and an item given only with the
    # prior year's budget, are never read
    assert read == [("expenditure_function", "2010507", "400000.00")]
    unparsed = [p.message for p in problems if p.code == "narrative_unparsed_figure"]
    assert any("60.50万元" in u for u in unparsed)
    assert any("35.20万元" in u for u in unparsed)
    assert any("12万元" in u and "2025年" in u for u in unparsed)
    # the document's year unknown: whose year 2026 is cannot be told, so nothing is read
    read, _ = _budget_read(lines, "", names)
    assert [row for row in read if row[0] == "expenditure_function"] == []


# --- missed before (fresh15e): an item path naming its 类 by a former name ('医疗卫生与计划生育支出' for
# 卫生健康支出, '文化体育与传媒支出' for 文化旅游体育与传媒支出) while the tables print the current one


def test_an_item_path_with_a_former_category_name_takes_the_one_code_of_its_kuan_and_xiang():
    names = {"210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗"}
    names |= {"201": "一般公共服务支出", "20103": "政府办公厅（室）及相关机构事务", "2010301": "行政运行"}
    names |= {"212": "城乡社区支出", "21201": "城乡社区管理事务", "2120101": "行政运行"}
    lines = [
        "某区某街道办事处",
        "2026年单位预算",
        "一、单位预算编制说明",
        "财政拨款支出主要内容如下：",
        "1.“医疗卫生与计划生育支出(类）-行政事业单位医疗（款）-行政单位医疗（项）”2026年度预算12.50万元。",
        # a 类 the tables name, whose 款/项 are not under it: no guess
        "2.“一般公共服务支出(类）-城乡社区管理事务（款）-行政运行（项）”2026年度预算30万元。",
    ]
    read, problems = _budget_read(lines, "2026", names)
    assert read == [("expenditure_function", "2101101", "125000.00")]
    assert [p.code for p in problems] == ["narrative_item_unresolved"]


# --- fund names in an income breakdown; a year pair after a reason (fresh17)


def _final_2019(*paragraphs: str) -> tuple[dict[tuple[str, str], str], list]:
    return _figures_and_problems(
        ["某区某局", "2019年度部门决算", "三、2019年度部门决算情况说明", *paragraphs], True, "2019"
    )


def test_the_bare_name_of_the_state_capital_fund_is_the_funds_money_not_the_category():
    """'国有资本经营预算' is the fund; the 类 国有资本经营预算支出 (223) is never read from it without 支出."""
    got, _ = _final_2019(
        "本年收入合计512.30万元；包括财政拨款收入500.00万元（其中，一般公共预算500.00万元，政府性基金预算0万元，"
        "国有资本经营预算0万元），占收入合计97.6%；其他收入12.30万元。",
        "本年财政拨款支出500.00万元（其中，一般公共预算480.00万元，政府性基金预算20.00万元，国有资本经营预算0万元）。",
    )
    assert got == {
        ("income_total", "actual"): "5123000.00",
        ("income_fiscal_appropriation", "actual"): "5000000.00",
        ("income_general_public_budget", "actual"): "5000000.00",
        ("income_government_fund", "actual"): "0.00",
        ("income_state_capital", "actual"): "0.00",
        ("income_other", "actual"): "123000.00",
        ("expenditure_fiscal_appropriation", "actual"): "5000000.00",
        ("expenditure_general_public_budget", "actual"): "4800000.00",
        ("expenditure_government_fund", "actual"): "200000.00",
        ("expenditure_state_capital", "actual"): "0.00",
    }


def test_this_years_and_the_prior_years_figure_of_one_metric_end_a_reason_run_on():
    """'…，增加原因是…，2019年项目支出X，2018年项目支出Y，与上年相比增了Z': the pair and its change
    are a statement; a figure of the year inside a reason without the prior year's stays unread."""
    got, problems = _final_2019(
        "2019年度基本支出150万元，2018年度基本支出140万元，2019年比上年基本支出增加10万元，增加原因是人员调资，"
        "2019年项目支出880万元，2018年项目支出650万元，与上年相比增了230万元，增加的原因是新增防汛项目。",
        "2019年度其他收入12万元，主要原因是2019年新增项目支出30万元由单位自筹。",
    )
    assert got == {
        ("basic_expenditure", "actual"): "1500000.00",
        ("basic_expenditure_change_vs_prior_year", ""): "100000.00",
        ("project_expenditure", "actual"): "8800000.00",
        ("project_expenditure_change_vs_prior_year", ""): "2300000.00",
        ("income_other", "actual"): "120000.00",
    }
    prior = [p for p in problems if "prior year's amount" in p.message]
    assert len(prior) == 2, problems


# --- missed before (fresh15b, with the document's own names): an item path naming its 款 by a former
# name ('其他文化体育与传媒支出' for 20799 其他文化旅游体育与传媒支出)


def test_an_item_path_with_a_former_kuan_name_takes_the_code_of_its_xiang_under_that_kuan():
    names = {"207": "文化旅游体育与传媒支出", "20701": "文化和旅游", "2070101": "行政运行"}
    names |= {"20799": "其他文化旅游体育与传媒支出", "2079903": "文化产业发展专项支出"}
    names |= {"2079999": "其他文化旅游体育与传媒支出"}
    lines = [
        "某区某局",
        "2026年部门预算",
        "一、部门预算编制说明",
        "财政拨款支出主要内容如下：",
        "1.“文化旅游体育与传媒支出(类)其他文化体育与传媒支出(款)文化产业发展专项支出(项)”1,200.00万元，主要用于产业扶持。",
        "2.“文化旅游体育与传媒支出(类)其他文化体育与传媒支出(款)其他文化旅游体育与传媒支出(项)”15.00万元，主要用于活动。",
    ]
    read, problems = _budget_read(lines, "2026", names)
    assert read == [
        ("expenditure_function", "2079903", "12000000.00"),
        ("expenditure_function", "2079999", "150000.00"),
    ]
    assert [p.code for p in problems if p.code == "narrative_item_unresolved"] == []


# --- missed before (fresh10): the staff in post counted as 现有教职工 / 现有在职人员


def test_the_staff_now_in_post_are_staff_actual_never_the_retired():
    got = _budget("学校现有编制35人，现有教职工33人，现有退休职工12人，在校学生410人。")
    assert got == {
        ("staff_authorized", ""): "35",
        ("staff_actual", ""): "33",
        ("staff_retired_regular", ""): "12",
    }
