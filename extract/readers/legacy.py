"""Legacy Office files (OLE2): a .doc is refused with "convert to .docx"; a .xls is read by
the spreadsheet reader."""

from __future__ import annotations

from extract.document import Deadline, Document
from extract.read import ReadError
from extract.readers import office, xlsx

NAME = "legacy_office"


def sniff(data: bytes) -> bool:
    """True for an OLE2 compound file (legacy .doc / .xls), by its leading bytes."""
    return data.startswith(office.OLE2)


def read(data: bytes, deadline: Deadline) -> Document:
    """A legacy .xls -> the spreadsheet reader's Document (one page per sheet).

    Raises ``ReadError('legacy_doc')`` for a Word .doc (convert it to .docx or PDF) and
    ``ReadError('legacy_office')`` for another OLE2 file.
    """
    kind = office.ole2_kind(data)
    if kind == "xls":
        return xlsx.read(data, deadline)
    if kind == "doc":
        raise ReadError("legacy_doc", "a legacy Word .doc file: convert it to .docx (or PDF) and add it again")
    raise ReadError("legacy_office", "a legacy Office file of an unknown kind: save it as .docx, .xlsx or PDF")
