"""What an Office file is, by its content: OOXML package parts or OLE2 stream names."""

from __future__ import annotations

import io
import zipfile

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def zip_kind(data: bytes) -> str:
    """'docx' | 'xlsx' for an Office Open XML package, '' for another ZIP. A ZIP that cannot be
    opened at all (no central directory: damaged or cut off) is told by the part names its local
    entries print ('word/…' a .docx, 'xl/…' a workbook), so that the reader of its kind reports it
    damaged; '' when they name neither."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        head = data[:1_000_000]
        if b"[Content_Types].xml" in head or b"_rels/" in head:
            if b"word/" in head:
                return "docx"
            if b"xl/" in head:
                return "xlsx"
        return ""
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    return ""


def has_macros(data: bytes) -> bool:
    """True when an Office Open XML package holds a VBA project (``vbaProject.bin``); False for
    anything that is not a readable ZIP.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.lower().endswith("vbaproject.bin") for name in archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def ole2_kind(data: bytes) -> str:
    """'xls' | 'doc' | '' for a legacy (OLE2 compound) Office file, by its stream names."""
    if not data.startswith(OLE2):
        return ""
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data[:65536]:
        return "xls"
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    return "other"
