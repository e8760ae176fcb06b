"""A nightly `yusuan run` over a folder that changed: only the new content is extracted, and
seeds/raw and every mart are the same as after a full run over the same files (issue 18).

The night's changes bring the folder back to the five bundled documents, so the full run to
compare with is the session's ``bundled_run``: a fresh project copy whose empty cache makes it
extract every document, then build (the same as `yusuan run --full`)."""

from __future__ import annotations

import shutil

import duckdb
from conftest import run_yusuan

from bench import corpus


def marts(db_path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        names = [
            row[0]
            for row in con.sql(
                "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        return {name: con.sql(f"select * from marts.{name} order by all").fetchall() for name in names}
    finally:
        con.close()


def files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def seeds(project) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "seeds" / "raw").glob("*.csv"))}


def test_incremental_run_builds_the_same_warehouse_as_a_full_run(project_copy, bundled_run, tmp_path):
    raw = project_copy / "data" / "raw"
    catalogue = corpus.harvest(raw)
    # yesterday's folder: 000 not yet published, 003 as first published, one more document
    rel, text = corpus.document(11, 3, catalogue)
    withdrawn = raw / "new" / rel.replace("/", "_")
    withdrawn.parent.mkdir()
    withdrawn.write_text(text, encoding="utf-8")
    later = tmp_path / "000_d9672e515e496097.txt"
    shutil.move(raw / later.name, later)
    corrected = raw / "003_2b7b38b2db384d80.txt"
    republished = corrected.read_bytes()
    corrected.write_bytes(republished + b"\n")
    first = run_yusuan(project_copy, "extract")  # yesterday's run (its build is not needed here)
    assert first.returncode == 0, first.output[-3000:]
    # the committed seeds/raw lists the five bundled files; the cache is empty
    assert "1 new, 1 changed, 1 removed, 3 unchanged; document(s): 5 extracted, 0 reused from the cache" in first.stdout

    # the night's changes: one file withdrawn, one re-published with other bytes, one new
    withdrawn.unlink()
    corrected.write_bytes(republished)
    shutil.move(later, raw / later.name)

    night = run_yusuan(project_copy, "run", db_path=project_copy / "warehouse" / "night" / "yusuan.duckdb")
    assert night.returncode == 0, night.output[-3000:]
    assert "1 new, 1 changed, 1 removed, 3 unchanged; document(s): 2 extracted, 3 reused from the cache" in night.stdout

    # the full run over the same five files: every document extracted, none from a cache
    full = bundled_run
    assert full.returncode == 0, full.output[-3000:]
    assert "document(s): 5 extracted, 0 reused from the cache" in full.stdout
    assert files(raw) == files(full.project / "data" / "raw")
    assert seeds(project_copy) == seeds(full.project)
    nightly, rebuilt = marts(night.db_path), marts(full.db_path)
    assert sorted(rebuilt) == sorted(nightly) and "fact_expenditure" in rebuilt
    for name, rows in rebuilt.items():
        assert nightly[name] == rows, name
    con = night.connect()
    documents = {row[0] for row in con.sql("select source_path from marts.dim_document").fetchall()}
    con.close()
    assert f"new/{withdrawn.name}" not in documents and later.name in documents and len(documents) == 5
