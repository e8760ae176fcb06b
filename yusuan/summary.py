"""The per-document summary printed after extraction.

A small corpus lists every document; a large one (more than ``limit``) lists only the
documents that are not ok, then a tally by status and layout, so a national year never
prints thousands of 'ok' rows. Each document's problems are shown by kind (problem code ×count:
'7 problems: untitled_rows ×5, …'), and the summary says where every problem is listed in full.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

#: documents listed one per row at most; beyond that only the not-ok ones are listed
SUMMARY_ROWS = 200
#: problem kinds named per document before "+N more kinds"
KINDS_SHOWN = 3


def problem_kinds(problems_csv: Path) -> dict[str, Counter[str]]:
    """{document_id: Counter(problem code -> count)} from the extractor's raw_problems.csv.

    An absent or unreadable file gives {} (the summary then shows bare counts)."""
    if not problems_csv.is_file():
        return {}
    import polars as pl

    try:
        frame = pl.read_csv(problems_csv, columns=["document_id", "code"], infer_schema=False)
    except (pl.exceptions.PolarsError, OSError):
        return {}
    out: dict[str, Counter[str]] = {}
    for (document_id, code), n in Counter(zip(frame["document_id"], frame["code"], strict=True)).items():
        out.setdefault(document_id, Counter())[code or "unnamed"] = n
    return out


#: the problems named on a not-ok document's line before "+N more"
REASONS_SHOWN = 3
#: what made a document not ok: its problems of these severities (extract.problems.CATALOGUE)
_NOT_OK_SEVERITIES = ("error", "partial")


def not_ok_reasons(problems_csv: Path) -> dict[str, tuple[list[str], int]]:
    """{document_id: (the texts of its 'error'/'partial' problems, the number of its other
    problems)} from the extractor's raw_problems.csv; a text is the message with '(line N)'
    when the line is known, as ``Problem.text()`` writes it; each text once, in file order.

    An absent or unreadable file gives {} (the caller then prints the document's own list)."""
    if not problems_csv.is_file():
        return {}
    import polars as pl

    try:
        frame = pl.read_csv(
            problems_csv, columns=["document_id", "severity", "source_line", "message"], infer_schema=False
        )
    except (pl.exceptions.PolarsError, OSError):
        return {}
    out: dict[str, tuple[list[str], int]] = {}
    for document_id, severity, line, message in frame.iter_rows():
        reasons, others = out.get(document_id, ([], 0))
        if severity in _NOT_OK_SEVERITIES:
            text = f"{message} (line {line})" if line else (message or "")
            if text not in reasons:
                reasons.append(text)
        else:
            others += 1
        out[document_id] = (reasons, others)
    return out


def not_ok_line(doc: dict[str, str], reasons: dict[str, tuple[list[str], int]], problems_path: str) -> str:
    """The text after 'STATUS path: ' for a document that is not ok: the first REASONS_SHOWN
    problems that made it so, then how many more there are and where they are listed in full.
    Without its rows in ``reasons`` (see not_ok_reasons), the document's own problem list."""
    found = reasons.get(doc["document_id"])
    if not found or not found[0]:
        return doc["problems"]
    texts, others = found
    shown = "; ".join(texts[:REASONS_SHOWN])
    more = []
    if len(texts) > REASONS_SHOWN:
        more.append(f"{len(texts) - REASONS_SHOWN} more like these")
    if others:
        more.append(f"{others} warning(s)")
    return f"{shown} (+{', '.join(more)}: {problems_path})" if more else shown


def counted(n: int, noun: str) -> str:
    """'1 problem', '7 problems': a count with its noun, plural by an 's' unless n is 1."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def kinds_text(kinds: Counter[str], shown: int | None = None) -> str:
    """'untitled_rows ×5, unknown_category ×2' (problem code ×count, the most frequent first, then
    by code); beyond ``shown`` kinds (all when None) ', +N more kinds'."""
    ranked = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    cut = ranked if shown is None else ranked[:shown]
    named = ", ".join(f"{code} ×{n}" for code, n in cut)
    rest = len(ranked) - len(cut)
    return f"{named}, +{counted(rest, 'more kind')}" if rest else named


def describe_problems(kinds: Counter[str] | None, count: int) -> str:
    """One document's problems as its summary line shows them: 'no problems', '3 problems' (kinds
    not known), or '7 problems: untitled_rows ×5, unknown_category ×2' (the KINDS_SHOWN most
    frequent kinds, then '+N more kinds')."""
    if not count:
        return "no problems"
    if not kinds:
        return counted(count, "problem")
    return f"{counted(count, 'problem')}: {kinds_text(kinds, KINDS_SHOWN)}"


def counts_of(summary: Any, doc: dict[str, str]) -> int:
    """The number of raw_problems rows of one document (0 when it has none).

    summary: an ExtractSummary (or the Spark one); doc: its raw_documents row.
    """
    return summary.counts.get(doc["document_id"], {}).get("raw_problems", 0)


def print_documents(
    console: Console,
    summary: Any,
    limit: int = SUMMARY_ROWS,
    kinds: dict[str, Counter[str]] | None = None,
    raw_tables: str = "seeds/raw",
) -> None:
    """Print the documents table (see the module docstring) and where problems are listed.

    ``summary`` has ``documents`` (raw_documents rows as dicts), ``counts`` ({document_id:
    {raw table: rows}}) and ``failed`` (the documents not ok); ``raw_tables``: the folder of the
    raw tables as the user is shown it (named where the full lists are)."""
    kinds = kinds or {}
    documents = summary.documents
    large = len(documents) > limit
    shown = summary.failed[:limit] if large else documents
    if shown:
        table = Table(title="documents" if not large else "documents not ok", show_lines=False)
        for column in ("file", "status", "district", "unit", "year", "layout", "tables", "rows", "problems"):
            table.add_column(column, overflow="fold")
        for doc in shown:
            counts = summary.counts.get(doc["document_id"], {})
            rows = sum(n for name, n in counts.items() if name != "raw_problems")
            style = {"ok": "green", "partial": "yellow"}.get(doc["status"], "red")
            cells = (doc.get(key, "") for key in ("district", "unit_name", "fiscal_year", "layout", "table_count"))
            table.add_row(
                Text(doc["source_path"]),  # file names may hold [brackets]: never read as markup
                Text(doc["status"], style=style),
                *(Text(str(cell)) for cell in cells),
                str(rows),
                str(counts.get("raw_problems", 0)),
            )
        console.print(table)
        explained = [
            (doc["source_path"], describe_problems(kinds.get(doc["document_id"]), counts_of(summary, doc)))
            for doc in shown
            if counts_of(summary, doc)
        ]
        if explained:
            console.print("problems of each document, by kind (problem code ×count):")
            for path, text in explained:
                console.print(f"  {path}: {text}", markup=False, highlight=False, soft_wrap=True)
    if large:
        not_listed = len(summary.failed) - len(shown)
        if not_listed:
            console.print(f"... and {not_listed} more not-ok file(s) (status column of {raw_tables}/raw_documents.csv)")
        console.print(
            f"{len(documents) - len(summary.failed)} of {len(documents)} file(s) ok (not listed); "
            "all by status and layout:"
        )
        tally = Counter((doc["status"], doc.get("layout", "")) for doc in documents)
        for (status, layout), n in sorted(tally.items()):
            console.print(f"  {status:<8} {layout or '-':<16} {n}", markup=False)
    total = Counter()
    with_problems = 0
    for doc in documents:
        found = kinds.get(doc["document_id"])
        if found:
            total.update(found)
            with_problems += 1
    if total:
        console.print(
            f"problems: {counted(with_problems, 'document')} {'has' if with_problems == 1 else 'have'} "
            f"{counted(sum(total.values()), 'problem')}, by kind: {kinds_text(total)}. "
            f"Each is listed with its line in {raw_tables}/raw_problems.csv and in marts.dim_document.problems "
            "(an 'ok' document's problems are warnings: its figures were kept).",
            markup=False,
        )


def print_manifest(console: Console, manifest_csv: Path, limit: int = 20, raw_tables: str = "seeds/raw") -> None:
    """One line on the manifest beside the documents (if any), then its problems (at most ``limit``;
    the others are named in ``raw_tables``/raw_manifest.csv, the folder as the user is shown it)."""
    if not manifest_csv.is_file():
        return
    import csv

    with manifest_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        return
    matched = sum(1 for r in rows if r.get("source_path"))
    bad = [r for r in rows if r.get("problem")]
    console.print(
        f"manifest: {len(rows)} row(s) in {rows[0].get('manifest_file', 'the manifest')}, {matched} matched a document "
        f"(dim_document.source_url, publisher, published_on), {len(bad)} with a problem",
        markup=False,
    )
    for row in bad[:limit]:
        console.print(f"  {row['problem_code']}: {row['problem']}", markup=False, highlight=False, soft_wrap=True)
    if len(bad) > limit:
        console.print(
            f"  ... and {len(bad) - limit} more ({raw_tables}/raw_manifest.csv, column problem)", markup=False
        )


@dataclass(frozen=True)
class Version:
    """One distinct document (file content) of a unit x fiscal year x kind, as the build ranks it."""

    document_id: str
    paths: tuple[str, ...]
    is_correction: bool
    status: str
    published_on: str  # the latest manifest published_on of any of its paths ('' when none)
    file_bytes: int


def rank_versions(versions: list[Version]) -> list[Version]:
    """The versions in the build's order of currency (int_documents_ranked), the current first:
    a 更正 / 调整 correction, then 'ok' over 'partial', then the later published_on (none last),
    then the longer file, then the smaller document_id."""
    ranked = sorted(versions, key=lambda v: v.document_id)
    ranked.sort(key=lambda v: v.file_bytes, reverse=True)
    ranked.sort(key=lambda v: v.published_on, reverse=True)  # '' (no date) sorts last
    ranked.sort(key=lambda v: v.status != "ok")
    ranked.sort(key=lambda v: not v.is_correction)
    return ranked


def undecided_versions(versions: list[Version]) -> list[Version]:
    """The current version and the others nothing but their length (or document_id) placed
    after it — the same 更正 / 调整 flag, status and published_on — as versions_agree compares
    them; [] when evidence decided (or there is one version)."""
    current, *others = rank_versions(versions)
    tied = [
        other
        for other in others
        if (other.is_correction, other.status, other.published_on)
        == (current.is_correction, current.status, current.published_on)
    ]
    return [current, *tied] if tied else []


def print_versions(console: Console, documents_csv: Path, manifest_csv: Path | None = None, limit: int = 20) -> None:
    """The unit x fiscal year x kind whose current version nothing but length chose, one line
    each naming the current file first and the versions tied with it — at most ``limit`` lines,
    then a count — and a count of those that a correction, status or date decided.

    Only one version is current (dim_document.is_current; the build decides: a 更正 / 调整
    correction first, then 'ok' over 'partial', then the later manifest published_on, then the
    longer file, see ``rank_versions``). Versions that no correction, status or date ranked are
    the user's to decide (a published_on in the manifest), and are compared figure by figure in
    fact_reconciliation (check versions_agree). Identical copies are no versions: they collapse
    to one document. Failed documents are left out. ``manifest_csv`` is raw_manifest.csv
    (source_path, published_on), when there is one.
    """
    if not documents_csv.is_file():
        return
    import csv

    with documents_csv.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("status") != "failed" and r.get("unit_name")]
    published: dict[str, str] = {}
    if manifest_csv is not None and manifest_csv.is_file():
        with manifest_csv.open(encoding="utf-8", newline="") as handle:
            for entry in csv.DictReader(handle):
                path, day = entry.get("source_path") or "", entry.get("published_on") or ""
                if path and day > published.get(path, ""):
                    published[path] = day
    groups: dict[tuple[str, ...], dict[str, list[dict[str, str]]]] = {}
    for row in sorted(rows, key=lambda r: r["source_path"]):
        key = (row["province"], row["district"], row["unit_name"], row["scope"], row["fiscal_year"], row["doc_kind"])
        groups.setdefault(key, {}).setdefault(row["document_id"], []).append(row)
    undecided, decided = [], 0
    for key, documents in sorted(groups.items()):
        if len(documents) < 2:
            continue
        versions = [
            Version(
                document_id=document_id,
                paths=tuple(r["source_path"] for r in copies),
                is_correction=copies[0].get("is_correction", "").lower() == "true",
                status=copies[0]["status"],
                published_on=max(published.get(r["source_path"], "") for r in copies),
                file_bytes=int(copies[0].get("file_bytes") or 0),
            )
            for document_id, copies in documents.items()
        ]
        tied = undecided_versions(versions)
        if tied:
            undecided.append((key, tied))
        else:
            decided += 1
    if undecided:
        console.print(
            f"versions: {len(undecided)} unit-year(s) have versions that no 更正/调整 correction, status or "
            "manifest published_on tells apart: the longer file was taken as current (dim_document.is_current) — "
            "give the right one a published_on in a manifest to decide; where they print different figures, each "
            "is a versions_agree mismatch in fact_reconciliation",
            markup=False,
            soft_wrap=True,
        )
    for (_, _, unit, scope, year, kind), (current, *others) in undecided[:limit]:
        files = ", ".join([f"{current.paths[0]} (current)", *(other.paths[0] for other in others)])
        console.print(f"  {unit} ({scope}) {year} {kind}: {files}", markup=False, highlight=False, soft_wrap=True)
    if len(undecided) > limit:
        console.print(f"  ... and {len(undecided) - limit} more", markup=False)
    if decided:
        console.print(
            f"versions: {decided} {'other ' if undecided else ''}unit-year(s) were published more than once; the "
            "current version was chosen by a 更正/调整 correction, the status or a manifest published_on "
            "(dim_document.is_current)",
            markup=False,
            soft_wrap=True,
        )
