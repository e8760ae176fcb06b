"""Kinds of figure read WRONG at first contact with a fresh set of documents (issue 20, fresh19).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative

HEADINGS = {
    "一": "一、单位基本情况",
    "二": "二、部门收支总体情况",
    "四": "四、“三公”经费情况说明",
}


def _figures(section: str, paragraphs: list[str]) -> dict[str, str]:
    lines = ["某省某县某镇人民政府", "2026年部门预算情况说明", HEADINGS[section], "", *paragraphs]
    result = parse_narrative(lines, None)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    read = {r["metric"] + (":" + r["function_code"] if r["function_code"] else ""): r["value"] for r in rows}
    assert len(read) == len(rows)
    return read


# --- kind 1: an actual (实有 / 在岗 / 在职) count is never an authorized (编制) count, even when
# 编制 is in its label ('编制内实有人数'), and a kind of 编制 inside the 实有 breakdown counts people
ACTUAL_IN_ESTABLISHMENT = [
    ("本单位编制内实有人数52人。", {"staff_actual": "52"}),
    ("全局编制内实有在职人员共31人。", {"staff_actual": "31"}),
    ("本院在岗编制职工为118人，退休人员20人。", {"staff_actual": "118", "staff_retired_regular": "20"}),
    ("该中心在职编制人员67人。", {"staff_actual": "67"}),
    ("学校事业编制人员90人，在岗编制教职工为84人。", {"staff_authorized_institution": "90", "staff_actual": "84"}),
    (
        "其中，编制内实有人数40人（行政人员15人，事业编制人员25人）。",
        # (the 行政人员 inside the bracket after the count are the 行政 staff in post, as after 其中)
        {"staff_actual": "40", "staff_actual_admin": "15", "staff_actual_institution": "25"},
    ),
    ("编制内实有人员58人（事业编制人员50人）。", {"staff_actual": "58", "staff_actual_institution": "50"}),
]


@pytest.mark.parametrize(("sentence", "expected"), ACTUAL_IN_ESTABLISHMENT)
def test_actual_staff_within_the_establishment_is_never_the_authorized_count(sentence, expected):
    read = _figures("一", [sentence])
    assert read == expected
    assert not any(metric.startswith("staff_authorized") and read[metric] != expected.get(metric) for metric in read)


def test_the_authorized_posts_of_staff_in_post_stay_authorized():
    # '在职职工编制数' counts posts (the label ends in 编制数), not people in post
    assert _figures("一", ["在职职工编制数240人。"]) == {"staff_authorized": "240"}


# --- kind 2: a 编制 label naming both 行政 and 事业 is the whole, not the 行政 part
WHOLE_OF_BOTH = [
    (
        "经核定，本镇行政及事业单位编制70名，其中，机关行政编制30名。",
        {"staff_authorized": "70", "staff_authorized_admin": "30"},
    ),
    ("全乡行政和事业编制共计56人。", {"staff_authorized": "56"}),
    ("我街道核定行政、事业编制64名，其中行政编制28名。", {"staff_authorized": "64", "staff_authorized_admin": "28"}),
]


@pytest.mark.parametrize(("sentence", "expected"), WHOLE_OF_BOTH)
def test_a_label_naming_both_admin_and_institution_is_the_whole_establishment(sentence, expected):
    assert _figures("一", [sentence]) == expected


# --- kind 3: 预算编制 is the preparation of the budget, not the establishment (编制)
@pytest.mark.parametrize(
    "sentence",
    [
        "我镇纳入部门预算编制96人。",
        "本单位纳入部门预算编 制 96 人。",
        "截至2025年12月（预算编制时间），纳入预算编制人员96人。",
    ],
)
def test_budget_preparation_is_no_establishment(sentence):
    assert not any(metric.startswith("staff_authorized") for metric in _figures("一", [sentence]))


# --- kind 4: a bare generic name (其他支出, the name of 类 229) in a list of items that are no 类
# is no 类; it is one in a sentence about the function classification
@pytest.mark.parametrize(
    "sentence",
    [
        "基本支出中医疗业务支出3210.55万元，管理费用640.20万元，其他支出88.10万元。",
        "本年支出中教学支出500万元，科研支出120万元，其他支出35万元。",
        "事业支出1200万元，经营支出80万元，其他支出12.5万元。",
    ],
)
def test_a_bare_other_spending_among_non_classification_items_is_no_category(sentence):
    assert "expenditure_category:229" not in _figures("二", [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "按支出功能分类，一般公共服务支出300万元，其他支出15万元。",
        "2026年支出预算中，教育支出100万元，其他支出5万元。",
        "其他支出（229类）15万元。",
    ],
)
def test_other_spending_about_the_function_classification_is_the_category(sentence):
    read = _figures("二", [sentence])
    assert read["expenditure_category:229"] in ("150000.00", "50000.00")


# --- kind 5: a label naming nothing inside a 三公 part's paragraph is not the document's total
@pytest.mark.parametrize(
    "paragraphs",
    [
        ["（一）因公出国（境）费", "2026年预算支出为0万元，本年度无出国计划。"],
        ["（一）因公出国费用。2026年预算支出为0万元，本年度计划无人员出国。"],
        ["（二）公务接待费。2026年预算安排6.5万元，比上年减少0.5万元。"],
        ["（三）公务用车购置及运行维护费", "2026年预算支出12万元，主要用于车辆燃油、维修。"],
    ],
)
def test_a_three_public_part_paragraph_states_no_document_total(paragraphs):
    read = _figures("四", paragraphs)
    assert "expenditure_total" not in read
    assert "expenditure_change_vs_prior_year" not in read


def test_a_generic_label_outside_a_three_public_part_is_still_the_total():
    assert _figures("二", ["2026年预算支出为820万元。"]) == {"expenditure_total": "8200000.00"}


def test_both_kinds_inside_a_count_of_the_staff_in_post_are_neither_kind_nor_the_establishment():
    read = _figures("一", ["实有人数30人（行政及事业编制人员28人，工勤人员2人）。"])
    assert read.get("staff_actual") == "30"
    assert not any(metric.startswith("staff_authorized") for metric in read)
    assert "staff_actual_admin" not in read and "staff_actual_institution" not in read
