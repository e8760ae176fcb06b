"""Statements of the text checked by dbt against the figures they relate or the document
(raw_narrative_claims): shares (占Y%, 完成预算的Y%), 决算 vs 预算 comparisons, the years of
headings and year-end dates, unfilled placeholders. The Putuo 财政局 2024 决算 sample (a copy
with planted errors) holds one of each planted kind; its other claims hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.narrative import parse_narrative
from extract.pipeline import process_file

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf" / "putuo_finance_2024_final_accounts_planted_errors.pdf"


def _claims(text: str, final_accounts: bool = True) -> list[dict[str, str]]:
    lines = text.split("\n")
    return parse_narrative(lines, fiscal_year="2024", final_accounts=final_accounts).rows.get(
        "raw_narrative_claims", []
    )


def _key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["claim_kind"], row["claim_text"], row["claimed_value"], row["subject_yuan"], row["reference_yuan"])


def test_share_of_the_head_figure_of_its_sentence():
    rows = _claims(
        "某某局\n2024年度部门决算\n二、收入决算情况说明\n"
        "本年收入合计 2946.25 万元，其中：财政拨款收入 2940.05 万元，占 99.79%；其他收入 6.2 万元，占 0.21%。"
    )
    assert [_key(r) for r in rows if r["claim_kind"] == "share"] == [
        ("share", "占99.79%", "99.79", "29400500.00", "29462500.00"),
        ("share", "占0.21%", "0.21", "62000.00", "29462500.00"),
    ]


def test_share_of_a_named_total_and_completion_rate():
    rows = _claims(
        "某某局\n2024年度部门决算\n三、支出决算情况说明\n本年支出合计 100.00 万元。\n"
        "五、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出 80 万元，占本年支出合计的 80.00%。"
        "一般公共预算财政拨款支出年初预算为 96.00 万元，支出决算为 80.00 万元，完成年初预算的 83.33%。"
    )
    assert [_key(r) for r in rows if r["claim_kind"] == "share"] == [
        ("share", "占本年支出合计的80.00%", "80.00", "800000.00", "1000000.00"),
        ("share", "完成年初预算的83.33%", "83.33", "800000.00", "960000.00"),
    ]


def test_a_share_without_a_whole_is_no_claim():
    # no 其中 / 主要用于 / 包括 before the part and no named total: the whole is unknown
    rows = _claims("某某局\n2024年度部门决算\n一、概况\n基本支出 50 万元，占 40%。")
    assert [r["claim_kind"] for r in rows] == ["section", "year"]  # the heading 一、概况 and the title's year


def test_comparison_claims_and_what_is_not_one():
    rows = _claims(
        "某某局\n2024年度部门决算\n五、支出决算情况说明\n"
        "1、行政运行（项）。年初预算为 1560.05 万元，支出决算为 1511.89 万元。决算数大于预算数的主要原因：人员变化。\n"
        "2、事业运行（项）。年初预算为 10.00 万元，支出决算为 10.00 万元。决算数与预算数基本持平。\n"
        "决算数大于（小于）预算数的主要原因：XXXXXXXX。\n"  # the template's wording: no claim
        "2024 年度“三公”经费财政拨款支出决算数与 2023 年度持平。"  # against the prior year: not a 预算 claim
    )
    assert [_key(r) for r in rows if r["claim_kind"] == "comparison"] == [
        ("comparison", "大于", "", "15118900.00", "15600500.00"),
        ("comparison", "基本持平", "", "100000.00", "100000.00"),
    ]


def test_years_of_headings_and_year_end_dates_and_placeholders():
    rows = _claims(
        "上海市某区XX局\n2024年度部门决算\n第三部分 上海市某区财政局 2023 年度部门决算情况说明\n"
        "一、概况\n截至 2024 年 12 月 31 日，共有车辆 2 辆。"
    )
    got = [(r["claim_kind"], r["claim_text"], r["claimed_value"], r["subject_text"]) for r in rows]
    assert got == [
        ("section", "一、概况", "1", "part 0"),
        ("placeholder", "XX局", "", ""),
        ("year", "2024年", "2024", "heading"),
        ("year", "2023年", "2023", "heading"),
        ("year", "截至2024年12月31日", "2024", "year_end"),
    ]


@pytest.fixture(scope="module")
def putuo_claims():
    out = process_file(str(PDF))
    return out.rows["raw_narrative_claims"]


def test_putuo_planted_share_71_73_percent(putuo_claims):
    (row,) = [r for r in putuo_claims if r["claim_text"] == "占71.73%"]
    assert (row["subject_text"], row["subject_yuan"]) == ("一般公共服务支出（类）2106.66万元", "21066600.00")
    assert (row["reference_text"], row["reference_yuan"]) == ("一般公共预算财政拨款支出2940.05万元", "29400500.00")
    assert (row["source_line"], row["source_page"]) == ("265", "19")  # 2106.66 / 2940.05 = 71.65 %


def test_putuo_every_share_and_comparison_is_read(putuo_claims):
    shares = [
        (r["claimed_value"], r["subject_yuan"], r["reference_yuan"]) for r in putuo_claims if r["claim_kind"] == "share"
    ]
    assert shares == [
        ("99.79", "29400500.00", "29462500.00"),
        ("0.21", "62000.00", "29462500.00"),
        ("79.49", "23369100.00", "29400500.00"),
        ("20.51", "6031400.00", "29400500.00"),
        ("100.00", "29400500.00", "29400500.00"),
        ("71.73", "21066600.00", "29400500.00"),  # planted: 71.65
        ("11.11", "3267200.00", "29400500.00"),
        ("2.07", "609900.00", "29400500.00"),
        ("15.16", "4456900.00", "29400500.00"),
        ("98.20", "29400500.00", "29939200.00"),
        ("0", "0.00", "9500.00"),  # 三公: 完成预算的 0%
    ]
    comparisons = [
        (r["source_line"], r["claim_text"], r["subject_yuan"], r["reference_yuan"])
        for r in putuo_claims
        if r["claim_kind"] == "comparison"
    ]
    assert comparisons == [
        ("267", "小于", "29400500.00", "29939200.00"),
        ("268", "大于", "15118900.00", "15600500.00"),  # planted: 1511.89 < 1560.05 (行政运行)
        ("269", "基本持平", "100000.00", "100000.00"),
        ("270", "小于", "1352500.00", "1359000.00"),
        ("271", "小于", "4495200.00", "4505200.00"),
        ("272", "小于", "846500.00", "855500.00"),
        ("273", "小于", "1607500.00", "1616200.00"),
        ("274", "大于", "803800.00", "808100.00"),  # planted: 80.38 < 80.81 (职业年金缴费)
        ("275", "基本持平", "9400.00", "9400.00"),
        ("276", "等于", "609900.00", "622900.00"),  # planted: 60.99 != 62.29 (行政单位医疗)
        ("277", "小于", "1871900.00", "1877500.00"),
        ("278", "基本持平", "2585000.00", "2585000.00"),
        ("284", "小于", "0.00", "9500.00"),
    ]


def test_putuo_planted_years_and_placeholder(putuo_claims):
    years = {
        (r["source_line"], r["claimed_value"], r["subject_text"]) for r in putuo_claims if r["claim_kind"] == "year"
    }
    assert ("252", "2023", "heading") in years  # 第三部分上海市普陀区财政局 2023年度部门决算情况说明
    assert ("302", "2023", "year_end") in years  # 截至 2023年 12 月 31 日 … 共有车辆 0 辆
    assert {y for _, y, _ in years} == {"2023", "2024"}
    (placeholder,) = [r for r in putuo_claims if r["claim_kind"] == "placeholder"]
    assert (placeholder["claim_text"], placeholder["source_line"], placeholder["source_page"]) == ("XX局", "55", "7")
    assert placeholder["source_text"] == "第二部分上海市普陀区XX局2024年度部门决算表"


def test_an_amount_the_warehouse_cannot_hold_is_never_a_claim_figure():
    rows = _claims(
        "某某局\n2024年度部门决算\n二、收入决算情况说明\n"
        "本年收入合计 84.3123456 万元，其中：财政拨款收入 84.3123456 万元，占 100%。"
        "本年支出合计 99999999999999999 万元，其中：基本支出 5 万元，占 0%。"
    )
    assert [r for r in rows if r["claim_kind"] == "share"] == []


def test_items_listed_under_personnel_and_public_use():
    rows = _claims(
        "某某局\n2024年度部门决算\n六、基本支出决算情况说明\n"
        "一般公共预算财政拨款基本支出 100 万元。其中：人员经费 80.00 万元，主要包括：基本工资、津贴补贴（含奖金）、"
        "……其他对个人和家庭的补助；公用经费 20.00 万元，主要包括：办公费、印刷费等。"
    )
    got = [(r["subject_text"], r["claim_text"]) for r in rows if r["claim_kind"] == "listed_item"]
    assert got == [
        ("人员经费80.00万元", "基本工资"),
        ("人员经费80.00万元", "津贴补贴"),
        ("公用经费20.00万元", "办公费"),
        ("公用经费20.00万元", "印刷费"),
    ]


def test_putuo_personnel_list_names_every_item(putuo_claims):
    items = [r["claim_text"] for r in putuo_claims if r["claim_kind"] == "listed_item"]
    assert items[:10] == [
        "基本工资",
        "津贴补贴",
        "机关事业单位基本养老保险缴费",
        "职业年金缴费",
        "职工基本医疗保险缴费",
        "其他社会保障缴费",
        "住房公积金",
        "其他工资福利支出",
        "退休费",
        "个人农业生产补贴",  # planted: no figure in the 基本支出决算表 (its 奖励金 0.31 is not listed)
    ]
    assert len(items) == 23  # and the 13 items of 公用经费


def test_section_headings_and_their_parts():
    rows = _claims(
        "某某局\n2024年度部门决算\n目录\n第三部分 某某局部门决算情况说明\n一、收入支出决算总体情况说明\n"
        "二、收入决算情况说明\n第三部分 某某局部门决算情况说明\n二、收入决算情况说明\n本年收入合计 10 万元。\n"
        "一、收入支出决算总体情况说明\n收入支出总计 10 万元。\n名词解释\n一、财政拨款收入：指单位取得的拨款。"
    )
    got = [(r["subject_text"], r["claimed_value"], r["claim_text"]) for r in rows if r["claim_kind"] == "section"]
    assert got == [  # the contents page is left out; the title, 第三部分 and 名词解释 start parts
        ("part 2", "2", "二、收入决算情况说明"),
        ("part 2", "1", "一、收入支出决算总体情况说明"),
        ("part 3", "1", "一、财政拨款收入"),
    ]


def test_putuo_pdf_sections_are_in_the_standard_order(putuo_claims):
    """As printed (and as the PDF reader reads it, top to bottom) every part is numbered in order."""
    parts: dict[str, list[int]] = {}
    for r in putuo_claims:
        if r["claim_kind"] == "section":
            parts.setdefault(r["subject_text"], []).append(int(r["claimed_value"]))
    assert list(parts.values()) == [[1, 2], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]


def test_putuo_text_in_content_stream_order_has_sections_out_of_order():
    """The text fixture holds the PDF's text in its content-stream order, where the planted
    edits sit out of place: there 二、收入决算情况说明 precedes 一、… and 名词解释 二 precedes 一."""
    out = process_file(str(PDF.parents[1] / "final_accounts" / "putuo_finance_2024_final_accounts.txt"))
    sections = [
        (r["subject_text"], r["claimed_value"], r["source_line"])
        for r in out.rows["raw_narrative_claims"]
        if r["claim_kind"] == "section"
    ]
    part_three = [number for part, number, _ in sections if part == "part 2"]
    assert part_three[:3] == ["2", "1", "3"]
    glossary = [number for part, number, _ in sections if part == "part 3"]
    assert glossary[:3] == ["2", "1", "3"]


def test_a_claim_is_checked_against_the_budget_it_names_never_the_adjusted_one_for_the_opening():
    # '年初预算为A，调整预算为B，支出决算为C，完成年初预算的P%': P is C of A (never of B, the nearer);
    # '完成全年预算的' is of the adjusted budget; a bare '完成预算的' beside both budgets is not checked
    opening = "某某局\n2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
    stated = "一般公共预算财政拨款支出年初预算为 1,300.00 万元，调整预算为 1,325.00 万元，支出决算为 1,319.21 万元，"
    rows = _claims(opening + stated + "完成年初预算的 101.48%。决算数大于年初预算数，主要原因是追加项目。")
    assert [_key(r) for r in rows if r["claim_kind"] in ("share", "comparison")] == [
        ("share", "完成年初预算的101.48%", "101.48", "13192100.00", "13000000.00"),
        ("comparison", "大于", "", "13192100.00", "13000000.00"),
    ]
    rows = _claims(opening + stated + "完成全年预算的 99.56%。")
    assert [_key(r) for r in rows if r["claim_kind"] == "share"] == [
        ("share", "完成全年预算的99.56%", "99.56", "13192100.00", "13250000.00"),
    ]
    rows = _claims(opening + stated + "完成预算的 99.56%。决算数小于预算数。")
    assert [r for r in rows if r["claim_kind"] in ("share", "comparison")] == []
