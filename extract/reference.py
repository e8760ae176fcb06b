"""Hand-kept reference data shared with dbt (seeds/reference/*.csv), read once per process."""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from extract import PACKAGE_DIR
from extract.spaces import compact

# (not __file__: compiled modules have none)
REFERENCE_DIR = PACKAGE_DIR.parent / "seeds" / "reference"
# The reference files extraction reads: part of the extractor version (extract.cache), so
# an edit to one re-extracts every document. Reading another one means listing it here.
REFERENCE_FILES = (
    "economic_codes.csv",
    "function_categories.csv",
    "function_codes.csv",
    "function_name_aliases.csv",
    "metric_wording.csv",
    "metric_wording_words.csv",
    "metrics.csv",
    "prefecture_cities.csv",
)
_PARENS = str.maketrans({"(": "（", ")": "）"})
# 和 and 与 join the parts of a 功能分类 name alike ('医疗卫生和计划生育支出' / '医疗卫生与计划生育支出',
# '文化旅游体育和传媒支出' / '…与传媒支出'): names are matched with 与 read as 和
_JOINS = str.maketrans({"与": "和"})
_SUFFIX = re.compile(r"(?:支出)?(?:预算)?$")


class ReferenceFileError(ValueError):
    """A reference CSV that dbt would refuse too: a row with more or fewer fields than its header."""


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of one reference file as dicts keyed by its header.

    Raises KeyError for a file not in REFERENCE_FILES, and ReferenceFileError naming the file
    and line of a row whose field count is not the header's (an unquoted comma in a note: dbt
    seed stops on the same row, so the extractor must not read it differently)."""
    if name not in REFERENCE_FILES:
        raise KeyError(f"{name} is not in REFERENCE_FILES (the extractor version must cover it)")
    with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        rows = []
        for fields in reader:
            if not fields:  # a blank line (DictReader skips it too)
                continue
            if len(fields) != len(header):
                raise ReferenceFileError(
                    f"seeds/reference/{name} line {reader.line_num}: {len(fields)} fields where the header has "
                    f"{len(header)} (quote a value that holds a comma)"
                )
            rows.append(dict(zip(header, fields, strict=True)))
        return rows


def function_name_key(name: str) -> str:
    """A 功能分类 (类/款/项) name as the reference matches it: without whitespace, ASCII parentheses
    full-width, 与 read as 和 ('医疗卫生与计划生育 支出' -> '医疗卫生和计划生育支出'). The keys of
    ``category_codes``, ``function_aliases`` and ``function_code_names`` are in this form; look a
    printed name up in it. Pure; raises nothing."""
    return compact(name).translate(_PARENS).translate(_JOINS)


@cache
def category_codes() -> dict[str, str]:
    """Category (类) name (``function_name_key``: 与 as 和) -> code, official names and known
    aliases, each also without '支出' (and one ending in 等支出 also without its 等).

    Raises ValueError when two codes' names are one name in that form (a name matched to two
    codes)."""
    names: dict[str, str] = {}
    for row in _rows("function_categories.csv"):
        key = function_name_key(row["category_name"])
        if names.setdefault(key, row["category_code"]) != row["category_code"]:
            raise ValueError(
                f"seeds/reference/function_categories.csv: {row['category_name']!r} ({row['category_code']}) "
                f"is {names[key]}'s name once 与 is read as 和"
            )
    for row in _rows("function_name_aliases.csv"):
        if len(row["function_code"]) == 3:
            names.setdefault(function_name_key(row["alias"]), row["function_code"])
    for name, code in list(names.items()):
        if name.endswith("等支出"):
            # '资源勘探工业信息（类）支出': the 等 of an official name may be left out
            names.setdefault(name.removesuffix("等支出") + "支出", code)
    for name, code in list(names.items()):
        short = _SUFFIX.sub("", name)
        if short and short != name:
            names.setdefault(short, code)
    return names


@cache
def function_aliases() -> dict[str, str]:
    """Another name of a function code as printed (an older official name, a known misprint;
    seeds/reference/function_name_aliases.csv; keyed by ``function_name_key``: 与 as 和) -> the
    code, for 类, 款 and 项 alike."""
    return {function_name_key(row["alias"]): row["function_code"] for row in _rows("function_name_aliases.csv")}


@lru_cache(maxsize=4096)
def category_code(name: str) -> str:
    """The 类 code for a category name as printed ('' when not recognised: never guessed).

    Accepts the official name, a known alias, and either with or without a trailing
    支出 / 支出预算 ("社会保障和就业", "住房保障支出预算"), with 和 and 与 alike
    (``function_name_key``).
    """
    bare = function_name_key(name)
    codes = category_codes()
    if bare in codes:
        return codes[bare]
    return codes.get(_SUFFIX.sub("", bare), "")


@cache
def metrics() -> dict[str, dict[str, str]]:
    """seeds/reference/metrics.csv keyed by metric: label_zh, label_en, value_unit ('yuan' |
    'count'), definition, part_of (the total it is a part of, '' if none), change_of (for a
    *_change_vs_prior_year metric: the metric it changes). The words that name a metric are
    in seeds/reference/metric_wording.csv (``metric_wording``).
    The one list of metrics; dbt reads the same file as a seed (marts.dim_metric)."""
    return {row["metric"]: row for row in _rows("metrics.csv")}


@cache
def metric_wording() -> list[dict[str, str]]:
    """seeds/reference/metric_wording.csv: the rules that tell the metric of a narrative label,
    one dict per rule with rule_order, unit_kind ('money' | 'vehicles' | 'people'), metric
    ('' = the label names no metric), kind ('wording' | 'state' | 'level_mark' | 'coded_path' |
    'category_name'), wording (the condition, see extract.narrative.wording), sets (state it
    sets, 'key=value' joined by ','), note. In file order; extract.narrative.wording sorts and
    checks them."""
    return _rows("metric_wording.csv")


@cache
def metric_wording_words() -> list[dict[str, str]]:
    """seeds/reference/metric_wording_words.csv: the word lists the rules of metric_wording.csv
    and the change patterns read, one dict per word with kind (one of
    ``extract.narrative.metrics.WORD_KINDS``: 'topic', 'filler', 'lead', 'trail', …, the change
    words 'change_mark' … 'change_none'), word_order (an
    integer, the order words of a kind are tried in), word, topic (the topic a 'topic' word
    names, '' for the other kinds), note. In file order; extract.narrative.metrics checks them
    (``load_words``)."""
    return _rows("metric_wording_words.csv")


@cache
def prefecture_provinces() -> dict[str, str]:
    """Prefecture-level city, 地区, 自治州 or 盟 (full name, GB/T 2260) -> its province-level
    division ('杭州市' -> '浙江省', '大理白族自治州' -> '云南省'), from
    seeds/reference/prefecture_cities.csv. The four 直辖市 are provinces themselves: not listed."""
    return {row["city_name"]: row["province_name"] for row in _rows("prefecture_cities.csv")}


@cache
def _children() -> dict[str, dict[str, str]]:
    """Parent code -> {official name (``function_name_key``: 与 as 和) -> code} for the 款 (5-digit)
    and 项 (7-digit) codes of seeds/reference/function_codes.csv.

    Raises ValueError when the file lists a code twice, or one name twice under one parent (in
    that form: '甲和乙' and '甲与乙' are one name): either would make the code of a name printed
    without one a pick between two rows."""
    children: dict[str, dict[str, str]] = {}
    seen: set[str] = set()
    for row in _rows("function_codes.csv"):
        code = row["function_code"].strip()
        if len(code) not in (5, 7) or not code.isdigit():
            continue
        name = function_name_key(row["function_name"])
        siblings = children.setdefault(code[:-2], {})
        if code in seen or name in siblings:
            raise ValueError(
                f"seeds/reference/function_codes.csv: {code} {row['function_name']!r} repeats "
                f"{'the code' if code in seen else 'the name of ' + siblings[name]} under {code[:-2]}"
            )
        seen.add(code)
        siblings[name] = code
    return children


@lru_cache(maxsize=4096)
def child_code(parent: str, name: str) -> str:
    """The code of the 款 or 项 named ``name`` directly under the code ``parent`` (a 类 or a 款),
    '' when the reference holds no such name there. Exact on the official name under that
    parent: '行政运行' under '20406' is '2040601', and is nothing under a parent whose
    行政运行 the reference does not list (never matched by the name alone); 和 and 与 alike."""
    return _children().get(parent, {}).get(function_name_key(name), "")


@lru_cache(maxsize=4096)
def function_code_names(code: str) -> frozenset[str]:
    """The names the reference gives the function code ``code``, in ``function_name_key`` form
    (compact, full-width parentheses, 与 as 和): for a 类 (3 digits) its official name and aliases
    (seeds/reference/function_categories.csv, function_name_aliases.csv), for a 款 / 项 (5 / 7
    digits) its official name (function_codes.csv) and aliases; an empty set when the reference
    does not list the code."""
    if len(code) == 3:
        names = {name for name, listed in category_codes().items() if listed == code}
    else:
        names = {name for name, listed in _children().get(code[:-2], {}).items() if listed == code}
    names |= {alias for alias, listed in function_aliases().items() if listed == code}
    return frozenset(names)


@lru_cache(maxsize=4096)
def codes_named(name: str) -> frozenset[str]:
    """The 款 and 项 codes whose official name (function_codes.csv) or alias
    (function_name_aliases.csv) is ``name`` (in any spelling ``function_name_key`` makes one: 与 as
    和, parentheses full-width), under any 类; an empty set when none ('行政运行' -> 2010301,
    2010601, 2040601 …). Pure; raises nothing."""
    key = function_name_key(name)
    codes = {listed for names in _children().values() for named, listed in names.items() if named == key}
    alias = function_aliases().get(key, "")
    if len(alias) in (5, 7):
        codes.add(alias)
    return frozenset(codes)


@cache
def _economic() -> dict[str, dict[str, str]]:
    """Classification ('department' | 'government') -> {official name (compact) -> code} of
    seeds/reference/economic_codes.csv, 类 (3 digits) and 款 (5 digits) alike, the 款 keyed
    '<类 code>/<name>' (a 款 name is only looked up under its 类)."""
    out: dict[str, dict[str, str]] = {}
    for row in _rows("economic_codes.csv"):
        code, name = row["economic_code"].strip(), compact(row["economic_name"]).translate(_PARENS)
        key = name if len(code) == 3 else f"{code[:3]}/{name}"
        out.setdefault(row["classification"], {})[key] = code
    return out


@cache
def economic_class_names() -> frozenset[str]:
    """The official names of the economic 类 (3-digit codes, both classifications) of
    seeds/reference/economic_codes.csv, compact, '（）' for parentheses."""
    return frozenset(name for names in _economic().values() for name in names if "/" not in name)


@cache
def economic_names() -> frozenset[str]:
    """The official names of every economic 类 and 款 (both classifications) of
    seeds/reference/economic_codes.csv, compact, '（）' for parentheses ('办公费', '工资福利支出')."""
    return frozenset(name.rpartition("/")[2] for names in _economic().values() for name in names)


def economic_code(classification: str, name: str, parent: str = "") -> str:
    """The economic code of the 类 named ``name`` (``parent`` ''), or of the 款 so named under
    the 类 ``parent``; '' when seeds/reference/economic_codes.csv has no such name there."""
    key = compact(name).translate(_PARENS)
    return _economic().get(classification, {}).get(f"{parent}/{key}" if parent else key, "")
