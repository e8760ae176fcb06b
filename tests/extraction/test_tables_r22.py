"""Issue 20, kinds 1 and 2 (held-out set 80, left 'partial' in session 21): a table's title numbered
after a word of the set's name with its unit in brackets ('公开表1  部门收支总表（单位：万元）') is a
title, never a header line of the space-aligned table under it (before: the title was taken as the
header's first line, 'a header of 2 lines (merged cells) cannot be placed', and the table's figures
were not read)."""

from __future__ import annotations

from extract.pipeline import process
from extract.readers.aligned import tabulate_aligned

_SUMMARY = [
    "公开表1  部门收支总表（单位：万元）",
    "收入项目                        金额          支出项目                              金额",
    "一般公共预算拨款收入            8569.78       一般公共服务支出                      0.00",
    "政府性基金预算拨款收入          29110.00      社会保障和就业支出                    905.33",
    "单位资金                        36.00         城乡社区支出                          29110.00",
    "                                              住房保障支出                          7700.45",
    "本年收入合计                    37715.78      本年支出合计                          37715.78",
    "上年结转                        0.00          结转下年                              0.00",
    "收入总计                        37715.78      支出总计                              37715.78",
]


def test_a_numbered_title_with_its_unit_in_brackets_is_no_header_line() -> None:
    lines, problems = tabulate_aligned(["", *_SUMMARY])
    assert problems == []
    assert lines[1] == _SUMMARY[0]
    assert lines[2].split("\t") == ["收入项目", "金额", "支出项目", "金额"]
    assert lines[6].split("\t") == ["", "", "住房保障支出", "7700.45"]


def test_the_summary_under_such_a_title_is_read() -> None:
    text = "\n".join(["某市自然资源局", "2025年部门预算", "", *_SUMMARY, ""]).encode()
    out = process(text, "a")
    assert out.document["status"] == "ok", out.document["problems"]
    got = {(r["item_text"], r["amount_yuan"]) for r in out.rows["raw_summary_items"]}
    assert ("政府性基金预算拨款收入", "291100000.00") in got
    assert ("住房保障支出", "77004500.00") in got
    assert ("支出总计", "377157800.00") in got
