"""Documentation a user can open: column and table comments in the database (dbt persist_docs),
and the dbt docs site as one static file with the project's overview page."""

from __future__ import annotations

import csv
import shutil

from playwright.sync_api import sync_playwright

from tests.conftest import ROOT


def test_every_mart_and_every_mart_column_has_a_comment_in_the_database(warehouse):
    tables = warehouse.execute(
        "select table_name, comment from duckdb_tables() where schema_name = 'marts' order by 1"
    ).fetchall()
    assert len(tables) >= 9
    assert [t for t, comment in tables if not (comment or "").strip()] == []
    columns = warehouse.execute(
        "select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts' order by 1, 2"
    ).fetchall()
    assert len(columns) >= 80
    assert [(t, c) for t, c, comment in columns if not (comment or "").strip()] == []
    comments = {(t, c): comment for t, c, comment in columns}
    # doc() blocks are rendered, not left as Jinja
    assert comments[("dim_document", "document_id")].startswith("First 16 hex characters of the source file's sha256")
    assert "万元" in comments[("fact_expenditure", "amount_yuan")]
    assert comments[("dim_metric", "label_zh")].startswith("Chinese label")
    assert "manifest" in comments[("dim_document", "source_url")]


def test_dim_metric_labels_the_metrics_in_chinese_and_english(warehouse):
    row = warehouse.execute(
        "select label_zh, label_en, value_unit from marts.dim_metric where metric = 'three_public_total'"
    ).fetchone()
    assert row[0] and row[1] and row[2] == "yuan"
    missing = warehouse.execute(
        "select distinct s.metric from marts.fact_budget_summary s anti join marts.dim_metric m using (metric)"
    ).fetchall()
    assert missing == []


def test_dim_metric_words_a_change_metric_with_the_change_words_of_the_seed(warehouse):
    (wording,) = warehouse.execute(
        "select wording from marts.dim_metric where metric = 'income_change_vs_prior_year'"
    ).fetchone()
    with (ROOT / "seeds" / "reference" / "metric_wording_words.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))

    def words(*kinds: str) -> list[str]:
        return [
            r["word"]
            for kind in kinds
            for r in sorted((r for r in rows if r["kind"] == kind), key=lambda r: int(r["word_order"]))
        ]

    marks = "|".join(words("change_mark", "change_yoy"))
    directions = "|".join(words("change_up", "change_down", "change_none"))
    assert marks == "比|较|与|同比"
    assert {"增加", "减少", "持平"} <= set(directions.split("|"))
    assert wording == f"a change of income_total vs the prior year: {marks} … {directions}"


def test_dbt_docs_are_one_static_file_with_the_projects_overview(bundled_run, bundled_docs):
    project = bundled_run.project
    done = bundled_docs  # dbt docs generate --static on a copy of the warehouse (conftest)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    site = project / "target" / "static_index.html"
    assert site.is_file()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "no chromium on PATH: run `make report-deps`"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.route("http*://**", lambda route: route.abort())  # offline: nothing may be needed from the network
        page.goto(site.as_uri())
        page.wait_for_selector("text=yusuan (预算): Chinese government budget disclosures as a tested warehouse")
        text = page.inner_text("body")
        browser.close()
    assert "How the data flows" in text and "fact_reconciliation" in text
    assert "Welcome!" not in text  # not dbt's default overview
