"""Staff counts: a 事业编制 named by its funding, the paragraph's only posts, with the
people in post counted after it; the staff in post counted after a single kind's posts, the unit's only
posts (实有人数 / 实有人员 / 实有在职人员 / 在职实有人数, the bare 实有 / 实际 / 在编: the whole staff in post,
staff_actual; after each of two kinds: each kind's); the staff in post named by the budget's funding (财政补助
/ 全额拨款) when the paragraph names no other funding.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import budget_figures as _read
from narrative_figures import budget_unparsed as _unparsed

# --- 1. a 事业编制 named by one funding kind, the paragraph's only posts, with its people counted after it


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "核定全额拨款事业编制14名，设领导职数3名。在职职工17人，离退休5人。",
            {"staff_authorized_institution": "14", "staff_actual": "17", "staff_retired": "5"},
        ),
        # a bare 在编 / 实有 / 实际 count right after one kind's posts, the unit's only posts, is the whole
        # staff in post (as after '行政编制')
        (
            "核定差额拨款事业编制40名，本年在职在编人员36人，退休人员11人。",
            {"staff_authorized_institution": "40", "staff_actual": "36", "staff_retired_regular": "11"},
        ),
        (
            "单位核定财政差额预算管理事业编制人数7名，目前单位在编在岗6人。",
            {"staff_authorized_institution": "7", "staff_actual": "6"},
        ),
        ("全额拨款事业编制9人，实有8人。", {"staff_authorized_institution": "9", "staff_actual": "8"}),
        ("全额拨款事业编制9人，实际9人。", {"staff_authorized_institution": "9", "staff_actual": "9"}),
        ("核定自收自支事业编制6名，在编职工5人。", {"staff_authorized_institution": "6", "staff_actual": "5"}),
    ],
)
def test_funded_posts_alone_are_read_with_their_people_counted_after_them(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the people counted before the posts: the posts are a part of them (unread, as before)
        ("实有人数30人，其中全额拨款事业编制20人。", {"staff_actual": "30"}),
        ("在职人员20人，核定全额拨款事业编制22名。", {"staff_actual": "20"}),
        # another funding kind, with or without its 编制, after the people: parts, unread
        ("全额拨款事业编制15名，实有13人，差额拨款5名。", {}),
        ("全额拨款事业编制15名，在职12人。差额拨款事业编制4名。", {"staff_actual": "12"}),
        # another 编制 beside them: a part, unread
        ("行政编制5名，全额拨款事业编制10名，实有人数14人。", {"staff_authorized_admin": "5", "staff_actual": "14"}),
    ],
)
def test_funded_posts_that_are_not_alone_stay_unread(paragraph, expected):
    read = _read(paragraph)
    assert read == expected
    assert "staff_authorized_institution" not in read
    assert _unparsed(paragraph)  # (the parts: reported, never dropped silently)


# --- 2. after a single kind's posts (the unit's only posts) a count of the staff in post naming no kind (the
# full name 实有人数 / 实有人员, the names that say 在职, the bare count) is the unit's whole staff in post
# (staff_actual), more or fewer than the kind's posts alike (test_narrative_staff_whole_after_one_kind.py,
# test_narrative_staff_r10.py); after each of two kinds it is each kind's


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "某站现有全额拨款事业编制8人，实有人数11人，离退休2人。",
            {"staff_authorized_institution": "8", "staff_actual": "11", "staff_retired": "2"},
        ),
        ("核定行政编制15名，实有人员17人。", {"staff_authorized_admin": "15", "staff_actual": "17"}),
    ],
)
def test_the_full_name_of_the_staff_in_post_more_than_one_kinds_posts_is_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("行政编制30人，实有人数27人。", {"staff_authorized_admin": "30", "staff_actual": "27"}),
        ("核定行政编制15名，实有人员14人。", {"staff_authorized_admin": "15", "staff_actual": "14"}),
        ("差额拨款事业编制6名，实有人员5人。", {"staff_authorized_institution": "6", "staff_actual": "5"}),
        ("事业编制20人，实有在职人员18人。", {"staff_authorized_institution": "20", "staff_actual": "18"}),
        ("核定事业编制11名，在职实有人员10人。", {"staff_authorized_institution": "11", "staff_actual": "10"}),
        ("政法编制25名，年末在职实有人数23人。", {"staff_authorized_admin": "25", "staff_actual": "23"}),
    ],
)
def test_the_full_name_of_the_staff_in_post_within_one_kinds_posts_is_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the bare counts after one kind's posts alone: the whole staff in post
        ("现有行政编制员21人，实有24人。", {"staff_authorized_admin": "21", "staff_actual": "24"}),
        ("事业编制20人，实际19人。", {"staff_authorized_institution": "20", "staff_actual": "19"}),
        ("行政编制20人，在编19人。", {"staff_authorized_admin": "20", "staff_actual": "19"}),
        # within that 编制 (编内 / 在编): the whole staff in post too
        ("事业编制12人，编内实有在职人员11人。", {"staff_authorized_institution": "12", "staff_actual": "11"}),
        ("行政编制16人，实有在编人员15人。", {"staff_authorized_admin": "16", "staff_actual": "15"}),
        # naming the kind: that kind's
        ("行政编制16人，实有行政编制人员15人。", {"staff_authorized_admin": "16", "staff_actual_admin": "15"}),
        # a list of kinds, each with its people: per kind
        (
            "行政编制6人，实有人数5人；事业编制14人，实有人数13人。",
            {
                "staff_authorized_admin": "6",
                "staff_actual_admin": "5",
                "staff_authorized_institution": "14",
                "staff_actual_institution": "13",
            },
        ),
        (
            "行政编制8人，实有人员7人。事业编制12人，实有人员12人。",
            {
                "staff_authorized_admin": "8",
                "staff_actual_admin": "7",
                "staff_authorized_institution": "12",
                "staff_actual_institution": "12",
            },
        ),
    ],
)
def test_other_counts_after_one_kinds_posts(paragraph, expected):
    assert _read(paragraph) == expected


# --- 3. the staff in post named by the budget's funding, the paragraph's only funding of people


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("现在职实有财政补助人员9人，离退休4人。", {"staff_actual": "9", "staff_retired": "4"}),
        # (财政补助 names another funding kind beside the 全额 posts: those stay unread)
        (
            "核定全额拨款事业编制11名，现在职实有财政补助人员9人，离退休4人。",
            {"staff_actual": "9", "staff_retired": "4"},
        ),
        ("在职财政补助人员16人。", {"staff_actual": "16"}),
        (
            "现有全额拨款在职人员13人，其中：事业编制13人；退休人员17人。",
            {"staff_actual": "13", "staff_actual_institution": "13", "staff_retired_regular": "17"},
        ),
        ("全额拨款在职人员17人，退休人员2人。", {"staff_actual": "17", "staff_retired_regular": "2"}),
        ("实有全部补助人员21人。", {"staff_actual": "21"}),
    ],
)
def test_the_staff_in_post_named_by_the_budgets_funding_alone_is_the_staff_in_post(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # another funding kind of people in the paragraph: a part, unread
        ("在职财政补助人员20人，自收自支人员5人。", {"staff_actual_other_funded": "5"}),
        # (the 差额 people are every one the budget funds in part: staff_actual_partly_funded, as before)
        ("现有全额拨款在职人员16人，差额拨款在职人员3人。", {"staff_actual_partly_funded": "3"}),
        ("全额拨款在职人员10人。经费自理人员2人。", {}),
        # after a count of the staff in post: a part of it
        ("实有人数30人，其中财政补助人员25人。", {"staff_actual": "30"}),
        ("在职人员30人，其中全额拨款在职人员25人。", {"staff_actual": "30"}),
        # a kind named: a part of that kind
        ("全额拨款事业在职人员12人。", {}),
        # the retired: the retired count
        ("全额拨款退休人员5人。", {"staff_retired_regular": "5"}),
    ],
)
def test_funded_people_that_are_a_part_are_not_the_staff_in_post(paragraph, expected):
    assert _read(paragraph) == expected
