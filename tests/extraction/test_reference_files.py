"""Every reference file the extractor reads is read as dbt seeds it: a row whose field count is
not its header's (an unquoted comma in a note) stops both, naming the file and line, instead of
the extractor reading the row one way and `dbt seed` refusing it."""

from __future__ import annotations

import csv

import pytest

from extract import reference


@pytest.mark.parametrize("name", reference.REFERENCE_FILES)
def test_every_reference_row_has_its_headers_fields(name):
    with (reference.REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    bad = [line for line, fields in enumerate(rows[1:], start=2) if fields and len(fields) != len(header)]
    assert bad == [], f"{name}: lines {bad} have another number of fields than the header"
    assert len(reference._rows(name)) == sum(1 for fields in rows[1:] if fields)


def test_a_row_with_an_unquoted_comma_is_refused_with_its_line(tmp_path, monkeypatch):
    (tmp_path / "metrics.csv").write_text(
        "metric,label_zh,note\nincome_total,收入合计,fine\nexpenditure_total,支出合计,a note, with a comma\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(reference, "REFERENCE_DIR", tmp_path)
    with pytest.raises(reference.ReferenceFileError, match=r"metrics\.csv line 3: 4 fields where the header has 3"):
        reference._rows("metrics.csv")
