"""Issue 20, kinds 1 and 2 (held-out set 88, 'partial' at first contact): an annex's table numbered
in Chinese numerals right before the year of its title ('附表一  2026年部门收支总表') is a title; before,
'附表一2026年…' was no numbered title, every table of the document was `table_not_read`."""

from __future__ import annotations

import pytest

from extract.pipeline import process
from extract.tables.titles import _candidate

_TABLE = [
    "编制单位：厦门市湖里区市场监督管理局\t\t\t单位：万元",
    "科目编码\t科目名称\t合计\t基本支出\t项目支出",
    "\t合计\t4,814.33\t3,657.48\t1,156.85",
    "201\t一般公共服务支出\t4,814.33\t3,657.48\t1,156.85",
    "20138\t市场监督管理事务\t4,814.33\t3,657.48\t1,156.85",
    "2013801\t行政运行\t3,657.48\t3,657.48\t",
    "2013804\t市场主体管理\t1,156.85\t\t1,156.85",
]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("附表一  2026年部门支出总表", "表一：2026年部门支出总表"),
        ("附表一2026年部门支出总表", "表一：2026年部门支出总表"),
        ("附表1  2026年部门支出总表", "表1：2026年部门支出总表"),
        ("附表1：部门支出总表", "表1：部门支出总表"),
        ("附表三、部门支出总表", "表三：部门支出总表"),
    ],
)
def test_an_annex_number_before_the_year_numbers_the_title(line, title):
    assert _candidate(line) == title


@pytest.mark.parametrize("line", ["附表12026年部门支出总表", "附表1", "附表：", "附表：某局2026年部门预算公开表"])
def test_no_number_one_can_tell_is_no_title(line):
    # ('附表12026年…': table 1 of 2026, or table 12 of 026? never guessed)
    assert _candidate(line) == ""


@pytest.mark.parametrize("title", ["附表三  2026年部门支出总表", "附表三2026年部门支出总表"])
def test_the_table_under_such_a_title_is_read(title):
    text = "\n".join(["厦门市湖里区市场监督管理局2026年部门预算", "", title, *_TABLE, ""]).encode()
    out = process(text, "a")
    assert out.document["status"] == "ok", out.document["problems"]
    got = {(r["code"], r["amount_yuan"]) for r in out.rows["raw_function_lines"]}
    assert ("2013804", "11568500.00") in got
