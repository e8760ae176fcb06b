"""Alternations whose shorter alternative comes before a longer one that starts with it.

A regex tries the alternatives of ``A|AB`` in order. Where what follows the alternation can also
match right after ``A`` (nothing follows, an optional or ``.{0,n}`` part, a ``search`` or
``sub`` that may end anywhere), ``A`` wins and ``B`` is left unread: ``共|共计`` searched in '共计'
matches '共'. Longest first (``AB|A``) reads the whole word and still reads ``A`` alone.

``shadowed_alternatives`` finds such pairs in a pattern's source: in each group (and the whole
pattern) a later alternative that starts with an earlier one, compared by their parsed items, so
``\\d+|\\d+年`` is one too (an alternative that also comes earlier, a repeated word, is read
first there and is no pair). ``module_patterns`` gathers a module's patterns: its module-level
compiled patterns (also inside tuples, lists and dicts), its module-level strings that are
alternations, and the string literals its code passes to ``re``. Every module of
extract/narrative and extract/tables is held to no such pair, but for those reviewed in
``REVIEWED``: there what follows the alternation cannot follow the shorter word in the same text
(a digit, a colon, the end of the text, a ``fullmatch``), so the regex backtracks to the longer
one and the order changes nothing read; each is shown on a constructed sentence, read the same
with the alternatives longest first. The words of metric_wording.csv's ``only:`` / ``filler:``
forms, removed by one alternation each (``re.sub``: there a shorter word first does leave the
rest unread), are held to longest first as well.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pytest

from extract.narrative.wording import _words
from extract.reference import metric_wording

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PACKAGES = ("extract.narrative", "extract.tables")
_RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
# the opening of a group up to its first alternative: (?:  (?P<name>  (?=  (?!  (?<=  (?<!  (?>  (?i:
_GROUP_OPENING = re.compile(r"\((?:\?(?:P<\w+>|<[=!]|[:=!>]|[a-zA-Z]+:))?")


# ---- the helper


def _scan(source: str) -> Iterator[tuple[int, str]]:
    """(index, character) of the characters of a pattern source that are syntax: not escaped
    (the escape and its character are skipped) and not inside a character class."""
    i, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # a ']' right after '[' or '[^' is a member of the class
            j = i + 1 + (source[i + 1 : i + 2] == "^")
            if source[j : j + 1] == "]":
                i = j
        else:
            yield i, char
        i += 1


def _groups(source: str) -> list[tuple[int, int]]:
    """(start, end) of the alternatives' text of every group of ``source`` and of the whole
    pattern, innermost groups first."""
    spans, stack = [], []
    for i, char in _scan(source):
        if char == "(":
            stack.append(i)
        elif char == ")" and stack:
            start = stack.pop()
            spans.append((_GROUP_OPENING.match(source, start).end(), i))
    return [*spans, (0, len(source))]


def _alternatives(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of its top-level alternatives (split at '|' outside groups)."""
    parts, depth, begin = [], 0, 0
    for i, char in _scan(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append((begin, i))
            begin = i + 1
    return [*parts, (begin, len(text))]


def _shape(value: object) -> object:
    """A comparable form of parsed pattern items (SubPattern has no equality of its own)."""
    if isinstance(value, sre_parse.SubPattern):
        return tuple(_shape(item) for item in value.data)
    if isinstance(value, (list, tuple)):
        return tuple(_shape(item) for item in value)
    if isinstance(value, sre_constants._NamedIntConstant):
        return str(value)
    return value


def _items(alternative: str, flags: int) -> tuple:
    """The parsed items of one alternative; its characters when it does not parse alone (a
    reference to a group outside it)."""
    try:
        return _shape(sre_parse.parse(alternative, flags))
    except re.error:
        return tuple(alternative)


def _literal(items: tuple) -> str | None:
    """The text of parsed items that are all literal characters; None otherwise."""
    literal = str(sre_constants.LITERAL)
    if all(isinstance(item, tuple) and item[:1] == (literal,) for item in items):
        return "".join(chr(code) for _, code in items)
    return None


def _shadows(earlier: str, later: str, flags: int) -> bool:
    """Whether the alternative ``earlier``, tried first, starts the text that ``later`` reads and
    leaves the rest: its parsed items are the start of the later one's ('共' / '共计', '\\d+' /
    '\\d+年', '' / '计'), or the later one is plain text and the earlier one matches a part of it
    from its start ('预算数?' / '预算安排', '[共合]' / '共计')."""
    shorter, longer = _items(earlier, flags), _items(later, flags)
    if len(shorter) < len(longer) and longer[: len(shorter)] == shorter:
        return True
    text = _literal(longer)
    if not text:
        return False
    try:
        found = re.match(earlier, text, flags)
    except re.error:
        return False
    return found is not None and 0 < found.end() < len(text)


def _groups_alternatives(source: str) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    for start, end in _groups(source):
        parts = _alternatives(source[start:end])
        if len(parts) > 1:
            yield start, parts


def shadowed_alternatives(pattern: str, flags: int = 0) -> list[tuple[str, str]]:
    """The pairs (earlier, later) of alternatives of one group of ``pattern`` (their source text)
    where the earlier one starts what the later one reads (``_shadows``: '共|共计', '\\d+|\\d+年',
    '预算数?|预算安排'; not '\\d|\\d+'); a later one that also comes before the earlier one (a
    repeated word) is no pair. [] for a pattern without such a pair."""
    found = []
    for start, parts in _groups_alternatives(pattern):
        texts = [pattern[start + a : start + b] for a, b in parts]
        for i, shorter in enumerate(texts):
            for j in range(i + 1, len(texts)):
                if _shadows(shorter, texts[j], flags) and texts[j] not in texts[:i]:
                    found.append((shorter, texts[j]))
    return found


def longest_first(pattern: str, flags: int = 0) -> str:
    """``pattern`` with, in every group, each alternative moved before the earlier ones it starts
    with (a stable order otherwise): 'a|b|ab' -> 'ab|a|b'."""
    for start, parts in _groups_alternatives(pattern):
        texts = [pattern[start + a : start + b] for a, b in parts]
        ordered: list[str] = []
        for text in texts:
            at = next((k for k, earlier in enumerate(ordered) if _shadows(earlier, text, flags)), len(ordered))
            ordered.insert(at, text)
        if ordered != texts:
            end = start + parts[-1][1]
            return longest_first(pattern[:start] + "|".join(ordered) + pattern[end:], flags)
    return pattern


def _gather(value: object, where: str, depth: int = 0) -> Iterator[tuple[str, str, int]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield where, value.pattern, value.flags & ~re.UNICODE
    elif isinstance(value, str):
        if "|" in value:
            try:
                re.compile(value)
            except re.error:
                return
            yield where, value, 0
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            yield from _gather(item, f"{where}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _gather(item, f"{where}[{key!r}]", depth + 1)


def _assigned_names(tree: ast.Module) -> list[str]:
    """The names a module's top level assigns (``X = …``, ``X: T = …``), in order."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        else:
            continue
        names.extend(t.id for t in targets if isinstance(t, ast.Name) and t.id not in names)
    return names


def _literal_patterns(tree: ast.Module) -> Iterator[tuple[str, str, int]]:
    """(the function it is in, pattern, 0) of the string literals passed as the pattern of
    re.<function>(...) calls."""
    functions = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_FUNCTIONS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            inside = [f.name for f in functions if f.lineno <= node.lineno <= (f.end_lineno or f.lineno)]
            yield (f"{inside[-1]}()" if inside else "module"), node.args[0].value, 0


def module_patterns(module_name: str) -> list[tuple[str, str, int]]:
    """(where, pattern source, flags) of every pattern of one module (see the module docstring):
    where is the module-level name (with [index] / [key] inside a container) or, for a literal
    passed to ``re``, the function it is in; each pattern source once."""
    module = importlib.import_module(module_name)
    tree = ast.parse(inspect.getsource(module))
    out: list[tuple[str, str, int]] = []
    for name in _assigned_names(tree):
        if not name.startswith("__"):
            out.extend(_gather(getattr(module, name), name))
    seen = {pattern for _, pattern, _ in out}
    out.extend(found for found in _literal_patterns(tree) if found[1] not in seen)
    return out


def _modules() -> list[str]:
    names = []
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        names.append(package_name)
        names.extend(f"{package_name}.{info.name}" for info in pkgutil.iter_modules(package.__path__))
    return names


@pytest.mark.parametrize(
    ("pattern", "pairs"),
    [
        ("也|也同样", [("也", "也同样")]),
        ("项目|项目名称", [("项目", "项目名称")]),
        ("(?:共|共计)(\\d+)", [("共", "共计")]),
        ("甲|共|乙|共计", [("共", "共计")]),
        ("(\\d+|\\d+年)", [("\\d+", "\\d+年")]),
        ("(?=其中|其中：)", [("其中", "其中：")]),
        ("x(?:万|[元圆]|万元)?", [("万", "万元")]),
        ("(?:|计)", [("", "计")]),
        ("(?:预算数?|预算安排)为", [("预算数?", "预算安排")]),
        ("[共合]|共计", [("[共合]", "共计")]),
        # the longer first, a repeated word read first, no alternative the start of another
        ("共计|共", []),
        ("增减|增|减|增减", []),
        ("项目名称|项目", []),
        ("共|合计|总计", []),
        ("[共|共计]", []),
        ("\\(共|共计\\)", []),  # escaped parentheses open no group
        ("^(?:a|b)$", []),
        ("\\d|\\d+", []),
        ("a|", []),
    ],
)
def test_the_helper_finds_a_shorter_alternative_before_a_longer_one(pattern, pairs):
    assert shadowed_alternatives(pattern) == pairs


@pytest.mark.parametrize(
    ("pattern", "ordered"),
    [
        ("也|亦|同样|也同样", "也同样|也|亦|同样"),
        ("(?:截至|截止|截止到|截至到)(\\d{4})", "(?:截至到|截至|截止到|截止)(\\d{4})"),
        ("(?P<what>人员|团组|团组和人员)(?:情况)?$", "(?P<what>人员|团组和人员|团组)(?:情况)?$"),
        ("共计|共", "共计|共"),
        ("(?:预算数?|预算安排|决算数?)?为", "(?:预算安排|预算数?|决算数?)?为"),
    ],
)
def test_longest_first_moves_a_longer_alternative_before_the_words_it_starts_with(pattern, ordered):
    assert longest_first(pattern) == ordered
    assert shadowed_alternatives(longest_first(pattern)) == []


# ---- the extraction modules


@dataclass(frozen=True)
class Reviewed:
    """A pattern whose pairs were reviewed: why the order changes nothing read, and a constructed
    ``text`` holding the longer word that ``how`` ('search', 'match', 'fullmatch': as the code
    calls it) reads to ``reads`` (the match's text; None: no match), longest first or not."""

    pairs: frozenset[tuple[str, str]]
    why: str
    how: str
    text: str
    reads: str | None
    #: false where the code reads only whether the pattern matches (not where the match ends)
    span_read: bool = True


def _pairs(*pairs: tuple[str, str]) -> frozenset[tuple[str, str]]:
    return frozenset(pairs)


_DIGIT = "a number follows, and the longer word's rest is no digit"
REVIEWED: dict[tuple[str, str], Reviewed] = {
    ("extract.narrative.claims", "_COMPLETION"): Reviewed(
        _pairs(("预算", "预算数")),
        "'的' follows",
        "search",
        "支出880.00万元，完成年初预算数的96.5%",
        "880.00万元，完成年初预算数的96.5%",
    ),
    ("extract.narrative.claims", "_YEAR_END"): Reviewed(
        _pairs(("截至", "截至到"), ("截止", "截止到")),
        _DIGIT,
        "search",
        "截止到2025年底，共有车辆3辆",
        "截止到2025年底",
    ),
    ("extract.narrative.figures", "_EXPECTED_END"): Reviewed(
        _pairs(("数", "数为")), "anchored at the end", "search", "本年收入预计数为", "预计数为"
    ),
    ("extract.narrative.figures", "_NO_VEHICLES"): Reviewed(
        _pairs(("委", "委员会"), ("办", "办公室")),
        "anchored at both ends: the subject spans the same text",
        "match",
        "某某委员会没有配备公务用车",
        "某某委员会没有配备公务用车",
    ),
    ("extract.narrative.figures", "_NO_OVERSEAS"): Reviewed(
        _pairs(*(("团组", f"团组{join}{who}") for join in "和及、" for who in ("人员", "人次"))),
        "anchored at the end",
        "match",
        "无因公出国（境）团组和人员",
        "无因公出国（境）团组和人员",
    ),
    ("extract.narrative.figures", "_SUPPORTED_TOTAL"): Reviewed(
        _pairs(("共", "共计")), _DIGIT, "search", "财政供养人员共计12人，其中在职10人", "供养人员共计12人，其中在职10人"
    ),
    ("extract.narrative.figures", "_UNREAD_ITEM"): Reviewed(
        _pairs(("共", "共计")), _DIGIT, "match", "培训项目共计5", "培训项目共计5"
    ),
    ("extract.narrative.figures", "_LIKEWISE"): Reviewed(
        _pairs(("也", "也同样")), "read with fullmatch", "fullmatch", "也同样", "也同样"
    ),
    ("extract.narrative.figures", "_NAMED_BEFORE_COLON"): Reviewed(
        _pairs(("情况", "情况说明")), "a colon and the end follow", "match", "三公经费情况说明：", "三公经费情况说明："
    ),
    ("extract.narrative.figures", "_PROJECT_GROUP"): Reviewed(
        _pairs(("项目", "项目经费"), ("项目", "项目资金")),
        "anchored at the end",
        "match",
        "重点项目资金",
        "重点项目资金",
    ),
    ("extract.narrative.figures", "_PRIOR_LEVEL_CLAUSE"): Reviewed(
        _pairs(("预算数?", "预算安排")),
        _DIGIT,
        "match",
        "上年预算安排800万元，本年增加50万元",
        "上年预算安排800万元，本年增加50万元",
    ),
    ("extract.narrative.figures", "_OWN_YEAR_HEAD"): Reviewed(
        _pairs(("预算数?", "预算安排")),
        "a comparison word (比, 较, 与 …) must follow, and 安排 starts none",
        "match",
        "2026年预算安排比上年增加",
        "2026年预算安排",
    ),
    ("extract.narrative.text", "_BARE_PEOPLE"): Reviewed(
        _pairs(("共", "共计")), _DIGIT, "search", "在职人员共计15，", "在职人员共计15"
    ),
    ("extract.tables.meta", "_UNIT"): Reviewed(
        _pairs(("部门", "部门名称")),
        "a colon follows",
        "match",
        "部门名称:某某局 单位:万元",
        "部门名称:某某局 单位:万元",
    ),
    ("extract.tables.titles", "_HEADER_START"): Reviewed(
        _pairs(("项目", "项目名称")), "only whether it matches is read", "match", "项目名称", "项目", span_read=False
    ),
}


@cache
def _found() -> dict[tuple[str, str], tuple[str, int, set[tuple[str, str]]]]:
    out: dict[tuple[str, str], tuple[str, int, set[tuple[str, str]]]] = {}
    for module_name in _modules():
        for where, pattern, flags in module_patterns(module_name):
            if pairs := set(shadowed_alternatives(pattern, flags)):
                out[(module_name, where)] = (pattern, flags, pairs)
    return out


def test_no_extraction_pattern_tries_a_shorter_alternative_before_a_longer_one_unreviewed():
    unexplained = {
        key: (pattern, sorted(pairs))
        for key, (pattern, _, pairs) in _found().items()
        if key not in REVIEWED or pairs != REVIEWED[key].pairs
    }
    assert not unexplained, "\n".join(f"{key}: {pairs} in {pattern}" for key, (pattern, pairs) in unexplained.items())


def test_every_reviewed_pattern_is_still_there():
    assert set(REVIEWED) <= set(_found())


@pytest.mark.parametrize("key", sorted(REVIEWED), ids=lambda key: f"{key[0]}.{key[1]}")
def test_a_reviewed_pattern_reads_the_longer_word_as_it_would_longest_first(key):
    module_name, where = key
    reviewed = REVIEWED[key]
    compiled = getattr(importlib.import_module(module_name), where)
    reordered = re.compile(longest_first(compiled.pattern, compiled.flags), compiled.flags)
    assert reordered.pattern != compiled.pattern
    assert any(longer in reviewed.text for _, longer in reviewed.pairs)
    found = getattr(compiled, reviewed.how)(reviewed.text)
    assert (found.group(0) if found else None) == reviewed.reads
    longest = getattr(reordered, reviewed.how)(reviewed.text)
    if reviewed.span_read:
        assert (longest.groups(), longest.span()) == (found.groups(), found.span())
    else:
        assert bool(longest) == bool(found)


def _removed_words() -> list[tuple[str, str]]:
    """(rule, words) of every ``only:`` / ``filler:`` alternative of metric_wording.csv."""
    out = []
    for row in metric_wording():
        for term in row["wording"].split("&"):
            for alternative in term.split("|"):
                form, colon, words = alternative.strip().lstrip("!").partition(":")
                if colon and form in ("only", "filler"):
                    out.append((f"{row['unit_kind']}/{row['rule_order']}", words))
    return out


def test_words_removed_by_a_wording_rule_are_tried_longest_first():
    # removal reads no further than each word it finds: a shorter word first leaves the rest
    assert re.sub("共|共计", "", "共计") == "计" and re.sub(longest_first("共|共计"), "", "共计") == ""
    removed = _removed_words()
    assert len(removed) > 10
    shadowed = {rule: shadowed_alternatives(_words(words).pattern) for rule, words in removed}
    assert not {rule: pairs for rule, pairs in shadowed.items() if pairs}
