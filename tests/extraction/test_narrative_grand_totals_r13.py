"""The 收支总表's grand total as documents state it (issue 20, kinds 6 and 9: wording; a document
whose figures add up never fails a run).

1. A 决算's '收、支总计各为2,174.06万元' (an amount grouped in thousands, with its fen) is the one
   收入支出总计, as '各为615.40万元' is; '各为2,174万元' (no fen: one amount, or '2' and '174'?) stays
   reported.
2. A budget's '收入总计X万元（含上年结转Y万元），支出总计X万元' is the grand total (it holds the
   carry-over): a later '本年收入合计Z' is the year's income, no conflict with it.
3. Lines broken at a function code: an item heading's names on one line and its bracketed code
   opening the next ('（2080505）：年初预算为…') are one item; a line opening with a bracketed code
   ('（210）30.00万元') goes on with the name the line before ended with (no list number).
4. A budget's '收入总计X，支出总计X' then, in a later paragraph, '本年收入Y' (Y < X): X is the grand total,
   never a disagreeing statement of the year's income (no conflict, no failed run). A 决算's '支出决算为Y'
   right after the fund's own '…年初预算为X' under a sub-heading of no funds is that fund's spending.
5. '全部为公务接待费（3批次、21人次）' right after a 三公 figure: the whole is that part's, as without the
   parenthesis of counts.
6. A 类/款/项 path the document's tables do not name (a narrative printed without its tables) is read
   from the official list (seeds/reference) level by level; a name it does not hold under its
   parent keeps no figure.
7. Both sides stated equal, then '均比上年增加Y' (均 before the comparison): each side's change, as
   '比上年各增加Y'.
8. '本年收入合计X' … '上年结转Z' … '收入总计Y' with X + Z = Y (a flattened table's rows, or one sentence):
   Y is the grand total; in a budget, a '收入预算X' below a 收入总计 read before whose difference no
   carry-over stated is reported, never a conflicting income total.
9. A code printed before its whole path of marked levels ('[2013805]一般公共服务支出（类）…（款）…（项）')
   is that path's when its 类 fits the code; else nothing is read.

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

from narrative_figures import accepted_figures, parse_document, unparsed_messages


def test_both_totals_each_an_amount_grouped_in_thousands() -> None:
    result = parse_document(
        "2023年度收、支总计各为2,174.06万元，较上年增加51.30万元。", unit="某县某局", year="2023", final=True
    )
    assert accepted_figures(result, with_role=True) == {
        ("grand_total", "actual"): "21740600.00",
        ("grand_total_change_vs_prior_year", ""): "513000.00",
    }
    result = parse_document("2023年度收、支总计各为2,174万元。", unit="某县某局", year="2023", final=True)
    assert accepted_figures(result) == {}
    assert any("2,174万元" in message for message in unparsed_messages(result))


def test_a_budgets_income_total_holding_the_carryover_is_the_grand_total() -> None:
    result = parse_document(
        "2025年收入总计815.20万元（含上年结转36.00万元），支出总计815.20万元。",
        "本年收入合计779.20万元，其中：一般公共预算拨款收入779.20万元。",
        unit="某县某局",
        year="2025",
    )
    assert accepted_figures(result) == {
        "grand_total": "8152000.00",
        "income_carryover": "360000.00",
        "income_total": "7792000.00",
        "income_general_public_budget": "7792000.00",
    }
    assert not [p for p in result.problems if p.code == "narrative_conflict"]


def test_a_code_on_the_line_after_its_items_names_is_that_items() -> None:
    # '3.社会保障和就业支出（208）…缴费支出' then '（2080505）：年初预算为X，支出决算为Y'
    result = parse_document(
        "3.社会保障和就业支出（208）行政事业单位养老支出（20805）机关事业单位基本养老保险缴费支出",
        "（2080505）：年初预算为63.20万元，支出决算为64.75万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_function", "budget"): "632000.00",
        ("expenditure_function", "actual"): "647500.00",
    }
    assert {r["function_code"] for r in result.rows["raw_narrative_figures"]} == {"2080505"}


def test_a_line_opening_with_a_bracketed_code_goes_on_with_the_name_before_it() -> None:
    # '…；卫生健康支出' then '（210）30.00万元；…': a function code in brackets is no list number
    result = parse_document(
        "2025年一般公共预算拨款支出150.00万元。按支出功能分类：一般公共服务支出（201）120.00万元；卫生健康支出",
        "（210）30.00万元。",
        unit="某县某局",
        year="2025",
    )
    rows = [(r["metric"], r["function_code"], r["value"]) for r in result.rows["raw_narrative_figures"]]
    assert ("expenditure_category", "210", "300000.00") in rows
    assert ("expenditure_category", "201", "1200000.00") in rows


def test_a_budgets_income_grand_total_before_the_years_income_in_a_later_paragraph() -> None:
    # '收入总计X，支出总计X。' then '二、收入预算情况' and '本年收入Y' (Y < X): X was the grand total, no
    # conflict between the two (a document whose figures add up)
    result = parse_document(
        "某县某局2025年收入总计640.50万元，支出总计640.50万元。",
        "二、收入预算情况",
        "2025年本年收入617.30万元，其中：一般公共预算拨款收入617.30万元。",
        unit="某县某局",
        year="2025",
    )
    read = accepted_figures(result)
    assert read["grand_total"] == "6405000.00"
    assert read["income_total"] == "6173000.00"
    assert not [p for p in result.problems if p.code == "narrative_conflict"]


def test_spending_in_role_words_after_the_funds_own_budget_under_a_sub_heading() -> None:
    # '五、一般公共预算财政拨款支出决算情况说明' / '（一）总体情况' / '…一般公共预算财政拨款支出年初预算为X，
    # 支出决算为Y': the sentence names the fund, 支出决算 goes on with it
    result = parse_document(
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）总体情况",
        "2024年度一般公共预算财政拨款支出年初预算为412.30万元，支出决算为436.05万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "budget"): "4123000.00",
        ("expenditure_general_public_budget", "actual"): "4360500.00",
    }


def test_the_whole_said_of_one_part_before_a_parenthesis_of_counts() -> None:
    # '…支出决算0.46万元，全部为公务接待费（3批次、21人次）': the reception is the whole, its counts read too
    result = parse_document(
        "七、“三公”经费财政拨款支出决算情况说明",
        "“三公”经费财政拨款支出预算0.70万元，支出决算0.46万元，全部为公务接待费（3批次、21人次）。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    read = accepted_figures(result, with_role=True)
    assert read[("three_public_reception", "actual")] == "4600.00"
    assert read[("three_public_reception_batches", "")] == "3"
    assert read[("three_public_reception_people", "")] == "21"


def test_an_item_path_no_table_names_is_read_from_the_official_list_level_by_level() -> None:
    # '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）' in a narrative
    # printed without its tables: 208 / 20805 / 2080505 (seeds/reference); a 项 whose 款 the list does
    # not hold under that 类 keeps no figure (never matched by the 项's name alone: 行政运行)
    result = parse_document(
        "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）："
        "年初预算为31.40万元，支出决算为32.05万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert [(r["function_code"], r["value_role"], r["value"]) for r in result.rows["raw_narrative_figures"]] == [
        ("2080505", "budget", "314000.00"),
        ("2080505", "actual", "320500.00"),
    ]
    result = parse_document(
        "一般公共服务支出（类）统计信息事务（款）行政运行（项）2025年预算数为88.20万元。", unit="某县某局", year="2025"
    )
    assert not [r for r in result.rows.get("raw_narrative_figures", []) if r["metric"] == "expenditure_function"]
    assert [p for p in result.problems if p.code == "narrative_item_unresolved"]


def test_both_sides_stated_equal_then_each_changed_by_one_amount_with_jun() -> None:
    # '财政拨款收入预算X，财政拨款支出预算X，均比上年增加Y': each side's change, as '比上年各增加Y'; after two
    # figures that are no two sides ('基本支出A，项目支出B，均比上年增加Y') it stays reported
    result = parse_document(
        "2025年财政拨款收入预算412.60万元，财政拨款支出预算412.60万元，均比上年增加21.30万元。",
        unit="某县某局",
        year="2025",
    )
    assert accepted_figures(result) == {
        "income_fiscal_appropriation": "4126000.00",
        "expenditure_fiscal_appropriation": "4126000.00",
        "income_fiscal_appropriation_change_vs_prior_year": "213000.00",
        "expenditure_fiscal_appropriation_change_vs_prior_year": "213000.00",
    }
    result = parse_document(
        "2025年基本支出300.00万元，项目支出112.60万元，均比上年增加21.30万元。", unit="某县某局", year="2025"
    )
    assert not [k for k in accepted_figures(result) if k.endswith("_change_vs_prior_year")]
    assert any("21.30万元" in message for message in unparsed_messages(result))


def test_a_flattened_income_table_whose_total_row_holds_the_carryover() -> None:
    # '本年收入合计X' … '上年结转Z' … '收入总计Y' (X + Z = Y), each a row of its own: Y is the grand total,
    # never a second income total that disagrees with X (no conflict, no failed run)
    result = parse_document(
        "二、收入预算情况",
        "2025年收入预算表",
        "项目　金额（万元）",
        "本年收入合计　412.30",
        "一般公共预算拨款收入　405.10",
        "其他收入　7.20",
        "上年结转　18.70",
        "收入总计　431.00",
        unit="某县某局",
        year="2025",
    )
    read = accepted_figures(result)
    assert (read["income_total"], read["income_carryover"], read["grand_total"]) == (
        "4123000.00",
        "187000.00",
        "4310000.00",
    )
    assert not [p for p in result.problems if p.code == "narrative_conflict"]


def test_a_budgets_income_below_its_grand_total_with_the_carryover_said_after_it() -> None:
    # '收入总计X，支出总计X。' then '收入预算Y。其中：…。另安排上年结转Z。' (Y + Z = X): X the grand total,
    # Y the income; a difference no carry-over states leaves Y reported
    paragraphs = (
        "二、部门收支总体情况",
        "2025年某县某局收入总计512.40万元，支出总计512.40万元。",
        "三、收入预算情况",
        "2025年收入预算498.10万元。其中：一般公共预算拨款收入498.10万元。另安排上年结转14.30万元。",
    )
    read = accepted_figures(parse_document(*paragraphs, unit="某县某局", year="2025"))
    assert (read["grand_total"], read["income_total"], read["income_carryover"]) == (
        "5124000.00",
        "4981000.00",
        "143000.00",
    )
    other = (*paragraphs[:3], "2025年收入预算498.10万元。其中：一般公共预算拨款收入498.10万元。")
    result = parse_document(*other, unit="某县某局", year="2025")
    assert accepted_figures(result)["income_total"] == "5124000.00"  # (the budget's convention: 上年结转 held)
    assert any("498.10万元" in message for message in unparsed_messages(result))
    assert not [p for p in result.problems if p.code == "narrative_conflict"]


def test_a_code_printed_before_its_whole_path_of_marked_levels() -> None:
    # '2.[2013805]一般公共服务支出（类）市场监督管理事务（款）市场秩序执法（项）：年初预算为X': the code
    # before the path from its 类, each level's empty mark after its name: the code's (its 类 must fit)
    result = parse_document(
        "2.[2013805]一般公共服务支出（类）市场监督管理事务（款）市场秩序执法（项）：年初预算为41.20万元，"
        "支出决算为40.60万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert [(r["function_code"], r["value_role"], r["value"]) for r in result.rows["raw_narrative_figures"]] == [
        ("2013805", "budget", "412000.00"),
        ("2013805", "actual", "406000.00"),
    ]
    result = parse_document(
        "2.[2013805]教育支出（类）市场监督管理事务（款）市场秩序执法（项）：年初预算为41.20万元。",
        unit="某县某局",
        year="2024",
        final=True,
    )
    assert not [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
