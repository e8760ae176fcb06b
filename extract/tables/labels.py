"""Header labels and row labels -> normalised keys (by wording, never by position)."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.tables.meta import compact

# Funding sources, as printed in income tables, procurement tables and summary tables.
SOURCE_KEYS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^(?:总计|合计|小计|预算数|预算支出总额)$", "total"),
        (r"一般公共预算", "general_public_budget"),
        (r"政府性基金", "government_fund"),
        (r"国有资本经营", "state_capital"),
        (r"财政专户|专户资金", "fiscal_special_account"),
        (r"事业单位经营", "operating"),
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
    )
)


@lru_cache(maxsize=4096)
def source_key(label: str) -> str:
    text = compact(label)
    for pattern, key in SOURCE_KEYS:
        if pattern.search(text):
            return key
    return ""


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
    last = compact(path[-1])
    if len(keys) >= 2 and keys[-1] == "total" and last in ("小计", "合计"):
        keys = keys[:-1]
    keys = [k for k in keys if k != "total"] or ["total"]
    return ".".join(dict.fromkeys(keys))


_FUNCTION_TOTAL = re.compile(r"总计|合计|小计|预算数")
_ECONOMIC_TOTAL = re.compile(r"总计|合计|小计|基本支出|项目支出|预算数")


@lru_cache(maxsize=4096)
def function_measure(label: str) -> str:
    text = compact(label)
    if "基本支出" in text:
        return "basic"
    if "项目支出" in text:
        return "project"
    if _FUNCTION_TOTAL.search(text):
        return "total"
    return ""


@lru_cache(maxsize=4096)
def economic_measure(label: str) -> str:
    text = compact(label)
    if "人员经费" in text:
        return "personnel"
    if "公用经费" in text:
        return "public"
    if _ECONOMIC_TOTAL.search(text):
        return "total"
    return ""


THREE_PUBLIC_ITEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"机关运行经费", "operating_cost"),  # printed beside the 三公 (三公经费和机关运行经费预算表)
        (r"出国", "overseas"),
        (r"接待", "reception"),
        (r"购置(?!及)", "vehicle_purchase"),
        (r"运行", "vehicle_operation"),
    )
)


def three_public_item(path: list[str]) -> str:
    last = compact(path[-1]) if path else ""
    if last in ("合计", "总计"):
        return "total"
    if last == "小计" and len(path) >= 2 and "公务用车" in compact(path[-2]):
        return "vehicle_total"
    if "购置及运行" in last or "购置和运行" in last:
        return "vehicle_total"
    for pattern, key in THREE_PUBLIC_ITEMS:
        if pattern.search(last):
            return key
    return ""


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
INCOME_ITEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^本年收入", "current_year_total"),
        (r"^上年结转", "carryover_total"),
        (r"^财政拨款(?:收入)?$", "fiscal"),
        (r"收入合计|收入总计|^合计$|^总计$", "total"),
    )
)
EXPENDITURE_ITEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"^本年支出", "current_year_total"),
        (r"结转下年", "carryover_next_year"),
        (r"支出合计|支出总计|^合计$|^总计$", "total"),
    )
)


@lru_cache(maxsize=4096)
def summary_income_key(item: str, in_carryover: bool) -> str:
    """Key of an income item ('' when not recognised); its enumeration is not part of it.
    'fiscal' is the 财政拨款收入 line whose parts (一般公共预算, 政府性基金...) follow it."""
    text = item_label(item)
    for pattern, key in INCOME_ITEMS:
        if pattern.search(text):
            return key
    key = source_key(text)
    if not key or key in ("total", "fiscal"):
        return ""
    return f"carryover_{key}" if in_carryover else key


@lru_cache(maxsize=4096)
def summary_expenditure_key(item: str) -> str:
    text = item_label(item)
    for pattern, key in EXPENDITURE_ITEMS:
        if pattern.search(text):
            return key
    return "category"
