"""Staff counts right after one kind's posts: when they are the unit's whole staff in post.

1. A count of the people in post whose parts, listed right after it (its parenthesis, or after 其中 /
   包括 / 含), name the retired holds the retired: the unit's people as a whole (``staff_actual``, by the
   project's convention), never one kind's in-post count; its 在职 part is a part, unread (reported),
   the retired part is read.
2. After one kind's posts, the unit's only posts, the paragraph's only count of the staff in post that
   names no kind (the full name 实有人数 / 实有人员 / 年末实有人数, the bare 实有 / 实际, the people on the
   posts: 实有在编, 在编实有) counts the whole staff in post (``staff_actual``), more or fewer than the
   kind's posts alike. Funding parts after it (财政全额保障人员, 财政差额补助人员, 其他资金保障人员) are read
   when they add up to it. Every count after each of two kinds stays the kind's.
3. A year's end in the label: a budget reads its own year's or the prior year's end, never an older
   one; a final account never the prior year's.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative


def _parse(*paragraphs: str, year: str = "2025", final: bool = False, unit: str = "某县某服务中心"):
    title = f"{year}年度部门决算" if final else f"{year}年部门预算"
    lines = [unit, title, "一、部门基本情况", "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final)


def _read(*paragraphs: str, year: str = "2025", final: bool = False) -> dict[str, str]:
    """metric -> value of every figure kept from ``paragraphs`` (one paragraph each)."""
    return accepted_figures(_parse(*paragraphs, year=year, final=final))


def _unparsed(*paragraphs: str, year: str = "2025", final: bool = False) -> list[str]:
    """The texts of the unparsed-figure problems of ``paragraphs``."""
    result = _parse(*paragraphs, year=year, final=final)
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


# --- 1. a count whose parts name the retired is the whole, never the kind's


@pytest.mark.parametrize(
    ("paragraph", "expected", "in_post_part"),
    [
        (
            "核定事业编制260名，实有人数410人（在职250人、离退休160人）。",
            {"staff_authorized_institution": "260", "staff_actual": "410", "staff_retired": "160"},
            "250人",
        ),
        (
            "核定行政编制35名，实有人数52人，其中：在职人员33人，离退休人员19人。",
            {"staff_authorized_admin": "35", "staff_actual": "52", "staff_retired": "19"},
            "33人",
        ),
        (
            "核定事业编制48名，实有人员70人，其中在职46人，退休24人。",
            {"staff_authorized_institution": "48", "staff_actual": "70", "staff_retired_regular": "24"},
            "46人",
        ),
        # the bare 实有 / 实际 too, when its parts show it holds the retired
        (
            "核定事业编制30名，实有41人（在职29人，退休12人）。",
            {"staff_authorized_institution": "30", "staff_actual": "41", "staff_retired_regular": "12"},
            "29人",
        ),
        (
            "核定行政编制9名，实际13人（在职8人，离休1人，退休4人）。",
            {
                "staff_authorized_admin": "9",
                "staff_actual": "13",
                "staff_retired_veteran": "1",
                "staff_retired_regular": "4",
            },
            "8人",
        ),
    ],
)
def test_a_count_holding_the_retired_after_one_kind_is_the_whole(paragraph, expected, in_post_part):
    assert _read(paragraph) == expected
    assert any(in_post_part in message for message in _unparsed(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # retirees hired again are people in post: the count holds no retired (after one kind's posts
        # alone, the whole staff in post)
        ("核定行政编制20名，实有19人（含退休返聘人员2人）。", {"staff_authorized_admin": "20", "staff_actual": "19"}),
        # parts naming no retired: the 在编 part is the kind's people on its posts
        (
            "核定行政编制20名，实有18人，其中在编人员16人。",
            {"staff_authorized_admin": "20", "staff_actual": "18", "staff_actual_admin": "16"},
        ),
        # the retired counted beside the count, not as its part
        (
            "核定事业编制50名，实有在职人数45人，退休人员17人。",
            {"staff_authorized_institution": "50", "staff_actual": "45", "staff_retired_regular": "17"},
        ),
    ],
)
def test_a_count_whose_parts_name_no_retired_holds_none(paragraph, expected):
    assert _read(paragraph) == expected


# --- 2. a count of the staff in post naming no kind after one kind's posts alone is the whole staff in post


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # more people than the kind's posts stated before it
        ("核定行政编制14名，实有人员16人。", {"staff_authorized_admin": "14", "staff_actual": "16"}),
        ("事业编制36人，年末实有人数41人。", {"staff_authorized_institution": "36", "staff_actual": "41"}),
        ("现有行政编制人数20人，实有人员22人。", {"staff_authorized_admin": "20", "staff_actual": "22"}),
        (
            # people outside the 编制 among them: the 在编 part is the kind's people on its posts
            "核定行政编制18名，实有人数23人，其中在编人员17人，编外人员6人。",
            {"staff_authorized_admin": "18", "staff_actual": "23", "staff_actual_admin": "17"},
        ),
    ],
)
def test_the_full_name_more_than_one_kinds_posts_is_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected", "unread_part"),
    [
        # no more than the posts, but split by funding right after it
        (
            "核定事业编制40名，实有人数38人，其中：财政全额保障人员30人，其他资金保障人员8人。",
            {
                "staff_authorized_institution": "40",
                "staff_actual": "38",
                "staff_actual_fully_funded": "30",
                "staff_actual_other_funded": "8",
            },
            None,
        ),
        (
            "核定事业编制40名，实有人数38人，其中全额人员30人，差额人员8人。",
            {
                "staff_authorized_institution": "40",
                "staff_actual": "38",
                "staff_actual_fully_funded": "30",
                "staff_actual_partly_funded": "8",
            },
            None,
        ),
        # or holding people outside the 编制 / hired
        (
            "核定行政编制18名，实有人数16人（含编外人员3人）。",
            {"staff_authorized_admin": "18", "staff_actual": "16"},
            "3人",
        ),
        (
            "核定事业编制30名，实有人员28人，其中聘用人员5人。",
            {"staff_authorized_institution": "30", "staff_actual": "28", "staff_contract": "5"},
            None,
        ),
        (
            "核定行政编制20名，实有人数19人（含退休返聘人员2人）。",
            {"staff_authorized_admin": "20", "staff_actual": "19"},
            "2人",
        ),
    ],
)
def test_the_full_name_with_parts_beside_the_kinds_is_the_whole(paragraph, expected, unread_part):
    assert _read(paragraph) == expected
    if unread_part is not None:
        assert any(unread_part in message for message in _unparsed(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # fewer people than the kind's posts, nothing after it: the whole staff in post too
        ("核定事业编制90名，实有人数86人。", {"staff_authorized_institution": "90", "staff_actual": "86"}),
        ("行政编制31人，实有人数27人。", {"staff_authorized_admin": "31", "staff_actual": "27"}),
        ("核定行政编制20名，年末实有人数18人。", {"staff_authorized_admin": "20", "staff_actual": "18"}),
        # as many as the posts
        ("核定行政编制20名，实有人数20人。", {"staff_authorized_admin": "20", "staff_actual": "20"}),
        # parts naming only the people on the posts: in its bracket a part, unread; after 其中, the kind's
        (
            "核定事业编制40名，实有人数38人（其中在编38人）。",
            {"staff_authorized_institution": "40", "staff_actual": "38"},
        ),
        (
            "核定事业编制40名，实有人员38人，其中在编人员38人。",
            {"staff_authorized_institution": "40", "staff_actual": "38", "staff_actual_institution": "38"},
        ),
    ],
)
def test_the_full_name_within_one_kinds_posts_is_the_whole_too(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "核定事业编制70名，实有人数78人，其中：财政全额保障人员60人，其他资金保障人员18人。",
            {
                "staff_authorized_institution": "70",
                "staff_actual": "78",
                "staff_actual_fully_funded": "60",
                "staff_actual_other_funded": "18",
            },
        ),
        (
            "核定事业编制40名，实有人员45人，其中：财政全额保障人员30人，财政差额补助人员9人，其他资金保障人员6人。",
            {
                "staff_authorized_institution": "40",
                "staff_actual": "45",
                "staff_actual_fully_funded": "30",
                "staff_actual_partly_funded": "9",
                "staff_actual_other_funded": "6",
            },
        ),
        (
            # after the whole 编制 too (the parts add up to the people, not the posts)
            "核定编制26名，实有人数24人，其中财政全额保障人数20人，其他资金保障人数4人。",
            {
                "staff_authorized": "26",
                "staff_actual": "24",
                "staff_actual_fully_funded": "20",
                "staff_actual_other_funded": "4",
            },
        ),
    ],
)
def test_funding_parts_after_the_whole_are_read_when_they_add_up(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # the one part listed, short of the whole: other funding may be left unnamed
        "核定事业编制70名，实有人数78人，其中：财政全额保障人员60人。",
        # parts passing the whole
        "核定事业编制70名，实有人数78人，其中：财政全额保障人员60人，其他资金保障人员20人。",
        # named with no count of the people in post before it
        "核定事业编制70名，财政全额保障人员60人，其他资金保障人员18人。",
    ],
)
def test_funding_parts_that_do_not_add_up_are_not_read(paragraph):
    read = _read(paragraph)
    assert "staff_actual_fully_funded" not in read
    assert "staff_actual_other_funded" not in read
    assert any("60人" in message for message in _unparsed(paragraph))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the bare count after one kind's posts alone: the whole staff in post
        (("核定行政编制31名，实有34人。",), {"staff_authorized_admin": "31", "staff_actual": "34"}),
        # the people on the posts: the whole staff in post too
        (("核定事业编制50名，实有在编人员47人。",), {"staff_authorized_institution": "50", "staff_actual": "47"}),
        (("核定行政编制22名，在编实有人数21人。",), {"staff_authorized_admin": "22", "staff_actual": "21"}),
        # each of two kinds counted after its posts: each kind's
        (
            ("核定行政编制16名，实有人数15人；核定事业编制9名，实有人数8人。",),
            {
                "staff_authorized_admin": "16",
                "staff_actual_admin": "15",
                "staff_authorized_institution": "9",
                "staff_actual_institution": "8",
            },
        ),
        # another kind's posts in another paragraph of the unit
        (
            ("核定行政编制16名，实有人数15人。", "另有工勤编制2名。"),
            {"staff_authorized_admin": "16", "staff_actual_admin": "15", "staff_authorized_worker": "2"},
        ),
    ],
)
def test_counts_after_one_kinds_posts_alone_and_beside_other_posts(paragraphs, expected):
    assert _read(*paragraphs) == expected


# --- 3. a year's end in the label


@pytest.mark.parametrize(
    ("year", "final", "read"),
    [
        ("2023", False, True),  # a budget: the prior year's end, the count it is made on
        ("2022", False, True),  # a budget: its own year's end
        ("2024", False, False),  # an older year's end
        ("2023", True, False),  # a final account: the prior year's end is another year's
        ("2022", True, True),
    ],
)
@pytest.mark.parametrize(
    "paragraph",
    ["核定事业编制150名，2022年末实有人数166人。", "核定事业编制150名，截至2022年底实有人员166人。"],
)
def test_a_year_end_count_is_read_for_its_own_or_the_prior_year_in_a_budget(paragraph, year, final, read):
    figures = _read(paragraph, year=year, final=final)
    assert figures["staff_authorized_institution"] == "150"
    assert figures.get("staff_actual") == ("166" if read else None)
    assert "staff_actual_institution" not in figures
    if not read:
        assert any("166人" in message and "2022" in message for message in _unparsed(paragraph, year=year, final=final))
