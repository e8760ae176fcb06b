"""Legacy Office files (OLE2): a .doc is refused with "convert to .docx"; a .xls is read by
the spreadsheet reader."""

from __future__ import annotations

from extract.document import Deadline, Document
from extract.read import ReadError
from extract.readers import office, xlsx

NAME = "legacy_office"


def sniff(data: bytes) -> bool:
    return data.startswith(office.OLE2)


def read(data: bytes, deadline: Deadline) -> Document:
    kind = office.ole2_kind(data)
    if kind == "xls":
        return xlsx.read(data, deadline)
    if kind == "doc":
        raise ReadError("legacy_doc", "a legacy Word .doc file: convert it to .docx (or PDF) and add it again")
    raise ReadError("legacy_office", "a legacy Office file of an unknown kind: save it as .docx, .xlsx or PDF")
