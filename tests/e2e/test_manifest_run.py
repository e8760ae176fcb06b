"""A manifest beside the documents lands in dim_document (source_url, publisher, published_on);
a bad row is a problem the run prints and dim_document lists, never a crash."""

from __future__ import annotations

import datetime

import pytest
from conftest import copy_project, run_yusuan

MANIFEST = (
    "file,source_url,publisher,published_on\n"
    "002_19b5df8ff6376e0f.txt,https://www.cqjlp.gov.cn/budget/2026/office.pdf,重庆市九龙坡区人民政府办公室,2026-02-10\n"
    "004_a76c5e7673ca46c8.txt,https://www.cqdd.gov.cn/budget/2025.pdf,重庆市大渡口区人民政府办公室,2025年2月30日\n"
    "999_not_here.txt,https://example.org/x.pdf,,\n"
)


@pytest.fixture(scope="module")
def manifest_run(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("manifest") / "project")
    (project / "data" / "raw" / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return run_yusuan(project, "run")


def test_the_run_loads_the_documents_and_not_the_manifest(manifest_run):
    assert manifest_run.returncode == 0, manifest_run.output[-4000:]
    assert "extract: 5 file(s)" in manifest_run.stdout
    assert "manifest: 3 row(s) in manifest.csv, 2 matched a document" in manifest_run.stdout
    assert "manifest_bad_date: manifest.csv line 3: published_on '2025年2月30日' is not a date" in manifest_run.stdout
    assert "manifest_unknown_file: manifest.csv line 4: 999_not_here.txt is not a document" in manifest_run.stdout


def test_dim_document_cites_its_source(manifest_run):
    with manifest_run.connect() as con:
        rows = {
            r[0]: r[1:]
            for r in con.execute(
                "select source_path, source_url, publisher, published_on, problems from marts.dim_document"
            ).fetchall()
        }
    url, publisher, published, _ = rows["002_19b5df8ff6376e0f.txt"]
    assert url == "https://www.cqjlp.gov.cn/budget/2026/office.pdf"
    assert publisher == "重庆市九龙坡区人民政府办公室"
    assert published == datetime.date(2026, 2, 10)
    url, publisher, published, problems = rows["004_a76c5e7673ca46c8.txt"]
    assert url == "https://www.cqdd.gov.cn/budget/2025.pdf" and published is None
    assert problems.endswith(
        "manifest.csv line 3: published_on '2025年2月30日' is not a date (e.g. 2026-01-05): left empty"
    )
    assert rows["000_d9672e515e496097.txt"][:3] == (None, None, None)
