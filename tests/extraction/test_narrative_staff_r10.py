"""Staff counts, round 10: the count after one kind's posts alone, parts of the staff in post within the
编制, posts held by the 机关 with others, and funding parts named with 保障 / 补助.

1. After one kind's posts, the unit's only posts (StaffFacts.one_kind_posts), the paragraph's only count
   of the staff in post that names no kind of its own, bare or in full, is the whole staff in post
   (``staff_actual``): every reader who listed such sentences listed it so. Each kind's reading stays
   after two kinds, for a count naming its kind, beside another count of the people in post, and for a
   part listed after the count; and in a 部门 document whose units state posts of two kinds, or in a
   paragraph about one of its units (a 所属单位, the 本级) beside others: the whole document's statement.
2. 编制内 / 编内 listed under a count of the staff in post are a part of it (people in post), never the
   posts: unread and reported; the hired part beside them (编外聘用) is ``staff_contract``.
3. A 编制 whose holders, named before it, include the 机关 (or the 行政 units) joined to others is the
   whole 编制 (``staff_authorized``), even when the words right before it name 事业单位; posts named
   事业编制, or held by 事业单位 alone, are the 事业 kind's.
4. The staff in post split by funding named with 保障 / 补助 (with or without 人员) are read when the
   parts add up to the count.

A wrong figure is worse than a missing one. Every sentence is constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import budget_figures as _read
from narrative_figures import budget_unparsed as _unparsed
from narrative_figures import parse_budget

# --- 1. a count naming no kind after one kind's posts alone is the whole staff in post


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the people on the posts (实有在编, 在编实有, 编内) and 在职 after 实有
        ("核定事业编制35名，实有在编人员33人。", {"staff_authorized_institution": "35", "staff_actual": "33"}),
        ("单位核定行政编制14名，在编实有人员13人。", {"staff_authorized_admin": "14", "staff_actual": "13"}),
        ("核定事业编制120名，年末实有在职职工117人。", {"staff_authorized_institution": "120", "staff_actual": "117"}),
        ("事业编制26人，编内实有人员24人。", {"staff_authorized_institution": "26", "staff_actual": "24"}),
        # the bare counts
        ("核定行政编制9名，实有8名。", {"staff_authorized_admin": "9", "staff_actual": "8"}),
        ("核定事业编制17名，实际在编15人。", {"staff_authorized_institution": "17", "staff_actual": "15"}),
        # the full name, fewer or more than the posts
        ("核定事业编制44名，年末实有人数41人。", {"staff_authorized_institution": "44", "staff_actual": "41"}),
        ("核定行政编制11名，实有人员12人。", {"staff_authorized_admin": "11", "staff_actual": "12"}),
        # a 事业编制 named by its funding, the unit's only posts
        ("核定全额拨款事业编制19名，实有在编人员18人。", {"staff_authorized_institution": "19", "staff_actual": "18"}),
        # the retired beside the count (not its part) change nothing
        (
            "核定事业编制64名，实有在编人员61人，退休人员23人。",
            {"staff_authorized_institution": "64", "staff_actual": "61", "staff_retired_regular": "23"},
        ),
    ],
)
def test_a_count_naming_no_kind_after_one_kinds_posts_is_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


def test_the_posts_and_the_count_in_two_paragraphs_of_the_unit():
    assert _read("本单位为公益一类事业单位，核定事业编制28名。", "年末实有在编人员26人。") == {
        "staff_authorized_institution": "28",
        "staff_actual": "26",
    }
    # the posts in one sentence, the count in the next
    assert _read("核定行政编制7名。实有在编人员7人。") == {"staff_authorized_admin": "7", "staff_actual": "7"}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # two kinds stated: each kind's
        (
            ("核定行政编制6名，实有5名；核定事业编制13名，实有12名。",),
            {
                "staff_authorized_admin": "6",
                "staff_actual_admin": "5",
                "staff_authorized_institution": "13",
                "staff_actual_institution": "12",
            },
        ),
        # the other kind in another paragraph of the unit
        (
            ("核定事业编制13名，实有在编人员12人。", "另核定行政编制4名。"),
            {"staff_authorized_institution": "13", "staff_actual_institution": "12", "staff_authorized_admin": "4"},
        ),
        # the count names its kind
        (
            ("核定事业编制52名，实有事业编制人员50人。",),
            {"staff_authorized_institution": "52", "staff_actual_institution": "50"},
        ),
        # beside a total of the unit's people (the retired included): the count is the kind's
        (
            ("核定事业编制52名，在职实有49人，离休人员2人，退休人员20人，总人数71人。",),
            {
                "staff_authorized_institution": "52",
                "staff_actual_institution": "49",
                "staff_retired_veteran": "2",
                "staff_retired_regular": "20",
                "staff_actual": "71",
            },
        ),
        # the whole counted in the next statement, hired staff in it: the 在编 count is the kind's
        (
            ("行政编制12人，在编人员11人；期末实有人员19人（含编内人员11人、编外聘用人员8人）。",),
            {
                "staff_authorized_admin": "12",
                "staff_actual_admin": "11",
                "staff_actual": "19",
                "staff_contract": "8",
            },
        ),
    ],
)
def test_each_kinds_reading_stays_where_the_count_is_not_the_units_only_one(paragraphs, expected):
    assert _read(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # another whole of the unit, of another value, in another paragraph: the count is the kind's
        (
            ("核定事业编制6名，在编在岗5人。", "本单位现有人员9人。"),
            {"staff_authorized_institution": "6", "staff_actual_institution": "5", "staff_actual": "9"},
        ),
        (
            ("核定行政编制8名，实有7人。", "年末实有人数10人（含编外聘用人员3人）。"),
            {"staff_authorized_admin": "8", "staff_actual_admin": "7", "staff_actual": "10", "staff_contract": "3"},
        ),
        # the same value: one whole stated twice
        (
            ("核定事业编制6名，在编在岗5人。", "本单位现有人员5人。"),
            {"staff_authorized_institution": "6", "staff_actual": "5"},
        ),
        # not the paragraph's only count: the kind's, and the full name more than the posts the whole
        (
            ("核定事业编制6名，在编在岗5人，聘用人员4人，实有人数9人。",),
            {
                "staff_authorized_institution": "6",
                "staff_actual_institution": "5",
                "staff_contract": "4",
                "staff_actual": "9",
            },
        ),
    ],
)
def test_beside_another_whole_of_the_unit_the_count_is_the_kinds(paragraphs, expected):
    assert _read(*paragraphs) == expected


def test_a_part_listed_after_the_whole_is_the_kinds():
    assert _read("核定行政编制24名，实有人员27人，其中在编人员22人，编外人员5人。") == {
        "staff_authorized_admin": "24",
        "staff_actual": "27",
        "staff_actual_admin": "22",
    }


@pytest.mark.parametrize(
    "paragraph",
    ["核定事业编制30名，实有编外人员6人。", "核定行政编制10名，现有非编人员3人。", "编外人员6人。"],
)
def test_people_outside_the_posts_are_no_staff_in_post(paragraph):
    read = _read(paragraph)
    assert "staff_actual" not in read
    assert "staff_actual_admin" not in read
    assert "staff_actual_institution" not in read
    assert any(("6人" in message or "3人" in message) for message in _unparsed(paragraph))


# --- 2. 编制内 / 编内 under a count of the staff in post: a part of it, never the posts


@pytest.mark.parametrize(
    ("paragraph", "expected", "part"),
    [
        (
            "年末实有在职职工260人，其中编制内190人、编外聘用70人。",
            {"staff_actual": "260", "staff_contract": "70"},
            "190人",
        ),
        (
            "实有人数45人，其中：编制内人员33人，编制外聘用人员12人。",
            {"staff_actual": "45", "staff_contract": "12"},
            "33人",
        ),
        ("现有职工77人，其中编制内职工50人，聘用人员27人。", {"staff_actual": "77", "staff_contract": "27"}, "50人"),
        ("在职人员36人，其中编内29人，编外聘用7人。", {"staff_actual": "36", "staff_contract": "7"}, "29人"),
        # after the whole 编制 too
        (
            "核定编制40名，实有人员52人，其中编制内38人、编外聘用14人。",
            {"staff_authorized": "40", "staff_actual": "52", "staff_contract": "14"},
            "38人",
        ),
    ],
)
def test_people_within_the_posts_under_the_staff_in_post_are_a_part(paragraph, expected, part):
    assert _read(paragraph) == expected
    assert any(part in message for message in _unparsed(paragraph))


def test_people_within_the_posts_named_alone_stay_the_staff_in_post():
    assert _read("编内人员15人。") == {"staff_actual": "15"}
    assert _read("单位编制总数为22人，编内在职20人。") == {"staff_authorized": "22", "staff_actual": "20"}


# --- 3. posts held by the 机关 with others are the whole 编制


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "街道机关及所属综合服务中心、网格管理中心等事业单位共有编制74名，年末在编实有人员70人。",
            {"staff_authorized": "74", "staff_actual": "70"},
        ),
        ("局机关和下属事业单位核定编制58名，实有55人。", {"staff_authorized": "58", "staff_actual": "55"}),
        ("本部门机关、所属二级事业单位编制共33个。", {"staff_authorized": "33"}),
        ("行政和事业单位编制合计41名。", {"staff_authorized": "41"}),
        # the kinds listed after the whole
        (
            "乡机关及所属事业单位共有编制60名，其中行政编制25名、事业编制35名。",
            {"staff_authorized": "60", "staff_authorized_admin": "25", "staff_authorized_institution": "35"},
        ),
    ],
)
def test_posts_held_by_the_organ_with_others_are_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # named 事业编制: the 事业 kind's
        ("局机关及所属事业单位事业编制21名。", {"staff_authorized_institution": "21"}),
        # held by 事业单位 alone
        ("某某站、某某所等事业单位编制27名。", {"staff_authorized_institution": "27"}),
        # 机关 or 行政 inside a name
        ("机关事务服务中心、某某中心等事业单位编制18名。", {"staff_authorized_institution": "18"}),
        ("综合行政执法大队、某某中心等事业单位编制18名。", {"staff_authorized_institution": "18"}),
        # the 机关's posts counted before the 事业单位's
        (
            "机关行政编制15名、所属事业单位编制22名。",
            {"staff_authorized_admin": "15", "staff_authorized_institution": "22"},
        ),
    ],
)
def test_posts_of_the_institutions_alone_stay_the_institution_kinds(paragraph, expected):
    assert _read(paragraph) == expected


# --- 4. funding parts named with 保障 / 补助


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "实有人员230人，其中财政全额保障人员170人、财政差额补助人员45人、其他资金保障15人。",
            {
                "staff_actual": "230",
                "staff_actual_fully_funded": "170",
                "staff_actual_partly_funded": "45",
                "staff_actual_other_funded": "15",
            },
        ),
        (
            "在职实有64人，其中财政全额保障50人，财政差额补助9人，其他资金保障5人。",
            {
                "staff_actual": "64",
                "staff_actual_fully_funded": "50",
                "staff_actual_partly_funded": "9",
                "staff_actual_other_funded": "5",
            },
        ),
        (
            "年末实有人数47人，其中：全额保障31人、差额补助10人、其他资金保障6人。",
            {
                "staff_actual": "47",
                "staff_actual_fully_funded": "31",
                "staff_actual_partly_funded": "10",
                "staff_actual_other_funded": "6",
            },
        ),
        (
            "实有人员39人，其中：财政全额补助人员30人，自筹资金保障人员9人。",
            {"staff_actual": "39", "staff_actual_fully_funded": "30", "staff_actual_other_funded": "9"},
        ),
        (
            "实有人员39人，其中财政全额保障人员25人，单位资金保障人员14人。",
            {"staff_actual": "39", "staff_actual_fully_funded": "25", "staff_actual_other_funded": "14"},
        ),
        # after one kind's posts alone
        (
            "核定事业编制42名，实有人员40人，其中全额补助人员32人，差额补助人员8人。",
            {
                "staff_authorized_institution": "42",
                "staff_actual": "40",
                "staff_actual_fully_funded": "32",
                "staff_actual_partly_funded": "8",
            },
        ),
    ],
)
def test_funding_parts_named_with_baozhang_or_buzhu_are_read_when_they_add_up(paragraph, expected):
    assert _read(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # parts short of the whole: another funding may be left unnamed
        "实有人员39人，其中：财政全额补助人员30人，自筹资金保障人员6人。",
        "年末实有人数47人，其中：全额保障31人、其他资金保障6人。",
        # no count of the staff in post before them
        "全额补助人员30人，自筹资金保障人员9人。",
    ],
)
def test_funding_parts_that_do_not_add_up_are_not_read(paragraph):
    read = _read(paragraph)
    assert "staff_actual_fully_funded" not in read
    assert "staff_actual_other_funded" not in read
    assert any(("30人" in message or "31人" in message) for message in _unparsed(paragraph))


# --- 1b. the whole document's staff statement: a 部门 document of several units keeps each kind's


def _staff_by_unit(*paragraphs: str, unit: str = "某县某局") -> set[tuple[str, str, str]]:
    """(metric, unit_text, value) of every kept staff figure of a 2025 budget's ``paragraphs``."""
    rows = parse_budget(*paragraphs, unit=unit).rows.get("raw_narrative_figures", [])
    return {
        (row["metric"], row["unit_text"], row["value"])
        for row in rows
        if row["is_rejected"] == "false" and row["metric"].startswith("staff_")
    }


def test_a_department_of_units_of_two_kinds_keeps_each_kinds_count():
    # one paragraph per unit, each stating one kind's posts; the document states two kinds
    assert _staff_by_unit(
        "某县农业农村局（本级）为行政单位，经费渠道为财政全额拨款，现有行政编制员26人，实有29人，聘用人员6人。",
        "某县农业技术推广站为某县农业农村局管理的公益一类事业单位，经费渠道为财政全额拨款，"
        "现有事业编制数12人，实有10人，聘用人员8人。",
        unit="某县农业农村局",
    ) == {
        ("staff_authorized_admin", "某县农业农村局（本级）", "26"),
        ("staff_actual_admin", "某县农业农村局（本级）", "29"),
        ("staff_contract", "某县农业农村局（本级）", "6"),
        ("staff_authorized_institution", "某县农业技术推广站", "12"),
        ("staff_actual_institution", "某县农业技术推广站", "10"),
        ("staff_contract", "某县农业技术推广站", "8"),
    }


def test_units_of_a_department_of_one_kind_keep_each_kinds_count():
    # two 所属单位 of the 事业 kind alone: a paragraph about one unit among others is no document's whole
    assert _staff_by_unit(
        "某县水质监测站为公益一类事业单位，现有事业编制数9人，实有7人。",
        "某县水利工程管理所为公益一类事业单位，现有事业编制数15人，实有14人。",
        unit="某县水利局",
    ) == {
        ("staff_authorized_institution", "某县水质监测站", "9"),
        ("staff_actual_institution", "某县水质监测站", "7"),
        ("staff_authorized_institution", "某县水利工程管理所", "15"),
        ("staff_actual_institution", "某县水利工程管理所", "14"),
    }
    # the 本级 named alone: the department's part, never its whole
    assert _staff_by_unit(
        "某县水利局（本级）为行政单位，现有行政编制员11人，实有10人。",
        unit="某县水利局",
    ) == {
        ("staff_authorized_admin", "某县水利局（本级）", "11"),
        ("staff_actual_admin", "某县水利局（本级）", "10"),
    }


def test_the_documents_own_unit_of_one_kind_counts_the_whole():
    # the own unit's paragraph, the document naming one kind alone: the whole staff in post
    assert _staff_by_unit("本单位为公益一类事业单位，核定事业编制21名，实有在编人员19人。") == {
        ("staff_authorized_institution", "", "21"),
        ("staff_actual", "", "19"),
    }
    # the unit naming itself by its kind's noun (本院) in its paragraph: the document's own unit
    # (no sub-unit: issue 20)
    assert _staff_by_unit("本院为公益二类事业单位，核定事业编制48名，实有在编人员45人。", unit="某县某医院") == {
        ("staff_authorized_institution", "", "48"),
        ("staff_actual", "", "45"),
    }
    # another kind stated for another unit in the document: the own unit's count stays its kind's
    assert _staff_by_unit(
        "核定事业编制21名，实有在编人员19人。",
        "某县某某执法大队为行政单位，核定行政编制3名。",
    ) == {
        ("staff_authorized_institution", "", "21"),
        ("staff_actual_institution", "", "19"),
        ("staff_authorized_admin", "某县某某执法大队", "3"),
    }
