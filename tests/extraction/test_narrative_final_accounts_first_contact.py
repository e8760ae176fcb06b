"""Kinds met at first contact with third-party 决算 disclosures of 重庆, 四川, 云南 and 北京
(issue 20, helper fresh22). Constructed sentences of the same shape (none of them a document's
text), each with every figure it must yield and nothing more; wrong is worse than missing.

1. Among the parts of a 三公 change ('…决算数比上年增加X元。其中：…增加0元；…'), an amount its
   change in per cent follows at once ('…支出决算152,604.40元，增长163.25%') is the part's change,
   never the part's level (it was read as the level: a conflict or a WRONG figure).
2. A label naming the prior year by a relative word ('上年公务接待费5万元', '去年更新公务用车3辆')
   states that year's figure, never the document's (a WRONG figure before).
3. '更新公务用车8辆': vehicles bought (决算) or to buy (预算).
4. The staff in post stated alone ('人员概况：在职人员86人', '在职干部121人') are the staff
   (staff_actual); after a count of the staff or after 其中 they are a part with no metric.
5. Budget-vs-actual pairs in other wordings: '预算安排15万元，实际支出12万元' (实际 says the
   actual side) and a bracketed budget after a figure ('公务接待费2.5万元（预算3万元）',
   '…14.5万元（年初预算16万元）'): each side read with its own role, never the other's.
6. In a final account the change of 收入总计 / 支出总计 (the 收支总表's bottom row, carry-over
   included) is the grand total's change, as its level is; never the year's 收入合计's change.
7. Role words alone ('年初预算为X，支出决算为Y') after a sentence opening that names something not
   understood (a project, an item whose code is not known) are that thing's, never the
   document's expenditure total (it was read as expenditure_total: a WRONG figure).
8. A count whose label ends in a change word ('本年在职人员减少3人', '退休人员增加2人') is the
   count's change (no metric), never the count (both were read as the count).
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _read(paragraphs: list[str], final_accounts: bool = True) -> tuple[dict[tuple[str, str], str], list[str]]:
    year = "2025" if final_accounts else "2026"
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    head = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    result = parse_narrative(
        ["某县某局", title, head, "", *paragraphs], None, fiscal_year=year, final_accounts=final_accounts
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {(r["metric"], r["value_role"]): r["value"] for r in rows}
    assert len(out) == len(rows), rows  # no figure read twice
    return out, [p.code for p in result.problems]


# --- kind 1: a part's change printed as an amount and its per-cent change
def test_a_parts_amount_followed_by_its_per_cent_change_is_the_change():
    read, problems = _read(
        [
            "2025年度一般公共预算财政拨款“三公”经费支出预算为120,700.00元，支出决算为210,500.00元。"
            "其中：公务用车购置及运行费支出决算为150,300.00元；公务接待费支出决算为60,200.00元。",
            "2025年度一般公共预算财政拨款“三公”经费支出决算数比2024年增加90,500.00元，增长75.42%。"
            "其中：因公出国（境）费支出决算增加0元，增长0%；公务用车购置及运行费支出决算70,300.00元，增长87.88%；"
            "公务接待费支出决算增加20,200.00元，增长50.50%。",
        ]
    )
    assert read[("three_public_vehicle_total", "actual")] == "150300.00"
    assert read[("three_public_vehicle_total_change_vs_prior_year", "")] == "70300.00"
    assert read[("three_public_reception_change_vs_prior_year", "")] == "20200.00"
    assert read[("three_public_change_vs_prior_year", "")] == "90500.00"
    assert "narrative_conflict" not in problems


def test_a_parts_amount_and_its_per_cent_decrease_is_a_negative_change():
    read, _ = _read(
        [
            "本年“三公”经费支出决算数比上年减少8,400.00元，下降20.00%。"
            "其中：公务接待费支出决算减少3,400.00元，下降15.00%；公务用车运行维护费支出决算5,000.00元，下降25.00%。"
        ]
    )
    assert read[("three_public_vehicle_operation_change_vs_prior_year", "")] == "-5000.00"
    assert ("three_public_vehicle_operation", "actual") not in read


def test_a_level_followed_by_a_per_cent_change_outside_a_change_stays_the_level():
    # no change was read before it in the sentence: the amount is the level, the per cent its
    # change (no amount of change is stated)
    read, _ = _read(["2025年公务接待费支出决算为3.50万元，增长12.00%。"])
    assert read == {("three_public_reception", "actual"): "35000.00"}


def test_a_change_with_its_own_direction_word_keeps_it():
    # the per cent after an amount that already says 减少 changes nothing
    read, _ = _read(
        ["2025年“三公”经费支出决算为400万元，比上年减少30万元，下降7%。其中：公务接待费100万元，减少10万元，下降9%。"]
    )
    assert read[("three_public_reception", "actual")] == "1000000.00"
    assert read[("three_public_reception_change_vs_prior_year", "")] == "-100000.00"


# --- kind 2: a relative word of the prior year as the label's own time
@pytest.mark.parametrize(
    "sentence",
    [
        "上年公务接待费5万元。",
        "去年公务用车运行维护费支出8万元。",
        "上一年度因公出国（境）费2万元。",
        "上年接待12批次。",
        "去年更新公务用车3辆。",
        "上年购置公务用车2辆。",
        "上年同期公务接待费4万元。",
        "上年末实有人数20人。",
    ],
)
def test_a_prior_years_figure_named_by_a_relative_word_is_not_read(sentence):
    read, problems = _read([sentence])
    assert read == {}
    assert "narrative_unparsed_figure" in problems


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "因公出国（境）费为0万元，上年持平共计安排因公出国（境）团组0个。",
            {("three_public_overseas", "actual"): "0.00", ("three_public_overseas_groups", ""): "0"},
        ),
        ("公务接待费3万元，上年增加接待批次共计12批次。", {("three_public_reception", "actual"): "30000.00"}),
    ],
)
def test_a_comparison_with_the_prior_year_whose_with_word_is_left_out_names_no_other_year(sentence, expected):
    # '上年持平' / '上年增加' compare with the prior year (与 left out): the count after it is this year's
    read, _ = _read([sentence])
    assert {key: read[key] for key in expected} == expected


def test_a_budgets_staff_at_the_prior_years_end_is_its_basis():
    # a budget counts the staff it is made for at the end of the year before it
    read, _ = _read(["上年末实有人数20人。"], final_accounts=False)
    assert read == {("staff_actual", ""): "20"}


def test_this_years_figure_after_the_prior_years_is_read():
    read, problems = _read(["上年公务接待费5万元，本年公务接待费3万元。"])
    assert read == {("three_public_reception", "actual"): "30000.00"}
    assert "narrative_conflict" not in problems


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本年收入合计80万元，上年结转和结余12万元。", ("income_carryover", "actual", "120000.00")),
        ("收入合计100万元，比上年增加3万元。", ("income_change_vs_prior_year", "", "30000.00")),
    ],
)
def test_carry_over_and_comparison_words_stay_read(sentence, expected):
    read, _ = _read([sentence])
    assert read[(expected[0], expected[1])] == expected[2]


# --- kind 3: vehicles 更新 (renewed) as a purchase
@pytest.mark.parametrize(
    ("sentence", "final_accounts", "count"),
    [
        ("2025年更新公务用车8辆。", True, "8"),
        ("公务用车购置费30万元（更新公务用车2辆，车均15万元）。", True, "2"),
        ("2026年拟更新公务用车2辆。", False, "2"),
    ],
)
def test_vehicles_renewed_or_bought_are_the_vehicles_purchased(sentence, final_accounts, count):
    read, _ = _read([sentence], final_accounts)
    assert read[("vehicles_to_purchase", "")] == count
    assert ("vehicles_total", "") not in read and ("vehicles_year_end", "") not in read


# --- kind 4: the staff in post, stated alone
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("人员概况：在职人员86人，专业技术人员60人、管理人员2人，工勤人员24人。", {"staff_actual": "86"}),
        ("本单位共有在职干部121人。", {"staff_actual": "121"}),
        ("在职教职工人数为 10 人。", {"staff_actual": "10"}),
        ("本单位在职职工45人，退休职工12人。", {"staff_actual": "45", "staff_retired_regular": "12"}),
        ("在职人员30人，其中行政人员12人。", {"staff_actual": "30", "staff_actual_admin": "12"}),
    ],
)
def test_the_staff_in_post_stated_alone_are_the_staff(sentence, expected):
    read, _ = _read([sentence])
    assert {metric: value for (metric, _role), value in read.items()} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "实有人数11人，其中：在职人员10人，离休人员0人，退休人员1人。",
            {"staff_actual": "11", "staff_retired_veteran": "0", "staff_retired_regular": "1"},
        ),
        ("实有人数63人，在职人数61人，包括行政人员26人。", {"staff_actual": "63", "staff_actual_admin": "26"}),
        ("在职行政人员19人。", {"staff_actual_admin": "19"}),
    ],
)
def test_the_staff_in_post_as_a_part_is_not_the_staff(sentence, expected):
    read, _ = _read([sentence])
    assert {metric: value for (metric, _role), value in read.items()} == expected


# --- kinds 5 and 6: budget and actual in other wordings; the change of the 收支总表's bottom row
EXACT_READS = [
    # kind 5: each side with its own role
    (
        "2025年“三公”经费预算安排15万元，实际支出12万元。",
        {("three_public_total", "budget"): "150000.00", ("three_public_total", "actual"): "120000.00"},
    ),
    (
        "本年度公务接待费预算安排2万元，实际支出1.8万元。",
        {("three_public_reception", "budget"): "20000.00", ("three_public_reception", "actual"): "18000.00"},
    ),
    ("公务接待费实际支出1.8万元。", {("three_public_reception", "actual"): "18000.00"}),
    (
        "2025年度“三公”经费支出14.5万元，其中：公务接待费2.5万元（预算3万元）；公务用车运行维护费12万元（预算13万元）。",
        {
            ("three_public_total", "actual"): "145000.00",
            ("three_public_reception", "actual"): "25000.00",
            ("three_public_reception", "budget"): "30000.00",
            ("three_public_vehicle_operation", "actual"): "120000.00",
            ("three_public_vehicle_operation", "budget"): "130000.00",
        },
    ),
    (
        "“三公”经费支出决算14.5万元（年初预算16万元）。",
        {("three_public_total", "actual"): "145000.00", ("three_public_total", "budget"): "160000.00"},
    ),
    ("（一）因公出国（境）费0万元。", {("three_public_overseas", "actual"): "0.00"}),
    # kind 6: the bottom row's change is the grand total's; 收入合计's stays the income's
    ("与2024年相比，收入总计增加20万元。", {("grand_total_change_vs_prior_year", ""): "200000.00"}),
    ("收入总计比上年增加20万元。", {("grand_total_change_vs_prior_year", ""): "200000.00"}),
    (
        "2025年度支出总计300万元，较上年减少10万元。",
        {("grand_total", "actual"): "3000000.00", ("grand_total_change_vs_prior_year", ""): "-100000.00"},
    ),
    (
        "本年收入合计280万元，比上年增加15万元。",
        {("income_total", "actual"): "2800000.00", ("income_change_vs_prior_year", ""): "150000.00"},
    ),
    ("与上年相比，收入合计增加15万元。", {("income_change_vs_prior_year", ""): "150000.00"}),
]


@pytest.mark.parametrize(("sentence", "expected"), EXACT_READS)
def test_each_side_and_change_is_read_as_stated(sentence, expected):
    read, _ = _read([sentence])
    assert read == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # roles (budget / actual) are read in final accounts only: a budget's figure has none
        ("2026年公务接待费预算2万元（上年预算3万元）。", {("three_public_reception", ""): "20000.00"}),
        # a budget's 收入总计 is its income total (上年结转 included), its change the income's
        ("与2025年相比，收入总计增加20万元。", {("income_change_vs_prior_year", ""): "200000.00"}),
    ],
)
def test_a_budget_document_reads_no_role_and_no_grand_total_change(sentence, expected):
    read, _ = _read([sentence], final_accounts=False)
    assert read == expected


# --- kind 7: role words alone after an opening naming something not understood
@pytest.mark.parametrize(
    "paragraph",
    [
        "某某专项工作经费：年初预算为50万元，支出决算为48万元。",
        "其中：1.某某事务（款）某某工作经费（项）：年初预算为50万元，支出决算为48万元，完成年初预算的96%。",
        "（三）某某中心运行补助，年初预算为12.5万元，决算数为12.5万元。",
    ],
)
def test_role_words_after_an_unknown_subject_are_not_the_total(paragraph):
    read, problems = _read(["2025年度一般公共预算财政拨款支出决算为500万元。", paragraph])
    assert read == {("expenditure_general_public_budget", "actual"): "5000000.00"}
    # (an item printed with its levels is reported as unresolved, other subjects as unparsed)
    assert {"narrative_unparsed_figure", "narrative_item_unresolved"} & set(problems)


@pytest.mark.parametrize(
    "sentence",
    [
        "本年支出年初预算为500万元，支出决算为480万元。",
        "2025年度本部门支出预算为500万元，支出决算为480万元。",
    ],
)
def test_role_words_after_the_total_named_stay_the_total(sentence):
    read, _ = _read([sentence])
    assert read == {("expenditure_total", "budget"): "5000000.00", ("expenditure_total", "actual"): "4800000.00"}


# --- kind 8: a count's change without a comparison word
@pytest.mark.parametrize(
    "sentence", ["本年在职人员减少3人。", "退休人员增加2人。", "公务用车减少1辆。", "接待批次减少5批次。"]
)
def test_a_counts_change_is_not_the_count(sentence):
    read, problems = _read([sentence])
    assert read == {}
    assert "narrative_unparsed_figure" in problems


def test_a_count_increased_to_is_the_count():
    # '增加到30人': the count it reached
    read, _ = _read(["实有人数增加到30人。"])
    assert read == {("staff_actual", ""): "30"}
