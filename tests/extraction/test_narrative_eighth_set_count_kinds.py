"""Staff and vehicle count kinds missed or read WRONG at first contact with the held-out set heldout8
(issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative


def _figures(paragraphs: list[str], final_accounts: bool = False, year: str = "2026") -> dict[str, str]:
    """metric -> value of the figures kept from ``paragraphs`` (a 2026 budget's, or a final
    account's, narrative under one heading of a unit's document)."""
    kind = ("年度部门决算", "一、部门决算情况说明") if final_accounts else ("年部门预算", "一、部门预算情况说明")
    lines = ["某县某中心", year + kind[0], kind[1], "", *paragraphs]
    return accepted_figures(parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts))


# --- WRONG kind: '在职编制N人' names people in post on the establishment, never the posts
@pytest.mark.parametrize(
    "sentence",
    [
        "现有人数26人，其中：在职编制19人；离退休7人。",
        "单位现有人员30人，其中在职编制22人，离退休8人。",
        "本单位在职编制12人。",
        "现有人数9人，其中：在岗编制7人；离退休2人。",
    ],
)
def test_people_in_post_on_the_establishment_are_never_the_posts(sentence):
    read = _figures([sentence])
    assert "staff_authorized" not in read, read
    assert not any(value in ("19", "22", "12", "7") for metric, value in read.items() if metric != "staff_retired"), (
        read
    )


def test_the_whole_and_the_retired_around_it_are_still_read():
    read = _figures(["现有人数26人，其中：在职编制19人；离退休7人。"])
    assert read == {"staff_actual": "26", "staff_retired": "7"}


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        ("核定编制20人，实有在职人员18人。", "20"),
        ("单位编制数15人，在职人员14人。", "15"),
        ("核定事业编制11人，在职人员10人。", None),
    ],
)
def test_the_establishment_itself_is_still_read(sentence, posts):
    read = _figures([sentence])
    assert read.get("staff_authorized") == posts, read


# --- consistency: 离休 counted apart in the sentence (before or after) -> the 退休 count is the 退休 part alone
@pytest.mark.parametrize(
    "sentence",
    [
        "在职人员40人，离休干部1人，退休职工17人。",
        "在职职工40人，离休人员1人，退休干部17人。",
        "实有离休人员1人，实有退休职工17人。",
        "离休人员1人，退休人员17人。",
        "在职人员40人，退休职工17人，离休干部1人。",
        "退休干部17人，离休人员1人。",
    ],
)
def test_the_retired_beside_a_veteran_count_are_the_regular_part(sentence):
    read = _figures([sentence])
    assert read.get("staff_retired_veteran") == "1", read
    assert read.get("staff_retired_regular") == "17", read
    assert "staff_retired" not in read, read


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("离退休人员18人。", "staff_retired"),
        ("实有离退休人员18人。", "staff_retired"),
        # (退休职工 named alone is the 退休 alone, as 退休人员: the 离休 are a status of their own)
        ("在职职工40人，退休职工18人。", "staff_retired_regular"),
        ("实有退休职工18人。", "staff_retired_regular"),
        ("退休人员18人。", "staff_retired_regular"),
        ("实有退休人员18人。", "staff_retired_regular"),
    ],
)
def test_retirees_named_alone_keep_their_metric(sentence, metric):
    read = _figures([sentence])
    assert read.get(metric) == "18", read
    assert read.get("staff_actual") != "18", read  # (实有 before retirees never counts the staff in post)


def test_every_retiree_and_its_parts_in_one_list():
    read = _figures(["离退休人员18人，其中：离休干部1人，退休职工17人。"])
    assert read == {"staff_retired": "18", "staff_retired_veteran": "1", "staff_retired_regular": "17"}


# --- vehicles held, named 现有车辆 (counted in 辆 or 台) and 实有编制车辆
@pytest.mark.parametrize(
    "sentence",
    [
        "单位现有车辆3台。",
        "本中心现有车辆3辆。",
        "截至年底现有车辆3台，均为一般公务用车。",
    ],
)
def test_vehicles_held_named_by_vehicles_alone(sentence):
    assert _figures([sentence]).get("vehicles_total") == "3"


@pytest.mark.parametrize(
    "sentence",
    ["现有检测设备3台。", "现有车辆维修设备3台。", "计划购置车辆2辆，现有车辆3辆。"],
)
def test_no_vehicles_held_from_equipment_or_after_a_purchase(sentence):
    assert "vehicles_total" not in _figures([sentence])


@pytest.mark.parametrize(
    ("sentence", "authorized", "held"),
    [
        ("车辆编制数6辆，实有编制车辆5辆。", "6", "5"),
        ("核定车辆编制6辆，编制内实有车辆5辆。", "6", "5"),
        ("实有车辆编制6辆，在编实有车辆5辆。", "6", "5"),
    ],
)
def test_vehicles_held_on_the_establishment_are_never_the_establishment(sentence, authorized, held):
    read = _figures([sentence])
    assert read.get("vehicles_authorized") == authorized, read
    assert read.get("vehicles_total") == held, read


# --- 总人数 after the staff were counted: the unit's people, the retirees included
@pytest.mark.parametrize(
    "sentence",
    [
        "单位事业编制人数50人，在职实有40人，离休人员1人，退休人员17人，总人数58人。",
        "核定行政编制45人，实有40人，离休人员1人，退休人员17人，总人数58人。",
        "核定编制45人，总人数58人。",
    ],
)
def test_the_total_of_people_after_staff_counts_is_the_staff(sentence):
    assert _figures([sentence]).get("staff_actual") == "58"


@pytest.mark.parametrize(
    "sentence",
    ["全年举办培训班4期，总人数58人。", "因公出国（境）团组1个，总人数58人。", "总人数58人。"],
)
def test_a_total_of_people_named_alone_is_no_staff_count(sentence):
    assert "staff_actual" not in _figures([sentence])


def test_a_total_of_people_after_the_staff_read_as_a_whole_is_the_staff_when_it_adds_up():
    # (the sum of the people in post and the retired holds the retired: the staff by the project's
    # convention, its 在职 part a part; rule 64)
    read = _figures(["在职人员40人，离退休人员18人，总人数58人。"])
    assert read == {"staff_actual": "58", "staff_retired": "18"}


def test_a_total_of_people_after_the_staff_read_as_a_whole_is_not_read_when_it_does_not_add_up():
    # (which of the two is the staff is not certain)
    read = _figures(["在职人员40人，离退休人员18人，总人数60人。"])
    assert read == {"staff_actual": "40", "staff_retired": "18"}


# --- the staff in post split by funding (全额拨款 first), and the 在职 / 事业 staff
def test_the_staff_in_post_split_by_funding():
    read = _figures(
        [
            "人员情况：单位编制数30人，其中：全额拨款事业编制24人、自收自支事业编制6人，年末在职实有人数28人，"
            "其中：全额拨款人员19人，差额拨款人员2人，自收自支事业人员7人。"
        ],
        final_accounts=True,
    )
    assert read == {
        "staff_authorized": "30",
        "staff_actual": "28",
        "staff_actual_fully_funded": "19",
        "staff_actual_partly_funded": "2",
        "staff_actual_other_funded": "7",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # no split: named alone, or after no count of the staff in post
        "全额拨款人员16人，自收自支人员8人。",
        "单位自收自支人员8人。",
    ],
)
def test_funding_parts_outside_a_split_by_funding_are_not_read(sentence):
    read = _figures([sentence])
    for metric in ("staff_actual_fully_funded", "staff_actual_partly_funded", "staff_actual_other_funded"):
        assert metric not in read, read


@pytest.mark.parametrize(
    ("sentence", "self_funded"),
    [
        # a kind of staff came first: the 行政 staff are funded in full too, so the 全额 part is no
        # staff_actual_fully_funded; the 自收自支 part is every self-funded one (heldout18: rule 45)
        ("在职人员30人，其中：行政人员6人，全额拨款人员16人，自收自支人员8人。", "8"),
        # the funding parts of the 事业 staff beside the 行政 staff
        ("实有人数40人，在职人数38人，包括行政人员9人、全部补助事业人员20人、自收自支事业人员9人；退休人员2人。", "9"),
    ],
)
def test_funding_parts_after_a_kind_of_staff_read_only_the_self_funded(sentence, self_funded):
    read = _figures([sentence])
    assert "staff_actual_fully_funded" not in read, read
    assert read.get("staff_actual_other_funded") == self_funded, read


def test_a_full_name_of_the_staff_in_post_after_a_funding_part_of_the_posts_is_the_whole():
    read = _figures(["核定编制20人，其中全额拨款事业编制16人，在职实有人数18人。"])
    assert read.get("staff_actual") == "18", read
    read = _figures(["核定编制20人，其中全额拨款事业编制16人，实有16人。"])
    assert "staff_actual" not in read, read  # (a bare 实有 after a part is that part's)


def test_the_institution_staff_in_post_named_by_zai_zhi():
    read = _figures(
        [
            "实有人数小计20人，其中：在职人数小计20人，行政在职人数3人，参照公务员法管理的事业单位在职人数4人，"
            "事业单位在职人数13人。"
        ]
    )
    assert read.get("staff_actual") == "20", read
    # (the 行政 count beside the 参公 one printed apart is a part of 行政（含参公）: unread, issue 20)
    assert "staff_actual_admin" not in read, read
    assert read.get("staff_actual_institution") == "13", read
    assert "4" not in read.values() and "7" not in read.values(), read


@pytest.mark.parametrize("sentence", ["事业单位退休人员5人。", "事业单位离休人员5人。", "全部补助事业在职人数5人。"])
def test_retired_or_funding_parts_of_the_institution_are_not_its_staff_in_post(sentence):
    assert "staff_actual_institution" not in _figures([sentence])


# --- a subtotal word after a count's name ('离休人数小计')
def test_a_subtotal_word_after_the_name_is_no_part_of_it():
    read = _figures(
        [
            "编制人数小计15人。实有人数小计13人，其中：行政在职人数4人，事业单位在职人数9人。离休人数小计0人，退休人数小计6人。"
        ]
    )
    assert read == {
        "staff_authorized": "15",
        "staff_actual": "13",
        "staff_actual_admin": "4",
        "staff_actual_institution": "9",
        "staff_retired_veteran": "0",
        "staff_retired_regular": "6",
    }


# --- 政法编制 is a 行政 kind of posts; people now in post on a kind of 编制 are never posts
@pytest.mark.parametrize(
    "sentence",
    [
        "我局批复编制为40人，其中政法编制40人，现有政法编制人员36人。",
        "核定政法专项编制40人，实有36人。",
    ],
)
def test_political_legal_posts_are_administrative_posts(sentence):
    read = _figures([sentence], final_accounts=True)
    assert read.get("staff_authorized_admin") == "40", read
    assert "36" not in (read.get("staff_authorized"), read.get("staff_authorized_admin")), read


def test_the_same_kind_of_establishment_named_again_with_xianyou_counts_people():
    # (the posts of that kind were just read: the count after them is the people now on them)
    assert _figures(["行政编制40人，现有行政编制人员36人。"]) == {"staff_authorized_admin": "40"}
    assert _figures(["事业编制40人，现有事业编制人员36人。"]) == {"staff_authorized_institution": "40"}


def test_a_kind_of_establishment_named_first_with_xianyou_is_still_its_posts():
    # (the people in post follow it: '实有', after one kind's posts alone the whole staff in post)
    read = _figures(["现有行政编制30人，实有32人，聘用人员5人。"])
    assert read == {"staff_authorized_admin": "30", "staff_actual": "32", "staff_contract": "5"}


# --- the kinds of 编制 listed inside a parenthesis end with it
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "核定编制30名（其中行政编制26名，工勤编制4名），实有28人。",
            {
                "staff_authorized": "30",
                "staff_authorized_admin": "26",
                "staff_authorized_worker": "4",
                "staff_actual": "28",
            },
        ),
        (
            "核定编制30名（行政编制26名、事业编制4名），实有28人。",
            {
                "staff_authorized": "30",
                "staff_authorized_admin": "26",
                "staff_authorized_institution": "4",
                "staff_actual": "28",
            },
        ),
        (
            "行政编制26人（含行政工勤编制2人），实有25人。",
            {"staff_authorized_admin": "26", "staff_actual_admin": "25"},
        ),
    ],
)
def test_a_count_after_a_parenthesis_of_kinds_is_of_what_came_before_it(sentence, expected):
    assert _figures([sentence]) == expected


def test_a_bare_count_after_a_list_of_kinds_outside_a_parenthesis_is_the_whole():
    # (after a mark the bare 实有 is the whole's, as the full names are; run into the last kind's count,
    # '…事业编制4人实有4人', it is that kind's: tests/extraction/test_narrative_staff_kinds_r12.py)
    read = _figures(["行政编制26人，事业编制4人，实有28人。"])
    assert read == {"staff_authorized_admin": "26", "staff_authorized_institution": "4", "staff_actual": "28"}


def test_logistics_posts_are_the_service_worker_posts():
    # (机关后勤编制 are the 机关's 工勤 posts; a logistics service centre's 事业 posts are named so:
    # tests/extraction/test_narrative_staff_qualified_posts.py)
    read = _figures(["核定编制30名（其中行政编制24名，机关后勤编制6名），实有28人。"])
    assert read == {
        "staff_authorized": "30",
        "staff_authorized_admin": "24",
        "staff_authorized_worker": "6",
        "staff_actual": "28",
    }
