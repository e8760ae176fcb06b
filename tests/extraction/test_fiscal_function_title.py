"""A '财政拨款支出预算表' by 功能分类 is a function table of 财政拨款 funds (kind 'fiscal_function').

Field case: some regions title the table of 财政拨款 spending by 功能分类 类/款/项 (合计 /
基本支出 / 项目支出 columns) '财政拨款支出预算表', without '一般公共预算'; the document was
'partial' table_unknown and none of its figures were read. The title states the funds it covers:
all 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营), so it is not read as the 一般公共预算
table (gpb_function). Constructed documents, own figures in 万元.
"""

from __future__ import annotations

import pytest

from extract import pipeline
from extract.result import ParseResult
from extract.tables.titles import kind_of

TITLE = "财政拨款支出预算表"


def document(title: str, rows: list[str]) -> bytes:
    lines = [
        "测试市示例区样例局",
        "2026年部门预算情况说明",
        "一、部门基本情况",
        "（一）职能职责。负责样例工作。",
        "二、收支预算总体情况",
        "2026年支出预算1,111.10万元。",
        "三、部门预算表",
        title,
        "单位：万元",
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",
        *rows,
    ]
    return ("\n".join(lines) + "\n").encode()


FUNCTION_ROWS = [
    "\t合计\t1,111.10\t611.10\t500.00",
    "201\t一般公共服务支出\t900.00\t400.00\t500.00",
    "20101\t人大事务\t900.00\t400.00\t500.00",
    "2010101\t行政运行\t400.00\t400.00\t0.00",
    "2010102\t一般行政管理事务\t500.00\t0.00\t500.00",
    "208\t社会保障和就业支出\t211.10\t211.10\t0.00",
]


def parse(data: bytes) -> tuple[str, ParseResult]:
    result, doc = ParseResult(), {}
    pipeline._process(data, doc, result)
    return pipeline.status_of(result.problems), result


@pytest.mark.parametrize(
    "title",
    [
        TITLE,
        "表3 财政拨款支出预算表",
        "2026年财政拨款支出预算表",
        "三、财政拨款支出功能分类预算表",
        "财政拨款支出预算明细表",
    ],
)
def test_a_fiscal_appropriation_function_table_gives_its_figures(title):
    status, result = parse(document(title, FUNCTION_ROWS))
    assert status == "ok", result.problems
    lines = result.rows["raw_function_lines"]
    assert {r["table_kind"] for r in lines} == {"fiscal_function"}
    figures = {(r["code"], r["measure"]): r["amount_yuan"] for r in lines}
    assert figures[("", "total")] == "11111000.00"
    assert figures[("", "basic")] == "6111000.00"
    assert figures[("201", "project")] == "5000000.00"
    assert figures[("2010101", "basic")] == "4000000.00"
    assert figures[("2010102", "total")] == "5000000.00"
    assert figures[("208", "basic")] == "2111000.00"
    assert [t["table_kind"] for t in result.rows["raw_tables"]] == ["fiscal_function"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        (TITLE, "fiscal_function"),
        ("样例局2026年财政拨款支出预算表（续）", "fiscal_function"),
        # the title names a narrower fund or another table: not this kind
        ("一般公共预算财政拨款支出预算表", "gpb_function"),
        ("政府性基金预算财政拨款支出预算表", "gov_fund"),
        ("国有资本经营预算财政拨款支出预算表", "state_capital"),
        ("财政拨款基本支出预算表", "gpb_basic_economic"),
        ("财政拨款项目支出预算表", "project_budget"),
        ("财政拨款收支总表", "fiscal_summary"),
        ("财政拨款收入支出决算总表", "fa_fiscal_summary"),
        ("财政拨款支出决算表", "fa_expenditure"),  # as before: a 决算 table is not read as this kind
        ("财政拨款支出预算表（部门经济分类）", ""),
    ],
)
def test_the_kind_a_fiscal_appropriation_title_names(title, kind):
    assert kind_of(title) == kind


def test_a_fiscal_appropriation_table_by_economic_codes_is_not_read_as_function_lines():
    rows = [
        "\t合计\t300.00\t300.00\t0.00",
        "301\t工资福利支出\t200.00\t200.00\t0.00",
        "30101\t基本工资\t200.00\t200.00\t0.00",
        "302\t商品和服务支出\t100.00\t100.00\t0.00",
    ]
    status, result = parse(document(TITLE, rows))
    assert status == "partial"
    assert [p.code for p in result.problems] == ["table_unknown"], result.problems
    assert not result.rows.get("raw_function_lines")
    assert not result.rows.get("raw_economic_lines")
