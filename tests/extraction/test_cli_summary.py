"""The per-document summary stays readable for a national corpus: every not-ok file is listed,
the rest is a tally, and file names are printed as they are (never read as markup)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console

import yusuan.cli as cli
import yusuan.summary as summary


@dataclass
class FakeSummary:
    documents: list[dict[str, str]]
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def failed(self) -> list[dict[str, str]]:
        return [d for d in self.documents if d["status"] != "ok"]


def doc(i: int, status: str = "ok", path: str | None = None) -> dict[str, str]:
    return {
        "document_id": f"{i:016x}",
        "source_path": path or f"d/{i:06d}.txt",
        "status": status,
        "district": "渝中区",
        "unit_name": f"单位{i}",
        "fiscal_year": "2026",
        "layout": "tsv_rows" if i % 2 else "cell_per_line",
        "table_count": "8",
    }


def printed(summary, monkeypatch, limit: int) -> str:
    console = Console(width=200, record=True, force_terminal=False)
    monkeypatch.setattr(cli, "console", console)
    cli.print_documents(summary, limit=limit)
    return console.export_text()


def test_a_large_corpus_lists_only_the_bad_files_and_tallies_all(monkeypatch):
    docs = [doc(i) for i in range(1000)]
    docs[500] = doc(500, "failed", "web/page[1].html")
    docs[900] = doc(900, "partial")
    text = printed(FakeSummary(docs), monkeypatch, limit=10)
    assert "web/page[1].html" in text and "failed" in text  # brackets kept, not eaten as markup
    assert "d/000900.txt" in text
    assert "d/000001.txt" not in text  # no ok row is listed
    assert "998 of 1000 file(s) ok (not listed); all by status and layout:" in text
    tally = [line.split() for line in text.splitlines() if line.startswith("  ")]
    assert ["ok", "cell_per_line", "498"] in tally and ["ok", "tsv_rows", "500"] in tally
    assert ["failed", "cell_per_line", "1"] in tally and ["partial", "cell_per_line", "1"] in tally


def test_more_bad_files_than_the_limit_say_where_the_rest_are(monkeypatch):
    docs = [doc(i, "failed") for i in range(30)]
    text = printed(FakeSummary(docs), monkeypatch, limit=10)
    assert "d/000009.txt" in text and "d/000010.txt" not in text
    assert "... and 20 more not-ok file(s) (status column of seeds/raw/raw_documents.csv)" in text


def test_problems_are_named_by_kind_and_located(monkeypatch):
    docs = [doc(i) for i in range(3)]
    counts = {docs[0]["document_id"]: {"raw_function_lines": 40, "raw_problems": 7}}
    kinds = {docs[0]["document_id"]: Counter(untitled_rows=4, unknown_category=2, table_number_gap=1)}
    console = Console(width=250, record=True, force_terminal=False)
    monkeypatch.setattr(cli, "console", console)
    cli.print_documents(FakeSummary(docs, counts), limit=10, kinds=kinds)
    text = console.export_text()
    assert "problems of each document, by kind (problem code ×count):\n" in text
    assert "  d/000000.txt: 7 problems: untitled_rows ×4, unknown_category ×2, table_number_gap ×1\n" in text
    assert (
        "problems: 1 document has 7 problems, by kind: untitled_rows ×4, unknown_category ×2, table_number_gap ×1."
        in text
    )
    assert ": 7: " not in text  # no bare count before the kinds
    assert "seeds/raw/raw_problems.csv" in text and "marts.dim_document.problems" in text


def test_many_kinds_are_cut_to_the_most_frequent():
    kinds = Counter(a=1, b=5, c=2, d=2)
    assert summary.describe_problems(kinds, 10) == "10 problems: b ×5, c ×2, d ×2, +1 more kind"
    assert summary.describe_problems(kinds + Counter(e=1), 11) == "11 problems: b ×5, c ×2, d ×2, +2 more kinds"
    assert summary.describe_problems(None, 3) == "3 problems"
    assert summary.describe_problems(Counter(), 0) == "no problems"


def test_one_problem_reads_in_the_singular(monkeypatch):
    assert summary.describe_problems(Counter(indicator_realigned=1), 1) == "1 problem: indicator_realigned ×1"
    docs = [doc(i) for i in range(3)]
    counts = {docs[1]["document_id"]: {"raw_function_lines": 4, "raw_problems": 1}}
    kinds = {docs[1]["document_id"]: Counter(indicator_realigned=1)}
    console = Console(width=250, record=True, force_terminal=False)
    monkeypatch.setattr(cli, "console", console)
    cli.print_documents(FakeSummary(docs, counts), limit=10, kinds=kinds)
    text = console.export_text()
    assert "  d/000001.txt: 1 problem: indicator_realigned ×1\n" in text
    assert "problems: 1 document has 1 problem, by kind: indicator_realigned ×1." in text
    assert "d/000000.txt:" not in text and "d/000002.txt:" not in text  # no line for a document without problems


def test_problem_kinds_are_read_from_the_raw_problems_csv(tmp_path):
    path = tmp_path / "raw_problems.csv"
    path.write_text(
        "document_id,seq,severity,code,table_kind,source_line,message\n"
        'a,1,warning,untitled_rows,x,3,"m, with comma"\n'
        "a,2,warning,untitled_rows,x,9,m\n"
        "b,1,error,not_a_budget,,,m\n",
        encoding="utf-8",
    )
    assert summary.problem_kinds(path) == {"a": Counter(untitled_rows=2), "b": Counter(not_a_budget=1)}
    assert summary.problem_kinds(tmp_path / "missing.csv") == {}


def test_a_small_corpus_lists_every_file_in_order(monkeypatch):
    docs = [doc(i) for i in range(5)]
    text = printed(FakeSummary(docs), monkeypatch, limit=10)
    positions = [text.index(f"d/{i:06d}.txt") for i in range(5)]
    assert positions == sorted(positions)
    assert "not listed" not in text


def test_a_slow_first_run_reports_a_rate_that_is_not_zero():
    from yusuan.cli import files_per_second

    assert files_per_second(5, 12.0) == "0.4"  # was '0' files/s
    assert files_per_second(100_000, 150.0) == "667"
    assert files_per_second(1, 100.0) == "0.01"


def test_a_first_run_says_why_nothing_came_from_the_cache():
    from extract.pipeline import Changes
    from yusuan.cli import changes_line

    first = changes_line(Changes(unchanged=5, extracted=5, full=False))
    assert first.endswith(
        "5 extracted, 0 reused from the cache (it held none of the unchanged files: a first run here, or a new extractor version)"
    )
    nightly = changes_line(Changes(new=1, unchanged=4, extracted=1, reused=4, full=False))
    assert nightly.endswith("1 extracted, 4 reused from the cache")


def _versions_output(tmp_path, rows, manifest=()) -> str:
    """print_versions over raw_documents rows (document_id, source_path, unit_name, scope,
    fiscal_year, doc_kind, status, is_correction, file_bytes; in 上海市普陀区) and manifest rows
    (source_path, published_on)."""
    import csv

    documents = tmp_path / "raw_documents.csv"
    with documents.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        header = "document_id source_path province district unit_name scope fiscal_year doc_kind status"
        writer.writerow([*header.split(), "is_correction", "file_bytes"])
        writer.writerows([doc, path, "上海市", "普陀区", *rest] for doc, path, *rest in rows)
    manifest_csv = tmp_path / "raw_manifest.csv"
    with manifest_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source_path", "published_on", "problem"])
        writer.writerows([path, day, ""] for path, day in manifest)
    console = Console(record=True, width=200)
    summary.print_versions(console, documents, manifest_csv)
    return console.export_text()


JUSTICE, FINANCE = "上海市普陀区司法局", "上海市普陀区财政局"


def test_versions_nothing_told_apart_are_named_with_the_current_one_first(tmp_path):
    """Two different files for one unit x year x kind that no correction, status or date tells
    apart: the run names them (the longer one current), where a copy of the same file is no
    version and a failed file no candidate."""
    rows = [
        ("a1", "05_v1.txt", JUSTICE, "department", "2026", "budget", "ok", "false", 900),
        ("a2", "05_v2.txt", JUSTICE, "department", "2026", "budget", "ok", "false", 1000),
        ("a2", "05_v2_copy.txt", JUSTICE, "department", "2026", "budget", "ok", "false", 1000),
        ("b1", "18b.txt", JUSTICE, "unit_only", "2026", "budget", "ok", "false", 800),
        ("c1", "x.txt", FINANCE, "department", "2024", "final_accounts", "ok", "false", 700),
        ("c2", "x_bad.txt", FINANCE, "department", "2024", "final_accounts", "failed", "false", 9000),
    ]
    out = _versions_output(tmp_path, rows)
    assert out.startswith(
        "versions: 1 unit-year(s) have versions that no 更正/调整 correction, status or manifest published_on "
        "tells apart: the longer file was taken as current"
    )
    assert "  上海市普陀区司法局 (department) 2026 budget: 05_v2.txt (current), 05_v1.txt\n" in out
    assert "18b" not in out and "财政局" not in out and "told apart" not in out


def test_versions_a_correction_status_or_date_decided_are_only_counted(tmp_path):
    """The 园林局 pair of the trial (n23a original, n23b titled 更正, the shorter) is decided by
    the correction; a complete version beats a partial one; a later manifest date beats the
    longer file. None is the user's to decide: no line names them, one line counts them. A tie
    left among the corrections is still named, without the original the correction superseded."""
    garden = "重庆市綦江区园林局"
    rows = [
        ("g1", "n23a_original_version.txt", garden, "department", "2025", "budget", "ok", "false", 2000),
        ("g2", "n23b_corrected_version.txt", garden, "department", "2025", "budget", "ok", "true", 1900),
        ("p1", "p_partial.txt", JUSTICE, "department", "2026", "budget", "partial", "false", 5000),
        ("p2", "p_ok.txt", JUSTICE, "department", "2026", "budget", "ok", "false", 1000),
        ("d1", "d_longer.txt", FINANCE, "department", "2026", "budget", "ok", "false", 5000),
        ("d2", "d_dated.txt", FINANCE, "department", "2026", "budget", "ok", "false", 1000),
    ]
    out = _versions_output(tmp_path, rows, manifest=[("d_dated.txt", "2026-02-01"), ("d_longer.txt", "2026-01-05")])
    assert out == (
        "versions: 3 unit-year(s) were published more than once; the current version was chosen by a "
        "更正/调整 correction, the status or a manifest published_on (dim_document.is_current)\n"
    )
    # two corrections of one unit-year and the original: the corrections are tied, the original is not named
    rows += [("g3", "n23c_second_correction.txt", garden, "department", "2025", "budget", "ok", "true", 1950)]
    out = _versions_output(tmp_path, rows, manifest=[("d_dated.txt", "2026-02-01")])
    lines = out.splitlines()
    assert lines[0].startswith("versions: 1 unit-year(s) have versions that no 更正/调整 correction")
    assert (
        lines[1]
        == "  重庆市綦江区园林局 (department) 2025 budget: n23c_second_correction.txt (current), n23b_corrected_version.txt"
    )
    assert lines[2].startswith("versions: 2 other unit-year(s) were published more than once; the current version")
    assert len(lines) == 3


def test_a_not_ok_line_names_what_made_it_so_and_where_the_rest_is(tmp_path):
    # a partial document with 5 partial problems (one on two lines) and 2 warnings: the line
    # names the first three partial ones, then counts the rest
    csv = tmp_path / "raw_problems.csv"
    rows = ["document_id,seq,severity,code,table_kind,source_line,message"]
    rows.append("aa,1,warning,untitled_rows,,3,a warning first")
    rows += [f"aa,{i + 2},partial,function_code_unknown,gpb_function,{10 + i},item {i} not loaded" for i in range(4)]
    rows.append('aa,6,partial,function_code_unknown,gpb_function,,"no line, a comma"')
    rows.append("aa,7,warning,untitled_rows,,,another warning")
    rows.append("bb,1,error,no_unit_name,,,no unit name")
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reasons = summary.not_ok_reasons(csv)
    partial = {"document_id": "aa", "problems": "the document's own list"}
    assert summary.not_ok_line(partial, reasons, "raw_problems.csv") == (
        "item 0 not loaded (line 10); item 1 not loaded (line 11); item 2 not loaded (line 12)"
        " (+2 more like these, 2 warning(s): raw_problems.csv)"
    )
    assert summary.not_ok_line({"document_id": "bb", "problems": "x"}, reasons, "p") == "no unit name"
    # a document without rows there (an unreadable file, another run's csv): its own list
    assert summary.not_ok_line({"document_id": "cc", "problems": "own"}, reasons, "p") == "own"
    assert summary.not_ok_reasons(tmp_path / "absent.csv") == {}
