"""Kinds misread or left unread at first contact with the twenty-seventh held-out set.

A wrong figure is worse than a missing one, and an amount is always either read or reported.
Each kind is tested with constructed sentences in several wordings (none of them a document's
text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from tests.narrative_figures import accepted_figures, budget_figures, budget_unparsed

_UNIT = "某县某局"


def _final(*paragraphs: str, unit: str = _UNIT) -> tuple[dict[str, str], list[str]]:
    """The kept figures and unparsed-figure messages of ``paragraphs`` as a 2025 决算's narrative."""
    lines = [unit, "2025年度部门决算", "一、部门决算情况说明", "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year="2025", unit_name=unit, final_accounts=True)
    return accepted_figures(result), [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


def _reported(messages: list[str], amount: str) -> bool:
    return any(f"figure: {amount} in" in message for message in messages)


# --- kind 1: the people the budget funds, split 其中 into those in post and the retired: the total
# holds the retired, the staff in post by the project's convention; its 在职 part is left unread
@pytest.mark.parametrize(
    ("sentence", "expected", "in_post"),
    [
        ("财政供养人数15名，其中在职11名、离退休人数4名。", {"staff_actual": "15", "staff_retired": "4"}, "11名"),
        ("财政供给人员23人，其中在职16人，退休人员7人。", {"staff_actual": "23", "staff_retired_regular": "7"}, "16人"),
        ("供养人员19人，其中：在职人员13人，退休6人。", {"staff_actual": "19", "staff_retired_regular": "6"}, "13人"),
        (
            "财政供给人数31人，其中在职25人、离休1人、退休5人。",
            {"staff_actual": "31", "staff_retired_veteran": "1", "staff_retired_regular": "5"},
            "25人",
        ),
    ],
)
def test_a_funded_people_total_split_into_in_post_and_retired_is_the_staff(sentence, expected, in_post):
    assert budget_figures(sentence) == expected
    # the 在职 part is a part of the total, reported
    assert _reported(budget_unparsed(sentence), in_post), budget_unparsed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "财政供养人员20人。",  # alone: whether it holds the retired is not said
        "财政供养人数20人，其中在职14人。",  # no retired part
    ],
)
def test_a_funded_people_total_not_split_with_the_retired_stays_unread(sentence):
    assert "staff_actual" not in budget_figures(sentence)
    assert _reported(budget_unparsed(sentence), "20人"), budget_unparsed(sentence)


# --- kind 2: a funded 事业编制 listed alone after 其中 / 包括, adding up to the whole, is the 事业编制
@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        ("人员编制总数 26 名，其中：全额事业编制 26 名。", "26"),
        ("编制数30名，其中全额事业编制30名。", "30"),
        ("核定编制17个，包括全部补助事业编制17个。", "17"),
    ],
)
def test_a_single_funded_institution_part_adding_up_to_the_whole_is_read(sentence, posts):
    assert budget_figures(sentence) == {"staff_authorized": posts, "staff_authorized_institution": posts}


@pytest.mark.parametrize(
    ("sentence", "whole", "part"),
    [
        ("人员编制总数 26 名，其中：全额事业编制 18 名。", "26", "18 名"),  # leaves room for other kinds
        ("编制数30名，其中全额事业编制20名，差额事业编制10名。", "30", "20名"),  # beside another funding kind
    ],
)
def test_a_funded_institution_part_short_of_the_whole_stays_unread(sentence, whole, part):
    assert budget_figures(sentence) == {"staff_authorized": whole}
    assert _reported(budget_unparsed(sentence), part), budget_unparsed(sentence)


def test_a_count_after_the_single_funded_part_is_the_whole():
    # the bare 实有 after a kind listed under the whole 编制 (and a mark) is the whole's, as after a list
    # of kinds (metric_wording.csv rules -8, 66, 90)
    sentence = "编制数30名，其中全额事业编制30名，实有28人。"
    assert budget_figures(sentence) == {
        "staff_authorized": "30",
        "staff_authorized_institution": "30",
        "staff_actual": "28",
    }


# --- kind 3: a count label before a colon, then a bracket restating its kind, is that count
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("（2）退休人数：（全额退休人员）5人", {"staff_retired_regular": "5"}),
        ("退休人数：7人", {"staff_retired_regular": "7"}),
        ("离休人数：（全额离休人员）2人", {"staff_retired_veteran": "2"}),
        ("3.退休人员：（退休人员）9人。", {"staff_retired_regular": "9"}),
    ],
)
def test_a_bracket_restating_the_retired_kind_after_a_colon_is_that_count(sentence, expected):
    assert budget_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("离退休人数：（全额退休人员）5人", "5人"),  # the bracket names another kind
        ("退休人数：（差额退休人员）7人", "7人"),  # a part by funding
        ("退休人数：（全额退休人员）5人、（全额离休人员）2人", "5人"),  # one part of several
        ("退休人数：（全额退休人员）5人；差额退休人员2人。", "5人"),  # another funding in the paragraph
        ("（1）在职人数：（全额在职人员）20人", "20人"),  # the staff in post: one funding's part?
    ],
)
def test_a_bracket_not_restating_the_whole_count_stays_unread(sentence, amount):
    assert budget_figures(sentence) == {}
    assert _reported(budget_unparsed(sentence), amount), budget_unparsed(sentence)


# --- kind 4: a comparison naming the prior year's budget of the same subject (year with or
# without 年, 单位 before 预算) is the change of that subject; another subject named: unread
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "收入预算612.30万元，比2024单位预算收入减少45.20万元，减少6.9%。",
            {"income_total": "6123000.00", "income_change_vs_prior_year": "-452000.00"},
        ),
        (
            "收入预算600万元，比2024预算收入增加50万元。",
            {"income_total": "6000000.00", "income_change_vs_prior_year": "500000.00"},
        ),
        (
            "支出预算500万元，比2024年预算支出减少20万元。",
            {"expenditure_total": "5000000.00", "expenditure_change_vs_prior_year": "-200000.00"},
        ),
        (
            "支出预算500万元，较2024年单位预算支出减少20万元。",
            {"expenditure_total": "5000000.00", "expenditure_change_vs_prior_year": "-200000.00"},
        ),
    ],
)
def test_a_change_against_the_prior_budget_of_the_same_subject(sentence, expected):
    assert budget_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "whole", "change"),
    [
        ("收入预算500万元，比2024年预算支出减少20万元。", {"income_total": "5000000.00"}, "20万元"),
        ("收入预算500万元，比上年预算支出减少20万元。", {"income_total": "5000000.00"}, "20万元"),
        ("支出预算500万元，比2024预算收入减少20万元。", {"expenditure_total": "5000000.00"}, "20万元"),
        ("收入预算500万元，比2023单位预算收入减少20万元。", {"income_total": "5000000.00"}, "20万元"),
    ],
)
def test_a_change_against_another_subject_or_year_stays_unread(sentence, whole, change):
    assert budget_figures(sentence) == whole
    assert _reported(budget_unparsed(sentence), change), budget_unparsed(sentence)


# --- kind 5: the document's year printed without 年 right before the unit's own name
@pytest.mark.parametrize(
    ("sentence", "unit", "expected"),
    [
        ("2025某区文化和体育局支出预算612.30万元。", "某区文化和体育局", {"expenditure_total": "6123000.00"}),
        ("2025某县卫生健康委员会收入预算300万元。", "某县卫生健康委员会", {"income_total": "3000000.00"}),
        ("2025 某县某局收入预算300万元。", "某县某局", {"income_total": "3000000.00"}),
    ],
)
def test_a_bare_year_before_the_own_name_opens_the_years_statement(sentence, unit, expected):
    assert budget_figures(sentence, unit=unit) == expected


@pytest.mark.parametrize(
    ("sentence", "unit", "amount"),
    [
        ("2024某区文化和体育局支出预算612.30万元。", "某区文化和体育局", "612.30万元"),
        ("2024某县卫生健康委员会收入预算300万元。", "某县卫生健康委员会", "300万元"),
    ],
)
def test_another_bare_year_before_the_own_name_is_not_the_years_figure(sentence, unit, amount):
    assert budget_figures(sentence, unit=unit) == {}
    messages = budget_unparsed(sentence, unit=unit)
    assert _reported(messages, amount) and any("2024年" in message for message in messages), messages


# --- kind 6 (决算): '较上年比较' / '与上年比较' / '比较上年' before 收、支总计 compares as '与上年相比'
_TOTALS = "2025年度收入总计1512.40万元，支出总计1512.40万元。"


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("较上年比较收、支总计增加318.25万元，增长26.7%。", "3182500.00"),
        ("与上年比较，收、支总计增加318.25万元。", "3182500.00"),
        ("与上年比较收、支总计减少31.82万元。", "-318200.00"),
        ("比较上年收、支总计增加318.25万元。", "3182500.00"),
        ("与上年相比，收、支总计增加318.25万元，增长26.7%。", "3182500.00"),
    ],
)
def test_a_comparison_lead_before_the_joint_totals_gives_their_change(sentence, change):
    figures, _ = _final(_TOTALS + sentence)
    assert figures == {"grand_total": "15124000.00", "grand_total_change_vs_prior_year": change}


@pytest.mark.parametrize(
    "sentence",
    [
        "较2023年比较收、支总计增加318.25万元。",  # another year than the prior one
        "收、支总计增加318.25万元。",  # no comparison: from what is not said
    ],
)
def test_a_joint_totals_change_without_the_prior_year_stays_unread(sentence):
    figures, messages = _final(_TOTALS + sentence)
    assert figures == {"grand_total": "15124000.00"}
    assert _reported(messages, "318.25万元"), messages
