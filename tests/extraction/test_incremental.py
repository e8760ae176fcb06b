"""Incremental extraction: documents are kept by content and extractor version, only new content
is parsed, and seeds/raw is byte-identical to a full run over the same files (issue 18)."""

from __future__ import annotations

import csv
import errno
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import corpus
from extract import cache as cache_mod
from extract import pipeline, write
from extract.schema import RAW_TABLES

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "data" / "raw").iterdir())


@pytest.fixture(scope="module")
def generated() -> list[tuple[str, bytes]]:
    """Twelve synthetic documents (bench/corpus.py, seed 5): (relative path, bytes)."""
    catalogue = corpus.harvest()
    return [(rel, text.encode("utf-8")) for rel, text in (corpus.document(5, i, catalogue) for i in range(12))]


def make_raw(folder: Path, files: list[tuple[str, bytes]]) -> Path:
    for rel, data in files:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def bundled_files() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in BUNDLED]


def csvs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def full_run(raw: Path, out: Path) -> dict[str, bytes]:
    """The reference: every file parsed, no cache."""
    pipeline.extract_all(raw, out, workers=1)
    return csvs(out)


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The files actually parsed in this process (serial runs), in order."""
    calls: list[str] = []
    original = pipeline.process_file

    def counting(path: str):
        calls.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(pipeline, "process_file", counting)
    return calls


def test_a_second_run_parses_nothing_and_writes_the_same_bytes(tmp_path, generated, parsed):
    raw = make_raw(tmp_path / "raw", bundled_files() + generated[:3])
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    first = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert (first.changes.new, first.changes.extracted, first.changes.reused) == (8, 8, 0)
    assert len(parsed) == 8
    before = csvs(out)

    parsed.clear()
    second = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert parsed == []  # nothing parsed: every document came from the cache
    c = second.changes
    assert (c.new, c.changed, c.removed, c.unchanged, c.reused, c.extracted) == (0, 0, 0, 8, 8, 0)
    assert csvs(out) == before == full_run(raw, tmp_path / "full")
    # the summary still carries every document and its row counts
    assert second.counts == first.counts
    assert [d["status"] for d in second.documents] == [d["status"] for d in first.documents]


def test_new_changed_and_removed_files(tmp_path, generated, parsed):
    raw = make_raw(tmp_path / "raw", bundled_files() + generated[:6])
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    removed_id = pipeline.process_file(str(raw / generated[1][0])).document_id
    changed_old_id = pipeline.process_file(str(raw / BUNDLED[2].name)).document_id

    # a new file that sorts first (its rows go before every other document's), a new one
    # in a sub-folder, a changed file (other content under the same name), a removed one
    make_raw(raw, [("00-first.txt", generated[6][1]), generated[7]])
    (raw / BUNDLED[2].name).write_bytes(generated[8][1])
    (raw / generated[1][0]).unlink()
    parsed.clear()
    summary = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    c = summary.changes
    assert (c.new, c.changed, c.removed, c.unchanged) == (2, 1, 1, 9)
    assert (c.extracted, c.reused) == (3, 9)
    assert sorted(parsed) == sorted(["00-first.txt", Path(generated[7][0]).name, BUNDLED[2].name])

    incremental = csvs(out)
    assert incremental == full_run(raw, tmp_path / "full")
    for name in RAW_TABLES:  # the removed and the replaced content left every table
        text = incremental[f"{name}.csv"].decode()
        assert removed_id not in text and changed_old_id not in text, name
    first_id = pipeline.process_file(str(raw / "00-first.txt")).document_id
    assert incremental["raw_documents.csv"].decode().splitlines()[1].startswith(f"{first_id},00-first.txt,")
    assert incremental["raw_tables.csv"].decode().splitlines()[1].startswith(f"{first_id},")


def test_identical_files_are_one_document_in_an_incremental_run(tmp_path, generated, parsed):
    raw = make_raw(tmp_path / "raw", bundled_files())
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    # a copy of a known document and two copies of a new one
    make_raw(
        raw, [("copy_of_002.txt", BUNDLED[2].read_bytes()), ("n1.txt", generated[0][1]), ("n2.txt", generated[0][1])]
    )
    parsed.clear()
    summary = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert parsed == ["n1.txt"]
    assert (summary.changes.new, summary.changes.extracted, summary.changes.reused) == (3, 1, 5)
    assert len(summary.documents) == 8 and len(summary.counts) == 6
    assert csvs(out) == full_run(raw, tmp_path / "full")


def test_parallel_incremental_run_equals_a_full_run(tmp_path, generated, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 1)
    raw = make_raw(tmp_path / "raw", bundled_files() + generated[:4])
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=2, cache_dir=cache)
    make_raw(raw, generated[4:])
    summary = pipeline.extract_all(raw, out, workers=2, cache_dir=cache)
    assert (summary.changes.extracted, summary.changes.reused) == (8, 9)
    assert csvs(out) == full_run(raw, tmp_path / "full")


def test_full_parses_everything_again(tmp_path, generated, parsed):
    raw = make_raw(tmp_path / "raw", bundled_files() + generated[:2])
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    before = csvs(out)
    parsed.clear()
    summary = pipeline.extract_all(raw, out, workers=1, cache_dir=cache, full=True)
    assert len(parsed) == 7
    assert (summary.changes.extracted, summary.changes.reused, summary.changes.full) == (7, 0, True)
    assert (summary.changes.unchanged, summary.changes.new) == (7, 0)
    assert csvs(out) == before


def test_another_extractor_version_parses_everything_and_drops_the_old_entries(
    tmp_path, generated, parsed, monkeypatch
):
    raw = make_raw(tmp_path / "raw", bundled_files() + generated[:2])
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    old_version = cache_mod.extractor_version()
    assert (cache / old_version).is_dir()

    monkeypatch.setattr(cache_mod, "extractor_version", lambda: "0123456789abcdef")
    parsed.clear()
    summary = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert len(parsed) == 7 and summary.changes.reused == 0
    assert sorted(p.name for p in cache.iterdir()) == ["0123456789abcdef"]
    assert len(cache_mod.DocumentCache(cache, "0123456789abcdef").known()) == 7


@pytest.fixture
def package_copy(tmp_path, monkeypatch) -> Path:
    """A copy of the extract package and seeds/reference, which extractor_version() reads."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "extract", copy / "extract", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copytree(ROOT / "seeds" / "reference", copy / "seeds" / "reference")
    monkeypatch.setattr(cache_mod, "PACKAGE_DIR", copy / "extract")
    monkeypatch.setattr(cache_mod, "REFERENCE_DIR", copy / "seeds" / "reference")
    return copy


def test_the_version_follows_the_code_and_the_reference_files_extraction_reads(package_copy):
    version = cache_mod.extractor_version()
    assert version == cache_mod.extractor_version() and len(version) == 16

    parser = package_copy / "extract" / "tables" / "interpret.py"
    parser.write_text(parser.read_text(encoding="utf-8") + "\n# a fix\n", encoding="utf-8")
    after_code = cache_mod.extractor_version()
    assert after_code != version

    aliases = package_copy / "seeds" / "reference" / "function_name_aliases.csv"
    aliases.write_text(aliases.read_text(encoding="utf-8") + "资源勘探工业信息等,215,test\n", encoding="utf-8")
    after_reference = cache_mod.extractor_version()
    assert after_reference != after_code

    # reference data only dbt reads does not touch extraction
    issues = package_copy / "seeds" / "reference" / "known_source_issues.csv"
    issues.write_text(issues.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert cache_mod.extractor_version() == after_reference


def test_a_damaged_entry_is_parsed_again(tmp_path, generated, parsed):
    raw = make_raw(tmp_path / "raw", bundled_files())
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    before = csvs(out)
    store = cache_mod.DocumentCache(cache)
    sha = pipeline._sha256(str(BUNDLED[3]))
    data = store.path(sha).read_bytes()
    store.path(sha).write_bytes(data[: len(data) - 40])  # cut short, as by a full disk
    assert store.load(sha) is None
    parsed.clear()
    summary = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert parsed == [BUNDLED[3].name]
    assert (summary.changes.extracted, summary.changes.reused) == (1, 4)
    assert csvs(out) == before


def test_encode_documents_is_the_whole_encoding_cut_per_document():
    rows = {
        "a": [{"seq": "1", "severity": "warning", "code": "x", "message": "plain"}],
        "b": [],
        "c": [
            {"seq": "1", "severity": "partial", "code": "y", "message": 'quoted, "with" a comma'},
            {"seq": "2", "severity": "warning", "code": "z", "message": "two\nlines"},
        ],
        "d": [{"seq": "1", "severity": "warning", "code": "w", "message": "last"}],
    }
    documents = list(rows.items())
    parts = write.encode_documents("raw_problems", documents)
    ids = [doc_id for doc_id, r in documents for _ in r]
    whole = write.encode_rows("raw_problems", [row for r in rows.values() for row in r], ids)
    assert b"".join(parts) == whole
    assert parts[1] == b"" and parts[0].startswith(b"a,1,") and parts[3] == b"d,1,warning,w,,,last\n"
    assert parts[2].count(b"\n") == 3  # a line break inside a field stays with its row
    no_break = [(k, [r for r in v if "\n" not in r["message"]]) for k, v in documents]
    parts = write.encode_documents("raw_problems", no_break)
    assert [p.count(b"\n") for p in parts] == [1, 0, 1, 1]


# ---------------------------------------------------------------------------------------
# Crash safety: the previous set stays whole, and the next run finishes the work.

KILLER = """
import os, signal, sys
from pathlib import Path
from extract import cache, pipeline, write

raw, out, cache_dir, where, limit = sys.argv[1:6]
stored = []
original = cache.DocumentCache.store

def store(self, entry):
    if where == "store" and len(stored) == int(limit):
        os.kill(os.getpid(), signal.SIGKILL)
    original(self, entry)
    stored.append(entry)

def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

cache.DocumentCache.store = store
if where == "swap":
    write.swap_in = die
if where == "exchange":
    write._exchange = die
pipeline.extract_all(Path(raw), Path(out), workers=1, cache_dir=Path(cache_dir))
"""


def killed_run(raw: Path, out: Path, cache: Path, where: str, limit: int = 0) -> int:
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(raw), str(out), str(cache), where, str(limit)],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
        check=False,
    )
    return done.returncode


def consistent(seeds: dict[str, bytes]) -> None:
    """Every document with rows is a document of raw_documents (no set mixed from two runs)."""

    def ids(data: bytes) -> set[str]:
        return {row[0] for row in list(csv.reader(io.StringIO(data.decode("utf-8"))))[1:]}

    docs = ids(seeds["raw_documents.csv"])
    for name, data in seeds.items():
        assert ids(data) <= docs, name


@pytest.mark.parametrize("where", ["store", "swap", "exchange"])
def test_a_killed_run_leaves_the_previous_set_and_the_next_run_finishes(tmp_path, generated, parsed, where):
    raw = make_raw(tmp_path / "raw", bundled_files())
    out, cache = tmp_path / "seeds" / "raw", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    previous = csvs(out)
    make_raw(raw, generated)  # 12 new documents: chunks of 2 in a serial run

    assert killed_run(raw, out, cache, where, limit=5) == -9
    assert csvs(out) == previous  # the previous set, whole: `yusuan build` still gives what it gave
    consistent(previous)
    kept = len(cache_mod.DocumentCache(cache).known())
    assert kept == (5 + 5 if where == "store" else 5 + 12)  # what finished before the kill is kept
    assert list(out.parent.glob(".raw.*.staging"))  # the killed run's staging folder

    parsed.clear()
    summary = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert len(parsed) == 17 - kept  # nothing kept is parsed again
    assert summary.changes.reused == kept
    assert csvs(out) == full_run(raw, tmp_path / "full")
    assert sorted(p.name for p in out.parent.iterdir()) == ["raw"]  # leftovers removed


def test_a_failure_while_writing_leaves_the_previous_set(tmp_path, generated, monkeypatch):
    raw = make_raw(tmp_path / "raw", bundled_files())
    out, cache = tmp_path / "seeds" / "raw", tmp_path / "cache"
    pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    previous = csvs(out)
    make_raw(raw, generated[:3])
    calls = []
    original = write.TableWriter.write

    def failing(self, name, data):
        calls.append(name)
        if len(calls) == 7:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(self, name, data)

    monkeypatch.setattr(write.TableWriter, "write", failing)
    with pytest.raises(OSError):
        pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert csvs(out) == previous
    assert sorted(p.name for p in out.parent.iterdir()) == ["raw"]  # staging removed


def test_without_an_atomic_exchange_the_set_is_still_swapped_whole(tmp_path, generated, monkeypatch):
    raw = make_raw(tmp_path / "raw", bundled_files())
    out = tmp_path / "seeds" / "raw"
    pipeline.extract_all(raw, out, workers=1)
    (out / "README.md").write_text("kept\n", encoding="utf-8")

    def unsupported(a, b):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(write, "_exchange", unsupported)
    make_raw(raw, generated[:2])
    pipeline.extract_all(raw, out, workers=1)
    assert csvs(out) == full_run(raw, tmp_path / "full")
    assert (out / "README.md").read_text(encoding="utf-8") == "kept\n"  # not a raw table: carried over
    assert sorted(p.name for p in out.parent.iterdir()) == ["raw"]


def test_recover_puts_back_a_set_renamed_aside(tmp_path):
    seeds = tmp_path / "seeds"
    old = seeds / ".raw.999999999.old"  # a writer killed between its two renames (no such pid)
    old.mkdir(parents=True)
    (old / "raw_documents.csv").write_text("document_id\n", encoding="utf-8")
    stale = seeds / ".raw.999999998.staging"
    stale.mkdir()
    mine = seeds / f".raw.{os.getppid()}.staging"  # a live process's: left alone
    mine.mkdir()
    write.recover(seeds / "raw")
    assert (seeds / "raw" / "raw_documents.csv").read_text(encoding="utf-8") == "document_id\n"
    assert not old.exists() and not stale.exists() and mine.exists()


def test_failed_documents_are_tried_again(tmp_path, parsed):
    raw = make_raw(tmp_path / "raw", [*bundled_files(), ("empty.txt", b""), ("scan.pdf", b"%PDF-1.7\n\x00\x01")])
    out, cache = tmp_path / "seeds", tmp_path / "cache"
    first = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert sorted(d["source_path"] for d in first.failed) == ["empty.txt", "scan.pdf"]
    before = csvs(out)
    parsed.clear()
    second = pipeline.extract_all(raw, out, workers=1, cache_dir=cache)
    assert sorted(parsed) == ["empty.txt", "scan.pdf"]  # a failure may not repeat: never kept
    assert (second.changes.extracted, second.changes.reused) == (2, 5)
    assert csvs(out) == before
