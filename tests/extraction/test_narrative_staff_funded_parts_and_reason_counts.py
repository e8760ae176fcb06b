"""Staff and vehicle counts: a 事业编制 (or 事业 staff) named by its funding and listed
as a part of a whole beside other kinds is all the 事业 ones only when the listed parts add up to
that whole; a stock of vehicles stated inside the reason for a change explains it and is not read.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import budget_figures as _read
from narrative_figures import budget_unparsed as _unparsed

# --- 1. the fully funded 事业编制 listed as a part of the whole: all the 事业编制 only when the parts add up


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "全局行政事业总编制为80个，其中行政编20个、全额事业编60个。",
            {"staff_authorized": "80", "staff_authorized_admin": "20", "staff_authorized_institution": "60"},
        ),
        (
            "核定编制50名，其中行政编制20名、全额拨款事业编制30名。",
            {"staff_authorized": "50", "staff_authorized_admin": "20", "staff_authorized_institution": "30"},
        ),
        # another kind after it: the parts still add up to the whole
        (
            "核定编制60名，其中行政编制25名、全额拨款事业编制30名、工勤编制5名。",
            {
                "staff_authorized": "60",
                "staff_authorized_admin": "25",
                "staff_authorized_institution": "30",
                "staff_authorized_worker": "5",
            },
        ),
        # a count of another thing after the list does not break the sum the list reached
        (
            "核定编制60个，其中行政编制30个、全额事业编制30个，实有人员55人。",
            {
                "staff_authorized": "60",
                "staff_authorized_admin": "30",
                "staff_authorized_institution": "30",
                "staff_actual": "55",
            },
        ),
        # the staff in post listed by kind, the fully funded 事业 ones adding up with the rest
        (
            "实有人数50人，其中行政编制24人、全部补助事业编制26人。",
            {"staff_actual": "50", "staff_actual_admin": "24", "staff_actual_institution": "26"},
        ),
    ],
)
def test_fully_funded_part_is_the_institution_posts_when_the_parts_add_up(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        (
            "行政事业总编制为120个，其中行政编制17个、全额事业编制38个。",
            {"staff_authorized": "120", "staff_authorized_admin": "17"},
            "38",
        ),
        # the short names (编 for 编制)
        (
            "行政事业总编制为120个，其中行政编17个、全额事业编38个。",
            {"staff_authorized": "120", "staff_authorized_admin": "17"},
            "38",
        ),
        (
            "核定编制70名，其中行政编制25名、全额拨款事业编制30名、工勤编制5名。",
            {"staff_authorized": "70", "staff_authorized_admin": "25", "staff_authorized_worker": "5"},
            "30",
        ),
        # the parts overshoot the whole: no reading of them can be told right
        (
            "核定编制40名，其中行政编制15名、全额事业编制30名。",
            {"staff_authorized": "40", "staff_authorized_admin": "15"},
            "30",
        ),
        # the staff in post: the fully funded 事业 ones are a part when the rest may be 差额 / 自收自支
        (
            "实有人数50人，其中行政编制24人、全部补助事业编制20人。",
            {"staff_actual": "50", "staff_actual_admin": "24"},
            "20",
        ),
    ],
)
def test_fully_funded_part_that_does_not_add_up_stays_unread(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert any(f"unparsed figure: {unread}" in message for message in _unparsed(paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        "核定编制60个，其中行政编制10个、全额事业编制30个、差额事业编制20个。",
        "核定编制60个，其中行政编10个、全额事业编30个、差额事业编20个。",
        "核定编制60名，其中：行政编制10名，全额拨款事业编制30名，自收自支事业编制20名。",
    ],
)
def test_two_funded_kinds_stay_unread_even_when_they_add_up(paragraph):
    assert _read(paragraph) == {"staff_authorized": "60", "staff_authorized_admin": "10"}
    unparsed = _unparsed(paragraph)
    assert any("unparsed figure: 30" in message for message in unparsed)
    assert any("unparsed figure: 20" in message for message in unparsed)


# --- 2. a stock of vehicles stated inside the reason for a change explains it: not read


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread"),
    [
        (
            "2025年运行维护费预算比2024年增长12.5%，主要原因为2024年新增2辆车，分别为机关增加公务用车1辆，"
            "所属中心增加公务用车1辆，单位车辆保有量9辆。",
            {},
            "9辆",
        ),
        (
            "公务用车运行维护费比上年增加2万元，主要原因是公务用车增加，单位共有车辆5辆。",
            {"three_public_vehicle_operation_change_vs_prior_year": "20000.00"},
            "5辆",
        ),
        (
            "公务用车运行维护费比上年减少1万元，主要是车辆减少，现有公务用车3辆。",
            {"three_public_vehicle_operation_change_vs_prior_year": "-10000.00"},
            "3辆",
        ),
        (
            "公务用车运行维护费比上年减少1万元，原因是公车改革后车辆减少，年末公务用车保有量4辆。",
            {"three_public_vehicle_operation_change_vs_prior_year": "-10000.00"},
            "4辆",
        ),
    ],
)
def test_vehicles_held_inside_a_reason_are_not_read(paragraph, expected, unread):
    assert _read(paragraph) == expected
    assert any(f"unparsed figure: {unread}" in message for message in _unparsed(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "2025年运行维护费预算比2024年增长12.5%，主要原因为2024年新增2辆车。单位车辆保有量9辆。",
            {"vehicles_year_end": "9"},
        ),
        (
            "公务用车运行维护费比上年增加2万元，主要原因是公务用车增加。单位共有车辆5辆。",
            {"three_public_vehicle_operation_change_vs_prior_year": "20000.00", "vehicles_total": "5"},
        ),
        # the year's counts named with the document's year inside the reason are stated (as before)
        (
            "公务用车运行维护费比上年减少1万元，主要是公务用车改革完成，保留车辆减少，2025年公务用车保有量为6辆。",
            {"three_public_vehicle_operation_change_vs_prior_year": "-10000.00", "vehicles_year_end": "6"},
        ),
    ],
)
def test_vehicles_held_stated_outside_the_reason_are_read(paragraph, expected):
    assert _read(paragraph) == expected
