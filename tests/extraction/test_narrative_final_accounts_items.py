"""Kinds of 决算 item prose met first in third-party 2025 final accounts (issue 20, helper fresh16):
'“类（类）款（款）项（项）”X万元 … 年初预算为Y万元，支出决算为X万元' paragraphs as a PDF prints
them (item headings wrapped over lines, older level names, quoted category lists). Constructed
sentences of the same shape, each with every figure it must yield and nothing more.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative

# code -> name as the document's function tables print them (current official names)
_NAMES = {
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080501": "行政单位离退休",
    "2080502": "事业单位离退休",
    "221": "住房保障支出",
    "22102": "住房改革支出",
    "2210201": "住房公积金",
    "204": "公共安全支出",
    "20406": "司法",
    "2040607": "公共法律服务",
    "20499": "其他公共安全支出",
    "2049999": "其他公共安全支出",
}


def _final(*lines: str) -> tuple[dict[tuple[str, str, str], str], list[str]]:
    result = parse_narrative(
        ["某街道办事处", "2025年度部门决算", *lines],
        None,
        fiscal_year="2025",
        final_accounts=True,
        function_names=_NAMES,
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {(r["metric"], r["function_code"], r["value_role"]): r["value"] for r in rows}
    assert len(out) == len(rows), rows  # no figure read twice
    return out, [p.code for p in result.problems]


_HEAD = "五、一般公共预算财政拨款支出决算情况说明"


def test_item_heading_wrapped_over_two_lines_is_one_item():
    # kind: a numbered item heading whose quote the line's end leaves open is no heading of its own
    got, _ = _final(
        _HEAD,
        "3.“住房保障支出（类）住房改革支出（款）住房公",
        "积金（项）”87.70 万元，主要用于：缴纳住房公积金。年初预算为 90.30 万元，支",
        "出决算为 87.70 万元，完成年初预算的 97.12%。",
    )
    assert got == {
        ("expenditure_function", "2210201", "actual"): "877000.00",
        ("expenditure_function", "2210201", "budget"): "903000.00",
    }


def test_item_path_printed_by_older_level_names():
    # kind: 款 20805 printed by its name before 2020, 项 2080501 by its older name
    got, _ = _final(
        _HEAD,
        "“社会保障和就业支出（类）行政事业单位离退休（款）",
        "归口管理的行政单位离退休（项）”12.70 万元，主要用于：离退休干部活动。年初预算为",
        "13.00 万元，支出决算为 12.70 万元，完成年初预算的 97.69%。",
        "“社会保障和就业支出（类）行政事业单位离退休（款）事业单位离退休（项）”8.90 万元，主要用于：",
        "退休人员补贴。年初预算为 7.60 万元，支出决算为 8.90 万元，完成年初预算的 117.11%。",
    )
    assert got == {
        ("expenditure_function", "2080501", "actual"): "127000.00",
        ("expenditure_function", "2080501", "budget"): "130000.00",
        ("expenditure_function", "2080502", "actual"): "89000.00",
        ("expenditure_function", "2080502", "budget"): "76000.00",
    }


def test_item_heading_with_spaced_numbering_and_amount_on_the_next_line():
    # kind: '2. “…（项）”' on a line of its own (the numbering's point and the quote before the 类
    # name), its amount on the next line
    got, _ = _final(
        _HEAD,
        "2. “公共安全支出（类）司法（款）公共法律服务（项）”",
        "15.70 万元，主要用于：法律援助。年初预算为 17 万元，支出决算为 15.70 万元，完成年初预算的 92.35%。",
    )
    assert got == {
        ("expenditure_function", "2040607", "actual"): "157000.00",
        ("expenditure_function", "2040607", "budget"): "170000.00",
    }


def test_item_whose_levels_name_no_code_keeps_no_figure():
    # kind: a 项 printed under a 款 it does not belong to (no code has both names): never guessed
    got, problems = _final(
        _HEAD,
        "“公共安全支出（类）司法（款）其他公共安全支出（项）”40.00 万元，主要用于：平安建设。"
        "年初预算为 41.00 万元，支出决算为 40.00 万元。",
    )
    assert got == {}
    assert "narrative_item_unresolved" in problems


def test_quoted_category_names_in_a_structure_list():
    # kind: '1.“一般公共服务”X万元' - each 类 quoted, printed without 支出, by its older name, or
    # with the opening quote before the numbering's point ('11“. 灾害防治…”')
    got, _ = _final(
        "（二）一般公共预算财政拨款支出决算结构情况",
        "一般公共预算财政拨款支出 100 万元，主要用于以下方面：",
        "1.“一般公共服务”10.50 万元，占 10.50%；",
        "2.“文化体育与传媒支出”20 万元，占 20%；",
        "3.“社会保障和就业支出”40.25 万元，占 40.25%；",
        "11“. 灾害防治及应急管理支出”29.25 万元，占 29.25%。",
    )
    assert got == {
        ("expenditure_general_public_budget", "", "actual"): "1000000.00",
        ("expenditure_category", "201", "actual"): "105000.00",
        ("expenditure_category", "207", "actual"): "200000.00",
        ("expenditure_category", "208", "actual"): "402500.00",
        ("expenditure_category", "224", "actual"): "292500.00",
    }


def _plain(*lines: str) -> tuple[dict[tuple[str, str], str], list[str]]:
    got, problems = _final(*lines)
    return {(metric, role): value for (metric, _, role), value in got.items()}, problems


def test_performance_pay_in_a_personnel_list_names_no_performance_topic():
    # kind: '绩效工资' (an item of the 人员经费 list) holds 绩效 but is no performance statement:
    # the 公用经费 after it is still read
    got, _ = _plain(
        "六、一般公共预算财政拨款基本支出决算情况说明",
        "一般公共预算财政拨款基本支出 500 万元。其中：人员经费 420 万元，主要包括：基本工资、绩效工资、",
        "退休费；公用经费 80 万元，主要包括：办公费、印刷费。",
    )
    assert got == {
        ("basic_expenditure", "actual"): "5000000.00",
        ("personnel_expenditure", "actual"): "4200000.00",
        ("public_use_expenditure", "actual"): "800000.00",
    }


def test_reception_counts_after_what_its_money_was_for():
    # kind: '…，主要用于公务接待伙食费支出，公务接待3批次、30人次': the counts are the reception's,
    # not a use of its money; the foreign part after 其中 names none
    got, _ = _plain(
        "七、财政拨款“三公”经费支出决算情况说明",
        "3、公务接待费支出 0.60 万元。主要用于公务接待伙食费支出，公务接待 3 批次、30 人次，其中：",
        "接待外宾 0 批次、0 人次。",
    )
    assert got == {
        ("three_public_reception", "actual"): "6000.00",
        ("three_public_reception_batches", ""): "3",
        ("three_public_reception_people", ""): "30",
    }


@pytest.mark.parametrize(
    "counts",
    ["共接待27批次、214人次。", "全年共接待国内来访27批次、214人次。", "累计接待27批次，214人次。"],
)
def test_reception_counts_opened_by_a_total_word_after_what_its_money_was_for(counts):
    # kind: '…，主要用于…督导检查，共接待N批次、M人次': 共 / 累计 / 全年 before 接待 open the reception's
    # own counts, which end the use as 公务接待 does
    got, _ = _plain(
        "七、财政拨款“三公”经费支出决算情况说明",
        "3、公务接待费支出 2.35 万元，主要用于上级部门业务指导及兄弟单位交流，" + counts,
    )
    assert got == {
        ("three_public_reception", "actual"): "23500.00",
        ("three_public_reception_batches", ""): "27",
        ("three_public_reception_people", ""): "214",
    }


def test_foreign_reception_money_in_a_parenthesis_is_not_the_reception():
    # kind: '国内公务接待支出0.50万（含外宾接待支出0.10万元）': 万 before a parenthesis is 万元, and
    # the foreign part is no three_public_reception (reading it would be WRONG)
    got, problems = _plain(
        "七、财政拨款“三公”经费支出决算情况说明",
        "3、公务接待费支出情况。国内公务接待支出 0.50 万（含外宾接待支出 0.10 万元）。",
    )
    assert got == {("three_public_reception", "actual"): "5000.00"}
    assert "narrative_unparsed_figure" in problems


def test_vehicles_of_the_unit_named_with_its_scope_word():
    # kind: '<unit>部门（单位）共有车辆8辆' - the scope word after the unit's name is no label
    got, _ = _plain(
        "十一、其他重要事项的情况说明",
        "截至 2025 年 12 月 31 日，某街道办事处部门（单位）共有车辆 6 辆，其中：应急保障用车 1 辆、其他用车 5 辆。",
    )
    assert got == {("vehicles_total", ""): "6", ("vehicles_emergency", ""): "1", ("vehicles_other", ""): "5"}


def test_parts_share_the_base_of_a_whole_whose_direction_is_garbled():
    # kind: '比2024年度减增加X' (a slip: no direction) is not read, but the base it states holds
    # for the parts after 其中
    got, problems = _plain(
        "七、财政拨款“三公”经费支出决算情况说明",
        "2025 年度“三公”经费财政拨款支出决算数比 2024 年度减增加 8.00 万元，其中：公务用车购置及运行维护费支出"
        "决算增加 8.00 万元；公务接待费支出决算 0 万元。",
    )
    assert got == {
        ("three_public_vehicle_total_change_vs_prior_year", ""): "80000.00",
        ("three_public_reception", "actual"): "0.00",
    }
    assert "narrative_unparsed_figure" in problems


def test_item_named_after_a_lead_in_with_amounts_owns_the_role_words_after_it():
    # kind (a WRONG at first contact): '政府性基金…收入X万元，支出具体情况如下：<类>（类）<款>（款）<项>
    # （项）Y万元，…。年初预算为0万元，支出决算为Y万元' - the item runs on in the paragraph of the
    # lead-in; its 支出决算 is the item's (kept only with its code), never expenditure_total
    lines = (
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "政府性基金预算财政拨款收入 60.00 万元，支出具体情况如下：",
        "住房保障支出（类）住房改革支出（款）住房公积金（项）60.00 万元，主要用于缴纳公积金。"
        "年初预算为 0.00 万元，支出决算为 60.00 万元。",
    )
    got, _ = _final(*lines)
    assert got == {
        ("income_government_fund", "", "actual"): "600000.00",
        ("expenditure_function", "2210201", "actual"): "600000.00",
        ("expenditure_function", "2210201", "budget"): "0.00",
    }
    # the same item under a 款 no code has: nothing kept for it, and no total either
    unknown, problems = _final(*(line.replace("住房改革支出（款）", "某特别国债安排的支出（款）") for line in lines))
    assert unknown == {("income_government_fund", "", "actual"): "600000.00"}
    assert "narrative_item_unresolved" in problems


def test_reception_counts_after_a_use_clause_and_qi_zhong():
    # kind: '主要用于接待某市代表团，其中：接待批次1次、接待13人次、陪同5人' - the reception's counts
    # (陪同 people name no metric)
    got, _ = _plain(
        "七、财政拨款“三公”经费支出决算情况说明",
        "3、公务接待费支出 0.2 万元。主要用于接待某县考察团，其中：接待批次 2 次、接待 12 人次、陪同 4 人。",
    )
    assert got == {
        ("three_public_reception", "actual"): "2000.00",
        ("three_public_reception_batches", ""): "2",
        ("three_public_reception_people", ""): "12",
    }


def test_vehicles_of_the_unit_with_its_scope_word_in_parentheses():
    # kind: '<unit>（部门）共有车辆9辆'
    got, _ = _plain(
        "十一、其他重要事项的情况说明",
        "截至 2025 年 12 月 31 日，某街道办事处（部门）共有车辆 3 辆，其中：执法执勤用车 2 辆、其他用车 1 辆。",
    )
    assert got == {("vehicles_total", ""): "3", ("vehicles_law_enforcement", ""): "2", ("vehicles_other", ""): "1"}


def test_long_item_path_in_the_paragraph_before_is_not_cut():
    # kind: '8.卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项），主要用于…。' then a paragraph
    # '年初预算为…': the whole path of the paragraph before (a fixed window cut its 类 name off)
    got, _ = _final(
        _HEAD,
        "2.社会保障和就业支出（类）行政事业单位养老支出（款）",
        "事业单位离退休（项），主要用于支付事业单位退休人员的补贴、福利费和活动经费等各项支出。",
        "年初预算为 30.00 万元，支出决算为 28.50 万元，决算数小于预算数的主要原因：人员减少。",
    )
    assert got == {
        ("expenditure_function", "2080502", "budget"): "300000.00",
        ("expenditure_function", "2080502", "actual"): "285000.00",
    }


def test_reception_whose_label_includes_its_foreign_part_is_the_reception():
    # kind (the guard of the foreign-part rule): '公务接待费（含外宾接待费）X万元' names the whole reception
    got, _ = _plain(
        "七、财政拨款“三公”经费支出决算情况说明",
        "公务接待费（含外宾接待费）2.5 万元，比 2024 年减少 0.5 万元。",
    )
    assert got == {
        ("three_public_reception", "actual"): "25000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-5000.00",
    }
