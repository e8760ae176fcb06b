"""Interpreters for the grid tables: one function per family of table kinds."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from extract import numbers
from extract.code_parts import CodeParts, all_digits, is_unparented
from extract.reference import category_code, codes_named
from extract.result import ParseResult
from extract.tables import hierarchy, labels
from extract.tables.context import Context
from extract.tables.grid import (
    Column,
    Grid,
    cells_missing,
    fit_row,
    is_code,
    is_number,
    is_total,
    trailing_cells_trimmed,
)
from extract.tables.meta import compact
from extract.tables.model import Row, Table

FUNCTION_KINDS = (
    "gpb_function",
    "fiscal_function",
    "gov_fund",
    "dept_expenditure",
    "dept_income",
    "fa_income",
    "fa_expenditure",
    "state_capital",
    "special_account_function",
)
ECONOMIC_KINDS = ("gpb_basic_economic", "gpb_project_economic")
SUMMARY_KINDS = ("fiscal_summary", "dept_summary", "fa_summary", "fa_fiscal_summary")
INCOME_KINDS = ("dept_income", "fa_income")
# the expenditure tables by function code (what fact_expenditure and the function checks read)
EXPENDITURE_FUNCTION_KINDS = tuple(kind for kind in FUNCTION_KINDS if kind not in INCOME_KINDS)
# the depth of a function code's level and its code's length: 类 201, 款 20106, 项 2010601
_LEVELS = {"类": 1, "款": 2, "项": 3}
_CODE_LENGTH = {1: 3, 2: 5, 3: 7}
_LEVEL_NAME = {1: "类", 2: "款", 3: "项"}
# final-accounts tables print a code in columns of its own per level: 类 | 款 | 项
_CODE_PARTS = ("类", "款", "项")
# '人员经费合计' / '公用经费合计': the totals of a basic-expenditure 决算 table's two blocks
_BLOCK_TOTAL = re.compile(r"^(?:人员经费|公用经费|日常公用经费)(?:合计|小计)?$")
# '基本支出合计' / '项目支出合计': an economic table's 合计 row named by the spending it is of
_TABLE_TOTAL = re.compile(r"^(?:基本支出|项目支出)(?:合计|总计)$")


# Header words that name the text columns.
_CODE_HEADER = re.compile(r"编码|编号")
_ECONOMIC_CODE_HEADER = re.compile(r"编码")
_NAME_HEADER = re.compile(r"名称")
_CODE_LIKE = re.compile(r"^\d[\d ]*$")  # only digits (and spaces) in the code column
_TEXT_HEADERS: dict[str, re.Pattern[str]] = {
    "unit": re.compile(r"部门单位|预算单位|单位名称|^单位$"),
    "code": re.compile(r"项目编码|项目编号|项目代码"),
    "name": re.compile(r"项目名称|^项目$"),
    "function": re.compile(r"功能科目|功能分类"),
    "gov_economic": re.compile(r"政府经济|政府预算经济"),
    "dept_economic": re.compile(r"部门经济|部门预算经济"),
    "category": re.compile(r"采购类别|采购品目|品目|采购分类"),
    "flag": re.compile(r"是否"),
    # what funds a project and what kind it is, words in a project table ('资金来源: 一般公共预算拨款')
    "source": re.compile(r"资金来源|经费来源|资金性质|资金类型"),
    "project_kind": re.compile(r"项目类型|项目类别|项目性质|项目属性"),
    "status": re.compile(r"状态"),
}


def _find(columns: list[Column], pattern: re.Pattern[str]) -> int | None:
    for col in columns:
        if pattern.search(compact(" ".join(col.labels))):
            return col.index
    return None


def _column(columns: list[Column], pattern: re.Pattern[str], default: int) -> int:
    found = _find(columns, pattern)
    return default if found is None else found


def _fitted_rows(ctx: Context, grid: Grid, label_columns: int) -> list[tuple[Row, list[str]]]:
    """Data rows stretched to the header; rows that do not fit become problems or a fragment."""
    width = len(grid.columns)
    fitted: list[tuple[Row, list[str]]] = []
    unfit: list[Row] = []
    for row in grid.data:
        cells = fit_row(row, width, label_columns) if not unfit else None
        if cells is None:
            unfit.append(row)
        else:
            fitted.append((row, cells))
    if unfit:
        ctx.table.orphans = unfit
    ctx.table.row_count = len(fitted)
    return fitted


def _main_year(columns: list[Column], fiscal_year: str = "") -> str:
    """The year of a table's current figures: the latest year its columns or the document
    (``fiscal_year``) name; '' when none does."""
    years = [c.year for c in columns if c.year] + ([fiscal_year] if fiscal_year else [])
    return max(years) if years else ""


def _period(col: Column, main_year: str) -> str:
    if "上年" in compact(col.label) or (col.year and main_year and col.year < main_year):
        return "prior_year"
    return "current"


def _columns_of_the_year(
    ctx: Context, columns: list[Column], main_year: str, keeps_period: bool, line: int
) -> list[Column]:
    """``columns`` without those that hold no amount of the year: rates and shares (增减率,
    占比: not money), changes (比上年增减: not a figure of any year), and, in a table whose rows
    keep no period (``keeps_period`` False: economic and summary tables), a prior year's
    column (上年执行数, '2025年预算数' in a 2026 document), which would be taken for the year's.
    The columns left out are named in one warning 'columns_not_loaded'; none of their cells is
    read (a rate such as '-19.35%' is no unreadable amount)."""
    kept: list[Column] = []
    skipped: list[str] = []
    for col in columns:
        what = labels.change_or_rate(col.path)
        if not what and not keeps_period and _period(col, main_year) == "prior_year":
            what = "prior year"
        if what:
            skipped.append(f"{'/'.join(col.path) or col.label} ({what})")
        else:
            kept.append(col)
    if skipped:
        ctx.warn_once(
            "columns_not_loaded",
            "columns_not_loaded",
            f"column(s) {', '.join(dict.fromkeys(skipped))} hold no amount of the year: not loaded",
            line,
        )
    return kept


def _header_line(ctx: Context, grid: Grid) -> int:
    return grid.header[0].line if grid.header else ctx.table.title.line


def code_part_columns(grid: Grid) -> list[int]:
    """Columns that hold one level of the code each (类 | 款 | 项, as printed in a header row
    or in the first cells of the 合计 row), [] when the code sits in one column."""
    for row in [*grid.header, *grid.data]:
        cells = row.stripped
        for start in range(len(cells) - 1):
            if cells[start] == _CODE_PARTS[0] and cells[start + 1] == _CODE_PARTS[1]:
                width = 3 if start + 2 < len(cells) and cells[start + 2] == _CODE_PARTS[2] else 2
                return list(range(start, start + width))
    return []


def _joined_cells(cells: list[str], parts: list[int], joiner: CodeParts, amount_col: int | None) -> list[str]:
    """The row's cells with the code parts joined into the first part's cell by ``joiner`` (one
    per table, row after row: '201','06','01' -> '2010601'; '','','01' under the 类 '201' and
    the 款 '06' -> '2010601', weighed by the cell of ``amount_col``, the table's first amount
    column; see extract.code_parts); the header words 类/款/项 -> ''; the other part cells
    emptied."""
    if not parts:
        return cells
    texts = [cells[i] for i in parts]
    out = list(cells)
    if all(t in _CODE_PARTS or not t for t in texts):
        joined = ""
    elif all_digits(texts):
        joined = joiner.join(texts, cells[amount_col] if amount_col is not None else "")
    else:  # a label spanning the code columns ('合计', '人员经费合计')
        joined = " ".join(t for t in texts if t)
    out[parts[0]] = joined
    for i in parts[1:]:
        out[i] = ""
    return out


def _row_code(
    ctx: Context, row, cells: list[str], code_col: int, name_col: int, value_cols: list[Column]
) -> str | None:
    """The row's code, '' for a total row, None for a row to skip (recorded when it holds values)."""
    # (a row printing fewer cells than the columns named: the missing cells are empty)
    cells = [*cells, *[""] * (max(code_col, name_col, *(c.index for c in value_cols)) + 1 - len(cells))]
    code_text, name_text = cells[code_col], cells[name_col]
    if is_code(code_text):
        return code_text
    if is_total(code_text) or (not code_text and is_total(name_text)):
        return ""
    if is_unparented(code_text) and any(cells[c.index] for c in value_cols):
        # a 款 / 项 part printed in its own column or alone, its parent neither on its row nor
        # above it in the table: the code is never guessed
        ctx.problem(
            "partial",
            "code_parent_not_printed",
            f"code {code_text!r} of {name_text!r} is only the 款/项 part of a code, and no 类/款 printed above "
            "it in the table can be its parent (none is, or the rows before it already add up to the one "
            "above): its figures are not loaded",
            row.line,
        )
        return None
    if _CODE_LIKE.match(code_text) and any(cells[c.index] for c in value_cols):
        # digits where the code belongs, but not a code ('7 11 02' for 210 11 02): a slip of
        # the source, kept as printed; its figures are not loaded (the code is never guessed)
        ctx.problem(
            "warning",
            "code_misprinted",
            f"code {code_text!r} of {name_text!r} is not a classification code: its figures are not loaded",
            row.line,
        )
        return None
    if any(cells[c.index] for c in value_cols):
        ctx.problem("partial", "row_unreadable", f"row without a code: {row.text!r}", row.line)
    return None


def _cell_amounts(
    ctx: Context,
    row: Row,
    cells: list[str],
    prefix: dict[str, str],
    code: str,
    code_col: int,
    name_col: int,
    value_cols: list[Column],
    measures: list[str],
    width: int | None = None,
):
    """(position, column, line) of every readable amount in a classified row: ``line`` holds the
    columns a function or economic line shares (code, code_text, name_text, column_label,
    measure, value_text, amount_yuan), the row's prefix first.

    A row with cells missing (``cells_missing``) gives only the amounts whose column is
    certain (``_placed_columns``); the others are a 'partial' problem 'row_cells_missing'.
    ``width``: the header's cell count when ``cells`` holds more (a name split off its code's
    cell), else None."""
    code_text, name_text = cells[code_col], cells[name_col]
    placed = _placed_columns(ctx, row, cells, (code_col, name_col), value_cols, measures, width)
    for i, (col, measure) in enumerate(zip(value_cols, measures, strict=True)):
        text = cells[col.index]
        if not text or (placed is not None and i not in placed):  # an empty cell holds no amount
            continue
        got = ctx.amount(text, row.line, f"{code_text} {col.label}")
        if got is None:
            continue
        if not measure:
            ctx.warn_once(f"col{col.index}", "unknown_column", f"column {col.label!r} not recognised", row.line)
        yield (
            i,
            col,
            {
                **prefix,
                "code": code,
                "code_text": code_text,
                "name_text": name_text,
                "column_label": col.label,
                "measure": measure,
                "value_text": got[0],
                "amount_yuan": got[1],
            },
        )


def _placed_columns(
    ctx: Context,
    row: Row,
    cells: list[str],
    label_cols: tuple[int, ...],
    value_cols: list[Column],
    measures: list[str],
    width: int | None = None,
) -> set[int] | None:
    """Positions (in ``value_cols``) whose amount is certain in a row with cells missing, None
    for a complete row (``width``: the header's cell count, ``len(cells)`` when None).

    A tab-separated row with fewer cells than its header, no empty cell kept in place
    ('50.00\t\t50.00' would place them), does not show which column is empty: the figures
    after the first cannot be placed under a label. Only a total printed first is certain
    (a total is never the empty cell of a row whose parts are filled), and only when nothing
    but the row's label cells (``label_cols``: code and name, or none) stands before it and
    no label cell after the first (the name) is a number; the figures left unplaced are
    recorded as a 'partial' problem 'row_cells_missing'. A row that only lost its trailing
    empty cells in a table that keeps empty cells in place (``trailing_cells_trimmed``) is
    complete when it is otherwise whole (a total printed first is the sum of its parts read
    from the left): its figures line up with the header from the left.
    """
    width = len(cells) if width is None else width
    if not cells_missing(row, width):
        return None
    if trailing_cells_trimmed(row, cells, width, ctx.table.rows, label_cols) and _parts_add_up(
        cells, value_cols, measures
    ):
        return None
    first = value_cols[0].index if value_cols else len(cells)
    placed: set[int] = set()
    if (
        value_cols
        and measures[0] == "total"
        and not any(is_number(cells[j]) for j in label_cols[1:])
        and not any(cells[j] for j in range(first) if j not in label_cols)
    ):
        placed.add(0)  # the first figure of the row, under a total column printed first
    unplaced = [
        f"{cells[c.index]} ({'/'.join(c.path) or c.label})"
        for i, c in enumerate(value_cols)
        if cells[c.index] and i not in placed
    ]
    if unplaced:
        kept = f"only its {value_cols[0].label} is read" if placed and cells[first] else "none of its figures is read"
        ctx.problem(
            "partial",
            "row_cells_missing",
            f"row {row.text!r} has {len(row.cells)} cells for the header's {len(cells)}, and no empty cell "
            f"shows which column is empty: {kept}; not placed under a column: {', '.join(unplaced)}",
            row.line,
        )
    return placed


def _parts_add_up(cells: list[str], value_cols: list[Column], measures: list[str]) -> bool:
    """True when the row's figures, read from the left, are whole: under a total column printed
    first, the figures of the other columns add up to it exactly (an empty cell is 0); a row
    without a total first has nothing to add up."""
    if not value_cols or measures[0] != "total":
        return True
    try:
        total = numbers.parse_decimal(cells[value_cols[0].index])
        parts = [numbers.parse_decimal(cells[c.index]) for c in value_cols[1:]]
    except numbers.NumberError:
        return False
    return total is not None and total == sum((part for part in parts if part is not None), Decimal(0))


def function_table(ctx: Context, grid: Grid, spending_part: str = "") -> None:
    """A function-classification (功能分类) table -> rows of ``raw_function_lines``.

    One row per printed amount: the row's code (类/款/项, joined from separate code columns when
    the table prints them apart), its name, the column's measure, period and year, the printed
    text and ``amount_yuan`` (text, yuan). Income tables use the column path as the measure.
    A row without a code is a total or a 'partial' problem 'row_unreadable'; cells
    that are not numbers are 'partial' problems 'value_unreadable'. Returns nothing.
    """
    columns = grid.columns
    parts = code_part_columns(grid)
    code_col = parts[0] if parts else _column(columns, _CODE_HEADER, 0)
    fitted = _fitted_rows(ctx, grid, 2)
    with_names = not parts and _find(columns, _NAME_HEADER) is None and _codes_with_names(fitted, code_col)
    if with_names:  # '[2010601]行政运行': the code apart, the name in a cell of its own after the others
        fitted = [(row, _code_and_name(cells, code_col)) for row, cells in fitted]
        name_col = len(columns)
    elif (
        not parts
        and _find(columns, _NAME_HEADER) is None
        and _find(columns, _CODE_HEADER) is None
        and fitted
        and not any(is_code(cells[code_col]) for _, cells in fitted)
    ):
        # '功能分类 | 预算数 | 占比' over '一般公共服务支出 | 1,142.62 | 39.86%': one column of names, no
        # code column (the names tell the codes: ``_codes_by_structure``)
        name_col = code_col
    else:
        name_col = _column(columns, _NAME_HEADER, (parts[-1] if parts else code_col) + 1)
    label_cols = {code_col, name_col, *parts}
    value_cols = [c for c in columns if c.index not in label_cols]
    main_year = _main_year(value_cols, ctx.fiscal_year)
    value_cols = _columns_of_the_year(ctx, value_cols, main_year, True, _header_line(ctx, grid))
    income = ctx.table.kind in INCOME_KINDS
    measures = [labels.path_key(c.path) if income else labels.function_path_measure(c.path) for c in value_cols]
    if spending_part:
        # (a table of one part of the spending by 功能分类: its total column is that part's)
        measures = [spending_part if measure == "total" else measure for measure in measures]
    periods = [_period(c, main_year) for c in value_cols]
    roles = labels.column_roles([c.path for c in value_cols])
    # ('单位编码 | 单位名称 | 合计 | 基本支出 | …': an income or spending table by unit, its unit
    # codes no function's)
    unit_col = _find(columns, _TEXT_HEADERS["unit"])
    if unit_col is None and income and _units_under_names(fitted, code_col, name_col):
        # '科目编码 | 科目名称 | 合计 | …' over '合计' and '某某疾病预防控制中心' rows: no row prints a
        # code, and no name is a function's: the rows are the units of the income
        unit_col = name_col
    if unit_col is not None:  # one row per unit of the department: only its 合计 row is loaded
        fitted = _total_row_only(ctx, fitted, unit_col)
    named = _codes_by_structure(ctx, fitted, parts, code_col, name_col, value_cols, measures)
    joiner = CodeParts()
    for n, (row, printed) in enumerate(fitted):
        prefix = ctx.prefix(row) if with_names else ctx.prefix(row, printed)  # the row as printed
        cells = _joined_cells(printed, parts, joiner, value_cols[0].index if value_cols else None)
        if named is not None and n in named:
            code = named[n]
            if code is None:
                continue
        else:
            code = _row_code(ctx, row, cells, code_col, name_col, value_cols)
        if code is None:
            continue
        amounts = _cell_amounts(ctx, row, cells, prefix, code, code_col, name_col, value_cols, measures, len(columns))
        for i, col, line in amounts:
            line.update(period=periods[i], column_year=col.year, value_role=roles[i])
            ctx.result.add_row("raw_function_lines", line)


# a code printed in the cell of its name: '[2010601]行政运行', '【201】…', '（20106）…',
# '2010601 行政运行', '2010601行政运行', '教育支出（205）' (a 类, 款 or 项 code: 3, 5 or 7 digits; the name
# not digits)
_CODE_IN_NAME = re.compile(
    r"^[\[【(（]\s*(\d{3}(?:\d{2}){0,2})\s*[\]】)）]\s*(\D.*)$|^(\d{3}(?:\d{2}){0,2})(?:\s+|(?=[\u4e00-\u9fff]))(\D.*)$"
    # ('教育支出（205）': the code in brackets after the name)
    r"|^(\D*?[\u4e00-\u9fff])\s*[（(]\s*(\d{3}(?:\d{2}){0,2})\s*[)）]$"
)


def _codes_with_names(fitted: list[tuple[Row, list[str]]], code_col: int) -> bool:
    """True when the table prints each row's code and name in one cell of ``code_col``
    ('[2010601]行政运行'): no cell there is a code alone, and one holds a code and a name."""
    texts = [cells[code_col] for _, cells in fitted]
    return not any(is_code(t) for t in texts) and any(_CODE_IN_NAME.match(t) for t in texts)


def _code_and_name(cells: list[str], code_col: int) -> list[str]:
    """A row of a table that prints codes in the name's cell: ``cells`` with the code alone in
    ``code_col`` and the name appended as a cell of its own (the text as printed stays where it
    was when it holds no code: a 合计 row, a name without a code)."""
    match = _CODE_IN_NAME.match(cells[code_col])
    if match is None:
        return [*cells, cells[code_col]]
    if match.group(1):
        code, name = match.group(1), match.group(2)
    elif match.group(3):
        code, name = match.group(3), match.group(4)
    else:
        code, name = match.group(6), match.group(5)
    out = list(cells)
    out[code_col] = code
    return [*out, name.strip()]


def _units_under_names(fitted: list[tuple[Row, list[str]]], code_col: int, name_col: int) -> bool:
    """Whether the rows of an income table are its units under the name column: a 合计 row and
    names, none with a code, none naming a function 类, 款 or 项 of the reference."""
    if name_col == code_col or not fitted:
        return False
    names = [cells[name_col] for _, cells in fitted if not is_total(cells[name_col] or cells[code_col])]
    return (
        bool(names)
        and len(names) < len(fitted)
        and not any(cells[code_col] for _, cells in fitted)
        and not any(category_code(name) or codes_named(name) for name in names)
    )


def _total_row_only(ctx: Context, fitted: list[tuple[Row, list[str]]], unit_col: int) -> list[tuple[Row, list[str]]]:
    """The 合计 row of a table that lists each unit of the department in a row of its own; the
    unit rows are a breakdown the warehouse has no place for (reported once, not loaded)."""
    total = [(row, cells) for row, cells in fitted if is_total(cells[unit_col])]
    units = [cells[unit_col] for row, cells in fitted if cells[unit_col] and not is_total(cells[unit_col])]
    if units:
        ctx.problem(
            "warning",
            "unit_rows_not_loaded",
            f"{len(units)} row(s) per unit ({', '.join(dict.fromkeys(units))}) break the 合计 row down "
            "by unit: only the 合计 row is loaded",
            fitted[0][0].line,
        )
    return total


def _codes_by_structure(
    ctx: Context,
    fitted: list[tuple[Row, list[str]]],
    parts: list[int],
    code_col: int,
    name_col: int,
    value_cols: list[Column],
    measures: list[str],
) -> dict[int, str | None] | None:
    """For a table that prints names without codes: row index -> the code told by the
    hierarchy (extract.tables.hierarchy), '' for the 合计 row, None for a row not loaded
    (reported). None when the table prints codes (the rows keep theirs).

    When a 款/项 name is not in the reference under its parent, the table's rows are coded at
    the finest level at which every row is (类 when a 款 is unknown, else 款): the finer rows
    are None, the unknown names and that level are kept on the table (``Table.uncoded``,
    ``Table.coded_level``) for ``load_at_coded_level``, which reports them."""
    if parts or not fitted or ctx.table.kind in INCOME_KINDS:
        return None
    if any(is_code(cells[code_col]) for _, cells in fitted):
        return None
    total_col = next((c.index for c, m in zip(value_cols, measures, strict=True) if m == "total"), None)
    if total_col is None:
        return None
    out, items = _named_rows(
        ctx,
        fitted,
        value_cols,
        total_col,
        lambda cells: cells[name_col],
        lambda cells: is_total(cells[name_col]) or (code_col != name_col and is_total(cells[code_col])),
    )
    resolved = hierarchy.resolve([(name, amount) for _, name, amount in items], ctx.fen)
    if resolved is None:
        ctx.problem(
            "partial",
            "function_hierarchy_unclear",
            "the table prints names without codes and its rows do not add up as 类 > 款 > 项: "
            "no code can be told, its figures are not loaded",
            fitted[0][0].line,
        )
        return dict.fromkeys(range(len(fitted)), None) | {n: c for n, c in out.items() if c == ""}
    table = ctx.table
    table.uncoded = [
        (fitted[n][0].line, f"{found.level} {found.path}")
        for (n, _, _), found in zip(items, resolved, strict=True)
        if not found.code
    ]
    table.coded_level = min((_LEVELS[found.level] - 1 for found in resolved if not found.code), default=3)
    for (n, _, _), found in zip(items, resolved, strict=True):
        # a row finer than the level at which every row is coded is not loaded (nor guessed)
        out[n] = found.code if _LEVELS[found.level] <= table.coded_level else None
    return out


def load_at_coded_level(result: ParseResult, tables: list[Table]) -> None:
    """Keep a document's function figures at one level when a name-only table could not code
    every row: the finest level at which every row of every such table is coded (1 类 when a 款
    is unknown, 2 款 when only 项 are; ``Table.coded_level``). The ``raw_function_lines`` rows
    of the expenditure function tables (``EXPENDITURE_FUNCTION_KINDS``) finer than that level
    are removed from ``result``, so the document never gives two levels and its rows add up to
    its totals; the 合计 rows stay.

    Each table with uncoded names gets one 'warning' ``function_items_uncoded`` naming the first
    few and their count and the level loaded. A finer row of a table that prints codes whose
    parent at that level the table does not print would be lost silently: a 'partial'
    ``function_level_not_printed`` names it. Nothing happens when every row is coded.
    Returns nothing."""
    capped = [t for t in tables if t.uncoded and t.kind in EXPENDITURE_FUNCTION_KINDS]
    if not capped:
        return
    level = min(t.coded_level for t in capped)
    length = _CODE_LENGTH[level]
    rows = result.rows.get("raw_function_lines", [])
    kinds = set(EXPENDITURE_FUNCTION_KINDS)
    printed = {(row["table_seq"], row["code"]) for row in rows}
    by_seq = {str(t.seq): t for t in tables}
    kept: list[dict[str, str]] = []
    lost: dict[str, dict[str, int]] = {}  # table_seq -> code -> its first line
    for row in rows:
        code = row["code"]
        if row["table_kind"] not in kinds or len(code) <= length:
            kept.append(row)
            continue
        owner = by_seq.get(row["table_seq"])
        if owner is not None:
            owner.value_count -= 1
        if (row["table_seq"], code[:length]) not in printed:
            lost.setdefault(row["table_seq"], {}).setdefault(code, int(row["source_line"]))
    result.rows["raw_function_lines"] = kept
    name = _LEVEL_NAME[level]
    for table in tables:
        ctx = Context(result=result, table=table)
        if table.uncoded:
            ctx.problem(
                "warning",
                "function_items_uncoded",
                f"{len(table.uncoded)} 款/项 printed without a code whose name seeds/reference/function_codes.csv "
                f"does not list under its parent ({_first_few([path for _, path in table.uncoded])}): the "
                f"document's function figures are loaded at the {name} level, where every row is coded; "
                "the finer rows are not loaded",
                table.uncoded[0][0],
            )
        codes = lost.get(str(table.seq))
        if codes:
            ctx.problem(
                "partial",
                "function_level_not_printed",
                f"the document's function figures are loaded at the {name} level (a name-only table has "
                f"uncoded rows) and this table prints no {name} row above {_first_few(sorted(codes))}: "
                "their figures are not loaded",
                min(codes.values()),
            )


def _first_few(items: list[str], shown: int = 3) -> str:
    """'a, b, c and 4 more': the first ``shown`` of ``items`` and how many others."""
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return ", ".join(items[:shown]) + more


def has_economic_codes(grid: Grid) -> bool:
    """True when a data row starts with an economic-classification code (3xx department, 5xx
    government): the table is read as an economic table even under another title.
    """
    return any(row.filled and is_code(row.filled[0]) and row.filled[0][0] in "35" for row in grid.data)


def _economic_blocks(grid: Grid) -> list[list[Column]]:
    """The column blocks of an economic table: one, or several printed side by side (决算:
    工资福利 | 商品和服务 …), each starting with its own code column (a repeated 编码 header)."""
    columns = grid.columns
    starts = [c.index for c in columns if _ECONOMIC_CODE_HEADER.search(compact(" ".join(c.labels)))]
    starts = [i for n, i in enumerate(starts) if n == 0 or i != starts[n - 1] + 1]  # a code over 类 | 款
    names = [c for c in columns if _NAME_HEADER.search(compact(" ".join(c.labels)))]
    if len(starts) >= 2 and len(names) < 2 and all(_names_only_in(grid, i + 1) for i in starts):
        # ('科目编码 | 人员经费 | 决算数 | 科目编码 | 公用经费 | 决算数': each block's name column headed by
        # the block's kind, its cells names alone)
        names = [c for c in columns if c.index in {i + 1 for i in starts}]
    if len(starts) < 2 or len(names) < 2:
        # ('人员经费 | | 公用经费 |' over '301 工资福利支出 | 249.89 | 302 商品和服务支出 | 41.26': each block's
        # code and name in one cell, the blocks named by their header alone)
        starts = [c.index for c in columns if _codes_with_names_in(grid, c.index)]
        if len(starts) < 2 or starts[0] != columns[0].index:
            return [columns]
    bounds = [*starts, len(columns)]
    return [columns[bounds[n] : bounds[n + 1]] for n in range(len(starts))]


def _block_measure(block: list[Column]) -> str:
    """'personnel' or 'public' when the header texts over a block of an economic table name that
    kind of 基本支出 alone ('人员经费' over 'code | name | 决算数' in a 决算's 基本支出表, or its name
    column headed '人员经费'), else ''. The block's whole amounts are then of that kind: the
    standard 决算 form prints 人员经费 (301, 303) and 公用经费 (302, 310) side by side (财政部
    部门决算报表 财决08表 一般公共预算财政拨款基本支出决算表)."""
    kinds = {labels.economic_measure(text) for column in block for text in column.path} - {"", "total"}
    return kinds.pop() if len(kinds) == 1 else ""


def _names_only_in(grid: Grid, index: int) -> bool:
    """Whether the data cells of column ``index`` are names: words in one at least, no number in any."""
    cells = [row.stripped[index] for row in grid.data if index < len(row.stripped)]
    return any(cell and not is_number(cell) for cell in cells) and not any(is_number(cell) for cell in cells)


def _codes_with_names_in(grid: Grid, index: int) -> bool:
    """Whether the data cells of column ``index`` print codes with their names ('302 商品和服务支出'):
    one does at least, and every other is empty or words (a block's total: '公用经费合计'), no number."""
    rows = [(row, row.stripped) for row in grid.data if index < len(row.stripped)]
    return _codes_with_names(rows, index) and not any(is_number(cells[index]) for _, cells in rows)


def economic_table(ctx: Context, grid: Grid) -> None:
    """An economic-classification (经济分类) table -> rows of ``raw_economic_lines``.

    Each block of columns (a table may print two side by side) gives its code, name and amounts;
    the classification scope is 'department' (3xx codes, 部门) or 'government' (5xx, 政府), the
    expenditure type 'basic' or 'project' from the title. Amounts as text in yuan; cells that are
    not numbers are 'partial' problems 'value_unreadable'. Returns nothing.
    """
    fitted = _fitted_rows(ctx, grid, 2)
    parts_all = code_part_columns(grid)
    subtitle = " ".join(ctx.table.subtitles)
    by_subtitle = "department" if "部门" in subtitle else "government" if "政府" in subtitle else ""
    by_code = {"3": "department", "5": "government"}
    expenditure_type = "project" if "项目支出" in ctx.table.title.text else "basic"
    blocks = _economic_blocks(grid)
    main_year = _main_year(grid.columns, ctx.fiscal_year)
    block_codes = [_column(block, _ECONOMIC_CODE_HEADER, block[0].index) for block in blocks]
    with_names = (
        not parts_all
        and _find(grid.columns, _NAME_HEADER) is None
        and all(_codes_with_names(fitted, code) for code in block_codes)
    )
    if with_names:  # '[30101]工资福利支出': the code apart, the name in a cell of its own after the others
        # (each block's name appended in the blocks' order: block k's at len(grid.columns) + k)
        for code_index in block_codes:
            fitted = [(row, _code_and_name(cells, code_index)) for row, cells in fitted]
    plans = []
    for k, block in enumerate(blocks):
        indexes = {c.index for c in block}
        parts = [i for i in parts_all if i in indexes]
        if parts_all and not parts and len(blocks) > 1:  # the 类 | 款 of a later block
            parts = [i for i in _later_parts(grid, min(indexes)) if i in indexes]
        code_col = parts[0] if parts else _column(block, _ECONOMIC_CODE_HEADER, block[0].index)
        if with_names:
            name_col = len(grid.columns) + k
        else:
            name_col = _column(block, _NAME_HEADER, (parts[-1] if parts else code_col) + 1)
            after = next((c for c in block if c.index == name_col), None)
            if (
                not parts
                and _find(block, _NAME_HEADER) is None
                and after is not None
                and labels.economic_measure(after.label)
                and not _names_only_in(grid, after.index)
            ):
                # '经济分类 | 决算数': no name column, the column after the code's is an amount's; the
                # names (and codes) are printed in the first column
                name_col = code_col
        label_cols = {code_col, name_col, *parts}
        value_cols = [c for c in block if c.index not in label_cols]
        value_cols = _columns_of_the_year(ctx, value_cols, main_year, False, _header_line(ctx, grid))
        plans.append((parts, code_col, name_col, value_cols))
    # ('人员经费 | | | 公用经费 | |' over 'code | name | 决算数' twice: each block's amounts are of its kind)
    block_measures = [_block_measure(block) if len(blocks) > 1 else "" for block in blocks]
    codes = []
    joiners = [CodeParts() for _ in plans]
    for _, printed in fitted:
        for (parts, code_col, _, value_cols), joiner in zip(plans, joiners, strict=True):
            cells = _joined_cells(printed, parts, joiner, value_cols[0].index if value_cols else None)
            if is_code(cells[code_col]):
                codes.append(by_code.get(cells[code_col][:1], ""))
    majority = max(set(codes), key=codes.count) if codes else ""
    table_class = majority or by_subtitle
    named = _economic_codes_by_structure(ctx, fitted, plans, table_class or "department") if not codes else None
    if named is not None and not table_class:
        table_class = "department"  # the names were looked up among the department (部门) codes
    if by_subtitle and majority and by_subtitle != majority:
        ctx.warn_once("class", "classification_conflict", f"subtitle says {by_subtitle}, codes are {majority}")
    joiners = [CodeParts() for _ in plans]
    # each block's value role by column index (``labels.column_roles``: the same for every row)
    plan_roles = {
        id(value_cols): dict(
            zip((c.index for c in value_cols), labels.column_roles([c.path for c in value_cols]), strict=True)
        )
        for _, _, _, value_cols in plans
    }
    for n, (row, printed) in enumerate(fitted):
        prefix = ctx.prefix(row) if with_names else ctx.prefix(row, printed)  # the row as printed
        for (parts, code_col, name_col, value_cols), joiner, block_measure in zip(
            plans, joiners, block_measures, strict=True
        ):
            cells = _joined_cells(printed, parts, joiner, value_cols[0].index if value_cols else None)
            label = cells[code_col] or cells[name_col]
            # (a block's one amount column under no header text of its own: the row's whole amount;
            # a block of 人员经费 or 公用经费: its whole amounts are of that kind)
            measures = [
                labels.economic_measure(c.label) or ("total" if len(value_cols) == 1 and not c.label.strip() else "")
                for c in value_cols
            ]
            measures = [block_measure if m == "total" and block_measure else m for m in measures]
            if _BLOCK_TOTAL.match(compact(label)):  # '人员经费合计 2,152.26': a total of its own measure
                code = ""
                measures = [labels.economic_measure(label)] * len(value_cols)
            elif not cells[code_col] and _TABLE_TOTAL.match(compact(cells[name_col])):
                code = ""  # '基本支出合计 3124.67': the table's 合计 row, named by its spending
            elif named is not None:
                named_code = named.get(n)
                if named_code is None:
                    continue
                code = named_code
            else:
                if not any(cells[c.index] for c in value_cols) and not (cells[code_col] or cells[name_col]):
                    continue  # this block of the row is empty (the other block runs longer)
                row_code = _row_code(ctx, row, cells, code_col, name_col, value_cols)
                if row_code is None:
                    continue
                code = row_code
            classification = (by_code.get(code[:1], "") if code else "") or table_class
            roles = plan_roles[id(value_cols)]
            amounts = _cell_amounts(
                ctx, row, cells, prefix, code, code_col, name_col, value_cols, measures, len(grid.columns)
            )
            for _, col, line in amounts:
                line.update(
                    classification=classification,
                    expenditure_type=expenditure_type,
                    value_role=roles[col.index],
                )
                ctx.result.add_row("raw_economic_lines", line)


def _economic_codes_by_structure(
    ctx: Context, fitted: list[tuple[Row, list[str]]], plans: list, classification: str
) -> dict[int, str | None] | None:
    """For a one-block economic table that prints names without codes: row index -> the code
    told by structure (extract.tables.hierarchy.resolve_economic), '' for the 合计 row, None
    for a row not loaded (reported). None when the table is not of that shape."""
    if len(plans) != 1 or not fitted:
        return None
    parts, code_col, name_col, value_cols = plans[0]
    measures = [labels.economic_measure(c.label) for c in value_cols]
    total_col = next((c.index for c, m in zip(value_cols, measures, strict=True) if m == "total"), None)
    if parts or total_col is None:
        return None
    out, items = _named_rows(
        ctx,
        fitted,
        value_cols,
        total_col,
        lambda cells: cells[name_col] or cells[code_col],
        # ('人员经费合计' over its 类: a total of its own measure, read as one; never a 类)
        lambda cells: (
            is_total(label := cells[name_col] or cells[code_col])
            or bool(_BLOCK_TOTAL.match(compact(label)) or _TABLE_TOTAL.match(compact(label)))
        ),
    )
    resolved = hierarchy.resolve_economic([(name, amount) for _, name, amount in items], ctx.fen, classification)
    if resolved is None:
        ctx.problem(
            "partial",
            "economic_hierarchy_unclear",
            "the table prints names without codes and its rows do not add up as 类 > 款: "
            "no code can be told, its figures are not loaded",
            fitted[0][0].line,
        )
        return {n: c for n, c in out.items() if c == ""}
    for (n, _, _), found in zip(items, resolved, strict=True):
        out[n] = found.code or None
        if not found.code:
            ctx.problem(
                "partial",
                "economic_code_unknown",
                f"{found.level} {found.path}: printed without a code, and seeds/reference/economic_codes.csv "
                "has no code of that name under its parent; its figures are not loaded",
                fitted[n][0].line,
            )
    return out


def _later_parts(grid: Grid, start: int) -> list[int]:
    """The 类 | 款 columns at or after ``start`` (a second block repeats them)."""
    for row in [*grid.header, *grid.data]:
        cells = row.stripped
        for i in range(start, len(cells) - 1):
            if cells[i] == _CODE_PARTS[0] and cells[i + 1] == _CODE_PARTS[1]:
                width = 3 if i + 2 < len(cells) and cells[i + 2] == _CODE_PARTS[2] else 2
                return list(range(i, i + width))
    return []


def summary_table(ctx: Context, grid: Grid) -> None:
    """A summary table (收支总表: income items on the left, expenditure on the right) -> rows of
    ``raw_summary_items``, one per item and amount column, with the side, the printed item text
    and ``amount_yuan`` (text, yuan).

    Fewer than two text columns is a 'partial' problem 'table_unparsed' (no rows); an amount
    without an item is 'row_unreadable'; an item it does not know is a warning 'unknown_item'.
    Returns nothing.
    """
    fitted = _fitted_rows(ctx, grid, 1)
    columns = grid.columns
    text_cols = [
        c.index
        for c in columns
        # (a dash is a figure's place left empty, never an item: '三、国有资本经营预算财政拨款收入 | -')
        if any(numbers.is_words(cells[c.index]) for _, cells in fitted) or compact(c.label) == "项目"
    ]
    if len(text_cols) < 2:
        ctx.problem(
            "partial", "table_unparsed", "cannot tell the income side from the expenditure side", ctx.table.title.line
        )
        return
    income_col, expenditure_col = text_cols[0], text_cols[1]
    # 行次: the printed row number of each item, not an amount
    row_numbers = {c.index for c in columns if compact(c.label) == "行次"}
    amount_cols = [c for c in columns if c.index not in text_cols and c.index not in row_numbers]
    main_year = _main_year(amount_cols, ctx.fiscal_year)
    read = {c.index for c in _columns_of_the_year(ctx, amount_cols, main_year, False, _header_line(ctx, grid))}
    roles = dict(zip((c.index for c in columns), labels.column_roles([c.path for c in columns]), strict=True))
    in_carryover = False
    in_category = False  # an expenditure row under a category that is no category: a 款 / 项
    sub_items: list[str] = []
    before = len(ctx.result.rows.get("raw_summary_items", []))
    for row, cells in fitted:
        prefix = ctx.prefix(row, cells)
        for side, label_col, end in (
            ("income", income_col, expenditure_col),
            ("expenditure", expenditure_col, len(columns)),
        ):
            item = cells[label_col]
            if side == "income":
                key = labels.summary_income_key(item, in_carryover) if item else ""
                if key == "carryover_total":
                    in_carryover = True
                elif key == "total":
                    in_carryover = False
            else:
                key = labels.summary_expenditure_key(item) if item else ""
            function_code = category_code(labels.item_label(item)) if key == "category" else ""
            if side == "expenditure" and item:
                if key == "category" and not function_code and in_category:
                    # the 款 / 项 listed under their category (the function tables carry them)
                    sub_items.append(item)
                    continue
                in_category = key == "category" and bool(function_code)
            values = [(columns[i], cells[i]) for i in range(label_col + 1, end) if i in read]
            if not any(v for _, v in values):
                continue
            if not item:
                ctx.problem("partial", "row_unreadable", f"{side} amount without an item: {row.text!r}", row.line)
                continue
            if key == "category" and not function_code:
                ctx.problem(
                    "warning",
                    "unknown_category",
                    f"expenditure item {item!r} is not a known function category: code left empty",
                    row.line,
                )
            if not key:
                ctx.problem("warning", "unknown_item", f"{side} item {item!r} not recognised", row.line)
            for col, text in values:
                got = ctx.amount(text, row.line, f"{item} {col.label}")
                if got is None:
                    continue
                measure = "amount"
                if side == "expenditure":
                    source = labels.source_key(col.label)
                    split = "" if source and source != "total" else labels.summary_split_measure(col.path)
                    measure = source if source and source != "total" else (split or "amount")
                ctx.result.add_row(
                    "raw_summary_items",
                    {
                        **prefix,
                        "side": side,
                        "item_text": item,
                        "item_key": key,
                        "function_code": function_code,
                        "column_label": col.label,
                        "measure": measure,
                        "value_text": got[0],
                        "amount_yuan": got[1],
                        "value_role": roles[col.index],
                    },
                )
    _sub_items_note(ctx, sub_items, ctx.table.title.line)
    if len(ctx.result.rows.get("raw_summary_items", [])) == before and any(
        is_number(cell) for _, cells in fitted for cell in cells if cell
    ):
        # (its figures printed, none read: no amount column was told apart from the items')
        ctx.problem(
            "partial",
            "table_unparsed",
            "no figure of the table could be read under its header (no amount column told apart)",
            ctx.table.title.line,
        )


def _sub_items_note(ctx: Context, sub_items: list[str], line: int) -> None:
    if sub_items:
        ctx.problem(
            "warning",
            "function_items_not_loaded",
            f"{len(sub_items)} 款/项 row(s) listed under their categories (e.g. {sub_items[0]!r}) are not loaded "
            "from this summary table: its categories are; the function tables carry the 款 and 项",
            line,
        )


def three_public_table(ctx: Context, grid: Grid) -> None:
    """A 三公 (three_public) table -> rows of ``raw_three_public``: one per printed amount,
    with the column label, period and ``amount_yuan`` (text, yuan). A row with cells missing
    gives only its 合计 printed first (``_placed_columns``). Returns nothing.
    """
    columns = grid.columns
    main_year = _main_year(columns, ctx.fiscal_year)
    unit_col = _find(columns, _TEXT_HEADERS["unit"])
    fitted = _fitted_rows(ctx, grid, 0)
    if unit_col is not None:  # one row per unit of the department: only its 合计 row is loaded
        fitted = _total_row_only(ctx, fitted, unit_col)
        columns = [c for c in columns if c.index != unit_col]
    columns = _columns_of_the_year(ctx, columns, main_year, True, _header_line(ctx, grid))
    if counted := [col for col in columns if _COUNT_ROW.search(compact(col.label))]:
        # '公务接待批次', '接待人次（人）' columns beside the money: counts, never amounts
        names = ", ".join(col.label for col in counted)
        ctx.problem("warning", "columns_not_loaded", f"column(s) {names} count, they hold no amount: not loaded")
        columns = [col for col in columns if col not in counted]
    items = [labels.three_public_item(col.path) for col in columns]
    label_col = _three_public_label_column(columns, items, fitted) if unit_col is None else None
    if label_col is not None:
        _three_public_rows(ctx, [c for c in columns if c.index != label_col], label_col, fitted, main_year)
        return
    label_cols: tuple[int, ...] = () if unit_col is None else (unit_col,)
    roles = labels.column_roles([col.path for col in columns])
    named = [item for item in items if item]
    if len(set(named)) < len(named):
        # ('预算数合计 | 因公出国（境）费 | … | 决算数合计 | 因公出国（境）费 | …': the parts printed twice on one
        # header line, each run after the total naming its role; before, the budget's parts were read as
        # the actual's: WRONG)
        current = ""
        for i, (col, role) in enumerate(zip(columns, roles, strict=True)):
            if role:
                current = role
                if not items[i] and compact(col.label).endswith("合计"):
                    items[i] = "total"
            elif current:
                roles[i] = current
    role_col = _row_roles_column(columns, items, fitted) if unit_col is None else None
    if role_col is not None:
        # '        合计   因公出国（境）费 …' over '预算数  26.00  0.00 …' and '决算数  22.08 …': the parts
        # in columns, each row's role named by its label
        keep = [i for i, col in enumerate(columns) if col.index != role_col]
        columns, items, roles = [columns[i] for i in keep], [items[i] for i in keep], [roles[i] for i in keep]
        label_cols = (role_col,)
    for row, cells in fitted:
        prefix = ctx.prefix(row, cells)
        placed = _placed_columns(ctx, row, cells, label_cols, columns, items)
        row_roles, row_year = roles, ""
        if role_col is not None:
            row_role = labels.path_role([cells[role_col]])
            row_roles = [row_role or role for role in roles]
            # ('2025年预算 | 14.10 | …' in a 2026 budget: the row is the prior year's)
            row_year = year.group() if (year := _ROW_YEAR.search(cells[role_col])) else ""
        for i, (col, item, role) in enumerate(zip(columns, items, row_roles, strict=True)):
            if placed is not None and i not in placed:
                continue
            got = ctx.amount(cells[col.index], row.line, col.label)
            if got is None:
                continue
            if not item:
                ctx.warn_once(f"col{col.index}", "unknown_column", f"column {col.label!r} not recognised", row.line)
            _add_three_public(ctx, prefix, item, replace(col, year=row_year) if row_year else col, main_year, got, role)


_ROW_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def _row_roles_column(columns: list[Column], items: list[str], fitted: list[tuple[Row, list[str]]]) -> int | None:
    """The column of a 三公 table printed with its parts in columns whose rows are labelled: by
    roles or years ('预算数', '决算数' under a blank header; '2025年预算', '2026年预算' under '年度')
    or by a word naming the row as the amounts ('金额' under a blank header, the roles in the
    header above the parts): the first column naming no part whose every row's cell is words,
    not a number; None otherwise. A label naming no role leaves each column's own."""
    for col, item in zip(columns, items, strict=True):
        if item:
            continue
        cells = [cells[col.index] for _, cells in fitted]
        if cells and all(cell and not is_number(cell) for cell in cells):
            return col.index
        return None
    return None


def _three_public_label_column(
    columns: list[Column], items: list[str], fitted: list[tuple[Row, list[str]]]
) -> int | None:
    """The column of row labels of a 三公 table printed as rows of parts (项目 | 金额: a row per
    合计 / 因公出国（境）费 / 公务用车购置及运行费 / … / 公务接待费), None for a table whose
    header names the parts (one column per part). The first column holding text (not numbers)
    in its rows is the label column when its labels name two parts at least and no column
    header names one."""
    if any(items):
        return None
    for col in columns:
        texts = [cells[col.index] for _, cells in fitted if cells[col.index]]
        if not texts or all(is_number(t) for t in texts):
            continue
        if any(is_number(t) for t in texts):
            return None
        named = {labels.three_public_row_item(t) for t in texts} - {""}
        return col.index if len(named) >= 2 else None
    return None


# a 三公 table's row of counts: trips, people, vehicles ('国内公务接待批次（个）', '接待人次（人）', '保有量（辆）')
_COUNT_ROW = re.compile(r"批次|人次|人数|团组数|保有量|车辆数|[（(](?:人次|批次|个|人|辆|次|批)[)）]$")


def _three_public_rows(
    ctx: Context, columns: list[Column], label_col: int, fitted: list[tuple[Row, list[str]]], main_year: str
) -> None:
    """The rows of a 三公 table printed as rows of parts: each row's part from its label
    (``labels.three_public_row_item``; a 小计 under 公务用车购置及运行费 is that part), each
    amount column's period and value role from its header (预算数 / 决算数, a prior year's
    column), as ``_add_three_public`` does for a column of the other shape. A row whose label
    names no part is a warning 'unknown_item' (its figures keep an empty item)."""
    previous = ""
    roles = labels.column_roles([col.path for col in columns])
    for row, cells in fitted:
        label = cells[label_col]
        item = labels.three_public_row_item(label)
        if not item and compact(label) == "小计" and previous.startswith("vehicle_"):
            item = "vehicle_total"
        previous = item or previous
        if not any(cells[c.index] for c in columns):
            continue
        if not label:
            ctx.problem("partial", "row_unreadable", f"amount without an item: {row.text!r}", row.line)
            continue
        if _COUNT_ROW.search(compact(label)):
            # '5.国内公务接待批次（个） | | 16', '公务用车保有量（辆） | | 5': counts, never money
            ctx.problem("warning", "unknown_item", f"三公 row {label!r} counts, it is no amount: not loaded", row.line)
            continue
        if not item:
            ctx.problem("warning", "unknown_item", f"三公 item {label!r} not recognised", row.line)
        prefix = ctx.prefix(row, cells)
        placed = _placed_columns(ctx, row, cells, (label_col,), columns, [""] * len(columns))
        for i, col in enumerate(columns):
            if placed is not None and i not in placed:
                continue
            got = ctx.amount(cells[col.index], row.line, f"{label} {col.label}")
            if got is not None:
                _add_three_public(ctx, prefix, item, col, main_year, got, roles[i])


def _add_three_public(
    ctx: Context, prefix: dict[str, str], item: str, col: Column, main_year: str, got: tuple[str, str], role: str
) -> None:
    """One raw_three_public row: the 三公 part ``item`` of column ``col`` (value role ``role``,
    ``labels.column_roles`` of its table) and its amount ``got``."""
    ctx.result.add_row(
        "raw_three_public",
        {
            **prefix,
            "item": item,
            "column_label": col.label,
            "period": _period(col, main_year),
            "column_year": col.year,
            "value_text": got[0],
            "amount_yuan": got[1],
            "value_role": role,
        },
    )


_OPERATING_COST = re.compile(r"机关运行经费")


def operating_cost_table(ctx: Context, grid: Grid) -> None:
    """A table of its own for 机关运行经费 (机关运行经费支出决算表, …情况表): its figures become
    raw_three_public rows with item 'operating_cost', one per amount column (预算数 / 决算数 /
    上年 …, told apart by value_role and period), like the 机关运行经费 column of a
    三公经费和机关运行经费预算表.

    Printed as a column (a header naming 机关运行经费 over the amounts), it is read as a 三公
    table. Printed as rows (项目 | 预算数 | 决算数, possibly itemised by 办公费, 印刷费, …), only
    the 合计 row is read, else the row naming 机关运行经费; the itemised rows are not loaded (no
    raw table holds them). A table with neither row records a 'table_unparsed' problem."""
    columns = grid.columns
    if any(labels.three_public_item(col.path) == "operating_cost" for col in columns):
        three_public_table(ctx, grid)
        return
    main_year = _main_year(columns, ctx.fiscal_year)
    fitted = _fitted_rows(ctx, grid, 1)

    def label(cells: list[str]) -> str:
        return compact(" ".join(cell for cell in cells if cell and not is_number(cell)))

    chosen = next((pair for pair in fitted if is_total(label(pair[1]))), None) or next(
        (pair for pair in fitted if _OPERATING_COST.search(label(pair[1]))), None
    )
    if chosen is None:
        if fitted:
            ctx.problem("partial", "table_unparsed", "no 合计 or 机关运行经费 row: the figures are not loaded")
        return
    row, cells = chosen
    prefix = ctx.prefix(row, cells)
    for col, role in zip(columns, labels.column_roles([col.path for col in columns]), strict=True):
        text = cells[col.index]
        if not text or not is_number(text):
            continue
        got = ctx.amount(text, row.line, f"机关运行经费 {col.label}")
        if got is not None:
            _add_three_public(ctx, prefix, "operating_cost", col, main_year, got, role)


_CATEGORY = {"货物": "goods", "工程": "works", "服务": "services"}


def _text_columns(columns: list[Column]) -> dict[str, int | None]:
    return {name: _find(columns, pattern) for name, pattern in _TEXT_HEADERS.items()}


# columns that number the rows (行次), never amounts
_ROW_NUMBER_HEADER = re.compile(r"^(?:行次|栏次|序号)$")


@dataclass(frozen=True)
class _ProcurementColumn:
    column: Column
    measure: str  # fund-source key: 'total', 'general_public_budget', ...
    category: str  # 'goods' | 'works' | 'services' | ''
    role: str  # extract.schema.VALUE_ROLES


def procurement_table(ctx: Context, grid: Grid) -> None:
    """A government procurement table (政府采购预算明细表, 政府采购情况表) -> raw_procurement_lines.

    Three shapes are read, by their header and row wording:
      * lines per project / unit with a 合计 row (a budget's 政府采购预算明细表; the
        national 决算 政府采购情况表, one row per unit): row_kind 'line' / 'unit' / 'total';
      * column groups 采购计划金额 | 实际采购金额 (each 合计 / 货物 / 工程 / 服务, or by fund
        source): a column's category comes from its header;
      * rows of items (项目 | 金额, or 预算数 | 决算数): 政府采购支出总额 / 合计 and 货物 /
        工程 / 服务, each a row_kind 'total' row, the category from its label.
    A table whose only row carries no label at all (no 合计, no unit or project name: the
    unit's own figures under column groups) is the table's total: row_kind 'total'. Rows
    without a 合计 row otherwise stay 'unit' / 'line' (never summed into a total), and a
    'procurement_no_total_row' problem says that no procurement total is loaded.
    What a column's figures are (its value role) decides what is loaded: in a final-accounts
    document only actual amounts (实际采购金额, 决算数, or a table that states no role at
    all); the planned ones (采购计划金额, 预算数) are never loaded (raw_procurement_lines has
    no value role), a 'procurement_columns_not_loaded' warning names them. In a budget the
    budget amounts (and plain ones). Shares (授予中小企业合同金额) and changes (比上年增减)
    are not amounts of the procurement and are not loaded. When the header cannot tell
    planned from actual (two columns under the same header, a column without the group
    heading the others have), nothing of the table is loaded and a
    'procurement_columns_unclear' problem says why: a planned amount read as the actual
    would be worse than none."""
    columns = grid.columns
    named = _text_columns(columns)
    text_idx = {i for i in named.values() if i is not None}
    row_numbers = {c.index for c in columns if _ROW_NUMBER_HEADER.match(compact(c.label))}
    text_idx |= row_numbers
    fitted = _fitted_rows(ctx, grid, 1)
    label_col = _procurement_item_column(columns, named, row_numbers, fitted)
    if label_col is not None:
        text_idx.add(label_col)
    value_cols = [c for c in columns if c.index not in text_idx]
    line = grid.header[0].line if grid.header else ctx.table.title.line
    plan = _procurement_plan(ctx, value_cols, line)
    if not plan:
        return
    shares: list[str] = []
    classified: list[tuple[Row, list[str], str, str]] = []  # row, cells, row_kind, row category
    labelled = text_idx - row_numbers
    for row, cells in fitted:
        if not any(cells[entry.column.index] for entry in plan):
            continue
        row_category = ""
        if label_col is not None:  # a table of items: each row is a total (of a category)
            item, row_category = labels.procurement_item(cells[label_col])
            if item != "total" and item != "category":
                if item == "share":
                    shares.append(cells[label_col])
                continue
            row_kind = "total"
        else:
            label_cells = [cells[i] for i in sorted(text_idx)] + [
                cells[c.index] for c in value_cols if not is_number(cells[c.index])
            ]
            if any(is_total(t) for t in label_cells if t):
                row_kind = "total"
            elif any(cells[i] for i in (named["code"], named["name"]) if i is not None):
                row_kind = "line"
            else:
                row_kind = "unit"
        classified.append((row, cells, row_kind, row_category))
    kinds = [kind for _, _, kind, _ in classified]
    if kinds == ["unit"] and not any(classified[0][1][i] for i in labelled):
        # the table's only row, with no label at all (no 合计, no unit or project name): the
        # document's unit's own figures, so the table's totals. A lone row naming a unit stays
        # a unit row: it may be one sub-unit of the department.
        classified = [(row, cells, "total", category) for row, cells, _, category in classified]
        kinds = ["total"]
    if classified and "total" not in kinds:
        ctx.problem(
            "partial",
            "procurement_no_total_row",
            f"{len(classified)} row(s) ({'/'.join(sorted(set(kinds)))}) but no 合计 row: the rows are kept as "
            "they are, no procurement total is loaded (rows are never summed into one)",
            line,
        )
    for row, cells, row_kind, row_category in classified:
        prefix = ctx.prefix(row, cells)

        def cell(name: str, cells: list[str] = cells) -> str:
            index = named[name]
            return cells[index] if index is not None else ""

        category_text = cell("category")
        text_category = next((v for k, v in _CATEGORY.items() if k in category_text), "")
        for entry in plan:
            col = entry.column
            text = cells[col.index]
            if is_total(text):
                continue
            categories = {c for c in (text_category, row_category, entry.category) if c}
            if len(categories) > 1:  # a 货物 row under a 服务 column: no one figure
                continue
            fields = {
                **prefix,
                "row_kind": row_kind,
                "unit_text": cell("unit"),
                "project_code": cell("code"),
                "project_name": cell("name"),
                "function_text": cell("function"),
                "gov_economic_text": cell("gov_economic"),
                "dept_economic_text": cell("dept_economic"),
                "category": categories.pop() if categories else "",
                "column_label": col.label,
                "measure": entry.measure,
            }
            ctx.add_amount_row(
                "raw_procurement_lines", fields, text, row.line, f"{cell('name') or row_kind} {col.label}"
            )
    if shares:
        ctx.problem(
            "warning",
            "procurement_columns_not_loaded",
            f"row(s) {', '.join(dict.fromkeys(shares))} are a share of the procurement, not loaded",
            line,
        )


def _procurement_item_column(
    columns: list[Column], named: dict[str, int | None], row_numbers: set[int], fitted: list[tuple[Row, list[str]]]
) -> int | None:
    """The label column of a procurement table printed as rows of items (政府采购支出总额,
    货物, 工程, 服务; shares such as 授予中小企业合同金额 beside them), None for any other
    table: every row with an amount must be such an item, one of them at least a total or a
    category, and no row may carry a project code."""
    if named["code"] is not None and any(cells[named["code"]] for _, cells in fitted):
        return None
    first = next((c.index for c in columns if c.index not in row_numbers), None)
    label_col = next((i for i in (named["name"], named["unit"], first) if i is not None), None)
    if label_col is None:
        return None
    kinds = []
    for _, cells in fitted:
        if not any(cells[c.index] for c in columns if c.index != label_col):
            continue
        kinds.append(labels.procurement_item(cells[label_col])[0])
    if not kinds or "" in kinds or not ({"total", "category"} & set(kinds)):
        return None
    return label_col


def _procurement_plan(ctx: Context, value_cols: list[Column], line: int) -> list[_ProcurementColumn]:
    """The amount columns of a procurement table to load, by what their header says (see
    procurement_table); [] when none (the reason recorded as a problem)."""
    amounts: list[_ProcurementColumn] = []
    skipped: list[str] = []
    for col in value_cols:
        kind, measure, category = labels.procurement_column(col.path)
        if kind == "amount":
            amounts.append(_ProcurementColumn(col, measure, category, labels.procurement_role(col.path)))
        elif kind:
            skipped.append("/".join(col.path))
        elif col.path:
            ctx.warn_once(f"col{col.index}", "unknown_column", f"column {col.label!r} not recognised", line)
    paths = [tuple(compact(t) for t in entry.column.path) for entry in amounts]
    repeated = list(dict.fromkeys("/".join(p) for p in paths if paths.count(p) > 1))
    if repeated:
        ctx.problem(
            "partial",
            "procurement_columns_unclear",
            f"several columns are headed {', '.join(repeated)!s}: the header does not tell which group "
            "(采购计划 planned / 实际采购 actual) each belongs to, no figure of the table is loaded",
            line,
        )
        return []
    roles = {entry.role for entry in amounts}
    stated = roles - {""}
    final = ctx.doc_kind == "final_accounts" or (not ctx.doc_kind and "actual" in stated)
    if final and stated and "" in roles:
        bare = [entry.column.label for entry in amounts if not entry.role]
        ctx.problem(
            "partial",
            "procurement_columns_unclear",
            f"column(s) {', '.join(bare)} state neither planned (采购计划 / 预算数) nor actual "
            "(实际采购 / 决算数) while the others do: no figure of the table is loaded",
            line,
        )
        return []
    wanted = ("actual", "") if final else ("budget", "")
    kept = [entry for entry in amounts if entry.role in wanted]
    skipped += ["/".join(entry.column.path) for entry in amounts if entry.role not in wanted]
    if skipped:
        what = "actual" if final else "budget"
        loaded = ", ".join("/".join(entry.column.path) for entry in kept)
        ctx.problem(
            "warning",
            "procurement_columns_not_loaded",
            f"column(s) {', '.join(skipped)} are not loaded: "
            + (f"the {what} amounts ({loaded}) are" if kept else f"no column is (no {what} amount is printed)"),
            line,
        )
    return kept


def project_budget_table(ctx: Context, grid: Grid) -> None:
    """A project expenditure (项目支出) table -> rows of ``raw_projects``: one per printed amount,
    with the unit, project code and name and ``amount_yuan`` (text, yuan); total rows are
    skipped. Returns nothing.
    """
    columns = grid.columns
    named = _text_columns(columns)
    if named["name"] is None and named["code"] is None and _find(columns, _CODE_HEADER) is not None:
        # '一般公共预算财政拨款项目支出决算表' over '科目编码 | 科目名称 | 本年支出合计': the project spending
        # by 功能分类 (the national 决算 template's table), no project named: function lines of
        # measure 'project' (kept under this table's kind)
        function_table(ctx, grid, spending_part="project")
        return
    text_idx = {i for i in named.values() if i is not None}
    value_cols = [c for c in columns if c.index not in text_idx]
    for row, cells in _fitted_rows(ctx, grid, 1):
        prefix = ctx.prefix(row, cells)
        unit = cells[named["unit"]] if named["unit"] is not None else ""
        code = cells[named["code"]] if named["code"] is not None else ""
        name = cells[named["name"]] if named["name"] is not None else ""
        if is_total(name) or is_total(unit):
            continue  # (the 合计 row: no project)
        for col in value_cols:
            text = cells[col.index]
            if not text or is_total(text) or (not is_number(text) and col.index == 0):
                continue
            fields = {
                **prefix,
                "unit_text": unit,
                "project_code": code,
                "project_name": name,
                "column_label": col.label,
                "measure": labels.path_key(col.path) or labels.function_measure(col.label),
            }
            ctx.add_amount_row("raw_projects", fields, text, row.line, f"{name} {col.label}")


#: table kind -> its interpreter (Context, Grid) -> None, which adds the table's rows to
#: ctx.result. A new kind of grid table is one entry here (and its title in titles.py).
INTERPRETERS: dict[str, Callable[[Context, Grid], None]] = {
    **dict.fromkeys(FUNCTION_KINDS, function_table),
    **dict.fromkeys(ECONOMIC_KINDS, economic_table),
    **dict.fromkeys(SUMMARY_KINDS, summary_table),
    "three_public": three_public_table,
    "operating_cost": operating_cost_table,
    "procurement": procurement_table,
    "project_budget": project_budget_table,
}


def _named_rows(
    ctx: Context,
    fitted: list[tuple[Row, list[str]]],
    value_cols: list,
    total_col: int,
    name_of: Callable[[list[str]], str],
    total_row: Callable[[list[str]], bool],
) -> tuple[dict[int, str | None], list[tuple[int, str, Decimal | None]]]:
    """The rows of a table printed with names only, for telling their levels by sums.

    Returns (out, items): ``out`` maps a row's index to '' (the 合计 row) or None (a row
    without figures); ``items`` lists (row index, name, amount of its total column in yuan or
    None) for every other row, in order. The total cell read here is not counted as a value
    (it is counted when the row's figures are read)."""
    out: dict[int, str | None] = {}
    items: list[tuple[int, str, Decimal | None]] = []
    for n, (row, cells) in enumerate(fitted):
        name = name_of(cells)
        if total_row(cells):
            out[n] = ""
            continue
        if not any(cells[c.index] for c in value_cols):
            out[n] = None
            continue
        got = ctx.amount(cells[total_col], row.line, f"{name} total") if cells[total_col] else None
        if got is not None:
            ctx.table.value_count -= 1
        items.append((n, name, Decimal(got[1]) if got else None))
    return out, items
