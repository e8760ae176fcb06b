"""Outlines of disclosures from other regions (issue 20, kind 2): what an outline lists is no
table and no evidence of a cut; a text that states no amount is told apart from a layout not read.

Constructed texts in the shape of real page beginnings harvested from other provinces (names
made up).
"""

from __future__ import annotations

import pytest

from extract.completeness import narrative_cut_off
from extract.pipeline import process

# an outline with no 目录 line above it, whose last two table titles lost their numbers, the
# last one right above the next part heading (a county clinic's 2023 final accounts)
OUTLINE_WITHOUT_CONTENTS_LINE = """2023年度某县某乡卫生院部门决算

第一部分  单位概况
一、部门职责
二、机构设置
第二部分  2023年度部门决算表
一、收入支出决算总表
二、收入决算表
七、财政拨款“三公”经费支出决算表

政府性基金预算财政拨款收入支出决算表

国有资本经营预算财政拨款支出决算表

第三部分  2023年度部门决算情况说明
一、收入支出决算总体情况说明
第四部分  名词解释
第一部分  部门概况
一、部门职责
某县某乡卫生院是某县卫生健康局下属的事业单位。
二、收入支出决算总体情况说明
2023年度收入总计100.00万元，支出总计100.00万元。
"""


def test_outlines_table_titles_listed_above_a_part_heading_are_no_tables():
    out = process(OUTLINE_WITHOUT_CONTENTS_LINE.encode("utf-8"), "outline")
    codes = [p["code"] for p in out.rows.get("raw_problems", [])]
    assert "table_layout_unknown" not in codes
    assert out.document["table_count"] == "0"
    assert out.document["status"] == "ok", out.document["problems"]


# a page cut before its figures: title block, outline and duties, no amount anywhere
TITLE_AND_OUTLINE_ONLY = """某县乡村振兴局
2024年度部门决算情况说明
目 录
第一部分 部门概况
一、部门职责
二、机构设置
第二部分 2024年度部门决算表
一、收入支出决算总表
第三部分 2024年度部门决算情况说明
一、收入支出决算总体情况说明
第一部分 部门概况
一、部门职责
1、研究拟订全县乡村振兴中长期发展规划，编制年度工作计划，并组织实施。
2、负责全县乡村振兴项目的管理工作。
"""


def test_outlines_a_text_that_states_no_amount_is_not_an_unknown_layout():
    out = process(TITLE_AND_OUTLINE_ONLY.encode("utf-8"), "outline_only")
    assert out.document["unit_name"] == "某县乡村振兴局"
    assert out.document["status"] == "failed"
    (problem,) = out.rows["raw_problems"]
    assert problem["code"] == "no_amount_stated"
    assert "states no amount" in problem["message"]


def test_outlines_amounts_stated_but_not_read_stay_an_unknown_layout():
    # a sentence with an amount none of whose words the narrative knows: a layout not read
    text = TITLE_AND_OUTLINE_ONLY + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳1234.56\n"
    out = process(text.encode("utf-8"), "unread")
    codes = [p["code"] for p in out.rows["raw_problems"]]
    assert out.document["status"] == "failed"
    assert "unknown_layout" in codes and "no_amount_stated" not in codes


# --- the evidence of a cut: the last sentence of a narrative-only budget ------------------------

HEAD = ["某县某镇中心小学", "2024年单位预算情况说明", "一、单位收支总体情况"]


@pytest.mark.parametrize(
    "last",
    [
        "2024年一般公共预算财政拨款收入744.03万元，一般公共预算财政拨款支出744.03万元，比2023年增",
        "2025年一般公共预算财政拨款支出216.40万元，比2024年减少0.76万元。其中：基本",
    ],
    ids=["clause_before_its_amount", "list_opened_without_its_amount"],
)
def test_outlines_a_last_sentence_broken_off_is_evidence(last):
    (problem,) = narrative_cut_off([*HEAD, last], has_tables=False)
    assert problem.code == "narrative_cut_off" and problem.severity == "partial"
    assert problem.source_line == 4


@pytest.mark.parametrize(
    "last",
    [
        "2025年一般公共预算财政拨款支出216.40万元，比2024年减少0.76万元。其中：基本支出200.00万元",
        "2025年一般公共预算财政拨款支出216.40万元，比2024年减少0.76万元。",
        "联系电话：023-12345678",
    ],
    ids=["list_item_with_its_amount", "sentence_ended", "contact_line"],
)
def test_outlines_a_complete_last_line_is_no_evidence(last):
    assert narrative_cut_off([*HEAD, last], has_tables=False) == []
