"""Document-level completeness: is this file cut off? Returns problems.

A download cut off mid-file keeps what is complete and is marked 'partial' with a reason
saying what is missing. The rules, each conservative (a complete document never trips
them; the five bundled documents are the test):

* ``narrative_cut_off``: a file with no table whose text visibly breaks off: its last line
  stops mid-sentence (no 。；！？ at its end) or is a section heading with nothing under it.
  The number of sections is no evidence: outlines of five, six or other counts, in any
  order, are all complete documents.
* ``announced_tables_absent``: tables the document announces in a list
  (``附表：1.…表 2.…表``) that never appear after the list.
* ``table_without_rows``: the last table has a title (and maybe a header) but no row
  and no "此表无数据" marker: the file ends right after it.
* ``table_cut_off``: the file ends inside its last table:
  - its top rows (the 类 rows, 3-digit codes; in a table that prints only 款 or 项 rows,
    those) add up to less than its own 合计 row, beyond the rounding
    allowance 0.005 × (n + 1) of the table's unit (the 合计 comes first, the rows that
    would make it up are missing), AND the file shows it was cut there: the table is the
    last thing in the file and the file's last line has no line break after it (a text
    file; a PDF, Word, spreadsheet or web page that opens is whole). Sums alone are no
    evidence: a complete table whose rows do not add up to its 合计 is a source error, its
    rows are loaded and the reconciliation reports the mismatch;
  - or (one-row-per-line exports) its last line has fewer cells than the table's rows
    have, a width no other row of the table uses: the line was cut mid-row.

When the file is cut and its last line has no line break, that line (or, in one-cell-
per-line exports, the row it belongs to) may end mid-number: ``untrusted_from_line``
says from which line on rows must not be used, and the pipeline drops them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from extract.numbers import PRINTED_AMOUNT, UNIT_FACTORS, rounding_tolerance_yuan
from extract.page_numbers import is_page_number
from extract.result import ParseResult, Problem
from extract.spaces import compact

SECTIONS = ("一", "二", "三", "四", "五", "六")
_HEADING = re.compile(r"^\s*([一二三四五六])\s*[、.．]")
_SUB_HEADING = re.compile(r"^\s*(?:[七八九十]\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）])")
_MAX_HEADING = 40
_HEADING_CONTENT = re.compile(r"[：:，,。；;！？!?]")  # a heading line that also holds its text

_ANNOUNCE = re.compile(r"^\s*(?:附表|附件|公开表格|预算公开表格?)[^：:]{0,12}[：:]\s*(?P<rest>.*)$")
_ITEM = re.compile(r"(?P<no>\d{1,2})\s*[.、．]\s*(?P<title>\S[^\t]*?表)(?=\s*(?:\d{1,2}\s*[.、．]|[；;，,。]|$))")
_ITEM_LINE = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*\S.*表\s*[；;，,。]?\s*$")

CUT_CODES = frozenset(
    {"narrative_cut_off", "announced_tables_absent", "table_without_rows", "table_cut_off", "cut_mid_character"}
)


def check_completeness(
    lines: Sequence[str], tables, narrative: ParseResult, doc_kind: str = "budget", source_format: str = "text"
) -> list[Problem]:
    """Problems (severity 'partial') for a file that ends before its content does.

    The narrative outline 一 … 六 is a budget's; final accounts number their sections
    differently (九 to 十一, after the tables), so ``narrative_cut_off`` is a budget rule.
    ``source_format``: the reader's ('text', 'pdf', 'docx', 'xlsx', 'html' …); only a text
    file can show a cut by ending without a line break.
    """
    problems: list[Problem] = []
    table_rows = _rows(tables, "raw_tables")
    has_tables = bool(getattr(tables, "table_count", 0) or table_rows or getattr(tables, "first_table_line", None))
    if doc_kind != "final_accounts":
        problems += narrative_cut_off(lines, has_tables)
    problems += announced_tables_absent(lines, table_rows)
    problems += last_table_cut_off(lines, tables, source_format)
    return problems


# --- narrative ----------------------------------------------------------------------------


def sections_present(lines: Sequence[str]) -> list[tuple[str, int]]:
    """Section headings 一 … 六 in order (a heading counts only when it is the next one)."""
    found: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        match = _HEADING.match(line)
        if match and len(found) < len(SECTIONS) and match.group(1) == SECTIONS[len(found)]:
            found.append((match.group(1), number))
    return found


_SENTENCE_DONE = re.compile(r"[。！？；.!?;…]\s*[”’」』）)】]*\s*$")


_OPEN_END = re.compile(r"(?:[，、：:,（(“‘—]|其中|为|是|包括|以及|及|和|与|比|较|共计|合计|总计)\s*$")
_MONEY = re.compile(r"\d\s*(?:亿元|万元|元)")
_MID_NUMBER = re.compile(r"\d\s*[.．,，]\s*$")  # '300.' / '1,': the number stops before its digits
_BARE_NUMBER_END = re.compile(r"[\u4e00-\u9fff]\s*\d[\d,，.\s]*$")
# '…支出744.03万元，比2023年增': a clause after a comma that stops before its amount
_WORDS_AFTER_COMMA = re.compile(r"[，,、]\s*[\u4e00-\u9fff“”\d]{1,16}$")
# '…减少0.98万元。其中：基本': a list opened after a sentence, its first item without its amount
_LIST_OPENED = re.compile(r"^\s*其中\s*[：:]")


def _broken_off(line: str) -> bool:
    """The last line stops mid-sentence: after a comma or a connective, on a number whose unit
    never comes, on words after a comma in a sentence that states an amount, or on a list
    opened ('其中：') after a sentence with an amount whose first item has none. A line that
    merely lacks a closing 。 (a contact line, a date, a list item) is not broken off."""
    if _MID_NUMBER.search(line):
        return True
    if _SENTENCE_DONE.search(line):
        return False
    open_tail = re.split(r"[。！？!?；;]", line)[-1]
    if _OPEN_END.search(open_tail):
        return True
    if _MONEY.search(line) and _BARE_NUMBER_END.search(open_tail):
        return True
    if _LIST_OPENED.match(open_tail) and _MONEY.search(line) and not _MONEY.search(open_tail):
        return True
    return bool(_MONEY.search(open_tail) and _WORDS_AFTER_COMMA.search(open_tail))


def narrative_cut_off(lines: Sequence[str], has_tables: bool) -> list[Problem]:
    """Document lines -> a 'partial' problem 'narrative_cut_off' when the narrative stops
    mid-sentence at the end of the file (a file cut short); [] when tables follow it
    (``has_tables``) or it ends cleanly.
    """
    if has_tables:
        return []  # the narrative was followed by tables: it was not cut by the end of the file
    end = _last_content_line(lines, skip_page_numbers=True)
    if not end:
        return []
    last = lines[end - 1].strip()
    if "\t" in last:
        return []  # a table row: the table rules judge it
    if (_HEADING.match(last) or _SUB_HEADING.match(last)) and not _HEADING_CONTENT.search(last):
        if len(last) > _MAX_HEADING:
            return []
        evidence = f"it ends with a heading that has nothing under it (line {end}: “{last}”)"
    elif _broken_off(last):
        evidence = f"its last sentence breaks off (line {end}: “…{last[-30:]}”)"
    else:
        return []
    found = sections_present(lines)
    where = ""
    if found:
        numeral, line = found[-1]
        # (where it ends, never what an outline would have had next: outlines differ by region)
        where = f"; it ends in narrative section {numeral} (from line {line})"
    return [
        Problem(
            "partial",
            "narrative_cut_off",
            f"{evidence}{where}: the file looks cut off",
            source_line=end,
        )
    ]


# --- announced tables ---------------------------------------------------------------------


def announced_tables(lines: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """(number, title, line, last line of the list) for every table a list announces."""
    out: list[tuple[str, str, int, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        # (every announcing word holds 附 or 表: a cheap test before the pattern)
        match = _ANNOUNCE.match(line) if "附" in line or "表" in line else None
        if not match:
            index += 1
            continue
        start = index + 1
        items = [(m.group("no"), m.group("title"), start) for m in _ITEM.finditer(match.group("rest"))]
        end = start
        following = index + 1
        while following < len(lines) and (not lines[following].strip() or _ITEM_LINE.match(lines[following])):
            if lines[following].strip():
                items += [(m.group("no"), m.group("title"), following + 1) for m in _ITEM.finditer(lines[following])]
                end = following + 1
            following += 1
        out += [(no, title.strip(), line, end) for no, title, line in items]
        index = following
    return out


def _compact(text: str) -> str:
    return compact(text).replace("(", "（").replace(")", "）")


def announced_tables_absent(lines: Sequence[str], table_rows: list[dict[str, str]]) -> list[Problem]:
    """Document lines and the rows of raw_tables -> a 'partial' problem 'announced_tables_absent'
    when tables the document's own list (目录 / 附件 list) announces are not among the tables
    read; [] when none is announced or all are there.
    """
    announced = announced_tables(lines)
    if not announced:
        return []
    missing = []
    titles_after: dict[int, list[str]] = {}
    for number, title, line, list_end in announced:
        if list_end not in titles_after:
            # the non-blank lines that end in 表 (only they may be titles), alone and after the
            # non-blank line before them (wrapped titles); then the titles of the tables found
            later = [text for text in lines[list_end:] if text.strip()]
            ends = [i for i, text in enumerate(later) if text.rstrip().endswith("表")]
            singles = [_compact(later[i]) for i in ends]
            later = singles + [_compact(later[i - 1]) + one for i, one in zip(ends, singles, strict=True) if i > 0]
            later += [_compact(r.get("table_title", "")) for r in table_rows if _int(r.get("title_line")) > list_end]
            titles_after[list_end] = [seen for seen in later if _may_be_title(seen)]
        if not any(_same_title(_compact(title), seen) for seen in titles_after[list_end]):
            missing.append((number, title, line))
    if not missing:
        return []
    listed = "; ".join(f"{number}.{title}" for number, title, _ in missing)
    return [
        Problem(
            "partial",
            "announced_tables_absent",
            f"{len(missing)} of the {len(announced)} tables the document announces are absent ({listed}): "
            "the file looks cut off",
            source_line=missing[0][2],
        )
    ]


def _may_be_title(seen: str) -> bool:
    return len(seen) >= 6 and seen.endswith("表")


def _same_title(wanted: str, seen: str) -> bool:
    """Titles match when one ends with the other (a year / unit prefix, or a wrapped title)."""
    if not _may_be_title(seen):
        return False
    return wanted.endswith(seen) or seen.endswith(wanted)


# --- the last table -----------------------------------------------------------------------


def _figures_after(lines: Sequence[str], title_line: int) -> bool:
    """Whether a figure stands as a word of its own on a line after ``title_line`` (1-based)."""
    return any(PRINTED_AMOUNT.match(word) for line in lines[title_line:] for word in line.split())


def _ends_inside(lines: Sequence[str], table: dict[str, str], source_format: str) -> bool:
    """Whether the file shows it was cut inside ``table`` (a raw_tables row): nothing follows
    the table's last line, and that line, the file's last, has no line break after it (a text
    file only: ``lines`` then ends with '' when the file ends with a line break)."""
    if source_format != "text" or not lines or lines[-1] == "":
        return False  # ('\t', an empty cell of a one-cell-per-line export, is a line without its break)
    return _last_content_line(lines) <= _int(table.get("end_line"))


def last_table_cut_off(lines: Sequence[str], tables, source_format: str = "text") -> list[Problem]:
    """Document lines and the parsed tables -> 'partial' problems when the last table runs into the
    end of the file: 'table_without_rows' (a title and nothing after it) or 'table_cut_off' (rows
    short of its 合计 in a file that ends inside the table without a line break, or a last row with
    fewer cells than the others where the file ends inside it without a line break); [] otherwise. ``source_format`` as for ``check_completeness``.
    """
    table_rows = _rows(tables, "raw_tables")
    if not table_rows:
        return []
    last = max(table_rows, key=lambda row: (_int(row.get("title_line")), _int(row.get("table_seq"))))
    seq = last.get("table_seq", "")
    title = last.get("table_title", "") or last.get("table_kind", "")
    where = f"table {seq} {title} (line {last.get('title_line', '?')})"
    end_of_file = _last_content_line(lines)

    def cut(code: str, message: str) -> Problem:
        return Problem("partial", code, message, table_kind=last.get("table_kind", ""), source_line=end_of_file)

    if last.get("amount_unit") and last["amount_unit"] not in UNIT_FACTORS:
        return []  # its rows are printed in a unit not read: amount_unit_unknown says so
    if last.get("is_empty") != "true" and _int(last.get("row_count")) == 0:
        if _figures_after(lines, _int(last.get("title_line"))):
            return []  # figures printed after its title, unread (a problem of the table says so): not cut
        return [cut("table_without_rows", f"{where} has a title but no rows: the file ends after it")]

    problems = []
    shortfall = _shortfall_against_total(tables, seq, last) if _ends_inside(lines, last, source_format) else ""
    if shortfall:
        problems.append(
            cut(
                "table_cut_off",
                f"{where} ends before its rows add up to its 合计: {shortfall}, and the file ends inside it without "
                "a line break; the file looks cut off",
            )
        )
    short_row = _short_last_row(lines, _int(last.get("title_line")), getattr(tables, "layout", ""))
    if short_row:
        problems.append(
            cut(
                "table_cut_off",
                f"the last row of {where} has {short_row[0]} of its {short_row[1]} cells: the file ends inside it",
            )
        )
    return problems


def _shortfall_against_total(tables, seq: str, table: dict[str, str]) -> str:
    """'Σ 类 = a, 合计 = b' when the table's top rows fall short of its total row, else ''.

    The top rows are those no other printed row contains: the 类 rows (3-digit codes), or, in a
    table that prints no parent of them, its 款 or 项 rows. Amounts in 元 (Decimal); the
    allowance for rounding follows the table's unit (``rounding_tolerance_yuan``)."""
    lines = [
        row
        for name in ("raw_function_lines", "raw_economic_lines")
        for row in _rows(tables, name)
        if row.get("table_seq") == seq
        and row.get("measure") == "total"
        and row.get("period", "current") in ("current", "")
    ]
    totals = [t for row in lines if row.get("code", "") == "" and (t := _amount(row)) is not None]
    if not totals:
        return ""
    codes = {row.get("code", "") for row in lines} - {""}
    # the rows no printed row contains: the 类 rows, or the 款/项 rows of a table that prints
    # none of their parents (a table of 项 only sums its 项)
    top = [
        (code, amount)
        for row in lines
        if (code := row.get("code", ""))
        and not any(code[:cut] in codes for cut in (3, 5) if cut < len(code))
        and (amount := _amount(row)) is not None
    ]
    categories = [amount for _, amount in top]
    level = "类" if all(len(code) == 3 for code, _ in top) else "top-level (no parent printed)"
    total = max(totals)
    summed = sum(categories, Decimal(0))
    unit = UNIT_FACTORS.get(table.get("amount_unit") or getattr(tables, "amount_unit", "") or "")
    if unit is None:  # no unit is stated (its rows are then not loaded): no allowance to judge by
        return ""
    allowance = rounding_tolerance_yuan(len(categories), unit)
    if total - summed <= allowance:
        return ""
    return f"its {len(categories)} {level} rows sum to {summed:.2f} 元, its 合计 says {total:.2f} 元"


def _short_last_row(lines: Sequence[str], title_line: int, layout: str) -> tuple[int, int] | None:
    """(cells, usual cells) when the file's last line is a one-row-per-line table row that is
    narrower than the table's rows and of a width no other row of the table has, and the file
    ends inside it: without a line break, or with one after a row that stops before its first
    figure ('2101101\t行政' and blank lines: a table row is never printed without a figure). (A
    last row with figures followed by a line break is whole: an editor that trims trailing tabs
    leaves it short of its empty cells, not cut.)"""
    if layout not in ("tsv_rows", "") or title_line <= 0 or not lines:
        return None
    end = _last_content_line(lines)
    if not end or end <= title_line:
        return None
    body = [line for line in lines[title_line : end - 1] if "\t" in line]
    last = lines[end - 1]
    # (with no line break after it, the header alone above the row is width enough to judge by: a
    # 三公 table prints one row under its header)
    if "\t" not in last or len(body) < (1 if lines[-1] != "" else 2):
        return None
    widths = Counter([line.count("\t") + 1 for line in body])
    usual = widths.most_common(1)[0][0]
    cells = last.count("\t") + 1
    if lines[-1] == "" and any(_FIGURE.match(cell.strip()) for cell in last.split("\t")[1:]):
        return None  # a line break ends the file after a row with figures: trailing cells trimmed
    if cells < usual and widths[cells] == 0:
        return cells, usual
    return None


_FIGURE = re.compile(r"^[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


# --- rows from a cut line -----------------------------------------------------------------


def untrusted_from_line(lines: Sequence[str], problems: Sequence[Problem], layout: str = "") -> int | None:
    """The first line whose rows must not be used, or None.

    Only for a file found cut off (a CUT_CODES problem) whose last line has no line break:
    that line may stop mid-number. In one-cell-per-line exports the whole row it belongs to
    (its run of cell lines) is untrusted.
    """
    if not any(p.code in CUT_CODES for p in problems):
        return None
    if not lines or not lines[-1].strip():  # a line break follows the last line: it is whole
        return None
    start = len(lines)
    if layout == "cell_per_line" or lines[-1].startswith("\t"):
        while start > 1 and lines[start - 2].startswith("\t") and lines[start - 2].strip("\t ") != "":
            start -= 1
    return start


def drop_rows_from_line(result: ParseResult, first_line: int) -> int:
    """Remove rows read from ``first_line`` on (source_line); returns how many were removed."""
    removed = 0
    for name, rows in result.rows.items():
        if name in ("raw_tables", "raw_problems"):
            continue
        kept = [row for row in rows if _int(row.get("source_line")) < first_line or not row.get("source_line")]
        removed += len(rows) - len(kept)
        result.rows[name] = kept
    return removed


# --- helpers ------------------------------------------------------------------------------


def _rows(tables, name: str) -> list[dict[str, str]]:
    result = getattr(tables, "result", None)
    if result is None:
        return []
    return list(result.rows.get(name, []))


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _amount(row: dict[str, str]) -> Decimal | None:
    try:
        return Decimal(row.get("amount_yuan", ""))
    except InvalidOperation:
        return None


def _last_content_line(lines: Sequence[str], skip_page_numbers: bool = False) -> int:
    for number in range(len(lines), 0, -1):
        text = lines[number - 1].strip()
        if text and not (skip_page_numbers and is_page_number(text)):
            return number
    return 0
