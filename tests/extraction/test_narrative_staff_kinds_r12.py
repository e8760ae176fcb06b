"""Staff wordings of the twelfth round, and one income wording (issue 20).

1. A 实有 count after the posts of MORE THAN ONE kind (行政 and 事业, or 行政 / 工勤 / 事业), with no kind
   word of its own — bare (实有 / 实际 / 在编), 在职实有, 实有人员, 实有人数 — is the whole staff in post
   (``staff_actual``), never the last kind's (metric_wording.csv rules -9, 66, 90). A bare 实有 run into
   the last kind's count with no mark between ('…，事业编制31人实有35人') is that kind's by the run-in
   convention: no figure while the list is open (rule 66). Each kind counted before the next is no list.
2. A 实有 count after ONE kind's posts whose own parts (其中 / 包括 / 含, its bracket, or a sentence opening
   with 其中 after it) name people outside that kind (编外, 聘用, 合同制, 劳务派遣, the other kind) is the
   whole staff in post (``staff_actual``), never the kind's (rule 63), also where the rest of the
   document names other posts. Parts by funding or the 参公 stay inside a kind, and a plain count
   after one kind's posts keeps its reading. (The metric of a 劳务派遣 count is not asserted here.)
3. '全部为X收入Y万元' / '均为一般公共预算拨款Y万元' after a total: Y is the part X names when it equals
   that total (within its printed precision), and the change after it is the total's; a Y that
   differs, or that follows no money figure, is no figure (reported), the change after it unread.
   '全部为X' with no amount keeps its reading.

A wrong figure is worse than a missing one. Constructed sentences and counts only (none of them a
document's text), several wordings for each kind, and what must not be read.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, unparsed_messages

from extract.narrative import parse_narrative


def _parse(*paragraphs: str, year: str = "2025", final: bool = False, unit: str = "某县某某局"):
    title = f"{year}年度部门决算" if final else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final)


def _read(*paragraphs: str, year: str = "2025", final: bool = False, unit: str = "某县某某局") -> dict[str, str]:
    """metric -> value of every figure kept from ``paragraphs`` (one paragraph each; no metric twice)."""
    return accepted_figures(_parse(*paragraphs, year=year, final=final, unit=unit))


def _unparsed(*paragraphs: str, year: str = "2025", final: bool = False) -> list[str]:
    """The messages of the unparsed-figure problems of ``paragraphs``."""
    return unparsed_messages(_parse(*paragraphs, year=year, final=final))


# --- 1. a 实有 count after the posts of more than one kind is the whole ---------------------------


@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "机关核定行政编制35名，下属事业单位核定事业编制120名，年末在职实有148人。",
            {"staff_authorized_admin": "35", "staff_authorized_institution": "120", "staff_actual": "148"},
        ),
        (
            # the bare 实有, after a mark
            "核定行政编制35名、事业编制120名，实有148人。",
            {"staff_authorized_admin": "35", "staff_authorized_institution": "120", "staff_actual": "148"},
        ),
        (
            "机关核定行政编制35名，下属事业单位核定事业编制120名，实有148人。",
            {"staff_authorized_admin": "35", "staff_authorized_institution": "120", "staff_actual": "148"},
        ),
        (
            "行政编制16人，事业编制9人，实有人员23人。",
            {"staff_authorized_admin": "16", "staff_authorized_institution": "9", "staff_actual": "23"},
        ),
        (
            # 实际 / 在编 alone say what the bare 实有 says
            "行政编制16人，事业编制9人，实际23人。",
            {"staff_authorized_admin": "16", "staff_authorized_institution": "9", "staff_actual": "23"},
        ),
        (
            "行政编制16人，事业编制9人，在编22人。",
            {"staff_authorized_admin": "16", "staff_authorized_institution": "9", "staff_actual": "22"},
        ),
        (
            # three kinds, the 工勤 between
            "核定行政编制35名，工勤编制5名，事业编制120名，在职实有150人。",
            {
                "staff_authorized_admin": "35",
                "staff_authorized_worker": "5",
                "staff_authorized_institution": "120",
                "staff_actual": "150",
            },
        ),
        (
            # three kinds, the 工勤 last: the bare 实有 after a mark is the whole's, not the 工勤 kind's
            "核定行政编制10名、事业编制5名、工勤编制2名，实有16人。",
            {
                "staff_authorized_admin": "10",
                "staff_authorized_institution": "5",
                "staff_authorized_worker": "2",
                "staff_actual": "16",
            },
        ),
        (
            # the kinds listed under the whole 编制
            "核定编制44名，其中行政编制30名、事业编制14名，实有41人。",
            {
                "staff_authorized": "44",
                "staff_authorized_admin": "30",
                "staff_authorized_institution": "14",
                "staff_actual": "41",
            },
        ),
    ],
)
def test_a_count_after_two_kinds_posts_is_the_whole(paragraph, expected, final):
    assert _read(paragraph, year="2024" if final else "2025", final=final) == expected


@pytest.mark.parametrize(
    "paragraph",
    ["核定编制：行政12名、事业30名；实有人数40人。", "核定编制：行政12名、事业30名；实有40人。"],
)
def test_a_count_after_the_kinds_under_a_posts_heading_is_the_whole(paragraph):
    # (the kinds named bare after '核定编制：' stay unread, reported)
    read = _read(paragraph)
    assert read == {"staff_actual": "40"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            # the bare 实有 run into the last kind's count: that kind's, no figure while the list is open
            "行政编制24人，工勤编4人，事业编制31人实有35人。",
            {"staff_authorized_admin": "24", "staff_authorized_worker": "4", "staff_authorized_institution": "31"},
        ),
        (
            "行政编制6人，事业编制14人实有11人。",
            {"staff_authorized_admin": "6", "staff_authorized_institution": "14"},
        ),
        (
            # each kind counted before the next: no list, each kind's
            "本所行政编制6人，实际5人，事业编制14人，实际11人。",
            {
                "staff_authorized_admin": "6",
                "staff_actual_admin": "5",
                "staff_authorized_institution": "14",
                "staff_actual_institution": "11",
            },
        ),
        (
            "行政编制24人实有21人，工勤编4人实有9人，事业编制31人实有35人。",
            {
                "staff_authorized_admin": "24",
                "staff_actual_admin": "21",
                "staff_authorized_worker": "4",
                "staff_authorized_institution": "31",
                "staff_actual_institution": "35",
            },
        ),
        # the 工勤 posts alone: the bare 实有 after them is the 工勤 people's, of no metric
        ("工勤编制3人，实有2人。", {"staff_authorized_worker": "3"}),
    ],
)
def test_a_count_run_into_the_last_kind_or_after_each_kind_is_no_whole(paragraph, expected):
    assert _read(paragraph) == expected


def test_a_run_in_count_after_a_list_is_reported():
    assert [message for message in _unparsed("行政编制24人，工勤编4人，事业编制31人实有35人。") if "35人" in message]


# --- 2. a 实有 count after one kind's posts whose parts name people outside the kind ----------------

# a paragraph naming the 行政 posts of the 机关: the 事业 posts of the paragraph before are no longer the
# document's only posts (the plain count after them is then the 事业 kind's)
_OTHER_POSTS = "局机关核定行政编制10名，实有9人。"


@pytest.mark.parametrize("other", [False, True])
@pytest.mark.parametrize(
    ("paragraph", "contract"),
    [
        ("核定事业编制60名，实有人员85人，其中编外聘用人员27人。", "27"),
        ("核定事业编制60名，实有85人，其中编外聘用人员27人。", "27"),
        ("核定事业编制60名，在职实有85人，其中合同制18人、劳务派遣4人。", "18"),
        ("核定事业编制60名，年末在职实有人员85人，其中：合同制人员18人，劳务派遣人员4人。", "18"),
        ("核定事业编制60名，实有人数85人，其中聘用人员27人。", "27"),
        ("核定事业编制60名，实有85人（含编外人员27人）。", None),
        ("核定事业编制60名，实有85人，包括编外聘用人员27人。", "27"),
        # the parts in a sentence of their own
        ("核定事业编制60名，实有85人。其中在编58人，合同制人员27人。", "27"),
    ],
)
def test_a_count_whose_parts_name_people_outside_the_kind_is_the_whole(paragraph, contract, other):
    read = _read(paragraph, *([_OTHER_POSTS] if other else []))
    assert read["staff_actual"] == "85"
    assert read.get("staff_actual_institution") != "85"
    assert read["staff_authorized_institution"] == "60"
    if contract is not None:
        assert read["staff_contract"] == contract
    if other:
        assert (read["staff_authorized_admin"], read["staff_actual_admin"]) == ("10", "9")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            # the other kind's people among the parts
            "核定行政编制30名，实有40人（事业编制10人）。",
            {"staff_authorized_admin": "30", "staff_actual": "40", "staff_actual_institution": "10"},
        ),
        (
            "核定行政编制60名，实有人员85人，其中事业编制58人、编外聘用人员27人。",
            {
                "staff_authorized_admin": "60",
                "staff_actual": "85",
                "staff_actual_institution": "58",
                "staff_contract": "27",
            },
        ),
    ],
)
def test_a_count_after_the_admin_posts_with_other_kinds_parts_is_the_whole(paragraph, expected):
    assert _read(paragraph) == expected


def test_each_sub_units_count_with_hired_parts_is_that_units_whole():
    result = _parse(
        "某某中心为公益一类事业单位，核定事业编制60名，实有85人，其中编外聘用人员27人。",
        "某某站为事业单位，核定事业编制20名，实有18人。",
    )
    rows = {
        (row["unit_text"], row["metric"]): row["value"]
        for row in result.rows["raw_narrative_figures"]
        if row["is_rejected"] == "false"
    }
    assert rows[("某某中心", "staff_actual")] == "85"
    assert ("某某中心", "staff_actual_institution") not in rows
    assert rows[("某某中心", "staff_contract")] == "27"
    # (the plain count of the other unit keeps its reading: its kind's)
    assert rows[("某某站", "staff_actual_institution")] == "18"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a plain count after one kind's posts beside other posts: the kind's, as before
        ("核定事业编制60名，实有58人。", {"staff_authorized_institution": "60", "staff_actual_institution": "58"}),
        # parts by funding stay inside the kind
        (
            "核定事业编制60名，实有58人，其中全额拨款人员50人，差额拨款人员8人。",
            {
                "staff_authorized_institution": "60",
                "staff_actual_institution": "58",
                "staff_actual_fully_funded": "50",
                "staff_actual_partly_funded": "8",
            },
        ),
        # the 参公 people are on 事业 posts
        (
            "核定事业编制20名，实有18人，其中参公人员15人。",
            {"staff_authorized_institution": "20", "staff_actual_institution": "18"},
        ),
        # a part of the kind's own people
        (
            "核定事业编制60名，实有58人，其中专业技术人员40人。",
            {"staff_authorized_institution": "60", "staff_actual_institution": "58"},
        ),
    ],
)
def test_a_count_whose_parts_stay_inside_the_kind_keeps_the_kinds_reading(paragraph, expected):
    read = _read(paragraph, _OTHER_POSTS)
    # (beside a 参公 count the 行政 ones are a part of 行政（含参公）: their reading is not asserted here)
    assert {metric: value for metric, value in read.items() if not metric.endswith("_admin")} == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the document's only posts: the plain count is the whole, as before (rule 68)
        ("核定事业编制60名，实有58人。", {"staff_authorized_institution": "60", "staff_actual": "58"}),
        ("核定行政编制12名，年末实有人数13人。", {"staff_authorized_admin": "12", "staff_actual": "13"}),
    ],
)
def test_a_plain_count_after_the_documents_only_posts_is_unchanged(paragraph, expected):
    assert _read(paragraph) == expected


# --- 3. '全部为X收入Y万元': Y is the part X names when it equals the total before it ------------------

_CHANGE = "income_change_vs_prior_year"


@pytest.mark.parametrize(
    ("paragraph", "part", "change"),
    [
        (
            "其中本年收入520.00万元，全部为财政拨款收入520.00万元，比上年增加31.20万元；本年支出520.00万元。",
            "income_fiscal_appropriation",
            "312000.00",
        ),
        (
            "本年收入520.00万元，全部为财政拨款收入520.00万元，比上年增加31.20万元。",
            "income_fiscal_appropriation",
            "312000.00",
        ),
        (
            "本年收入520.00万元，均为财政拨款收入520.00万元，较上年减少31.20万元。",
            "income_fiscal_appropriation",
            "-312000.00",
        ),
        (
            "本年收入520.00万元，全部为一般公共预算拨款收入520.00万元，比上年增加31.20万元。",
            "income_general_public_budget",
            "312000.00",
        ),
        (
            "本年收入520.00万元，均为一般公共预算拨款520.00万元，比上年增加31.20万元。",
            "income_general_public_budget",
            "312000.00",
        ),
        (
            # the part printed in 元: equal within the 万元 figure's precision
            "本年收入520.00万元，全部为财政拨款收入5,200,000.00元，比上年增加31.20万元。",
            "income_fiscal_appropriation",
            "312000.00",
        ),
        (
            "本年收入520.00万元，全部是财政拨款收入520.00万元，比上年增加31.20万元。",
            "income_fiscal_appropriation",
            "312000.00",
        ),
    ],
)
def test_an_amount_all_of_the_total_is_the_part_and_the_change_stays_the_totals(paragraph, part, change):
    read = _read(paragraph)
    assert read[part] == "5200000.00"
    assert read[_CHANGE] == change
    assert not [message for message in _unparsed(paragraph) if "520.00万元" in message or "31.20" in message]


def test_an_amount_all_of_the_total_in_a_final_account():
    read = _read(
        "2024年度本年收入520.00万元，全部为财政拨款收入520.00万元，比上年减少10.00万元。", year="2024", final=True
    )
    assert read["income_fiscal_appropriation"] == "5200000.00"
    assert read[_CHANGE] == "-100000.00"


@pytest.mark.parametrize(
    "paragraph",
    [
        "本年收入520.00万元，全部为财政拨款收入500.00万元，比上年增加31.20万元。",
        "本年收入520.00万元，全部为一般公共预算拨款收入500.00万元，比上年增加31.20万元。",
        "本年收入520.00万元，均为一般公共预算拨款500.00万元，比上年增加31.20万元。",
    ],
)
def test_an_amount_said_to_be_all_of_the_total_that_differs_is_not_kept(paragraph):
    read = _read(paragraph)
    assert read == {"income_total": "5200000.00"}
    messages = _unparsed(paragraph)
    assert [message for message in messages if "500.00万元" in message and "differs" in message]
    # (the change after it is not read either: whose it is is not certain)
    assert [message for message in messages if "31.20万元" in message]


def test_an_amount_said_to_be_all_of_no_figure_is_not_kept():
    assert _read("全部为财政拨款收入520.00万元。") == {}
    assert [message for message in _unparsed("全部为财政拨款收入520.00万元。") if "520.00万元" in message]


@pytest.mark.parametrize(
    ("paragraph", "part"),
    [
        ("本年收入520.00万元，全部为财政拨款收入，比上年增加31.20万元。", "income_fiscal_appropriation"),
        ("本年收入520.00万元，均为一般公共预算拨款，比上年增加31.20万元。", "income_general_public_budget"),
    ],
)
def test_all_of_with_no_amount_keeps_its_reading(paragraph, part):
    read = _read(paragraph)
    assert read == {"income_total": "5200000.00", part: "5200000.00", _CHANGE: "312000.00"}
