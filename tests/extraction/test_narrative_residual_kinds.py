"""Kinds of wording the narrative parser missed across passages of several regions (issue 20,
narrative wording kinds 4-6 and 10), fixed as general rules.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _rows(
    paragraphs: list[str], final_accounts: bool = False, year: str = "2026", unit: str = "某县某局"
) -> list[dict]:
    """The rows of raw_narrative_figures read from ``paragraphs`` (a 2026 budget's, or a final
    account's, narrative under one heading), rejected ones left out."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final_accounts)
    return [row for row in result.rows.get("raw_narrative_figures", []) if row["is_rejected"] == "false"]


def _figures(paragraphs: list[str], final_accounts: bool = False, year: str = "2026") -> dict[str, str]:
    """metric[:code][@budget] -> value; the same key twice must agree."""
    read: dict[str, str] = {}
    for row in _rows(paragraphs, final_accounts, year):
        key = row["metric"] + (":" + row["function_code"] if row["function_code"] else "")
        if final_accounts and row.get("value_role") == "budget":
            key += "@budget"
        assert read.setdefault(key, row["value"]) == row["value"], key
    return read


def _texts(paragraphs: list[str], final_accounts: bool = False, year: str = "2026") -> dict[str, str]:
    """metric -> the source_text it was read with (one statement of each metric)."""
    return {row["metric"]: row["source_text"] for row in _rows(paragraphs, final_accounts, year)}


def _in_list_of(texts: dict[str, str], part: str, whole: str) -> bool:
    """True when ``part`` was read with its whole's text before its own: a part of the whole's 其中
    list (the income-parts check sums the parts whose text starts with the total's)."""
    return texts[part].startswith(texts[whole])


# --- kind 1: a 其中 list separated by '，' that runs on past a '；' (mixed separators) ------------
@pytest.mark.parametrize(
    ("sentence", "final_accounts", "parts"),
    [
        (
            "2026年收入预算1590.00万元，其中：一般公共预算拨款收入1200.00万元，事业收入250.00万元；"
            "其他收入100.00万元；上年结转40.00万元。",
            False,
            ["income_general_public_budget", "income_business", "income_other", "income_carryover"],
        ),
        (
            "本单位2026年部门收入980万元，其中：财政拨款收入900万元，事业收入50万元；其他收入30万元。",
            False,
            ["income_fiscal_appropriation", "income_business", "income_other"],
        ),
        (
            "2025年度本年收入合计760.5万元，其中：财政拨款收入700万元，事业收入40万元；"
            "其他收入20.5万元，占2.7%；年初结转和结余12万元。",
            True,
            ["income_fiscal_appropriation", "income_business", "income_other"],
        ),
        (
            # a list separated by '；' throughout runs on as before, the carry-over too
            "2026年收入预算500万元，其中：财政拨款收入420万元；事业收入60万元；其他收入20万元。",
            False,
            ["income_fiscal_appropriation", "income_business", "income_other"],
        ),
        (
            "2026年收入预算500万元，其中：财政拨款收入420万元，占84%；上年结转80万元，占16%。",
            False,
            ["income_fiscal_appropriation", "income_carryover"],
        ),
    ],
)
def test_a_part_after_the_semicolon_continues_the_list_of_its_whole(sentence, final_accounts, parts):
    year = "2025" if final_accounts else "2026"
    texts = _texts([sentence], final_accounts, year)
    for part in parts:
        assert _in_list_of(texts, part, "income_total"), (part, texts)


@pytest.mark.parametrize(
    ("sentence", "final_accounts", "beside"),
    [
        # the carry-over after a total named the year's own (本年收入) is beside it, not in its list
        (
            "2026年本年收入预算1400.00万元，其中：财政拨款收入1200.00万元，事业收入200.00万元；上年结转60.00万元。",
            False,
            "income_carryover",
        ),
        (
            "2025年度本年收入合计760万元，其中：财政拨款收入700万元，事业收入60万元；年初结转和结余12万元。",
            True,
            "income_carryover",
        ),
        # the carry-over after the '；' closing a list separated by '，' is a statement of its own
        # (the 年初预算数 lists every source of the year's income without it)
        (
            "（一）收入预算：2026年年初预算数540万元，其中：一般公共预算拨款210万元，政府性基金预算拨款0万元，事业收入330万元，"
            "其他收入0万元；上年结转结余资金30万元。",
            False,
            "income_carryover",
        ),
        # a new subject: a part of one of the parts, named after that part
        (
            "2026年收入预算1000万元，其中：财政拨款收入900万元，事业收入100万元；财政拨款收入中，一般公共预算拨款收入800万元。",
            False,
            "income_general_public_budget",
        ),
        # a new statement: the income's change
        (
            "2026年收入预算1000万元，其中：财政拨款收入900万元，事业收入100万元；收入比上年增加40万元。",
            False,
            "income_change_vs_prior_year",
        ),
    ],
)
def test_a_semicolon_that_opens_a_new_statement_still_ends_the_list(sentence, final_accounts, beside):
    year = "2025" if final_accounts else "2026"
    texts = _texts([sentence], final_accounts, year)
    assert not _in_list_of(texts, beside, "income_total"), texts
    assert _in_list_of(texts, "income_business", "income_total")


def test_the_spending_after_a_semicolon_is_a_new_statement_read_with_its_own_list():
    # (the spending total was left unread as 'a part of income_business named only by the words of a total')
    sentence = (
        "2026年收入预算1810万元，其中：财政拨款收入1500万元，事业收入310万元；"
        "支出预算1810万元，其中：基本支出1000万元，项目支出810万元。"
    )
    read = _figures([sentence])
    assert read == {
        "income_total": "18100000.00",
        "income_fiscal_appropriation": "15000000.00",
        "income_business": "3100000.00",
        "expenditure_total": "18100000.00",
        "basic_expenditure": "10000000.00",
        "project_expenditure": "8100000.00",
    }
    texts = _texts([sentence])
    assert texts["expenditure_total"].startswith("支出预算")
    assert not _in_list_of(texts, "basic_expenditure", "income_total")


def test_another_years_part_after_the_semicolon_is_no_part_of_the_list():
    texts = _texts(["2026年收入预算1000万元，其中：财政拨款收入900万元，事业收入100万元；2025年其他收入20万元。"])
    assert "income_other" not in texts
    assert _in_list_of(texts, "income_business", "income_total")


# --- kind 2: '无此项内容' / '无此项支出' said of the item the sentence opens by naming (关于X, or X：)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("此外，关于机关运行经费支出，本单位属于非行政单位，无此项内容。", {"operating_cost": "0.00"}),
        ("关于机关运行经费，本所无此项支出。", {"operating_cost": "0.00"}),
        ("机关运行经费支出情况：本单位2025年度无此项支出。", {"operating_cost": "0.00"}),
        ("关于政府采购情况的说明，本单位未发生此项支出。", {"procurement_total": "0.00"}),
    ],
)
def test_none_of_this_item_is_the_item_named_before_it(sentence, expected):
    assert _figures([sentence], final_accounts=True, year="2025") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another year's
        "机关运行经费支出情况：本单位2024年度无此项支出。",
        "关于上年机关运行经费，本单位无此项支出。",
        # an amount between the item and 此项: which item it is is not certain
        "关于机关运行经费支出，本单位支出20万元，无此项内容。",
        # no item named before it
        "本单位无此项内容。",
        # an item no zero is read for
        "关于国有资产占用情况，本单位无此项内容。",
    ],
)
def test_none_of_this_item_without_a_named_item_of_this_year_reads_nothing(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert not any(value == "0.00" for value in read.values()), read
