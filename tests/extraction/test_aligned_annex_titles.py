"""Issue 20, kinds 1 and 2 (held-out set 72, first contact): the tables after a 决算's or a budget's
narrative, typed aligned with runs of spaces, under headings whose words are two spaces apart
('第五部分  附表', '表1  收入支出决算总表') or numbered as an annex's ('附表1  收入支出决算总表'), and
titles named by what the table shows ('收支总体情况表', '政府采购预算表').

Before: the headings and every title were taken for rows of one aligned block running over all the
tables ('aligned_header_unclear', nothing read, 'partial'); a title after '附表N' was never a title
('table_not_read'); the two titles were of no known kind ('table kind not recognised')."""

from __future__ import annotations

import pytest

from extract.pipeline import process
from extract.readers.aligned import tabulate_aligned
from extract.tables.titles import find_titles, kind_of

_HEAD = [
    "某市测试卫生健康局",
    "2023年度部门决算",
    "一、收入支出决算总体情况说明",
    "2023年度收入总计1,985.05万元，支出总计1,985.05万元。",
    "",
    "第四部分  附件（略）",
    "",
    "第五部分  附表",
    "",
]
_SUMMARY = [
    "单位：万元",
    "收入                                   决算数          支出                             决算数",
    "一、一般公共预算财政拨款收入           1,481.06        一、社会保障和就业支出             118.42",
    "二、事业收入                             295.64        二、卫生健康支出                 1,623.15",
    "六、其他收入                              45.54",
    "本年收入合计                           1,822.24        本年支出合计                     1,741.57",
    "年初结转和结余                           162.81        年末结转和结余                     243.48",
    "总计                                   1,985.05        总计                             1,985.05",
]


def _summary_rows(title: str) -> tuple[str, list[tuple[str, str, str]]]:
    text = "\n".join([*_HEAD, title, *_SUMMARY]) + "\n"
    out = process(text.encode(), "a")
    rows = [(r["side"], r["item_key"], r["amount_yuan"]) for r in out.rows.get("raw_summary_items", [])]
    return out.document["status"], rows


def test_headings_with_two_spaces_between_their_words_are_not_rows_of_the_table_under_them() -> None:
    lines, problems = tabulate_aligned([*_HEAD, "表1  收入支出决算总表", *_SUMMARY])
    assert problems == []
    assert lines[5] == "第四部分  附件（略）" and lines[9] == "表1  收入支出决算总表"  # left as printed
    assert lines[11].split("\t")[:2] == ["收入", "决算数"]


def test_the_table_under_them_is_read() -> None:
    status, rows = _summary_rows("表1  收入支出决算总表")
    assert status == "ok"
    assert ("income", "general_public_budget", "14810600.00") in rows
    assert ("income", "total", "19850500.00") in rows
    assert ("expenditure", "current_year_total", "17415700.00") in rows
    assert ("expenditure", "carryover_next_year", "2434800.00") in rows


def test_a_title_numbered_as_an_annex_table_is_a_title() -> None:
    status, rows = _summary_rows("附表1  收入支出决算总表")
    assert status == "ok" and ("income", "total", "19850500.00") in rows
    assert (status, rows) == _summary_rows("表1  收入支出决算总表")
    assert _summary_rows("附表一：收入支出决算总表")[0] == "ok"
    # a bare annex mark, or an annex list, titles nothing
    assert find_titles(["附表1", "附表：收入支出决算总表、收入决算表"]) == []


def test_titles_named_by_what_the_table_shows() -> None:
    assert kind_of("收支总体情况表") == "dept_summary"
    assert kind_of("财政拨款收支总体情况表") == "fiscal_summary"
    assert kind_of("表4政府采购预算表") == "procurement"


def test_the_summary_named_without_zong_is_the_summary() -> None:
    # held-out set 73: '收入支出决算表' is the 收入支出决算总表 (before: read as a 支出决算表, its sides
    # taken for 类 rows, 'partial')
    assert kind_of("收入支出决算表") == "fa_summary"
    assert kind_of("支出决算表") == "fa_expenditure"
    assert kind_of("政府性基金预算财政拨款收入支出决算表") == "gov_fund"


@pytest.mark.parametrize(
    "body",
    [
        "本单位2025年无政府性基金预算支出，此表无数据。",
        "本部门无政府性基金预算支出。",
        "（本部门无国有资本经营预算财政拨款支出，此表为空。）",
    ],
)
def test_a_last_table_said_empty_in_a_sentence_is_empty_not_cut(body: str) -> None:
    # held-out set 73: the last table of the file, its body one sentence saying the unit has none of
    # it (before: 'partial', "the table ends without its rows at the end of the file")
    text = "\n".join(
        [
            "某省地质调查院",
            "2025年单位预算",
            "一、收支预算总体情况",
            "2025年收入预算1,000.00万元，支出预算1,000.00万元。",
            "表3 “三公”经费预算表",
            "单位：万元",
            "合计\t因公出国（境）费\t公务接待费\t公务用车购置费\t公务用车运行维护费",
            "41.50\t6.00\t2.50\t0.00\t33.00",
            "表4 政府性基金预算支出表",
            "单位：万元",
            body,
        ]
    )
    out = process((text + "\n").encode(), "e")
    assert out.document["status"] == "ok", out.document["problems"]
    table = out.rows["raw_tables"][-1]
    assert (table["table_kind"], table["is_empty"]) == ("gov_fund", "true")
