"""Staff counts split by organisation (issue 20).

1. A count whose label names the 机关 alone (机关 / 局机关 / 镇机关 / 本级机关 / 局本级) beside a count of
   another organisation of the unit (事业单位 / 所属… / 下属… / 二级单位), in its paragraph or another
   paragraph of the unit, or beside the two joined, is one part of the unit's people by organisation:
   no staff_actual, staff_authorized, retired, hired or dispatched figure is kept from it, and an
   unparsed-figure problem says why. The 机关's people are its 行政（含参公） posts plus possibly 工勤 (or
   事业) people, so a 机关 count is not staff_actual_admin either (metrics.csv). The other
   organisation's count is a part too, unless a kind word reads it as a kind ('事业单位实有在编人员55人':
   staff_actual_institution, as today's rule 60; '事业单位核定编制60名': staff_authorized_institution,
   rule 20). A count naming no organisation right after one of them in its '；'-separated statement
   ('机关编制30名，实有28人') is that organisation's.
2. What must not change: the 机关 joined with the others ('机关事业单位实有人员83人', '行政事业单位在职人员',
   '局机关及所属事业单位实有人员') is the whole staff in post (staff_actual; today's rules read it as a kind
   and now read it whole); a kind word keeps its kind reading ('机关行政编制30名'); a count after both
   organisations with none between is the whole again; a unit whose counts name the 机关 alone keeps
   its staff_actual; a name holding 机关 ('机关事务服务中心') is no 机关.

A wrong figure is worse than a missing one. Constructed sentences and counts only.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages

ORGAN = "the 机关's own"
OTHER = "another organisation's"
BY_ORGANISATION = "a part by organisation"


def _parse(*paragraphs: str, final: bool):
    return parse_document(*paragraphs, unit="某县某某局", year="2025", final=final)


def _read(*paragraphs: str, final: bool) -> dict[str, str]:
    """metric -> value of every figure kept from ``paragraphs`` (one paragraph each)."""
    return accepted_figures(_parse(*paragraphs, final=final))


def _why(*paragraphs: str, final: bool) -> dict[str, str]:
    """The printed count -> its unparsed-figure message, for the counts refused as a part by organisation."""
    return {
        message.split(" in “")[0].removeprefix("unparsed figure: "): message
        for message in unparsed_messages(_parse(*paragraphs, final=final))
        if BY_ORGANISATION in message
    }


# --- 1. the 机关's count beside another organisation's: no figure of the unit's whole -------------


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraphs", "expected", "refused"),
    [
        (
            (
                "全镇机关事业单位核定编制90名，其中行政编制30名，事业编制60名。年末机关实有在编人员28人，"
                "事业单位实有在编人员55人；另有临时聘用人员12人。",
            ),
            {
                "staff_authorized": "90",
                "staff_authorized_admin": "30",
                "staff_authorized_institution": "60",
                "staff_actual_institution": "55",
                "staff_contract": "12",
            },
            {"28人": (ORGAN, "staff_actual")},
        ),
        (
            ("局机关实有在编人员14人，下属事业单位实有在编人员40人。",),
            {"staff_actual_institution": "40"},
            {"14人": (ORGAN, "staff_actual")},
        ),
        (
            ("局机关实有人员14人，所属事业单位实有人员40人。",),
            {"staff_actual_institution": "40"},
            {"14人": (ORGAN, "staff_actual")},
        ),
        (
            # neither organisation names a kind: both are parts
            ("本级机关实有人员16人，二级单位实有人员41人。",),
            {},
            {"16人": (ORGAN, "staff_actual"), "41人": (OTHER, "staff_actual")},
        ),
        (
            ("局本级实有人员13人，所属单位实有人员37人。",),
            {},
            {"13人": (ORGAN, "staff_actual"), "37人": (OTHER, "staff_actual")},
        ),
        (
            # the other organisation's count in another paragraph of the unit (its posts, even)
            ("局机关实有人员14人。", "所属事业单位核定事业编制30名。"),
            {"staff_authorized_institution": "30"},
            {"14人": (ORGAN, "staff_actual")},
        ),
        (
            # the 机关 part of the unit's whole named joined
            ("机关事业单位核定编制70名。机关实有人员22人。",),
            {"staff_authorized": "70"},
            {"22人": (ORGAN, "staff_actual")},
        ),
        (
            # a kind word inside the 机关's count keeps its kind reading; the count itself is a part
            ("机关实有在职人员28人（其中行政编制人员25人），事业单位实有在职人员55人。",),
            {"staff_actual_admin": "25", "staff_actual_institution": "55"},
            {"28人": (ORGAN, "staff_actual")},
        ),
        (
            # the parts a sentence opening with 其中 lists after the 机关's count are the 机关's
            ("局机关实有人员14人。其中聘用人员2人。所属事业单位实有人员40人。",),
            {"staff_actual_institution": "40"},
            {"14人": (ORGAN, "staff_actual"), "2人": (ORGAN, "staff_contract")},
        ),
        (
            # a count naming no organisation right after the 机关's, in its '；'-separated statement
            ("局机关实有人员14人，退休人员3人；所属事业单位实有人员40人。",),
            {"staff_actual_institution": "40"},
            {"14人": (ORGAN, "staff_actual"), "3人": (ORGAN, "staff_retired_regular")},
        ),
        (
            # the whole stated first, the organisations after 其中: the whole stays, the 机关's is a part
            ("全局实有人员83人，其中局机关实有人员28人，所属事业单位实有人员55人。",),
            {"staff_actual": "83", "staff_actual_institution": "55"},
            {"28人": (ORGAN, "staff_actual")},
        ),
        (
            # a count after both organisations' counts (none between) is the whole's again, as after a
            # list of kinds
            ("机关实有人员28人，事业单位实有人员55人，离退休人员20人。",),
            {"staff_actual_institution": "55", "staff_retired": "20"},
            {"28人": (ORGAN, "staff_actual")},
        ),
        (
            ("机关本级实有人员15人，劳务派遣人员2人；下属单位实有人员42人。",),
            {},
            {"15人": (ORGAN, "staff_actual"), "2人": (ORGAN, "staff_dispatched"), "42人": (OTHER, "staff_actual")},
        ),
    ],
)
def test_the_organs_people_beside_another_organisation_are_no_staff_actual(final, paragraphs, expected, refused):
    assert _read(*paragraphs, final=final) == expected
    why = _why(*paragraphs, final=final)
    assert set(why) == set(refused)
    for count, (whose, metric) in refused.items():
        assert whose in why[count] and why[count].endswith(f"no {metric})"), why[count]


@pytest.mark.parametrize("final", [False, True])
def test_the_reason_names_the_organ_and_no_metric(final):
    (message,) = unparsed_messages(_parse("局机关实有在编人员14人，下属事业单位实有在编人员40人。", final=final))
    assert message == (
        "unparsed figure: 14人 in “局机关实有在编人员14人” (the 机关's own people, a part by organisation: no staff_actual)"
    )


# --- 1b. the posts (编制) split by organisation --------------------------------------------------


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected", "refused"),
    [
        (
            "机关核定编制30名，事业单位核定编制60名。",
            {"staff_authorized_institution": "60"},
            {"30名": (ORGAN, "staff_authorized")},
        ),
        (
            "镇机关核定编制32名，所属事业单位核定编制64名。",
            {"staff_authorized_institution": "64"},
            {"32名": (ORGAN, "staff_authorized")},
        ),
        (
            # posts counted in 个, printed without 人
            "机关核定编制20个，事业单位核定编制30个。",
            {"staff_authorized_institution": "30"},
            {"20": (ORGAN, "staff_authorized")},
        ),
        (
            # each organisation's posts, then its own 实有: the 机关's 实有 is the 机关's
            "机关编制30名，实有28人；事业单位编制60名，实有55人。",
            {"staff_authorized_institution": "60", "staff_actual_institution": "55"},
            {"30名": (ORGAN, "staff_authorized"), "28人": (ORGAN, "staff_actual")},
        ),
        (
            "机关编制30名，实有28人，退休5人；事业单位编制60名，实有55人。",
            {"staff_authorized_institution": "60", "staff_actual_institution": "55"},
            {
                "30名": (ORGAN, "staff_authorized"),
                "28人": (ORGAN, "staff_actual"),
                "5人": (ORGAN, "staff_retired_regular"),
            },
        ),
        (
            # both organisations' posts, then one 实有 with no count between: the whole's (as after a
            # list of kinds), never the 事业 kind's
            "机关编制30名，事业单位编制60名，实有85人。",
            {"staff_authorized_institution": "60", "staff_actual": "85"},
            {"30名": (ORGAN, "staff_authorized")},
        ),
    ],
)
def test_the_organs_posts_beside_another_organisations_are_no_staff_authorized(final, paragraph, expected, refused):
    assert _read(paragraph, final=final) == expected
    why = _why(paragraph, final=final)
    assert set(why) == set(refused)
    for count, (whose, metric) in refused.items():
        assert whose in why[count] and why[count].endswith(f"no {metric})"), why[count]


# --- 1c. the retired and the hired split by organisation -------------------------------------------


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "refused"),
    [
        (
            "机关离退休人员10人，事业单位离退休人员20人。",
            {"10人": (ORGAN, "staff_retired"), "20人": (OTHER, "staff_retired")},
        ),
        (
            # equal counts: neither is the unit's (today both were kept as one staff_retired 11)
            "机关离退休人员11人，事业单位离退休人员11人。",
            {"11人": (OTHER, "staff_retired")},
        ),
        (
            "机关退休人员10人，所属事业单位退休人员20人。",
            {"10人": (ORGAN, "staff_retired_regular"), "20人": (OTHER, "staff_retired_regular")},
        ),
        (
            "局机关聘用人员3人，下属单位聘用人员8人。",
            {"3人": (ORGAN, "staff_contract"), "8人": (OTHER, "staff_contract")},
        ),
        (
            "机关临聘人员4人，所属事业单位临聘人员4人。",
            {"4人": (OTHER, "staff_contract")},
        ),
    ],
)
def test_the_retired_and_hired_by_organisation_are_no_figures(final, paragraph, refused):
    result = _parse(paragraph, final=final)
    assert accepted_figures(result) == {}
    why = _why(paragraph, final=final)
    assert set(why) == set(refused)
    for count, (whose, metric) in refused.items():
        assert whose in why[count] and why[count].endswith(f"no {metric})"), why[count]
    # (every count of them is refused: two messages, also when the two counts print the same)
    assert len([m for m in unparsed_messages(result) if BY_ORGANISATION in m]) == 2


# --- 2. what must not change ------------------------------------------------------------------------


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the 机关 joined with the others: the whole staff in post, never a kind's
        (("机关事业单位实有人员83人。",), {"staff_actual": "83"}),
        (("行政事业单位在职人员81人。",), {"staff_actual": "81"}),
        (("局机关及所属事业单位实有人员79人。",), {"staff_actual": "79"}),
        (("局机关和下属事业单位在编人员77人。",), {"staff_actual": "77"}),
        # a kind named after the joined holders is that kind's
        (("机关事业单位实有行政人员30人。",), {"staff_actual_admin": "30"}),
        # the joined holders as a part after the whole: no second whole, nor the 事业 kind
        (("全镇实有人员90人，其中机关事业单位在编人员83人。",), {"staff_actual": "90"}),
        # kind words keep their kind readings, organisation by organisation
        (
            ("机关行政编制30名，实有28人；事业单位事业编制60名，实有55人。",),
            {
                "staff_authorized_admin": "30",
                "staff_actual_admin": "28",
                "staff_authorized_institution": "60",
                "staff_actual_institution": "55",
            },
        ),
        (
            ("局机关核定行政编制20名，实有在编人员18人；所属事业单位核定事业编制40名，实有在编人员35人。",),
            {
                "staff_authorized_admin": "20",
                "staff_actual_admin": "18",
                "staff_authorized_institution": "40",
                "staff_actual_institution": "35",
            },
        ),
        # a count after the kinds' posts of both organisations is the whole
        (
            ("局机关核定行政编制35名，下属事业单位核定事业编制120名，实有148人。",),
            {"staff_authorized_admin": "35", "staff_authorized_institution": "120", "staff_actual": "148"},
        ),
        (
            ("核定机关事业编制90名，其中行政编制30名、事业单位编制60名，实有人员85人。",),
            {
                "staff_authorized": "90",
                "staff_authorized_admin": "30",
                "staff_authorized_institution": "60",
                "staff_actual": "85",
            },
        ),
        # the 机关 alone: the unit's own document names no other organisation
        (("机关实有人员20人。",), {"staff_actual": "20"}),
        (("镇机关实有人员30人，退休人员5人。",), {"staff_actual": "30", "staff_retired_regular": "5"}),
        # the 事业单位 alone: today's kind reading
        (("事业单位实有在编人员55人。",), {"staff_actual_institution": "55"}),
        # a name holding 机关 is no 机关
        (("机关事务服务中心实有人员14人。",), {"staff_actual": "14"}),
        (("县直机关工委实有人员5人。",), {"staff_actual": "5"}),
        # the counts of one organisation in separate statements and the kinds' readings are unchanged
        (
            ("局机关核定行政编制12名。", "所属事业单位核定事业编制30名。"),
            {"staff_authorized_admin": "12", "staff_authorized_institution": "30"},
        ),
    ],
)
def test_what_must_not_change(final, paragraphs, expected):
    assert _read(*paragraphs, final=final) == expected
    assert not _why(*paragraphs, final=final)
