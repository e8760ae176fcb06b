"""The funds a narrative 类/款/项 figure is of (raw_narrative_figures.fund_scope): its sentence's
total or words, else the last total of its paragraph or of the paragraphs under the same heading,
else its heading's; '' when nothing says. A category stated for all funds and again for the
财政拨款 is two figures (never a slip of each other, never compared with each other's table).

The sentences are written in other regions' wordings than the published samples' (Hangzhou's
'（四）财政拨款收支预算情况的总体说明 … 支出包括：公共安全支出69,081.15万元').
"""

from __future__ import annotations

from extract.narrative import parse_narrative

HEAD = ["某市某局", "2026年部门预算说明", "一、部门预算情况说明", ""]


def _figures(paragraphs: list[str]) -> tuple[list[dict[str, str]], list[str]]:
    result = parse_narrative([*HEAD, *paragraphs], None, fiscal_year="2026")
    return result.rows.get("raw_narrative_figures", []), [p.code for p in result.problems]


def _scoped(rows: list[dict[str, str]]) -> dict[tuple[str, str, str], str]:
    return {
        (r["metric"], r["function_code"], r["fund_scope"]): r["value"]
        for r in rows
        if r["is_rejected"] == "false" and r["metric"] in ("expenditure_category", "expenditure_function")
    }


def test_category_of_all_funds_and_of_the_fiscal_appropriation_are_two_figures():
    rows, problems = _figures(
        [
            "（一）支出预算情况",
            "2026年支出预算600.00万元。",
            "按功能分类：一般公共服务支出350.00万元，教育支出250.00万元。",
            "（二）财政拨款支出预算情况",
            "2026年财政拨款收支总预算500.00万元。收入包括：一般公共预算收入480.00万元，上年结转20.00万元。",
            "支出包括：一般公共服务支出300.00万元，教育支出200.00万元。",
        ]
    )
    assert _scoped(rows) == {
        ("expenditure_category", "201", "all_funds"): "3500000.00",
        ("expenditure_category", "205", "all_funds"): "2500000.00",
        ("expenditure_category", "201", "fiscal_appropriation"): "3000000.00",
        ("expenditure_category", "205", "fiscal_appropriation"): "2000000.00",
    }
    assert "narrative_category_slip" not in problems
    assert "narrative_conflict" not in problems
    assert all(r["is_rejected"] == "false" for r in rows)


def test_heading_names_the_fund_of_the_categories_under_it():
    rows, problems = _figures(
        [
            "三、一般公共预算财政拨款支出预算情况",
            "（一）支出结构",
            "一般公共服务（类）支出300.00万元，占60.0%；教育（类）支出200.00万元，占40.0%。",
            "四、政府性基金预算支出情况",
            "城乡社区支出50.00万元。",
        ]
    )
    assert _scoped(rows) == {
        ("expenditure_category", "201", "general_public_budget"): "3000000.00",
        ("expenditure_category", "205", "general_public_budget"): "2000000.00",
        ("expenditure_category", "212", "government_fund"): "500000.00",
    }
    assert problems == []


def test_sentence_words_and_totals_name_the_fund():
    rows, _ = _figures(
        [
            "2026年一般公共预算财政拨款支出500万元，主要用于：公共安全支出（204类）司法（06款）行政运行（01项）"
            "300万元。",
            "2026年部门预算支出总额800万元，其中：一般公共服务支出800万元，教育支出0万元。",
        ]
    )
    assert _scoped(rows) == {
        ("expenditure_function", "2040601", "general_public_budget"): "3000000.00",
        ("expenditure_category", "201", "all_funds"): "8000000.00",
        ("expenditure_category", "205", "all_funds"): "0.00",
    }


def test_income_of_a_fund_names_no_spending_scope_and_nothing_said_is_not_told():
    """'一般公共预算收入' says where money comes from; a category after it in a paragraph with no
    total and under no heading of a fund is of funds not told ('')."""
    rows, _ = _figures(["收入包括：一般公共预算收入100万元。支出包括：一般公共服务支出100万元。"])
    assert _scoped(rows) == {("expenditure_category", "201", ""): "1000000.00"}


def test_a_slip_within_one_scope_is_still_a_slip():
    """Two different amounts of one category of the same funds: one is a slip (the one that fits
    the total is kept)."""
    rows, problems = _figures(
        [
            "2026年支出预算100万元，其中：一般公共服务支出60万元，教育支出40万元。",
            "按支出功能分类，一般公共服务支出70万元。",
        ]
    )
    rejected = [(r["function_code"], r["value"]) for r in rows if r["is_rejected"] == "true"]
    assert rejected == [("201", "700000.00")]
    assert "narrative_category_slip" in problems


def test_a_lead_in_naming_a_fund_scopes_the_list_after_it_and_a_zero_total_scopes_nothing():
    """'…政府性基金预算支出0万元。' has no parts; '财政拨款安排的支出主要用于以下方面：' introduces the
    items of the 财政拨款."""
    rows, _ = _figures(
        [
            "2026年支出预算900万元，其中：一般公共预算支出900万元，政府性基金预算支出0万元。",
            "财政拨款安排的支出主要用于以下方面：",
            "1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”76.76万元。",
        ]
    )
    assert _scoped(rows) == {("expenditure_function", "2080505", "fiscal_appropriation"): "767600.00"}


def test_a_heading_of_a_funds_income_and_spending_scopes_its_spending():
    """'一般公共预算财政拨款收入支出情况' is of that fund (收入支出: both), '一般公共预算拨款收入' alone is
    income and scopes nothing."""
    rows, _ = _figures(
        [
            "三、一般公共预算财政拨款收入支出情况",
            "支出包括：一般公共服务支出10万元。",
            "四、其他情况",
            "一般公共预算拨款收入20万元。支出包括：教育支出20万元。",
        ]
    )
    assert _scoped(rows) == {
        ("expenditure_category", "201", "general_public_budget"): "100000.00",
        ("expenditure_category", "205", ""): "200000.00",
    }
