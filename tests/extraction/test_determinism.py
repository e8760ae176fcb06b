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
