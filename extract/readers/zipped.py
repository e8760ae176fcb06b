"""ZIP archives that are not Office documents: refused with a message saying what to do."""

from __future__ import annotations

from extract.document import Deadline, Document
from extract.read import ReadError
from extract.readers import office

NAME = "zip"


def sniff(data: bytes) -> bool:
    """True for a ZIP archive that is not an Office package."""
    return data.startswith((b"PK\x03\x04", b"PK\x05\x06")) and office.zip_kind(data) == ""


def read(data: bytes, deadline: Deadline) -> Document:
    """Always raises ``ReadError('archive_file')``: an archive is unpacked by the user, not read."""
    raise ReadError(
        "archive_file",
        "a ZIP archive, not a document: unpack it and put its files (PDF, Word, Excel, text) in the raw folder",
    )
