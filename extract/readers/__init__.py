"""Readers: one per format, each turning a file's bytes into a ``Document``.

Every reader module has ``NAME`` (the ``source_format``), ``sniff(data) -> bool`` (does the
content look like this format: leading bytes or structure, never a file name) and
``read(data, deadline) -> Document`` (raises ``ReadError`` with a stable code and a message
a person understands). ``read_document`` tries the readers in ``READERS`` order; the text
reader comes last and takes whatever the others do not claim.
"""

from __future__ import annotations

from typing import Protocol

from extract.document import Deadline, Document
from extract.readers import docx, html, legacy, pdf, text, xlsx, zipped

# Seconds one document may take to read before it is given up ('failed', "timed out after N s").
READ_TIME_LIMIT = 120.0


class Reader(Protocol):
    """What every reader module offers (see the module docstring)."""

    NAME: str

    def sniff(self, data: bytes) -> bool:
        """True when the content (leading bytes or structure, never a file name) is this format."""
        ...

    def read(self, data: bytes, deadline: Deadline) -> Document:
        """The file's bytes -> its Document (pages of lines and tables). Raises ``ReadError``
        (stable code, message a person understands) when the file cannot be read, including
        'timed_out' when ``deadline`` passes."""
        ...


READERS: tuple[Reader, ...] = (pdf, docx, xlsx, legacy, zipped, html, text)
#: raw_documents.source_format of a file whose format is not known (unreadable, or no
#: reader claims it and it is not text)
UNKNOWN_FORMAT = "unknown"
#: every value raw_documents.source_format takes (dim_document.yml lists the same)
SOURCE_FORMAT_VALUES: tuple[str, ...] = (*(reader.NAME for reader in READERS), UNKNOWN_FORMAT)


def reader_for(data: bytes) -> Reader:
    """The reader whose format the content is (the text reader when no other claims it)."""
    for reader in READERS:
        if reader.sniff(data):
            return reader
    return text


def format_of(data: bytes) -> str:
    """The format the content is, by the readers' ``sniff`` (leading bytes or structure): a
    reader's ``NAME`` ('pdf', 'docx', 'xlsx', 'legacy_office', 'zip', 'html'), or 'unknown'
    when no reader but the text reader (which takes anything) claims it. For the
    raw_documents.source_format of a file that could not be read; never raises."""
    reader = reader_for(data)
    return UNKNOWN_FORMAT if reader is text else reader.NAME


def read_document(data: bytes, time_limit: float | None = None) -> Document:
    """Bytes -> Document. Raises ReadError (code, message) when the file cannot be read,
    including 'timed_out' when reading takes longer than ``time_limit`` seconds
    (default ``READ_TIME_LIMIT``)."""
    deadline = Deadline(READ_TIME_LIMIT if time_limit is None else time_limit)
    return reader_for(data).read(data, deadline)
