"""Kinds of figure missed or read WRONG at first contact with the held-out set heldout7 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _figures(
    paragraphs: list[str], final_accounts: bool = False, year: str = "2026", unit: str = "某县某局"
) -> dict[str, str]:
    """metric[:code][@budget|@adjusted_budget] -> value of the figures read from ``paragraphs`` (a 2026 budget's, or a
    final account's, narrative under one heading); the same key twice must agree."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final_accounts)
    read: dict[str, str] = {}
    for row in result.rows.get("raw_narrative_figures", []):
        if row["is_rejected"] != "false":
            continue
        key = row["metric"] + (":" + row["function_code"] if row["function_code"] else "")
        if final_accounts and row.get("value_role") in ("budget", "adjusted_budget"):
            key += "@" + row["value_role"]  # (a final account's figures are actuals unless said otherwise)
        assert read.setdefault(key, row["value"]) == row["value"], key
    return read


# --- WRONG kind 1: people who retired, joined or left DURING the year are a flow, never a count
@pytest.mark.parametrize(
    "sentence",
    [
        "年初在职人员50人，当年退休3人，辞职1人。",
        "本年退休人员4人，调入2人，调出1人。",
        "2025年当年新增在编人员5人。",
        "年内退休2人，离职1人。",
    ],
)
def test_people_who_retired_or_moved_during_the_year_are_no_count(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert not any(metric.startswith("staff_") for metric in read), read


def test_the_retired_at_the_year_end_are_still_read():
    read = _figures(["截至2025年年末，单位退休人员12人，离休人员1人。"], final_accounts=True, year="2025")
    assert read == {"staff_retired_regular": "12", "staff_retired_veteran": "1"}


# --- WRONG kind 2: a carry-over listed under a fund's income is that fund's part, never the whole
@pytest.mark.parametrize(
    "paragraphs",
    [
        ["2026年财政拨款收入预算500万元，包括：一般公共预算当年拨款收入480万元，上年结转20万元。"],
        ["2026年财政拨款收入预算500万元，其中：一般公共预算拨款收入480万元，上年结转20万元。"],
        ["2026年财政拨款收支总预算500万元。收入包括：一般公共预算拨款480万元，上年结转20万元。"],
    ],
)
def test_a_carryover_under_a_funds_income_is_never_the_units(paragraphs):
    read = _figures(paragraphs)
    assert "income_carryover" not in read, read
    assert read.get("income_general_public_budget") == "4800000.00"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["2026年收入预算900万元，其中：财政拨款500万元，上年结转收入40万元。"],
        ["2026年收入预算900万元，包括：财政拨款收入500万元，事业收入360万元，上年结转40万元。"],
        # (the document's own year: a 2025 whole's 其中 list in a 2026 budget is that year's, no figure)
        ["2026年度收入合计900万元。其中：财政拨款收入500万元，年初结转和结余40万元。"],
    ],
)
def test_the_units_own_carryover_is_still_read(paragraphs):
    read = _figures(paragraphs)
    assert read.get("income_carryover") == "400000.00", read


# --- miss kind: an income / spending budget statement after a heading run into it, or after the
# unit's short name, with its 其中 list
@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "二、2026年收入预算总表的说明     本单位2026年收入预算900万元，其中：一般公共预算拨款收入500万元，事业收入360万元，上年结转40万元。"
        ],
        [
            "（一）收入预算总体安排情况 某县某局2026年收入预算900万元，其中：一般公共预算拨款收入500万元，事业收入360万元，上年结转40万元。"
        ],
    ],
)
def test_an_income_budget_after_a_heading_run_into_it(paragraphs):
    read = _figures(paragraphs)
    assert read == {
        "income_total": "9000000.00",
        "income_general_public_budget": "5000000.00",
        "income_business": "3600000.00",
        "income_carryover": "400000.00",
    }


def test_an_income_and_spending_budget_after_the_units_short_name():
    read = _figures(
        [
            "某华社 2026 年收入预算 900万元，其中：事业收入500万元，其他收入360万元，使用非财政拨款结余40 万 元。",
            "某华社2026年支出预算900万元，其中：基本支出700万元，项目支出200万元。",
        ],
        unit="某华通讯社",
    )
    assert read == {
        "income_total": "9000000.00",
        "income_business": "5000000.00",
        "income_other": "3600000.00",
        "non_fiscal_balance_used": "400000.00",
        "expenditure_total": "9000000.00",
        "basic_expenditure": "7000000.00",
        "project_expenditure": "2000000.00",
    }


def test_another_units_name_before_the_year_is_no_subject_of_ours():
    # a name that is no shortening of the unit's own (its first or last character differs)
    read = _figures(["某中心2026年收入预算900万元。"], unit="某华通讯社")
    assert "income_total" not in read


# --- miss kind: '财政拨款收支预算X' without 总 is the fiscal grand total
def test_a_fiscal_income_and_spending_budget_without_zong():
    read = _figures(["本单位2026年财政拨款收支预算300万元。"])
    assert read == {"fiscal_grand_total": "3000000.00"}


# --- miss kind: a final account compares each 三公 actual with its 预算数 after the prior year's change
def test_the_budget_an_actual_is_compared_with_after_its_prior_year_change():
    read = _figures(
        [
            "2025年“三公”经费支出决算汇总数为500万元，较上年520万元减少20万元，下降4%，较预算数560万元减少60万元，下降11%。"
            "其中：因公出国（境）费为0万元，较上年3万元减少3万元，较预算数0万元无增减；公务接待费为100万元，较上年90万元"
            "增加10万元，较预算数150万元减少50万元；公务用车购置及运行维护费为400万元，较上年427万元减少27万元，"
            "较预算数410万元减少10万元。"
        ],
        final_accounts=True,
        year="2025",
    )
    assert read == {
        "three_public_total": "5000000.00",
        "three_public_change_vs_prior_year": "-200000.00",
        "three_public_total@budget": "5600000.00",
        "three_public_overseas": "0.00",
        "three_public_overseas_change_vs_prior_year": "-30000.00",
        "three_public_overseas@budget": "0.00",
        "three_public_reception": "1000000.00",
        "three_public_reception_change_vs_prior_year": "100000.00",
        "three_public_reception@budget": "1500000.00",
        "three_public_vehicle_total": "4000000.00",
        "three_public_vehicle_total_change_vs_prior_year": "-270000.00",
        "three_public_vehicle_total@budget": "4100000.00",
    }


def test_a_prior_years_amount_is_never_a_budget():
    read = _figures(["2025年公务接待费为100万元，较上年90万元增加10万元。"], final_accounts=True, year="2025")
    assert read == {"three_public_reception": "1000000.00", "three_public_reception_change_vs_prior_year": "100000.00"}


# --- miss kinds: staff and vehicle wording
def test_the_vehicle_establishment_the_unit_has_and_the_vehicles_on_it():
    read = _figures(["本局实有车辆编制3辆，在编实有车辆2辆。"])
    assert read == {"vehicles_authorized": "3", "vehicles_total": "2"}


@pytest.mark.parametrize(
    "sentence",
    ["公务用车保有量12辆，计划购置0辆公务接待费3万元。", "公务用车保有量12辆，拟购置0辆。"],
)
def test_a_purchase_word_alone_before_a_count_of_vehicles(sentence):
    read = _figures([sentence])
    assert read["vehicles_year_end"] == "12"
    assert read["vehicles_to_purchase"] == "0"


def test_the_service_posts_inside_the_admin_establishment_are_a_part():
    read = _figures(
        [
            "其中：行政编制6人（含行政工勤编制1人），事业编制20人；在职在编实有行政人员6人（含行政工勤人员1人），事业人员18人。"
        ]
    )
    assert read == {
        "staff_authorized_admin": "6",
        "staff_authorized_institution": "20",
        "staff_actual_admin": "6",
        "staff_actual_institution": "18",
    }


def test_a_bare_institution_staff_count_before_any_count_of_staff_in_post_is_not_read():
    # ('事业人员' alone may count the posts): only after the staff in post were counted
    assert "staff_actual_institution" not in _figures(["本单位事业人员18人。"])


# --- a cut (压减) is a change, never the figure it cuts: with no base stated it is read as nothing
def test_a_cut_with_no_base_is_neither_the_total_nor_a_change():
    read = _figures(["2026年“三公”经费预算总额为185万元。“三公”总预算共压减29万元，同比减少13.6%。"])
    assert read == {"three_public_total": "1850000.00"}


# --- miss kind: '无A和B': the 无 before the first name is each joined name's
@pytest.mark.parametrize(
    "sentence",
    [
        "2026年财政拨款收入预算500万元，无政府性基金预算拨款和国有资本经营预算拨款。",
        "本单位无政府性基金预算拨款收入和国有资本经营预算拨款收入。",
    ],
)
def test_none_said_of_two_funds_joined_by_he(sentence):
    read = _figures([sentence])
    assert read["income_government_fund"] == "0.00"
    assert read["income_state_capital"] == "0.00"


def test_none_said_of_one_name_holding_he_is_no_list():
    assert _figures(["本单位无社会保障和就业支出。"]) == {}


# --- miss kind: after a 事业编制 named by its funding, the paragraph's only posts (so the 事业编制), the
# full name 实有人数 counting more people than the posts is the unit's whole staff in post (as after any one
# kind's posts alone: more people than posts may be people outside the 编制; no more than them, the kind's)
def test_the_full_name_of_the_staff_in_post_after_a_part_of_the_establishment():
    read = _figures(["某站现有全额拨款事业编制11人，实有人数14人，离退休3人。"])
    assert read == {"staff_authorized_institution": "11", "staff_actual": "14", "staff_retired": "3"}


def test_a_bare_shiyou_after_a_part_of_the_establishment_stays_the_parts():
    # (the only posts, so the 事业编制; a bare 实有 after one kind's posts alone is the whole staff in post)
    read = _figures(["全额拨款事业编制12人，实有12人。"])
    assert read == {"staff_authorized_institution": "12", "staff_actual": "12"}
    # beside another funding kind the posts are a part: the bare 实有 after them is that part's
    assert _figures(["全额拨款事业编制12人，实有12人，差额拨款事业编制3人。"]) == {}


# --- miss kind: 公务员 / 工勤 after 其中 in a whole 编制 or in a count of the staff in post
def test_civil_servants_and_service_workers_of_the_establishment_and_in_post():
    read = _figures(["某委核定人员编制20名，其中公务员17名、工勤3名。现有在编在岗人员19名，其中公务员16名、工勤3名。"])
    assert read == {
        "staff_authorized": "20",
        "staff_authorized_admin": "17",
        "staff_authorized_worker": "3",
        "staff_actual": "19",
        "staff_actual_admin": "16",
    }


def test_civil_servants_named_alone_are_not_read():
    assert _figures(["本单位共有公务员5人，工勤2人。"]) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a heading naming a part or a fund is no heading of the whole: never the total
        ("三、项目支出预算总表的说明 2026年预算500万元。", {"project_expenditure": "5000000.00"}),
        ("（二）财政拨款收入预算总体安排情况 2026年收入预算300万元。", {}),
    ],
)
def test_a_heading_of_a_part_or_a_fund_run_into_a_total_keeps_its_words(sentence, expected):
    assert _figures([sentence]) == expected
