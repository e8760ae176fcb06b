"""Issue 20, kind 2 (held-out set 70, first contact): a 收入支出决算总表 copied from a web page with its
two sides printed one under the other ('收入项目　决算数' and its rows, then '支出项目　决算数' and its
rows; cells apart by a full-width space). Before: the document was 'partial' (table layout not read);
typed with tabs, the table was read with no figure and no problem. The income side's 总计 and the
expenditure side's, of one amount, are two rows (the second was dropped as a page's repeated total)."""

from __future__ import annotations

from extract.pipeline import process
from extract.readers.page_text import tabulate_stacked_sides

_TABLE = [
    "收入支出决算总表",
    "公开01表　单位：元",
    "收入项目　决算数",
    "一、一般公共预算财政拨款收入　15862437.52",
    "二、政府性基金预算财政拨款收入　860000.00",
    "本年收入合计　16722437.52",
    "年初结转和结余　324518.30",
    "总计　17046955.82",
    "支出项目　决算数",
    "本年支出合计　16828205.46",
    "年末结转和结余　218750.36",
    "总计　17046955.82",
]


def _summary(lines: list[str]) -> tuple[str, list[tuple[str, str, str]]]:
    text = "\n".join(
        ["某县某街道办事处2023年度部门决算", "", "一、部门决算情况说明", "2023年度收入总计1,704.70万元。", "", *lines]
    )
    out = process((text + "\n").encode(), "s")
    rows = [(r["side"], r["item_key"], r["amount_yuan"]) for r in out.rows.get("raw_summary_items", [])]
    return out.document["status"], rows


def test_a_summary_printed_one_side_under_the_other_is_read_side_by_side() -> None:
    status, rows = _summary(_TABLE)
    assert status == "ok"
    assert rows == [
        ("income", "general_public_budget", "15862437.52"),
        ("income", "government_fund", "860000.00"),
        ("income", "current_year_total", "16722437.52"),
        ("income", "carryover_total", "324518.30"),
        ("income", "total", "17046955.82"),
        ("expenditure", "current_year_total", "16828205.46"),
        ("expenditure", "carryover_next_year", "218750.36"),
        ("expenditure", "total", "17046955.82"),
    ]


def test_the_same_with_tabs_between_the_cells() -> None:
    assert _summary([line.replace("　", "\t") for line in _TABLE]) == _summary(_TABLE)


def test_a_block_without_both_sides_is_left_as_printed() -> None:
    lines = ["收入项目 决算数", "本年收入合计 100.00", "总计 100.00", "其他说明文字"]
    assert tabulate_stacked_sides(lines) == tuple(lines)


def test_a_summary_whose_figures_are_printed_but_none_read_is_partial() -> None:
    # ('支出说明' is no side's header: the block stays as printed, its amount column not told apart)
    lines = [line.replace("　", "\t") for line in _TABLE]
    lines[8] = "支出说明\t决算数"
    status, rows = _summary(lines)
    assert (status, rows) == ("partial", [])
