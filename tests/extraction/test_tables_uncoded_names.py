"""Complete documents 'ok' and wrong is worse than missing (issue 20, kinds 9 and 10): a
function table that prints its 类/款/项 by name only, with 款 or 项 whose names the function-code
reference (seeds/reference/function_codes.csv) does not hold.

Every figure of such a table is read; only some codes cannot be told. The document's function
figures are then loaded at the finest level at which every row is coded — the 款 when only a 项
is unknown, the 类 when a 款 is — in every function table of the document, so the rows keep one
level and add up to the table's 合计 exactly, and the document stays 'ok' with one warning
per table (function_items_uncoded) naming the uncoded items. Nothing is guessed: a row whose
类 is no category name breaks the hierarchy, and the table is not loaded (today's
function_hierarchy_unclear, 'partial'). Tables constructed here (names and figures of our own);
amounts in 万元, rows in 元.
"""

from __future__ import annotations

from decimal import Decimal

from extract.pipeline import process

D = Decimal

HEAD = "杭州市西溪局\n2026年部门预算\n一、收支预算\n2026年部门支出预算300.00万元。\n\n"

GPB = "2026年部门一般公共预算支出预算表\n单位：万元\n科目名称\t合计\t基本支出\t项目支出\n"
DEPT = "2026年部门支出预算总表\n单位：万元\n科目名称\t合计\t基本支出\t项目支出\n"

# 公共安全支出 > 司法 > {行政运行, ITEM}; 社会保障和就业支出 > SECTION > {行政单位离退休, 机关事业单位基本养老保险缴费支出}
BODY = (
    "合计\t300.00\t220.00\t80.00\n"
    "公共安全支出\t200.00\t150.00\t50.00\n"
    "司法\t200.00\t150.00\t50.00\n"
    "行政运行\t150.00\t150.00\t\n"
    "{item}\t50.00\t\t50.00\n"
    "社会保障和就业支出\t100.00\t70.00\t30.00\n"
    "{section}\t100.00\t70.00\t30.00\n"
    "{item_a}\t70.00\t70.00\t\n"
    "{item_b}\t30.00\t\t30.00\n"
)
KNOWN = {
    "item": "其他司法支出",
    "section": "行政事业单位养老支出",
    "item_a": "行政单位离退休",
    "item_b": "机关事业单位基本养老保险缴费支出",
}


def _run(*tables: str):
    out = process((HEAD + "\n".join(tables)).encode("utf-8"), "test")
    return out.document, out.rows


def _table(title: str, **names: str) -> str:
    return title + BODY.format(**(KNOWN | names))


def _lines(rows, kind: str = "gpb_function") -> dict[tuple[str, str], Decimal]:
    out: dict[tuple[str, str], Decimal] = {}
    for r in rows.get("raw_function_lines", []):
        if r["table_kind"] == kind:
            assert (r["code"], r["measure"]) not in out
            out[(r["code"], r["measure"])] = D(r["amount_yuan"])
    return out


def _problems(rows, code: str) -> list[dict[str, str]]:
    return [p for p in rows.get("raw_problems", []) if p["code"] == code]


def _w(text: str) -> Decimal:
    return D(text) * 10000


def _sums_to_total(lines: dict[tuple[str, str], Decimal]) -> None:
    """The loaded rows of each measure add up exactly to the 合计 row's (no level twice)."""
    for measure in ("total", "basic", "project"):
        rows = sum((v for (code, m), v in lines.items() if code and m == measure), D(0))
        assert rows == lines[("", measure)], measure


#: the 合计 and 类 rows of BODY as loaded (元)
CATEGORIES = {
    ("", "total"): _w("300"),
    ("", "basic"): _w("220"),
    ("", "project"): _w("80"),
    ("204", "total"): _w("200"),
    ("204", "basic"): _w("150"),
    ("204", "project"): _w("50"),
    ("208", "total"): _w("100"),
    ("208", "basic"): _w("70"),
    ("208", "project"): _w("30"),
}


def test_kind9_all_names_known_load_at_the_item_level_as_before():
    document, rows = _run(_table(GPB))
    lines = _lines(rows)
    assert lines == CATEGORIES | {
        ("20406", "total"): _w("200"),
        ("20406", "basic"): _w("150"),
        ("20406", "project"): _w("50"),
        ("2040601", "total"): _w("150"),
        ("2040601", "basic"): _w("150"),
        ("2040699", "total"): _w("50"),
        ("2040699", "project"): _w("50"),
        ("20805", "total"): _w("100"),
        ("20805", "basic"): _w("70"),
        ("20805", "project"): _w("30"),
        ("2080501", "total"): _w("70"),
        ("2080501", "basic"): _w("70"),
        ("2080505", "total"): _w("30"),
        ("2080505", "project"): _w("30"),
    }
    assert not _problems(rows, "function_items_uncoded")
    assert document["status"] == "ok"


def test_kind9_one_item_unknown_loads_the_whole_document_at_the_section_level():
    # '社区矫正' is not in the reference under 司法: every 款 is coded, so the 款 is the level
    document, rows = _run(_table(GPB, item="社区矫正"))
    lines = _lines(rows)
    assert {code for code, _ in lines} == {"", "204", "20406", "208", "20805"}
    assert lines[("20406", "total")] == _w("200") and lines[("20406", "project")] == _w("50")
    assert lines[("20805", "basic")] == _w("70")
    _sums_to_total({(c, m): v for (c, m), v in lines.items() if len(c) != 3})  # the 款 and the 合计
    (problem,) = _problems(rows, "function_items_uncoded")
    assert problem["severity"] == "warning" and problem["table_kind"] == "gpb_function"
    assert "1 款/项" in problem["message"] and "项 公共安全支出 > 司法 > 社区矫正" in problem["message"]
    assert "loaded at the 款 level" in problem["message"]
    assert problem["source_line"] == "13"  # the row of 社区矫正
    assert document["status"] == "ok"


def test_kind9_an_unknown_section_loads_the_whole_document_at_the_category_level():
    # '某某事务' under 社会保障和就业支出 is no 款 the reference holds (nor, then, its 项): the 类
    document, rows = _run(_table(GPB, section="某某事务", item="社区矫正"))
    lines = _lines(rows)
    assert lines == CATEGORIES
    _sums_to_total(lines)
    (problem,) = _problems(rows, "function_items_uncoded")
    assert problem["message"].startswith("2026年部门一般公共预算支出预算表: 4 款/项 printed without a code")
    assert (
        "(项 公共安全支出 > 司法 > 社区矫正, 款 社会保障和就业支出 > 某某事务, "
        "项 社会保障和就业支出 > 某某事务 > 行政单位离退休 and 1 more)" in problem["message"]
    )
    assert "loaded at the 类 level" in problem["message"]
    assert not [p for p in rows["raw_problems"] if p["severity"] != "warning"]
    assert document["status"] == "ok"


def test_kind9_the_coarsest_table_sets_the_level_of_every_function_table():
    # the all-funds table codes every row, the 一般公共预算 one not a 款: both at the 类
    document, rows = _run(_table(GPB, section="某某事务"), _table(DEPT))
    for kind in ("gpb_function", "dept_expenditure"):
        lines = _lines(rows, kind)
        assert {code for code, _ in lines} == {"", "204", "208"}, kind
        _sums_to_total(lines)
    assert [p["table_kind"] for p in _problems(rows, "function_items_uncoded")] == ["gpb_function"]
    assert document["status"] == "ok"


CODED_FUND = (
    "2026年部门政府性基金预算支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
    "{category}"
    "2080501\t行政单位离退休\t10.00\t10.00\t\n"
    "\t合计\t10.00\t10.00\t\n"
)


def test_kind9_a_table_printing_codes_is_cut_to_the_same_level():
    document, rows = _run(
        _table(GPB, section="某某事务"), CODED_FUND.format(category="208\t社会保障和就业支出\t10.00\t10.00\t\n")
    )
    assert _lines(rows, "gov_fund") == {
        ("", "total"): _w("10"),
        ("", "basic"): _w("10"),
        ("208", "total"): _w("10"),
        ("208", "basic"): _w("10"),
    }
    assert document["status"] == "ok"


def test_kind10_a_coded_row_whose_category_row_is_not_printed_is_reported_not_summed():
    # the 政府性基金 table prints the 项 alone: at the 类 level it has no row to give (never a
    # 类 figure summed from its 项)
    document, rows = _run(_table(GPB, section="某某事务"), CODED_FUND.format(category=""))
    assert _lines(rows, "gov_fund") == {("", "total"): _w("10"), ("", "basic"): _w("10")}
    (problem,) = _problems(rows, "function_level_not_printed")
    assert problem["severity"] == "partial" and "no 类 row above 2080501" in problem["message"]
    assert document["status"] == "partial"


def test_kind10_a_row_whose_category_is_unknown_keeps_the_table_unloaded():
    # '某某支出' is no category name: the rows do not add up as 类 > 款 > 项, no code is told
    table = _table(GPB).replace("社会保障和就业支出\t", "某某支出\t")
    document, rows = _run(table)
    assert _lines(rows) == {("", "total"): _w("300"), ("", "basic"): _w("220"), ("", "project"): _w("80")}
    (problem,) = _problems(rows, "function_hierarchy_unclear")
    assert problem["severity"] == "partial"
    assert not _problems(rows, "function_items_uncoded")
    assert document["status"] == "partial"
