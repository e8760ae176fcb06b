"""Kinds of figure missed or read WRONG at first contact with the held-out sets heldout11-16 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures

_STAFF = ("staff_actual", "staff_authorized")


def _staff(read: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in read.items() if key.startswith(_STAFF)}


# --- WRONG kind 1: kinds of 编制 listed under a count of the staff in post are people, never posts
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "单位实有在职人员总数30人，其中公务员（含参照公务员管理事业人员）12人，事业编制18人。",
            {"staff_actual": "30", "staff_actual_admin": "12", "staff_actual_institution": "18"},
        ),
        (
            "实有人员总数25人，其中公务员(含参公人员)10人，事业编制15人。",
            {"staff_actual": "25", "staff_actual_admin": "10", "staff_actual_institution": "15"},
        ),
        (
            "实有人数40人，其中行政人员15人，全部补助事业人员25人。",
            {"staff_actual": "40", "staff_actual_admin": "15", "staff_actual_institution": "25"},
        ),
        (
            "实有人数40人，其中行政编制15人、全部补助事业编制25人。",
            {"staff_actual": "40", "staff_actual_admin": "15", "staff_actual_institution": "25"},
        ),
        (
            "年末实有人数60人，其中在职人员41人，包括行政人员16人，全额事业人员25人；退休人员19人。",
            {"staff_actual": "60", "staff_actual_admin": "16", "staff_actual_institution": "25"},
        ),
    ],
)
def test_kinds_listed_under_the_staff_in_post_are_people(sentence, expected):
    assert _staff(_figures([sentence])) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "某镇编制数60人，其中：行政编制34人、全部补助事业编制26人；实有在职人数57人，其中行政编制30人、"
            "全部补助事业编制27人、退休人员20人。",
            {
                "staff_authorized": "60",
                "staff_authorized_admin": "34",
                "staff_authorized_institution": "26",
                "staff_actual": "57",
                "staff_actual_admin": "30",
                "staff_actual_institution": "27",
            },
        ),
        (
            "编制人数为12人，其中行政编制4人，工勤1人，事业7人。",
            {
                "staff_authorized": "12",
                "staff_authorized_admin": "4",
                "staff_authorized_worker": "1",
                "staff_authorized_institution": "7",
            },
        ),
        (
            "我镇行政及事业单位编制70名，其中，镇机关行政编制30名，参公编制5人、全额事业单位编制35名。",
            # (the 行政 posts beside 参公 posts printed apart: a part of the 行政（含参公）编制, unread)
            {"staff_authorized": "70", "staff_authorized_institution": "35"},
        ),
        (
            "单位编制数为32名，其中公务员（含参照公务员管理人员）14名，事业编制18名。",
            {"staff_authorized": "32", "staff_authorized_admin": "14", "staff_authorized_institution": "18"},
        ),
    ],
)
def test_kinds_listed_under_the_whole_establishment_are_posts(sentence, expected):
    assert _staff(_figures([sentence])) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two funding kinds of 事业: the fully funded one is a part, never every 事业 post or person
        (
            "实有人数50人，其中全部补助事业编制20人、差额补助事业编制30人。",
            {"staff_actual": "50"},
        ),
        (
            "编制数50人，其中行政编制20人、全额拨款事业编制20人、自收自支事业编制10人。",
            {"staff_authorized": "50", "staff_authorized_admin": "20"},
        ),
        # listed alone (no other kind before it): one part of the 事业 staff, never all of them
        ("实有人数30人，其中全额事业人员20人。", {"staff_actual": "30"}),
        # a funding kind named with no whole before it, the paragraph's only posts: the 事业编制, and
        # the bare 实有 after them, the unit's only posts, the whole staff in post (as after '事业编制')
        ("全部补助事业编制12人，实有12人。", {"staff_authorized_institution": "12", "staff_actual": "12"}),
    ],
)
def test_a_funding_part_is_no_kind(sentence, expected):
    assert _staff(_figures([sentence])) == expected


# --- WRONG kind 2: people who died, left or were added during the year are a flow, never a count
@pytest.mark.parametrize(
    "sentence",
    [
        "年末本系统离退休去世2人，年末在校学生400人。",
        "本年离休干部死亡1人。",
        "年内在职人员减少3人。",
        "本年度新增退休人员2人。",
        "退休人员病故1人。",
    ],
)
def test_people_who_died_or_were_added_are_no_count(sentence):
    read = _figures([sentence], final_accounts=True, year="2025")
    assert not any(metric.startswith("staff_") for metric in read), read


def test_the_retired_held_are_still_read():
    read = _figures(["年末离退休人员15人，其中退休人员14人。"], final_accounts=True, year="2025")
    assert read.get("staff_retired") == "15"
    assert read.get("staff_retired_regular") == "14"


# --- WRONG kind 3: basic and project spending listed under a 类 amount are that 类's parts
@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "一般公共服务支出预算700万元；其中：基本支出300万元；比上年减少3万元，主要是人员减少。"
            "项目支出400万元，比上年减少60万元。"
        ],
        ["一般公共服务支出700万元，其中：基本支出300万元，项目支出400万元。"],
        ["一般公共服务支出（类）700万元，比上年增加20万元，其中基本支出300万元，项目支出400万元。"],
        # a line ending in no mark run into the 类's line: the 类 figure is its own statement
        [
            "2026年支出预算900万元，比上年减少50万元。某某专项经费未纳入预算",
            "一般公共服务支出预算700万元；其中：基本支出300万元。项目支出400万元。",
        ],
    ],
)
def test_a_categorys_basic_and_project_parts_are_never_the_units(paragraphs):
    read = _figures(paragraphs)
    assert read.get("expenditure_category:201") == "7000000.00", read
    assert not any(key.startswith(("basic_expenditure", "project_expenditure")) for key in read), read


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["2026年支出预算1000万元，其中：基本支出600万元，项目支出400万元。"], "4000000.00"),
        (["一般公共服务支出700万元。", "项目支出400万元，比上年减少60万元。"], "4000000.00"),
        (["2026年收入预算800万元，其中一般公共", "预算拨款收入700万元。项目支出400万元。"], "4000000.00"),
    ],
)
def test_the_units_own_basic_and_project_spending_are_still_read(paragraphs, expected):
    assert _figures(paragraphs).get("project_expenditure") == expected


def test_a_label_wrapped_over_two_lines_is_one_label():
    read = _figures(["2026年收入预算800万元，其中一般公共", "预算拨款收入700万元。"])
    assert read.get("income_general_public_budget") == "7000000.00", read


# --- missed kind 4: no change of the 三公 total or a part said in more words, a template's zero
@pytest.mark.parametrize(
    "sentence",
    [
        "2026年本部门财政拨款安排“三公”经费2.50万元，与上年相比无变动，主要原因是厉行节约。",
        "2026年“三公”经费预算2.50万元，较上年没有变动。",
        "2026年“三公”经费预算2.50万元，与上年一致。",
        "2026年“三公”经费财政拨款预算数2.5万元，较2025年预算增长（下降）0%，增加（减少）0万元。",
        "2026年“三公”经费财政拨款预算数2.5万元，较2025年预算增长(下降)0%,增加(减少)0万元。主要原因是严控支出。",
    ],
)
def test_no_change_of_the_three_public_total_is_a_zero(sentence):
    read = _figures([sentence])
    assert read.get("three_public_total") == "25000.00", read
    assert read.get("three_public_change_vs_prior_year") == "0.00", read


def test_no_change_of_each_part_is_a_zero():
    read = _figures(
        [
            "2026年“三公”经费2.50万元，与上年相比无变动。其中：因公出国（境）0万元，与上年相比无变动；"
            "公务接待费2.50万元，较上年无变化；公务用车购置及运行维护费0万元，与上年一致。"
        ]
    )
    for part in ("overseas", "reception", "vehicle_total"):
        assert read.get(f"three_public_{part}_change_vs_prior_year") == "0.00", (part, read)


def test_no_change_in_a_final_account_is_a_zero():
    read = _figures(
        ["2025年“三公”经费支出决算2.50万元，与上年相比无变动。其中：公务接待费2.50万元，较上年未变动。"],
        final_accounts=True,
        year="2025",
    )
    assert read.get("three_public_change_vs_prior_year") == "0.00", read
    assert read.get("three_public_reception_change_vs_prior_year") == "0.00", read


@pytest.mark.parametrize(
    "sentence",
    [
        # a pair of directions before a non-zero amount: the direction is not said
        "2026年“三公”经费财政拨款预算数3万元，较2025年预算增长（下降）10%，增加（减少）0.3万元。",
        # 无变动 of something else than the figure: no change of it
        "2026年“三公”经费预算2.50万元，人员无变动。",
    ],
)
def test_no_change_is_never_read_from_other_words(sentence):
    assert "three_public_change_vs_prior_year" not in _figures([sentence])
