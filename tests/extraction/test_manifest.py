"""The optional manifest beside the documents: citations (URL, publisher, date) per file;
a bad row is a problem on that row, never a crash; the manifest is never read as a document."""

from __future__ import annotations

from extract.manifest import parse_date, read_manifest
from extract.read import list_sources

MANIFEST = (
    "file,source_url,publisher,published_on,note\n"
    "a.txt,https://www.cq.gov.cn/a.pdf,重庆市渝中区人民政府办公室,2026-02-03,x\n"
    "b/c.txt,ftp://nowhere,某单位,2026年2月30日,\n"
    "missing.txt,https://example.org/m.pdf,,2026/1/5,\n"
    "a.txt,https://example.org/again.pdf,,,\n"
    ",https://example.org/none.pdf,,,\n"
)


def write(tmp_path, text: str, name: str = "manifest.csv", encoding: str = "utf-8-sig"):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b").mkdir(exist_ok=True)
    (tmp_path / "b" / "c.txt").write_text("x", encoding="utf-8")
    (tmp_path / name).write_bytes(text.encode(encoding))


def test_rows_are_read_and_bad_values_become_problems(tmp_path):
    write(tmp_path, MANIFEST)
    rows = read_manifest(tmp_path, {"a.txt", "b/c.txt"})
    assert [(r["source_path"], r["problem_code"]) for r in rows] == [
        ("a.txt", ""),
        ("b/c.txt", "manifest_bad_url"),
        ("", "manifest_unknown_file"),
        ("", "manifest_duplicate_file"),
        ("", "manifest_no_file"),
    ]
    good = rows[0]
    assert (good["source_url"], good["publisher"], good["published_on"]) == (
        "https://www.cq.gov.cn/a.pdf",
        "重庆市渝中区人民政府办公室",
        "2026-02-03",
    )
    bad = rows[1]
    assert bad["source_url"] == "" and bad["published_on"] == "" and bad["publisher"] == "某单位"
    assert "manifest.csv line 3: source_url 'ftp://nowhere' is not an http(s) address" in bad["problem"]
    assert "published_on '2026年2月30日' is not a date" in bad["problem"]
    assert rows[2]["published_on"] == "2026-01-05"
    assert "missing.txt is not a document in the raw folder" in rows[2]["problem"]
    assert "a.txt is listed again: the first row is used" in rows[3]["problem"]


def test_no_manifest_is_no_rows_and_the_manifest_is_not_a_document(tmp_path):
    write(tmp_path, MANIFEST)
    assert [rel for rel, _ in list_sources(tmp_path)] == ["a.txt", "b/c.txt"]
    (tmp_path / "manifest.csv").unlink()
    assert read_manifest(tmp_path, {"a.txt"}) == []
    # sources.csv is the other accepted name; a manifest.csv deeper down is an ordinary file
    (tmp_path / "b" / "manifest.csv").write_text("x", encoding="utf-8")
    write(tmp_path, "source_path,publisher\na.txt,P\n", name="sources.csv")
    assert [rel for rel, _ in list_sources(tmp_path)] == ["a.txt", "b/c.txt", "b/manifest.csv"]
    assert read_manifest(tmp_path, {"a.txt"})[0]["publisher"] == "P"


def test_an_unusable_manifest_is_one_problem_row(tmp_path):
    write(tmp_path, "url,publisher\nx,y\n")
    (row,) = read_manifest(tmp_path, {"a.txt"})
    assert row["problem_code"] == "manifest_no_file_column" and row["source_path"] == ""
    write(tmp_path, "file,publisher\na.txt,单位\n", encoding="gb18030")
    (row,) = read_manifest(tmp_path, {"a.txt"})
    assert row["problem_code"] == "manifest_unreadable" and "UTF-8" in row["problem"]


def test_dates_in_the_usual_spellings():
    assert parse_date("2026-01-05") == parse_date("2026/1/5") == parse_date("2026年1月5日") == "2026-01-05"
    assert parse_date("2026-13-01") is None and parse_date("soon") is None


def test_every_manifest_code_is_catalogued_as_a_warning():
    import re
    from pathlib import Path

    from extract.problems import BY_CODE

    source = (Path(__file__).resolve().parents[2] / "extract" / "manifest.py").read_text(encoding="utf-8")
    codes = {a or b for a, b in re.findall(r'problem_code="(manifest_[a-z_]+)"|\("(manifest_[a-z_]+)",', source)}
    assert len(codes) == 7, codes
    assert {code: BY_CODE[code].severity for code in codes} == dict.fromkeys(codes, "warning")
