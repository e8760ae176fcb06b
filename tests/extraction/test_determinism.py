"""Same documents -> byte-identical seed CSVs; the committed seeds/raw is what data/raw gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import pipeline
from extract.schema import RAW_TABLES

ROOT = Path(__file__).resolve().parents[2]


def _extract(out: Path, **kwargs) -> dict[str, bytes]:
    pipeline.extract_all(ROOT / "data" / "raw", out, **kwargs)
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_committed_seeds_are_fresh(tmp_path):
    """Fails when regenerating seeds/raw from data/raw would change it: run `yusuan extract` and commit."""
    fresh = _extract(tmp_path)
    committed = {p.name: p.read_bytes() for p in sorted((ROOT / "seeds" / "raw").glob("*.csv"))}
    assert sorted(fresh) == sorted(f"{name}.csv" for name in RAW_TABLES)
    stale = [name for name in fresh if committed.get(name) != fresh[name]]
    assert not stale, f"seeds/raw is stale for {stale}: run `yusuan extract` and commit seeds/raw"


def test_two_runs_are_byte_identical(tmp_path):
    assert _extract(tmp_path / "a") == _extract(tmp_path / "b")


def test_parallel_and_serial_extraction_agree(tmp_path, monkeypatch):
    serial = _extract(tmp_path / "serial", workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    parallel = _extract(tmp_path / "parallel", workers=2)
    assert serial == parallel


@pytest.mark.parametrize("name", sorted(RAW_TABLES))
def test_csv_files_use_lf_and_utf8(name, tmp_path):
    data = _extract(tmp_path)[f"{name}.csv"]
    assert b"\r" not in data
    data.decode("utf-8")
    assert data.split(b"\n", 1)[0].decode() == ",".join(RAW_TABLES[name])


def test_identical_files_are_one_document_written_where_the_first_comes(tmp_path, monkeypatch):
    """Copies in the same chunk and in later chunks: every raw_documents row is kept (one per
    file), every other table holds each document's rows once, and serial == parallel."""
    originals = sorted((ROOT / "data" / "raw").iterdir())
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in originals:
        (raw / f"a_{path.name}").write_bytes(path.read_bytes())
        (raw / f"a_{path.name}.copy").write_bytes(path.read_bytes())  # next to it: the same chunk
        (raw / f"z_{path.name}").write_bytes(path.read_bytes())  # at the end: a later chunk
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    runs = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        summary = pipeline.extract_all(raw, out, workers=workers)
        assert len(summary.documents) == 3 * len(originals)
        assert len(summary.counts) == len(originals)
        runs[workers] = {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}
    assert runs[1] == runs[2]
    alone = _extract(tmp_path / "alone")  # the originals once: same rows, same order
    for name in RAW_TABLES:
        if name != "raw_documents":
            assert runs[1][f"{name}.csv"] == alone[f"{name}.csv"], name
    docs = runs[1]["raw_documents.csv"].decode().splitlines()[1:]
    assert len(docs) == 3 * len(originals)
    by_path = {line.split(",")[1]: line.split(",")[0] for line in docs}
    for path in originals:
        ids = {by_path[f"a_{path.name}"], by_path[f"a_{path.name}.copy"], by_path[f"z_{path.name}"]}
        assert len(ids) == 1
