"""Staff wordings of the eleventh round: the parts by funding in a bracket after the count of the
staff in post, and a list of people ending in a sum that holds the retired.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.

* kind 3 "funding parts in a bracket": '在职人数N人（财政拨款a人，差额拨款b人，定额拨款c人，自收自支d人，
  招聘人员e人）' gives staff_actual_fully_funded a, _partly_funded b, _other_funded d (自收自支: the
  unit's own money), staff_contract e; 定额拨款 has no metric (unread). The bracket opens the list as
  其中 does (metric_wording.csv rules 32, 33, 36, 41–43), also after the whole 编制 was read before
  the count of the people in post; a bracket after the 编制 is a split of the posts (never the
  people's), and short funding words whose parts do not add up stay unread;
* kind 4 "a sum that holds the retired": '实际在职a人、退休b人、聘用c人，合计N人' / '在职a人，离退休b人，
  共计N人' (adding up exactly): N is staff_actual (the project's convention: a whole holding the
  retired is the staff in post), the 在职 a then a part, no figure; the retired and hired parts stay
  read. Never a sum of money, of 编制 posts, of a list naming no retired, or one that does not add up
  (rule 64).
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import accepted_figures, parse_document, unparsed_messages

_UNIT = "某县某中心"


def _read(*paragraphs: str, final: bool = False) -> dict[str, str]:
    """metric -> value of the figures a 2025 budget's (or, with ``final``, a 2024 决算's) narrative keeps."""
    year = "2024" if final else "2025"
    return accepted_figures(parse_document(*paragraphs, unit=_UNIT, year=year, final=final))


def _unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit=_UNIT, year="2025"))


# --- kind 3: the parts by funding in a bracket after the staff in post ---------------------------

_FIVE_PARTS = {
    "staff_actual": "105",
    "staff_actual_fully_funded": "60",
    "staff_actual_partly_funded": "6",
    "staff_actual_other_funded": "8",
    "staff_contract": "27",
}


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    "paragraph",
    [
        "在职人数105人（财政拨款60人，差额拨款6人，定额拨款4人，自收自支8人，招聘人员27人）。",
        "在职人数为105人（财政拨款60人、差额拨款6人、定额拨款4人、自收自支8人、招聘人员27人）。",
        "在职人数 105 人（财政拨款 60 人，差额拨款 6 人，定额拨款 4 人，自收自支 8 人，招聘人员 27 人）。",
        "在职人数105人（财政拨款人员60人，差额拨款人员6人，定额拨款人员4人，自收自支人员8人，招聘人员27人）。",
        "在职人数105人（全额拨款60人，差额拨款6人，定额拨款4人，自收自支8人，招聘人员27人）。",
    ],
)
def test_funding_parts_in_the_bracket_after_the_staff_in_post(paragraph, final):
    assert _read(paragraph, final=final) == _FIVE_PARTS


def test_the_fixed_sum_part_has_no_metric_and_is_reported():
    paragraph = "在职人数105人（财政拨款60人，差额拨款6人，定额拨款4人，自收自支8人，招聘人员27人）。"
    assert [message for message in _unparsed(paragraph) if "4人" in message]


@pytest.mark.parametrize(
    "paragraph",
    [
        "本单位编制人数120人，在职人数105人（财政拨款60人，差额拨款6人，定额拨款4人，自收自支8人，招聘人员27人）。",
        "本单位编制人数120人，在职人数105人（全额拨款人员60人，差额拨款人员6人，定额拨款人员4人，自收自支人员8人，"
        "招聘人员27人）。",
    ],
)
def test_funding_parts_of_the_staff_in_post_after_the_whole_posts(paragraph):
    assert _read(paragraph) == {"staff_authorized": "120", **_FIVE_PARTS}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a bracket after the posts splits the posts, never the people
        ("编制人数40人（财政拨款30人，差额拨款6人，自收自支4人）。", {"staff_authorized": "40"}),
        (
            "在职人数40人，编制人数50人（全额拨款30人，差额拨款16人，自收自支4人）。",
            {"staff_actual": "40", "staff_authorized": "50"},
        ),
        # short funding words whose parts do not add up: a kind may be left unnamed
        ("在职人数40人（财政拨款30人，差额拨款6人）。", {"staff_actual": "40"}),
        # no count of the people in post before the bracket
        ("财政拨款30人，差额拨款6人，自收自支4人。", {}),
    ],
)
def test_funding_parts_that_are_no_split_of_the_staff_in_post_are_not_read(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize("paragraph", ["在职人数40人，招聘人员5人。", "2025年计划招聘人员5人。", "公开招聘5人。"])
def test_recruited_people_outside_a_split_by_funding_are_not_hired_staff(paragraph):
    assert "staff_contract" not in _read(paragraph)


# --- kind 4: a list of people ending in a sum that holds the retired ---------------------------


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "本单位实际在职20人、退休6人、聘用3人，合计29人。",
            {"staff_actual": "29", "staff_retired_regular": "6", "staff_contract": "3"},
        ),
        ("本单位在职18人，离退休5人，共计23人。", {"staff_actual": "23", "staff_retired": "5"}),
        (
            "现有在职人员18人，离休人员1人，退休人员4人，合计23人。",
            {"staff_actual": "23", "staff_retired_veteran": "1", "staff_retired_regular": "4"},
        ),
        ("在职人员40人，离退休人员18人，总人数58人。", {"staff_actual": "58", "staff_retired": "18"}),
        (
            "编制25人，在职18人，离退休5人，共计23人。",
            {"staff_authorized": "25", "staff_actual": "23", "staff_retired": "5"},
        ),
    ],
)
def test_a_sum_holding_the_retired_is_the_staff(paragraph, expected, final):
    assert _read(paragraph, final=final) == expected


def test_the_in_post_part_of_the_sum_is_reported():
    assert any("a part, not the staff" in message for message in _unparsed("本单位在职18人，离退休5人，共计23人。"))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a sum that does not add up: which figure is the staff is not certain
        ("本单位在职18人，离退休5人，共计25人。", {"staff_actual": "18", "staff_retired": "5"}),
        # a list naming no retired
        ("本单位在职18人，聘用5人，共计23人。", {"staff_actual": "18", "staff_contract": "5"}),
        # a sum of posts
        (
            "核定编制30人，其中行政编制20人、事业编制10人，合计30人。",
            {"staff_authorized": "30", "staff_authorized_admin": "20", "staff_authorized_institution": "10"},
        ),
        (
            # (the sum of the kinds' posts is the whole 编制, never the staff)
            "行政编制20人，事业编制10人，合计30人。",
            {"staff_authorized_admin": "20", "staff_authorized_institution": "10", "staff_authorized": "30"},
        ),
    ],
)
def test_sums_that_hold_no_retired_staff_are_not_the_staff(paragraph, expected):
    assert _read(paragraph) == expected


def test_a_sum_of_money_is_no_count_of_people():
    got = _read("退休人员经费2.00万元，在职人员经费8.00万元，合计10.00万元。")
    assert not any(metric.startswith("staff_") for metric in got), got
