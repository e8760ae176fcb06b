"""Issue 20, kind 9 (fresh-user trial, session 22): the standard 决算 基本支出 table prints its 人员经费
and 公用经费 side by side, each block under its kind ('人员经费 | | | 公用经费 | |' over 'code | name |
决算数' twice). Each block's amounts are of its kind: fact_expenditure_economic's personnel / public-use
columns were null for every row of such a table, and the block totals ('人员经费合计') were compared
with nothing."""

from __future__ import annotations

import pytest

from extract.pipeline import process

_HEAD = ["某县卫生健康委员会", "2024年度部门决算", "", "表6  一般公共预算财政拨款基本支出决算表", "单位：万元"]
_ROWS = [
    "301\t工资福利支出\t2560.42\t302\t商品和服务支出\t326.80",
    "30101\t基本工资\t820.40\t30201\t办公费\t68.30",
    "303\t对个人和家庭的补助\t58.20\t30299\t其他商品和服务支出\t258.50",
    "30302\t退休费\t58.20\t\t\t",
    "人员经费合计\t\t2618.62\t公用经费合计\t\t326.80",
    "",
]
_BLOCKS_OVER_THE_COLUMNS = ["人员经费\t\t\t公用经费\t\t", "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数"]
_BLOCKS_HEADING_THE_NAMES = ["科目编码\t人员经费\t决算数\t科目编码\t公用经费\t决算数"]


@pytest.mark.parametrize("header", [_BLOCKS_OVER_THE_COLUMNS, _BLOCKS_HEADING_THE_NAMES])
def test_each_block_of_a_final_accounts_basic_table_is_of_its_kind(header) -> None:
    out = process("\n".join([*_HEAD, *header, *_ROWS]).encode(), "a")
    assert out.document["status"] == "ok", out.document["problems"]
    got = {(r["code"], r["measure"], r["amount_yuan"]) for r in out.rows["raw_economic_lines"]}
    assert got == {
        ("301", "personnel", "25604200.00"),
        ("30101", "personnel", "8204000.00"),
        ("303", "personnel", "582000.00"),
        ("30302", "personnel", "582000.00"),
        ("", "personnel", "26186200.00"),
        ("302", "public", "3268000.00"),
        ("30201", "public", "683000.00"),
        ("30299", "public", "2585000.00"),
        ("", "public", "3268000.00"),
    }


def test_blocks_of_one_kind_each_are_not_read_as_their_kind() -> None:
    # two blocks whose headers name no kind of 基本支出 (工资福利 | 商品和服务 side by side): whole amounts
    header = ["科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数"]
    out = process("\n".join([*_HEAD, *header, *_ROWS[:4], ""]).encode(), "a")
    assert {r["measure"] for r in out.rows["raw_economic_lines"]} == {"total"}
