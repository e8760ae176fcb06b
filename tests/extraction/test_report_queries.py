"""The report's queries on hand-made marts: a unit without a district (a municipal or provincial
unit) beside district units is named, never None (sorting None with names crashed the report);
a 部门 (department) and a 单位（本级） of one name are two units, and sums over a district count
the department only (it contains its 本级 unit)."""

import json
from decimal import Decimal

import duckdb

from yusuan.report import charts, difference, queries, wan

# (the columns every fixture row gives; fund_scope is null unless a test sets it)
SUMMARY_ROWS = (
    "insert into marts.fact_budget_summary (document_id, unit_id, metric, source_line, source_text, value) values "
)


def _warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema marts")
    con.execute(
        "create table marts.dim_unit (unit_id varchar, unit_name varchar, province varchar, district varchar, "
        "scope varchar, parent_unit_id varchar)"
    )
    con.execute(
        "create table marts.dim_document (document_id varchar, unit_id varchar, fiscal_year integer, "
        "doc_kind varchar, is_current boolean, source_path varchar, status varchar default 'ok')"
    )
    con.execute(
        "create table marts.fact_budget_summary (document_id varchar, unit_id varchar, metric varchar, source_line integer, source_text varchar, "
        "value decimal(20, 2), fund_scope varchar)"
    )
    con.execute(
        "create table marts.fact_expenditure (document_id varchar, unit_id varchar, fiscal_year integer, "
        "function_code varchar, expenditure_type varchar, amount_yuan decimal(20, 2), fund_scope varchar)"
    )
    con.execute(
        "create table marts.dim_function_code (function_code varchar, category_code varchar, category_name varchar)"
    )
    con.execute(
        "insert into marts.dim_unit values ('u1', '上海市普陀区财政局', '上海市', '普陀区', 'department', null), "
        "('u2', '佛山市轨道交通局', '广东省', null, 'department', null), ('u3', '某局', null, null, 'department', null)"
    )
    con.execute(
        "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, is_current, source_path) values ('d1', 'u1', 2024, 'final_accounts', true, 'd1.txt'), "
        "('d2', 'u2', 2019, 'final_accounts', true, 'd2.txt'), ('d3', 'u3', 2026, 'budget', true, 'd3.txt')"
    )
    con.execute(
        SUMMARY_ROWS + "('d1', 'u1', 'expenditure_total', null, null, 29953900.00), "
        "('d2', 'u2', 'expenditure_total', null, null, 1000.00), ('d3', 'u3', 'expenditure_total', null, null, 5.00)"
    )
    return con


def _same_name(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The figures of tests/fixtures/field/18a (部门预算 of 上海市普陀区司法局: 支出 9628.22万元,
    三公 10.81万元) and 18b (its 单位预算, the unit itself: 8695.94万元, 10.71万元), plus a
    superseded 18a whose figures must count nowhere."""
    con.execute(
        "insert into marts.dim_unit values ('dep', '上海市普陀区司法局', '上海市', '普陀区', 'department', null), "
        "('own', '上海市普陀区司法局', '上海市', '普陀区', 'unit_only', null)"
    )
    con.execute(
        "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, is_current, source_path) values "
        "('a', 'dep', 2026, 'budget', true, '18a_department_budget.txt'), "
        "('b', 'own', 2026, 'budget', true, '18b_unit_budget_same_name.txt'), "
        "('old', 'dep', 2026, 'budget', false, '18a_old.txt')"
    )
    con.execute(
        SUMMARY_ROWS
        + "('a', 'dep', 'expenditure_total', null, null, 96282200.00), ('a', 'dep', 'three_public_total', null, null, 108100.00), "
        "('b', 'own', 'expenditure_total', null, null, 86959400.00), ('b', 'own', 'three_public_total', null, null, 107100.00), "
        "('old', 'dep', 'expenditure_total', null, null, 1.00), ('old', 'dep', 'three_public_total', null, null, 1.00)"
    )
    con.execute("insert into marts.dim_function_code values ('20406', '204', '公共安全支出')")
    con.execute(
        "insert into marts.fact_expenditure values "
        "('a', 'dep', 2026, '20406', 'basic', 96282200.00, 'general_public_budget'), "
        "('b', 'own', 2026, '20406', 'basic', 86959400.00, 'general_public_budget'), "
        "('old', 'dep', 2026, '20406', 'basic', 1.00, 'general_public_budget')"
    )
    return con


def test_totals_by_year_name_the_place_of_a_unit_without_district():
    rows = queries.totals_by_year(_warehouse())
    assert sorted((r["district"], r["fiscal_year"], r["expenditure_total"]) for r in rows) == [
        ("广东省 · 无区县", 2019, Decimal("1000.00")),
        ("无区县", 2026, Decimal("5.00")),
        ("普陀区", 2024, Decimal("29953900.00")),
    ]
    html = charts.totals_by_year(rows)  # the chart's JSON escapes non-ASCII names
    assert all(json.dumps(name)[1:-1] in html for name in ("广东省 · 无区县", "无区县", "普陀区"))


def test_every_place_gets_a_page_units_without_district_after_the_districts():
    assert queries.districts(_warehouse()) == ["普陀区", "广东省 · 无区县", "无区县"]
    rows = queries.function_categories(_same_name(_warehouse()), "广东省 · 无区县")
    assert rows == []  # the hand-made 佛山 unit has no expenditure rows; the filter is on the place


def test_a_department_and_its_unit_of_one_name_are_two_rows_with_their_own_figures():
    rows = queries.metric_by_unit(_same_name(_warehouse()), ("expenditure_total", "three_public_total"))
    mine = sorted(
        (r["scope"], r["metric"], r["value"], r["source_path"], r["contained_in"])
        for r in rows
        if r["unit_name"] == "上海市普陀区司法局"
    )
    assert mine == [
        ("department", "expenditure_total", Decimal("96282200.00"), "18a_department_budget.txt", None),
        ("department", "three_public_total", Decimal("108100.00"), "18a_department_budget.txt", None),
        (
            "unit_only",
            "expenditure_total",
            Decimal("86959400.00"),
            "18b_unit_budget_same_name.txt",
            "18a_department_budget.txt",
        ),
        (
            "unit_only",
            "three_public_total",
            Decimal("107100.00"),
            "18b_unit_budget_same_name.txt",
            "18a_department_budget.txt",
        ),
    ]


def test_a_part_of_the_spending_stated_of_one_fund_alone_is_not_listed_as_the_units_figure():
    """A 决算 whose 基本支出 the text states of the 一般公共预算 alone (fact_budget_summary.fund_scope
    'general_public_budget': that fund is not all its funds) lists no 基本支出 beside its all-funds
    total; its all-funds 项目支出 and a metric whose name says its funds are listed."""
    con = _warehouse()
    con.execute(
        "insert into marts.fact_budget_summary (document_id, unit_id, metric, value, fund_scope) values "
        "('d1', 'u1', 'basic_expenditure', 5800000.00, 'general_public_budget'), "
        "('d1', 'u1', 'project_expenditure', 3400000.00, 'all_funds'), "
        "('d2', 'u2', 'basic_expenditure', 700.00, 'all_funds')"
    )
    rows = queries.metric_by_unit(con, ("expenditure_total", "basic_expenditure", "project_expenditure"))
    listed = sorted((r["unit_name"], r["metric"], r["value"]) for r in rows)
    assert listed == [
        ("上海市普陀区财政局", "expenditure_total", Decimal("29953900.00")),
        ("上海市普陀区财政局", "project_expenditure", Decimal("3400000.00")),
        ("佛山市轨道交通局", "basic_expenditure", Decimal("700.00")),
        ("佛山市轨道交通局", "expenditure_total", Decimal("1000.00")),
        ("某局", "expenditure_total", Decimal("5.00")),
    ]


def test_district_sums_count_the_department_and_not_the_unit_it_contains():
    con = _same_name(_warehouse())
    totals = {(r["district"], r["fiscal_year"]): r for r in queries.totals_by_year(con)}
    putuo = totals[("普陀区", 2026)]
    assert (putuo["expenditure_total"], putuo["documents"], putuo["documents_left_out"]) == (
        Decimal("96282200.00"),
        1,
        1,
    )
    three = {(r["district"], r["fiscal_year"], r["metric"]): r["value"] for r in queries.three_public(con)}
    assert three[("普陀区", 2026, "three_public_total")] == Decimal("108100.00")
    categories = [
        r for r in queries.function_categories(con) if r["fiscal_year"] == 2026 and r["category_code"] == "204"
    ]
    assert [r["amount_yuan"] for r in categories] == [Decimal("96282200.00")]
    assert [(r["source_path"], r["contained_in"]) for r in queries.left_out_documents(con)] == [
        ("18b_unit_budget_same_name.txt", "18a_department_budget.txt")
    ]


def test_a_district_page_keeps_both_units_apart():
    rows = queries.unit_categories(_same_name(_warehouse()), "普陀区")
    assert sorted((r["scope"], r["amount_yuan"], r["source_path"]) for r in rows) == [
        ("department", Decimal("96282200.00"), "18a_department_budget.txt"),
        ("unit_only", Decimal("86959400.00"), "18b_unit_budget_same_name.txt"),
    ]
    html = charts.unit_categories(rows)
    for label in ("上海市普陀区司法局 · 部门 2026", "上海市普陀区司法局 · 单位（本级） 2026"):
        assert json.dumps(label)[1:-1] in html


def test_a_sub_unit_listed_by_its_department_is_left_out_of_the_sums_when_the_department_publishes():
    con = _same_name(_warehouse())
    con.execute(
        "insert into marts.dim_unit values ('sub', '上海市普陀区公证处', '上海市', '普陀区', 'department', 'dep')"
    )
    con.execute(
        "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, is_current, source_path) values ('s', 'sub', 2026, 'budget', true, 'sub.txt')"
    )
    con.execute(SUMMARY_ROWS + "('s', 'sub', 'expenditure_total', null, null, 500000.00)")
    totals = {(r["district"], r["fiscal_year"]): r for r in queries.totals_by_year(con)}
    assert totals[("普陀区", 2026)]["expenditure_total"] == Decimal("96282200.00")
    assert totals[("普陀区", 2026)]["documents_left_out"] == 2


def test_a_small_difference_never_prints_as_zero():
    # −0.34 元 rounds to -0.00 万元: it is printed in 元
    assert wan(Decimal("-0.34")) == "-0.34 元"
    assert difference(Decimal("-0.34")) == "-0.34 元"
    assert difference(Decimal("-150.50")) == "-150.50 元"
    assert difference(Decimal("-50000.00")) == "-5.00"
    assert wan(Decimal("0")) == "0.00" and difference(Decimal("0.00")) == "0.00"
    assert wan(Decimal("86959400.00")) == "8,695.94"


def test_a_partial_document_in_the_category_sums_is_named_with_the_share_loaded():
    """A 'partial' document whose 一般公共预算 function rows sum to 32,674.35 万元 of the 91,842.80
    万元 it publishes (杭州市司法局's 2026 部门预算 as an earlier version loaded it, before its
    uncoded 款/项 made it load at the 类); the sums say so."""
    from yusuan.report import _partial_note

    con = _same_name(_warehouse())
    con.execute("create table marts.dim_metric (metric varchar, label_zh varchar)")
    con.execute("insert into marts.dim_metric values ('expenditure_general_public_budget', '一般公共预算财政拨款支出')")
    con.execute("insert into marts.dim_unit values ('hz', '杭州市司法局', '浙江省', null, 'department', null)")
    con.execute("insert into marts.dim_document values ('h', 'hz', 2026, 'budget', true, 'hangzhou.pdf', 'partial')")
    con.execute(SUMMARY_ROWS + "('h', 'hz', 'expenditure_general_public_budget', null, null, 918428000.00)")
    con.execute(
        "insert into marts.fact_expenditure values ('h', 'hz', 2026, '20406', 'basic', 326743500.00, "
        "'general_public_budget')"
    )
    partial = queries.partial_documents(con)
    assert [(r["source_path"], r["loaded_yuan"], r["published_yuan"], r["published_label"]) for r in partial] == [
        ("hangzhou.pdf", Decimal("326743500.00"), Decimal("918428000.00"), "一般公共预算财政拨款支出")
    ]
    assert queries.partial_documents(con, "普陀区") == []
    row = next(r for r in queries.function_categories(con) if r["category_code"] == "204")
    # 9,628.22 (普陀区司法局, 部门) + 32,674.35 (杭州, partial) 万元; the partial part apart
    assert (row["amount_yuan"], row["partial_yuan"]) == (Decimal("423025700.00"), Decimal("326743500.00"))
    note = _partial_note(partial)
    assert "杭州市司法局 · 部门 2026 预算" in note
    assert "32,674.35 of its 91,842.80 万元 of 一般公共预算财政拨款支出 are loaded (35.6%)" in note
    assert _partial_note([]) == ""


def test_budget_against_actual_labels_items_in_chinese_with_the_code_in_small_print():
    """fact_budget_execution items are named by dim_metric.label_zh / dim_function_code's name;
    the chart draws horizontal bars (its labels cannot overlap) with those labels."""
    from yusuan.report import _item_text

    con = _same_name(_warehouse())
    con.execute("create table marts.dim_metric (metric varchar, label_zh varchar)")
    con.execute("insert into marts.dim_metric values ('three_public_vehicle_operation', '公务用车运行维护费')")
    con.execute("insert into marts.dim_function_code values ('2010601', '201', '一般公共服务支出')")
    con.execute("alter table marts.dim_function_code add column function_name varchar")
    con.execute("update marts.dim_function_code set function_name = '行政运行' where function_code = '2010601'")
    con.execute(
        "create table marts.fact_budget_execution (unit_id varchar, fiscal_year integer, item_kind varchar, "
        "item varchar, budget_yuan decimal(20, 2), adjusted_budget_yuan decimal(20, 2), actual_yuan decimal(20, 2), "
        "execution_rate decimal(10, 4))"
    )
    con.execute(
        "insert into marts.fact_budget_execution values "
        "('dep', 2026, 'metric', 'three_public_vehicle_operation', 9500.00, null, 8000.00, 0.8421), "
        "('dep', 2026, 'function_code', '2010601', 100.00, null, 90.00, 0.9), "
        "('dep', 2026, 'function_code', '9999999', 100.00, null, 90.00, 0.9)"
    )
    rows = queries.budget_execution(con)
    assert [(r["item"], r["item_label"]) for r in rows] == [
        ("2010601", "行政运行"),
        ("9999999", "9999999"),
        ("three_public_vehicle_operation", "公务用车运行维护费"),
    ]
    assert _item_text(rows[2]) == '公务用车运行维护费 <code class="code">three_public_vehicle_operation</code>'
    assert _item_text(rows[1]) == "9999999"
    html = charts.execution(rows)
    assert '"orientation":"h"' in html
    assert json.dumps("公务用车运行维护费")[1:-1] in html and "three_public_vehicle_operation</span>" not in html
    assert '\\u003cspan style=\\"font-size:10px\\"\\u003ethree_public_vehicle_operation' in html  # small print
    assert charts.execution_label(rows[2]).startswith("公务用车运行维护费 <span")


def test_amounts_are_rounded_half_up_to_0_01_wan_and_the_footer_says_so():
    """A document whose tables are in 元 (87,267,272.44 元) is shown rounded to 0.01 万元, half-up
    (250 元 is 0.03 万元, never the half-even 0.02), and every page's footer says that figures are
    rounded and where the exact ones are (no longer 'exact to 0.01')."""
    from yusuan.report import page

    assert wan(Decimal("87267272.44")) == "8,726.73"
    assert wan(Decimal("250.00")) == "0.03" and wan(Decimal("-250.00")) == "-0.03"
    assert wan(Decimal("0.005")) == "0.01 元"
    html = page("t", "", "")
    assert "rounded half-up to 0.01 万元" in html and "exact 元 figures are in the marts" in html
    assert "exact to 0.01" not in html


def test_an_execution_rate_is_rounded_half_up():
    from yusuan.report import rate

    assert rate(Decimal("0.8125")) == "81.3%"  # 6.50 of 8.00 万元 (half-even printed 81.2%)
    assert rate(Decimal("0.9350")) == "93.5%" and rate(Decimal("1.0000")) == "100.0%"
    assert rate(None) == ""


def test_a_document_stating_none_of_the_unit_metrics_keeps_its_unit_row():
    """A 2024 决算 whose 类 rows were read but which states no 支出合计, 基本支出, 项目支出 or 三公
    total is still listed in the unit table (its cells empty), beside its 类 rows."""
    from yusuan.report import UNIT_METRICS, _units_table

    con = _same_name(_warehouse())
    con.execute(
        "insert into marts.dim_unit values ('fa', '上海市普陀区档案局', '上海市', '普陀区', 'department', null)"
    )
    con.execute(
        "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, is_current, source_path) "
        "values ('f', 'fa', 2024, 'final_accounts', true, 'archives_2024_final_accounts.txt')"
    )
    con.execute(
        "insert into marts.fact_expenditure values ('f', 'fa', 2024, '20406', 'basic', 1234500.00, 'general_public_budget')"
    )
    con.execute(SUMMARY_ROWS + "('f', 'fa', 'income_total', null, null, 1234500.00)")
    rows = [r for r in queries.metric_by_unit(con, UNIT_METRICS) if r["unit_name"] == "上海市普陀区档案局"]
    assert [(r["fiscal_year"], r["doc_kind"], r["metric"], r["value"]) for r in rows] == [
        (2024, "final_accounts", None, None)
    ]
    assert [
        r["source_path"] for r in queries.unit_categories(con, "普陀区") if r["unit_name"] == "上海市普陀区档案局"
    ] == ["archives_2024_final_accounts.txt"]
    html = _units_table(queries.metric_by_unit(con, UNIT_METRICS), None)
    assert "<td>上海市普陀区档案局</td><td>部门</td><td>2024</td><td>决算</td>" in html
    assert "archives_2024_final_accounts.txt" in html
    # the units that state the metrics keep their figures
    assert '<td>上海市普陀区司法局</td><td>部门</td><td>2026</td><td>预算</td><td class="num">9,628.22</td>' in html


def test_three_public_keeps_kinds_apart_and_counts_a_vehicle_total_stated_by_its_two_parts():
    """三公 per place × year × kind: a budget's and a final account's figures are never added; a
    document stating 购置费 and 运行维护费 but not their total gives the total as their sum (a
    document stating one part only gives none); 'documents' counts the figures in each line."""
    con = _same_name(_warehouse())
    con.execute(
        "insert into marts.dim_unit values ('x', '上海市普陀区甲局', '上海市', '普陀区', 'department', null), "
        "('y', '上海市普陀区乙局', '上海市', '普陀区', 'department', null)"
    )
    con.execute(
        "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, is_current, source_path) values "
        "('xb', 'x', 2026, 'budget', true, 'x_budget.txt'), ('xf', 'x', 2026, 'final_accounts', true, 'x_final.txt'), "
        "('yb', 'y', 2026, 'budget', true, 'y_budget.txt')"
    )
    con.execute(
        # 甲局's budget: 18.00 = 4.00 + 14.00 + (0.00 + 0.00), the vehicle total not printed
        SUMMARY_ROWS + "('xb', 'x', 'three_public_total', null, null, 180000.00), "
        "('xb', 'x', 'three_public_overseas', null, null, 40000.00), "
        "('xb', 'x', 'three_public_reception', null, null, 140000.00), "
        "('xb', 'x', 'three_public_vehicle_purchase', null, null, 0.00), "
        "('xb', 'x', 'three_public_vehicle_operation', null, null, 0.00), "
        # its final accounts of the same year: never added to the budget
        "('xf', 'x', 'three_public_total', null, null, 90000.00), "
        "('xf', 'x', 'three_public_vehicle_total', null, null, 50000.00), "
        "('xf', 'x', 'three_public_vehicle_operation', null, null, 50000.00), "
        # 乙局: one vehicle part only: no vehicle total made from it
        "('yb', 'y', 'three_public_total', null, null, 30000.00), "
        "('yb', 'y', 'three_public_vehicle_operation', null, null, 30000.00)"
    )
    rows = {
        (r["doc_kind"], r["metric"]): (r["value"], r["documents"])
        for r in queries.three_public(con)
        if (r["district"], r["fiscal_year"]) == ("普陀区", 2026)
    }
    assert rows == {
        # 普陀区司法局 (10.81) + 甲局 (18.00) + 乙局 (3.00); 18b is in its department's document
        ("budget", "three_public_total"): (Decimal("318100.00"), 3),
        ("budget", "three_public_overseas"): (Decimal("40000.00"), 1),
        ("budget", "three_public_reception"): (Decimal("140000.00"), 1),
        ("budget", "three_public_vehicle_total"): (Decimal("0.00"), 1),
        ("final_accounts", "three_public_total"): (Decimal("90000.00"), 1),
        ("final_accounts", "three_public_vehicle_total"): (Decimal("50000.00"), 1),
    }
    html = charts.three_public(queries.three_public(con))
    assert json.dumps("普陀区 预算")[1:-1] in html and json.dumps("普陀区 决算")[1:-1] in html


def _with_failed_files(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Two failed files beside the hand-made units: an empty one (nothing read, no unit) and one
    whose title named 普陀区财政局's 2025 budget before its reading stopped; and a partial
    document that was read (佛山's), with its problem."""
    con.execute("alter table marts.dim_document add column problems varchar")
    con.execute("alter table marts.dim_document add column source_format varchar")
    con.execute(
        "update marts.dim_document set status = 'partial', problems = 'a table was cut off' where document_id = 'd2'"
    )
    con.execute(
        "insert into marts.dim_document (document_id, unit_id, fiscal_year, doc_kind, is_current, source_path, "
        "status, problems, source_format) values "
        "('e', null, null, null, false, 'empty.txt', 'failed', 'the file is empty', 'unknown'), "
        "('t', 'u1', 2025, 'budget', false, 'stopped.txt', 'failed', 'timed out after 60 s', 'text')"
    )
    return con


def test_a_failed_file_is_listed_apart_never_under_a_place():
    con = _with_failed_files(_warehouse())
    failed = queries.failed_documents(con)
    assert [(r["source_path"], r["status"], r["problems"]) for r in failed] == [
        ("empty.txt", "failed", "the file is empty"),
        ("stopped.txt", "failed", "timed out after 60 s"),
    ]
    assert (failed[1]["fiscal_year"], failed[1]["unit_name"], failed[1]["unit_scope"]) == (
        2025,
        "上海市普陀区财政局",
        "department",
    )
    assert "district" not in failed[0]  # a failed file has no place
    # the documents that were read keep their place; the failed files are not among them
    assert [(r["source_path"], r["status"], r["district"]) for r in queries.document_problems(con)] == [
        ("d2.txt", "partial", "广东省 · 无区县")
    ]
    # the places are those of the current units: the units without a district keep theirs
    assert queries.districts(con) == ["普陀区", "广东省 · 无区县", "无区县"]
    assert all(
        r["source_path"] not in ("empty.txt", "stopped.txt")
        for r in queries.metric_by_unit(con, ("expenditure_total",))
    )


def test_the_failed_files_section_gives_status_what_was_read_and_why():
    from yusuan.report import _failed

    html = _failed(queries.failed_documents(_with_failed_files(_warehouse())))
    assert '<section id="failed-documents"><h2>未能读取的文件 (files that could not be read)</h2>' in html
    assert "<tr><td>empty.txt</td><td>failed</td><td>unknown</td><td></td><td>the file is empty</td></tr>" in html
    assert (
        "<tr><td>stopped.txt</td><td>failed</td><td>text</td><td>2025 预算 上海市普陀区财政局 · 部门</td>"
        "<td>timed out after 60 s</td></tr>"
    ) in html
    assert "无区县" not in html and "普陀区</td>" not in html  # no place column
    assert _failed([]) == ""  # every file read: no section


def _figure(html: str) -> tuple[list, dict]:
    """The data and layout plotly.py wrote into a chart's HTML fragment (Plotly.newPlot's second
    and third arguments)."""
    decoder = json.JSONDecoder()
    rest = html[html.index("Plotly.newPlot(") + len("Plotly.newPlot(") :].lstrip()
    values = []
    for _ in range(3):  # the div id, the data, the layout
        value, end = decoder.raw_decode(rest)
        values.append(value)
        rest = rest[end:].lstrip(" ,\n")
    return values[1], values[2]


def _layout(html: str) -> dict:
    return _figure(html)[1]


def _category_rows(categories: int, units: int) -> list[dict]:
    names = ["一般公共服务支出", "社会保障和就业支出", "城乡社区支出", "灾害防治及应急管理支出", "住房保障支出"]
    return [
        {
            "unit_name": f"示例市东湖区第{u + 1}综合事务服务中心",
            "scope": "department",
            "fiscal_year": 2026,
            "doc_kind": "budget",
            "fund_scope": "all_funds",
            "category_code": str(201 + c),
            "category_name": names[c % len(names)],
            "amount_yuan": Decimal(10000 * (c + 1)),
        }
        for c in range(categories)
        for u in range(units)
    ]


def test_a_category_chart_puts_its_legend_below_the_axes_in_figure_units_and_grows_by_it():
    """The legend is placed relative to the figure (xref / yref 'container'), so plotly.js reserves
    its height under the axis' labels and title; the figure grows by the rows of its entries and
    the legend scrolls past that height. A legend placed in plot-area units (y=-0.2) drew over the
    axis title."""
    few, many = (
        _layout(charts.unit_categories(_category_rows(2, 1))),
        _layout(charts.unit_categories(_category_rows(16, 1))),
    )
    for layout in (few, many):
        legend = layout["legend"]
        assert (legend["xref"], legend["yref"], legend["y"], legend["yanchor"]) == (
            "container",
            "container",
            0,
            "bottom",
        )
        assert legend["orientation"] == "h"
    # 2 entries: one row (20 px + 16); 16 entries: six rows of three
    assert (few["height"], few["legend"]["maxheight"]) == (360 + 36, 36)
    assert (many["height"], many["legend"]["maxheight"]) == (360 + 136, 136)
    overview = _layout(charts.categories(_category_rows(16, 1)))
    assert overview["legend"]["yref"] == "container" and overview["height"] == 560 + 136
    # a chart that places its own legend keeps it and its height (budget against actual: above the plot)
    execution = _layout(
        charts.execution(
            [
                {
                    "unit_name": "示例局",
                    "scope": "department",
                    "fiscal_year": 2024,
                    "item": "expenditure_total",
                    "item_label": "支出合计",
                    "budget_yuan": Decimal(100),
                    "adjusted_budget_yuan": None,
                    "actual_yuan": Decimal(90),
                }
            ]
        )
    )
    assert execution["legend"]["y"] == 1.0 and "yref" not in execution["legend"] and execution["height"] == 360


def test_a_units_chart_wraps_long_unit_names_and_gives_each_bar_room_for_its_lines():
    layout = _layout(charts.unit_categories(_category_rows(1, 3)))
    # three units of two-line labels (name · scope year, funds): 60 px each, no legend for one 类
    assert layout["height"] == max(360, 140 + 3 * 60)
    long = _category_rows(1, 1)
    long[0]["unit_name"] = "示例市东湖区应急管理和灾害防治综合服务中心（本级）"
    long[0]["scope"] = "unit_only"
    data, layout = _figure(charts.unit_categories(long))
    assert data[0]["y"] == [
        "示例市东湖区应急管理和灾害防治综合服务中心（本级） ·<br>单位（本级） 2026<br>全部资金 (all funds)"
    ]
    assert layout["height"] == 360  # three lines: 70 px, under the 360 px floor
    many = _category_rows(1, 4)
    for row in many:
        row["unit_name"] += "（本级）所属事务管理分中心"
    data, layout = _figure(charts.unit_categories(many))
    assert all(label.count("<br>") == 2 for label in data[0]["y"]), data[0]["y"]
    assert layout["height"] == 140 + 4 * 70  # four three-line labels: 70 px each


def test_wrap_breaks_long_labels_only_and_keeps_every_character():
    wrap = charts.wrap
    assert wrap("上海市普陀区司法局 · 部门 2026") == "上海市普陀区司法局 · 部门 2026"  # short: as it is
    # at the last space within the width; a closing mark ('·') hangs at the end of the line
    assert (
        wrap("示例市东湖区应急管理和灾害防治综合服务中心 · 部门 2026")
        == "示例市东湖区应急管理和灾害防治综合服务中心 ·<br>部门 2026"
    )
    # no space within the width: after 24 characters; the closing bracket and the '·' after it hang
    assert (
        wrap("示例市东湖区应急管理和灾害防治综合服务中心（本级） · 单位（本级） 2026")
        == "示例市东湖区应急管理和灾害防治综合服务中心（本级） ·<br>单位（本级） 2026"
    )
    # an opening bracket never ends a line
    assert wrap("示例市东湖区应急管理和灾害防治综合服务中心（本级）", 21) == (
        "示例市东湖区应急管理和灾害防治综合服务中心<br>（本级）"
    )
    assert wrap("示例市西山区城乡社区建设住房保障和交通运输事务服务中心", 10) == (
        "示例市西山区城乡社区<br>建设住房保障和交通运<br>输事务服务中心"
    )
    # a closing bracket never starts a line
    assert wrap("示例市北湖区文化旅游（体育）事务中心", 11) == "示例市北湖区文化旅游<br>（体育）事务中心"
    assert wrap("示例市北湖区文化旅游体育）事务中心", 12) == "示例市北湖区文化旅游体育）<br>事务中心"
    assert wrap("") == ""
