"""Staff counts named with a qualifier: the 事业编制 named by how it is funded (全额拨款 / 差额拨款 /
自收自支 / 财政补助 …) when it is the only 编制 a paragraph states, the 工勤 posts named as 机关后勤 /
后勤服务 / 机关工勤 编制, and the people in post within the 编制 (在编职工 / 在编人员 / 在编在岗人员).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative


def _parse(*paragraphs: str, year: str = "2026", unit: str = "某县某局"):
    lines = [unit, f"{year}年部门预算", "一、部门预算情况说明", "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=False)


def _read(*paragraphs: str) -> dict[str, str]:
    """metric -> value of every figure a 2026 budget's narrative keeps from ``paragraphs`` (one
    paragraph each; no metric read twice)."""
    return accepted_figures(_parse(*paragraphs))


def _unparsed(*paragraphs: str) -> list[str]:
    """The messages of the unparsed-figure problems of ``paragraphs`` (as ``_read``)."""
    return [p.message for p in _parse(*paragraphs).problems if p.code == "narrative_unparsed_figure"]


# --- kind 1: a 事业编制 named by its funding, the only 编制 the paragraph states, is the 事业编制


@pytest.mark.parametrize(
    ("paragraph", "posts"),
    [
        ("全额拨款事业编制42人。", "42"),
        ("本委员会核定全额拨款事业编制15名。", "15"),
        ("核定全额事业编制人数 30 人。", "30"),
        ("差额拨款事业编制6名。", "6"),
        ("自收自支事业编制3名。", "3"),
        ("某所为公益一类事业单位，核定财政补助事业编制8名。", "8"),
        ("某中心为差额拨款事业单位，机构规格为正科级，核定差额补助事业编制9名。", "9"),
        ("单位核定全部补助事业编制数15人。", "15"),
        ("核定经费自理事业编制5名。", "5"),
    ],
)
def test_the_only_funded_institution_posts_are_the_institution_posts(paragraph, posts):
    assert _read(paragraph) == {"staff_authorized_institution": posts}
    assert _unparsed(paragraph) == []


def test_the_funded_institution_posts_beside_the_retired_are_still_the_only_posts():
    read = _read("某站核定全额拨款事业编制15名，离退休人员4人。")
    assert read == {"staff_authorized_institution": "15", "staff_retired": "4"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two funding kinds, with or without 事业编制 on the second, in one sentence or two
        ("全额拨款事业编制15名，差额拨款事业编制5名。",),
        ("全额拨款事业编制15名，差额拨款5名。",),
        ("核定全额拨款事业编制15名。自收自支事业编制5名。",),
        ("全额拨款事业编制15名、经费自理事业编制5名。",),
    ],
)
def test_two_funding_kinds_of_posts_are_parts_never_the_institution_posts(paragraphs):
    read = _read(*paragraphs)
    assert not any(metric.startswith("staff_authorized") for metric in read), read
    assert len(_unparsed(*paragraphs)) == 2


def test_two_funding_kinds_in_two_paragraphs_are_a_conflict_never_a_figure():
    # (each paragraph's only posts, but they disagree: neither is kept)
    assert "staff_authorized_institution" not in _read("全额拨款事业编制15名。", "差额拨款事业编制5名。")


def test_a_sub_units_funded_posts_are_its_own():
    result = _parse("某县某中心为某局管理的公益一类事业单位，经费渠道为财政全额拨款，核定全额拨款事业编制5人。")
    rows = [r for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "false"]
    assert [(r["metric"], r["value"], r["unit_text"]) for r in rows] == [
        ("staff_authorized_institution", "5", "某县某中心")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the whole 事业编制 stated: its funding parts are never a second staff_authorized_institution
        ("事业编制20名，其中全额拨款15名，差额拨款5名。", {"staff_authorized_institution": "20"}),
        ("事业编制20名，其中全额拨款事业编制15名，差额拨款事业编制5名。", {"staff_authorized_institution": "20"}),
        ("核定事业编制20名，其中全额拨款事业编制20名。", {"staff_authorized_institution": "20"}),
        # the whole 编制, or another kind, stated: the funded posts stay a part (when they are the
        # whole, '编制数20人，其中全额拨款事业编制20人', they are its 事业编制: test_narrative_twenty_seventh_set_kinds)
        ("编制数20人，其中全额拨款事业编制15人。", {"staff_authorized": "20"}),
        ("核定编制25名，其中全额拨款事业编制20名，自收自支事业编制5名。", {"staff_authorized": "25"}),
        ("行政编制5名，全额拨款事业编制10名。", {"staff_authorized_admin": "5"}),
    ],
)
def test_funding_parts_beside_another_posts_figure_are_not_read(paragraph, expected):
    assert _read(paragraph) == expected
    assert _unparsed(paragraph), paragraph  # (the parts: reported, never dropped silently)


def test_the_funding_parts_of_the_institution_posts_are_reported_unparsed():
    messages = _unparsed("事业编制20名，其中全额拨款15名，差额拨款5名。")
    assert len(messages) == 2
    assert "15名" in messages[0] and "5名" in messages[1], messages


@pytest.mark.parametrize(
    "paragraph",
    [
        "全额拨款编制12名。",  # (no 事业: the 行政 posts are funded in full too)
        "全额拨款事业编制人员12人。",  # (编制人员 may count people)
        "全额拨款事业编制外聘用人员12人。",  # (outside the 编制: contract staff)
        "全额拨款事业控制编制12名。",  # (a control quota, outside the 编制)
    ],
)
def test_other_funded_wordings_are_no_institution_posts(paragraph):
    assert "staff_authorized_institution" not in _read(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "people"),
    [
        # the people on the posts counted after them: the posts are still the 事业编制; a bare 实有 /
        # 实际 / 在编 after one kind's posts, the unit's only posts, is the whole staff in post (as after
        # '事业编制')
        ("全额拨款事业编制12人，实有12人。", "12"),
        ("全额拨款事业编制12人，实际12人。", "12"),
        ("全部补助事业编制12人，实有12人。", "12"),
        ("核定全额拨款事业编制12人，在编职工11人。", "11"),
    ],
)
def test_funded_posts_with_their_people_counted_after_them_are_read(paragraph, people):
    assert _read(paragraph) == {"staff_authorized_institution": "12", "staff_actual": people}


# --- kind 2: the 工勤 posts named as 机关后勤 / 后勤服务 / 机关工勤 编制


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "核定编制15名（其中行政编制13名，机关后勤编制2名）。",
            {"staff_authorized": "15", "staff_authorized_admin": "13", "staff_authorized_worker": "2"},
        ),
        (
            "编制总数15名，其中行政编制12名、机关后勤服务编制3名。",
            {"staff_authorized": "15", "staff_authorized_admin": "12", "staff_authorized_worker": "3"},
        ),
        ("核定行政编制共26人，后勤服务编制2人。", {"staff_authorized_admin": "26", "staff_authorized_worker": "2"}),
        ("核定行政编制13名，机关工勤编制2名。", {"staff_authorized_admin": "13", "staff_authorized_worker": "2"}),
        ("核定事业编制20名，后勤服务编制2名。", {"staff_authorized_institution": "20", "staff_authorized_worker": "2"}),
        ("后勤服务编制2名。", {"staff_authorized_worker": "2"}),
        (
            "核定行政编制共20人，后勤服务编制2人。在职行政19人。",
            {"staff_authorized_admin": "20", "staff_authorized_worker": "2", "staff_actual_admin": "19"},
        ),
    ],
)
def test_logistics_posts_are_the_service_worker_posts(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "核定行政编制13名，后勤服务中心事业编制5名。",  # (a service centre's 事业 posts)
        "机关后勤服务中心编制5名。",  # (a centre's posts: which kind is not said)
        "编制内实有人数20人（行政人员18人，机关后勤人员2人）。",  # (people, not posts)
        "行政编制13名（含机关后勤编制2名）。",  # (a part inside the 行政 posts)
        "机关后勤编制外聘用人员3人。",  # (outside the 编制)
    ],
)
def test_other_logistics_wordings_are_no_service_worker_posts(paragraph):
    assert "staff_authorized_worker" not in _read(paragraph)


# --- kind 3: the people in post within the 编制 (在编职工 / 在编人员 / 在编在岗人员 / 在编干部职工)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("在编在岗人员9人。", {"staff_actual": "9"}),
        ("单位在编干部职工30人，退休5人。", {"staff_actual": "30", "staff_retired_regular": "5"}),
        ("核定编制20名，在编在岗人员18名。", {"staff_authorized": "20", "staff_actual": "18"}),
        ("编制42人，其中在编人员40人。", {"staff_authorized": "42", "staff_actual": "40"}),
        ("在编职工人数为40人。", {"staff_actual": "40"}),
        # after a kind of 编制, the unit's only posts: the whole staff in post; after each of two kinds,
        # each kind's
        ("事业编制42人，在编职工40人。", {"staff_authorized_institution": "42", "staff_actual": "40"}),
        ("行政编制10名，在编人员9人。", {"staff_authorized_admin": "10", "staff_actual": "9"}),
        (
            "行政编制10名，在编人员9人；事业编制5名，在编人员4人。",
            {
                "staff_authorized_admin": "10",
                "staff_actual_admin": "9",
                "staff_authorized_institution": "5",
                "staff_actual_institution": "4",
            },
        ),
    ],
)
def test_people_in_post_within_the_establishment_are_the_staff_in_post(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "在编教师89人。",  # (one profession)
        "在编医生12人。",
        "编制20名，在编教师18名。",
        "在编人员增加2人。",  # (a change, never the count)
        "在编人员比上年减少3人。",
        "在编率95%。",
        "非在编人员5人。",
    ],
)
def test_professions_rates_and_changes_in_post_are_no_staff_in_post(paragraph):
    read = _read(paragraph)
    assert not any(metric.startswith("staff_actual") for metric in read), read


# --- kind 4: what must stay as it is


def test_leadership_posts_stay_unparsed():
    paragraph = "设主任1名、副主任2名。"
    assert _read(paragraph) == {}
    assert len(_unparsed(paragraph)) == 2


def test_people_the_budget_funds_stay_unparsed():
    paragraph = "财政供养人员20人。"
    assert _read(paragraph) == {}
    assert len(_unparsed(paragraph)) == 1
