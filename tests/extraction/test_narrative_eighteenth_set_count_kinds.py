"""Count kinds (staff, vehicles) missed at first contact with the held-out sets heldout18-19 and
left over from heldout14 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures

# --- kind 1: 参公 (参照公务员管理) posts with no 行政 posts before them are the 行政（含参公）编制


@pytest.mark.parametrize(
    "sentence",
    [
        "某中心总编制数30人，其中参公管理事业编制数8人，自收自支编制数22人。",
        "核定编制30名，其中参照公务员管理事业编制8名、差额事业编制22名。",
        "单位编制30人，其中参公编制8人。",
    ],
)
def test_cangong_posts_alone_are_the_administrative_posts(sentence):
    read = _figures([sentence])
    assert read == {"staff_authorized": "30", "staff_authorized_admin": "8"}


@pytest.mark.parametrize(
    "sentence",
    [
        # 行政 and 参公 posts printed apart are two parts of 行政（含参公）: neither is its figure, nor
        # is their sum (issue 20)
        "编制人数40，其中：行政编制人数15、参照公务员管理的事业编制人数5、全部补助事业编制人数20。",
        "行政编制为15名，事业编制（参公）5人。",
        "核定行政编制15名，参公编制5名。",
    ],
)
def test_cangong_posts_after_administrative_posts_are_not_read(sentence):
    read = _figures([sentence])
    assert "staff_authorized_admin" not in read, read
    assert "15" not in read.values() and "5" not in read.values(), read
    # (the fully funded 事业 posts, the only funding kind of a list adding up to the whole: all of them)
    assert read.get("staff_authorized_institution", "20") == "20", read


def test_cangong_staff_in_post_are_no_posts():
    # (people on the 参公 posts, in a unit naming no 行政 kind: its 行政（含参公）staff in post, never
    # posts: test_narrative_staff_professions_and_brackets)
    read = _figures(["实有人数20人，其中参公编制人员6人。"])
    assert read == {"staff_actual": "20", "staff_actual_admin": "6"}


# --- kind 2: the 差额 and 自收自支 / 经费自理 parts of the staff in post


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "实有人数40，其中：在职人数40，行政在职人数12、全部补助事业在职人数20、差额补助事业在职人数3、自收自支在职人数5。",
            {
                "staff_actual": "40",
                "staff_actual_admin": "12",
                "staff_actual_partly_funded": "3",
                "staff_actual_other_funded": "5",
            },
        ),
        (
            "单位实有人员25人，其中行政人员10人，差额拨款事业人员9人，自收自支事业人员6人。",
            {
                "staff_actual": "25",
                "staff_actual_admin": "10",
                "staff_actual_partly_funded": "9",
                "staff_actual_other_funded": "6",
            },
        ),
        (
            "核定编制20人，其中，财政供养人员16人，经费自理人员3人。",
            {"staff_authorized": "20", "staff_actual_other_funded": "3"},
        ),
    ],
)
def test_partly_and_self_funded_staff_in_post_are_read(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "差额补助事业编制人数4、自收自支编制人数6。",  # (posts: never the staff in post)
        "自收自支人员6人。",  # (named alone: no part of a count of the staff)
        "实有人数30人，其中全部补助事业在职人数30。",  # (the 行政 staff are funded in full too)
        "实有人数30人，其中：自收自支退休人员4人。",  # (retirees)
    ],
)
def test_funding_parts_that_are_not_the_staff_in_post_are_not_read(sentence):
    read = _figures([sentence])
    assert not {"staff_actual_partly_funded", "staff_actual_other_funded", "staff_actual_fully_funded"} & set(read), (
        read
    )


# --- kind 3: 正式在职职工 named alone is the staff in post


@pytest.mark.parametrize(
    "sentence",
    [
        "某院为全额拨款事业单位，人员编制50人，正式在职职工44人，退休20人。",
        "单位正式在职人员44人，退休20人。",
    ],
)
def test_regular_staff_in_post_are_the_staff_in_post(sentence):
    read = _figures([sentence])
    assert read["staff_actual"] == "44" and read["staff_retired_regular"] == "20", read


def test_regular_staff_after_a_count_are_no_second_count():
    read = _figures(["年末实有人数60人，其中正式在职职工44人，退休16人。"])
    assert read.get("staff_actual") == "60", read


# --- kind 4: 行政编 / 事业编 (short names) listed under the staff in post


@pytest.mark.parametrize(
    "sentence",
    [
        "年末实有人数50人，其中行政编（含参公）20人、事业编12人，其他人员18人。",
        "年末实有人数50人，其中行政编20人，事业编12人。",
    ],
)
def test_short_kind_names_under_the_staff_in_post_count_people(sentence):
    read = _figures([sentence])
    assert read["staff_actual"] == "50", read
    assert read["staff_actual_admin"] == "20" and read["staff_actual_institution"] == "12", read
    assert not any(key.startswith("staff_authorized") for key in read), read


# --- kind 5: bare 工勤 / 事业 in the list of kinds of the whole 编制


@pytest.mark.parametrize(
    "sentence",
    [
        "编制人数为12人，其中行政编制4人，工勤1人，事业7人。",
        "核定编制12名，其中：行政编制4名，工勤1名，事业7名。",
    ],
)
def test_bare_kinds_listed_under_the_whole_posts_are_posts(sentence):
    read = _figures([sentence])
    assert read == {
        "staff_authorized": "12",
        "staff_authorized_admin": "4",
        "staff_authorized_worker": "1",
        "staff_authorized_institution": "7",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "单位有事业7人。",  # (no whole 编制 and no list)
        "实有人数12人，其中行政4人，事业8人。",  # (the staff in post: never posts)
        "编制人数12人，事业7人。",  # (no 其中 list)
    ],
)
def test_bare_institution_without_a_list_of_posts_is_not_read(sentence):
    read = _figures([sentence])
    assert "staff_authorized_institution" not in read, read


# --- kind 6: vehicles named alone (汽车N辆, 公务用车N台) are the vehicles held


@pytest.mark.parametrize(
    "sentence",
    [
        "单位人员编制40人，退休12人，汽车3辆。",
        "公务用车3台（轿车）。",
        "本单位公务用车3辆。",
        "公务车辆3辆。",
    ],
)
def test_vehicles_named_alone_are_the_vehicles_held(sentence):
    read = _figures([sentence])
    assert read["vehicles_total"] == "3", read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "单位实有汽车5辆，其中公务用车3辆、特种用车2辆。",
            {"vehicles_total": "5", "vehicles_general_purpose": "3", "vehicles_special": "2"},
        ),
        ("计划购置公务用车2辆。", {"vehicles_to_purchase": "2"}),
        ("拟购置车辆1辆，公务用车2辆。", {"vehicles_to_purchase": "1"}),
    ],
)
def test_vehicles_as_parts_or_purchases_are_not_the_vehicles_held(sentence, expected):
    read = _figures([sentence])
    assert {key: value for key, value in read.items() if key.startswith("vehicles")} == expected


# --- kind 7: 在职转退休 is a flow in the year, never the retirees


@pytest.mark.parametrize(
    "paragraph",
    [
        "现有人员40人，其中：在职30人、退休10人。与上年相比，在职人员减少3人、在职转退休3人。",
        "现有人员40人，其中：在职30人、退休10人。本年在职转为退休2人。",
    ],
)
def test_moving_into_retirement_is_no_count_of_retirees(paragraph):
    read = _figures([paragraph])
    assert read.get("staff_retired_regular") == "10", read


# --- kind 8: bare 行政 / 事业 parts of a count of the staff in post (also '在职人数中行政…')


@pytest.mark.parametrize(
    "paragraph",
    [
        "我镇年末实有人数60人。在职人数中行政35人，事业25人。",
        "年末实有人数60人，其中行政35人，事业25人。",
        "在职人员中行政35人，事业25人。",
    ],
)
def test_bare_kinds_of_the_staff_in_post_are_read(paragraph):
    read = _figures([paragraph])
    assert read["staff_actual_admin"] == "35" and read["staff_actual_institution"] == "25", read
    assert not any(key.startswith("staff_authorized") for key in read), read


@pytest.mark.parametrize(
    "paragraph",
    [
        "单位行政35人，事业25人。",  # (no count of the staff in post: posts or people is not certain)
        "退休人员中行政5人，事业3人。",  # (a part of the retirees: no staff in post)
    ],
)
def test_bare_kinds_without_a_count_of_the_staff_in_post_are_not_read(paragraph):
    read = _figures([paragraph])
    assert "staff_actual_admin" not in read and "staff_actual_institution" not in read, read
