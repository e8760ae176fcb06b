"""Staff counts named by a profession, by the 参公 kind, with a bracket of what they include, and a
事业编制 named by its funding read against the unit's whole staff statement.

1. A school's, hospital's or station's people in post named by their profession ('在职教师',
   '在岗医务人员') are ``staff_actual`` when they are the paragraph's only count of the people in
   post; the retired of the profession are ``staff_retired_regular``, the hired ones (临聘 / 代课 /
   聘用 教师) ``staff_contract`` when they are the paragraph's only count of hired staff. Beside a
   whole (在职教职工) or after 其中 a profession is a part: read nothing.
2. The 参公 people in post ('实有参公事业人员') of a unit whose staff statement names no 行政 kind are
   its 行政（含参公）staff in post, ``staff_actual_admin`` (as its 参公 posts are
   ``staff_authorized_admin``).
3. A bracket right after the count of the staff in post lists its parts: a count of the people in
   post there (编内, 在编) is never the whole again; a part naming a metric of its own (编外聘用) is read.
4. A 事业编制 named by its funding is all the 事业 posts only when no other paragraph of the unit counts
   事业编制 of another funding kind or with no funding.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages


def _parse(*paragraphs: str, final: bool = False, unit: str = "某县某中学"):
    return parse_document(*paragraphs, unit=unit, year="2024", final=final, heading="一、部门基本情况")


def _read(*paragraphs: str, final: bool = False) -> dict[str, str]:
    """metric -> value of every figure kept from ``paragraphs`` (one paragraph each)."""
    return accepted_figures(_parse(*paragraphs, final=final))


def _unparsed(*paragraphs: str, final: bool = False) -> list[str]:
    """The messages of the unparsed-figure problems of ``paragraphs``."""
    return unparsed_messages(_parse(*paragraphs, final=final))


def _codes(*paragraphs: str, final: bool = False) -> list[str]:
    return [p.code for p in _parse(*paragraphs, final=final).problems]


# --- 1. a profession's people in post, retired and hired


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "本校现有在职教师38人，退休教师7人，临聘教师4人。",
            {"staff_actual": "38", "staff_retired_regular": "7", "staff_contract": "4"},
        ),
        ("学校在职教师27人，代课教师3人。", {"staff_actual": "27", "staff_contract": "3"}),
        ("本院在职医务人员26人，退休人员5人。", {"staff_actual": "26", "staff_retired_regular": "5"}),
        ("卫生院在岗医护人员14人。", {"staff_actual": "14"}),
        ("截至年末，学区现有在职教师19人；教学班6个，学生230人。", {"staff_actual": "19"}),
        (
            "全校共有在职教师 64 人，退休教师 21 人，聘用教师 2 人。",
            {"staff_actual": "64", "staff_retired_regular": "21", "staff_contract": "2"},
        ),
        ("现有在职教职工52人，退休教职工11人。", {"staff_actual": "52", "staff_retired_regular": "11"}),
        ("在园幼儿180人，在职教师15人，代课教师及临时工3人。", {"staff_actual": "15", "staff_contract": "3"}),
        ("外聘医务人员5人，在职医务人员31人。", {"staff_contract": "5", "staff_actual": "31"}),
    ],
)
def test_a_professions_staff_in_post_retired_and_hired(paragraph, expected, final):
    assert _read(paragraph, final=final) == expected
    # (only the pupils are left unread)
    assert all("学生" in message or "幼儿" in message for message in _unparsed(paragraph, final=final))


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        # beside the whole staff in post, the profession is its part (in either order)
        ("在职教职工52人，在职教师46人。", {"staff_actual": "52"}, 1),
        ("在职教师46人，在职教职工52人。", {"staff_actual": "52"}, 1),
        ("实有人数40人，在职教师33人。", {"staff_actual": "40"}, 1),
        # after 其中 or inside a bracket: a part of the count before it
        ("在职教职工52人，其中专任教师40人。", {"staff_actual": "52"}, 1),
        ("年末实有人数70人，其中：在职教师52人，退休18人。", {"staff_actual": "70", "staff_retired_regular": "18"}, 1),
        ("在职教职工40人（含在职教师30人）。", {"staff_actual": "40"}, 1),
        ("在职教师30人（其中在编教师25人）。", {"staff_actual": "30"}, 1),
        # a narrower profession, one named without 在职 / 在岗, a flow, a leader's post
        ("现有在职专任教师46人。", {}, 1),
        ("现有在职医生12人。", {}, 1),
        ("在编教师89人。", {}, 1),
        ("学校有教师25人。", {}, 1),
        ("本年新增在职教师3人。", {}, 1),
        # leaders counted by their post are one post's people: they neither are the staff nor leave
        # the teachers the only count of the people in post
        ("实有校长1人，副校长2人，在职教师40人。", {}, 3),
    ],
)
def test_a_profession_beside_a_whole_or_as_a_part_is_not_read(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert len(_unparsed(paragraph)) == unread


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        # another count of hired staff: the profession is one part of them
        ("临聘人员20人，临聘教师6人。", {"staff_contract": "20"}, 1),
        ("编外聘用人员9人，代课教师4人。", {"staff_contract": "9"}, 1),
        # after 其中: a part of the whole before it
        ("在职教职工50人，其中临聘教师6人。", {"staff_actual": "50"}, 1),
        # a quota of hired teachers counts posts, never people
        ("聘用教师控制数4人。", {}, 1),
    ],
)
def test_hired_professions_beside_other_hired_staff_or_as_quota_are_not_read(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert len(_unparsed(paragraph)) == unread


# --- 2. the 参公 people in post


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("实有参公事业人员3人。",), {"staff_actual_admin": "3"}),
        (
            ("参照公务员法管理事业编制5人，实有参公事业人员4人。",),
            {"staff_authorized_admin": "5", "staff_actual_admin": "4"},
        ),
        (
            # (行政 inside a unit's name is no 行政 kind)
            ("某某综合行政执法大队为参公事业单位，核定参公事业编制20名，实有参公人员18人。",),
            {"staff_authorized_admin": "20", "staff_actual_admin": "18"},
        ),
        (("实有参公人员8人，退休人员2人。",), {"staff_actual_admin": "8", "staff_retired_regular": "2"}),
        (
            ("实有人数9人，其中参公人员6人，事业人员3人。",),
            {"staff_actual": "9", "staff_actual_admin": "6", "staff_actual_institution": "3"},
        ),
        (("参照公务员管理的事业在职人数7人。",), {"staff_actual_admin": "7"}),
        (("实有人数20人，其中参公编制人员6人。",), {"staff_actual": "20", "staff_actual_admin": "6"}),
    ],
)
def test_cangong_people_in_post_of_a_unit_naming_no_administrative_kind(paragraphs, expected, final):
    assert _read(*paragraphs, final=final) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the 行政 kind named in the sentence, the paragraph or another paragraph of the unit: the
        # 参公 people are a part of the 行政（含参公）staff, no metric of their own; and the 行政 count
        # beside them, printed apart, is a part too (never added up)
        (("行政编制2人，参公事业编制3人；实有行政人员2人，参公人员3人。",), {}),
        (("行政编制4名。", "实有参公事业人员3人。"), {}),
        (("实有人数12人，其中行政人员5人，参公人员3人。",), {"staff_actual": "12"}),
        (("公务员（含参公）5人，实有参公人员3人。",), {}),
        # the 参公 retired are retirees, never the staff in post
        (("参公退休人员3人。",), {}),
        # 参公 posts stay posts
        (("参公事业编制6人。",), {"staff_authorized_admin": "6"}),
    ],
)
def test_cangong_people_beside_the_administrative_kind_are_not_read(paragraphs, expected):
    read = _read(*paragraphs)
    assert read == expected
    assert "3" not in read.values()


# --- 3. a bracket of what the staff in post include


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "行政编制10人，在编人员9人；期末实有人员15人（含编内人员9人、编外聘用人员6人）。",
            {"staff_authorized_admin": "10", "staff_actual_admin": "9", "staff_actual": "15", "staff_contract": "6"},
        ),
        ("实有人员22人（含编内人员17人、编外聘用人员5人）。", {"staff_actual": "22", "staff_contract": "5"}),
        (
            "在职人员25人（其中在编人员21人，编外聘用人员4人），退休人员3人。",
            {"staff_actual": "25", "staff_contract": "4", "staff_retired_regular": "3"},
        ),
        ("在职人员18人（在编人员16人）。", {"staff_actual": "18"}),
        ("年末实有人数30人(含编制内人员26人)。", {"staff_actual": "30"}),
    ],
)
def test_a_bracket_after_the_staff_in_post_lists_its_parts(paragraph, expected, final):
    assert _read(paragraph, final=final) == expected
    assert "narrative_conflict" not in _codes(paragraph, final=final)
    assert len(_unparsed(paragraph, final=final)) == 1  # (the in-post part)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # kinds inside the bracket are read as kinds of the staff in post
        (
            "实有人数30人（含行政编制人员12人、事业编制人员18人）。",
            {"staff_actual": "30", "staff_actual_admin": "12", "staff_actual_institution": "18"},
        ),
        # a bracket after posts is no list of the staff's parts: its 实有 is that kind's people
        ("行政编制10人（实有9人）。", {"staff_authorized_admin": "10", "staff_actual_admin": "9"}),
        # a bracket that counts nothing (the count, after one kind's posts alone, is the whole staff in post)
        ("事业编制12人，实有11人（在编）。", {"staff_authorized_institution": "12", "staff_actual": "11"}),
    ],
)
def test_brackets_that_are_no_parts_of_the_staff_in_post(paragraph, expected):
    assert _read(paragraph) == expected


# --- 4. a 事业编制 named by its funding, against the unit's whole staff statement


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    "paragraphs",
    [
        ("全额拨款事业编制12人。", "差额拨款事业编制3人。"),
        ("核定全额拨款事业编制13名。", "另有自收自支事业编制2名。"),
        ("差额补助事业编制8人。", "本单位全部补助事业编制4人。"),
    ],
)
def test_two_funding_kinds_in_two_paragraphs_are_parts_never_a_conflict(paragraphs, final):
    read = _read(*paragraphs, final=final)
    assert not any(metric.startswith("staff_authorized") for metric in read), read
    assert "narrative_conflict" not in _codes(*paragraphs, final=final)
    assert len(_unparsed(*paragraphs, final=final)) == 2


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the 事业编制 counted with no funding in another paragraph is the 事业编制; the funded one its part
        (
            ("全额拨款事业编制12人。", "事业编制15人，实有14人。"),
            {"staff_authorized_institution": "15", "staff_actual": "14"},
        ),
        (
            ("编制总数20人，其中行政编制5人、事业编制15人。", "全额拨款事业编制12人。"),
            {"staff_authorized": "20", "staff_authorized_admin": "5", "staff_authorized_institution": "15"},
        ),
        # another kind or the whole in another paragraph leaves the funded posts all the 事业 posts
        (
            ("全额拨款事业编制12人。", "行政编制5人，实有4人。"),
            {"staff_authorized_institution": "12", "staff_authorized_admin": "5", "staff_actual_admin": "4"},
        ),
        (
            ("核定全额拨款事业编制20名。", "年末实有人数18人。"),
            {"staff_authorized_institution": "20", "staff_actual": "18"},
        ),
        (
            ("全额拨款事业编制12人。", "工勤编制2人。"),
            {"staff_authorized_institution": "12", "staff_authorized_worker": "2"},
        ),
        # the same funding again agrees
        (("全额拨款事业编制12人。", "其中全额拨款事业编制12人均已在岗。"), {"staff_authorized_institution": "12"}),
    ],
)
def test_funded_posts_against_the_units_other_paragraphs(paragraphs, expected):
    assert _read(*paragraphs) == expected
    assert "narrative_conflict" not in _codes(*paragraphs)


def test_funded_posts_of_two_sub_units_are_each_their_own():
    # each paragraph about its own sub-unit (the unit named as its subject) is that unit's statement
    result = _parse(
        "某某站为公益一类事业单位，核定全额拨款事业编制10名。", "某某所为公益二类事业单位，核定差额拨款事业编制5名。"
    )
    rows = {
        (r["unit_text"], r["metric"]): r["value"]
        for r in result.rows["raw_narrative_figures"]
        if r["is_rejected"] == "false"
    }
    assert rows == {
        ("某某站", "staff_authorized_institution"): "10",
        ("某某所", "staff_authorized_institution"): "5",
    }
