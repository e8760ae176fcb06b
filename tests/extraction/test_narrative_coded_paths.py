"""An item named by its full 类/款/项 path whose last level prints its whole function code.

The reference (seeds/reference/function_codes.csv) lists few 款/项 codes; a path whose last level
prints a whole code ('…城乡社区管理事务（款）城管执法（项）（2120104）', brackets （）/()/【】/[] or the
code run in after the mark) takes that code, and a level before it with an empty mark takes the
code's prefix of its length when its name does not contradict it (a category's name, another
listed code's name under the same parent, a 类 name of another code, a level word naming
another level than the code's length: not read). A path that starts at 款 is under the 类 named
before it ('一般公共服务支出中，', a heading '（二）教育支出（类）') when one is named. The clause
naming the item may end at its code ('…（2140106）年初预算X'). A 决算's role words then give each
figure its role.

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

import pytest
from narrative_figures import parse_document, unparsed_messages

from extract.narrative import metrics as m

_UNIT = "某某区某某管理所"


def _final(*paragraphs: str):
    return parse_document(*paragraphs, unit=_UNIT, year="2024", final=True)


def _budget(*paragraphs: str):
    return parse_document(*paragraphs, unit=_UNIT, year="2025")


def _items(result) -> list[tuple[str, str, str]]:
    """(function code, value role, value) of every kept 类/款/项 figure, in the order read."""
    return [
        (row["function_code"], row["value_role"], row["value"])
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "false" and row["metric"] in ("expenditure_function", "expenditure_category")
    ]


# --- the code of a path (metrics)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        # a 款 the reference does not list takes the printed code's prefix
        ("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）", "2120104"),
        ("城乡社区支出(类)城乡社区管理事务(款)城管执法(项)(2120104)", "2120104"),
        ("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）【2120104】", "2120104"),
        ("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）[2120104]", "2120104"),
        ("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）2120104", "2120104"),
        ("交通运输支出（类）公路水路运输（款）公路养护（项）（2140106）", "2140106"),
        # a path that starts at 款
        ("人大事务（款）人大会议（项）[2010104]", "2010104"),
        # budget words after the code
        ("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）预算数", "2120104"),
        # a 款 the reference lists, named as it names it: as before
        ("一般公共服务支出（类）财政事务（款）信息化建设（项）（2010607）", "2010607"),
    ],
)
def test_a_path_ending_in_a_printed_code_takes_it(label, code):
    assert m.marked_function_code(label) == code


@pytest.mark.parametrize(
    "label",
    [
        # the 类 named in the path is another than the code's
        "教育支出（类）城乡社区管理事务（款）城管执法（项）（2120104）",
        # the 款 name is a category's
        "城乡社区支出（类）一般公共服务（款）城管执法（项）（2120104）",
        # the 款 name is another listed code's under the same 类 (公路水路运输 is 21401)
        "交通运输支出（类）公路水路运输（款）公路养护（项）（2140306）",
        # the 项 name is another listed code's under the same 款 (行政运行 is 2010601)
        "一般公共服务支出（类）财政事务（款）行政运行（项）（2010602）",
        # a 款 code where the 项 is named, a 项 code where the 款 is named
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（21201）",
        "城乡社区支出（类）城乡社区管理事务（项）（21201）",
        "城乡社区支出（类）城乡社区管理事务（款）（2120104）",
        # a code that does not extend the one before it
        "一般公共服务支出（201）城乡社区管理事务（款）城管执法（项）（2120104）",
        # a code whose first three digits are no known 类
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（9990101）",
        # words of a sentence where a name stands
        "一般公共服务支出中，人大事务（款）人大会议（项）[2010104]",
    ],
)
def test_a_path_whose_names_do_not_fit_its_code_reads_nothing(label):
    assert m.marked_function_code(label) == ""


def test_a_path_starting_at_kuan_is_under_the_category_named_before_it():
    label = "人大事务（款）人大会议（项）[2010104]"
    assert m.marked_function_code(label, "201") == "2010104"
    assert m.marked_function_code(label, "205") == ""
    # a path naming its own 类 is not checked against another named before it
    assert (
        m.marked_function_code("城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）", "205") == "2120104"
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("一般公共服务支出中，", "201"),
        ("（二）教育支出（类）", "205"),
        ("2.卫生健康支出（210）", "210"),
        ("一般公共服务支出（类）43.6万元，其中", "201"),
        ("其中", ""),
        ("某某服务中心", ""),
    ],
)
def test_the_category_named_last(text, code):
    assert m.category_named_last(text) == code


# --- 决算 paragraphs naming their item by a coded path


@pytest.mark.parametrize(
    "opening",
    [
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）：",
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）。",
        "2.城乡社区支出(类)城乡社区管理事务(款)城管执法(项)(2120104)：",
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）【2120104】：",
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）2120104：",
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104），",
    ],
)
def test_a_final_accounts_item_with_an_unlisted_kuan_reads_its_role_figures(opening):
    result = _final(opening + "年初预算为270.00万元，支出决算为265.40万元，完成年初预算的98.30%。")
    assert _items(result) == [("2120104", "budget", "2700000.00"), ("2120104", "actual", "2654000.00")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "（3）交通运输支出（类）公路水路运输（款）公路养护（项）（2140106）年初预算66.5万元，调整预算71万元，支出决算70.2万元。",
        "3.交通运输支出（类）公路水路运输（款）公路养护（项）[2140106]年初预算为66.5万元，调整预算为71万元，支出决算为70.2万元。",
    ],
)
def test_the_item_clause_ends_at_its_code_without_a_stop(paragraph):
    assert _items(_final(paragraph)) == [
        ("2140106", "budget", "665000.00"),
        ("2140106", "adjusted_budget", "710000.00"),
        ("2140106", "actual", "702000.00"),
    ]


def test_a_path_starting_at_kuan_after_its_category_is_read_in_both_kinds():
    sentence = "一般公共服务支出中，人大事务（款）人大会议（项）[2010104]41.00万元，人大监督（项）[2010108]12.60万元。"
    assert _items(_final(sentence)) == [("2010104", "actual", "410000.00"), ("2010108", "actual", "126000.00")]
    assert _items(_budget(sentence)) == [("2010104", "", "410000.00"), ("2010108", "", "126000.00")]


def test_a_path_starting_at_kuan_under_another_category_is_not_read():
    sentence = "教育支出中，人大事务（款）人大会议（项）[2010104]41.00万元。"
    for result in (_final(sentence), _budget(sentence)):
        assert _items(result) == []
        assert any(
            "41.00万元" in message and "not under the 类 named before it" in message
            for message in unparsed_messages(result)
        )


def test_items_under_a_category_heading_start_at_kuan():
    paragraphs = (
        "（二）教育支出（类）",
        "1.职业教育（款）中专教育（项）（2050302）：年初预算为33.00万元，支出决算为35.80万元。",
        "2.职业教育（款）技校教育（项）（2050303）：支出决算为8.20万元。",
    )
    assert _items(_final(*paragraphs)) == [
        ("2050302", "budget", "330000.00"),
        ("2050302", "actual", "358000.00"),
        ("2050303", "actual", "82000.00"),
    ]


def test_an_item_under_another_category_heading_is_not_read():
    paragraphs = (
        "（二）教育支出（类）",
        "1.人大事务（款）人大会议（项）（2010104）：年初预算为33.00万元，支出决算为35.80万元。",
    )
    result = _final(*paragraphs)
    assert _items(result) == []
    assert sum("not under the 类 named before it" in message for message in unparsed_messages(result)) == 2
    # the next heading of that level ends the category heading's scope
    later = _final(*paragraphs, "（三）其他情况", "1.人大事务（款）人大会议（项）（2010104）：支出决算为36.10万元。")
    assert _items(later) == [("2010104", "actual", "361000.00")]


def test_the_category_named_before_the_path_in_its_opening_decides():
    opening = "人大事务（款）人大会议（项）（2010104）：年初预算为33.00万元，支出决算为35.80万元。"
    assert _items(_final("1.一般公共服务支出中，" + opening)) == [
        ("2010104", "budget", "330000.00"),
        ("2010104", "actual", "358000.00"),
    ]
    assert _items(_final("1.教育支出中，" + opening)) == []


@pytest.mark.parametrize(
    "opening",
    [
        # the 类 named is another than the code's
        "2.教育支出（类）城乡社区管理事务（款）城管执法（项）（2120104）：",
        # a 款 code printed where the 项 is named
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（21201）：",
        # the 款 named is another listed code's
        "2.交通运输支出（类）公路水路运输（款）公路养护（项）（2140306）：",
    ],
)
def test_a_final_accounts_item_whose_names_contradict_its_code_is_refused(opening):
    result = _final(opening + "年初预算为270.00万元，支出决算为265.40万元。")
    assert _items(result) == []
    messages = unparsed_messages(result)
    assert sum("prints a function code that does not fit its names" in message for message in messages) == 2


def test_a_code_of_no_known_category_keeps_no_figure():
    result = _final(
        "2.城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（9990101）：年初预算为270.00万元，支出决算为265.40万元。"
    )
    assert _items(result) == []


# --- budgets


@pytest.mark.parametrize(
    "sentence",
    [
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）2025年预算数为95.00万元。",
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）：2025年预算数为95.00万元。",
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）2120104：2025年预算数为95.00万元。",
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）95.00万元。",
        "城乡社区支出(类)城乡社区管理事务(款)城管执法(项)(2120104)预算95.00万元。",
    ],
)
def test_a_budget_item_with_an_unlisted_kuan_is_read(sentence):
    assert _items(_budget(sentence)) == [("2120104", "", "950000.00")]


@pytest.mark.parametrize(
    "sentence",
    [
        "教育支出（类）城乡社区管理事务（款）城管执法（项）（2120104）2025年预算数为95.00万元。",
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（21201）2025年预算数为95.00万元。",
        # another year's budget is never the document's
        "城乡社区支出（类）城乡社区管理事务（款）城管执法（项）（2120104）2024年预算数为95.00万元。",
    ],
)
def test_a_budget_item_that_does_not_fit_is_not_read(sentence):
    result = _budget(sentence)
    assert _items(result) == []
    assert any("95.00万元" in message for message in unparsed_messages(result))


def test_a_budget_item_under_a_category_heading():
    item = "1.人大事务（款）人大会议（项）（2010104）：2025年预算数为27.00万元。"
    assert _items(_budget("（二）一般公共服务支出（类）", item)) == [("2010104", "", "270000.00")]
    assert _items(_budget("（二）教育支出（类）", item)) == []
