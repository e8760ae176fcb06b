"""Staff counts listed under the staff in post, beside their leaders, or as parts of the 编制.

1. Leaders counted by their post (主任, 副主任, 校长, 局长, 所长, 院长, 站长, 书记 …) before the other
   groups of one list: those groups are the rest of the staff, parts whose whole nobody states, never
   ``staff_actual`` (nor a kind or funding of it). A whole counted before the leaders stays read;
   leaders' posts after the 编制 (校长1名, 领导职数) open no such list.
2. Kinds listed after a colon right after the count (or the name) of the staff in post ('年末实有
   人数11人：行政编4人，事业编7人', '实有在职人数：行政参公26人，事业41人') are the kinds of the people in
   post (``staff_actual_admin`` / ``staff_actual_institution``), as after 其中; after the 编制 they stay
   posts. 行政参公 is the 行政 kind with the 参公 in it.
3. The staff in post split by funding, named by short words ('财政全额供给', '财拨人员', '差额',
   '自筹人员'), read only when the listed parts add up to the whole before their 其中 / 包括.
4. A 事业编制 qualified by a service (后勤服务事业编制, 工勤事业编制) is a part of the 事业编制, never a
   second whole of it; a leader's post count beside it (校长1名) is no metric.
5. 行政工勤 listed bare in the whole 编制's list after another kind is ``staff_authorized_worker`` when
   it is the paragraph's only 工勤.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages

_LEADERS = "leaders counted by their post"


def _parse(*paragraphs: str, final: bool = False, unit: str = "某县某服务中心"):
    return parse_document(*paragraphs, unit=unit, year="2024", final=final, heading="一、部门基本情况")


def _read(*paragraphs: str, final: bool = False) -> dict[str, str]:
    """metric -> value of every figure kept from ``paragraphs`` (one paragraph each)."""
    return accepted_figures(_parse(*paragraphs, final=final))


def _unparsed(*paragraphs: str, final: bool = False) -> list[str]:
    """The messages of the unparsed-figure problems of ``paragraphs``."""
    return unparsed_messages(_parse(*paragraphs, final=final))


def _codes(*paragraphs: str, final: bool = False) -> list[str]:
    return [p.code for p in _parse(*paragraphs, final=final).problems]


# --- 1. leaders counted before the rest of the staff


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected", "after_leaders"),
    [
        ("截至年底，实有主任1人，副主任3人，工作人员10人。", {}, ["10人"]),
        ("本中心现有主任1名，副主任1名，其他在编人员7名。", {}, ["7名"]),
        ("在职局长1人，副局长3人，一般干部8人，退休人员4人。", {"staff_retired_regular": "4"}, []),
        ("本所现有所长1人、副所长1人、在编职工6人。", {}, ["6人"]),
        ("站长1人，副站长2人，实有在职人员9人；离退休人员3人。", {"staff_retired": "3"}, ["9人"]),
        ("实有院长1人，副院长2人，工作人员25人，聘用人员4人。", {"staff_contract": "4"}, ["25人"]),
        ("党支部书记1人，主任1人，工作人员6人。", {}, ["6人"]),
        # the kinds of the rest are parts of a part too
        ("主任1人，副主任2人，工作人员14人，其中行政编制人员5人。", {}, ["14人", "5人"]),
        # a 现有 count of the staff after the leaders is no whole either
        ("校长1人，副校长2人，现有教职工40人。", {}, ["40人"]),
    ],
)
def test_the_groups_listed_after_the_leaders_are_no_staff_in_post(paragraph, expected, after_leaders, final):
    assert _read(paragraph, final=final) == expected
    messages = _unparsed(paragraph, final=final)
    # every group after the leaders is reported as their part (the leaders themselves are unread)
    assert sorted(m.split("unparsed figure: ")[1].split(" ")[0] for m in messages if _LEADERS in m) == sorted(
        after_leaders
    )
    assert "narrative_conflict" not in _codes(paragraph, final=final)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a whole counted before the leaders (with or without 其中) stays read
        (("实有人数14人，其中主任1人，副主任3人，工作人员10人。",), {"staff_actual": "14"}),
        (("实有人数14人，主任1人，副主任3人，工作人员10人。",), {"staff_actual": "14"}),
        (("现有在职人员22人：局长1人，副局长3人，工作人员18人。",), {"staff_actual": "22"}),
        # leaders inside the parenthesis after the whole: the retirees after it are read
        (
            ("在职人员15人（主任1人，工作人员14人），退休人员3人。",),
            {"staff_actual": "15", "staff_retired_regular": "3"},
        ),
        # the leaders' list ends at '；' or the sentence's end
        (("主任1人，副主任2人；实有人数15人。",), {"staff_actual": "15"}),
        (("主任1人，副主任2人。", "实有人数15人，退休人员2人。"), {"staff_actual": "15", "staff_retired_regular": "2"}),
        # leaders' posts after the 编制 (职数, or named without 实有 / 在职) open no list of the staff
        (("核定编制20名，领导职数3名，实有人数19人。",), {"staff_authorized": "20", "staff_actual": "19"}),
        (("核定编制20名，校长1名，副校长2名，实有人数19人。",), {"staff_authorized": "20", "staff_actual": "19"}),
        # a rank or a clerk is no leader (主任科员, 书记员)
        (("主任科员2人，实有人数15人。",), {"staff_actual": "15"}),
        (("书记员3人，在职人员16人。",), {"staff_actual": "16"}),
        # hired staff after the leaders are read (no part of the staff in post)
        (("主任1人，副主任2人，编外聘用人员3人。",), {"staff_contract": "3"}),
    ],
)
def test_a_whole_before_the_leaders_or_apart_from_them_is_read(paragraphs, expected):
    assert _read(*paragraphs) == expected
    assert not any(_LEADERS in message for message in _unparsed(*paragraphs))


# --- 2. the kinds listed after a colon right after the staff in post


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "年末实有人数11人：行政编4人，事业编7人。",
            {"staff_actual": "11", "staff_actual_admin": "4", "staff_actual_institution": "7"},
        ),
        (
            "年末在职人员20人：行政编制8人，事业编制12人。",
            {"staff_actual": "20", "staff_actual_admin": "8", "staff_actual_institution": "12"},
        ),
        (
            "实有人数30人：行政12人，事业18人；离退休人员5人。",
            {"staff_actual": "30", "staff_actual_admin": "12", "staff_actual_institution": "18", "staff_retired": "5"},
        ),
        (
            "实有人员12人：行政编制人员5人，事业编制人员7人。",
            {"staff_actual": "12", "staff_actual_admin": "5", "staff_actual_institution": "7"},
        ),
        # the staff in post named with no count of their own before the colon
        (
            "实有在职人数：行政参公26人，事业41人；退休17人。",
            {"staff_actual_admin": "26", "staff_actual_institution": "41", "staff_retired_regular": "17"},
        ),
        ("在职人数：行政参公15人，事业20人。", {"staff_actual_admin": "15", "staff_actual_institution": "20"}),
        (
            "实有在职人数：行政编制10人、事业编制14人；退休人员6人。",
            {"staff_actual_admin": "10", "staff_actual_institution": "14", "staff_retired_regular": "6"},
        ),
        # after the 编制 was read in the sentence, the list after the staff in post is still theirs
        (
            "编制25人，实有人数20人：行政编8人，事业编12人。",
            {
                "staff_authorized": "25",
                "staff_actual": "20",
                "staff_actual_admin": "8",
                "staff_actual_institution": "12",
            },
        ),
        # with 其中 (as before)
        (
            "实有人员23人，其中行政编9人，事业编14人。",
            {"staff_actual": "23", "staff_actual_admin": "9", "staff_actual_institution": "14"},
        ),
        (
            "年末实有人数16人，其中行政参公6人，事业10人。",
            {"staff_actual": "16", "staff_actual_admin": "6", "staff_actual_institution": "10"},
        ),
    ],
)
def test_kinds_listed_after_the_staff_in_post_are_people_in_post(paragraph, expected, final):
    assert _read(paragraph, final=final) == expected
    assert _unparsed(paragraph, final=final) == []


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        # after the whole 编制 the kinds are posts, with a colon or 其中
        (
            "编制人数23人：行政编9人，事业编14人。",
            {"staff_authorized": "23", "staff_authorized_admin": "9", "staff_authorized_institution": "14"},
            0,
        ),
        ("编制人数17人，其中行政编6人。", {"staff_authorized": "17", "staff_authorized_admin": "6"}, 0),
        (
            "编制人数20人，其中行政参公8人，事业12人。",
            {"staff_authorized": "20", "staff_authorized_admin": "8", "staff_authorized_institution": "12"},
            0,
        ),
        # the 编制's list after a '；' is the 编制's again
        (
            "实有人数20人：行政编制8人，事业编制12人；编制数22人：行政编制9人，事业编制13人。",
            {
                "staff_actual": "20",
                "staff_actual_admin": "8",
                "staff_actual_institution": "12",
                "staff_authorized": "22",
                "staff_authorized_admin": "9",
                "staff_authorized_institution": "13",
            },
            0,
        ),
        # a count of the people in post in the list is a part, never the whole again (nor posts)
        ("实有人数20人：编制内18人，编制外2人。", {"staff_actual": "20"}, 2),
        ("实有人数20人：在编18人，编外聘用2人。", {"staff_actual": "20", "staff_contract": "2"}, 1),
        ("实有人数20人：在职16人，离退休4人。", {"staff_actual": "20", "staff_retired": "4"}, 1),
        # words that name no staff in post before the colon open no list of theirs
        ("实有人数20人：男10人，女10人。", {"staff_actual": "20"}, 2),
        # a numbered list after the colon is left as it was
        ("实有人数：1、行政人员5人。", {}, 1),
    ],
)
def test_kinds_after_the_establishment_stay_posts_and_parts_stay_parts(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert len(_unparsed(paragraph)) == unread
    assert "narrative_conflict" not in _codes(paragraph)


# --- 3. the staff in post split by funding, in short words


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "实有在职编制内人员7人，其中财政全额供给7人，差额0人，自筹0人。",
            {
                "staff_actual": "7",
                "staff_actual_fully_funded": "7",
                "staff_actual_partly_funded": "0",
                "staff_actual_other_funded": "0",
            },
        ),
        (
            "现有干部职工58人，其中财拨人员35人，自筹人员23人。",
            {"staff_actual": "58", "staff_actual_fully_funded": "35", "staff_actual_other_funded": "23"},
        ),
        (
            "在职职工50人，其中：财拨人员30人，差额人员15人，自筹人员5人。",
            {
                "staff_actual": "50",
                "staff_actual_fully_funded": "30",
                "staff_actual_partly_funded": "15",
                "staff_actual_other_funded": "5",
            },
        ),
        (
            "实有在职人员12人，包括财政全额供给10人、差额2人。",
            {"staff_actual": "12", "staff_actual_fully_funded": "10", "staff_actual_partly_funded": "2"},
        ),
        (
            "实有人员25人，其中全额供给人员20人，自筹5人。",
            {"staff_actual": "25", "staff_actual_fully_funded": "20", "staff_actual_other_funded": "5"},
        ),
        (
            "实有人员27人，其中财政拨款人员21人，自筹人员6人。",
            {"staff_actual": "27", "staff_actual_fully_funded": "21", "staff_actual_other_funded": "6"},
        ),
        # in the parenthesis opened right after the count (as after 其中)
        (
            "在职人员30人（财拨人员20人，自筹人员10人）。",
            {"staff_actual": "30", "staff_actual_fully_funded": "20", "staff_actual_other_funded": "10"},
        ),
    ],
)
def test_short_funding_parts_that_add_up_to_the_staff_in_post_are_read(paragraph, expected, final):
    assert _read(paragraph, final=final) == expected
    assert _unparsed(paragraph, final=final) == []


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        # parts that do not add up leave room for a kind unnamed
        ("现有干部职工58人，其中财拨人员35人，自筹人员20人。", {"staff_actual": "58"}, 2),
        ("现有干部职工58人，其中财拨人员35人。", {"staff_actual": "58"}, 1),
        ("实有人员30人，其中财政全额供给20人，差额5人。", {"staff_actual": "30"}, 2),
        # no count of the staff in post before them
        ("财拨人员35人，自筹人员23人。", {}, 2),
        # a split of the 编制 (posts), never of the people
        ("编制58名，其中财拨人员35人，自筹人员23人。", {"staff_authorized": "58"}, 2),
        # after a kind was counted the funded part may overlap it
        (
            "在职人员30人，其中行政人员10人，财拨人员20人，自筹人员10人。",
            {"staff_actual": "30", "staff_actual_admin": "10"},
            2,
        ),
        # inside a parenthesis after the count, not adding up
        ("在职人员30人（财拨人员20人，自筹人员8人）。", {"staff_actual": "30"}, 2),
    ],
)
def test_short_funding_parts_that_do_not_add_up_are_not_read(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert len(_unparsed(paragraph)) == unread


# --- 4. a 事业编制 qualified by a service, and a leader's posts beside it


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        ("核定本校事业编制72名，校长1名，后勤服务事业编制3名。", {"staff_authorized_institution": "72"}, 2),
        ("核定事业编制46名，副校长2名，工勤事业编制3名。", {"staff_authorized_institution": "46"}, 2),
        ("核定事业编制50名，其中工勤事业编制3名。", {"staff_authorized_institution": "50"}, 1),
        (
            "核定事业编制40名，后勤事业编制2名，实有人数38人。",
            {"staff_authorized_institution": "40", "staff_actual": "38"},
            1,
        ),
        # the service posts of the 事业 units named alone: a part of theirs too (as 事业工勤编制)
        ("核定工勤事业编制3名。", {}, 1),
        ("事业工勤编制4名。", {}, 1),
    ],
)
def test_service_qualified_institution_posts_are_a_part(paragraph, expected, unread, final):
    assert _read(paragraph, final=final) == expected
    assert len(_unparsed(paragraph, final=final)) == unread
    assert "narrative_conflict" not in _codes(paragraph, final=final)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a service centre's 事业编制 is a 事业 unit's posts
        ("后勤服务中心事业编制12名。", {"staff_authorized_institution": "12"}),
        # the 机关's own 后勤 posts, named without 事业, are its service-worker posts
        (
            "核定编制15名（其中行政编制13名，机关后勤编制2名）。",
            {"staff_authorized": "15", "staff_authorized_admin": "13", "staff_authorized_worker": "2"},
        ),
        ("后勤服务编制3人。", {"staff_authorized_worker": "3"}),
    ],
)
def test_logistics_posts_without_the_institution_kind_are_read_as_before(paragraph, expected):
    assert _read(paragraph) == expected


# --- 5. 行政工勤 in the whole 编制's list


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "编制人数为8人，其中行政5人，行政工勤1人，事业2人。",
            {
                "staff_authorized": "8",
                "staff_authorized_admin": "5",
                "staff_authorized_worker": "1",
                "staff_authorized_institution": "2",
            },
        ),
        (
            "核定编制11名，其中：行政3名、行政工勤2名、事业6名。",
            {
                "staff_authorized": "11",
                "staff_authorized_admin": "3",
                "staff_authorized_worker": "2",
                "staff_authorized_institution": "6",
            },
        ),
        (
            "核定编制12名，其中：行政编制8名，行政工勤编制2名，事业编制2名。",
            {
                "staff_authorized": "12",
                "staff_authorized_admin": "8",
                "staff_authorized_worker": "2",
                "staff_authorized_institution": "2",
            },
        ),
        (
            "编制数9人，其中行政参公5人，行政工勤人员1人，事业3人。",
            {
                "staff_authorized": "9",
                "staff_authorized_admin": "5",
                "staff_authorized_worker": "1",
                "staff_authorized_institution": "3",
            },
        ),
    ],
)
def test_admin_service_workers_listed_beside_the_kinds_are_worker_posts(paragraph, expected, final):
    assert _read(paragraph, final=final) == expected
    assert _unparsed(paragraph, final=final) == []


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        # beside another 工勤: one part of the service-worker posts
        (
            "编制人数为9人，其中行政5人，行政工勤1人，事业2人，事业工勤1人。",
            {"staff_authorized": "9", "staff_authorized_admin": "5", "staff_authorized_institution": "2"},
            2,
        ),
        # listed first after 其中, or opened by 其中 / 含 after the 行政 kind: a part of that kind
        ("编制人数为8人，其中行政工勤1人，行政5人，事业2人。", {"staff_authorized": "8"}, 3),
        (
            "核定编制12名，行政编制8名，其中行政工勤编制2名，事业编制4名。",
            {"staff_authorized": "12", "staff_authorized_admin": "8", "staff_authorized_institution": "4"},
            1,
        ),
        (
            "核定编制12名，其中行政编制8名（含行政工勤编制2名），事业编制4名。",
            {"staff_authorized": "12", "staff_authorized_admin": "8", "staff_authorized_institution": "4"},
            1,
        ),
        # people, not posts: after the staff in post, or with no whole 编制
        (
            "实有人数8人，其中行政5人，行政工勤1人，事业2人。",
            {"staff_actual": "8", "staff_actual_admin": "5", "staff_actual_institution": "2"},
            1,
        ),
        ("行政工勤1人。", {}, 1),
    ],
)
def test_admin_service_workers_as_a_part_or_people_are_not_worker_posts(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert len(_unparsed(paragraph)) == unread


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "某乡镇机关行政编制24名，机关后勤服务人员事业编制3名。",
            {"staff_authorized_admin": "24", "staff_authorized_institution": "3"},
        ),
        (
            "本机关核定行政编制9名，机关工勤事业编制2名。",
            {"staff_authorized_admin": "9", "staff_authorized_institution": "2"},
        ),
    ],
)
def test_the_offices_own_service_posts_of_the_institution_kind_are_its_institution_posts(paragraph, expected):
    # a 机关 (an office of 行政 posts) whose only 事业编制 are those of its own 后勤 / 工勤 service: no
    # 事业编制 whole is stated for them to be a part of, so they are the office's 事业编制 (rule -6 reads
    # a service-qualified 事业编制 as a part only outside a 机关's own statement)
    assert _read(paragraph) == expected
