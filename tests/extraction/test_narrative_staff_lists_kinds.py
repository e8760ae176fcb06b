"""Kinds of staff-count wording met at first contact with budgets of county bureaus, a township, a
street office and a school (unseen-corpus set final): a 实有 count after a LIST of kinds of 编制 (or
after the kinds listed under the whole 编制) is the whole staff's, not the last kind's; the staff
counted as 工作人员 with the kinds of 编制 after 其中 as staff in post on them; a combined kind
(事业工勤编制) and a combined group (退休及退职) that no metric defines read nothing; 长聘 as 聘用;
money managed in the fiscal special account (专户管理) as income_special_account. Constructed
sentences of the same shapes (own names and figures), each with every figure it must yield
(metric, value) and nothing more.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative


def _read(*paragraphs: str, heading: str = "一、部门基本情况", year: str = "2022") -> dict[str, str]:
    """metric -> value of every figure read from a 部门预算 whose section ``heading`` holds ``paragraphs``
    (no metric read twice)."""
    lines = ["某县某某局", f"{year}年部门预算", heading, *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=False, unit_name="某县某某局")
    return accepted_figures(result)


# --- 1. the 实有 count after a list of kinds of 编制 is the whole staff's


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # two kinds in a row, then the full name of the count (a kind printed without 人 too)
            "（二）人员构成。行政编制5人，事业编制9，实有在职人数13人，退休人数3人。",
            {
                "staff_authorized_admin": "5",
                "staff_authorized_institution": "9",
                "staff_actual": "13",
                "staff_retired_regular": "3",
            },
        ),
        (
            # the kind's parts listed after 其中 (a part no metric names among them), counted by 名
            "行政编制12名，其中：公务员编制12名，实有人数10名。",
            {"staff_authorized_admin": "12", "staff_actual": "10"},
        ),
        (
            # a kind listed after 其中 under the whole 编制
            "总编制30人，其中：行政编制22人，实有人数25人。",
            {"staff_authorized": "30", "staff_authorized_admin": "22", "staff_actual": "25"},
        ),
        (
            # a bare 实有 after a list of kinds and a mark is the whole's too (run into the last kind's
            # count, '…事业编制11人实有10人', that kind's: test_narrative_staff_kinds_r12.py)
            "行政编制7人，事业编制11人，实有16人。",
            {"staff_authorized_admin": "7", "staff_authorized_institution": "11", "staff_actual": "16"},
        ),
    ],
)
def test_staff_actual_after_a_list_of_kinds_of_bianzhi_is_the_whole(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one kind, the unit's only posts: its 实有, bare or by the full name, is the whole staff in post
        # (test_narrative_staff_whole_after_one_kind.py)
        ("行政编制8人，实有7人。", {"staff_authorized_admin": "8", "staff_actual": "7"}),
        ("行政编制8人，实有人数7人。", {"staff_authorized_admin": "8", "staff_actual": "7"}),
        # each kind counted before the next: no list, each kind's
        (
            "本所行政编制6人，实际5人，事业编制14人，实际11人。",
            {
                "staff_authorized_admin": "6",
                "staff_actual_admin": "5",
                "staff_authorized_institution": "14",
                "staff_actual_institution": "11",
            },
        ),
        # the full names alone
        ("本单位实有在职人数21人。", {"staff_actual": "21"}),
        ("本单位实有人数9名。", {"staff_actual": "9"}),
    ],
)
def test_staff_actual_after_one_kind_and_after_each_kind(sentence, expected):
    assert _read(sentence) == expected


# --- 2. the staff counted as 工作人员: the kinds after 其中 are staff in post on them


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # (the 行政 count beside a 参公 count printed apart is a part of the 行政（含参公）kind: unread)
            "某镇共有工作人员60人，其中行政编制20人、参公编制15人、事业编制25人。",
            {"staff_actual": "60", "staff_actual_institution": "25"},
        ),
        ("本局工作人员共48人，其中事业编制30人。", {"staff_actual": "48", "staff_actual_institution": "30"}),
        # 其中 printed with a colon
        ("实有人数18人，其中：行政编制5人。", {"staff_actual": "18", "staff_actual_admin": "5"}),
    ],
)
def test_kinds_of_bianzhi_after_a_count_of_the_staff_are_staff_in_post(sentence, expected):
    assert _read(sentence) == expected


# --- 3. combined kinds and groups no metric defines read nothing


def test_combined_institution_worker_posts_and_retired_with_resigned_read_nothing():
    got = _read(
        "某县某某局（含8个站所）总编制90名，其中：行政编制15名，事业工勤编制75名。"
        "在职人员总数88人；退休及退职人员40人；遗属补助6人。"
    )
    assert got == {"staff_authorized": "90", "staff_authorized_admin": "15", "staff_actual": "88"}


def test_long_term_hired_staff_are_contract_staff():
    # (the dispatched are their own metric, never the contract staff: test_narrative_totals_r12.py)
    assert _read("年末在岗职工90人，其中在编60人，编外长聘人员28人，劳务派遣2人。") == {
        "staff_actual": "90",
        "staff_contract": "28",
        "staff_dispatched": "2",
    }


# --- 4. money managed in the fiscal special account


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2、专户管理的事业收入250万元；", {"income_special_account": "2500000.00"}),
        ("专户管理的非税收入预算数为0元。", {"income_special_account": "0.00"}),
        # 事业收入 the unit keeps stays business income
        ("3、事业收入250万元；", {"income_business": "2500000.00"}),
    ],
)
def test_income_managed_in_the_special_account(sentence, expected):
    assert _read(sentence, heading="二、收入预算情况") == expected


# --- 5. no post of a kind of 编制, in words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "行政编制9名，其中：公务员编制9名，无工勤人员编制，实有人数8名。",
            {"staff_authorized_admin": "9", "staff_authorized_worker": "0", "staff_actual": "8"},
        ),
        ("本单位没有事业编制。", {"staff_authorized_institution": "0"}),
        # no kind named: which posts is not said
        ("临聘人员无编制。", {}),
        # another year's
        ("上年无工勤人员编制。", {}),
    ],
)
def test_no_posts_of_a_kind_in_words_is_zero(sentence, expected):
    assert _read(sentence) == expected


# --- 6. a clause opening with 由于 is the cause of the next one, which states


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "在职人员30人，由于3名新进人员手续未办齐，实际纳入预算27人，退休人员12人。",
            {"staff_actual": "30", "staff_retired_regular": "12"},
        ),
        # a reason's run-on (主要原因是) goes on: nothing after it is read
        ("在职人员30人，主要原因是3名新进人员手续未办齐，退休人员12人。", {"staff_actual": "30"}),
    ],
)
def test_the_clause_after_a_cause_opened_by_youyu_states(sentence, expected):
    assert _read(sentence) == expected
