"""Label kinds, round 11 (issue 20): wordings of unseen disclosures the narrative missed or misread.

1. staff_authorized_admin / staff_actual_admin are 行政（含参公）: beside a 参公 (参照公务员（法）管理) count
   printed apart from the 行政 kind, the 行政 count (posts or people) is a part: no figure, and the two
   parts are never added up. The 参公 count alone (no 行政 kind nor civil servants in the unit's
   statement) stays the kind's figure; 行政 printed with the 参公 in it ('行政（含参公）', '行政参公',
   '公务员（含参照公务员管理人员）') or a 参公 part listed under the 行政 count stays the 行政 count's.

A wrong figure is worse than a missing one. Every sentence and amount is constructed (none is a
document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import budget_figures as _read
from narrative_figures import budget_unparsed as _unparsed

# --- 1. the 行政 count beside a 参公 count printed apart


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a 行政 count of 0 beside the 参公 posts, then the people the same way
        (
            (
                "编制人数小计31人，其中：行政编制人数0人，参照公务员法管理的事业编制人数22人，事业编制人数9人。"
                "实有人数小计29人，其中：行政在职人数0人，参照公务员法管理的事业在职人数21人，事业在职人数8人。",
            ),
            {
                "staff_authorized": "31",
                "staff_authorized_institution": "9",
                "staff_actual": "29",
                "staff_actual_institution": "8",
            },
        ),
        # a nonzero 行政 count, the short name 参公 and no 人
        (
            ("编制人数40，其中：行政编制人数13、参公编制人数6、全部补助事业编制人数21。",),
            {"staff_authorized": "40"},
        ),
        # listed in a bracket after the whole
        (
            ("核定编制26名（其中行政编制7名、参公编制11名、事业编制8名）。",),
            {"staff_authorized": "26", "staff_authorized_institution": "8"},
        ),
        # the 参公 posts named first, the 行政 after them
        (("核定参公编制9名，行政编制12名。",), {}),
        # the people in post: civil servants (公务员) beside the 参公 people
        (
            ("实有在职人员24人，其中公务员11人，参公人员5人，事业人员8人。",),
            {"staff_actual": "24", "staff_actual_institution": "8"},
        ),
        # the 实有 after the 行政 posts is the 行政 kind's: a part too
        (("核定行政编制10名，实有9名；参公编制6名，实有6名。",), {}),
        # the 参公 count in another paragraph of the unit
        (("核定行政编制14名。", "实有参公事业人员4人。"), {}),
    ],
)
def test_an_administrative_count_beside_a_cangong_count_printed_apart_is_no_figure(paragraphs, expected):
    assert _read(*paragraphs) == expected


def test_the_administrative_zero_beside_cangong_posts_is_reported():
    messages = _unparsed(
        "编制人数小计31人，其中：行政编制人数0人，参照公务员法管理的事业编制人数22人，事业编制人数9人。"
    )
    assert any("0人" in message and "参公" in message for message in messages), messages
    assert any("22人" in message for message in messages), messages  # (the 参公 part: no figure either)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # only 行政 printed: today's reading, 0 included
        (
            ("编制人数小计31人，其中：行政编制人数0人，事业编制人数31人。",),
            {"staff_authorized": "31", "staff_authorized_admin": "0", "staff_authorized_institution": "31"},
        ),
        (("核定行政编制17名，事业编制6名。",), {"staff_authorized_admin": "17", "staff_authorized_institution": "6"}),
        # a 参公 count of 0 printed apart: the 行政 count holds the whole kind
        (
            ("编制人数35，其中：行政编制人数15、参照公务员管理的事业编制人数0、全部补助事业编制人数20。",),
            {"staff_authorized": "35", "staff_authorized_admin": "15"},
        ),
        # 行政 with the 参公 in it
        (
            ("核定行政（含参公）编制16名，事业编制5名。",),
            {"staff_authorized_admin": "16", "staff_authorized_institution": "5"},
        ),
        (
            ("实有人数19人，其中行政参公人员13人，事业人员6人。",),
            {"staff_actual": "19", "staff_actual_admin": "13", "staff_actual_institution": "6"},
        ),
        (
            ("单位实有在职人员总数27人，其中公务员（含参照公务员管理事业人员）15人，事业编制12人。",),
            {"staff_actual": "27", "staff_actual_admin": "15", "staff_actual_institution": "12"},
        ),
        # the 参公 part listed under the 行政 count (其中, 含, a bracket right after it)
        (
            ("核定行政编制18名，其中参公编制5名；事业编制4名。",),
            {"staff_authorized_admin": "18", "staff_authorized_institution": "4"},
        ),
        (
            ("核定行政编制18名（含参公编制5名），事业编制4名。",),
            {"staff_authorized_admin": "18", "staff_authorized_institution": "4"},
        ),
        # a 参公 unit named with no count
        (
            ("核定行政编制18名，事业编制4名。所属某中心为参照公务员法管理事业单位。",),
            {"staff_authorized_admin": "18", "staff_authorized_institution": "4"},
        ),
    ],
)
def test_an_administrative_count_without_a_cangong_count_apart_is_read(paragraphs, expected):
    assert _read(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the 参公 kind alone, posts and people: the 行政（含参公）figures
        (
            ("核定编制27名，其中参公编制19名，事业编制8名。",),
            {"staff_authorized": "27", "staff_authorized_admin": "19", "staff_authorized_institution": "8"},
        ),
        (
            ("核定参照公务员法管理事业编制12名，实有参公事业人员11人。",),
            {"staff_authorized_admin": "12", "staff_actual_admin": "11"},
        ),
        # the 参公 posts in a unit whose people name the 行政 kind: a part, no figure from it
        (
            (
                "编制人数小计30人，其中：参照公务员法管理的事业编制人数21人，事业编制人数9人。"
                "实有人数小计28人，其中：行政在职人数0人，参照公务员法管理的事业在职人数20人，事业在职人数8人。",
            ),
            {
                "staff_authorized": "30",
                "staff_authorized_institution": "9",
                "staff_actual": "28",
                "staff_actual_institution": "8",
            },
        ),
        # civil servants beside 参公 posts: the 参公 posts are no 行政（含参公）whole
        (
            ("核定编制23名，其中公务员编制10名，参公编制6名，事业编制7名。",),
            {"staff_authorized": "23", "staff_authorized_institution": "7"},
        ),
    ],
)
def test_a_cangong_count_is_the_administrative_figure_only_alone(paragraphs, expected):
    assert _read(*paragraphs) == expected
