"""An item that prints its function code BEFORE its name, and codes told by what stands around them.

The reference (seeds/reference/function_codes.csv) lists few 款/项 codes. A code printed before the
name of its level ('[2110402]农村环境保护', '（2110402）…', '211类04款02项 农村环境保护', '2110402
（农村环境保护）', '科目编码2110402（…）', '2110402农村环境保护') is read under the rule a path
ending in its code is read by: its first three digits a known 类, each printed code extending the
one before, and no name contradicting it (a category's name, another listed code's name under the
same parent, a listed code's other name). A 款 code alone in brackets is read under the 类 named
before it in the sentence; '全部为 / 均为 / 为' and a coded item right after a fund's spending name
that item's share of it. Not read: a code of no known 类, a date or a document's number, a number
counting something, a code under another 类 than the one named before it.

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

import pytest
from narrative_figures import parse_document, unparsed_messages

from extract.narrative import metrics as m

_UNIT = "某某县某某保护站"


def _budget(*paragraphs: str):
    return parse_document(*paragraphs, unit=_UNIT, year="2025")


def _final(*paragraphs: str):
    return parse_document(*paragraphs, unit=_UNIT, year="2024", final=True)


def _kept(result) -> list[tuple[str, str, str, str]]:
    """(metric, function code, value role, value) of every kept figure, in the order read."""
    return [
        (row["metric"], row["function_code"], row["value_role"], row["value"])
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "false"
    ]


def _items(result) -> list[tuple[str, str, str]]:
    """(function code, value role, value) of every kept 类/款/项 figure, in the order read."""
    return [
        (code, role, value)
        for metric, code, role, value in _kept(result)
        if metric in ("expenditure_function", "expenditure_category")
    ]


# --- the code of a label (metrics)


@pytest.mark.parametrize(
    ("label", "code"),
    [
        # bare, run in before the 项 name (2110402 is not listed; neither is its 款)
        ("2110402农村环境保护", "2110402"),
        ("1.2110402农村环境保护", "2110402"),
        # bracketed first
        ("[2110402]农村环境保护", "2110402"),
        ("【2110402】农村环境保护", "2110402"),
        ("（2110402）农村环境保护", "2110402"),
        ("(2110402)农村环境保护", "2110402"),
        # level-digit marks first
        ("211类04款02项农村环境保护", "2110402"),
        ("211类04款02项（农村环境保护）", "2110402"),
        ("211类04款自然生态保护", "21104"),
        # the code, then its name (or its 款's and its 项's) in brackets, maybe after a word naming it
        ("2110402（农村环境保护）", "2110402"),
        ("科目编码2110402（农村环境保护）", "2110402"),
        ("科目代码：2110402（自然生态保护—农村环境保护）", "2110402"),
        # a name many 款 share, under a 款 whose 行政运行 the reference does not list
        ("[2110401]行政运行", "2110401"),
        # a listed code with its own name, also with its budget's words after it
        ("[2010607]信息化建设", "2010607"),
        ("2050205高等教育预算数", "2050205"),
        # the whole path from its 类 (as before)
        ("2110402节能环保支出-自然生态保护-农村环境保护", "2110402"),
    ],
)
def test_a_code_printed_before_its_name_is_read(label, code):
    assert m.coded_path_code(label) == code
    assert m.opens_with_code(label)
    assert m.prints_function_code(label)


@pytest.mark.parametrize(
    "label",
    [
        # a category's name
        "[2110402]节能环保支出",
        "（2110402）教育支出",
        "2110402教育",
        # another listed code's name under the same parent (信息化建设 is 2010607, 行政运行 2010601)
        "[2010605]信息化建设",
        "2010603行政运行",
        # a listed code's other name (2010601 is 行政运行)
        "2010601财政事务",
        # a code of no known 类
        "[2250102]某某事务",
        "9990101某某事务",
        # a level word beside the whole code
        "2110402农村环境保护（款）",
        # more names than the code has levels; a 类 name that is not the code's
        "21104节能环保支出-自然生态保护-农村环境保护",
        "2110402教育支出-自然生态保护-农村环境保护",
    ],
)
def test_a_code_before_a_name_that_contradicts_it_is_not_read(label):
    assert m.coded_path_code(label) == ""


@pytest.mark.parametrize(
    "label",
    [
        "20240315专项普查活动",  # a date: eight digits
        "2010507号文件安排资金",  # a document's number
        "21103户农户补贴资金",  # a count
        "21103平方米改造资金",
        "201.专项普查活动",
    ],
)
def test_a_number_that_is_no_code_opens_no_code(label):
    assert not m.opens_with_code(label)
    assert m.coded_path_code(label) == ""


def test_a_code_before_names_short_of_its_class_is_checked_against_the_class_named_before_it():
    assert m.coded_path_code("2110402农村环境保护", "211") == "2110402"
    assert m.coded_path_code("2110402农村环境保护", "205") == ""
    assert m.code_first_code("[2110402]农村环境保护", "205") == ""
    # a path naming its own 类 is not checked against another named before it
    assert m.coded_path_code("2110402节能环保支出-自然生态保护-农村环境保护", "205") == "2110402"


def test_marked_labels_printing_the_code_first_are_read_by_it():
    assert m.marked_function_code("[2110402]农村环境保护") == "2110402"
    assert m.marked_function_code("[2110402]节能环保支出") == ""
    assert m.mismatched_printed_code("[2110402]节能环保支出") == "2110402"
    assert m.mismatched_printed_code("[2110402]农村环境保护") == ""


@pytest.mark.parametrize(
    ("label", "category", "code"),
    [
        ("（21103）", "211", "21103"),
        ("[2110301]", "211", "2110301"),
        ("（21103）支出", "211", "21103"),
        ("（21103）", "205", ""),  # under another 类
        ("（21103）", "", ""),  # no 类 named
        ("（211）", "211", ""),  # the 类 itself
        ("（21103）大气", "211", ""),  # a name: read as a name's code, not alone
    ],
)
def test_a_code_alone(label, category, code):
    assert m.code_alone(label, category) == code


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("节能环保支出—自然生态保护—农村环境保护（2110402）", "2110402"),
        ("自然生态保护—农村环境保护（2110402）", "2110402"),
        ("节能环保支出（类）自然生态保护（款）农村环境保护（项）（项目代码：2110402）", "2110402"),
        ("节能环保支出（类）自然生态保护（款）农村环境保护（项）（科目编码2110402）", "2110402"),
        # the 类 named first is another than the code's
        ("教育支出—自然生态保护—农村环境保护（2110402）", ""),
    ],
)
def test_names_before_a_bracketed_code(label, code):
    assert m.marked_function_code(label) == code


# --- budgets


@pytest.mark.parametrize(
    "sentence",
    [
        "2110402农村环境保护41.30万元。",
        "[2110402]农村环境保护41.30万元。",
        "（2110402）农村环境保护41.30万元。",
        "【2110402】农村环境保护41.30万元。",
        "211类04款02项 农村环境保护 41.30万元。",
        "211类04款02项（农村环境保护）41.30万元。",
        "2110402（农村环境保护）41.30万元。",
        "科目编码2110402（农村环境保护）41.30万元。",
        "科目编码2110402（农村环境保护）413,000.00元。",
        "其中：[2110402]农村环境保护41.30万元。",
        "农村环境保护（2110402）41.30万元。",
        "节能环保支出—自然生态保护—农村环境保护（2110402）41.30万元。",
        "节能环保支出（类）自然生态保护（款）农村环境保护（项）（项目代码：2110402）41.30万元。",
    ],
)
def test_a_budget_item_printing_its_code_first_is_read(sentence):
    assert _items(_budget(sentence)) == [("2110402", "", "413000.00")]


def test_a_list_of_items_printing_their_codes_first():
    result = _budget(
        "主要项级科目：2110402农村环境保护41.30万元；2240106安全监管8.75万元；[2010607]信息化建设3.20万元。"
    )
    assert _items(result) == [("2110402", "", "413000.00"), ("2240106", "", "87500.00"), ("2010607", "", "32000.00")]


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("[2110402]节能环保支出41.30万元。", "2110402"),
        ("（2110402）教育支出41.30万元。", "2110402"),
        ("[2010605]信息化建设41.30万元。", "2010605"),
        ("2010601财政事务41.30万元。", "41.30万元"),
        ("[2250102]某某事务41.30万元。", "41.30万元"),
        ("20240315专项普查活动41.30万元。", "41.30万元"),
        ("根据某某〔2010507〕号文件，安排专项普查活动经费41.30万元。", "41.30万元"),
        ("2010507号文件安排资金41.30万元。", "41.30万元"),
        ("21103户农户补贴资金41.30万元。", "41.30万元"),
        ("教育支出—自然生态保护—农村环境保护（2110402）41.30万元。", "2110402"),
        ("某某工程（项目代码：2110402）41.30万元。", "41.30万元"),
    ],
)
def test_a_budget_item_whose_code_is_not_trusted_keeps_no_figure(sentence, why):
    result = _budget(sentence)
    assert _items(result) == []
    assert any(why in message for message in unparsed_messages(result))


def test_a_code_first_item_under_another_category_named_before_it_is_not_read():
    result = _budget("教育支出中，2110402农村环境保护41.30万元。")
    assert _items(result) == []
    assert any("not under the 类 named before it" in message for message in unparsed_messages(result))
    assert _items(_budget("节能环保支出中，2110402农村环境保护41.30万元。")) == [("2110402", "", "413000.00")]


def test_a_code_first_item_under_a_category_heading():
    item = "1.[2110402]农村环境保护：2025年预算数为41.30万元。"
    assert _items(_budget("（三）节能环保支出（类）", item)) == [("2110402", "", "413000.00")]
    assert _items(_budget("（三）教育支出（类）", item)) == []


# --- codes alone under the 类 named before them


@pytest.mark.parametrize(
    "sentence",
    [
        "节能环保支出中，（21103）58.20万元，（21104）12.00万元。",
        "节能环保支出中，[21103]58.20万元，[21104]12.00万元。",
        "节能环保支出（211）70.20万元，其中（21103）58.20万元，（21104）12.00万元。",
    ],
)
def test_kuan_codes_alone_after_their_category(sentence):
    items = _items(_budget(sentence))
    assert ("21103", "", "582000.00") in items
    assert ("21104", "", "120000.00") in items


@pytest.mark.parametrize(
    "sentence",
    [
        "（21103）58.20万元。",
        "教育支出中，（21103）58.20万元。",
        "其中，（21103）58.20万元。",
    ],
)
def test_a_code_alone_without_its_category_is_not_read(sentence):
    result = _budget(sentence)
    assert _items(result) == []
    assert any("58.20万元" in message for message in unparsed_messages(result))


def test_a_code_alone_in_a_final_account_with_its_role_words():
    assert _items(_final("节能环保支出中，（21103）支出决算58.20万元。")) == [("21103", "actual", "582000.00")]


# --- a fund's spending wholly for one coded item


@pytest.mark.parametrize(
    "sentence",
    [
        "政府性基金预算财政拨款支出86.00万元，全部为[2121399]其他城市基础设施配套费安排的支出。",
        "政府性基金预算财政拨款支出86.00万元，均为[2121399]其他城市基础设施配套费安排的支出。",
        "政府性基金预算财政拨款支出86.00万元，为[2121399]其他城市基础设施配套费安排的支出，用于某某道路改造。",
        "政府性基金预算财政拨款支出86.00万元，为2121399其他城市基础设施配套费安排的支出。",
        "政府性基金预算财政拨款支出86.00万元，全部为其他城市基础设施配套费安排的支出（2121399）。",
    ],
)
def test_a_funds_spending_wholly_for_one_coded_item(sentence):
    assert _kept(_budget(sentence)) == [
        ("expenditure_government_fund", "", "", "860000.00"),
        ("expenditure_function", "2121399", "", "860000.00"),
    ]


def test_a_funds_spending_wholly_for_one_coded_item_in_a_final_account():
    sentence = (
        "2024年度政府性基金预算财政拨款支出86.00万元，为[2121399]其他城市基础设施配套费安排的支出，用于某某道路改造。"
    )
    assert _kept(_final(sentence)) == [
        ("expenditure_government_fund", "", "actual", "860000.00"),
        ("expenditure_function", "2121399", "actual", "860000.00"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # 为 after what is no fund's spending
        "项目支出86.00万元，为[2121399]其他城市基础设施配套费安排的支出。",
        # the item's name contradicts its code
        "政府性基金预算财政拨款支出86.00万元，为[2121399]教育支出。",
        "政府性基金预算财政拨款支出86.00万元，全部为[2121399]城乡社区支出。",
        # 为 and no code
        "政府性基金预算财政拨款支出86.00万元，为上年的95%。",
    ],
)
def test_no_coded_item_is_read_from_other_words_after_a_total(sentence):
    assert not any(metric == "expenditure_function" for metric, *_ in _kept(_budget(sentence)))


# --- final accounts


@pytest.mark.parametrize(
    "opening",
    [
        "【2110402】农村环境保护：",
        "1.[2110402]农村环境保护：",
        "（2）（2110402）农村环境保护：",
        "2110402 农村环境保护：",
        "211类04款02项 农村环境保护：",
        "科目编码2110402（农村环境保护）：",
        "农村环境保护（2110402）：",
        "节能环保支出（类）自然生态保护（款）农村环境保护（项）（项目代码：2110402）：",
    ],
)
def test_a_final_accounts_item_printing_its_code_first_reads_its_role_figures(opening):
    result = _final(opening + "年初预算为80.00万元，支出决算为76.50万元，完成年初预算的95.6%。")
    assert _items(result) == [("2110402", "budget", "800000.00"), ("2110402", "actual", "765000.00")]


@pytest.mark.parametrize(
    "opening",
    ["【2110402】节能环保支出：", "[2010605]信息化建设：", "[2250102]某某事务："],
)
def test_a_final_accounts_item_whose_code_is_not_trusted_keeps_no_figure(opening):
    result = _final(opening + "年初预算为80.00万元，支出决算为76.50万元。")
    assert _items(result) == []
    assert sum("76.50万元" in message or "80.00万元" in message for message in unparsed_messages(result)) == 2


def test_coded_items_listed_after_a_paragraph_ending_in_a_colon():
    result = _final(
        "2024年度一般公共预算财政拨款支出300.00万元。按功能分类：节能环保支出250.00万元；"
        "灾害防治及应急管理支出50.00万元。其中：",
        "2110402 农村环境保护：全年预算260.00万元，支出决算250.00万元，完成96.2%；",
        "2240106 安全监管：支出决算50.00万元。",
    )
    items = _items(result)
    assert ("2110402", "adjusted_budget", "2600000.00") in items
    assert ("2110402", "actual", "2500000.00") in items
    assert ("2240106", "actual", "500000.00") in items


def test_a_coded_item_inside_a_paragraph_under_another_category_is_not_read():
    result = _final("1.教育支出中，2110402农村环境保护：年初预算为80.00万元，支出决算为76.50万元。")
    assert _items(result) == []


# --- the empty mark of the code's own level after the name ('2110402农村环境保护（项）') ----------


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("2110402农村环境保护（项）", "2110402"),
        ("2110402农村环境保护(项)", "2110402"),
        ("21104自然生态保护（款）", "21104"),
        ("[2110402]农村环境保护（项）", "2110402"),
    ],
)
def test_the_empty_mark_of_the_codes_own_level_after_its_name(label, code):
    assert m.coded_path_code(label) == code


@pytest.mark.parametrize(
    "label",
    [
        "2110402农村环境保护（款）",  # a 款 mark beside a 项 code
        "21104自然生态保护（项）",  # a 项 mark beside a 款 code
        "2110402农村环境保护（02项）",  # a mark with digits of its own
        "2110402教育支出（项）",  # a category's name
    ],
)
def test_a_mark_of_another_level_beside_the_code_is_not_read(label):
    assert m.coded_path_code(label) == ""


def test_a_code_first_item_with_its_level_mark_titles_the_amount_after_its_definition():
    result = _budget(
        "1.节能环保支出（类）自然生态保护（款）",
        "2110402农村环境保护（项）：用于反映乡村环境整治的支出。2025年预算安排86.40万元。",
        "2110499其他自然生态保护支出（项）：用于反映其他支出。2025年预算安排12万元。",
    )
    assert _items(result) == [("2110402", "", "864000.00"), ("2110499", "", "120000.00")]
