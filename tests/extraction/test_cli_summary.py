"""The per-document summary stays readable for a national corpus: every not-ok file is listed,
the rest is a tally, and file names are printed as they are (never read as markup)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console

import yusuan.cli as cli


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


def test_a_large_corpus_lists_the_bad_files_and_tallies_the_rest(monkeypatch):
    docs = [doc(i) for i in range(1000)]
    docs[500] = doc(500, "failed", "web/page[1].html")
    docs[900] = doc(900, "partial")
    text = printed(FakeSummary(docs), monkeypatch, limit=10)
    assert "web/page[1].html" in text and "failed" in text  # brackets kept, not eaten as markup
    assert "d/000900.txt" in text
    assert "... and 990 more ok file(s); all 1000 by status and layout:" in text
    tally = [line.split() for line in text.splitlines() if line.startswith("  ")]
    assert ["ok", "cell_per_line", "498"] in tally and ["ok", "tsv_rows", "500"] in tally
    assert ["failed", "cell_per_line", "1"] in tally and ["partial", "cell_per_line", "1"] in tally


def test_a_small_corpus_lists_every_file_in_order(monkeypatch):
    docs = [doc(i) for i in range(5)]
    text = printed(FakeSummary(docs), monkeypatch, limit=10)
    positions = [text.index(f"d/{i:06d}.txt") for i in range(5)]
    assert positions == sorted(positions)
    assert "more ok file" not in text
