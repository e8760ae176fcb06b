"""Narrative wording met in held-out sets 88 and 89 (issue 20, kind 5: item-level prose)."""

from __future__ import annotations

from extract.narrative import metrics as m
from tests.narrative_figures import parse_document


def _kept(*paragraphs: str, final: bool = False) -> list[tuple[str, str, str]]:
    out = parse_document(*paragraphs, unit="某区教育局", year="2025", final=final)
    rows = out.rows.get("raw_narrative_figures", [])
    return [(r["metric"], r["function_code"], r["value"]) for r in rows if r["is_rejected"] != "true"]


def test_a_path_printed_from_its_kuan_with_digits_takes_the_category_told_before_it():
    assert m.marked_function_code("教育管理事务（01款）行政运行（01项）", "205") == "2050101"
    assert m.marked_function_code("普通教育（02款）", "205") == "20502"
    # no 类 told: no code (never a guess)
    assert m.marked_function_code("教育管理事务（01款）行政运行（01项）") == ""


def test_items_listed_under_a_numbered_category_paragraph_are_coded_under_that_category():
    # held-out set 88: '（一）教育支出（205类）X万元，…。其中：' then '1.教育管理事务（01款）行政运行（01项）Y万元'
    # (the 类 on the numbered paragraph stating its figure, its items printing 款 and 项 digits
    # alone): each item's code is the 类's and its own digits; before, every item was unparsed
    kept = _kept(
        "（一）教育支出（205类）72,880.25万元，较上年增加2,402.18万元。其中：",
        "1.教育管理事务（01款）行政运行（01项）986.42万元，主要用于局机关在职人员工资福利。",
        "2.普通教育（02款）小学（02项）38,416.27万元，比上年增加1,562.34万元，主要用于学校日常运转。",
        "（二）社会保障和就业支出（208类）9,120.48万元，较上年增加188.30万元。其中：",
        "1.行政事业单位养老支出（05款）行政单位离退休（01项）45.30万元，主要用于离退休人员支出。",
    )
    assert ("expenditure_category", "205", "728802500.00") in kept
    assert ("expenditure_function", "2050101", "9864200.00") in kept
    assert ("expenditure_function", "2050202", "384162700.00") in kept
    assert ("expenditure_function_change_vs_prior_year", "2050202", "15623400.00") in kept
    # the next numbered 类 paragraph names the 类 of the items after it
    assert ("expenditure_category", "208", "91204800.00") in kept
    assert ("expenditure_function", "2080501", "453000.00") in kept


def test_a_path_from_its_kuan_under_no_category_is_not_read():
    kept = _kept("2025年一般公共预算支出1,000.00万元。", "1.教育管理事务（01款）行政运行（01项）986.42万元。")
    assert [k for k in kept if k[2] == "9864200.00"] == []


def test_a_paragraph_of_a_level_above_ends_the_category():
    # '三、…' (a level above the 类's '（一）') ends it: a 款 path with digits after it names no 类
    kept = _kept(
        "二、一般公共预算支出情况",
        "（一）教育支出（205类）72,880.25万元。其中：",
        "1.教育管理事务（01款）行政运行（01项）986.42万元。",
        "三、一般公共预算基本支出情况共计500.00万元。",
        "1.教育管理事务（01款）行政运行（01项）123.00万元。",
    )
    assert ("expenditure_function", "2050101", "9864200.00") in kept
    assert [k for k in kept if k[2] == "1230000.00"] == []
