"""Function-classification codes printed the way publishers print them.

A function table prints its code in three ways besides one 7-digit cell: in 类 | 款 | 项
columns with every row repeating its parents (p08, a web page); in those columns with a row
printing only its own level's part and the parent on a row above (p04, plain text: the 类 row
'212', the 款 row '08', the 项 rows '03', '99'); with the 类 and 款 cells merged over the rows
below (p23, a spreadsheet: the merged value stands in the first cell of its range only; Word
and web tables the same). Or the code stands in the name's cell: '[2010601]行政运行' (p19).
Each is read by structure: the column a part stands in says its level, its parents are those
of the rows above it in the table; a part with no parent above it is never guessed (a
'partial' problem code_parent_not_printed, no figure).

The four documents in tests/fixtures/tables/trial5/ are a new user's trial inputs (made up,
their expected figures written before they were run); amounts in 元.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from extract.code_parts import CodeParts, is_unparented
from extract.document import merge_code_columns
from extract.pipeline import process

TRIAL = Path(__file__).resolve().parents[1] / "fixtures" / "tables" / "trial5"
D = Decimal


def parsed(data: bytes):
    out = process(data, "t")
    return out.document, out.rows


def trial(prefix: str):
    (path,) = TRIAL.glob(f"{prefix}_*")
    return parsed(path.read_bytes())


def figures(rows, kind: str = "") -> dict[tuple[str, str], Decimal]:
    """(code, measure) -> amount of the function rows (of tables of ``kind`` when given), zero and
    total rows left out; a (code, measure) given twice by one table fails."""
    out: dict[tuple[str, str], Decimal] = {}
    for row in rows.get("raw_function_lines", []):
        if not row["code"] or (kind and row["table_kind"] != kind) or row["measure"] == "total":
            continue
        key = (row["code"], row["measure"])
        assert key not in out, f"{key} twice"
        out[key] = D(row["amount_yuan"])
    return out


def leaves(rows, kind: str = "") -> dict[tuple[str, str], Decimal]:
    """The finest rows: those no other code of the rows lies below (as fact_expenditure keeps)."""
    got = figures(rows, kind)
    codes = {code for code, _ in got}
    return {(code, m): v for (code, m), v in got.items() if not any(o != code and o.startswith(code) for o in codes)}


def problem_codes(rows) -> list[str]:
    return [p["code"] for p in rows.get("raw_problems", [])]


# --- the trial documents -------------------------------------------------------------------


def test_p04_parent_code_on_the_row_above_gives_every_item():
    document, rows = trial("p04")
    assert document["status"] == "ok"
    assert leaves(rows, "gpb_function") == {
        ("2010301", "basic"): D("5600000.00"),
        ("2010302", "project"): D("1400000.00"),
        ("2080505", "basic"): D("964000.00"),
        ("2080899", "project"): D("500000.00"),
        ("2120199", "project"): D("1800000.00"),
        ("2210201", "basic"): D("600000.00"),
    }
    assert leaves(rows, "gov_fund") == {("2120899", "project"): D("1200000.00")}
    # the 款 rows are read too ('' '03' '' under 201 is 20103), and nothing is called misprinted
    assert figures(rows, "gpb_function")[("20103", "basic")] == D("5600000.00")
    assert figures(rows, "gpb_function")[("20808", "project")] == D("500000.00")
    assert not {"code_misprinted", "code_parent_not_printed", "row_unreadable"} & set(problem_codes(rows))


def test_p08_web_page_repeating_parent_codes_stays_right():
    document, rows = trial("p08")
    assert document["status"] == "ok"
    assert leaves(rows, "gpb_function") == {
        ("2010801", "basic"): D("7000000.00"),
        ("2010804", "project"): D("2000000.00"),
        ("2080505", "basic"): D("800000.00"),
        ("2210201", "basic"): D("600000.00"),
    }


def test_p19_code_in_brackets_inside_the_name_cell():
    document, rows = trial("p19")
    assert document["status"] == "ok"
    assert leaves(rows, "gpb_function") == {
        ("2010601", "basic"): D("8000000.00"),
        ("2010602", "project"): D("4000000.00"),
        ("2080505", "basic"): D("900000.00"),
        ("2210201", "basic"): D("600000.00"),
    }
    lines = {r["code"]: r for r in rows["raw_function_lines"]}
    assert lines["2010601"]["name_text"] == "行政运行"
    assert lines["2010601"]["source_text"] == "[2010601]行政运行\t800.00\t800.00"
    # the 合计 row is the table's total, not a name
    totals = {r["measure"]: D(r["amount_yuan"]) for r in rows["raw_function_lines"] if r["code"] == ""}
    assert totals == {"total": D("13500000.00"), "basic": D("9500000.00"), "project": D("4000000.00")}
    assert "row_unreadable" not in problem_codes(rows)


def test_p23_spreadsheet_merged_lei_kuan_cells_give_the_item_below():
    document, rows = trial("p23")
    assert document["status"] == "ok"
    assert leaves(rows, "gpb_function") == {
        ("2080505", "basic"): D("400000.00"),
        ("2130301", "basic"): D("3000000.00"),
        ("2130306", "project"): D("5000000.00"),
        ("2210201", "basic"): D("300000.00"),
    }
    assert "row_unreadable" not in problem_codes(rows)


# --- the rule, on our own variants -----------------------------------------------------------

HEAD = "某县测试局\n2025年部门预算\n一、一般公共预算支出预算表\n单位：万元\n"


def text_table(body: str) -> bytes:
    return (HEAD + body).encode("utf-8")


def test_item_part_without_its_kuan_above_is_a_problem_not_a_guess():
    # the 项 '01' under 208 has no 款 printed above it in the table: not guessed, no figure;
    # the rows around it are read
    body = (
        "科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出\n"
        "类\t款\t项\t\t\t\t\n"
        "\t\t\t合计\t130.00\t130.00\t\n"
        "201\t\t\t一般公共服务支出\t100.00\t100.00\t\n"
        "\t03\t\t政府办公厅（室）及相关机构事务\t100.00\t100.00\t\n"
        "\t\t01\t行政运行\t100.00\t100.00\t\n"
        "208\t\t\t社会保障和就业支出\t30.00\t30.00\t\n"
        "\t\t05\t机关事业单位基本养老保险缴费支出\t30.00\t30.00\t\n"
    )
    document, rows = parsed(text_table(body))
    assert document["status"] == "partial"
    got = figures(rows)
    assert got[("2010301", "basic")] == D("1000000.00")
    assert got[("208", "basic")] == D("300000.00")
    assert not any(code.startswith("208") and code != "208" for code, _ in got)
    (problem,) = [p for p in rows["raw_problems"] if p["code"] == "code_parent_not_printed"]
    assert problem["severity"] == "partial"
    assert "'05'" in problem["message"] and "机关事业单位基本养老保险缴费支出" in problem["message"]


P04_KUAN_ROW = "\t08\t\t抚恤\t50.00\t\t50.00\n"


def test_p04_without_a_kuan_row_its_item_is_not_put_under_the_kuan_above():
    # the source leaves out the 款 row '08 抚恤': its 项 '99' follows the 项 of 款 05, whose
    # 96.40 its rows already add up to; '99' is not 2080599 (a wrong code), it is not read
    (path,) = TRIAL.glob("p04_*")
    text = path.read_text(encoding="utf-8")
    assert P04_KUAN_ROW in text
    document, rows = parsed(text.replace(P04_KUAN_ROW, "").encode("utf-8"))
    assert document["status"] == "partial"
    got = leaves(rows, "gpb_function")
    assert not any(code.startswith("20808") or code == "2080599" for code, _ in got)
    assert got[("2080505", "basic")] == D("964000.00")
    (problem,) = [p for p in rows["raw_problems"] if p["code"] == "code_parent_not_printed"]
    assert "'99'" in problem["message"] and "其他优抚支出" in problem["message"]


def test_a_kuan_part_in_a_one_column_code_table_is_not_guessed():
    # codes printed as their own level's part in ONE column: the level is not told, no guess
    body = (
        "科目编码\t科目名称\t合计\n"
        "\t合计\t100.00\n"
        "201\t一般公共服务支出\t100.00\n"
        "03\t政府办公厅（室）及相关机构事务\t100.00\n"
    )
    _, rows = parsed(text_table(body))
    assert "code_parent_not_printed" in problem_codes(rows)
    assert {code for code, _ in figures(rows)} <= {"201"}


@pytest.mark.parametrize(
    "cell",
    [
        "[2010601]行政运行",
        "【2010601】行政运行",
        "（2010601）行政运行",
        "(2010601)行政运行",
        "2010601 行政运行",
        "2010601行政运行",
    ],
)
def test_code_printed_in_the_name_cell(cell: str):
    body = (
        "功能分类科目\t合计\t基本支出\t项目支出\n"
        "合计\t80.00\t80.00\t\n"
        f"{cell.replace('2010601', '201').replace('行政运行', '一般公共服务支出')}\t80.00\t80.00\t\n"
        f"{cell}\t80.00\t80.00\t\n"
    )
    document, rows = parsed(text_table(body))
    assert document["status"] == "ok", rows.get("raw_problems")
    assert leaves(rows) == {("2010601", "basic"): D("800000.00")}


def test_code_parts_join_by_the_rows_above():
    parts = CodeParts()
    assert parts.join(["201", "", ""]) == "201"
    assert parts.join(["", "03", ""]) == "20103"
    assert parts.join(["", "", "01"]) == "2010301"
    assert parts.join(["", "", "02"]) == "2010302"
    # a merged 类 over a row that prints its 款 and 项: the 类 from above
    assert parts.join(["", "05", "01"]) == "2010501"
    # a row printing its 类 and 项 with the 款 merged from above: only under the same 类
    assert parts.join(["201", "", "03"]) == "2010503"
    assert parts.join(["208", "", "05"]) == "208 05"
    # every part printed; a one-digit economic 款 padded
    assert parts.join(["208", "05", "05"]) == "2080505"
    assert CodeParts().join(["301", "2"]) == "30102"
    # a 项 without a 款 above it, a 款 without a 类: kept as printed, never a code
    fresh = CodeParts()
    assert fresh.join(["", "", "06"]) == "06"
    assert fresh.join(["", "03", ""]) == "03"
    assert is_unparented("06") and is_unparented("03 01") and is_unparented("208 05")
    # a misprinted 类 stays a misprint
    assert CodeParts().join(["7", "11", "02"]) == "7 11 02"
    assert not is_unparented("7 11 02") and not is_unparented("2010301")


def test_code_parts_weigh_a_row_against_its_parents_own_row():
    parts = CodeParts()
    assert parts.join(["208", "", ""], "146.40") == "208"
    assert parts.join(["", "05", ""], "96.40") == "20805"
    assert parts.join(["", "", "05"], "96.40") == "2080505"
    # 款 05's rows add up to its 96.40: a further 项 is not under it (its own 款 is not printed)
    assert parts.join(["", "", "99"], "50.00") == "99"
    # the 类 208 still has room for a 款 of 50.00
    assert parts.join(["", "08", ""], "50.00") == "20808"
    assert parts.join(["", "", "99"], "50.00") == "2080899"
    # rounding: a row's parts may exceed the parent by one printed place each
    rounded = CodeParts()
    assert rounded.join(["201", "03", ""], "96.40") == "20103"
    assert rounded.join(["", "", "01"], "48.21") == "2010301"
    assert rounded.join(["", "", "02"], "48.20") == "2010302"
    # a parent without a row of its own (merged cells): nothing to weigh against
    merged = CodeParts()
    assert merged.join(["213", "03", "01"], "300") == "2130301"
    assert merged.join(["", "", "06"], "500") == "2130306"


def test_grid_code_columns_with_parents_on_the_rows_above():
    rows = [
        ["科目编码", "", "", "科目名称", "合计"],
        ["类", "款", "项", "", ""],
        ["212", "", "", "城乡社区支出", "300.00"],
        ["", "08", "", "国有土地使用权出让收入安排的支出", "300.00"],
        ["", "", "03", "城市建设支出", "100.00"],
        ["", "", "99", "其他支出", "200.00"],
    ]
    merged = merge_code_columns(rows)
    assert [r[0] for r in merged[2:]] == ["212", "21208", "2120803", "2120899"]
    # a 项 beyond what its 款 row printed is not put under it
    extra = [*rows, ["", "", "01", "另一款的项", "50.00"]]
    assert merge_code_columns(extra)[-1][0] == "01"


def docx_with_merged_code_cells() -> bytes:
    import docx

    document = docx.Document()
    for line in ["某县水利局", "2025年部门预算", "一般公共预算支出表", "单位：万元"]:
        document.add_paragraph(line)
    table_rows = [
        ["科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", "", "", "", ""],
        ["", "", "", "合计", "800.00", "300.00", "500.00"],
        ["213", "03", "01", "行政运行", "300.00", "300.00", ""],
        ["", "", "06", "水利工程运行与维护", "500.00", "", "500.00"],
    ]
    table = document.add_table(rows=len(table_rows), cols=7)
    for r, row in enumerate(table_rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(3, 0).merge(table.cell(4, 0))  # the 类 and 款 cells merged over the 项 row below
    table.cell(3, 1).merge(table.cell(4, 1))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_with_rowspan_code_cells() -> bytes:
    page = (
        "<html><body><p>某县水利局</p><p>2025年部门预算</p><p>一般公共预算支出表</p><p>单位：万元</p>"
        "<table>"
        "<tr><td colspan=3>科目编码</td><td rowspan=2>科目名称</td><td rowspan=2>合计</td>"
        "<td rowspan=2>基本支出</td><td rowspan=2>项目支出</td></tr>"
        "<tr><td>类</td><td>款</td><td>项</td></tr>"
        "<tr><td></td><td></td><td></td><td>合计</td><td>800.00</td><td>300.00</td><td>500.00</td></tr>"
        "<tr><td rowspan=2>213</td><td rowspan=2>03</td><td>01</td><td>行政运行</td><td>300.00</td>"
        "<td>300.00</td><td></td></tr>"
        "<tr><td>06</td><td>水利工程运行与维护</td><td>500.00</td><td></td><td>500.00</td></tr>"
        "</table></body></html>"
    )
    return page.encode("utf-8")


@pytest.mark.parametrize("make", [docx_with_merged_code_cells, html_with_rowspan_code_cells])
def test_merged_lei_kuan_cells_in_word_and_web_tables(make):
    document, rows = parsed(make())
    assert document["status"] == "ok", rows.get("raw_problems")
    assert leaves(rows) == {("2130301", "basic"): D("3000000.00"), ("2130306", "project"): D("5000000.00")}


def test_economic_code_printed_in_the_name_cell():
    body = (
        "部门经济分类科目\t合计\t人员经费\t公用经费\n"
        "合计\t120.00\t100.00\t20.00\n"
        "[301]工资福利支出\t100.00\t100.00\t\n"
        "[30101]基本工资\t60.00\t60.00\t\n"
        "[30102]津贴补贴\t40.00\t40.00\t\n"
        "[302]商品和服务支出\t20.00\t\t20.00\n"
        "【30201】办公费\t20.00\t\t20.00\n"
    )
    text = HEAD.replace("一般公共预算支出预算表", "一般公共预算基本支出表") + body
    document, rows = parsed(text.encode("utf-8"))
    assert document["status"] == "ok", rows.get("raw_problems")
    got = {
        (r["code"], r["measure"]): D(r["amount_yuan"])
        for r in rows["raw_economic_lines"]
        if r["code"] and r["measure"] != "total"
    }
    assert got == {
        ("301", "personnel"): D("1000000.00"),
        ("30101", "personnel"): D("600000.00"),
        ("30102", "personnel"): D("400000.00"),
        ("302", "public"): D("200000.00"),
        ("30201", "public"): D("200000.00"),
    }
    names = {r["code"]: r["name_text"] for r in rows["raw_economic_lines"]}
    assert names["30201"] == "办公费"
