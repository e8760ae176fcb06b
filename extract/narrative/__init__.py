"""Narrative extraction. Entry point: ``parse_narrative(lines, end_line) -> ParseResult``.

Reads sections 一 … 六 (everything before the first table, and narrative parts after the
tables that open with a heading: 其他相关情况说明, 部门预算编制说明, …) and fills:

* ``raw_narrative_figures`` — one row per metric the text states (names in
  ``metrics.METRICS``: seeds/reference/metrics.csv; the metric a label names: the rules of
  seeds/reference/metric_wording.csv, run by ``wording``), and one
  per expenditure category (metric 'expenditure_category', function_code = the 类 code).
  Rules for the rows:
    - one row per (metric, function_code, unit_text, value_role, fund_scope; a 类/款/项 figure's
      fund_scope is the funds its sentence, paragraph or heading states; the row's fund_scope
      column gives them for a part of the spending too, ``Figure.stated_funds``): when the text states a
      metric again with a value that agrees within the printed precision of the two (二 and 三
      often repeat the totals; '1234.57万元' and '12345678.90元' agree) one statement is kept, the
      most exact (an explicit amount over a figure stated only by wording: 均为…, 无…, 持平);
      statements that *disagree* are all kept with is_rejected = 'true', so the metric has no
      value, and reported as a 'warning' (narrative_conflict) and by the reconciliation check
      narrative_statements_agree (a 'mismatch' naming both lines and values); a restatement told
      of other funds ('一般公共预算财政拨款…基本支出' after the whole spending's) is another
      figure, not read as the metric (narrative_restated_other_funds when its value differs); a
      基本支出 so restated with both its 人员经费 and 公用经费 read on its line is a row with its
      funds as fund_scope (the parts are checked against it, see ``_restated_whole``);
    - a category amount detected as a source slip (it equals the expenditure total while other
      categories are listed, or a second mention of the same category of the same funds when only
      one mention fits the expenditure total) is kept with is_rejected = 'true' and reported as a
      'warning' (narrative_category_slip); mentions that disagree with no total to tell which is
      right are a narrative_conflict;
    - unit_text is '' for figures about the document's unit; staff counts that section 一 gives
      per sub-unit carry that sub-unit's name as printed (so '' rows are the document's own);
* ``raw_narrative_claims`` — statements checked against the figures or the document (shares,
  决算 vs 预算 comparisons, years, placeholders; see ``claims``).
* ``raw_sub_units`` — the units the department says it includes (see ``sub_units``).

An amount no rule understands becomes a 'warning' problem "unparsed figure: …" with its line;
figures inside reason clauses (主要是… / 主要原因是…) explain a change and are not read (those of a
reason or use that follows no change are reported unparsed: an amount is read or reported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from extract.narrative.claims import find_claims
from extract.narrative.figures import PER_PROJECT, Figure, Unparsed, Walker, one_kind_whole_beside_another
from extract.narrative.metrics import METRICS, change_base, without_numbering
from extract.narrative.sub_units import find_sub_units, is_unit_name, names_itself
from extract.narrative.text import Paragraph, later_blocks, narrative_end, paragraphs
from extract.numbers import NumberError, parse_amount, printed_unit_yuan, rounding_tolerance_yuan, to_yuan
from extract.reference import category_code, child_code, codes_named, function_aliases, function_name_key
from extract.reference import metrics as metric_rows
from extract.result import ParseResult
from extract.spaces import compact

__all__ = ["METRICS", "parse_narrative"]

# the metrics of one 款 or 项, whose code an item named by its levels gets from the tables
_ITEM_METRICS = frozenset({"expenditure_function", "expenditure_function_change_vs_prior_year"})
_SUBJECT = re.compile(r"^(?P<name>[^，。；：、]{2,40}?)为[^，。；]{0,30}?(?:单位|机构|部门)")


def parse_narrative(
    lines: Sequence[str],
    end_line: int | None = None,
    fiscal_year: str = "",
    unit_name: str = "",
    final_accounts: bool = False,
    function_names: dict[str, str] | None = None,
    function_amounts: dict[str, set[Decimal]] | None = None,
) -> ParseResult:
    """The narrative's figures, sub-units and problems (see the module docstring).

    ``end_line``: 1-based line of the first table (None: no table). ``fiscal_year``: the
    document's year ('' when unknown); a figure whose label names another year ('2025年预算
    执行数为…' in a 2026 budget) is not this year's and is reported unparsed, never read.
    ``unit_name``: the unit the title block names ('': the first line of the document).
    ``final_accounts``: the document is a 决算: every money figure gets a value_role ('budget'
    for 年初预算…, 'adjusted_budget' for 调整预算…, else 'actual'), and items named by
    类/款/项 become 'expenditure_function' rows whose function_code is looked up by name in
    ``function_names`` (code -> name as printed in the document's function tables; '' and a
    warning when no single code has those names). ``function_amounts`` (code -> the amounts in yuan
    its rows print in those tables, any column): an item whose 款 those tables print no row of is
    the one 项 under its 类 of that name printing the item's amount (``_item_code_by_amount``).
    """
    result = ParseResult()
    end = narrative_end(lines, end_line)
    paras = paragraphs(lines, end, later_blocks(lines, end) if end < len(lines) else ())
    own = compact(unit_name) or _own_name(paras)

    walker = Walker(own, fiscal_year, final_accounts=final_accounts, function_names=function_names)
    subjects = [(paragraph, _subject_unit(paragraph, own)) for paragraph in paras]
    walker.staff_statements(subjects)  # (a rule of the staff counts reads the unit's whole statement)
    for paragraph, unit_text in subjects:
        walker.paragraph(paragraph, unit_text)
    walker.grand_totals_stated_before()
    walker.fiscal_totals_with_their_carryover()

    figures: list[Figure] = []
    unresolved: set[str] = set()
    resolved: dict[str, str] = {}  # item path -> the code its figure was told by (its change takes it)
    for figure in walker.figures:
        if figure.metric in PER_PROJECT:
            # ('（六）民警被装购置经费97.80万元': the list's number is no word of the project's name)
            figure.name_text = without_numbering(figure.name_text) or figure.name_text
        if figure.metric in _ITEM_METRICS and not figure.function_code and "/" in figure.name_text:
            figure.function_code = (
                _item_code(figure.name_text, function_names or {})
                or _reference_item_code(figure.name_text)
                or (
                    _item_code_by_amount(figure.name_text, figure.value, function_names or {}, function_amounts or {})
                    if figure.metric == "expenditure_function"
                    # ('公路养护（项）1,520.60万元，比上年增加286.10万元': the change is of the item told
                    # by its own amount)
                    else resolved.get(figure.name_text, "")
                )
            )
            if figure.function_code and figure.metric == "expenditure_function":
                resolved[figure.name_text] = figure.function_code
            if not figure.function_code and figure.metric != "expenditure_function" and figure.name_text in unresolved:
                continue  # the change of an item reported unresolved: neither is kept
            if not figure.function_code:
                unresolved.add(figure.name_text)
                result.problem(
                    "warning",
                    "narrative_item_unresolved",
                    f"no function code of the document's tables or of the official list is named "
                    f"{figure.name_text!r} ({figure.value_text}); no figure kept for this item",
                    "narrative",
                    figure.source_line,
                )
                continue  # an item figure without its code reaches no mart and is never guessed
        figures.append(figure)
    # a part's change read inside a reason ('…主要是基本支出增加X') only stands in for a statement
    # of its own: any other statement of that figure (of any funds) is read instead
    stated = {(f.metric, f.function_code, f.unit_text) for f in figures if not f.in_reason}
    figures = [f for f in figures if not (f.in_reason and (f.metric, f.function_code, f.unit_text) in stated)]
    _check_categories(figures, result)
    one_kind_whole_beside_another(figures)
    for figure in _deduplicate(figures, result, walker.unparsed):
        result.add_row(
            "raw_narrative_figures",
            {
                "section": figure.section,
                "metric": figure.metric,
                "function_code": figure.function_code,
                "name_text": figure.name_text,
                "value": figure.value_str(),
                "value_unit": figure.value_unit,
                "value_text": figure.value_text,
                "is_rejected": "true" if figure.is_rejected else "false",
                "source_line": str(figure.source_line),
                "source_text": figure.source_text,
                "unit_text": figure.unit_text,
                "value_role": figure.value_role,
                "fund_scope": figure.stated_funds,
            },
        )
    for item in walker.unparsed:
        result.problem(
            "warning",
            "narrative_unparsed_figure",
            f"unparsed figure: {item.value_text} in “{item.clause}” ({item.why})",
            "narrative",
            item.line,
        )

    for claim in find_claims(paras, lines):
        result.add_row("raw_narrative_claims", claim)

    units, findings = find_sub_units(paras, own)
    for unit in units:
        result.add(
            "raw_sub_units",
            {"unit_name": unit.name, "unit_code": "", "source_line": unit.line, "source_text": unit.text},
        )
    for finding in findings:
        result.problem("warning", "narrative_sub_unit_count", finding, "narrative")
    return result


def _item_code(path: str, names: dict[str, str]) -> str:
    """The one function code whose name (and parents' names, where given) is ``path``
    ('类名/款名/项名', levels may be empty; a path to its 款, '类名/款名/', is that 款's); '' when none
    or several match. A 类 printed by a name
    no category of ``names`` has (a former name: '医疗卫生与计划生育支出' for 卫生健康支出) does
    not stop the match when its 款 and 项 are named and name exactly one code."""
    lei, kuan, xiang = [*path.split("/"), "", "", ""][:3]
    aliases = function_aliases()

    def named(code: str, name: str) -> bool:
        # a level may be printed without its trailing 支出 ('社会保障和就业（类）'), or by an older
        # official name ('行政事业单位离退休（款）' for 20805 行政事业单位养老支出); 和 and 与 alike
        key = function_name_key(name)
        return (
            not name
            or function_name_key(names.get(code, "")) in (key, key + "支出")
            or code in (aliases.get(key), aliases.get(key + "支出"))
        )

    if not xiang and kuan:
        # ('卫生健康支出（类）卫生健康管理事务（款）。年初预算为X': an item named to its 款: that 款's row)
        found = [code for code in names if len(code) == 5 and named(code, kuan) and named(code[:3], lei)]
        return found[0] if len(found) == 1 else ""
    found = [
        code
        for code in names
        if len(code) == 7 and xiang and named(code, xiang) and named(code[:5], kuan) and named(code[:3], lei)
    ]
    if not found and lei and kuan and not any(len(code) == 3 and named(code, lei) for code in names):
        found = [code for code in names if len(code) == 7 and xiang and named(code, xiang) and named(code[:5], kuan)]
    return found[0] if len(found) == 1 else ""


def _item_code_by_amount(path: str, value: Decimal, names: dict[str, str], amounts: dict[str, set[Decimal]]) -> str:
    """The 项 code of an item path ('卫生健康支出/卫生健康管理事务/行政运行') where the document's
    function tables print its 项 but no row of its 款 (a table of 类 and 项 rows: the 款's name
    cannot be checked): the one 7-digit code under the path's 类 that is named as the path's 项
    and prints ``value`` (yuan) among its amounts (a path printed from its 款, '气象事务（款）行政运行（项）':
    under any 类). The name and the amount together tell the row; '' when no 项 (or neither 类 nor
    款) is named, the 款 is printed (``_item_code`` decides), or not exactly one row fits."""
    lei, kuan, xiang = [*path.split("/"), "", "", ""][:3]
    if not ((lei or kuan) and xiang) or not amounts:
        return ""
    lei_key, xiang_key = function_name_key(lei), function_name_key(xiang)
    found = [
        code
        for code in names
        if len(code) == 7
        and code[:5] not in names
        and (not lei or function_name_key(names.get(code[:3], "")) in (lei_key, lei_key + "支出"))
        and function_name_key(names[code]) in (xiang_key, xiang_key + "支出")
        and value in amounts.get(code, set())
    ]
    return found[0] if len(found) == 1 else ""


def _reference_item_code(path: str) -> str:
    """The function code the official list (seeds/reference: function_categories.csv,
    function_codes.csv and their aliases) gives the item path ``path`` ('类名/款名/项名') level by
    level: its 类 by name, the 款 of that name under it, the 项 of that name under the 款 (a path
    naming a 类 and a 款 alone: the 款; a path printed from its 款, no 类: the one 款 of that name
    under any 类); '' when a level is not named or the list holds no such name under its parent
    (never matched by a 项's name alone: '行政运行' is under many 款). For an item
    the document's tables do not name (a narrative printed without its tables)."""
    lei, kuan, xiang = [*path.split("/"), "", "", ""][:3]
    if not kuan:
        return ""
    if not lei:
        # ('其中：政府办公厅（室）及相关机构事务（款）行政运行（项）…': a path printed from its 款, the 类
        # left out: the one 款 of the list of that name, under any 类)
        named = [code for code in codes_named(kuan) if len(code) == 5]
        item = named[0] if len(named) == 1 else ""
    else:
        category = category_code(lei)
        item = child_code(category, kuan) or child_code(category, kuan + "支出") if category else ""
    if not item or not xiang:
        return item
    return child_code(item, xiang) or child_code(item, xiang + "支出")


def _own_name(paras: list[Paragraph]) -> str:
    """The unit named by the title block (the first line of the document)."""
    for paragraph in paras:
        if paragraph.section:
            break
        first_line = paragraph.lines[0] if paragraph.lines else 0
        text = "".join(ch for ch, line in zip(paragraph.text, paragraph.lines, strict=True) if line == first_line)
        return compact(text)
    return ""


def _subject_unit(paragraph: Paragraph, own: str) -> str:
    """In section 一, a paragraph about one (sub-)unit: '<name>为…单位，…编制…人' -> name; '' for the
    unit itself, by its name or by the noun of its kind ('本院为…', '该局为…': ``names_itself``)."""
    if paragraph.section != "一":
        return ""
    match = _SUBJECT.match(paragraph.text)
    if not match:
        return ""
    name = compact(match.group("name"))
    if not is_unit_name(name) or name == own or own.endswith(name) or names_itself(name, own):
        return ""
    return name


def _reject(figure: Figure, why: str, result: ParseResult) -> None:
    figure.is_rejected = True
    result.problem(
        "warning",
        "narrative_category_slip",
        f"category amount {figure.name_text} {figure.value_text} not used: {why}",
        "narrative",
        figure.source_line,
    )


def _check_categories(figures: list[Figure], result: ParseResult) -> None:
    """Detect category amounts that cannot be parts of their expenditure total (source slips),
    among the categories of one fund scope: those of all funds or of funds not told against the
    expenditure total, those of one fund (财政拨款, 一般公共预算 …) against that fund's total (a
    category of the 财政拨款 is never a slip of the same category of all funds), and of one value
    role (a 决算's 年初预算 of a category is never a slip of its 决算数)."""
    groups: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        if figure.metric == "expenditure_category" and not figure.unit_text:
            scope = "" if figure.fund_scope == "all_funds" else figure.fund_scope
            groups.setdefault((scope, figure.value_role), []).append(figure)
    for (scope, role), categories in groups.items():
        metric = _SCOPE_TOTALS.get(scope)
        totals = [f for f in figures if metric and f.metric == metric and not f.unit_text and f.value_role == role]
        _check_category_group(categories, totals[0] if totals else None, result)


# a fund scope ('' for all funds or not told) -> the metric of its expenditure total
_SCOPE_TOTALS = {
    "": "expenditure_total",
    "fiscal_appropriation": "expenditure_fiscal_appropriation",
    "general_public_budget": "expenditure_general_public_budget",
    "government_fund": "expenditure_government_fund",
}


def _check_category_group(categories: list[Figure], total: Figure | None, result: ParseResult) -> None:
    """The slips among the categories of one fund scope, against that scope's total (None: not stated)."""
    if total is not None:
        for figure in categories:
            others = [o for o in categories if o is not figure and o.value not in (0, total.value)]
            if figure.value == total.value and others:
                _reject(
                    figure,
                    f"it equals the expenditure total {total.value_text} while other categories are listed",
                    result,
                )
    accepted = [f for f in categories if not f.is_rejected]
    codes = list(dict.fromkeys([f.function_code for f in accepted]))
    for code in codes:
        mentions = [f for f in accepted if f.function_code == code]
        if all(a.agrees_with(b) for i, a in enumerate(mentions) for b in mentions[i + 1 :]):
            continue  # (one figure stated twice: _deduplicate keeps one)
        fitting = []
        if total is not None:
            rest = sum((_first_value(accepted, c) for c in codes if c != code), Decimal(0))
            fitting = [f for f in mentions if abs(rest + f.value - total.value) <= rounding_tolerance_yuan(len(codes))]
        if len(fitting) != 1:
            _conflict(mentions, result)  # nothing tells which mention is right
            continue
        keep = fitting[0]
        for figure in mentions:
            if figure is not keep and not figure.agrees_with(keep):
                _reject(figure, f"the category is listed again as {keep.value_text} (line {keep.source_line})", result)
    if total is not None:
        accepted = [f for f in categories if not f.is_rejected]
        unique = {f.function_code: f.value for f in reversed(accepted)}
        spent = sum(unique.values(), Decimal(0))
        if spent > total.value + rounding_tolerance_yuan(len(unique)):
            result.problem(
                "warning",
                "narrative_category_sum",
                f"the categories add up to more than the expenditure total {total.value_text}",
                "narrative",
                total.source_line,
            )


def _first_value(figures: list[Figure], code: str) -> Decimal:
    return next(f.value for f in figures if f.function_code == code)


def _deduplicate(figures: list[Figure], result: ParseResult, unread: Sequence[Unparsed] = ()) -> list[Figure]:
    """The rows of ``figures`` (in text order): one per figure however often it is stated, and
    every statement of a figure stated with values that disagree.

    The statements of one ``Figure.key`` told of the same funds (``Figure.states_same``) that all
    agree within their printed precision (``Figure.agrees_with``) are one row: the most exact statement (an
    amount over a figure stated by wording, then the finest printed unit, then the first). When
    any two disagree, every one of them is kept as a rejected row (the reconciliation check
    narrative_statements_agree reports them) and the metric has no value: a 'warning'
    narrative_conflict names their lines and values. A statement of the metric told of other funds
    than the first ('…一般公共预算财政拨款基本支出…' after the whole spending's 基本支出) is another
    figure: not read as the metric, and when its value differs, a 'warning'
    narrative_restated_other_funds names the funds each statement is told of and, where an amount
    of its line that names a carry-over (结转 / 结余; read or in ``unread``, the amounts not
    understood) is the difference, says so. Such a statement is a row of its own, with its funds as
    fund_scope, where it is the whole of the parts read with it (``_restated_whole``): the narrative
    relations check its parts against it; it never stands for the metric (a model takes a
    metric's first statement). A change stated with a statement that is not kept is not kept
    either (narrative_conflict).
    """
    _fund_changes(figures)
    groups: dict[tuple[str, ...], list[Figure]] = {}
    for figure in figures:
        if not figure.is_rejected:
            groups.setdefault(figure.key, []).append(figure)
    lost: set[tuple[int, str]] = set()
    chosen: dict[tuple[str, ...], Figure] = {}  # by key: the statement kept
    wholes: set[int] = set()  # the ids of the restatements of other funds kept as rows (_restated_whole)
    for key, statements in groups.items():
        if len(statements) == 1:  # (most figures are stated once: nothing to compare)
            chosen[key] = statements[0]
            continue
        # (a figure stated by an amount of its own is the first, before one copied by wording from
        # another's amount: '财政拨款支出预算2890.52万元，全部为一般公共预算支出' then '一般公共预算当年拨款
        # 2805.52万元' — the 财政拨款 spending with its carry-over is another figure of other funds)
        first = next((f for f in statements if not f.by_wording), statements[0])
        same = [f for f in statements if f.states_same(first)]
        others = [f for f in statements if f not in same]
        whole = _restated_whole(first, others, figures)
        if whole is not None:
            wholes.add(id(whole))
        for other in others:
            if not other.agrees_with(first):
                lost.add((other.source_line, other.metric))
                result.problem(
                    "warning",
                    "narrative_restated_other_funds",
                    _restated_message(first, other, figures, unread, kept=other is whole),
                    "narrative",
                    other.source_line,
                )
        if all(a.agrees_with(b) for i, a in enumerate(same) for b in same[i + 1 :]):
            chosen[key] = min(same, key=lambda f: (f.by_wording, f.printed_unit, same.index(f)))
        else:
            _conflict(same, result)
            lost.update((f.source_line, f.metric) for f in same)
    kept = [chosen[key] for key in groups if key in chosen]  # (groups: in the order first stated)
    # a change stated with a figure that was not kept is that figure's change, not the kept one's
    # ('一般公共预算当年拨款91,842.80万元，比上年执行数增加6,600.98万元' beside 拨款收入91,495.48万元)
    kept_at = {(k.source_line, k.metric) for k in kept} if lost else set()
    orphaned = [
        f
        for f in (kept if lost else [])
        if (f.source_line, change_base(f.metric)) in lost and (f.source_line, change_base(f.metric)) not in kept_at
    ]
    for figure in orphaned:
        result.problem(
            "warning",
            "narrative_conflict",
            f"{figure.metric} {figure.value_text} (line {figure.source_line}) is the change of a "
            f"{change_base(figure.metric)} figure that was not kept: not kept either",
            "narrative",
            figure.source_line,
        )
    first_of = {id(statements[0]): key for key, statements in groups.items()}
    rows = []
    for figure in figures:
        if figure.is_rejected:
            rows.append(figure)
        elif (own := first_of.get(id(figure))) is not None and own in chosen and chosen[own] not in orphaned:
            rows.append(chosen[own])
        elif id(figure) in wholes:
            rows.append(figure)
    return rows


# the wholes a restatement of other funds is kept for (as a row with its funds) when its parts are
# read with it: the metrics whose funds no metric of their own tells, stated per fund in a 其中 list
# ('一般公共预算财政拨款基本支出X万元，其中：人员经费Y万元，公用经费Z万元'). The totals a fund has a
# metric for (支出: expenditure_general_public_budget …; 收入, 三公 and 采购 likewise) are not:
# a restatement of those told of one fund is that fund's figure, read under its own metric or not at all
_RESTATED_WHOLES = frozenset({"basic_expenditure"})


def _restated_whole(first: Figure, others: list[Figure], figures: list[Figure]) -> Figure | None:
    """The restatement of ``first``'s figure told of one fund (``others``: those not
    ``states_same`` as ``first``, in text order) that is kept as a row of its own: the first one,
    on a later line than ``first``, of a metric of ``_RESTATED_WHOLES``, with every part of it
    (seeds/reference/metrics.csv part_of: 人员经费 and 公用经费 of 基本支出) read on its line or in its
    sentence (a PDF copy wraps the sentence over lines: '…基本支出1,498.26万元，其中：' then '人员经费…'), or
    read right after it adding up to it (``_parts_right_after``), told of the same funds, of the same
    role and sub-unit (a list that names one part only is checked by nothing). Returned with those funds as its fund_scope; None when there is none."""
    if first.metric not in _RESTATED_WHOLES:
        return None
    parts = {metric for metric, row in metric_rows().items() if row.get("part_of") == first.metric}
    for other in others:
        funds = _specific(other.told_funds)
        if not funds or other.source_line <= first.source_line:
            continue
        read = {
            part.metric
            for part in figures
            if part.metric in parts
            and not part.is_rejected
            and (part.source_line == other.source_line or part.source_text.startswith(other.source_text))
            and _specific(part.told_funds) == funds
            and (part.value_role, part.unit_text) == (other.value_role, other.unit_text)
        }
        if parts and (read == parts or _parts_right_after(other, parts, figures)):
            other.fund_scope = funds
            return other
    return None


def _parts_right_after(whole: Figure, parts: set[str], figures: list[Figure]) -> bool:
    """Whether the figures read right after ``whole`` (in ``figures``, text order) are each of its
    ``parts`` once, told of its funds, of its role and sub-unit, adding up to it to the cent ('…基本
    支出3,243.73万元。其中：人员经费3,012.48万元，…；公用经费231.25万元' in the sentence after it, or one a
    paragraph): its parts, wherever the lines break."""
    at = next((i for i, f in enumerate(figures) if f is whole), -1)
    after = figures[at + 1 : at + 1 + len(parts)] if at >= 0 else []
    return (
        len(after) == len(parts)
        and {f.metric for f in after} == parts
        and all(
            not f.is_rejected
            and _specific(f.told_funds) == _specific(whole.told_funds)
            and (f.value_role, f.unit_text) == (whole.value_role, whole.unit_text)
            for f in after
        )
        and sum((f.value for f in after), Decimal(0)) == whole.value
    )


# a side's change told of one fund, and that fund's change metric (seeds/reference/metrics.csv)
_FUND_CHANGES = {
    (side, funds): f"{side}_{funds}_change_vs_prior_year"
    for side in ("income", "expenditure")
    for funds in ("general_public_budget", "government_fund", "fiscal_appropriation")
}


def _fund_changes(figures: list[Figure]) -> None:
    """Re-tag, in place, a change of the income or the spending told of one fund after the side's
    own change was stated ('八、政府性基金预算财政拨款收入支出决算情况说明' then '…政府性基金预算财政拨款支出
    1586.40万元，…。支出比2021年度增加154.48万元'): that fund's change (…_government_fund_change_vs_prior_year),
    never a second statement of the side's; its own value is checked against that fund's
    statements as any figure is (held-out set 89: it was dropped as a restatement)."""
    first: dict[tuple[str, ...], Figure] = {}
    for figure in figures:
        if figure.is_rejected or not figure.metric.endswith("_change_vs_prior_year"):
            continue
        earlier = first.setdefault(figure.key, figure)
        side = figure.metric.removesuffix("_change_vs_prior_year")
        target = _FUND_CHANGES.get((side, _specific(figure.told_funds)))
        if earlier is not figure and not figure.states_same(earlier) and target in METRICS:
            figure.metric = target


def _specific(funds: str) -> str:
    """Told funds (FUND_SCOPES) when they are one fund, '' for all funds or none told."""
    return "" if funds == "all_funds" else funds


# how a restatement message names the funds a statement is told of
_FUNDS_WORDS = {
    "": "funds not told",
    "all_funds": "all funds",
    "fiscal_appropriation": "财政拨款",
    "general_public_budget": "一般公共预算",
    "government_fund": "政府性基金",
}
# the words of an amount that is a carry-over (上年结转, 年初结转和结余, 结转下年 …)
_CARRYOVER_WORDS = re.compile(r"结转|结余")


def _restated_message(
    first: Figure, other: Figure, figures: list[Figure], unread: Sequence[Unparsed], kept: bool
) -> str:
    """The narrative_restated_other_funds message: both statements, each with its line and the
    funds it is told of, and, when an amount on the restatement's line names a carry-over and
    equals the difference of the two (within the rounding of the three printed figures), that
    amount. Nothing is said of the difference otherwise. ``kept``: the restatement is a row of
    its own (``_restated_whole``), else it is not read."""
    message = (
        f"{_named(other)} stated as {first.value_text} (line {first.source_line}, "
        f"{_FUNDS_WORDS.get(first.told_funds, first.told_funds)}) and as {other.value_text} "
        f"(line {other.source_line}, {_FUNDS_WORDS.get(other.told_funds, other.told_funds)})"
    )
    carryover = _carryover_difference(first, other, figures, unread)
    if carryover:
        message += f"; the difference equals the carry-over its line states ({carryover})"
    if kept:
        return message + f": another figure, kept with its funds ({other.fund_scope}) to check its parts against"
    return message + ": another figure, not read"


def _carryover_difference(first: Figure, other: Figure, figures: list[Figure], unread: Sequence[Unparsed]) -> str:
    """The text of an amount on ``other``'s line whose words name a carry-over (结转 / 结余) and
    that equals ``other.value - first.value`` within the rounding of the printed figures
    (``rounding_tolerance_yuan`` for two terms, in the coarsest printed unit); '' when none."""
    difference = abs(other.value - first.value)
    if first.value_unit != "yuan" or other.value_unit != "yuan" or difference == 0:
        return ""
    # (the words naming the amount, its value in yuan, its printed text, the text shown)
    amounts: list[tuple[str, Decimal, str, str]] = [
        (f.name_text, f.value, f.value_text, (f.name_text + f.value_text).lstrip("（(，,；;、"))
        for f in figures
        if f.source_line == other.source_line and f.value_unit == "yuan" and f is not other
    ]
    for item in unread:
        if item.line != other.source_line:
            continue
        try:
            parsed = parse_amount(item.value_text)
            value = to_yuan(*parsed) if parsed else None
        except NumberError:  # (an amount in no money unit: no carry-over)
            value = None
        if value is not None:
            amounts.append((item.clause, value, item.value_text, item.clause.lstrip("（(，,；;、")))
    printed = [printed_unit_yuan(f.value_text, f.value) or Decimal(0) for f in (first, other)]
    for words, value, value_text, shown in amounts:
        unit = max(*printed, printed_unit_yuan(value_text, value) or Decimal(0))
        if _CARRYOVER_WORDS.search(words) and abs(difference - value) <= rounding_tolerance_yuan(2, unit):
            return shown
    return ""


def _named(figure: Figure) -> str:
    """The figure's metric, with its function code or project when it has one ('expenditure_category 201')."""
    return " ".join(part for part in (figure.metric, figure.function_code or figure.project) if part)


def _conflict(statements: list[Figure], result: ParseResult) -> None:
    """Statements of one figure that disagree: each is kept as a rejected row (the check
    narrative_statements_agree reports them), no value of the figure is used, and a 'warning'
    narrative_conflict names every statement's value and line."""
    for figure in statements:
        figure.is_rejected = True
    stated = " and as ".join(f"{f.value_text} (line {f.source_line})" for f in statements)
    result.problem(
        "warning",
        "narrative_conflict",
        f"{_named(statements[0])} stated as {stated}: the statements disagree beyond their printed "
        "precision, so neither is kept (a finding about the source: see narrative_statements_agree)",
        "narrative",
        statements[-1].source_line,
    )
