"""The document cache: each document's raw rows, kept by file content and extractor version.

A nightly run over a folder that only grows extracts the files it has not seen: a file
whose bytes (sha256) were extracted before by the same extractor version is taken from
the cache instead of being parsed again. The key is content, never the path or a date,
so a renamed or copied file is reused, and a corrected file is a new document.

Layout: ``<root>/<extractor version>/<sha256[:2]>/<sha256>.rows``, one file per document,
written atomically (a temporary file renamed into place) as soon as the document is
extracted: a run killed half-way keeps what it finished and the next run does the rest.
An entry is one JSON line (the raw_documents fields that do not depend on the path, the
row counts, the byte length of each raw table's rows and a CRC-32 of them) followed by the
rows of each raw table exactly as they go into ``seeds/raw/<table>.csv``. An unreadable
or damaged entry is a miss, never an error. Failed documents are not kept (the pipeline
tries them again on the next run: a failure may not repeat).

The extractor version is a digest of everything that decides the rows: the sources of the
``extract`` package, the reference files it reads (``extract.reference.REFERENCE_FILES``),
the versions of the libraries that decode and encode (charset-normalizer, OpenCC, polars)
and of Python. Changing any of them starts an empty cache, so a parser fix reaches every
old file; the folders of other versions are removed after a successful run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import zlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from extract import PACKAGE_DIR
from extract.reference import REFERENCE_DIR, REFERENCE_FILES
from extract.schema import RAW_TABLES

FORMAT = "1"  # bump when the layout of an entry changes
LIBRARIES = (
    "charset-normalizer",
    "opencc-python-reimplemented",
    "polars",
    "pdfplumber",
    "pypdfium2",
    "python-docx",
    "python-calamine",
    "lxml",
    "openpyxl",
)
SUFFIX = ".rows"


def extractor_version() -> str:
    """16 hex digits of a sha256 over the extractor's code, reference data and libraries.

    Input: the files on disk (``extract/**/*.py`` by relative path, the reference CSVs the
    extractor reads) and the installed library versions. Deterministic; ~1 ms.
    """
    digest = hashlib.sha256(f"format {FORMAT}\0python {sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name} {version}\0".encode())
    files = [(p.relative_to(PACKAGE_DIR).as_posix(), p) for p in PACKAGE_DIR.rglob("*.py")]
    files += [(f"reference/{name}", REFERENCE_DIR / name) for name in REFERENCE_FILES]
    for rel, path in sorted(files):
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@dataclass
class Entry:
    """One document as the cache keeps it.

    ``document``: the raw_documents fields of the content (not source_path / file_sha256 /
    file_bytes); ``counts``: rows per raw table; ``encoded``: per raw table, the CSV lines
    of the document's rows (UTF-8, LF, no header), as ``extract.write.encode_rows`` gives.
    """

    document_id: str
    file_sha256: str
    file_bytes: int
    document: dict[str, str]
    counts: dict[str, int] = field(default_factory=dict)
    encoded: dict[str, bytes] = field(default_factory=dict)


def dumps(entry: Entry) -> bytes:
    """The bytes of a cache entry: one JSON header line, then each raw table's CSV lines.

    entry: the document's raw_documents fields, row counts and encoded rows (see ``Entry``).
    Returns UTF-8 bytes in the layout the module describes; the header holds the entry format,
    the byte length of each non-empty table's rows (in ``RAW_TABLES`` order) and a CRC-32 of
    them, so ``loads`` can refuse a cut or altered file. Never raises for a well-formed Entry.
    """
    names = [name for name in RAW_TABLES if entry.encoded.get(name)]
    payload = b"".join(entry.encoded[name] for name in names)
    header = {
        "format": FORMAT,
        "document_id": entry.document_id,
        "file_sha256": entry.file_sha256,
        "file_bytes": entry.file_bytes,
        "document": entry.document,
        "counts": entry.counts,
        "tables": [[name, len(entry.encoded[name])] for name in names],
        "crc32": zlib.crc32(payload),
    }
    return json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n" + payload


def loads(data: bytes) -> Entry:
    """Raises ValueError (or KeyError / TypeError) on anything but a whole, intact entry."""
    head, sep, payload = data.partition(b"\n")
    if not sep:
        raise ValueError("no header line")
    header = json.loads(head)
    if header.get("format") != FORMAT:
        raise ValueError(f"entry format {header.get('format')!r}")
    if zlib.crc32(payload) != header["crc32"]:
        raise ValueError("rows damaged (CRC-32)")
    encoded, start = {}, 0
    for name, length in header["tables"]:
        if name not in RAW_TABLES:
            raise ValueError(f"unknown raw table {name!r}")
        encoded[name] = payload[start : start + length]
        start += length
    if start != len(payload):
        raise ValueError("rows longer than their tables")
    return Entry(
        document_id=header["document_id"],
        file_sha256=header["file_sha256"],
        file_bytes=int(header["file_bytes"]),
        document={str(k): str(v) for k, v in header["document"].items()},
        counts={str(k): int(v) for k, v in header["counts"].items()},
        encoded=encoded,
    )


class DocumentCache:
    """The entries of one extractor version under ``root`` (created when first written)."""

    def __init__(self, root: Path, version: str | None = None):
        self.root = root
        self.version = version or extractor_version()
        self.folder = root / self.version
        self._prefix = os.path.join(str(self.folder), "")  # plain text: no Path per look-up

    def path(self, sha256: str) -> Path:
        """Where the entry for a file with this sha256 (64 hex digits) lives (it may not exist yet)."""
        return Path(self._file(sha256))

    def _file(self, sha256: str) -> str:
        return f"{self._prefix}{sha256[:2]}/{sha256}{SUFFIX}"

    def known(self) -> set[str]:
        """The sha256 of every document held (one scandir per sub-folder)."""
        found: set[str] = set()
        if not self.folder.is_dir():
            return found
        for sub in os.scandir(self.folder):
            if sub.is_dir():
                for entry in os.scandir(sub.path):
                    if entry.name.endswith(SUFFIX):
                        found.add(entry.name[: -len(SUFFIX)])
        return found

    def load(self, sha256: str) -> Entry | None:
        """The entry for this content, or None when there is none or it cannot be trusted."""
        try:
            with open(self._file(sha256), "rb") as handle:
                entry = loads(handle.read())
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return entry if entry.file_sha256 == sha256 else None

    def store(self, entry: Entry) -> None:
        """Write the entry atomically (a reader sees the old state or the whole new entry)."""
        path = self.path(entry.file_sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(dumps(entry))
        os.replace(temporary, path)

    def prune_other_versions(self) -> list[str]:
        """Remove the folders of other extractor versions (their entries can never be used
        again by this code); returns their names."""
        removed = []
        if self.root.is_dir():
            for entry in os.scandir(self.root):
                if entry.is_dir() and entry.name != self.version:
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed.append(entry.name)
        return sorted(removed)
