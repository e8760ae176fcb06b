"""Issue 20 (narrative extraction): one 其中 list covering both sides of the 收支总表 after its
总计, and people placed by a labour-dispatch agency (劳务派遣: staff_dispatched) or under a
personnel-agency arrangement (人事代理: no 聘用人员, no figure).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _parse(paragraphs: list[str], final_accounts: bool, year: str = "2023", unit: str = "某县某局"):
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final_accounts)


def _figures(paragraphs: list[str], final_accounts: bool = False, year: str = "2023") -> dict[str, str]:
    """metric -> value of the kept figures (the same metric twice must agree)."""
    read: dict[str, str] = {}
    rows = _parse(paragraphs, final_accounts, year).rows.get("raw_narrative_figures", [])
    for row in rows:
        if row["is_rejected"] == "false":
            assert read.setdefault(row["metric"], row["value"]) == row["value"], row["metric"]
    return read


def _unparsed(paragraphs: list[str], final_accounts: bool = False, year: str = "2023") -> dict[str, str]:
    """printed amount -> the reason it was left unread."""
    result = _parse(paragraphs, final_accounts, year)
    out = {}
    for problem in result.problems:
        if problem.code == "narrative_unparsed_figure":
            amount, _, rest = problem.message.removeprefix("unparsed figure: ").partition(" in ")
            out[amount] = rest
    return out


# --- kind 1: one 其中 list of both sides after the 总计 -------------------------------------------
BOTH_SIDES = {
    "grand_total": "8000000.00",
    "income_total": "7000000.00",
    "income_carryover": "1000000.00",
    "expenditure_total": "7500000.00",
    "expenditure_carryover": "500000.00",
}


@pytest.mark.parametrize(
    ("sentence", "final_accounts"),
    [
        # 决算: the list opens the next sentence
        (
            "2023年度收入总计800万元，支出总计800万元。其中：本年收入合计700万元，年初结转和结余100万元；"
            "本年支出合计750万元，年末结转和结余50万元。",
            True,
        ),
        # 决算: the list in the same sentence
        (
            "2023年度收入总计800万元，支出总计800万元，其中：本年收入合计700万元，年初结转和结余100万元；"
            "本年支出合计750万元，年末结转和结余50万元。",
            True,
        ),
        # the two 总计 named as one
        (
            "2023年度收支总计均为800万元。其中：本年收入合计700万元，年初结转和结余100万元；"
            "本年支出合计750万元，年末结转和结余50万元。",
            True,
        ),
        # the spending side listed first
        (
            "2023年度收入总计800万元，支出总计800万元。其中：本年支出合计750万元，年末结转和结余50万元；"
            "本年收入合计700万元，年初结转和结余100万元。",
            True,
        ),
        # the spending 总计 stated first
        (
            "本部门2023年度支出总计800万元，收入总计800万元。其中：本年收入合计700万元，"
            "年初结转和结余100万元；本年支出合计750万元，年末结转和结余50万元。",
            True,
        ),
        # budgets: 上年结转 / 年末结转, the list in the next sentence or the same one
        (
            "2023年收入总计800万元，支出总计800万元。其中：本年收入合计700万元，上年结转100万元；"
            "本年支出合计750万元，年末结转50万元。",
            False,
        ),
        (
            "2023年收入预算总计800万元，支出预算总计800万元，其中：本年收入700万元，上年结转100万元；"
            "本年支出750万元，年末结转50万元。",
            False,
        ),
        (
            "2023年收支总计均为800万元，其中：本年支出合计750万元，年末结转50万元；本年收入合计700万元，"
            "上年结转100万元。",
            False,
        ),
    ],
)
def test_one_list_of_both_sides_puts_each_part_on_its_own_side(sentence, final_accounts):
    read = _figures([sentence], final_accounts)
    assert read == BOTH_SIDES, read


def test_a_list_of_the_income_side_alone_reads_no_spending_figure():
    for sentence, final_accounts in [
        ("2023年度收入总计800万元，支出总计800万元。其中：本年收入合计700万元，年初结转和结余100万元。", True),
        ("2023年收入总计800万元，支出总计800万元。其中：本年收入合计700万元，上年结转100万元。", False),
        ("2023年收入总计800万元，支出总计800万元，其中：本年收入合计700万元，上年结转100万元。", False),
    ]:
        read = _figures([sentence], final_accounts)
        assert read == {
            "grand_total": "8000000.00",
            "income_total": "7000000.00",
            "income_carryover": "1000000.00",
        }, sentence


def test_a_budgets_income_total_then_its_list_in_the_next_sentence_is_the_grand_total():
    # (before: the 总计 and the year's income were two disagreeing income_total statements)
    read = _figures(["2023年收入总计500万元。其中：本年收入合计450万元，上年结转50万元。"])
    assert read == {"grand_total": "5000000.00", "income_total": "4500000.00", "income_carryover": "500000.00"}


@pytest.mark.parametrize(
    ("paragraphs", "final_accounts"),
    [
        (
            [
                "2022年度收入总计700万元，支出总计700万元。其中：本年收入合计650万元，年初结转和结余50万元；"
                "本年支出合计680万元，年末结转和结余20万元。"
            ],
            True,
        ),
        (["上年收入总计700万元。其中：本年收入合计650万元，上年结转50万元。"], False),
        (["2022年收入总计700万元，支出总计700万元。其中：本年收入合计650万元，上年结转50万元。"], False),
    ],
)
def test_a_prior_years_totals_and_their_list_are_no_figure(paragraphs, final_accounts):
    assert _figures(paragraphs, final_accounts) == {}
    reasons = _unparsed(paragraphs, final_accounts)
    assert reasons["650万元"].endswith(
        "(a part of another year's amount (the sentence before), not the document's figure)"
    )


def test_the_documents_totals_beside_a_prior_years_list_stay_the_documents():
    read = _figures(
        [
            "2023年度收入总计800万元，支出总计800万元。上年收入总计700万元，支出总计700万元，其中：本年收入合计"
            "650万元，年初结转和结余50万元。"
        ],
        True,
    )
    assert read == {"grand_total": "8000000.00"}


def test_a_list_of_other_parts_after_the_totals_is_no_list_of_the_sides():
    # the 其中 after the basic spending lists its parts: the 本年支出合计 there is no part of the 总计
    read = _figures(["2023年收入总计500万元，支出总计500万元，基本支出300万元。其中：本年支出合计480万元。"])
    assert "expenditure_total" not in read, read
    assert read.get("basic_expenditure") == "3000000.00"


def test_total_words_after_a_part_that_cannot_be_placed_say_what_is_the_case():
    # a year's total listed after the basic spending under the grand total: not placed, and the
    # reason names the list's whole and the part before it, no metric it is a part of
    reasons = _unparsed(
        ["2023年度收入总计800万元，支出总计800万元，其中：基本支出600万元；本年支出合计750万元。"], True
    )
    why = reasons["750万元"]
    assert "listed after basic_expenditure among the parts of grand_total" in why
    assert "a part of basic_expenditure" not in why


# --- kind 2: 劳务派遣 and 人事代理 staff -------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("截至2022年底，实有在职人员46人，另有劳务派遣人员5人。", {"staff_actual": "46", "staff_dispatched": "5"}),
        ("编外聘用人员（劳务派遣）3人。", {"staff_dispatched": "3"}),
        ("编外聘用人员3人（劳务派遣）。", {"staff_dispatched": "3"}),
        ("劳务派遣工作人员6名。", {"staff_dispatched": "6"}),
        ("实有人数40人，派遣制人员4人。", {"staff_actual": "40", "staff_dispatched": "4"}),
        # a part of the staff in post, still its own metric (the whole unchanged)
        ("实有人数40人，其中在编32人，劳务派遣人员8人。", {"staff_actual": "40", "staff_dispatched": "8"}),
        # a part of the hired after 其中 / in their bracket: its own metric, the hired unchanged
        ("聘用人员12人，其中劳务派遣4人。", {"staff_contract": "12", "staff_dispatched": "4"}),
        # one count of the dispatched joined with another hired kind is no count of the dispatched alone:
        # the hired staff as a whole (聘用人员数), as before the dispatched had a metric
        ("另有劳务派遣及合同制技术人员9人。", {"staff_contract": "9"}),
        ("另有合同制和劳务派遣人员7人。", {"staff_contract": "7"}),
        (
            "实有人数40人，聘用人员10人（其中劳务派遣人员4人）。",
            {"staff_actual": "40", "staff_contract": "10", "staff_dispatched": "4"},
        ),
    ],
)
def test_dispatched_staff_are_their_own_metric(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    ["本年新增劳务派遣人员2人。", "年内劳务派遣人员减少1人。", "劳务派遣控制数3人。"],
)
def test_a_flow_or_a_quota_of_dispatched_staff_is_no_figure(sentence):
    assert _figures([sentence]) == {}


def test_a_whole_staff_said_to_be_dispatched_stays_the_staff_in_post():
    # the bracket qualifies the hired only: the staff in post counted are still the staff in post
    assert _figures(["实有人员20人（均为劳务派遣）。"]) == {"staff_actual": "20"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the existing rules hold 人事代理 people are no 聘用人员 (staff_contract): no figure
        ("人事代理人员3人。", {}),
        ("在职人员30人，另有编外人事代理人员2人。", {"staff_actual": "30"}),
        ("劳务派遣人员5人，人事代理人员3人。", {"staff_dispatched": "5"}),
        ("聘用人员10人，其中人事代理6人。", {"staff_contract": "10"}),
        ("编外人员10人（人事代理6人、劳务派遣4人）。", {"staff_dispatched": "4"}),
        # (named 聘用 as well, they are the contract staff, as before)
        ("人事代理聘用人员5人。", {"staff_contract": "5"}),
    ],
)
def test_agency_hired_staff_are_no_contract_staff(sentence, expected):
    assert _figures([sentence]) == expected


def test_a_profession_hired_beside_agency_hired_staff_stays_the_contract_staff():
    # 人事代理 people are no hired staff: '临聘教师6人' is still the paragraph's only count of hiring
    assert _figures(["临聘教师6人，人事代理人员3人。"]) == {"staff_contract": "6"}
