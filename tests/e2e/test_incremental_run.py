"""A nightly `yusuan run` over a folder that changed: only the new content is extracted, and
seeds/raw and every mart are the same as after `yusuan run --full` (issue 18)."""

from __future__ import annotations

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


def test_incremental_run_builds_the_same_warehouse_as_a_full_run(project_copy):
    raw = project_copy / "data" / "raw"
    catalogue = corpus.harvest(raw)
    first = run_yusuan(project_copy, "extract")  # yesterday's run (its build is not needed here)
    assert first.returncode == 0, first.output[-3000:]
    # the committed seeds/raw lists the same five files: unchanged, but the cache is empty
    assert "0 new, 0 changed, 0 removed, 5 unchanged; document(s): 5 extracted, 0 reused from the cache" in first.stdout

    # the night's changes: one file withdrawn, one re-published with other bytes, one new
    (raw / "000_d9672e515e496097.txt").unlink()
    corrected = raw / "003_2b7b38b2db384d80.txt"
    corrected.write_bytes(corrected.read_bytes() + b"\n")
    rel, text = corpus.document(11, 3, catalogue)
    (raw / "new").mkdir()
    (raw / "new" / rel.replace("/", "_")).write_text(text, encoding="utf-8")

    night = run_yusuan(project_copy, "run", db_path=project_copy / "warehouse" / "night" / "yusuan.duckdb")
    assert night.returncode == 0, night.output[-3000:]
    assert "1 new, 1 changed, 1 removed, 3 unchanged; document(s): 2 extracted, 3 reused from the cache" in night.stdout
    seeds = {p.name: p.read_bytes() for p in sorted((project_copy / "seeds" / "raw").glob("*.csv"))}
    nightly = marts(night.db_path)

    full = run_yusuan(project_copy, "run", "--full", db_path=project_copy / "warehouse" / "full" / "yusuan.duckdb")
    assert full.returncode == 0, full.output[-3000:]
    assert "document(s): 5 extracted, full run" in full.stdout
    assert {p.name: p.read_bytes() for p in sorted((project_copy / "seeds" / "raw").glob("*.csv"))} == seeds
    rebuilt = marts(full.db_path)
    assert sorted(rebuilt) == sorted(nightly) and "fact_expenditure" in rebuilt
    for name, rows in rebuilt.items():
        assert nightly[name] == rows, name
    con = full.connect()
    documents = {row[0] for row in con.sql("select source_path from marts.dim_document").fetchall()}
    con.close()
    assert "000_d9672e515e496097.txt" not in documents and len(documents) == 5
