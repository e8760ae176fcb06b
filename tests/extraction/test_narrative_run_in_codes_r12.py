"""Issue 20: function codes run into their names in prose, and the words standing before an item's path.

- A 类's code run into its name after a list's bullet ('· 201一般公共服务支出X', '—— 205教育支出X', '● …',
  '- …'), as after a list number: the 类 and its change.
- A 项 code run into its name after the words before a path ('…（207）X万元，主要为2070205博物馆Y万元、
  2070204文物保护Z万元'): 主要为 / 主要是 / 主要用于 opening a list of coded items right after a 类's amount,
  no change stated in the statement, list what the 类 is made of; the items are read. After a change
  they are its reasons: not read.
- A path after 为 ('…支出X万元，为其他支出（类）…（项）（2296002）') is read without 为; 用于 inside a level's
  name ('用于社会福利的彩票公益金支出（项）') is the name's, never a use of money, and never left out.
- A code with 科目 alone after it ('2050202科目X元') is that code's.

What must not be read: a year or a count where a code would stand, a code without an amount, a code of
an income classification (103…), a code whose name is another code's, a coded item under another 类,
a use of money that names no item ('用于购置设备X').

Constructed sentences and amounts only (none of them a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import parse_document, unparsed_messages

from extract.narrative import metrics as m
from extract.narrative import parse_narrative

_UNIT = "某局"


def _budget(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(metric, function code, value) of every kept figure of a 2025 budget, in the order read."""
    result = parse_document(*paragraphs, unit=_UNIT, year="2025")
    return [
        (r["metric"], r["function_code"], r["value"])
        for r in result.rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]


def _account(*paragraphs: str) -> list[tuple[str, str, str, str]]:
    """(metric, function code, value role, value) of every kept figure of a 2024 决算, in the order read."""
    result = parse_document(*paragraphs, unit=_UNIT, year="2024", final=True)
    return [
        (r["metric"], r["function_code"], r["value_role"], r["value"])
        for r in result.rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]


def _unparsed(*paragraphs: str, final: bool = False) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year="2024" if final else "2025", final=final))


_CHANGE = "expenditure_category_change_vs_prior_year"


# ---------------------------------------------------------------- a 类's code run into its name


@pytest.mark.parametrize(
    ("sentence", "code", "value", "change"),
    [
        (
            "· 201一般公共服务支出5,420.16万元，比上年减少560.42万元，主要是一次性设备购置项目到期；",
            "201",
            "54201600.00",
            "-5604200.00",
        ),
        ("201一般公共服务支出：5,420.16万元，比上年减少560.42万元。", "201", "54201600.00", "-5604200.00"),
        ("【201】一般公共服务支出5,420.16万元，比上年减少560.42万元。", "201", "54201600.00", "-5604200.00"),
        ("—— 205教育支出1,200.00万元，比上年增加20.00万元。", "205", "12000000.00", "200000.00"),
        ("▪ 213农林水支出836.50万元，比上年增加12.30万元。", "213", "8365000.00", "123000.00"),
        ("- 208社会保障和就业支出1,024.08万元，比上年减少4.08万元。", "208", "10240800.00", "-40800.00"),
        ("（2）· 210卫生健康支出300.00万元，比上年增加10.00万元。", "210", "3000000.00", "100000.00"),
    ],
)
def test_a_budget_reads_a_category_code_run_into_its_name_after_a_bullet(sentence, code, value, change):
    assert _budget(sentence) == [("expenditure_category", code, value), (_CHANGE, code, change)]


@pytest.mark.parametrize(
    ("sentence", "code", "value", "change"),
    [
        (
            "· 201一般公共服务支出5,420.16万元，比上年减少560.42万元，主要是一次性设备购置项目到期；",
            "201",
            "54201600.00",
            "-5604200.00",
        ),
        ("【201】一般公共服务支出5,420.16万元，比上年减少560.42万元。", "201", "54201600.00", "-5604200.00"),
        ("—— 205教育支出1,200.00万元，比上年增加20.00万元。", "205", "12000000.00", "200000.00"),
        ("• 214交通运输支出86.20万元，比上年增加6.20万元。", "214", "862000.00", "62000.00"),
    ],
)
def test_a_final_account_reads_a_category_code_run_into_its_name_after_a_bullet(sentence, code, value, change):
    assert _account(sentence) == [("expenditure_category", code, "actual", value), (_CHANGE, code, "", change)]


def test_a_bullet_before_a_category_name_alone_is_no_word_of_it():
    assert _budget("● 一般公共服务支出5,420.16万元。") == [("expenditure_category", "201", "54201600.00")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a year where the code would stand: another year's figure
        "· 2024年一般公共服务支出5,420.16万元。",
        # a count run into a name
        "· 201名在职人员的人员经费5,420.16万元。",
        # a code without an amount
        "· 201一般公共服务支出。",
        # an income classification's code
        "· 103非税收入5,420.16万元。",
        # a code whose name is another 类's
        "· 【201】教育支出5,420.16万元。",
    ],
)
def test_no_category_is_read_from_a_year_a_count_an_income_code_or_a_code_of_another_name(sentence):
    assert [row for row in _budget(sentence) if row[0].startswith("expenditure_")] == []


def test_a_category_code_of_another_name_is_reported_with_both_codes():
    assert any(
        "201 printed with 教育支出, the name of 205" in message
        for message in _unparsed("· 【201】教育支出5,420.16万元。")
    )


# ---------------------------------------------------------------- a 类's composition after 主要为 / 主要是


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "文化旅游体育与传媒支出（207）318.42万元，主要为2070205博物馆262.42万元、2070204文物保护56.00万元；",
            [
                ("expenditure_category", "207", "3184200.00"),
                ("expenditure_function", "2070205", "2624200.00"),
                ("expenditure_function", "2070204", "560000.00"),
            ],
        ),
        (
            "城乡社区支出（212）640.00万元，主要是2120899其他国有土地使用权出让收入安排的支出640.00万元。",
            [("expenditure_category", "212", "6400000.00"), ("expenditure_function", "2120899", "6400000.00")],
        ),
        (
            "城乡社区支出（212）640.00万元，主要是2120899其他国有土地使用权出让收入安排的支出600.00万元、"
            "2120801征地和拆迁补偿支出40.00万元。",
            [
                ("expenditure_category", "212", "6400000.00"),
                ("expenditure_function", "2120899", "6000000.00"),
                ("expenditure_function", "2120801", "400000.00"),
            ],
        ),
        (
            "城乡社区支出640.00万元，主要是城乡社区支出（类）国有土地使用权出让收入及对应专项债务收入安排的支出（款）"
            "征地和拆迁补偿支出（项）（2120801）640.00万元。",
            [("expenditure_category", "212", "6400000.00"), ("expenditure_function", "2120801", "6400000.00")],
        ),
        (
            # a change stated in an earlier statement of the sentence is another 类's
            "一般公共服务支出（201）100.00万元；城乡社区支出（212）640.00万元，比上年增加40.00万元；教育支出（205）"
            "50.00万元，主要是2050202小学教育50.00万元。",
            [
                ("expenditure_category", "201", "1000000.00"),
                ("expenditure_category", "212", "6400000.00"),
                (_CHANGE, "212", "400000.00"),
                ("expenditure_category", "205", "500000.00"),
                ("expenditure_function", "2050202", "500000.00"),
            ],
        ),
    ],
)
def test_a_budget_reads_the_coded_items_a_category_is_mainly_made_of(sentence, expected):
    assert _budget(sentence) == expected


def test_a_final_account_reads_the_coded_items_a_category_is_mainly_made_of():
    sentence = (
        "城乡社区支出（212）640.00万元，主要用于2120899其他国有土地使用权出让收入安排的支出600.00万元，"
        "2120801征地和拆迁补偿支出40.00万元。"
    )
    assert _account(sentence) == [
        ("expenditure_category", "212", "actual", "6400000.00"),
        ("expenditure_function", "2120899", "actual", "6000000.00"),
        ("expenditure_function", "2120801", "actual", "400000.00"),
    ]
    assert _account(
        "文化旅游体育与传媒支出（207）318.42万元，主要为2070205博物馆262.42万元、2070204文物保护56.00万元。"
    ) == [
        ("expenditure_category", "207", "actual", "3184200.00"),
        ("expenditure_function", "2070205", "actual", "2624200.00"),
        ("expenditure_function", "2070204", "actual", "560000.00"),
    ]


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        # an income classification's code
        ("城乡社区支出（212）640.00万元，主要是1030148国有土地使用权出让收入640.00万元。", "inside a use or reason"),
        # an item under another 类
        ("城乡社区支出（212）640.00万元，主要是2070205博物馆640.00万元。", "not under the 类 named before it"),
        # a code whose name is another code's
        ("一般公共服务支出（201）318.42万元，主要为2010305行政运行262.42万元。", "2010305 printed with 行政运行"),
    ],
)
def test_no_item_is_read_of_an_income_code_another_category_or_another_name(sentence, why):
    assert [row for row in _budget(sentence) if row[0] == "expenditure_function"] == []
    assert any(why in message for message in _unparsed(sentence))


def test_coded_items_after_a_change_are_its_reasons():
    sentence = "城乡社区支出（212）640.00万元，比上年增加40.00万元，主要是2120899其他国有土地使用权出让收入安排的支出640.00万元。"
    assert _budget(sentence) == [("expenditure_category", "212", "6400000.00"), (_CHANGE, "212", "400000.00")]


def test_codes_named_without_amounts_keep_no_figure():
    assert _budget("文化旅游体育与传媒支出（207）318.42万元，主要为2070205博物馆、2070204文物保护。") == [
        ("expenditure_category", "207", "3184200.00")
    ]


def test_a_use_of_money_naming_no_item_stays_unread():
    sentence = "项目支出300.00万元，用于购置设备50.00万元。"
    assert _budget(sentence) == [("project_expenditure", "", "3000000.00")]
    assert any("用于购置设备50.00万元" in message and "inside a use" in message for message in _unparsed(sentence))


# ---------------------------------------------------------------- 为 before a path, 用于 inside a name

_PATH = "其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）（2296002）"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "用于社会福利的彩票公益金支出（项）（2296002）50.00万元。",
            [("expenditure_function", "2296002", "500000.00")],
        ),
        (f"{_PATH}50.00万元。", [("expenditure_function", "2296002", "500000.00")]),
        (
            f"政府性基金预算财政拨款支出50.00万元，为{_PATH}。",
            [("expenditure_government_fund", "", "500000.00"), ("expenditure_function", "2296002", "500000.00")],
        ),
    ],
)
def test_a_budget_reads_a_path_after_wei_and_a_name_opening_with_yongyu(sentence, expected):
    assert _budget(sentence) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "1.用于社会福利的彩票公益金支出（项）（2296002）。年初预算为45.00万元，支出决算为50.00万元。",
            [
                ("expenditure_function", "2296002", "budget", "450000.00"),
                ("expenditure_function", "2296002", "actual", "500000.00"),
            ],
        ),
        (
            f"政府性基金预算财政拨款支出决算为50.00万元，为{_PATH}支出50.00万元。",
            [
                ("expenditure_government_fund", "", "actual", "500000.00"),
                ("expenditure_function", "2296002", "actual", "500000.00"),
            ],
        ),
        (
            f"政府性基金预算财政拨款支出50.00万元，为{_PATH}。",
            [
                ("expenditure_government_fund", "", "actual", "500000.00"),
                ("expenditure_function", "2296002", "actual", "500000.00"),
            ],
        ),
    ],
)
def test_a_final_account_reads_a_path_after_wei_and_a_name_opening_with_yongyu(paragraph, expected):
    assert _account(paragraph) == expected


# the document's function tables, as the pipeline gives them (code -> name as printed)
_TABLE_NAMES = {
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
}


def _account_with_tables(paragraph: str) -> list[tuple[str, str, str, str, str]]:
    lines = [_UNIT, "2024年度部门决算", "一、部门决算情况说明", "", paragraph]
    result = parse_narrative(lines, None, "2024", _UNIT, final_accounts=True, function_names=_TABLE_NAMES)
    return [
        (r["metric"], r["function_code"], r["value_role"], r["value"], r["name_text"])
        for r in result.rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]


@pytest.mark.parametrize(
    ("opening", "path"),
    [
        # 为 before the path is no word of the 类's name
        (
            "1.为其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。",
            "其他支出/彩票公益金安排的支出/用于社会福利的彩票公益金支出",
        ),
        (
            "政府性基金预算财政拨款支出决算为50.00万元，为其他支出（类）彩票公益金安排的支出（款）"
            "用于社会福利的彩票公益金支出（项）",
            "其他支出/彩票公益金安排的支出/用于社会福利的彩票公益金支出",
        ),
        # 用于 opening the 项's name is the name's own
        ("1.用于社会福利的彩票公益金支出（项）。", "//用于社会福利的彩票公益金支出"),
    ],
)
def test_a_final_account_path_without_its_code_is_named_without_the_words_before_it(opening, path):
    figures = [row for row in _account_with_tables(opening + "年初预算为45.00万元，支出决算为50.00万元。") if row[1]]
    assert [row for row in figures if row[0] == "expenditure_function"] == [
        ("expenditure_function", "2296002", "budget", "450000.00", path),
        ("expenditure_function", "2296002", "actual", "500000.00", path),
    ]


def test_a_path_whose_name_is_another_codes_is_not_read():
    sentence = "为其他支出（类）彩票公益金安排的支出（款）用于体育事业的彩票公益金支出（项）（2296002）50.00万元。"
    assert _budget(sentence) == []
    assert any("the name of 2296003" in message for message in _unparsed(sentence))


@pytest.mark.parametrize(
    ("label", "rest", "opens_name"),
    [
        ("为其他支出（类）彩票公益金安排的支出（款）", "其他支出（类）彩票公益金安排的支出（款）", False),
        ("1.主要是2120899其他国有土地使用权出让收入安排的支出", "2120899其他国有土地使用权出让收入安排的支出", False),
        ("用于社会福利的彩票公益金支出（项）（2296002）", "社会福利的彩票公益金支出（项）（2296002）", True),
        ("用于体育事业的彩票公益金支出（项）（2296003）", "体育事业的彩票公益金支出（项）（2296003）", True),
        ("用于行政运行（项）（2010301）", "行政运行（项）（2010301）", False),
        ("一般公共服务支出（类）", "", False),
    ],
)
def test_the_words_before_a_path(label, rest, opens_name):
    assert m.without_path_lead(label) == rest
    assert m.lead_opens_name(label) is opens_name


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("为其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）（2296002）", "2296002"),
        ("为教育支出（类）", "205"),
        ("用于社会福利的彩票公益金支出（项）（2296002）", "2296002"),
        ("主要为2070205博物馆", "2070205"),
        ("为2024年", ""),
        ("是201人", ""),
    ],
)
def test_a_path_is_read_without_the_words_before_it(label, code):
    assert m.item_code(label) == code


# ---------------------------------------------------------------- a code with 科目 after it


@pytest.mark.parametrize(
    ("sentence", "metric", "code", "value"),
    [
        ("2050202科目20986302.60元。", "expenditure_function", "2050202", "20986302.60"),
        ("2050202科目：20986302.60元。", "expenditure_function", "2050202", "20986302.60"),
        ("2050202科目支出预算20986302.60元。", "expenditure_function", "2050202", "20986302.60"),
        ("201科目5,420.16万元。", "expenditure_category", "201", "54201600.00"),
        ("20502科目支出预算1,200.00万元。", "expenditure_function", "20502", "12000000.00"),
    ],
)
def test_a_budget_reads_a_code_with_kemu_after_it(sentence, metric, code, value):
    assert _budget(sentence) == [(metric, code, value)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2050202科目20986302.60元。", [("expenditure_function", "2050202", "actual", "20986302.60")]),
        ("2050202科目：支出决算20986302.60元。", [("expenditure_function", "2050202", "actual", "20986302.60")]),
    ],
)
def test_a_final_account_reads_a_code_with_kemu_after_it(sentence, expected):
    assert _account(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an income classification's code
        "1030401科目20986302.60元。",
        # no amount
        "2050202科目。",
        # a year
        "2025科目20986302.60元。",
    ],
)
def test_no_code_is_read_with_kemu_from_an_income_code_a_year_or_without_an_amount(sentence):
    assert [row for row in _budget(sentence) if row[0].startswith("expenditure_")] == []
