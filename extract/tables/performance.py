"""Performance-target tables (unit-wide and per project): key/value rows, fund amounts,
indicator grids. Text is kept as printed (HTML tags included); amounts are exact."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.tables.context import Context
from extract.tables.grid import build_grid, is_number
from extract.tables.labels import first_key, path_key, wordings
from extract.tables.meta import compact
from extract.tables.model import Row

_COLON = "：:"
_KEYS = wordings(
    (
        (r"^项目名称$", "project"),
        (r"^(?:单位信息|填报单位|编制单位|实施单位|预算[（(]单位[)）]名称)$", "unit"),
        (r"^(?:业务)?主管部门$|^部门[（(]?单位?[)）]?名称$|^部门名称$", "info"),
        (r"^项目概述$|^项目简介$", "summary"),
        (r"^立项依据$", "basis"),
        (r"目标$", "goal"),
        (r"^总体$", "goal"),
        (r"^其他说明$", "note"),
        (r"负责人|经办人|联系|职能职责|项目分类|权重|预算年度|执行率", "info"),
    )
)
_STRUCTURAL = ("project", "unit", "summary", "basis", "goal", "note")
_FUND = re.compile(r"资金|总额|拨款|预算|安排|补助|贷款|投入")
_NOT_FUND = re.compile(r"率|权重|%|电话|人数|数量|联系|年度[:：]?$")
_FUND_MEASURES = wordings(
    (
        (r"总额|当年预算|预算数|预算支出总额", "total"),
        (r"财政专户", "fiscal_special_account"),
        (r"财政资金|财政拨款", "fiscal"),
        (r"本级安排", "own_level"),
        (r"上级补助", "superior_subsidy"),
        (r"单位资金", "unit_funds"),
        (r"社会投入", "social_investment"),
        (r"银行贷款", "bank_loan"),
        (r"其他资金", "other"),
    )
)
# a key that names its unit ('年度资金总额（万元）', '（千元）'): any unit of extract.numbers.UNIT_FACTORS
_UNIT_IN_KEY = re.compile(r"[（(]\s*(十万元|百万元|千万元|千元|万元|亿元|元)\s*[)）]")
_OPERATOR = re.compile(r"^(?:≥|≤|=|＝|>|<|≧|≦|＞|＜|定性|定量|大于等于|小于等于|等于|大于|小于)$")
_HEADER_FIELDS = wordings(
    (
        (r"^一级指标$", "level1"),
        (r"^二级指标$", "level2"),
        (r"^三级指标$|^指标名称$", "level3"),
        (r"指标性质$", "operator"),
        (r"指标值$", "target_value"),
        (r"度量单位$|计量单位$", "measure_unit"),
        (r"权重", "weight"),
        (r"核心指标", "is_core"),
        (r"^历史参考值$|^备注$", "other"),
    )
)
_BRACKETED = re.compile(r"[（(].*?[)）]")
_INLINE_KEY = re.compile(r"^([^：:]{2,16})[：:](.+)$")
_LEVELS = ("level1", "level2", "level3")  # an indicator row fills as many of them as it can
_PROJECT = re.compile(r"^([0-9A-Z]{10,})\s*[-－—]\s*(.+)$")


def _bare(key: str) -> str:
    return compact(key).rstrip(_COLON)


@lru_cache(maxsize=4096)
def key_field(token: str) -> str:
    """The field a key cell introduces, 'fund' for an amount key, '' when it is no key.

    Cached: a table asks about the same cells several times (as a row's first cell, as the
    cell after a key), and the documents print the same keys over and over.
    """
    text = _bare(token)
    if not text or is_number(token) or len(text) > 24:
        return ""
    for pattern, name in _KEYS:
        if name != "info" and pattern.search(text):
            return name
    if _FUND.search(text) and not _NOT_FUND.search(text):
        return "fund"
    name = first_key(_KEYS, text)
    if name:
        return name
    if compact(token)[-1:] in _COLON:
        return "info"
    return ""


def fund_measure(key: str) -> str:
    """The fund a performance table's amount key names ('' when none).

    key: a key cell as printed ('资金总额：', '其中：财政拨款'). Returns 'total',
    'fiscal_special_account', 'fiscal', 'own_level', 'superior_subsidy', 'unit_funds',
    'social_investment', 'bank_loan' or 'other' — by wording, the first match wins.
    """
    return first_key(_FUND_MEASURES, _bare(key))


def _header_map(cells: list[str]) -> dict[int, str]:
    found: dict[int, str] = {}
    for i, cell in enumerate(cells):
        name = _header_field(cell)
        if name:
            found[i] = name
    return found if sum(1 for v in found.values() if v != "other") >= 3 else {}


@lru_cache(maxsize=4096)
def _header_field(cell: str) -> str:
    """The indicator field a header cell names ('' when none); cached, as key_field."""
    text = _BRACKETED.sub("", compact(cell))
    if not text:
        return ""
    return first_key(_HEADER_FIELDS, text)


@dataclass
class _State:
    unit_text: str = ""
    project_code: str = ""
    project_name: str = ""
    fund_unit: str = ""
    header: dict[int, str] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    last_levels: tuple[str, str] = ("", "")
    last_goal: dict[str, str] | None = None


_LIST_HEADERS = {
    "unit": re.compile(r"^单位名称$|^单位$"),
    "project": re.compile(r"^项目名称$"),
    "amount": re.compile(r"^(?:预算|项目|资金)?金额$|^预算数$|^资金(?:总额)?$"),
    # ('主要绩效指标': the project's targets told by its main indicators, one text a row)
    "goal": re.compile(r"绩效目标$|^(?:主要)?绩效指标$"),
}


def _list_header(row: Row) -> dict[str, int] | None:
    """Columns of a performance table printed as a list, one project per row
    ('单位名称 | 项目名称 | 金额 | 绩效目标', the amount's unit in brackets or not), and its
    indicator columns where the list prints them ('… | 一级指标 | 二级指标 | 指标值': the fields of
    ``_HEADER_FIELDS``, keyed 'indicator:<field>'); None for any other first row."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row.stripped):
        text = _BRACKETED.sub("", compact(cell))
        for name, pattern in _LIST_HEADERS.items():
            if name not in found and pattern.search(text):
                found[name] = index
                break
        else:
            if (indicator := _header_field(cell)) and f"indicator:{indicator}" not in found:
                found[f"indicator:{indicator}"] = index
    return found if {"project", "amount", "goal"} <= set(found) else None


def _project_list(ctx: Context, columns: dict[str, int]) -> None:
    """One row per project: its amount (a 'fund' row, level1 'total'), its goal text and, where
    the list prints indicator columns, the indicator of its row (a row that names no project
    and prints an indicator only, below a project's row, is another indicator of that project:
    its name cell merged over several rows)."""
    state = _State()
    indicators = {
        name.split(":", 1)[1]: index
        for name, index in columns.items()
        if name.startswith("indicator:") and name != "indicator:other"
    }
    if not {"level1", "level2", "level3", "target_value"} & set(indicators):
        indicators = {}  # (a 权重 or 备注 column alone is no indicator)
    for row in ctx.table.rows[1:]:
        cells = row.stripped

        def cell(name: str, cells: list[str] = cells) -> str:
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else ""

        indicator = {name: cells[index] if index < len(cells) else "" for name, index in indicators.items()}
        if not cell("project") and not cell("amount") and not cell("goal") and state.project_name:
            if any(indicator.values()):
                _indicator_row(ctx, state, row, indicator)
            continue
        state.unit_text, state.project_name = cell("unit"), cell("project")
        state.last_levels = ("", "")
        if not state.project_name:
            continue
        if any(indicator.values()):
            _indicator_row(ctx, state, row, indicator)
        amount = cell("amount")
        got = ctx.amount(amount, row.line, f"{state.project_name} 金额") if amount else None
        if got is not None:
            _target(
                ctx, state, row, field="fund", item_text="金额", level1="total", value_text=got[0], amount_yuan=got[1]
            )
        if cell("goal"):
            _target(ctx, state, row, field="goal", item_text="绩效目标", text=cell("goal"))


def _indicator_row(ctx: Context, state: _State, row: Row, fields: dict[str, str]) -> None:
    """One indicator of ``row`` from its fields (``_HEADER_FIELDS`` names -> cell text): the
    一级 / 二级 of the row above where the cell is empty (merged over several rows)."""
    level1 = fields.get("level1", "") or state.last_levels[0]
    level2 = fields.get("level2", "") or (state.last_levels[1] if not fields.get("level1") else "")
    state.last_levels = (level1, level2)
    _target(
        ctx,
        state,
        row,
        field="indicator",
        level1=level1,
        level2=level2,
        **{name: fields.get(name, "") for name in ("level3", "operator", "target_value", "measure_unit", "weight")},
        is_core=fields.get("is_core", ""),
        text=row.text,
    )


def performance_table(ctx: Context) -> None:
    """A performance-target (绩效目标) table -> rows of ``raw_performance_targets`` (one per
    indicator: levels, name, target text and value) and of ``raw_projects`` (the project's fund
    amounts, text in yuan).

    Indicator rows that fit no header are kept as text with a warning 'indicator_unaligned';
    rows read by realigning their cells give a warning 'indicator_realigned'. Returns nothing.
    """
    table = ctx.table
    if table.rows and (columns := _list_header(table.rows[0])) is not None:
        _project_list(ctx, columns)
        return
    state = _State()
    consumed = _fund_grids(ctx, state)
    bad_indicators: list[int] = []
    realigned: list[int] = []
    for index, row in enumerate(table.rows):
        if index in consumed:
            continue
        cells = row.stripped
        header = _header_map(cells)
        if header:
            state.header = header
            state.seen.add("indicator")
            continue
        tokens = [c for c in cells if c]
        first_field = key_field(tokens[0]) if tokens else ""
        structural = first_field in _STRUCTURAL or (first_field and compact(tokens[0])[-1:] in _COLON)
        if state.header and not structural and not _is_group_then_key(tokens):
            fitted = _indicator(ctx, state, row, cells)
            if fitted is None:
                bad_indicators.append(row.line)
            elif not fitted:
                realigned.append(row.line)
            continue
        if (
            first_field in ("summary", "basis", "goal")
            and ("indicator" in state.seen or first_field in state.seen)
            and _bare(tokens[0]) not in ("目标",)
        ):
            ctx.problem(
                "warning",
                "project_fragment",
                "rows of a project whose name and amounts are missing (a lost page?) follow another project; "
                "kept without a project",
                row.line,
            )
            state.project_code = state.project_name = ""
            state.seen = set()
            state.header = {}
        _key_values(ctx, state, row, tokens)
    if bad_indicators:
        ctx.problem(
            "warning",
            "indicator_unaligned",
            f"{len(bad_indicators)} indicator row(s) do not fit their header; kept as text only",
            bad_indicators[0],
        )
    if realigned:
        ctx.problem(
            "warning",
            "indicator_realigned",
            f"{len(realigned)} indicator row(s) have one cell too many or too few; realigned to the header "
            "by their operator, weight and core-flag cells (lines " + ", ".join(map(str, realigned)) + ")",
            realigned[0],
        )


def _is_group_then_key(tokens: list[str]) -> bool:
    return len(tokens) >= 2 and key_field(tokens[0]) != "" and key_field(tokens[1]) != ""


def _target(ctx: Context, state: _State, row: Row, **values: object) -> dict[str, str]:
    out: dict[str, object] = {
        **ctx.prefix(row),
        "unit_text": state.unit_text,
        "project_code": state.project_code,
        "project_name": state.project_name,
    }
    out.update(values)
    ctx.result.add("raw_performance_targets", out)
    ctx.table.row_count += 1
    return ctx.result.rows["raw_performance_targets"][-1]


def _key_values(ctx: Context, state: _State, row: Row, tokens: list[str]) -> None:
    i = 0
    while i < len(tokens):
        token = tokens[i]
        name = key_field(token)
        if not name:
            inline = _INLINE_KEY.match(token)
            if inline and key_field(inline.group(1) + "："):
                name, value = key_field(inline.group(1) + "："), inline.group(2).strip()
                _pair(ctx, state, row, inline.group(1), name, value)
            elif _bare(token) == "目标" and state.last_goal is not None and i + 1 < len(tokens):
                pass  # the second half of a vertical 总体/目标 label: handled with its value below
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or key_field(nxt):
            unit = _UNIT_IN_KEY.search(token)
            if unit:
                state.fund_unit = unit.group(1)
            i += 1
            continue
        if name == "goal" and _bare(token) == "目标" and state.last_goal is not None:
            state.last_goal["text"] = f"{state.last_goal['text']}{nxt}"
            i += 2
            continue
        _pair(ctx, state, row, token, name, nxt)
        i += 2


def _pair(ctx: Context, state: _State, row: Row, key: str, name: str, value: str) -> None:
    state.seen.add(name)
    if name == "project":
        match = _PROJECT.match(value)
        state.project_code, state.project_name = (match.group(1), match.group(2).strip()) if match else ("", value)
        return
    if name == "unit":
        state.unit_text = value
        return
    if name == "fund" or (
        name == "info" and is_number(value) and _FUND.search(_bare(key)) and not _NOT_FUND.search(_bare(key))
    ):
        _fund(ctx, state, row, key, value)
        return
    entry = _target(ctx, state, row, field=name, item_text=key.strip(), text=value)
    if name == "goal":
        state.last_goal = entry


def _fund(ctx: Context, state: _State, row: Row, key: str, value: str, unit: str = "") -> None:
    match = _UNIT_IN_KEY.search(key)
    unit = unit or (match.group(1) if match else "") or state.fund_unit or ctx.amount_unit
    got = ctx.amount(value, row.line, key.strip(), unit)
    if got is None:
        return
    measure = fund_measure(key)
    if not measure:
        ctx.warn_once(f"fund:{_bare(key)}", "unknown_fund_item", f"fund item {key.strip()!r} not recognised", row.line)
    if ctx.table.kind == "project_performance":
        ctx.result.add_row(
            "raw_projects",
            {
                **ctx.prefix(row),
                "unit_text": state.unit_text,
                "project_code": state.project_code,
                "project_name": state.project_name,
                "column_label": key.strip(),
                "measure": measure,
                "value_text": got[0],
                "amount_yuan": got[1],
            },
        )
    else:
        _target(
            ctx, state, row, field="fund", item_text=key.strip(), level1=measure, value_text=got[0], amount_yuan=got[1]
        )


def _fund_grids(ctx: Context, state: _State) -> set[int]:
    """Amount grids inside a performance table (header rows over a row of numbers only)."""
    rows = ctx.table.rows
    consumed: set[int] = set()
    for index, row in enumerate(rows):
        tokens = row.filled
        if len(tokens) < 2 or not all(is_number(t) for t in tokens):
            continue
        start = index
        while start > 0 and index - start < 2:
            above = rows[start - 1].filled
            if len(above) < 2 or any(is_number(t) for t in above):
                break
            start -= 1
        if start == index:
            continue
        grid = build_grid(rows[start : index + 1])
        header_text = " ".join(c for r in rows[start:index] for c in r.filled)
        match = _UNIT_IN_KEY.search(header_text)
        unit = match.group(1) if match else ""
        cells = row.stripped + [""] * max(0, len(grid.columns) - len(row.cells))
        for col in grid.columns:
            text = cells[col.index] if col.index < len(cells) else ""
            if not text:
                continue
            label = "/".join(p for p in col.path if not _UNIT_IN_KEY.search(p))
            got = ctx.amount(text, row.line, label, unit or ctx.amount_unit)
            if got is None:
                continue
            _target(
                ctx,
                state,
                row,
                field="fund",
                item_text=label,
                level1=path_key([p for p in col.path if not _UNIT_IN_KEY.search(p)]),
                value_text=got[0],
                amount_yuan=got[1],
            )
        consumed.update(range(start, index + 1))
    return consumed


def _indicator(ctx: Context, state: _State, row: Row, cells: list[str]) -> bool | None:
    """True: fits its header; False: fits after realignment; None: kept as text only."""
    width = max(state.header) + 1
    levels = [k for k in _LEVELS if k in state.header.values()]
    best: list[str] | None = None
    best_score = -1
    for candidate in _candidates(cells, width):
        fields = {name: (candidate[i] if i < len(candidate) else "") for i, name in state.header.items()}
        if not _valid(fields):
            continue
        score = sum(1 for k in levels if fields[k])
        if score > best_score:
            best, best_score = candidate, score
            if score == len(levels):  # no later candidate can score higher: the first best is kept
                break
    if best is None:
        _target(ctx, state, row, field="indicator", text=row.text)
        return None
    _indicator_row(ctx, state, row, {name: (best[i] if i < len(best) else "") for i, name in state.header.items()})
    return best is cells


def _valid(fields: dict[str, str]) -> bool:
    if not fields.get("level3"):
        return False
    if "operator" in fields and not _OPERATOR.match(compact(fields["operator"])):
        return False
    weight = fields.get("weight", "")
    if weight and not is_number(weight):
        return False
    core = fields.get("is_core", "")
    return not core or core in ("是", "否")


def _candidates(cells: list[str], width: int):
    yield cells
    # a row one cell too wide (a merged cell exported twice) or one too narrow (a missing cell)
    for i, text in enumerate(cells):
        if not text:
            yield cells[:i] + cells[i + 1 :]
    trimmed = cells[:-1] if cells and not cells[-1] else cells
    for i in range(1, min(len(trimmed), width)):
        yield [*trimmed[:i], "", *trimmed[i:]]
