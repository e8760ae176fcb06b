"""Function codes printed in brackets, and the funds named beside a figure.

1. a 功能分类 name followed by its whole code in brackets, no level word ('农林水支出（213）',
   '(20104)', '【2130101】'): read like '（213类）', the code's length telling the level (3 类,
   5 款, 7 项), each name checked against the reference (a name the code does not fit reads
   nothing and is reported); the path forms mixing empty level words and bracketed codes; the
   change right after such an item is that item's; a 决算 paragraph opening with a coded item
   reads its role-word amounts as that code's;
2. '均为 / 全部为 / 都是 …' after both sides stated equal ('收入预算X，支出预算X，均为一般公共预算
   拨款') names each side's fund;
3. a 类 named by words after a fund's spending ('政府性基金…支出X，全部为城乡社区支出') is that
   fund's part of the 类 (fund_scope government_fund), never the 类 of all funds; a fund said by
   words of a part (a 类, the project spending) is no fund total;
4. a fund named in brackets after an item's name ('某某配套（政府性基金）X') is the item's
   funding, never the fund's total.

Every sentence is constructed (no document's text, unit or amount); each kind in several
wordings, with what must not be read.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative

_UNIT = "某某县某某服务中心"
_YEAR = "2023"


def _parse(*paragraphs: str, final_accounts: bool = False):
    kind = "年度部门决算" if final_accounts else "年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [_UNIT, f"{_YEAR}{kind}", heading, "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=_YEAR, unit_name=_UNIT, final_accounts=final_accounts)


def _figures(*paragraphs: str, final_accounts: bool = False) -> list[tuple[str, str, str]]:
    """(metric, function code, value) of every kept figure, in the order read."""
    result = _parse(*paragraphs, final_accounts=final_accounts)
    return [
        (row["metric"], row["function_code"], row["value"])
        for row in result.rows.get("raw_narrative_figures", [])
        if row["is_rejected"] == "false"
    ]


def _rows(*paragraphs: str, final_accounts: bool = False) -> list[dict[str, str]]:
    result = _parse(*paragraphs, final_accounts=final_accounts)
    return [row for row in result.rows.get("raw_narrative_figures", []) if row["is_rejected"] == "false"]


def _unparsed(*paragraphs: str, final_accounts: bool = False) -> list[str]:
    result = _parse(*paragraphs, final_accounts=final_accounts)
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


def _reported(messages: list[str], amount: str, why: str = "") -> bool:
    return any(f"figure: {amount} in" in message and why in message for message in messages)


# --- 1. a whole function code in brackets after its name


@pytest.mark.parametrize(
    "sentence",
    [
        "按支出功能分类：住房保障支出（221）73.5万元，卫生健康支出（210）26.5万元。",
        "按支出功能分类：住房保障支出(221)73.5万元，卫生健康支出(210)26.5万元。",
        "按支出功能分类：住房保障支出【221】73.5万元，卫生健康支出【210】26.5万元。",
        "2023年支出预算100万元，其中：住房保障支出（221）73.5万元，卫生健康支出（210）26.5万元。",
        # the bracketed code reads like the level word with the code ('（221类）') and the bare name
        "2023年支出预算100万元，其中：住房保障支出（221类）73.5万元，卫生健康支出（210类）26.5万元。",
        "2023年支出预算100万元，其中：住房保障支出73.5万元，卫生健康支出26.5万元。",
    ],
)
def test_a_category_with_its_code_in_brackets_is_read_as_the_category(sentence):
    figures = [f for f in _figures(sentence) if f[0] == "expenditure_category"]
    assert figures == [
        ("expenditure_category", "221", "735000.00"),
        ("expenditure_category", "210", "265000.00"),
    ]
    assert not _unparsed(sentence)


def test_a_bracketed_category_of_a_final_account_is_the_actual():
    rows = _rows(
        "2023年度支出决算612.4万元，其中：农林水支出（213）580.1万元，住房保障支出（221）32.3万元。",
        final_accounts=True,
    )
    assert [(r["metric"], r["function_code"], r["value"], r["value_role"]) for r in rows] == [
        ("expenditure_total", "", "6124000.00", "actual"),
        ("expenditure_category", "213", "5801000.00", "actual"),
        ("expenditure_category", "221", "323000.00", "actual"),
    ]


@pytest.mark.parametrize(
    ("label", "code"),
    [
        # 类 then 款 then 项, each with its code (a 款/项 the reference does not list: a known 类
        # as its first digits and a name that is no other code's under the same parent)
        ("农林水支出（213）农业农村（21301）行政运行（2130101）", "2130101"),
        ("农林水支出（213）农业农村（21301）", "21301"),
        ("“农林水支出(213)-农业农村(21301)-行政运行(2130101)”", "2130101"),
        # codes the reference lists, with their official names
        ("住房保障支出（221）住房改革支出（22102）住房公积金（2210201）", "2210201"),
        ("公共安全支出【204】司法【20406】", "20406"),
        # empty level words, the code after the last one
        ("教育支出（类）普通教育（款）（20502）", "20502"),
        ("卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）（2101101）", "2101101"),
        # a 项 right after the 类, its code telling the 款 the path skips
        ("教育支出（类）初中教育（项）（2050203）", "2050203"),
        # a bracketed 类 code, then empty level words resolved by the reference's names
        ("社会保障和就业支出（208）行政事业单位养老支出（款）事业单位离退休（项）", "2080502"),
    ],
)
def test_a_path_with_bracketed_codes_is_read_as_its_deepest_level(label, code):
    sentence = f"{label}45.6万元。"
    assert _figures(sentence) == [("expenditure_function", code, "456000.00")]
    assert _figures(sentence, final_accounts=True) == [("expenditure_function", code, "456000.00")]


@pytest.mark.parametrize(
    "label",
    [
        # a category's name before another category's code
        "教育支出（206）",
        "住房保障支出(210)",
        # the reference names 2210201 住房公积金, not 购房补贴 (its 2210203)
        "住房保障支出（221）住房改革支出（22102）购房补贴（2210201）",
        # the reference names 20406 司法 under 204, 20106 财政事务 under 201
        "一般公共服务支出（201）财政事务（20104）",
        # a 款 code outside the 类 before it
        "农林水支出（213）卫生健康管理事务（21001）",
        # levels out of order: the deeper code first
        "农林水支出（2130101）农业农村（21301）",
        # a code without its name
        "教育支出（205）（20502）",
    ],
)
def test_a_bracketed_code_its_name_does_not_fit_reads_nothing_and_is_reported(label):
    sentence = f"{label}38.2万元。"
    assert _figures(sentence) == []
    assert _reported(_unparsed(sentence), "38.2万元", "printed in brackets does not fit")


@pytest.mark.parametrize(
    "sentence",
    [
        # economic codes are no function codes: what the wording names without them, as before
        "工资福利支出（301）120万元，商品和服务支出（302）30万元。",
        # three digits that are no 类, a year, a count: no code
        "某某专项（199）15万元。",
        "某某工程（2022）15万元。",
    ],
)
def test_numbers_in_brackets_that_are_no_function_code_name_no_category(sentence):
    assert not any(f[0] in ("expenditure_category", "expenditure_function") for f in _figures(sentence))


@pytest.mark.parametrize("final_accounts", [False, True])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "教育支出（205）812.4万元，比上年增加38.5万元，主要是学生人数增加。",
            [
                ("expenditure_category", "205", "8124000.00"),
                ("expenditure_category_change_vs_prior_year", "205", "385000.00"),
            ],
        ),
        (
            "农林水支出(213)77万元，较上年减少4.2万元，主要是项目完成。",
            [
                ("expenditure_category", "213", "770000.00"),
                ("expenditure_category_change_vs_prior_year", "213", "-42000.00"),
            ],
        ),
        (
            "住房保障支出（221）住房改革支出（22102）住房公积金（2210201）18.3万元，比上年增加0.9万元。",
            [
                ("expenditure_function", "2210201", "183000.00"),
                ("expenditure_function_change_vs_prior_year", "2210201", "9000.00"),
            ],
        ),
    ],
)
def test_the_change_after_a_bracketed_item_is_that_items(sentence, expected, final_accounts):
    assert _figures(sentence, final_accounts=final_accounts) == expected


@pytest.mark.parametrize(
    "opening",
    [
        "1.农林水支出（213）农业农村（21301）行政运行（2130101）。",
        "1.农林水支出(213)农业农村(21301)行政运行(2130101)：",
        # the other coded forms read alike: digits in the level marks, a code before the names
        "1.农林水支出（213类）农业农村（01款）行政运行（01项）。",
        "1.2130101农林水支出-农业农村-行政运行：",
    ],
)
def test_a_final_accounts_paragraph_opening_with_a_coded_item_is_about_that_code(opening):
    paragraph = opening + "年初预算为65.3万元，支出决算为61.7万元，完成年初预算的94.5%。"
    rows = _rows(paragraph, final_accounts=True)
    assert [(r["metric"], r["function_code"], r["value"], r["value_role"]) for r in rows] == [
        ("expenditure_function", "2130101", "653000.00", "budget"),
        ("expenditure_function", "2130101", "617000.00", "actual"),
    ]


def test_a_final_accounts_item_with_a_bracketed_kuan_code_after_its_level_word():
    paragraph = "2.卫生健康支出（类）行政事业单位医疗（款）（21011）：年初预算为22.4万元，支出决算为22.4万元。"
    rows = _rows(paragraph, final_accounts=True)
    assert [(r["metric"], r["function_code"], r["value"], r["value_role"]) for r in rows] == [
        ("expenditure_function", "21011", "224000.00", "budget"),
        ("expenditure_function", "21011", "224000.00", "actual"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        # a category's name before another category's code: the item is not told
        "1.农林水支出（208）。",
        "1.农林水支出（208类）。",
        "1.2080101农林水支出。",
    ],
)
def test_a_coded_item_its_names_do_not_fit_gives_no_total_of_the_document(opening):
    paragraph = opening + "年初预算为53万元，支出决算为49万元。"
    assert _figures(paragraph, final_accounts=True) == []
    assert _figures(paragraph) == []
    assert _reported(_unparsed(paragraph, final_accounts=True), "49万元", "does not fit")


def test_a_coded_items_amount_without_role_words_is_not_read_in_a_final_account():
    paragraph = "1.农林水支出（213）农业农村（21301）行政运行（2130101）：61.7万元。"
    assert _figures(paragraph, final_accounts=True) == []
    assert _reported(_unparsed(paragraph, final_accounts=True), "61.7万元", "role words")


# --- 2. 均为 … after both sides


@pytest.mark.parametrize(
    ("sentence", "income", "spending", "value"),
    [
        (
            "2023年本部门收入预算1847300元，支出预算1847300元，均为一般公共预算拨款。",
            "income_general_public_budget",
            "expenditure_general_public_budget",
            "1847300.00",
        ),
        (
            "2023年收入预算184.73万元，支出预算184.73万元，全部为一般公共预算拨款。",
            "income_general_public_budget",
            "expenditure_general_public_budget",
            "1847300.00",
        ),
        (
            "本单位2023年收入预算95万元、支出预算95万元，都是财政拨款。",
            "income_fiscal_appropriation",
            "expenditure_fiscal_appropriation",
            "950000.00",
        ),
        # the spending first
        (
            "2023年支出预算1847300元，收入预算1847300元，均为一般公共预算拨款。",
            "income_general_public_budget",
            "expenditure_general_public_budget",
            "1847300.00",
        ),
        # the two sides of the 财政拨款
        (
            "2023年财政拨款收入312万元，财政拨款支出312万元，均为一般公共预算拨款。",
            "income_general_public_budget",
            "expenditure_general_public_budget",
            "3120000.00",
        ),
    ],
)
def test_the_whole_said_after_both_sides_names_each_sides_fund(sentence, income, spending, value):
    figures = _figures(sentence)
    assert (income, "", value) in figures
    assert (spending, "", value) in figures


def test_the_whole_said_after_both_sides_of_a_final_account_is_the_actual_of_each():
    sentence = "2023年度本部门收入决算264.8万元，支出决算264.8万元，均为一般公共预算拨款。"
    rows = _rows(sentence, final_accounts=True)
    said = {(r["metric"], r["value"], r["value_role"]) for r in rows}
    assert ("income_general_public_budget", "2648000.00", "actual") in said
    assert ("expenditure_general_public_budget", "2648000.00", "actual") in said


@pytest.mark.parametrize(
    "sentence",
    [
        # the two sides differ: the words are the spending's (read before this change), no income's
        "2023年本部门收入预算1847300元，支出预算1747300元，均为一般公共预算拨款。",
        # one side alone
        "2023年本部门支出预算1847300元，均为一般公共预算拨款。",
        # a change between the sides: the income was not the figure just before
        "2023年本部门收入预算1847300元，比上年增加23000元，支出预算1847300元，均为一般公共预算拨款。",
    ],
)
def test_the_whole_said_after_one_side_names_no_income(sentence):
    assert not any(f[0] == "income_general_public_budget" for f in _figures(sentence))


# --- 3. a 类 named by words after a fund's spending, and a fund said of a part


@pytest.mark.parametrize("final_accounts", [False, True])
@pytest.mark.parametrize(
    "sentence",
    [
        "2023年政府性基金预算拨款支出86.00万元，全部为城乡社区支出，用于小区配套设施。",
        "2023年政府性基金预算支出86万元，均为城乡社区支出。",
        # printed, the same scope
        "2023年政府性基金预算拨款支出86.00万元，其中：城乡社区支出86.00万元。",
    ],
)
def test_a_category_named_after_a_funds_spending_is_that_funds_part(sentence, final_accounts):
    rows = _rows(sentence, final_accounts=final_accounts)
    assert [(r["metric"], r["function_code"], r["value"], r["fund_scope"]) for r in rows] == [
        ("expenditure_government_fund", "", "860000.00", ""),
        ("expenditure_category", "212", "860000.00", "government_fund"),
    ]


@pytest.mark.parametrize(
    ("sentence", "total", "scope"),
    [
        ("2023年支出预算86万元，全部为城乡社区支出。", "expenditure_total", "all_funds"),
        (
            "2023年一般公共预算财政拨款支出86万元，均为城乡社区支出。",
            "expenditure_general_public_budget",
            "general_public_budget",
        ),
        ("2023年财政拨款支出86万元，全部为城乡社区支出。", "expenditure_fiscal_appropriation", "fiscal_appropriation"),
    ],
)
def test_a_category_named_after_a_total_keeps_the_totals_funds(sentence, total, scope):
    rows = _rows(sentence)
    assert [(r["metric"], r["function_code"], r["fund_scope"]) for r in rows] == [
        (total, "", ""),
        ("expenditure_category", "212", scope),
    ]


@pytest.mark.parametrize(
    ("sentence", "part", "amount"),
    [
        ("2023年支出预算240万元，其中城乡社区支出86万元，全部为政府性基金预算拨款。", "expenditure_category", "86万元"),
        ("城乡社区支出(212)86万元，均为政府性基金预算拨款。", "expenditure_category", "86万元"),
        ("2023年项目支出57万元，全部为一般公共预算拨款。", "project_expenditure", "57万元"),
        ("2023年基本支出183万元，均为一般公共预算拨款。", "basic_expenditure", "183万元"),
    ],
)
def test_a_fund_said_of_a_part_is_no_fund_total(sentence, part, amount):
    figures = _figures(sentence)
    assert part in [f[0] for f in figures]
    assert not any(
        f[0] in ("expenditure_government_fund", "expenditure_general_public_budget", "income_general_public_budget")
        for f in figures
    )
    assert _reported(_unparsed(sentence), amount, f"the funds of {part}")


# --- 4. a fund named in brackets after an item's name


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("农田水利设施配套（政府性基金）64.00万元；", "64.00万元"),
        ("农田水利设施配套(政府性基金预算)64万元。", "64万元"),
        ("某某安置工程（政府性基金预算拨款）64万元。", "64万元"),
        ("村级道路维护（一般公共预算）64万元。", "64万元"),
        ("某某企业补助（国有资本经营预算）64万元。", "64万元"),
        # a 类's name with a fund in brackets: that fund's part of the 类, no fund total either
        ("城乡社区支出（政府性基金）64万元。", "64万元"),
    ],
)
def test_a_fund_in_brackets_after_an_items_name_is_no_fund_total(sentence, amount):
    for final_accounts in (False, True):
        assert _figures(sentence, final_accounts=final_accounts) == []
        assert _reported(_unparsed(sentence, final_accounts=final_accounts), amount, "an item funded by")


def test_funded_items_listed_under_the_project_spending_give_no_fund_total():
    sentence = "2023年项目支出96万元，其中：农田水利设施配套（政府性基金）64万元；村级道路维护（一般公共预算）32万元。"
    figures = _figures(sentence)
    assert figures == [("project_expenditure", "", "960000.00")]


def test_a_funded_item_in_a_numbered_list_of_projects_is_no_project_and_no_fund():
    # (the project-list rules read names without brackets only: the list is not read as projects)
    sentence = "2023年项目支出96万元，具体为：1、村级道路维护经费32万元；2、农田水利设施配套（政府性基金）64万元。"
    assert not any(
        f[0].startswith(("expenditure_government_fund", "income_government_fund")) for f in _figures(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # a bracket restating the side's own fund names the fund's figure, as before
        ("2023年支出预算（政府性基金）64万元。", "expenditure_government_fund"),
        ("2023年政府性基金预算拨款支出（政府性基金）64万元。", "expenditure_government_fund"),
        ("2023年本年收入（一般公共预算）64万元。", "income_general_public_budget"),
        # a fund named without brackets, and a fund in an 含 bracket, as before
        ("其中：政府性基金预算拨款64万元。", "income_government_fund"),
    ],
)
def test_a_bracket_restating_a_sides_fund_is_still_read(sentence, metric):
    assert (metric, "", "640000.00") in _figures(sentence)
