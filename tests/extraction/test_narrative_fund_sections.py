"""A 决算's fund sections: a numbered statement ends the item before it, and role words alone under
a heading of one fund's spending are that fund's (issue 20, kinds 5 and 10).

1. A numbered paragraph that states amounts of its own ('（二）政府性基金预算财政拨款支出年初预算为…')
   after a paragraph of a coded item ('2.…（2081902）：年初预算为…') is about no item: its role
   words are the fund's spending, never the item's.
2. Under '六、政府性基金预算财政拨款支出决算情况说明' (or 一般公共预算财政拨款, 财政拨款), '年初预算为A，
   支出决算为B' gives that fund's spending in both roles, never the whole spending
   (expenditure_total). Must not: under a 三公 heading (its own subject), after an item path in
   the sentence, under a heading of both sides (收入支出), under a sub-heading of no funds below
   the fund's ('（三）具体情况'): reported, never read.

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

from narrative_figures import unparsed_messages

from extract.narrative import parse_narrative
from extract.result import ParseResult

_NAMES = {"208": "社会保障和就业支出", "20819": "最低生活保障", "2081902": "农村最低生活保障金支出"}


def _parse(*paragraphs: str) -> ParseResult:
    lines = ["某县某局", "2024年度部门决算", *paragraphs]
    return parse_narrative(
        lines, None, fiscal_year="2024", unit_name="某县某局", final_accounts=True, function_names=_NAMES
    )


def _read(*paragraphs: str) -> dict[tuple[str, str, str], str]:
    """(metric, function code, value role) -> value of every kept figure (none read twice)."""
    kept = [r for r in _parse(*paragraphs).rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {(r["metric"], r["function_code"], r["value_role"]): r["value"] for r in kept}
    assert len(out) == len(kept), kept
    return out


def test_numbered_statement_after_a_coded_item_is_the_funds_not_the_items() -> None:
    read = _read(
        "一、部门决算情况说明",
        "（一）一般公共预算财政拨款支出年初预算为500.00万元，调整预算为520.00万元，支出决算为510.00万元。",
        "1.最低生活保障—农村最低生活保障金支出（2081902）：年初预算为200.00万元，调整预算为210.00万元，"
        "支出决算为205.00万元。",
        "（二）政府性基金预算财政拨款支出年初预算为0万元，调整预算为40.00万元，支出决算为37.40万元。",
    )
    assert read[("expenditure_function", "2081902", "budget")] == "2000000.00"
    assert read[("expenditure_function", "2081902", "actual")] == "2050000.00"
    assert read[("expenditure_government_fund", "", "budget")] == "0.00"
    assert read[("expenditure_government_fund", "", "adjusted_budget")] == "400000.00"
    assert read[("expenditure_government_fund", "", "actual")] == "374000.00"
    assert not [k for k in read if k[0] == "expenditure_function" and read[k] in ("400000.00", "374000.00")]


def test_role_words_alone_under_a_funds_spending_heading_are_that_funds() -> None:
    read = _read(
        "六、政府性基金预算财政拨款支出决算情况说明",
        "年初预算为40.00万元，支出决算为52.00万元。",
        "七、一般公共预算财政拨款支出决算情况说明",
        "年初预算为300.00万元，调整预算为320.00万元，支出决算为310.00万元。",
        "八、财政拨款支出决算情况说明",
        "年初预算为340.00万元，支出决算为362.00万元。",
    )
    assert read == {
        ("expenditure_government_fund", "", "budget"): "400000.00",
        ("expenditure_government_fund", "", "actual"): "520000.00",
        ("expenditure_general_public_budget", "", "budget"): "3000000.00",
        ("expenditure_general_public_budget", "", "adjusted_budget"): "3200000.00",
        ("expenditure_general_public_budget", "", "actual"): "3100000.00",
        ("expenditure_fiscal_appropriation", "", "budget"): "3400000.00",
        ("expenditure_fiscal_appropriation", "", "actual"): "3620000.00",
    }


def test_role_words_under_a_three_public_heading_stay_its_own() -> None:
    read = _read("七、“三公”经费财政拨款支出决算情况说明", "年初预算为12.00万元，支出决算为8.20万元。")
    assert read == {("three_public_total", "", "budget"): "120000.00", ("three_public_total", "", "actual"): "82000.00"}


def test_role_words_after_an_item_in_the_sentence_are_not_the_funds() -> None:
    read = _read(
        "六、政府性基金预算财政拨款支出决算情况说明",
        "其中：社会保障和就业支出（类）最低生活保障（款）农村最低生活保障金支出（项）年初预算为10.00万元，"
        "支出决算为8.00万元。",
    )
    assert not [k for k in read if k[0] in ("expenditure_government_fund", "expenditure_total")]


def test_role_words_under_a_heading_of_both_sides_are_reported() -> None:
    result = _parse("九、一般公共预算财政拨款收入支出决算情况说明", "年初预算为30.00万元。")
    assert not [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    assert any("30.00万元" in message for message in unparsed_messages(result))


def test_role_words_under_a_sub_heading_of_no_funds_are_reported_not_the_whole_spending() -> None:
    # '（三）具体情况' may be about any item of the fund: neither the fund's nor the whole spending
    result = _parse(
        "七、一般公共预算财政拨款支出决算情况说明",
        "（三）具体情况",
        "年初预算为20.00万元，支出决算为18.00万元。",
    )
    assert not [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    messages = unparsed_messages(result)
    assert any("18.00万元" in message and "sub-heading of one fund's spending" in message for message in messages)
    assert any("20.00万元" in message for message in messages)


def test_role_words_after_an_item_named_in_their_sentence_are_never_the_funds() -> None:
    # '（三）一般公共预算财政拨款支出决算具体情况' then '…如下：1.2130101 农林水支出（类）…（项）：年初预算为X':
    # the item's, never the fund's spending (which would conflict with the fund's own figures)
    result = _parse(
        "（三）一般公共预算财政拨款支出决算具体情况",
        "2024年度一般公共预算财政拨款支出年初预算为171.40万元，支出决算为182.20万元。主要支出项目情况如下："
        "1.2130101 农林水支出（类）农业农村（款）行政运行（项）：年初预算为52.90万元，支出决算为50.50万元。",
    )
    kept = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    funds = {(r["value_role"], r["value"]) for r in kept if r["metric"] == "expenditure_general_public_budget"}
    assert funds == {("budget", "1714000.00"), ("actual", "1822000.00")}
    assert not [p for p in result.problems if p.code == "narrative_conflict"]
