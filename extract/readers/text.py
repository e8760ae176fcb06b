"""Plain text (any encoding ``extract.read.decode`` knows): one unpaged page of lines.

Text whose tables are aligned with runs of spaces (what ``pdftotext -layout`` writes) has
those tables turned into tab-separated rows (see ``extract.readers.aligned``), and so has a
PDF's page text whose classification tables print one space between cells (code, name and
total only; a 收支总表 of one figure column a side: see ``extract.readers.page_text``); text that
already uses tabs is kept line for line.
"""

from __future__ import annotations

from extract.document import Deadline, Document, Page, TextLine
from extract.read import decode
from extract.readers.aligned import tabulate_aligned
from extract.readers.page_text import tabulate_page_text, tabulate_stacked_sides, tabulate_summary_sides
from extract.readers.pipes import tabulate_pipes
from extract.result import Problem

NAME = "text"
_TAB_LINE = "〼"  # what a tabbed line shows the aligned reader: one field, no table's


def sniff(data: bytes) -> bool:
    """Always True: the text reader is the last in ``READERS`` and takes whatever no other claims."""
    return True


def read(data: bytes, deadline: Deadline) -> Document:
    """Bytes of a text file -> a Document of one unpaged page, one ``TextLine`` per source line.

    Decoding and normalisation as ``extract.read.decode`` (its encoding, traditional flag and
    problems are kept on the Document); tables of '|'-separated cells (``extract.readers.pipes``)
    and space-aligned tables become tab-separated rows, a summary printed one side under the other
    side by side (``extract.readers.page_text.tabulate_stacked_sides``) (a table
    whose header cannot be laid out adds an 'aligned_header_unclear' problem). Raises
    ``ReadError`` ('empty_file', 'binary_file', 'undecodable') for bytes that are not text.
    """
    decoded = decode(data)
    lines, problems = decoded.lines, list(decoded.problems)
    # (piped tables beside a tabbed one are laid out too: a tabbed line is never a piped row)
    lines = tabulate_pipes(lines)
    if not any("\t" in line for line in lines):
        lines, unclear = _tabulate_aligned(lines, decoded.aligned_lines)
        lines, unread, written = tabulate_page_text(lines)
        lines, _ = tabulate_summary_sides(lines)
        # a block the aligned reader could not lay out but read here as page text is read
        problems += [p for p in unclear if not any((p.source_line or 0) - 1 in block for block in written)]
        problems += unread
    else:
        # text typed with tables of both kinds (a small tabbed table in the narrative, the tables
        # after it aligned with spaces): the aligned ones are laid out too, the tabbed lines kept
        # as they are (each stands as a line of one field: it ends any aligned block beside it)
        masked, unclear = _tabulate_aligned(
            tuple(_TAB_LINE if "\t" in line else line for line in lines),
            tuple(
                _TAB_LINE if "\t" in line else wide for line, wide in zip(lines, decoded.aligned_lines, strict=False)
            ),
        )
        lines = tuple(line if "\t" in line else out for line, out in zip(lines, masked, strict=True))
        problems += unclear
    lines = tabulate_stacked_sides(lines)
    return Document(
        source_format=NAME,
        pages=[Page(number=None, lines=[TextLine(line) for line in lines])],
        encoding=decoded.encoding,
        is_traditional=decoded.is_traditional,
        problems=problems,
    )


def _tabulate_aligned(lines: tuple[str, ...], aligned: tuple[str, ...]) -> tuple[tuple[str, ...], list[Problem]]:
    """``extract.readers.aligned.tabulate_aligned`` of ``lines``, or of ``aligned`` (the same lines with
    each ideographic space as two spaces, ``DecodedText.aligned_lines``) when given and it leaves no
    more tables unread: a table typed with ideographic spaces keeps its columns so, while cells set
    apart by one ideographic space each are page text (``tabulate_page_text`` reads them after). The
    rows of a table become its tab-separated cells, every other line stays as ``lines`` has it."""
    plain, plain_unclear = tabulate_aligned(lines)
    if not aligned or len(aligned) != len(lines):
        return plain, plain_unclear
    written, unclear = tabulate_aligned(aligned)
    if len(unclear) > len(plain_unclear):
        return plain, plain_unclear
    return tuple(out if "\t" in out else line for line, out in zip(lines, written, strict=True)), unclear
