"""One figure stated twice in the narrative: agreeing statements are one row, disagreeing ones
keep neither value (a finding), and a restatement of something else is never a conflict.

Constructed sentences (our own figures), each naming the kind it pins. Amounts in 元 (万元 × 10000).
The finding's reconciliation row (narrative_statements_agree) is asserted end to end in
tests/e2e/test_field_regions_pipeline.py and by the dbt unit test of
int_reconciliation__narrative_statements.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.narrative import parse_narrative
from extract.numbers import printed_unit_yuan

D = Decimal


def _parse(paragraphs: list[str], final_accounts: bool = False):
    year = "2025" if final_accounts else "2026"
    kind = "决算" if final_accounts else "预算"
    lines = ["某某局", f"{year}年部门{kind}", f"一、部门{kind}情况说明", "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name="某某局", final_accounts=final_accounts)


def _kept(result) -> dict[tuple[str, str, str], Decimal]:
    """(metric, function_code, value_role) -> value of the document's own figures kept."""
    out = {}
    for row in result.rows.get("raw_narrative_figures", []):
        if row["is_rejected"] == "false" and not row["unit_text"]:
            key = (row["metric"], row["function_code"], row["value_role"])
            assert key not in out, f"{key} kept twice"
            out[key] = D(row["value"])
    return out


def _rejected(result) -> list[tuple[str, Decimal, int]]:
    return [
        (row["metric"], D(row["value"]), int(row["source_line"]))
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "true"
    ]


def _codes(result) -> list[str]:
    return [p.code for p in result.problems]


def test_conflict_two_statements_that_disagree_keep_no_figure_and_name_both():
    result = _parse(["2026年“三公”经费预算合计12.30万元。", "2026年“三公”经费预算为13.30万元。"])
    assert ("three_public_total", "", "") not in _kept(result)
    # both statements stay as rejected rows: the reconciliation check reads them
    assert _rejected(result) == [("three_public_total", D("123000.00"), 5), ("three_public_total", D("133000.00"), 6)]
    [finding] = [p for p in result.problems if p.code == "narrative_conflict"]
    assert finding.severity == "warning"
    assert "12.30万元 (line 5)" in finding.message and "13.30万元 (line 6)" in finding.message
    assert "neither is kept" in finding.message


def test_conflict_a_change_stated_with_a_disputed_statement_is_not_kept_either():
    result = _parse(["2026年“三公”经费预算合计12.30万元。", "2026年“三公”经费预算为13.30万元，比上年增加1.00万元。"])
    kept = _kept(result)
    assert ("three_public_total", "", "") not in kept
    assert ("three_public_change_vs_prior_year", "", "") not in kept
    assert any("not kept either" in p.message for p in result.problems if p.code == "narrative_conflict")


def test_conflict_counts_disagree_when_unequal():
    result = _parse(["本局行政编制20人。", "本局核定行政编制21人。"])
    assert ("staff_authorized_admin", "", "") not in _kept(result)
    assert "narrative_conflict" in _codes(result)


def test_conflict_a_figure_stated_by_wording_and_a_different_amount():
    # '无公务接待费' (0 by wording) and an amount: they disagree, neither is kept
    result = _parse(["2026年本单位无公务接待费。", "2026年公务接待费预算2.00万元。"])
    assert ("three_public_reception", "", "") not in _kept(result)
    assert "narrative_conflict" in _codes(result)


def test_conflict_category_mentions_that_disagree_with_no_total_to_decide():
    result = _parse(["支出主要用于：一般公共服务支出100.00万元，教育支出50.00万元。", "一般公共服务支出120.00万元。"])
    kept = _kept(result)
    assert ("expenditure_category", "201", "") not in kept
    assert kept[("expenditure_category", "205", "")] == D("500000.00")
    assert "narrative_conflict" in _codes(result)


def test_conflict_category_mentions_a_total_decides_stay_a_slip():
    # the expenditure total tells which mention fits: the other is a slip, not a conflict
    result = _parse(
        [
            "2026年支出预算合计150.00万元。支出主要用于：一般公共服务支出100.00万元，教育支出50.00万元。",
            "一般公共服务支出120.00万元。",
        ]
    )
    assert _kept(result)[("expenditure_category", "201", "")] == D("1000000.00")
    assert "narrative_conflict" not in _codes(result)
    assert "narrative_category_slip" in _codes(result)


@pytest.mark.parametrize(
    ("first", "second", "value", "line"),
    [
        # the same figure in 万元 and in exact 元: 12345678.90 rounds to 1234.57 万元; the 元 one is kept
        ("2026年支出预算合计1234.57万元。", "2026年支出预算12345678.90元。", "12345678.90", 6),
        ("2026年支出预算合计12345678.90元。", "2026年支出预算1234.57万元。", "12345678.90", 5),
        # one decimal: rounded to 0.1 万元 (6.23 万元 is 6.2)
        ("2026年支出预算合计6.2万元。", "2026年支出预算6.23万元。", "62300.00", 6),
        # the same amount twice
        ("2026年支出预算合计1234.57万元。", "支出预算1234.57万元。", "12345700.00", 5),
    ],
)
def test_conflict_statements_that_agree_within_their_printed_precision_are_one_figure(first, second, value, line):
    result = _parse([first, second])
    rows = [r for r in result.rows["raw_narrative_figures"] if r["metric"] == "expenditure_total"]
    assert [(r["value"], r["is_rejected"], int(r["source_line"])) for r in rows] == [(value, "false", line)]
    assert result.problems == []


def test_conflict_beyond_the_printed_precision_is_a_conflict():
    # 12345728.90 元 is 28.90 元 off 1234.57 万元 (within 50 元: it rounds to it); 12345760.00 元 is not
    agreeing = _parse(["2026年支出预算合计1234.57万元。", "2026年支出预算12345728.90元。"])
    assert _kept(agreeing)[("expenditure_total", "", "")] == D("12345728.90")
    disagreeing = _parse(["2026年支出预算合计1234.57万元。", "2026年支出预算12345760.00元。"])
    assert ("expenditure_total", "", "") not in _kept(disagreeing)
    assert "narrative_conflict" in _codes(disagreeing)


def test_conflict_not_a_restatement_for_the_prior_year():
    result = _parse(["2026年支出预算合计1234.57万元。", "2025年支出预算1200.00万元。"])
    assert _kept(result)[("expenditure_total", "", "")] == D("12345700.00")
    assert "narrative_conflict" not in _codes(result)


@pytest.mark.parametrize(
    "prior",
    ["上年“三公”经费决算数10.00万元。", "去年“三公”经费支出10.00万元。", "上年度“三公”经费预算10.00万元。"],
)
def test_conflict_not_a_restatement_for_the_prior_year_named_by_a_word(prior):
    # '上年…' / '去年…' opening a label is that year's figure, as '2025年…' is: never this year's
    for paragraphs in (["2026年“三公”经费预算13.00万元。", prior], [prior, "2026年“三公”经费预算13.00万元。"]):
        result = _parse(paragraphs)
        assert _kept(result)[("three_public_total", "", "")] == D("130000.00")
        assert "narrative_conflict" not in _codes(result)
        assert any("not of the document's year 2026" in p.message for p in result.problems)


def test_conflict_the_prior_year_word_of_a_carry_over_or_a_comparison_is_no_other_year():
    carried = _parse(["2026年收入预算1000.00万元，其中：上年结转110.00万元。"])
    assert _kept(carried)[("income_carryover", "", "")] == D("1100000.00")
    # '上年持平' (a comparison that lost its 与) names no year of the count after it
    compared = _parse(["因公出国（境）费为0万元，上年持平共计安排因公出国（境）团组0个。"])
    assert _kept(compared)[("three_public_overseas_groups", "", "")] == 0


def test_conflict_not_a_restatement_of_the_prior_years_execution():
    result = _parse(["2026年支出预算合计1234.57万元。", "2025年预算执行数为1300.00万元，2026年预算安排1234.57万元。"])
    assert _kept(result)[("expenditure_total", "", "")] == D("12345700.00")
    assert "narrative_conflict" not in _codes(result)


def test_conflict_not_a_restatement_for_a_sub_unit():
    result = _parse(["本局行政编制20人，事业编制5人。", "某某中心为局属事业单位，事业编制10人。"])
    assert _kept(result)[("staff_authorized_institution", "", "")] == 5
    sub_unit = [r for r in result.rows["raw_narrative_figures"] if r["unit_text"] == "某某中心"]
    assert [(r["metric"], r["value"], r["is_rejected"]) for r in sub_unit] == [
        ("staff_authorized_institution", "10", "false")
    ]
    assert "narrative_conflict" not in _codes(result)


def test_conflict_not_a_restatement_for_the_units_own_level():
    # a department's text with a section about its own level (本级) alone: not the department's
    result = _parse(["2026年部门收入预算1000.00万元。", "（二）本级预算情况", "收入预算600.00万元。"])
    assert _kept(result)[("income_total", "", "")] == D("10000000.00")
    assert "narrative_conflict" not in _codes(result)
    assert any("本级" in p.message for p in result.problems if p.code == "narrative_unparsed_figure")
    # the unit alone in the list of the units a department includes is no such heading
    listed = _parse(
        ["纳入部门预算编制范围的预算单位包括：", "1.某某镇人民政府本级", "收入包括：一般公共预算拨款收入5842.60万元。"]
    )
    assert _kept(listed)[("income_general_public_budget", "", "")] == D("58426000.00")


def test_conflict_not_budget_against_actual_in_final_accounts():
    result = _parse(
        [
            "“三公”经费财政拨款支出年初预算为10.00万元，支出决算为12.00万元。",
            "“三公”经费支出决算12.00万元，比上年增加2.00万元。",
        ],
        final_accounts=True,
    )
    kept = _kept(result)
    assert kept[("three_public_total", "", "budget")] == D("100000.00")
    assert kept[("three_public_total", "", "actual")] == D("120000.00")
    assert "narrative_conflict" not in _codes(result)


def test_conflict_not_a_part_after_its_whole():
    # '基本支出中人员经费': the part's figure, never a second 基本支出; a part word hidden in a
    # word that is no marker ('中医') still marks a part after a whole's name
    result = _parse(
        [
            "2026年支出预算合计1000.00万元，其中：基本支出600.00万元，项目支出400.00万元。",
            "基本支出中人员经费500.00万元。",
        ]
    )
    assert _kept(result)[("basic_expenditure", "", "")] == D("6000000.00")
    hidden = _parse(
        [
            "2026年支出预算合计1000.00万元，其中：基本支出600.00万元，项目支出400.00万元。",
            "基本支出中医疗业务支出500.00万元。",
        ]
    )
    assert _kept(hidden)[("basic_expenditure", "", "")] == D("6000000.00")
    # '其中：在编人员21人' after '在岗职工34人': a part the wording names like its whole (staff_actual)
    named_alike = _parse(["现有在岗职工34人，其中：聘用人员13人，在编人员21人。"])
    assert _kept(named_alike)[("staff_actual", "", "")] == 34
    assert any("a part (after 其中)" in p.message for p in named_alike.problems)
    # a part that is all of its whole restates it ('总收入X万元，其中本年收入X万元'): one figure, no finding
    all_of_it = _parse(["2026年总收入1668.14万元，其中本年收入1668.14万元。"])
    assert _kept(all_of_it)[("income_total", "", "")] == D("16681400.00")
    assert all_of_it.problems == []
    for parsed in (result, hidden, named_alike, all_of_it):
        assert "narrative_conflict" not in _codes(parsed)


def test_conflict_not_a_restatement_told_of_other_funds():
    result = _parse(
        [
            "2026年支出预算合计1000.00万元，其中：基本支出600.00万元，项目支出400.00万元。",
            "（二）一般公共预算财政拨款支出情况",
            "一般公共预算财政拨款基本支出500.00万元。",
        ]
    )
    assert _kept(result)[("basic_expenditure", "", "")] == D("6000000.00")
    assert "narrative_conflict" not in _codes(result)
    [finding] = [p for p in result.problems if p.code == "narrative_restated_other_funds"]
    assert (
        "600.00万元 (line 5, all funds)" in finding.message and "500.00万元 (line 7, 一般公共预算)" in finding.message
    )


def test_conflict_not_another_metric_that_only_looks_the_same():
    # '事业控制编制' (a control quota) is no 事业编制
    result = _parse(["本局事业编制41人。另有事业控制编制12人。"])
    assert _kept(result)[("staff_authorized_institution", "", "")] == 41
    assert "narrative_conflict" not in _codes(result)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("9628.22万元", "96282200", "10000"),
        ("6.2万元", "62000", "100000"),
        ("5000元", "5000", "100"),
        ("96,282,213.44元", "96282213.44", "1"),
        ("1.2亿元", "120000000", "1000000000"),  # (rounded to 0.1 亿元)
        ("2, 465. 43 万元", "24654300", "10000"),
        ("1.2345万元", "12345", "100"),
        ("0万元", "0", None),
        ("持平", "0", None),
        ("28千元", "28000", "100000"),
        ("1000.86万", "10008600", "10000"),  # 万 with no 元: a 万元 figure
        ("3.5亿", "350000000", "1000000000"),
        ("12辆", "12", None),
        ("12万人次", "120000", None),
    ],
)
def test_printed_unit_is_the_unit_of_the_last_printed_decimal(text, value, unit):
    # the same rule as the dbt macro printed_unit_yuan (its examples)
    assert printed_unit_yuan(text, D(value)) == (None if unit is None else D(unit))
