"""Staff, vehicle and 三公 counts: the short names of the posts (行政编 / 事业编), 编内在职, a retired count named with its
funding, 外聘, 行政工勤编制, a 编制 of 机关 and 事业 together, 保有公务用车, 出国 and 出境 stated
apart, and the in-post staff split by funding (全额 / 差额 / 自筹).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import budget_figures as _read
from narrative_figures import budget_unparsed as _unparsed
from narrative_figures import parse_budget as _parse


def _codes(*paragraphs: str) -> list[str]:
    return [p.code for p in _parse(*paragraphs).problems]


# --- 2. the short names of the posts: 行政编 / 事业编 / 全额事业编 (编 for 编制)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "全局行政事业总编制为80个，其中行政编20个、全额事业编60个。",
            {"staff_authorized": "80", "staff_authorized_admin": "20", "staff_authorized_institution": "60"},
        ),
        (
            "核定编制50人，其中行政编30人，事业编20人。",
            {"staff_authorized": "50", "staff_authorized_admin": "30", "staff_authorized_institution": "20"},
        ),
        ("核定行政编12名，事业编8名。", {"staff_authorized_admin": "12", "staff_authorized_institution": "8"}),
        ("行政编制10人，工勤编2人。", {"staff_authorized_admin": "10", "staff_authorized_worker": "2"}),
    ],
)
def test_short_names_of_the_posts_are_those_posts(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a part of the staff in post named by its kind's short name: people, as before
        (
            "实有人数50人，其中行政编30人、事业编20人。",
            {"staff_actual": "50", "staff_actual_admin": "30", "staff_actual_institution": "20"},
        ),
        # two funding kinds of the 事业 posts: parts, unread
        ("全额事业编20个，差额事业编10个。", {}),
        # 在编 / 编外 are no posts
        ("编外人员9人。", {}),
    ],
)
def test_other_short_names_are_not_read_as_posts(paragraph, expected):
    assert _read(paragraph) == expected


# --- 3. 编内在职: the people in post within the 编制


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "单位编制总数为30人，编内在职28人，退休12人。",
            {"staff_authorized": "30", "staff_actual": "28", "staff_retired_regular": "12"},
        ),
        ("编内在职人员15人。", {"staff_actual": "15"}),
        ("某中心编内在岗职工20人，退休3人。", {"staff_actual": "20", "staff_retired_regular": "3"}),
        # after a kind's posts, the unit's only posts: within that 编制, the whole staff in post
        ("行政编制20人，编内在职18人。", {"staff_authorized_admin": "20", "staff_actual": "18"}),
    ],
)
def test_people_in_post_within_the_posts_are_the_staff_in_post(paragraph, expected):
    assert _read(paragraph) == expected


def test_retired_within_the_posts_are_no_staff_in_post():
    assert "staff_actual" not in _read("编内退休人员6人。")


# --- 4. a retired count named with its funding is still the retired count


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("离退休财政差额人员6人。", {"staff_retired": "6"}),
        ("退休财政全额人员3人。", {"staff_retired_regular": "3"}),
        ("离退休全额拨款人员8人。", {"staff_retired": "8"}),
        ("自收自支退休人员4人。", {"staff_retired_regular": "4"}),
        ("在职人员20人，退休财政全额人员3人。", {"staff_actual": "20", "staff_retired_regular": "3"}),
    ],
)
def test_a_retired_count_named_with_its_funding_is_the_retired_count(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "离退休人员10人，其中离退休财政全额人员4人，离退休财政差额人员6人。",
        "离退休人员10人（退休财政全额人员4人、退休财政差额人员6人）。",
    ],
)
def test_the_retired_split_by_funding_are_parts_never_the_retired(paragraph):
    assert _read(paragraph) == {"staff_retired": "10"}
    assert len(_unparsed(paragraph)) == 2


def test_the_retired_on_the_civil_servant_scheme_are_a_part_never_the_retired():
    # (参公: a kind of the staff, not a funding; the other retirees may be counted elsewhere)
    assert _read("参公退休人员5人。") == {}


def test_a_funded_in_post_count_is_no_retired_count():
    read = _read("实有人数40人，其中差额拨款人员5人。")
    assert not any(metric.startswith("staff_retired") for metric in read), read


# --- 5. 外聘: contract staff


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("外聘人员5人。", {"staff_contract": "5"}),
        ("编外外聘人员6人。", {"staff_contract": "6"}),
        ("在职人员8人，外聘工作人员3名。", {"staff_actual": "8", "staff_contract": "3"}),
        ("编外聘用人员7人。", {"staff_contract": "7"}),
    ],
)
def test_hired_from_outside_are_contract_staff(paragraph, expected):
    assert _read(paragraph) == expected


def test_hired_teachers_alone_are_the_contract_staff():
    # (the paragraph's only count of hired staff: test_narrative_staff_professions_and_brackets)
    assert _read("外聘教师5人。") == {"staff_contract": "5"}


# --- 6. 行政工勤编制: the service-worker posts


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "全镇共有行政编制10个，行政工勤编制2个，事业编制8个。",
            {"staff_authorized_admin": "10", "staff_authorized_worker": "2", "staff_authorized_institution": "8"},
        ),
        ("行政工勤编制3名。", {"staff_authorized_worker": "3"}),
        ("核定行政编制12名、行政单位工勤编制2名。", {"staff_authorized_admin": "12", "staff_authorized_worker": "2"}),
    ],
)
def test_administrative_service_worker_posts_are_the_service_worker_posts(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # inside the 行政 posts: a part of them, unread
        ("行政编制5人（含行政工勤编制2人）。", {"staff_authorized_admin": "5"}),
        ("行政编制10个，其中行政工勤编制2个。", {"staff_authorized_admin": "10"}),
        # beside the 事业 units' 工勤 posts: one part of the 工勤 posts, unread
        ("行政工勤编制2个，事业工勤编制1个。", {}),
        ("行政工勤编制2个。事业工勤编制1个。", {}),
        # people, not posts
        ("行政工勤编制人员2人。", {}),
    ],
)
def test_administrative_service_worker_posts_as_a_part_are_not_read(paragraph, expected):
    assert _read(paragraph) == expected


# --- 7. a 编制 naming 机关 / 行政 and 事业 together is the whole


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("核定机关事业编制15名。", {"staff_authorized": "15"}),
        ("行政事业编制20个。", {"staff_authorized": "20"}),
        ("机关和事业编制25名，其中行政编制10名。", {"staff_authorized": "25", "staff_authorized_admin": "10"}),
        ("核定机关事业单位编制18名。", {"staff_authorized": "18"}),
    ],
)
def test_posts_of_both_kinds_named_together_are_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("机关后勤服务中心事业编制6名。", {"staff_authorized_institution": "6"}),
        ("核定机关行政编制9名。", {"staff_authorized_admin": "9"}),
        # people of both kinds inside a count of the staff in post: unread
        ("实有人数20人，其中机关事业编制人员18人。", {"staff_actual": "20"}),
    ],
)
def test_other_wordings_of_the_kinds_are_not_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


# --- 8. 保有公务用车: the vehicles held at the year's end


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("运行维护费预算0元，保有公务用车0辆。", {"vehicles_year_end": "0"}),
        ("本单位保有公务用车2辆。", {"vehicles_year_end": "2"}),
        ("保有公务车辆3辆，其中一般公务用车3辆。", {"vehicles_year_end": "3", "vehicles_general_purpose": "3"}),
        ("拟购置公务用车1辆，保有公务用车5辆。", {"vehicles_to_purchase": "1", "vehicles_year_end": "5"}),
    ],
)
def test_official_vehicles_kept_are_the_vehicles_held_at_the_year_end(paragraph, expected):
    read = _read(paragraph)
    assert {k: v for k, v in read.items() if k.startswith("vehicles")} == expected


def test_vehicles_kept_at_the_years_start_stay_the_vehicles_held():
    assert _read("年初保有公务用车4辆。") == {"vehicles_total": "4"}


# --- 9. 出国 and 出境 stated side by side: two parts of 因公出国（境）, neither the total


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年因公出国3人次，出境2人次。",
        "因公出国1人次，出境1人次。",
        "因公出国3人，出境2人。",
        "出国团组2个，出境团组1个。",
        "因公出国2批次，出境1批次。",
        "因公出国1人次；因公出境1人次。",
    ],
)
def test_overseas_and_border_trips_stated_apart_are_parts_never_the_total(paragraph):
    read = _read(paragraph)
    assert not any(metric.startswith("three_public_overseas") for metric in read), read
    assert len(_unparsed(paragraph)) == 2
    assert "narrative_conflict" not in _codes(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("因公出国（境）5人次，其中出国3人次，出境2人次。", {"three_public_overseas_people": "5"}),
        ("因公出国(境)团组3个，其中出国团组2个，出境团组1个。", {"three_public_overseas_groups": "3"}),
        ("因公出国（境）4批次，出国3批次，出境1批次。", {"three_public_overseas_groups": "4"}),
        ("因公出国3人次。", {"three_public_overseas_people": "3"}),
        ("因公出国（境）团组1个，6人次。", {"three_public_overseas_groups": "1", "three_public_overseas_people": "6"}),
    ],
)
def test_the_overseas_total_stated_is_kept(paragraph, expected):
    assert _read(paragraph) == expected


# --- 10. the in-post staff split by funding: 全额 / 差额 / 自筹


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "现有人数300人，其中在职150人（全额120人、差额20人、自筹10人），退休150人。",
            {
                "staff_actual": "300",
                "staff_actual_fully_funded": "120",
                "staff_actual_partly_funded": "20",
                "staff_actual_other_funded": "10",
                "staff_retired_regular": "150",
            },
        ),
        (
            "在职人员40人，其中全额30人，差额6人，自筹4人。",
            {
                "staff_actual": "40",
                "staff_actual_fully_funded": "30",
                "staff_actual_partly_funded": "6",
                "staff_actual_other_funded": "4",
            },
        ),
        (
            "实有人数25人（全额拨款20人，自筹5人）。",
            {"staff_actual": "25", "staff_actual_fully_funded": "20", "staff_actual_other_funded": "5"},
        ),
    ],
)
def test_the_in_post_staff_split_by_funding(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the posts split by funding: parts of posts, no people
        ("编制30人，其中全额20人，差额10人。", {"staff_authorized": "30"}),
        # named alone: no count of people before them
        ("全额20人，自筹3人。", {}),
        # after the whole 编制 and a count of people: which they split is not certain
        ("实有人数28人，编制30人，其中全额20人。", {"staff_actual": "28", "staff_authorized": "30"}),
    ],
)
def test_funding_words_that_split_no_people_in_post_are_not_read(paragraph, expected):
    assert _read(paragraph) == expected
