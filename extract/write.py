"""Write: rows -> deterministic CSV files (fixed column order, stable row order, UTF-8, LF)."""

from __future__ import annotations

import ctypes
import io
import os
import shutil
from pathlib import Path

import polars as pl

from extract.schema import RAW_TABLES


def encode_rows(name: str, rows: list[dict[str, str]], document_ids: list[str] | None = None) -> bytes:
    """Rows of one raw table as CSV lines without the header (UTF-8, LF, quoted only where
    necessary, empty text as an empty field, columns in contract order).

    ``document_ids``, when given, is the document_id of each row, and the rows are without
    it (the parsers' rows: cheaper than copying every row to add one key).

    CSV rows are independent of each other, so a table written as the concatenation of the
    encodings of consecutive slices of its rows is identical to the table written at once:
    workers encode their own documents' rows and the writer only appends bytes.
    """
    columns = RAW_TABLES[name]
    if document_ids is not None and columns[0] != "document_id":
        raise ValueError(f"{name}: document_id is not the first column")
    given = columns[1:] if document_ids is not None else columns
    for row in rows[:1]:
        extra = set(row) - set(given)
        if extra:
            raise ValueError(f"{name}: columns not in the contract: {sorted(extra)}")
    if not rows:
        return b""
    # polars reads the dicts natively (a missing key is null); empty text is written as null
    frame = pl.from_dicts(rows, schema={col: pl.String for col in given})
    if document_ids is not None:
        if len(document_ids) != len(rows):
            raise ValueError(f"{name}: {len(document_ids)} document ids for {len(rows)} rows")
        frame.insert_column(0, pl.Series(columns[0], document_ids, dtype=pl.String))
    frame = frame.with_columns(
        pl.when(pl.col(col) == "").then(None).otherwise(pl.col(col)).alias(col) for col in columns
    )
    buffer = io.BytesIO()
    frame.write_csv(buffer, include_header=False, line_terminator="\n", quote_style="necessary")
    return buffer.getvalue()


def encode_documents(name: str, documents: list[tuple[str, list[dict[str, str]]]]) -> list[bytes]:
    """The rows of several documents for one raw table, encoded as ``encode_rows`` would, and
    returned per document (in the order given): ``documents`` is [(document_id, rows without
    document_id)], the result the CSV lines of each document's rows (b'' for none).

    One polars frame for all of them (a frame per document costs ~1 ms each), split again by
    row counts: a row is one line unless a field holds a line break, which the line count of
    the whole encoding tells (more lines than rows); that table is then encoded per document.
    The concatenation of the parts is the encoding of all the rows at once.
    """
    rows: list[dict[str, str]] = []
    ids: list[str] = []
    for document_id, doc_rows in documents:
        rows.extend(doc_rows)
        ids.extend([document_id] * len(doc_rows))
    data = encode_rows(name, rows, ids)
    if data.count(b"\n") != len(rows):  # a line break inside a field: split per document instead
        return [encode_rows(name, doc_rows, [document_id] * len(doc_rows)) for document_id, doc_rows in documents]
    parts = []
    start = 0
    find = data.index
    for _, doc_rows in documents:
        end = start
        for _ in range(len(doc_rows)):
            end = find(b"\n", end) + 1
        parts.append(data[start:end])
        start = end
    return parts


class TableWriter:
    """Every raw table of the contract, written as encoded rows arrive (already in their final order).

    The files are written into a staging folder beside ``out_dir`` (``.<name>.<pid>.staging``)
    and swapped in as a set on close(): at every moment ``out_dir`` holds either the whole
    previous set or the whole new one, never a mix (a run killed between two files would
    otherwise leave documents without their rows). A failed or killed run leaves the previous
    CSVs as they were; its staging folder is removed by abort() or by the next writer.
    Files in ``out_dir`` that are not raw tables are carried over. Memory stays flat whatever
    the number of rows.
    """

    def __init__(self, out_dir: Path):
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        recover(out_dir)
        self.out_dir = out_dir
        self.staging = out_dir.with_name(f".{out_dir.name}.{os.getpid()}.staging")
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir()
        self.handles = {}
        for name, columns in RAW_TABLES.items():
            handle = (self.staging / f"{name}.csv").open("wb", buffering=1 << 20)
            handle.write((",".join(columns) + "\n").encode("utf-8"))
            self.handles[name] = handle

    def write(self, name: str, data: bytes) -> None:
        """Append ``data`` (CSV rows already encoded, UTF-8, LF) to raw table ``name``'s staging file."""
        self.handles[name].write(data)

    def close(self) -> dict[str, Path]:
        """Close the staging files and swap them in for ``out_dir`` as a whole (other files already
        in ``out_dir`` are kept); returns raw table name -> the written CSV path. Raises ``OSError``
        when the folder cannot be written (the previous set is then left as it was).
        """
        for handle in self.handles.values():
            handle.flush()
            os.fsync(handle.fileno())  # the rows are on disk before the set is swapped in
            handle.close()
        if self.out_dir.is_dir():
            for entry in os.scandir(self.out_dir):  # anything else kept in the folder stays
                if entry.is_file() and not (self.staging / entry.name).exists():
                    shutil.copy2(entry.path, self.staging / entry.name)
        _fsync_dir(self.staging)
        swap_in(self.staging, self.out_dir)
        _fsync_dir(self.out_dir.parent)  # the swap itself survives a power cut
        return {name: self.out_dir / f"{name}.csv" for name in RAW_TABLES}

    def abort(self) -> None:
        """Close and delete the staging files: ``out_dir`` keeps its previous set."""
        for handle in self.handles.values():
            handle.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    """Flush a folder's entries (new names, renames) to disk; a no-op where unsupported."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# renameat2(2) flag: exchange the two paths atomically (Linux >= 3.15, glibc >= 2.28)
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths in one step (raises OSError or AttributeError where unsupported)."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = libc.renameat2
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(b))


def swap_in(staging: Path, target: Path) -> None:
    """Put the folder ``staging`` in the place of the folder ``target`` (same file system).

    On Linux the two are exchanged atomically and the old set is then deleted. Elsewhere
    ``target`` is first renamed aside to ``.<name>.<pid>.old``: a run killed between the two
    renames leaves no ``target`` but that folder, which ``recover`` puts back.
    """
    if not target.exists():
        os.rename(staging, target)
        return
    try:
        _exchange(staging, target)
    except (OSError, AttributeError):
        old = target.with_name(f".{target.name}.{os.getpid()}.old")
        os.rename(target, old)
        os.rename(staging, target)
        shutil.rmtree(old, ignore_errors=True)
        return
    shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous set


def pid_alive(pid: int) -> bool:
    """True while a process with this id exists (its leftovers are not ours to remove)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(target: Path) -> None:
    """Leftovers of writers that were killed: a set renamed aside is put back when ``target``
    is missing; staging folders and old sets of processes no longer running are removed."""
    leftovers = sorted(target.parent.glob(f".{target.name}.*.old")) + sorted(
        target.parent.glob(f".{target.name}.*.staging")
    )
    for path in leftovers:
        pid = path.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and pid_alive(int(pid)):
            continue  # another writer at work
        if path.suffix == ".old" and not target.exists():
            os.rename(path, target)
        else:
            shutil.rmtree(path, ignore_errors=True)
