"""A printed sign is never dropped: a signed amount after a change word keeps its arithmetic
('增加-56.78万元' is -56.78 万元, '减少-10万元' is +10 万元); a dash that may or may not be a minus,
or a minus before a figure that is no change, leaves the figure unread
('narrative_unparsed_figure'); a table cell's minus ('-', '－', '−', '—') is kept and an
accounting negative '(1,234.00)' is a problem, never a positive figure."""

from __future__ import annotations

import re

import pytest

from extract.narrative import parse_narrative
from extract.narrative.figures import printed_sign
from extract.pipeline import DocumentOutput, process
from extract.tables import parse_tables

HEAD = "重庆市某区某局\n\n2027年部门预算情况说明\n\n一、收支预算总体情况\n\n"


def _narrative(text: str) -> DocumentOutput:
    return process((HEAD + text + "\n").encode("utf-8"), "signs")


def _figures(out: DocumentOutput) -> dict[str, str]:
    return {r["metric"]: r["value"] for r in out.rows.get("raw_narrative_figures", [])}


def _unparsed(out: DocumentOutput) -> list[str]:
    return [r["message"] for r in out.rows.get("raw_problems", []) if r["code"] == "narrative_unparsed_figure"]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("收入较去年增加-56.78万元。", "-567800.00"),
        ("收入较去年增加－56.78万元。", "-567800.00"),
        ("收入较去年增加−56.78万元。", "-567800.00"),
        ("收入较去年减少-56.78万元。", "567800.00"),
        ("收入较去年增加56.78万元。", "567800.00"),
        ("收入较去年减少56.78万元。", "-567800.00"),
        ("收入较去年增加+56.78万元。", "567800.00"),
        ("收入较去年减少+56.78万元。", "-567800.00"),
    ],
)
def test_a_signed_change_keeps_its_sign(sentence: str, change: str) -> None:
    out = _narrative("2027年收入预算总额1,234.56万元，" + sentence)
    figures = _figures(out)
    assert figures["income_total"] == "12345600.00"
    assert figures["income_change_vs_prior_year"] == change
    assert _unparsed(out) == []


def test_a_dash_that_may_be_a_minus_leaves_the_change_unread() -> None:
    out = _narrative("2027年收入预算总额1,234.56万元，收入较去年增加—56.78万元。")
    assert "income_change_vs_prior_year" not in _figures(out)
    assert any("56.78万元" in m and "minus sign is not certain" in m for m in _unparsed(out))


def test_a_minus_before_a_figure_that_is_no_change_leaves_it_unread() -> None:
    out = _narrative("2027年收入预算总额-1,234.56万元。支出预算总额1,234.56万元。")
    assert _figures(out) == {"expenditure_total": "12345600.00"}
    assert any("1,234.56万元 in “2027年收入预算总额-1,234.56万元”" in m for m in _unparsed(out))


def test_a_minus_before_an_understood_figure_that_is_no_change_leaves_it_unread() -> None:
    out = _narrative("2027年收入预算总额1,234.56万元，基本支出预算-5万元。")
    assert _figures(out) == {"income_total": "12345600.00"}
    assert any("5万元" in m and "a minus sign before an amount that is not a change" in m for m in _unparsed(out))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("增加-56.78万元", "-"),
        ("增加 - 56.78万元", "-"),
        ("增加－56.78万元", "-"),
        ("增加+56.78万元", "+"),
        ("增加—56.78万元", "?"),
        ("增加56.78万元", ""),
        ("1-5万元", ""),  # a range's hyphen, not a sign
        ("56.78万元", ""),
    ],
)
def test_printed_sign(text: str, sign: str) -> None:
    start = re.search(r"\d[\d,.]*万元$", text).start()  # type: ignore[union-attr]
    assert printed_sign(text, start) == sign


TABLE = """2027年一般公共预算财政拨款支出预算表

单位：万元

科目编码\t科目名称\t总计\t基本支出
2010301\t行政运行\t{cell}\t{cell}
"""


@pytest.mark.parametrize("cell", ["-1,234.00", "－1,234.00", "−1,234.00", "—1,234.00"])
def test_a_table_cell_keeps_its_minus(cell: str) -> None:
    out = parse_tables((HEAD + TABLE.format(cell=cell)).split("\n"))
    rows = out.result.rows["raw_function_lines"]
    assert {r["amount_yuan"] for r in rows} == {"-12340000.00"}


@pytest.mark.parametrize("cell", ["(1,234.00)", "（1,234.00）"])
def test_an_accounting_negative_in_a_table_is_a_problem_not_a_positive_figure(cell: str) -> None:
    out = parse_tables((HEAD + TABLE.format(cell=cell)).split("\n"))
    assert out.result.rows.get("raw_function_lines", []) == []
    assert {p.code for p in out.result.problems} == {"value_unreadable"}


def test_a_share_claim_keeps_the_minus_of_its_amounts() -> None:
    lines = [
        "某某局",
        "2024年度部门决算",
        "二、收入决算情况说明",
        "本年收入合计 -2946.25 万元，其中：财政拨款收入 -2940.05 万元，占 99.79%；其他收入 1-6.2 万元，占 0.21%。",
    ]
    rows = parse_narrative(lines, fiscal_year="2024", final_accounts=True).rows.get("raw_narrative_claims", [])
    shares = [(r["claim_text"], r["subject_yuan"], r["reference_yuan"]) for r in rows if r["claim_kind"] == "share"]
    # (the hyphen of '1-6.2' is a range's after a digit: 6.2 万元 as before)
    assert shares == [("占99.79%", "-29400500.00", "-29462500.00"), ("占0.21%", "62000.00", "-29462500.00")]
