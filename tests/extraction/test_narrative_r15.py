"""Final accounts of county and township units as small governments publish them (issue 20, kinds
2, 5 and 10).

1. The text's first sentence right after the title block ('某区某局' + '2021年度部门决算' + '一般公共预算
   财政拨款支出年初预算X，支出决算Y'), or after the title and a heading run on after it, is a paragraph
   of its own: the title's 决算 is no role of the figure (WRONG before: the budget was read as the
   actual). A title with its year run into a label ('2021年度部门决算…年初预算') names no role either.
2. A 决算's list run on after the paragraph's lead ('…。主要支出项目：' then '一般公共服务支出（类）
   政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算X，…'): the path before the colon names
   the item of the role-word figures after it.
3. An item of such a list named without its code after an item with it ('（2130109）农产品质量安全：…'
   then '某某事业：年初预算0万元，支出决算Y'): a new item, resolved by name or reported, never a second
   statement of the item before it (a false conflict before).
4. A 决算's fund named as '政府性基金预算财政拨款' with role words alone ('…财政拨款年初预算为X，支出决算
   为Y') under that fund's spending heading, or followed by '支出决算': the fund's spending, never its
   income (the budget was read as the income, and the actual too).
5. '卫生健康支出（210类）28.78万元，占3.82%，为行政单位医疗（2101101）': the 类 is all one item; that
   item's figure is the 类's amount under the printed code.
6. '2025年度处置房屋建筑物0平方米，账面原值0万元' (a year before the disposal): the buildings' book value.

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, figures_in_order, parse_document, unparsed_messages

from extract.narrative import parse_narrative


@pytest.mark.parametrize(
    "lines",
    [
        ["某县某局", "2021年度部门决算", "一般公共预算财政拨款支出年初预算758.83万元，支出决算989.65万元。"],
        [
            "某某省某某市某某县某某街道办事处",
            "2021年度部门决算",
            "某某县某某街道办事处2021年度部门决算情况说明",
            "收入支出决算总体情况说明",
            "一般公共预算财政拨款支出年初预算758.83万元，支出决算989.65万元。",
        ],
    ],
)
def test_the_first_sentence_after_the_title_block_takes_no_role_from_it(lines: list[str]) -> None:
    result = parse_narrative(lines, None, fiscal_year="2021", unit_name=lines[0], final_accounts=True)
    assert accepted_figures(result, with_role=True) == {
        ("expenditure_general_public_budget", "budget"): "7588300.00",
        ("expenditure_general_public_budget", "actual"): "9896500.00",
    }


def test_a_title_with_its_year_run_into_a_label_names_no_role() -> None:
    result = parse_document(
        "某县某局2021年度部门决算一般公共预算财政拨款支出年初预算758.83万元。", unit="某县某局", year="2021", final=True
    )
    assert accepted_figures(result, with_role=True) == {("expenditure_general_public_budget", "budget"): "7588300.00"}


def test_a_path_before_a_colon_in_a_list_run_on_after_the_lead() -> None:
    result = parse_document(
        "一般公共预算财政拨款支出年初预算758.83万元，支出决算989.65万元。主要支出项目：",
        "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算309.73万元，"
        "调整预算373.14万元，支出决算371.25万元。",
        unit="某县某局",
        year="2021",
        final=True,
    )
    assert [f for f in figures_in_order(result) if f[0] == "expenditure_function"] == [
        ("expenditure_function", "2010301", "3097300.00"),
        ("expenditure_function", "2010301", "3731400.00"),
        ("expenditure_function", "2010301", "3712500.00"),
    ]
    assert not unparsed_messages(result)


def test_an_item_named_without_its_code_is_no_second_statement_of_the_item_before() -> None:
    result = parse_document(
        "（2010301）行政运行：年初预算103.33万元，支出决算125.72万元。",
        "某某试点事业：年初预算0万元，支出决算150.95万元，主要用于试点。",
        unit="某县某局",
        year="2021",
        final=True,
    )
    assert figures_in_order(result) == [
        ("expenditure_function", "2010301", "1033300.00"),
        ("expenditure_function", "2010301", "1257200.00"),
    ]
    assert not any(p.code == "narrative_conflict" for p in result.problems)
    unresolved = [p.message for p in result.problems if p.code == "narrative_item_unresolved"]
    assert len(unresolved) == 2 and all("named '//某某试点事业'" in message for message in unresolved)


@pytest.mark.parametrize(
    ("heading", "sentence", "metric"),
    [
        (
            "八、政府性基金预算财政拨款支出决算情况说明",
            "2019年度政府性基金预算财政拨款年初预算为146.75万元，支出决算为177.77万元。",
            "expenditure_government_fund",
        ),
        (
            "八、其他情况",
            "2019年度政府性基金预算财政拨款年初预算为146.75万元，支出决算为177.77万元。",
            "expenditure_government_fund",
        ),
        (
            "八、一般公共预算财政拨款支出决算情况说明",
            "一般公共预算财政拨款年初预算为146.75万元，决算为177.77万元。",
            "expenditure_general_public_budget",
        ),
    ],
)
def test_a_funds_appropriation_in_its_roles_under_its_spending(heading: str, sentence: str, metric: str) -> None:
    result = parse_document(sentence, unit="某县某局", year="2019", final=True, heading=heading)
    assert accepted_figures(result, with_role=True) == {
        (metric, "budget"): "1467500.00",
        (metric, "actual"): "1777700.00",
    }


def test_the_same_words_under_another_fund_heading_stay_the_income() -> None:
    result = parse_document(
        "一般公共预算财政拨款年初预算为146.75万元，决算为177.77万元。",
        unit="某县某局",
        year="2019",
        final=True,
        heading="八、政府性基金预算财政拨款支出决算情况说明",
    )
    assert accepted_figures(result, with_role=True) == {
        ("income_general_public_budget", "budget"): "1467500.00",
        ("income_general_public_budget", "actual"): "1777700.00",
    }


@pytest.mark.parametrize(
    ("said", "code"),
    [("为行政单位医疗（2101101）", "2101101"), ("全部为住房公积金（2210201）", "2210201")],
)
def test_a_category_that_is_all_one_item(said: str, code: str) -> None:
    category = code[:3]
    result = parse_document(f"某某支出（{category}类）28.78万元，占3.82%，{said}。", unit="某县某局", year="2026")
    assert figures_in_order(result) == [
        ("expenditure_category", category, "287800.00"),
        ("expenditure_function", code, "287800.00"),
    ]


@pytest.mark.parametrize("said", ["主要为行政单位医疗（2101101）", "为行政单位医疗（2201101）"])
def test_a_category_mainly_one_item_or_another_categorys_code_gives_no_item(said: str) -> None:
    result = parse_document(f"某某支出（210类）28.78万元，{said}。", unit="某县某局", year="2026")
    assert figures_in_order(result) == [("expenditure_category", "210", "287800.00")]


def test_a_disposal_counted_after_its_year() -> None:
    result = parse_document(
        "2025年度处置房屋建筑物0平方米，账面原值0万元；报废报损资产3项，账面原值4.62万元。",
        unit="某县某局",
        year="2025",
        final=True,
    )
    assert accepted_figures(result) == {
        "assets_disposed_buildings_book_value": "0.00",
        "assets_written_off_book_value": "46200.00",
    }
