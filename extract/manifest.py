"""An optional manifest beside the documents: where each file was published, for citations.

``manifest.csv`` (or ``sources.csv``) at the top of the raw folder, UTF-8 (a BOM is fine),
with a header row naming at least ``file`` (or ``source_path``): the document's path
relative to the raw folder, '/' separated. Optional columns: ``source_url`` (http or https),
``publisher``, ``published_on`` (2026-01-05, 2026/1/5 or 2026年1月5日). Other columns are
ignored. The manifest is not a document: the reader never lists it.

A bad row never stops a run: its problem (a code and a plain message) is kept on its
raw_manifest row, the bad value is dropped, the rest of the row is kept; a manifest that
cannot be read at all gives one row with the problem and no file.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

#: file names a manifest may have, at the top of the raw folder (the first found is read)
MANIFEST_NAMES = ("manifest.csv", "sources.csv")
_DATE = re.compile(r"^\s*(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*(?:-|/|\.|月)\s*(\d{1,2})\s*日?\s*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.I)


def find_manifest(raw_dir: Path) -> Path | None:
    """The manifest file in ``raw_dir`` (the first of ``MANIFEST_NAMES`` present), None when there is none."""
    for name in MANIFEST_NAMES:
        path = raw_dir / name
        if path.is_file():
            return path
    return None


def _row(path: str = "", line: int | None = None, **values: str) -> dict[str, str]:
    row = {
        "source_path": path,
        "source_url": "",
        "publisher": "",
        "published_on": "",
        "manifest_file": "",
        "manifest_line": "" if line is None else str(line),
        "problem_code": "",
        "problem": "",
    }
    row.update(values)
    return row


def parse_date(text: str) -> str | None:
    """'2026-01-05' for 2026-01-05, 2026/1/5 or 2026年1月5日; None when not a real date."""
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def read_manifest(raw_dir: Path, known_paths: set[str]) -> list[dict[str, str]]:
    """raw_manifest rows (see extract/schema.py) for the manifest in raw_dir, [] when none.

    ``known_paths`` are the documents' paths relative to raw_dir; a row naming another file
    keeps a 'manifest_unknown_file' problem."""
    path = find_manifest(raw_dir)
    if path is None:
        return []
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [
            _row(
                manifest_file=name,
                problem_code="manifest_unreadable",
                problem=f"{name} could not be read as UTF-8 text ({exc.__class__.__name__}): no source metadata loaded",
            )
        ]
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    reader.fieldnames = fields
    key = "file" if "file" in fields else "source_path" if "source_path" in fields else None
    if key is None:
        return [
            _row(
                manifest_file=name,
                problem_code="manifest_no_file_column",
                problem=f"{name} has no 'file' (or 'source_path') column in its header: no source metadata loaded",
            )
        ]
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for record in reader:
        line = reader.line_num
        file = (record.get(key) or "").strip().replace("\\", "/").lstrip("./") if record.get(key) else ""
        problems: list[tuple[str, str]] = []
        url = (record.get("source_url") or "").strip()
        if url and not _URL.match(url):
            problems.append(("manifest_bad_url", f"source_url {url!r} is not an http(s) address: left empty"))
            url = ""
        published = (record.get("published_on") or "").strip()
        day = parse_date(published) if published else ""
        if day is None:
            problems.append(
                ("manifest_bad_date", f"published_on {published!r} is not a date (e.g. 2026-01-05): left empty")
            )
            day = ""
        if not file:
            problems.append(("manifest_no_file", "the row names no file: ignored"))
        elif file in seen:
            problems.append(
                ("manifest_duplicate_file", f"{file} is listed again: the first row is used, this one ignored")
            )
            file = ""
        elif file not in known_paths:
            problems.append(("manifest_unknown_file", f"{file} is not a document in the raw folder: ignored"))
        if file:
            seen.add(file)
        rows.append(
            _row(
                file if file in known_paths else "",
                line,
                source_url=url,
                publisher=(record.get("publisher") or "").strip(),
                published_on=day,
                manifest_file=name,
                problem_code=problems[0][0] if problems else "",
                problem="; ".join(f"{name} line {line}: {message}" for _, message in problems),
            )
        )
    return rows
