"""Hostile input, document by document and file by file (issue 17).

The reproductions in tests/fixtures/reliability/ were made from the bundled documents by
changing a few characters (see its README.md). Each test states the right behaviour: a
figure is read exactly or not at all (with a problem), never as another number; a bad file
gets its own row with a reason and never stops the others.
"""

from __future__ import annotations

import csv
import os
import time
from decimal import Decimal
from pathlib import Path

import pytest

import extract.read as read_mod
from extract.pipeline import extract_all, process, process_file
from extract.read import decode, display_path, list_sources

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "reliability"
RAW = ROOT / "data" / "raw"
DOC_000 = next(RAW.glob("000_*.txt"))
DOC_001 = next(RAW.glob("001_*.txt"))


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def figures(out, metric: str) -> list[dict[str, str]]:
    return [r for r in out.rows.get("raw_narrative_figures", []) if r["metric"] == metric]


def codes(out) -> list[str]:
    return [p["code"] for p in out.rows.get("raw_problems", [])]


# --- 1. invisible characters ------------------------------------------------------------------


@pytest.mark.parametrize(
    "char",
    ["\u00ad", "\u200b", "\u200d", "\u200e", "\u2060", "\u202d", "\ufeff", "\u0301"],
    ids=["soft_hyphen", "zwsp", "zwj", "lrm", "word_joiner", "lro", "bom", "combining_acute"],
)
def test_an_invisible_character_inside_an_amount_is_removed_before_reading(char):
    text = fixture_text("invisible_char_inside_amount.txt")
    assert "278.6\u00ad6万元" in text  # the reproduction as handed in
    out = process(text.replace("\u00ad", char).encode("utf-8"), "x")
    assert out.document["status"] == "ok", out.document["problems"]
    [change] = figures(out, "income_change_vs_prior_year")
    assert change["value"] == "-2786600.00"  # never -60000.00 ('6万元')
    assert change["value_text"] == "278.66万元"
    assert change["value_text"] in change["source_text"]
    if char != "\ufeff":  # a BOM inside the text is removed without a finding
        assert "invisible_characters_removed" in codes(out)


def test_invisible_characters_in_a_table_cell_are_removed_or_refused():
    from extract.numbers import NumberError, parse_decimal

    assert parse_decimal("4,8\u00ad44.5\u200b6") == Decimal("4844.56")
    with pytest.raises(NumberError):
        parse_decimal("278.6\u03016")  # a combining mark the reader did not remove: no number


def test_a_hidden_character_inside_a_narrative_number_never_gives_its_tail():
    from extract.narrative.text import amounts

    for text in ("减少278.6\ufffd6万元", "减少278.6 6万元", "减少278\u00ad.66万元"):
        assert [a.text for a in amounts(text)] == [], text
    assert [a.value for a in amounts("减少278.66万元，增加 42.25 万元")] == [Decimal("2786600"), Decimal("422500")]


# --- a figure that cannot be stored exactly -----------------------------------------------


def test_many_decimals_are_refused_not_rounded():
    out = process(fixture_text("many_decimals.txt").encode("utf-8"), "x")
    assert out.document["status"] == "partial"
    assert "amount_not_exact" in codes(out)
    assert "84.3123456万元" in out.document["problems"]
    assert figures(out, "operating_cost") == []  # never 843123.46
    assert figures(out, "income_general_public_budget")[0]["value"] == "7176100.00"  # the rest lands


def test_an_amount_beyond_decimal_20_2_is_a_problem_of_its_document():
    out = process(fixture_text("amount_overflow.txt").encode("utf-8"), "x")
    assert out.document["status"] == "partial"
    assert "amount_out_of_range" in codes(out)
    assert figures(out, "operating_cost") == []
    for rows in out.rows.values():
        for row in rows:
            for column in ("amount_yuan", "value"):
                if row.get(column):
                    assert abs(Decimal(row[column])) < Decimal(10) ** 18


# --- 2. identity ------------------------------------------------------------------------------


def test_a_document_without_a_unit_name_fails_with_a_reason():
    out = process(fixture_text("no_unit_name.txt").encode("utf-8"), "x")
    assert out.document["status"] == "failed"
    assert codes(out) == ["no_unit_name"]
    assert "no unit name" in out.document["problems"]
    assert set(out.rows) == {"raw_problems"}  # no figure of an unknown unit


# --- invalid bytes ----------------------------------------------------------------------------


def test_one_invalid_byte_is_replaced_with_a_warning_not_a_failed_document():
    data = DOC_000.read_bytes()
    original = process(data, "x")
    at = data.index("单位基本情况".encode())
    out = process(data[:at] + b"\xff" + data[at:], "x")
    assert out.document["status"] == "ok"
    assert out.document["encoding"] == "utf-8"
    assert "invalid_bytes_replaced" in codes(out)
    values = lambda o: sorted((r["metric"], r["value"]) for r in o.rows["raw_narrative_figures"])  # noqa: E731
    assert values(out) == values(original)


def test_an_invalid_byte_inside_an_amount_loses_that_amount_only():
    data = DOC_000.read_bytes()
    printed = "减少278.66万元".encode()
    assert printed in data
    out = process(data.replace(printed, "减少278.6".encode() + b"\xff" + "6万元".encode(), 1), "x")
    assert out.document["status"] != "failed"
    assert figures(out, "income_change_vs_prior_year") == []  # not '6万元'


def test_many_invalid_bytes_still_refuse_the_file():
    data = DOC_000.read_bytes()
    broken = b"".join(data[i : i + 50] + b"\xff" for i in range(0, len(data), 50))
    with pytest.raises(read_mod.ReadError):
        decode(broken)


# --- 4. backtracking and the time limit ---------------------------------------------------


@pytest.mark.parametrize("line", ["1" * 100_000, "以及" + "1" * 100_000, "下属" + "1" * 100_000 + "个单位"])
def test_a_line_of_100000_digits_in_section_one_is_linear(line):
    text = DOC_000.read_text(encoding="utf-8")
    at = text.index("一、单位基本情况\n") + len("一、单位基本情况\n")
    started = time.perf_counter()
    out = process((text[:at] + line + "\n" + text[at:]).encode("utf-8"), "x", seconds=30)
    assert time.perf_counter() - started < 5
    assert out.document["status"] == "ok", out.document["problems"]
    assert figures(out, "income_change_vs_prior_year")[0]["value"] == "-2786600.00"


def test_a_document_that_takes_too_long_fails_and_says_so(monkeypatch):
    import extract.narrative

    def slow(*args, **kwargs):
        time.sleep(10)

    monkeypatch.setattr(extract.narrative, "parse_narrative", slow)
    started = time.perf_counter()
    out = process(DOC_000.read_bytes(), "x", seconds=0.3)
    assert time.perf_counter() - started < 3
    assert out.document["status"] == "failed"
    assert codes(out) == ["timed_out"]
    assert "timed out after 0.3 s" in out.document["problems"]
    assert set(out.rows) == {"raw_problems"}


def test_the_time_limit_comes_from_the_environment(monkeypatch):
    from extract.pipeline import DOCUMENT_SECONDS, document_seconds

    monkeypatch.setenv("YUSUAN_DOCUMENT_SECONDS", "2.5")
    assert document_seconds() == 2.5
    monkeypatch.setenv("YUSUAN_DOCUMENT_SECONDS", "soon")
    assert document_seconds() == DOCUMENT_SECONDS


# --- 3. files that cannot be read -----------------------------------------------------------


def raw_rows(out_dir: Path, name: str) -> list[dict[str, str]]:
    with (out_dir / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def hostile_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "[").mkdir(parents=True)
    (raw / "[" / "red] [bold]x.txt").write_bytes(DOC_000.read_bytes())
    (raw / "bad").mkdir()
    Path(os.fsdecode(os.fsencode(raw / "bad") + b"/\xff\xfe.txt")).write_bytes(DOC_001.read_bytes())
    (raw / "self.txt").symlink_to("self.txt")
    (raw / "dangling.txt").symlink_to("gone.txt")
    outside = tmp_path / "outside.txt"
    outside.write_bytes(DOC_001.read_bytes())
    (raw / "outside.txt").symlink_to(outside)
    (raw / "inside.txt").symlink_to(raw / "[" / "red] [bold]x.txt")
    (raw / "no_unit_name.txt").write_bytes((FIXTURES / "no_unit_name.txt").read_bytes())
    return raw


def test_every_file_gets_a_row_and_the_good_ones_land(hostile_raw: Path, tmp_path: Path):
    out_dir = tmp_path / "seeds"
    summary = extract_all(hostile_raw, out_dir, workers=1)
    documents = {row["source_path"]: row for row in raw_rows(out_dir, "raw_documents")}
    assert set(documents) == {
        "[/red] [bold]x.txt",
        "bad/%FF%FE.txt",
        "dangling.txt",
        "inside.txt",
        "no_unit_name.txt",
        "outside.txt",
        "self.txt",
    }
    status = {path: row["status"] for path, row in documents.items()}
    assert status["[/red] [bold]x.txt"] == status["inside.txt"] == status["bad/%FF%FE.txt"] == "ok"
    assert status["self.txt"] == status["dangling.txt"] == status["outside.txt"] == "failed"
    assert "Too many levels of symbolic links" in documents["self.txt"]["problems"]
    assert "No such file" in documents["dangling.txt"]["problems"]
    assert "outside the raw folder" in documents["outside.txt"]["problems"]
    assert documents["no_unit_name.txt"]["status"] == "failed"
    problems = {(r["document_id"], r["code"]) for r in raw_rows(out_dir, "raw_problems")}
    assert (documents["outside.txt"]["document_id"], "outside_raw_folder") in problems
    assert (documents["self.txt"]["document_id"], "unreadable_file") in problems
    # the failed ones have distinct ids and no figures; the good ones have theirs
    failed_ids = {documents[p]["document_id"] for p in ("self.txt", "dangling.txt", "outside.txt")}
    assert len(failed_ids) == 3
    figures_by_doc = {r["document_id"] for r in raw_rows(out_dir, "raw_narrative_figures")}
    assert not failed_ids & figures_by_doc
    assert documents["bad/%FF%FE.txt"]["document_id"] in figures_by_doc
    assert documents["[/red] [bold]x.txt"]["document_id"] in figures_by_doc
    assert len(summary.documents) == 7


def test_a_file_name_that_is_not_utf8_is_percent_encoded():
    assert display_path("a/b.txt") == "a/b.txt"
    assert display_path(os.fsdecode(b"d/\xff\xfe.txt")) == "d/%FF%FE.txt"
    assert display_path(os.fsdecode("预算\u00e9".encode() + b"\xc3.txt")) == "预算\u00e9%C3.txt"


def test_an_unreadable_file_fails_with_the_reason(tmp_path: Path, monkeypatch):
    # run as root, mode 000 does not stop a read: the operating system's refusal is simulated
    path = tmp_path / "locked.txt"
    path.write_bytes(DOC_000.read_bytes())
    real_open = open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(read_mod, "open", refusing_open, raising=False)
    out = process_file(str(path), str(tmp_path))
    assert out.document["status"] == "failed"
    assert codes(out) == ["unreadable_file"]
    assert "Permission denied" in out.document["problems"]


def test_a_file_removed_after_listing_fails_and_the_others_land(tmp_path: Path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(DOC_000.read_bytes())
    (raw / "b.txt").write_bytes(DOC_001.read_bytes())
    listed = list_sources(raw)
    (raw / "a.txt").unlink()
    monkeypatch.setattr("extract.pipeline.list_sources", lambda folder: listed)
    extract_all(raw, tmp_path / "seeds", workers=1)
    documents = {row["source_path"]: row for row in raw_rows(tmp_path / "seeds", "raw_documents")}
    assert documents["a.txt"]["status"] == "failed"
    assert "removed after the folder was listed" in documents["a.txt"]["problems"]
    assert documents["b.txt"]["status"] == "ok"


def test_a_file_beyond_the_size_limit_is_refused_without_reading_it(tmp_path: Path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(DOC_000.read_bytes() * 40)  # ~0.5 MB
    monkeypatch.setenv("YUSUAN_MAX_FILE_MB", "0.1")
    out = process_file(str(path), str(tmp_path))
    assert out.document["status"] == "failed"
    assert codes(out) == ["file_too_large"]
    assert "YUSUAN_MAX_FILE_MB" in out.document["problems"]
    monkeypatch.delenv("YUSUAN_MAX_FILE_MB")
    assert "file_too_large" not in codes(process_file(str(path), str(tmp_path)))  # the default 64 MB


def test_a_folder_that_cannot_be_listed_is_its_own_row(tmp_path: Path, monkeypatch):
    raw = tmp_path / "raw"
    (raw / "locked").mkdir(parents=True)
    (raw / "a.txt").write_bytes(DOC_000.read_bytes())
    real_scandir = os.scandir

    def refusing_scandir(folder):
        if str(folder).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(folder))
        return real_scandir(folder)

    monkeypatch.setattr(read_mod.os, "scandir", refusing_scandir)
    assert [rel for rel, _ in list_sources(raw)] == ["a.txt", "locked/"]
    out = process_file(str(raw / "locked"), str(raw))
    assert out.document["status"] == "failed"
    assert "cannot be listed" in out.document["problems"]


def test_a_200_mb_file_is_refused_without_being_read(tmp_path: Path):
    import resource

    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = process_file(str(path), str(tmp_path))
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert out.document["status"] == "failed"
    assert codes(out) == ["file_too_large"]
    assert "200.0 MB, more than the 64 MB read" in out.document["problems"]
    assert grown_kb < 50 * 1024  # never loaded


def test_a_second_incremental_run_copes_with_the_same_bad_files(hostile_raw: Path, tmp_path: Path):
    out_dir, cache = tmp_path / "seeds", tmp_path / "cache"
    extract_all(hostile_raw, out_dir, workers=1, cache_dir=cache)
    first = (out_dir / "raw_documents.csv").read_bytes()
    extract_all(hostile_raw, out_dir, workers=1, cache_dir=cache)  # hashes every file first
    assert (out_dir / "raw_documents.csv").read_bytes() == first
    documents = {row["source_path"]: row for row in raw_rows(out_dir, "raw_documents")}
    assert documents["outside.txt"]["status"] == "failed"
    assert documents["self.txt"]["status"] == "failed"


def test_a_file_that_was_never_read_has_an_unknown_format(tmp_path: Path):
    out = process_file(str(tmp_path / "gone.pdf"), str(tmp_path))  # no such file: not a byte was read
    assert out.document["status"] == "failed"
    assert out.document["source_format"] == "unknown"


KUNMING = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "published"
    / "云南昆明_昆明市人民政府办公室机关_2026年_部门预算说明（网页正文）.html"
)


def test_dim_document_problems_name_each_message_once_in_order():
    out = process(KUNMING.read_bytes(), "kunming")
    listed = out.document["problems"].split("; ")
    every = [
        row["message"] + (f" (line {row['source_line']})" if row["source_line"] else "")
        for row in out.rows["raw_problems"]
    ]
    assert listed == list(dict.fromkeys(every))  # each once, in the order first found; none lost


def test_a_repeated_problem_is_summarised_once():
    from extract.pipeline import _output
    from extract.result import ParseResult

    result = ParseResult()
    for code, message, line in (("a", "first", 3), ("b", "second", None), ("a", "first", 3), ("b", "second", None)):
        result.problem("warning", code, message, "narrative", line)
    out = _output("d", {"document_id": "d"}, result)
    assert out.document["problems"] == "first (line 3); second"
    assert len(out.rows["raw_problems"]) == 4  # the raw rows keep every occurrence
