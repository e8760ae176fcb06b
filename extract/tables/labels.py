"""Header labels and row labels -> normalised keys (by wording, never by position)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from extract.tables.meta import compact, without_unit

#: (compiled pattern, key) pairs, in order: the first pattern found in a text names its key.
Wordings = tuple[tuple[re.Pattern[str], str], ...]


def wordings(pairs: Iterable[tuple[str, str]]) -> Wordings:
    """(regular expression, key) pairs -> the same pairs compiled, in the order given."""
    return tuple((re.compile(pattern), key) for pattern, key in pairs)


def first_key(table: Wordings, text: str) -> str:
    """The key of the first pattern of ``table`` found in ``text``; '' when none is."""
    for pattern, key in table:
        if pattern.search(text):
            return key
    return ""


@lru_cache(maxsize=4096)
def header_words(label: str) -> str:
    """The words of a header text that say what its column holds: compact, without a money unit
    printed at its end ('合计（元）' -> '合计', '金额（万元）' -> '金额', '预算数(单位:元)' ->
    '预算数'; ``extract.tables.meta.without_unit``). Every header wording below is matched on
    these words, so a column reads the same with or without its unit (the unit itself is taken
    from the cell by ``extract.tables.meta.header_unit``)."""
    return without_unit(label)


def most_specific(path: Sequence[str], role_of: Callable[[str], str]) -> str:
    """The first non-empty ``role_of(text)`` from the bottom of a header path (top to bottom)
    upwards: the most specific header text that states one wins; '' when none does."""
    for text in reversed(path):
        role = role_of(text)
        if role:
            return role
    return ""


# Funding sources, as printed in income tables, procurement tables and summary tables.
SOURCE_KEYS = wordings(
    (
        (r"^(?:总计|合计|小计|预算数|预算支出总额|决算数|本年收入合计|本年支出合计)$", "total"),
        (r"一般公共预算", "general_public_budget"),
        (r"政府性基金", "government_fund"),
        (r"国有资本经营", "state_capital"),
        (r"财政专户|专户资金", "fiscal_special_account"),
        (r"事业单位经营|^(?:[一二三四五六七八九十]+、)?经营收入$", "operating"),
        (r"事业收入", "business"),
        (r"上级补助", "superior_subsidy"),
        (r"附属单位上缴", "subordinate_remittance"),
        (r"其他收入", "other"),
        (r"单位资金", "unit_funds"),
        (r"一般债券", "general_bond"),
        (r"专项债券", "special_bond"),
        (r"外国政府.*贷款", "foreign_loan"),
        (r"外国政府.*赠款", "foreign_grant"),
        (r"财政拨款", "fiscal"),
        # the two groups of an income table's columns: 本年收入 | 上年结转结余
        (r"^本年收入$", "current_year"),
        (r"^(?:上年|年初)结转(?:和|及)?结余$|^(?:上年|年初)结转$", "carryover"),
    )
)


@lru_cache(maxsize=4096)
def source_key(label: str) -> str:
    """The funding source a header or item label names ('' when none).

    label: a cell's text as printed. Returns a key of ``SOURCE_KEYS`` ('general_public_budget',
    'government_fund', 'fiscal', 'carryover', 'total', …), found by wording: the first pattern
    that matches wins, so the more specific words are listed first.
    """
    return first_key(SOURCE_KEYS, header_words(label))


def path_key(path: list[str]) -> str:
    """Key of a column from its header path: '一般公共预算/一般债券' -> 'general_public_budget.general_bond'.

    A subtotal (小计/合计) under a group is the group's own key.
    """
    return _path_key(tuple(path))


@lru_cache(maxsize=4096)
def _path_key(path: tuple[str, ...]) -> str:
    keys = [source_key(p) for p in path]
    keys = [k for k in keys if k]
    if not keys:
        return ""
    last = header_words(path[-1])
    if len(keys) >= 2 and keys[-1] == "total" and last in ("小计", "合计"):
        keys = keys[:-1]
    keys = [k for k in keys if k != "total"] or ["total"]
    return ".".join(dict.fromkeys(keys))


# ('本年支出' alone: a final-accounts table's spending column printed without its 小计 | 基本支出 |
# 项目支出 split under it)
_FUNCTION_TOTAL = re.compile(r"总计|合计|小计|预算数|决算数|执行数|^金额$|^(?:年初|调整|全年)预算$|^本年支出$")
_ECONOMIC_TOTAL = re.compile(r"总计|合计|小计|基本支出|项目支出|预算数|决算数|执行数|^金额$|^本年支出$")
# columns of a function table beside the 基本支出 | 项目支出 split: the balances and income of a
# final-accounts table (never summed with the spending), and the other parts of the spending
# total (EXPENDITURE_OTHER_PARTS)
_FUNCTION_OTHER = (
    ("年初结转", "carryover_start"),
    ("年末结转", "carryover_end"),
    ("本年收入", "income"),
    ("上缴上级", "remitted_to_superior"),
    ("经营支出", "operating"),
    ("对附属单位补助", "subsidiary_subsidy"),
)
#: The parts of a unit's spending beside 基本支出 and 项目支出, as the standard tables print them
#: (部门决算 支出决算表: 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位
#: 补助支出; 部门预算 部门支出总表: 合计 | 基本支出 | 项目支出 | 事业单位经营支出 | 上缴上级支出 |
#: 对附属单位补助支出): the total is the sum of all of them. Each is the measure of its column;
#: the summary metric is 'expenditure_' + the measure.
EXPENDITURE_OTHER_PARTS = ("remitted_to_superior", "operating", "subsidiary_subsidy")


@lru_cache(maxsize=4096)
def function_measure(label: str) -> str:
    """What a column of a function-classification table holds, from one header text.

    Returns 'basic' (基本支出), 'project' (项目支出), 'total' (合计/小计/预算数/决算数/执行数, or 金额
    alone: a table of one figure column), a
    final-accounts balance or income column ('carryover_start', 'carryover_end', 'income'),
    another part of the spending total (EXPENDITURE_OTHER_PARTS: 'remitted_to_superior' 上缴上级
    支出, 'operating' 经营支出 / 事业单位经营支出, 'subsidiary_subsidy' 对附属单位补助支出) or ''
    when the text names none of them, or names both 基本支出 and 项目支出 (the names of several
    columns run together: none of them).
    """
    text = header_words(label)
    if "基本支出" in text and "项目支出" in text:
        return ""  # ('本年支出合计 基本支出 项目支出 …': several columns' names in one text, none of them)
    if "基本支出" in text:
        return "basic"
    if "项目支出" in text:
        return "project"
    for word, measure in _FUNCTION_OTHER:
        if word in text:
            return measure
    if _FUNCTION_TOTAL.search(text):
        return "total"
    return ""


def _basic_part(text: str) -> str:
    """'basic_personnel' for 人员经费 / 人员支出, 'basic_public' for 公用经费 / 日常公用经费 /
    日常公用支出, '' for any other header text (already through ``header_words``)."""
    if text.startswith("人员"):
        return "basic_personnel"
    if "公用" in text:
        return "basic_public"
    return ""


def function_path_measure(path: list[str]) -> str:
    """Measure of a function-table column from its whole header path (top to bottom header
    texts) -> a ``function_measure`` value, or 'basic_personnel' / 'basic_public'.

    A 合计 / 小计 under 年初结转和结余 or 本年收入 is that group's figure, not the spending total.
    基本支出 is by definition 人员经费 + 公用经费: the 部门预算 table standard (财政部 部门预算
    公开表样, 一般公共预算财政拨款基本支出表: 基本支出 = 人员经费 (工资福利支出 301, 对个人和
    家庭的补助 303) + 公用经费 (商品和服务支出 302 and the like)) splits it so, and a function table may print it
    as those two parts, under a 基本支出 header (with or without its 小计) or as columns of their
    own beside 项目支出 (合计 | 人员经费 | 公用经费 | 项目支出, no 基本支出 column). Either way a
    人员 column is 'basic_personnel' and a 公用 column 'basic_public': the parts of basic, never
    basic itself (the warehouse adds them where both columns are printed). A 人员 / 公用 column
    under 项目支出 (or any other named group) is not a part of basic.
    """
    if len(path) >= 2 and all(header_words(text) == "小计" for text in path):
        # a 小计 under no group text over several header lines: the group's text landed over another
        # of its columns; whose subtotal it is the header does not show (never a second total)
        return ""
    for text in path[:-1]:
        measure = function_measure(text)
        if measure not in ("", "total", "basic", "project"):
            return measure
    if len(path) >= 2 and function_measure(path[-2]) == "basic":
        # 基本支出 split into 人员 and 公用 (the parts of basic) and their 小计 (basic itself)
        last = header_words(path[-1])
        if last in ("小计", "合计"):
            return "basic"
        part = _basic_part(last)
        if part:
            return part
    measure = function_measure(path[-1]) if path else ""
    if not measure and path and all(function_measure(text) in ("", "total") for text in path[:-1]):
        return _basic_part(header_words(path[-1]))
    return measure


def summary_split_measure(path: list[str]) -> str:
    """Measure of an expenditure column of a two-sided summary table that splits spending
    (基本支出 / 人员经费 / 公用经费 / 项目支出) rather than naming a fund: 'basic', 'project',
    'basic_personnel', 'basic_public'; '' for any other column (a fund or the 合计).
    Such a column is a part of the row's total and never summed with it."""
    measure = function_path_measure(path)
    return measure if measure in ("basic", "project", "basic_personnel", "basic_public") else ""


# in this order: an adjusted budget also says 预算, an actual figure may say 预算 too (完成预算);
# the budget of the whole year (全年预算: the opening budget with the year's adjustments) is the
# adjusted budget ('完成全年预算X万元的P%'), the plain 预算 the opening one ('完成预算X万元')
_VALUE_ROLES = wordings(
    (
        (r"调整(?:后)?(?:全年)?预算|预算调整|全年预算", "adjusted_budget"),
        (r"决算|执行数|实际支出|实际数", "actual"),
        (r"预算数|年初预算|完成预算", "budget"),
    )
)


@lru_cache(maxsize=4096)
def value_role(label: str) -> str:
    """'adjusted_budget' | 'budget' | 'actual' | '' for a column label or a narrative label:
    调整预算 / 调整后预算 / 全年预算 -> 'adjusted_budget'; 决算 / 执行数 / 实际支出 -> 'actual';
    预算数 / 年初预算 / 完成预算 -> 'budget' (the first that the label's words hold, in that order).
    A table reads a 全年预算 column beside its others (``column_roles``)."""
    return first_key(_VALUE_ROLES, header_words(label))


def path_role(path: list[str]) -> str:
    """The value role of a column: the most specific header text that states one."""
    return most_specific(path, value_role)


# the budget of the whole year: the opening budget with the year's adjustments (年初预算 + 调整),
# named without 调整 ('全年预算数'; '调整后全年预算' is an adjusted budget whatever the table)
_FULL_YEAR_BUDGET = re.compile(r"全年预算")
_ADJUSTMENT_WORD = re.compile(r"调整")


def column_roles(paths: Sequence[list[str]]) -> list[str]:
    """The value role of each column of one table (``path_role``), read beside the others: a
    全年预算数 column (value_role 'adjusted_budget') is that budget with the year's adjustments
    beside a 年初预算数 (or 预算数) column, never a second 'budget' added to the first; where it is
    the table's only budget column it is the budget the 决算数 is measured against ('完成全年预算
    的95.24%': the table prints no other), 'budget'. Input: the header paths (top to bottom) in
    column order; output: one role per column ('' where no header text states one)."""
    roles = [path_role(path) for path in paths]
    full_year = [
        role == "adjusted_budget"
        and any(
            _FULL_YEAR_BUDGET.search(words := header_words(text)) and not _ADJUSTMENT_WORD.search(words)
            for text in path
        )
        for path, role in zip(paths, roles, strict=True)
    ]
    if not any(role == "budget" for role in roles):
        roles = ["budget" if full else role for role, full in zip(roles, full_year, strict=True)]
    return roles


@lru_cache(maxsize=4096)
def economic_measure(label: str) -> str:
    """What a column of an economic-classification table holds, from one header text.

    Returns 'personnel' (人员经费), 'public' (公用经费 / 日常公用支出), 'total' (合计, 基本支出,
    项目支出, 预算数, 金额 …: the row's whole amount) or '' when the text names none, or names both
    人员经费 and 公用经费 (the names of several columns run together).
    """
    text = header_words(label)
    if "人员经费" in text and "公用经费" in text:
        return ""  # ('决算数 人员经费 公用经费': several columns' names in one text, none of them)
    if "人员经费" in text:
        return "personnel"
    if "公用经费" in text or text in ("日常公用支出", "公用支出"):
        return "public"
    if _ECONOMIC_TOTAL.search(text):
        return "total"
    return ""


THREE_PUBLIC_ITEMS = wordings(
    (
        (r"机关运行经费", "operating_cost"),  # printed beside the 三公 (三公经费和机关运行经费预算表)
        (r"出国", "overseas"),
        (r"接待", "reception"),
        (r"购置(?!及)", "vehicle_purchase"),
        (r"运行", "vehicle_operation"),
    )
)


def three_public_item(path: list[str]) -> str:
    """The 三公 part of a column from its header path, top to bottom.

    The top-most text that names a part decides (a header text spanned too far to the right
    never overrides it); under 公务用车购置及运行费 a lower 购置 / 运行 / 小计 refines it.
    预算数 / 决算数 say what the figure is, not which part (see ``path_role``).
    """
    # a text that only says what the figure is drops out; one that also names a part stays
    path = [p for p in path if not value_role(p) or _three_public_label([p])]
    items = [_three_public_label(path[: i + 1]) for i in range(len(path))]
    found = [item for item in items if item]
    if not found:
        return ""
    first = found[0]
    if first == "vehicle_total":
        return next((i for i in reversed(found) if i.startswith("vehicle_")), first)
    return first


def three_public_row_item(label: str) -> str:
    """The 三公 part a row label names, in a 三公 table printed as rows of parts: '合计' ->
    'total', '因公出国（境）费' -> 'overseas', '公务用车购置及运行费' -> 'vehicle_total',
    '其中：公务用车购置费' -> 'vehicle_purchase', '（三）公务接待费' -> 'reception'; '' for a
    label naming none (its enumeration is not part of it; a 小计 needs the row above it)."""
    return _three_public_label([item_label(label)]) if label else ""


_QUOTES = re.compile(r"[“”\"‘’']")


def _three_public_label(path: list[str]) -> str:
    last = header_words(path[-1]) if path else ""
    if last in ("合计", "总计") or (_QUOTES.sub("", last) in ("三公经费合计", "三公经费总计")):
        return "total"
    if last == "小计" and len(path) >= 2 and "公务用车" in header_words(path[-2]):
        return "vehicle_total"
    if "购置及运行" in last or "购置和运行" in last:
        return "vehicle_total"
    return first_key(THREE_PUBLIC_ITEMS, last)


# An enumeration printed before an item: 一、 （一） (1) 1. 1、 1．
_ENUMERATION = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]、?|\d{1,2}(?:[、．]|\.(?!\d)))"
)


@lru_cache(maxsize=4096)
def item_label(item: str) -> str:
    """The compact item label without its enumeration: '一、公共安全支出' -> '公共安全支出',
    '（一）一般公共预算' / '1. 一般公共预算' -> '一般公共预算'. A label without one is returned compact."""
    text = compact(item)
    bare = _ENUMERATION.sub("", text)
    return bare or text


# Items of the two-sided summary tables.
INCOME_ITEMS = wordings(
    (
        (r"^一、本年收入|^本年收入", "current_year_total"),
        (r"^二、上年结转|^上年结转|年初(?:财政拨款)?结转和?结余", "carryover_total"),
        (r"使用非财政拨款结余|用事业基金弥补", "non_fiscal_balance_used"),
        (r"^财政拨款(?:收入)?$", "fiscal"),
        (r"收入合计|收入总计|^合计$|^总计$", "total"),
    )
)
EXPENDITURE_ITEMS = wordings(
    (
        (r"^一、本年支出|^本年支出", "current_year_total"),
        (r"结转下年|年末(?:财政拨款)?结转和?结余", "carryover_next_year"),
        (r"结余分配", "balance_distribution"),
        (r"支出合计|支出总计|^合计$|^总计$", "total"),
    )
)


@lru_cache(maxsize=4096)
def summary_income_key(item: str, in_carryover: bool) -> str:
    """Key of an income item ('' when not recognised); its enumeration is not part of it.
    'fiscal' is the 财政拨款收入 line whose parts (一般公共预算, 政府性基金...) follow it."""
    text = item_label(item)
    key = first_key(INCOME_ITEMS, text)
    if key:
        return key
    key = source_key(text)
    if not key or key in ("total", "fiscal"):
        return ""
    return f"carryover_{key}" if in_carryover else key


@lru_cache(maxsize=4096)
def summary_expenditure_key(item: str) -> str:
    """Key of an expenditure item of a two-sided summary table (收支总表), by its label.

    item: the row label as printed (its enumeration '一、' is ignored). Returns
    'current_year_total', 'carryover_next_year', 'balance_distribution', 'total', or
    'category' for any other line (a function category, read by name or code elsewhere).
    """
    return first_key(EXPENDITURE_ITEMS, item_label(item)) or "category"


# Government procurement (政府采购) tables: what a column or row is.
_PROCUREMENT_CATEGORIES = (("货物", "goods"), ("工程", "works"), ("服务", "services"))
_PROCUREMENT_ROLES = wordings(
    (
        # the planned group of a final-accounts procurement table (采购计划金额, 采购预算金额)
        (r"计划|采购预算|预算金额", "budget"),
        # the actual group (实际采购金额, 实际支出); 决算数 / 执行数 are value_role's
        (r"实际", "actual"),
    )
)
# amounts that are a share of the procurement (授予中小企业合同金额, 面向小微企业预留), never a total
_PROCUREMENT_SHARE = re.compile(r"中小企业|小微企业|中小微|预留|监狱企业|残疾人")
# a rate or a share printed beside the amounts (增减率, 增长率, 完成率, 占比, '比上年增减%'): no money
_RATE = re.compile(r"率|占比|比例|比重|%|％")
# a change against another year or the budget (比上年增减, 增减额, 差额): money, but no figure of the year
_CHANGE = re.compile(r"增减|增长|减少|差额|变动|比上年|比年初")


def change_or_rate(path: Sequence[str]) -> str:
    """'rate' for a column of rates or shares (增减率, 增长率, 变动率, 完成率, 占比, '比上年增减%':
    not money), 'change' for a column of changes (比上年增减, 增减额, 差额: money, but not a
    figure of the year), '' for any other column; from its header path (any text of it)."""
    texts = [header_words(t) for t in path]
    if any(_RATE.search(t) for t in texts):
        return "rate"
    if any(_CHANGE.search(t) for t in texts):
        return "change"
    return ""


# a header that only says 'the amount' (金额, 采购金额, 支出金额, 政府采购支出总额)
_PLAIN_AMOUNT = re.compile(r"^(?:政府)?(?:采购)?(?:支出)?(?:金额|总额|合计|总计|小计)(?:[(（]?万?元[)）]?)?$")
_PROCUREMENT_ITEM = re.compile(
    r"^(?:其中[:：])?(?:政府采购)?(货物|工程|服务)(?:类)?(?:采购)?(?:支出)?(?:金额|预算|总额)?$"
)
_PROCUREMENT_TOTAL_ITEM = re.compile(r"^(?:政府采购|采购)(?:支出|实际支出|实际采购)?(?:总额|合计|总计|金额|总金额)$")


@lru_cache(maxsize=4096)
def _procurement_text_role(text: str) -> str:
    return value_role(text) or first_key(_PROCUREMENT_ROLES, text)


def procurement_role(path: list[str]) -> str:
    """What the figures of a procurement-table column are, from its header path (top to
    bottom): 'budget' (采购计划金额, 采购预算金额, 预算数, 年初预算数), 'adjusted_budget'
    (调整预算数), 'actual' (实际采购金额, 决算数) or '' when no header text says (the
    most specific text that says wins). A fund source (一般公共预算) is not a role."""
    return most_specific(path, lambda text: _procurement_text_role(header_words(text)))


def procurement_category(text: str) -> str:
    """'goods' | 'works' | 'services' for a text naming exactly one procurement category
    (货物 / 工程 / 服务), '' otherwise."""
    found = [key for word, key in _PROCUREMENT_CATEGORIES if word in text]
    return found[0] if len(found) == 1 else ""


def procurement_column(path: list[str]) -> tuple[str, str, str]:
    """(kind, measure, category) of a procurement-table amount column from its header path.

    kind: 'amount' for a column of amounts, 'share' for a share of them (中小企业 …), 'change'
    for a change or rate (比上年增减, 完成率), '' when not recognised. measure: the fund-source
    key (extract.tables.labels.path_key: 'total', 'general_public_budget', …; 'total' for a
    plain 金额 / 合计 / 决算数). category: 'goods' | 'works' | 'services' | ''.
    """
    texts = [header_words(t) for t in path]
    if any(_PROCUREMENT_SHARE.search(t) for t in texts):
        return "share", "", ""
    if change_or_rate(texts):
        return "change", "", ""
    category = ""
    rest: list[str] = []
    for text in texts:
        found = procurement_category(text)
        if found:
            category = found
            continue
        if _procurement_text_role(text) and source_key(text) in ("", "total"):
            continue  # a group heading (实际采购金额) or a role label (决算数)
        rest.append(text)
    if not rest:
        return "amount", "total", category
    measure = path_key(rest)
    if not measure and all(_PLAIN_AMOUNT.match(t) for t in rest):
        measure = "total"
    return ("amount" if measure else ""), measure, category


def procurement_item(label: str) -> tuple[str, str]:
    """(kind, category) of a row label of a procurement table printed as rows of items
    (项目 | 金额): ('total', '') for 合计 / 政府采购支出总额, ('category', 'goods') for 货物 /
    其中：政府采购货物支出, ('share', '') for a 中小企业 share, ('', '') otherwise."""
    text = item_label(label)
    if not text:
        return "", ""
    if _PROCUREMENT_SHARE.search(text):
        return "share", ""
    if text in ("合计", "总计") or _PROCUREMENT_TOTAL_ITEM.match(text):
        return "total", ""
    match = _PROCUREMENT_ITEM.match(text)
    if match:
        return "category", dict(_PROCUREMENT_CATEGORIES)[match.group(1)]
    return "", ""
