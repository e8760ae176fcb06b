"""Real published documents of other regions through extract + dbt (tests/fixtures/published).

The Kunming budget web page states its 三公 total as 804,395.02 元 while its parts, as printed,
add to 804,395.20 (公务接待费 580,000.00 + 公务用车购置及运行维护费 224,395.20 + 因公出国（境）费
0.00). The source is kept as printed: the warehouse reports the slip as a 'mismatch', it never
corrects either figure.

The Hangzhou department budget states its figures of all funds in the narrative (公共安全支出
76,468.81 万元, 项目支出 28,506.17 万元) and prints a 一般公共预算 table beside an all-funds one:
each narrative figure is compared with the table of its own funds scope, or not at all when
its scope cannot be told; the all-funds metrics come from the all-funds table, since that fund is
not all the department's funds. The Putuo 社会福利院 unit budget states "社会福利事业单位（项）738.66万元"
while both its tables print 6,964,796 元 (一般公共预算) and 9,584,796 元 (all funds) on that row:
a real discrepancy of the source, reported as a 'mismatch'.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import copy_project, run_yusuan

PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "published"
KUNMING = "云南昆明_昆明市人民政府办公室机关_2026年_部门预算说明（网页正文）.html"
HANGZHOU = "浙江杭州_杭州市司法局_2026年度_部门预算.pdf"
WELFARE_HOME = "上海市普陀区社会福利院2024年单位预算.pdf"


@pytest.fixture(scope="module")
def published_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("published")
    project = copy_project(base / "project", with_documents=False)
    for name in (KUNMING, HANGZHOU, WELFARE_HOME):
        shutil.copy(PUBLISHED / name, project / "data" / "raw" / name)
    run = run_yusuan(project, "run", db_path=base / "published" / "yusuan.duckdb")
    con = run.connect()
    yield run, con
    con.close()


def test_kunming_three_public_slip_is_a_mismatch_not_a_correction(published_run):
    run, con = published_run
    (document_id, status) = con.execute(
        "select document_id, status from marts.dim_document where source_format = 'html'"
    ).fetchone()
    assert status == "ok"
    rows = con.execute(
        "select check_name, expected, actual, status from marts.fact_reconciliation "
        "where check_name like 'three_public%' and document_id = ? order by check_name",
        [document_id],
    ).fetchall()
    assert rows == [
        ("three_public_parts_equal_total", Decimal("804395.02"), Decimal("804395.20"), "mismatch"),
        ("three_public_vehicle_parts_equal_total", Decimal("224395.20"), Decimal("224395.20"), "pass"),
    ]
    # the figures stay as printed
    summary = dict(
        con.execute(
            "select metric, value from marts.fact_budget_summary where metric like 'three_public%' "
            "and metric not like '%change%' and document_id = ?",
            [document_id],
        ).fetchall()
    )
    assert summary["three_public_total"] == Decimal("804395.02")
    assert summary["three_public_reception"] == Decimal("580000.00")
    assert summary["three_public_vehicle_total"] == Decimal("224395.20")
    # an unexplained mismatch is what the checkpoint reports: the run says so
    assert run.returncode != 0
    assert "three_public_parts_equal_total" in run.output


def test_hangzhou_lands_the_rows_whose_codes_are_known(published_run):
    """Hangzhou's function tables print names without codes: the rows the reference codes land
    in fact_expenditure (in 元, from 万元), the others are reported and the document is 'partial'."""
    _, con = published_run
    (document_id, status) = con.execute(
        "select document_id, status from marts.dim_document where title like '%杭州市司法局%'"
    ).fetchone()
    assert status == "partial"
    rows = dict(
        con.execute(
            "select function_code || ' ' || expenditure_type, amount_yuan from marts.fact_expenditure "
            "where document_id = ? and function_code in ('2040601', '2040699', '2101101')",
            [document_id],
        ).fetchall()
    )
    assert rows == {
        "2040601 basic": Decimal("85538000.00"),
        "2040699 project": Decimal("6696100.00"),
        "2101101 basic": Decimal("24349500.00"),
    }
    # the tables with rows left out for want of a code are not checked level by level: their
    # parents' children are incomplete by construction (no false 'mismatch')
    hierarchy = con.execute(
        "select count(*) from marts.fact_reconciliation where document_id = ? and check_name like 'function_%'",
        [document_id],
    ).fetchone()
    assert hierarchy == (0,)


def _checks(con, title_part: str, check_name: str) -> dict[str, tuple]:
    rows = con.execute(
        "select r.scope, r.expected, r.actual, r.status from marts.fact_reconciliation r "
        "join marts.dim_document d using (document_id) where d.title like ? and r.check_name = ?",
        [f"%{title_part}%", check_name],
    ).fetchall()
    return {scope: (expected, actual, status) for scope, expected, actual, status in rows}


def test_hangzhou_narrative_figures_are_compared_like_scope_with_like_scope(published_run):
    _, con = published_run
    mismatches = con.execute(
        "select r.check_name, r.scope from marts.fact_reconciliation r join marts.dim_document d "
        "using (document_id) where d.title like '%杭州市司法局%' and r.status = 'mismatch'"
    ).fetchall()
    assert mismatches == []
    # 公共安全支出 76,468.81 万元 (all funds: the 支出预算 99,230.46 万元 of the paragraph before, under
    # the same heading) equals the all-funds table's row, not the 一般公共预算 table's 69,081.15
    categories = _checks(con, "杭州市司法局", "narrative_category_equals_table")
    assert categories["204"] == (Decimal("764688100.00"), Decimal("764688100.00"), "pass")
    # ... and again, in the 一般公共预算当年拨款 part ('2.一般公共预算当年拨款结构情况。公共安全（类）支出
    # 69,081.15 万元'), as that fund's category: against that fund's table, never the all-funds one;
    # '支出包括：公共安全支出69,081.15万元' of the 财政拨款 is compared with no table (Hangzhou prints
    # no 政府性基金 table and no 财政拨款 spending total: its 财政拨款 rows are not known)
    assert categories["204 general_public_budget"] == (Decimal("690811500.00"), Decimal("690811500.00"), "pass")
    assert set(categories) == {"201", "204", "208", "210"} | {
        f"{code} general_public_budget" for code in ("201", "204", "208", "210")
    }
    assert all(status == "pass" for _, _, status in categories.values())
    # 项目支出 28,506.17 万元 of all funds is compared with the all-funds table (表3 部门支出预算总表
    # 合计 项目支出 28,506.17), never with the 一般公共预算 table's 21,118.51;
    # "2026 年一般公共预算基本支出 70,724.29 万元" names its fund and is compared with that fund's table
    metrics = _checks(con, "杭州市司法局", "narrative_equals_table")
    assert metrics["project_expenditure"] == (Decimal("285061700.00"), Decimal("285061700.00"), "pass")
    assert metrics["basic_expenditure"] == (Decimal("707242900.00"), Decimal("707242900.00"), "pass")
    # basic + project of all funds against the all-funds total (99,230.46 万元), like scope
    split = _checks(con, "杭州市司法局", "basic_plus_project_equals_expenditure_total")
    assert split == {"expenditure_total": (Decimal("992304600.00"), Decimal("992304600.00"), "pass")}


def test_hangzhou_split_metrics_are_of_all_funds(published_run):
    """The 一般公共预算 fund (91,842.80 万元) is not all of Hangzhou's funds (99,230.46 万元): its
    table's 项目支出 21,118.51 万元 never stands for the all-funds metric. 表3 部门支出预算总表 gives
    合计 项目支出 28,506.17 万元 and 基本支出 as its parts 人员支出 58,486.35 + 日常公用支出 12,237.94
    = 70,724.29 万元, so basic + project = the all-funds total."""
    _, con = published_run
    summary = {
        metric: (value, narrative, table, agrees)
        for metric, value, narrative, table, agrees in con.execute(
            "select s.metric, s.value, s.narrative_value, s.table_value, s.agrees from marts.fact_budget_summary s "
            "join marts.dim_document d using (document_id) where d.title like '%杭州市司法局%' and s.metric in "
            "('expenditure_total', 'basic_expenditure', 'project_expenditure', 'personnel_expenditure', "
            "'public_use_expenditure')"
        ).fetchall()
    }
    assert summary["project_expenditure"] == (
        Decimal("285061700.00"),
        Decimal("285061700.00"),
        Decimal("285061700.00"),
        True,
    )
    assert summary["basic_expenditure"][0] == Decimal("707242900.00")
    assert summary["basic_expenditure"][3] is True
    assert summary["personnel_expenditure"] == (
        Decimal("584863500.00"),
        Decimal("584863500.00"),
        Decimal("584863500.00"),
        True,
    )
    assert summary["public_use_expenditure"][0] == Decimal("122379400.00")
    total = summary["expenditure_total"][0]
    assert total == Decimal("992304600.00")
    assert summary["basic_expenditure"][0] + summary["project_expenditure"][0] == total


def test_welfare_home_project_spending_is_of_all_funds(published_run):
    """The 社会福利院's 一般公共预算 (9,501,164 元) is basic spending only; its 项目支出 2,620,000 元 is
    funded otherwise and comes from the all-funds table (部门支出总表), never from the fund's."""
    _, con = published_run
    summary = dict(
        con.execute(
            "select s.metric, s.value from marts.fact_budget_summary s join marts.dim_document d using (document_id) "
            "where d.title like '%社会福利院%' and s.metric in ('expenditure_total', 'basic_expenditure', "
            "'project_expenditure')"
        ).fetchall()
    )
    assert summary == {
        "expenditure_total": Decimal("12121164.00"),
        "basic_expenditure": Decimal("9501164.00"),
        "project_expenditure": Decimal("2620000.00"),
    }
    # fact_expenditure holds the 一般公共预算 function table's rows (it says so in fund_scope): the
    # project spending of other funds is not among them
    rows = con.execute(
        "select f.fund_scope, f.expenditure_type, count(*), sum(f.amount_yuan) from marts.fact_expenditure f "
        "join marts.dim_document d using (document_id) where d.title like '%社会福利院%' group by all"
    ).fetchall()
    assert rows == [("general_public_budget", "basic", 7, Decimal("9501164.00"))]
    # the function tables lack rows whose code is unknown: their fact rows are not summed against a total
    assert _checks(con, "杭州市司法局", "fact_expenditure_equals_expenditure_total") == {}
    # item prose against the table rows of the same code
    items = _checks(con, "杭州市司法局", "narrative_item_equals_table_row")
    assert items["2040601"] == (Decimal("85538000.00"), Decimal("85538000.00"), "pass")
    assert items["2040699"] == (Decimal("6696100.00"), Decimal("6696100.00"), "pass")
    assert {status for _, _, status in items.values()} == {"pass"}


def test_welfare_home_item_figure_that_matches_no_table_row_is_a_finding(published_run):
    run, con = published_run
    items = _checks(con, "社会福利院", "narrative_item_equals_table_row")
    # 738.66万元 in the text; 6,964,796 元 (一般公共预算) and 9,584,796 元 (all funds) in the tables
    assert items["2081005"] == (Decimal("6964796.00"), Decimal("7386600.00"), "mismatch")
    # the other items agree within the rounding of a two-decimal 万元 figure (50 元)
    assert items["2080502"] == (Decimal("538440.00"), Decimal("538400.00"), "rounding")
    assert items["2210201"] == (Decimal("335816.00"), Decimal("335800.00"), "rounding")
    assert [scope for scope, (_, _, status) in items.items() if status == "mismatch"] == ["2081005"]
    assert "narrative_item_equals_table_row" in run.output


def test_kunming_assets_and_income_parts_are_checked_and_item_changes_stay_per_code(published_run):
    """Kunming's statement of assets (资产总额 16,444,468.22 = 流动资产 216,893.34 + 固定资产
    13,624,141.20 + 对外投资及有价证券 0 + 在建工程 0 + 无形资产 2,603,433.68 + 其他资产 0) and
    its income line, whose every source is now read (上级补助收入 0, 附属单位上缴收入 0 among them),
    add up; Hangzhou's changes of single 款/项 are per code, never one summary metric."""
    _, con = published_run
    assets = _checks(con, "昆明", "narrative_asset_parts_equal_total")
    assert assets == {"assets_total": (Decimal("16444468.22"), Decimal("16444468.22"), "pass")}
    income = _checks(con, "昆明", "narrative_income_parts_equal_total")
    assert income == {"income_total": (Decimal("80778193.86"), Decimal("80778193.86"), "pass")}
    per_code = con.execute(
        "select count(*) from marts.fact_budget_summary where metric in "
        "('expenditure_function_change_vs_prior_year', 'expenditure_category_change_vs_prior_year')"
    ).fetchone()
    assert per_code == (0,)
    summary = dict(
        con.execute(
            "select s.metric, s.value from marts.fact_budget_summary s join marts.dim_document d using (document_id) "
            "where d.title like '%昆明%' and s.metric like 'assets_%'"
        ).fetchall()
    )
    assert summary["assets_total"] == Decimal("16444468.22")
    assert summary["assets_fixed_change_vs_prior_year"] == Decimal("998942.50")
