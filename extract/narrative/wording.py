"""The metric of a narrative label, by the rules of seeds/reference/metric_wording.csv.

The table is the one home of the wording that names a metric; this module reads it once,
compiles each rule and tries them in ``rule_order`` (per unit kind: 'money' for an amount,
'vehicles' / 'people' for a count). The first rule that holds decides: its metric, or '' (a
rule with no metric says the label names none, and stops the search). No rule holding: ''.

A rule's ``kind``:

* ``wording``: its ``wording`` condition holds for the label;
* ``state``: its condition holds: set ``sets`` in the sentence's state, then try the next rules;
* ``level_mark``: the label prints 类/款/项 marks ('公共安全支出（204类）司法（06款）'): its code
  (``metrics.marked_function_code``); the metric is the rule's when its level fits the code
  (expenditure_category for a 3-digit code, else expenditure_function); marks whose code
  cannot be told name nothing;
* ``coded_path``: the label is a code before the names of its levels
  (``metrics.coded_path_code``), the metric as for ``level_mark``;
* ``category_name``: the label is a 类 name or alias (``extract.reference.category_code``).

The ``wording`` condition: terms joined by ``&`` must all hold; a term holds when one of its
alternatives joined by ``|`` holds; ``!`` before an alternative negates it. Alternatives:

* ``词``: the label contains 词 (the label's core: without spaces, years, leading connectives
  and trailing copulas, ``metrics.core``);
* ``is:词`` the label is 词; ``end:词`` it ends with 词;
* ``topic:T``: the sentence's topic is T (``metrics.TOPICS``);
* ``state:K`` an earlier clause set K; ``state:K=V`` set it to V ('' when unset);
* ``spending``: the label is about spending: it says 支出, or the sentence is about
  expenditure and the label does not say 收入 (else it is income);
* ``filler``: the label is made only of total words ('年初预算数', '总额', ``metrics.is_filler``);
  ``filler:A+B`` the same once the words A, B are removed;
* ``only:A+B``: nothing is left once the words A, B are removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from extract.narrative.metrics import coded_path_code, core, has_level_mark, is_filler, marked_function_code
from extract.reference import category_code, metric_wording, metrics

#: a compiled alternative: (label core, sentence topic, state) -> holds
Test = Callable[[str, str, dict[str, str]], bool]
UNIT_KINDS = ("money", "vehicles", "people")
KINDS = ("wording", "state", "level_mark", "coded_path", "category_name")
_CATEGORY = "expenditure_category"
_STRUCTURAL = {"level_mark", "coded_path"}


class WordingError(ValueError):
    """A rule of seeds/reference/metric_wording.csv that cannot be read (the message names it)."""


def _words(spec: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in spec.split("+") if word))


def _test(alternative: str) -> Test:
    """One alternative of a term -> its test (see the module docstring for the forms)."""
    if alternative.startswith("!"):
        inner = _test(alternative[1:])
        return lambda text, topic, state: not inner(text, topic, state)
    prefix, _, value = alternative.partition(":")
    if not _:
        prefix, value = "", alternative
    if prefix == "" and value == "spending":
        return lambda text, topic, state: "支出" in text or (topic == "expenditure" and "收入" not in text)
    if prefix == "" and value == "filler":
        return lambda text, topic, state: is_filler(text)
    if not value:
        raise WordingError(f"empty alternative {alternative!r}")
    if prefix == "":
        return lambda text, topic, state: value in text
    if prefix == "is":
        return lambda text, topic, state: text == value
    if prefix == "end":
        return lambda text, topic, state: text.endswith(value)
    if prefix == "topic":
        return lambda text, topic, state: topic == value
    if prefix == "state":
        key, equals, wanted = value.partition("=")
        if equals:
            return lambda text, topic, state: state.get(key, "") == wanted
        return lambda text, topic, state: bool(state.get(key))
    if prefix == "filler":
        removed = _words(value)
        return lambda text, topic, state: is_filler(removed.sub("", text))
    if prefix == "only":
        removed = _words(value)
        return lambda text, topic, state: removed.sub("", text) == ""
    raise WordingError(f"unknown form {prefix!r} in {alternative!r}")


def _term(term: str) -> Test:
    """'a|b|!c' -> a test that holds when one alternative holds (plain words: one regex)."""
    alternatives = [alt.strip() for alt in term.split("|")]
    if any(not alt for alt in alternatives):
        raise WordingError(f"empty alternative in {term!r}")
    plain = [
        alt for alt in alternatives if ":" not in alt and not alt.startswith("!") and alt not in ("spending", "filler")
    ]
    if len(plain) == len(alternatives) and len(plain) > 1:
        found = re.compile("|".join(re.escape(word) for word in plain)).search
        return lambda text, topic, state: found(text) is not None
    tests = [_test(alt) for alt in alternatives]
    if len(tests) == 1:
        return tests[0]
    return lambda text, topic, state: any(test(text, topic, state) for test in tests)


def compile_wording(wording: str) -> tuple[Test, ...]:
    """A ``wording`` condition -> its terms' tests (all must hold; () for an empty condition).

    Raises WordingError on an empty term or alternative or an unknown form."""
    if not wording.strip():
        return ()
    terms = [term.strip() for term in wording.split("&")]
    if any(not term for term in terms):
        raise WordingError(f"empty term in {wording!r}")
    return tuple(_term(term) for term in terms)


class Rule:
    """One compiled row of metric_wording.csv."""

    __slots__ = ("kind", "metric", "order", "sets", "tests", "unit_kind", "wording")

    def __init__(self, row: dict[str, str], known: set[str]):
        where = f"metric_wording.csv rule {row.get('unit_kind')}/{row.get('rule_order')}"
        try:
            self.order = int(row["rule_order"])
        except ValueError:
            raise WordingError(f"{where}: rule_order is not an integer") from None
        self.unit_kind, self.metric, self.kind = row["unit_kind"], row["metric"], row["kind"]
        self.wording = row["wording"]
        if self.unit_kind not in UNIT_KINDS:
            raise WordingError(f"{where}: unit_kind must be one of {UNIT_KINDS}")
        if self.kind not in KINDS:
            raise WordingError(f"{where}: kind must be one of {KINDS}")
        if self.metric and self.metric not in known:
            raise WordingError(f"{where}: metric {self.metric!r} is not in metrics.csv")
        if (self.kind == "wording" or self.kind == "state") != bool(self.wording.strip()):
            raise WordingError(
                f"{where}: a {self.kind} rule {'needs' if self.kind in ('wording', 'state') else 'takes no'} wording"
            )
        if self.kind not in ("wording", "state") and not self.metric:
            raise WordingError(f"{where}: a {self.kind} rule needs its metric")
        try:
            self.tests = compile_wording(self.wording)
        except WordingError as exc:
            raise WordingError(f"{where}: {exc}") from None
        sets = [item.partition("=") for item in row["sets"].split(",") if item.strip()]
        if any(not eq or not key.strip() for key, eq, _ in sets):
            raise WordingError(f"{where}: sets must be 'key=value' joined by ','")
        self.sets = tuple((key.strip(), value.strip()) for key, _, value in sets)

    def holds(self, text: str, topic: str, state: dict[str, str]) -> bool:
        return all(test(text, topic, state) for test in self.tests)


def load_rules(rows: list[dict[str, str]], known: set[str]) -> dict[str, tuple[Rule, ...]]:
    """Rows of metric_wording.csv -> unit kind -> its rules in rule_order.

    Raises WordingError for a rule that cannot be read or a rule_order used twice in one unit kind."""
    by_kind: dict[str, list[Rule]] = {kind: [] for kind in UNIT_KINDS}
    for row in rows:
        rule = Rule(row, known)
        by_kind[rule.unit_kind].append(rule)
    out = {}
    for kind, rules in by_kind.items():
        rules.sort(key=lambda rule: rule.order)
        orders = [rule.order for rule in rules]
        if len(set(orders)) != len(orders):
            raise WordingError(f"metric_wording.csv: a rule_order is used twice for unit_kind {kind}")
        out[kind] = tuple(rules)
    return out


RULES = load_rules(metric_wording(), set(metrics()))
# the state keys each unit kind's rules read: the cache key of a classification
_STATE_KEYS = {
    kind: tuple(sorted({m.group(1) for rule in rules for m in re.finditer(r"state:([^=&|\s]+)", rule.wording)}))
    for kind, rules in RULES.items()
}


def _structural(rule: Rule, text: str) -> tuple[str, str] | None:
    """(metric, code) when a level_mark / coded_path / category_name rule decides; None to try on."""
    if rule.kind == "category_name":
        code = category_code(text)
        return (rule.metric, code) if code else None
    if rule.kind == "level_mark":
        if not has_level_mark(text):
            return None
        code = marked_function_code(text)
        if not code:
            return "", ""
    else:
        code = coded_path_code(text)
        if not code:
            return None
    return (rule.metric, code) if (len(code) == 3) == (rule.metric == _CATEGORY) else None


@lru_cache(maxsize=8192)
def _classify(
    unit_kind: str, label: str, topic: str, values: tuple[str, ...]
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    text = core(label)
    if not text:
        return "", "", ()
    state = dict(zip(_STATE_KEYS[unit_kind], values, strict=True))
    sets: list[tuple[str, str]] = []
    for rule in RULES[unit_kind]:
        if rule.kind in _STRUCTURAL or rule.kind == "category_name":
            found = _structural(rule, text)
            if found is not None:
                return found[0], found[1], tuple(sets)
            continue
        if not rule.holds(text, topic, state):
            continue
        sets.extend(rule.sets)
        if rule.kind == "state":
            state.update(rule.sets)
            continue
        return rule.metric, "", tuple(sets)
    return "", "", tuple(sets)


def classify(unit_kind: str, label: str, topic: str, state: dict[str, str]) -> tuple[str, str]:
    """(metric, function_code) of a figure labelled ``label`` (unit kind 'money' | 'vehicles' |
    'people'), in a sentence about ``topic``; ('', '') when no rule names a metric. Updates
    ``state`` (what earlier clauses of the sentence established) with the ``sets`` of the
    rules that held. The code is set for expenditure_category / expenditure_function only."""
    rules = RULES.get(unit_kind)
    if rules is None:
        return "", ""
    values = tuple(state.get(key, "") for key in _STATE_KEYS[unit_kind])
    metric, code, sets = _classify(unit_kind, label, topic, values)
    for key, value in sets:
        state[key] = value
    return metric, code


def classify_money(label: str, topic: str, state: dict[str, str]) -> tuple[str, str]:
    """(metric, function_code) for a money figure labelled ``label`` in a sentence about
    ``topic``; ('', '') when not understood. ``state`` carries what earlier clauses of the
    sentence established (e.g. the 一般公共预算拨款 procurement subset)."""
    return classify("money", label, topic, state)


def classify_count(label: str, unit_kind: str, state: dict[str, str]) -> str:
    """Metric for a count (``unit_kind`` 'vehicles' or 'people'); '' when not understood.
    Updates ``state`` (e.g. the vehicles after '拟购置' are to be purchased)."""
    return classify(unit_kind, label, "", state)[0]
