"""Table extraction. Entry point: ``parse_tables(lines) -> TablesOutput``.

read (done) -> find titles -> detect the layout -> the layout's reader turns each table
body into rows -> shared grid handling (meta lines, header, columns) -> one interpreter
per table kind -> rows for the raw CSVs. Nothing here raises: a table that cannot be read
is a 'partial' problem naming it, and the other tables still load.
"""

from __future__ import annotations

import re
import traceback
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.numbers import PRINTED_AMOUNT
from extract.page_numbers import is_page_number
from extract.result import ParseResult
from extract.tables import interpret, layouts, meta, titles
from extract.tables.context import Context
from extract.tables.grid import absorb_meta, build_grid, is_data_row, is_total
from extract.tables.model import Row, Table, Title
from extract.tables.performance import performance_table

GRID_KINDS = tuple(interpret.INTERPRETERS)
# '第三部分 …年度部门决算情况说明': a part heading (no table row holds one)
_PART_HEADING = re.compile(r"^\s*第[一二三四五六七八九十]+部分[^\t]*$")
# a table row of cells apart by tabs: a function (2xx) or economic (3xx / 5xx) code, a name, and an amount
# printed with decimals among the cells after it ('2130101\t行政运行\t862.45\t…')
_CODED_FIGURE_ROW = re.compile(
    r"^\s*[235]\d{2}(?:\d{2}){0,2}\t[^\t]*[\u4e00-\u9fff][^\t]*(?:\t[^\t]*)*?\t\s*[-−]?[\d,]+\.\d{1,2}\s*(?:\t|$)"
)
# a line that is an amount alone ('14.00'): a cell of a table printed one cell a line
_BARE_AMOUNT = re.compile(r"^[-−]?[\d,]+\.\d{1,2}$")
_CODED_ROWS_UNREAD = 3  # (fewer may be a list in the narrative)
PERFORMANCE_KINDS = ("unit_performance", "project_performance")


@dataclass
class TablesOutput:
    result: ParseResult = field(default_factory=ParseResult)
    layout: str = "narrative_only"  # 'narrative_only' | 'cell_per_line' | 'tsv_rows' | 'unknown'
    first_table_line: int | None = None  # 1-based line of the first table title (narrative ends before it)
    table_count: int = 0
    # the known unit most tables state (a key of extract.numbers.UNIT_FACTORS), else the one the
    # document states for its amounts ('本说明及附表金额单位均为元'), '' when nothing states one
    amount_unit: str = ""
    # 1-based line of a part heading after the tables ('第三部分 …决算情况说明'): the narrative
    # goes on there (final accounts print their tables between two narrative parts)
    narrative_resumes_line: int | None = None
    tables: list[Table] = field(default_factory=list)


def parse_tables(lines: Sequence[str], doc_kind: str = "", fiscal_year: str = "") -> TablesOutput:
    """Normalised document lines (0-based list, line i is source line i + 1) -> ``TablesOutput``.

    Finds the table titles (``titles.find_titles``), detects the layout of the lines after the
    first one (``layouts.detect``), cuts each table's body and hands it to the interpreter of its
    kind. The rows go to ``out.result`` keyed by raw table (raw_function_lines,
    raw_economic_lines, raw_summary_items, raw_three_public, raw_projects, raw_procurement_lines,
    raw_performance_targets), amounts as text in yuan (``amount_yuan``) beside the printed text.
    ``doc_kind`` ('budget' | 'final_accounts', '' when not known) tells an interpreter which
    figures the document's tables must give (a 决算's procurement table: its actual amounts,
    never the planned ones); ``fiscal_year`` ('2026', '' when not known) tells a column of an
    earlier year ('2025年预算数' in a 2026 budget) as the prior year's. Never raises for bad content: a layout it does not read is a
    'partial' problem 'table_layout_unknown' and no rows; other findings are problems of
    ``out.result``.
    """
    out = TablesOutput()
    found = titles.find_titles(lines)
    for line, text in titles.unread_titles(lines, found):
        out.result.problem(
            "partial",
            "table_not_read",
            f"{text}: a table title with figures under it that was not recognised as a table; its figures are not read",
            titles.kind_of(text),
            line,
        )
    if not found:
        coded = [at for at, line in enumerate(lines) if _CODED_FIGURE_ROW.match(line)]
        if len(coded) >= _CODED_ROWS_UNREAD and not out.result.problems:
            # (a document whose tables' titles are printed in a way no title is read by: its rows of
            # coded figures are there, unread; never 'ok' as though it printed no table)
            out.result.problem(
                "partial",
                "table_not_read",
                f"{len(coded)} row(s) of figures under function or economic codes (lines {coded[0] + 1}-{coded[-1] + 1}) "
                "stand under no table title read: their figures are not read",
                "",
                coded[0] + 1,
            )
        return out
    # (a narrative line announcing the first table is the narrative's: the tables start after it)
    out.first_table_line = found[0].line + 1 if found[0].lead else titles.annex_start(lines, found[0])
    start = found[0].start_line - 1
    reader = layouts.detect(lines[start:])
    if reader is None:
        out.layout = "unknown"
        out.result.problem(
            "partial",
            "table_layout_unknown",
            f"{len(found)} table title(s) found but the table layout is not one this version reads",
            found[0].kind,
            found[0].line,
        )
        return out
    out.layout = reader.NAME
    tables: list[Table] = []
    for i, title in enumerate(found):
        end = found[i + 1].start_line - 1 if i + 1 < len(found) else len(lines)
        part = next(
            (j for j in range(title.end_line, end) if "部分" in lines[j] and _PART_HEADING.match(lines[j])), None
        )
        if part is not None:  # a part heading ends the tables' part
            end = part
            if i + 1 == len(found):
                out.narrative_resumes_line = part + 1
        table = Table(seq=0, title=title, end_line=title.end_line)
        tables.append(table)
        try:
            rows = reader.read_rows(lines, title.end_line, end)
            absorb_meta(table, rows)
            _coded_rows_after(out.result, lines, table, max((max(r.lines) for r in rows), default=title.end_line), end)
            # '本表无数据' under rows the reader stopped before (a lone '合计' of an empty table)
            table.empty_marker = table.empty_marker or _says_empty_below(lines, title.end_line, end)
            if not table.amount_unit and title.amount_unit:
                table.amount_unit, table.amount_unit_line = title.amount_unit, title.end_line
        except Exception as exc:  # never raise out of parse_tables
            _crashed(out.result, table, exc)
    tables = _merge_continued(out.result, tables)
    unstated = _table_units(tables)
    document_unit, why = document_amount_unit(lines, tables)
    # fragments (rows that fit no header) become tables of their own, in line order
    seq = 0
    for table in tables:
        seq += 1
        table.seq = seq
        _interpret(
            out.result,
            table,
            last=table is tables[-1] and not _document_goes_on(lines, table.end_line),
            ends_with_break=bool(lines) and lines[-1] == "",
            doc_kind=doc_kind,
            fiscal_year=fiscal_year,
            default_unit="" if id(table) in unstated else document_unit,
            unstated=unstated.get(id(table), why),
        )
        if table.orphans:
            seq += 1
            fragment = _fragment(out.result, table, seq)
            out.tables.append(table)
            out.tables.append(fragment)
            continue
        out.tables.append(table)
    # one level of function figures for the whole document (a name-only table's uncoded rows)
    interpret.load_at_coded_level(out.result, out.tables)
    _restated_tables(out.result, out.tables)
    for table in out.tables:
        out.result.add(
            "raw_tables",
            {
                "table_seq": table.seq,
                "table_kind": table.kind,
                "table_title": table.title.text,
                "table_number": table.title.number,
                "title_line": table.title.line,
                "end_line": table.end_line,
                "amount_unit": table.amount_unit,
                "is_empty": "true" if table.is_empty else "false",
                "row_count": table.row_count,
                "value_count": table.value_count,
            },
        )
    _numbering_gaps(out.result, [t for t in out.tables if t.kind or t.title.text])
    out.table_count = sum(1 for t in out.tables if t.title.text)
    units = Counter([t.amount_unit for t in out.tables if meta.is_known_unit(t.amount_unit)])
    out.amount_unit = units.most_common(1)[0][0] if units else document_unit
    return out


def _restated_tables(result: ParseResult, tables: list[Table]) -> None:
    """Load each kind of 功能分类 table once: where a document prints two tables of one kind (a 类
    table inside the narrative, the full table among the tables), the one with more lines is
    loaded; another all of whose rows (code, measure, period, role) the first prints too is a
    restatement, not loaded again: a warning 'table_restated' when its amounts are alike, a
    'partial' problem 'table_restated_differs' when they are not (the source disagrees with
    itself). A table printing rows the first does not (another part of the figures, a table cut
    by a page) is loaded as before. Updates ``result`` in place."""
    lines = result.rows.get("raw_function_lines", [])
    by_table: dict[str, list[dict[str, str]]] = {}
    for line in lines:
        by_table.setdefault(line["table_seq"], []).append(line)
    kinds: dict[str, list[str]] = {}
    for seq, rows in by_table.items():
        kinds.setdefault(rows[0]["table_kind"], []).append(seq)
    dropped: set[str] = set()
    titles = {str(t.seq): t for t in tables}
    for seqs in kinds.values():
        if len(seqs) < 2:
            continue
        kept = max(seqs, key=lambda s: (len(by_table[s]), -int(s)))
        printed: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        for r in by_table[kept]:
            printed.setdefault(_line_key(r), []).append((r.get("value_role", ""), r["amount_yuan"]))
        for seq in seqs:
            if seq == kept:
                continue
            alike = [_alike(r, printed) for r in by_table[seq]]
            if any(found is None for found in alike):
                continue  # rows the other does not print: another part of the figures, no restatement
            differ = [
                (r, found or [])
                for r, found in zip(by_table[seq], alike, strict=True)
                if r["amount_yuan"] not in (found or [])
            ]
            table, first = titles[seq], titles[kept]
            where = f"table {kept} ({first.title.text}, line {first.title.line})"
            if differ:
                shown = ", ".join(f"{r['code'] or '合计'} {r['amount_yuan']} vs {found[0]}" for r, found in differ[:3])
                result.problem(
                    "partial",
                    "table_restated_differs",
                    f"{table.title.text}: a second table of this kind beside {where}, printing other amounts "
                    f"({shown}): not loaded, the source disagrees with itself",
                    table.kind,
                    table.title.line,
                )
            else:
                result.problem(
                    "warning",
                    "table_restated",
                    f"{table.title.text}: restates {where}: its figures are loaded once",
                    table.kind,
                    table.title.line,
                )
            dropped.add(seq)
    if dropped:
        result.rows["raw_function_lines"] = [r for r in lines if r["table_seq"] not in dropped]


def _line_key(row: dict[str, str]) -> tuple[str, str, str]:
    return (row["code"], row["measure"], row["period"])


def _alike(row: dict[str, str], printed: dict[tuple[str, str, str], list[tuple[str, str]]]) -> list[str] | None:
    """The amounts ``printed`` holds for ``row``'s code, measure and period in its role (a column
    naming no role is of any: '合计' beside '决算数'); None when it prints none."""
    role = row.get("value_role", "")
    found = [amount for other, amount in printed.get(_line_key(row), []) if role in ("", other) or other == ""]
    return found or None


def _table_units(tables: list[Table]) -> dict[int, str]:
    """Give each table without a unit line the unit stated for it alone: a subtitle ('（万元）'), a
    note under it ('注：本表金额单位为元'), else its header cells ('合计（元）', '金额（万元）', '单位：元' in a cell; grid
    tables only: a performance table reads the unit of each of its keys). Returns the tables whose
    header cells name different units (by ``id``), each with why its unit is not known (they take
    no unit)."""
    unclear: dict[int, str] = {}
    for table in tables:
        if table.amount_unit:
            continue
        # a subtitle that is a unit in brackets ('（万元）': a unit line says 单位)
        table.amount_unit = next((u for text in table.subtitles if (u := meta.header_unit(text))), "")
        for line, text in table.notes:
            unit = "" if table.amount_unit else meta.stated_unit(text, one_table=True)
            if unit:
                table.amount_unit, table.amount_unit_line = unit, line
                break
        if table.amount_unit or table.kind not in GRID_KINDS:
            continue
        named: dict[str, int] = {}
        for row in table.rows:
            if is_data_row(row, numbers_only=table.kind == "three_public"):  # (as build_grid tells them)
                break
            for cell, line in zip(row.cells, row.lines, strict=False):
                unit = meta.header_unit(cell)
                if unit:
                    named.setdefault(unit, line)
        if len(named) == 1:
            ((unit, line),) = named.items()
            table.amount_unit, table.amount_unit_line = unit, line
        elif named:
            unclear[id(table)] = f"its header cells name different units ({', '.join(named)})"
    return unclear


def document_amount_unit(lines: Sequence[str], tables: Sequence[Table]) -> tuple[str, str]:
    """(unit, '') of the amounts of a document's tables that state none of their own, or ('', why
    it is not known).

    The unit is what the document states, nearest first: a sentence stating the unit of its
    amounts ('本说明及附表金额单位均为元', '如无特别说明，金额单位为万元', '以下金额单位：元';
    ``meta.stated_unit``), then the unit its tables state (their unit lines, titles, notes or
    header cells: ``tables`` after ``_table_units``) when they all state the same one. A unit is a
    key of extract.numbers.UNIT_FACTORS. Never a guess: sentences that state different units, a
    sentence that does not name the tables and that every unit-stating table contradicts, or
    tables that state different units (and no sentence), leave it unknown; so does a document
    that states no unit at all."""
    said: dict[str, bool] = {}  # unit -> whether a sentence stating it names the tables (附表, 表格)
    for line in lines:
        # prose only: a table row's cell ('金额单位：元' in a header) is its table's, read above
        unit = meta.stated_unit(line) if "单" in line and "\t" not in line.strip() and not meta.unit_of(line) else ""
        if unit:
            said[unit] = said.get(unit, False) or "表" in line
    own = sorted({t.amount_unit for t in tables if meta.is_known_unit(t.amount_unit)})
    if len(said) > 1:
        return "", f"the document states different units for its amounts ({', '.join(said)})"
    if said:
        ((unit, names_tables),) = said.items()
        if names_tables or not own or unit in own:
            return unit, ""
        return "", f"the document states its amounts are in {unit}, but its other tables state {', '.join(own)}"
    if len(own) == 1:
        return own[0], ""
    if own:
        return "", f"the document's tables state different units ({', '.join(own)}) and nothing states this one's"
    return (
        "",
        "no unit is stated for it: no unit line, none in its title, notes or header cells, and the document states none",
    )


def _says_empty_below(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether a line of ``lines[start:end]`` (0-based, end excluded), before the narrative
    resumes (a sentence that is no note), says the table above has no data
    (``meta.is_no_data_line``), or whose first line of text (past its unit line) is a short sentence
    saying the unit has none of it ('本部门无政府性基金预算支出。', ``meta.says_no_data``)."""
    first = True
    for line in lines[start:end]:
        text = line.strip()
        if not text or (first and meta.unit_of(text)):
            continue
        if meta.is_no_data_line(text) or (first and len(text) <= 60 and meta.says_no_data(text)):
            return True
        first = False
        if "\t" not in text and "。" in text and not meta.is_note(text):
            return False
    return False


def _document_goes_on(lines: Sequence[str], end_line: int) -> bool:
    """Whether the document goes on after a table's last line ``end_line`` (1-based): a
    sentence of narrative (no note) or a part heading follows it. A file that does is not cut
    inside that table, whatever the table holds."""
    for line in lines[end_line:]:
        text = line.strip()
        if "\t" in text or not text:
            continue
        if _PART_HEADING.match(text) or ("。" in text and not meta.is_note(text)):
            return True
    return False


def _header_rows(table: Table) -> list[list[str]]:
    first = next((i for i, row in enumerate(table.rows) if is_data_row(row)), len(table.rows))
    return [row.filled for row in table.rows[:first]]


def _merge_continued(result: ParseResult, tables: list[Table]) -> list[Table]:
    """Tables in document order -> the same tables with each continuation merged into the table
    it continues (its rows and notes appended): a table continued after a page break under a
    repeated (or 续表) title is one table.

    A bare 续表 line (``Title.continues``) continues the table above when what follows it fits
    that table: no header, or header rows identical to the table's; a unit line, when repeated,
    the same unit. Otherwise it is not merged (never a guess): a 'partial' problem
    'table_continuation_mismatch' names the line, and its rows are not loaded."""
    merged: list[Table] = []
    for table in tables:
        previous = merged[-1] if merged else None
        if table.title.continues:
            why = _continuation_mismatch(previous, table)
            if why:
                result.problem(
                    "partial",
                    "table_continuation_mismatch",
                    f"{table.title.text}: the rows under the '续表' line on line {table.title.line} {why}, "
                    "so they are not read as its continuation; their figures are not loaded",
                    table.kind,
                    table.title.line,
                )
                continue
            if previous is not None:
                _append(previous, table)
                continue
        if previous is not None and previous.kind == table.kind and table.title.text:
            same_title = table.title.text == previous.title.text and table.subtitles == previous.subtitles
            continued = "续" in table.title.text or (same_title and _header_rows(table) == _header_rows(previous))
            if continued and (table.rows or table.notes):
                _append(previous, table)
                continue
        merged.append(table)
    return merged


def _continuation_mismatch(previous: Table | None, table: Table) -> str:
    """Why the rows under a bare 续表 line (``table``) do not continue ``previous`` (the table
    above), '' when they do: the same header rows (or none printed again) and the same unit
    (or none printed again)."""
    if previous is None:
        return "have no table above them to continue"
    header = _header_rows(table)
    if header and header != _header_rows(previous):
        return f"have a header ({' | '.join(header[-1])}) that differs from the table above's"
    if table.amount_unit and previous.amount_unit and table.amount_unit != previous.amount_unit:
        return f"are in {table.amount_unit}, the table above in {previous.amount_unit}"
    return ""


def _append(previous: Table, table: Table) -> None:
    previous.rows.extend(table.rows)
    previous.notes.extend(table.notes)
    previous.empty_marker = previous.empty_marker or table.empty_marker
    previous.end_line = max(previous.end_line, table.end_line)


def _crashed(result: ParseResult, table: Table, exc: Exception) -> None:
    detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
    result.problem(
        "partial", "table_unparsed", f"{table.title.text}: could not be read ({detail})", table.kind, table.title.line
    )


def _interpret(
    result: ParseResult,
    table: Table,
    last: bool,
    doc_kind: str = "",
    ends_with_break: bool = False,
    default_unit: str = "",
    unstated: str = "",
    fiscal_year: str = "",
) -> None:
    ctx = Context(
        result=result,
        table=table,
        doc_kind=doc_kind,
        fiscal_year=fiscal_year,
        default_amount_unit=default_unit,
        unstated=unstated,
    )
    try:
        if not ctx.amount_unit and table.kind in GRID_KINDS and holds_figures(table.rows):
            # never read in a guessed unit: a figure 10,000 times too large is worse than none
            ctx.problem(
                "partial",
                "amount_unit_unstated",
                f"{unstated or 'no unit is stated for it'}; its values are not loaded",
                table.title.line,
            )
        elif table.amount_unit and not meta.is_known_unit(table.amount_unit):
            # never read in another unit (the document's): a wrong figure is worse than none
            ctx.problem(
                "partial",
                "amount_unit_unknown",
                f"the table's unit line names {table.amount_unit!r}, not a money unit this version reads "
                "(元, 千元, 万元, 十万元, 百万元, 千万元, 亿元); its values are not loaded",
                table.amount_unit_line or table.title.line,
            )
        elif not table.kind and not holds_figures(table.rows):
            # '二、2025年度部门决算表' then '（金额单位：万元）' then '表1　…': a heading naming the tables
            # that follow, no figure under it before the next title: nothing is left unread
            pass
        elif not table.kind:
            ctx.problem(
                "partial", "table_unknown", "table kind not recognised; its values are not loaded", table.title.line
            )
        elif table.kind in GRID_KINDS:
            # (one cell a line, no tab: rows of no columns, a layout no reader lays out; never a grid)
            one_a_line = (
                not table.empty_marker
                and all(len(r.cells) == 1 and not r.merged_dropped for r in table.rows)
                and sum(bool(_BARE_AMOUNT.match(r.cells[0].strip())) for r in table.rows) >= _CODED_ROWS_UNREAD
            )
            grid = build_grid([] if one_a_line else table.rows, numbers_only=table.kind == "three_public")
            for line, message in grid.warnings:
                ctx.problem("warning", "header_unaligned", message, line)
            if not grid.data and holds_figures(table.rows):
                # figures printed under the title that fit no column: unread, not a cut file
                ctx.problem(
                    "partial",
                    "table_unparsed",
                    "its figures are printed in rows this version cannot lay out in columns; they are not read",
                    table.title.line,
                )
            elif (
                not grid.data
                and not table.empty_marker
                and last
                and not (ends_with_break and _total_row_printed(table.rows))
            ):
                # (a 合计 row printed with empty cells, its line ended: an empty table that ends the file,
                # not a cut: '表9  国有资本经营预算支出表' … '合计' and the file's last line break; held-out set 86)
                ctx.problem(
                    "partial",
                    "table_cut_off",
                    "the table ends without its rows at the end of the file",
                    table.title.line,
                )
            kind = table.kind
            if kind == "gpb_project_economic" and grid.data and not interpret.has_economic_codes(grid):
                kind = table.title.kind = "project_budget"
            if kind == "fiscal_function" and grid.data and interpret.has_economic_codes(grid):
                # a 财政拨款支出预算表 by 经济分类 (30x/50x rows), not by 功能分类: no kind read here
                table.title.kind = ""
                ctx.problem(
                    "partial",
                    "table_unknown",
                    "a 财政拨款 table by 经济分类, not a kind this version reads; its values are not loaded",
                    table.title.line,
                )
            else:
                told = len(result.problems)
                interpret.INTERPRETERS[kind](ctx, grid)
                if (
                    table.value_count == 0
                    and len(result.problems) == told
                    and holds_figures(grid.data)
                    # (a table said to hold no data whose only figures are zeros loses nothing)
                    and not (table.empty_marker and not holds_figures(grid.data, nonzero=True))
                ):
                    # (a two-column table whose rows were never split into a name and an amount
                    # cell: its figures are printed, none read, and nothing said why)
                    ctx.problem(
                        "partial",
                        "table_unparsed",
                        "its figures are printed but none could be read in the columns its header names; "
                        "they are not read",
                        table.title.line,
                    )
        else:
            performance_table(ctx)
            if not table.rows and last:
                ctx.problem(
                    "partial",
                    "table_cut_off",
                    "the table ends without its rows at the end of the file",
                    table.title.line,
                )
    except Exception as exc:  # a bug or an unforeseen shape: this table only
        _crashed(result, table, exc)
    table.is_empty = (
        table.value_count == 0
        and (table.kind in GRID_KINDS or table.row_count == 0)
        and not holds_figures(table.rows + table.orphans)
    )


def holds_figures(rows: Sequence[Row], nonzero: bool = False) -> bool:
    """Whether any cell of ``rows`` is, or holds among its space-separated words, a printed amount,
    read or not (with ``nonzero``, one that is not 0: '0.00' aside).

    A table is empty only when its region holds no figure: a table whose figures are printed but
    were not read (a header the reader could not lay out, rows that fit no header, a row of page
    text left as one cell: '一、财政拨款收入 76,306,134 一、一般公共服务支出 3,353,072') is not."""
    return any(
        PRINTED_AMOUNT.match(word) and not (nonzero and not word.strip("-−－0.,"))
        for row in rows
        for cell in row.stripped
        for word in cell.split()
    )


def _stops_rows(line: str) -> bool:
    """Whether a line after a table's rows is words that stop them: text without a tab that is no
    page number."""
    return bool(line.strip()) and "\t" not in line and not is_page_number(line.strip())


def _coded_rows_after(result: ParseResult, lines: Sequence[str], table: Table, last: int, end: int) -> None:
    """Report rows of coded figures the reader left after the table's last row read (1-based
    ``last``) in its region (up to 0-based ``end``), before the text's next sentence: a line of
    other words stopped the table (a page's header the reader could not tell from narrative) and
    rows printed after it are not read. Never silent: 'table_not_read' ('partial') names three rows or
    more, an 'untitled_rows' warning fewer."""
    coded = []
    for at in range(last, end):
        if "。" in lines[at]:
            break  # (the narrative after the tables: its own inline rows are the narrative's)
        if _CODED_FIGURE_ROW.match(lines[at]):
            coded.append(at + 1)
    if coded:
        stop = next((at + 1 for at in range(last, coded[0]) if _stops_rows(lines[at])), coded[0])
        many = len(coded) >= _CODED_ROWS_UNREAD  # (a table whose title was not read: 'partial', never 'ok')
        result.problem(
            "partial" if many else "warning",
            "table_not_read" if many else "untitled_rows",
            f"{len(coded)} row(s) of figures under function or economic codes after {table.title.text} "
            f"(lines {coded[0]}-{coded[-1]}) follow a line that ended the table's rows (line {stop}: "
            "a page's header or other words); values not loaded",
            table.kind,
            coded[0],
        )


def _fragment(result: ParseResult, table: Table, seq: int) -> Table:
    """Rows after a table's data that fit no header: kept as an untitled fragment, values not loaded."""
    rows = table.orphans
    first, last = rows[0].line, max(max(r.lines) for r in rows)
    widths = sorted({len(r.cells) for r in rows})
    table.end_line = min(table.end_line, max((max(r.lines) for r in table.rows if r.line < first), default=first))
    fragment = Table(seq=seq, title=Title(kind="", text="", line=first, end_line=first), end_line=last)
    fragment.row_count = len(rows)
    result.problem(
        "warning",
        "untitled_rows",
        f"{len(rows)} row(s) of {'/'.join(map(str, widths))} cells after {table.title.text} (lines {first}-{last}) "
        "fit no header read above them (their table's title and header are missing from the file, or a "
        "header was printed but could not be laid out); values not loaded",
        table.kind,
        first,
    )
    return fragment


def _numbering_gaps(result: ParseResult, tables: list[Table]) -> None:
    """Warn when 表N numbers skip a table that is not there (unnumbered tables fill gaps)."""
    previous: int | None = 0
    between = 0
    for table in tables:
        number = titles.number_value(table.title.number) if table.title.number else None
        if number is None:
            if table.title.text:
                between += 1
            continue
        if previous is not None and number - previous - 1 > between:
            missing = [f"表{n}" for n in range(previous + 1, number)]
            result.problem(
                "warning",
                "table_number_gap",
                f"table numbering jumps to {table.title.number}: {', '.join(missing)} not in the file",
                table.kind,
                table.title.start_line,
            )
        previous, between = number, 0


def _total_row_printed(rows: list[Row]) -> bool:
    """Whether a table's rows (under its header) hold a total row (合计 / 总计) of no figures: a table
    printed empty, its 合计 row blank."""
    return any(any(is_total(cell) for cell in row.cells) for row in rows)
