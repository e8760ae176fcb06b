"""The metric of a narrative label, by the rules of seeds/reference/metric_wording.csv.

The table is the one home of the wording that names a metric; this module reads it once,
checks every rule (``WordingError`` names a rule it cannot read) and compiles the rules of each
unit kind ('money' for an amount; 'vehicles', 'people', 'person_times' (人次) or 'occasions'
(批次, a group's 个) for a count) into one function that
tries them in ``rule_order``, an if-chain (``CHAINS``: the function and its source, e.g.
``print(CHAINS['money'][1])``). The first rule that holds decides: its metric, or '' (a rule
with no metric says the label names none, and stops the search). No rule holding: ''.
Answers are cached per (label, topic, the state the rules read).

A rule's ``kind``:

* ``wording``: its ``wording`` condition holds for the label;
* ``state``: its condition holds: set ``sets`` in the sentence's state, then try the next rules;
  the money state rules also run on a clause that holds no amount (``clause_state``), and their
  keys (``PARAGRAPH_STATE_KEYS``) hold to the end of the paragraph;
* ``level_mark``: the label prints 类/款/项 marks ('公共安全支出（204类）司法（06款）') or a whole
  code in brackets after a name ('农林水支出（213）'): its code (``metrics.marked_function_code``,
  ``metrics.bracketed_function_code``); the metric is the rule's when its level fits the code
  (expenditure_category for a 3-digit code, else expenditure_function); marks whose code
  cannot be told name nothing;
* ``coded_path``: the label is a code before the names of its levels
  (``metrics.coded_path_code``), the metric as for ``level_mark``;
* ``category_name``: the label is a 类 name or alias (``extract.reference.category_code``), or one
  then 科目 ('教育支出科目支出预算', ``metrics.category_as_subject``).

Whatever the rules say, a fund named in brackets after an item's name ('某某配套（政府性基金）',
``metrics.funded_item``) names no fund's whole income or spending (``_FUND_METRICS``): the figure
is the item's. Nor do words a negation negates ('未纳入财政专户管理的收入', '非政府性基金收入',
'财政拨款收入（不含政府性基金）', ``metrics.negated_spans``) name the metric they would name: when the
label without them names another metric or none, it names none (``_negated_away``), unless a rule
of that metric names the negated words itself ('使用非财政拨款结余').

The words these forms read (topics, filler words, and the leading connectives and trailing
copulas a label's core is read without) are data too: seeds/reference/metric_wording_words.csv,
checked by ``metrics.load_words``; so are the words of a change vs the prior year (kinds change_*,
read by ``metrics.change_direction`` and the patterns of ``extract.narrative.figures``).

The ``wording`` condition: terms joined by ``&`` must all hold; a term holds when one of its
alternatives joined by ``|`` holds; ``!`` before an alternative negates it. Alternatives:

* ``词``: the label contains 词 (the label's core: without spaces, years, leading connectives
  and trailing copulas, ``metrics.core``);
* ``is:词`` the label is 词; ``end:词`` it ends with 词;
* ``printed:词``: the label as printed (without spaces, before its core is taken) contains 词, a
  word the core drops ('共有' in '单位共有公务用车');
* ``topic:T``: the sentence's topic is T (a topic of seeds/reference/metric_wording_words.csv,
  ``metrics.TOPICS``; another name is refused);
* ``state:K`` an earlier clause set K; ``state:K=V`` set it to V ('' when unset);
* ``spending``: the label is about spending: it holds a word of the topic 'expenditure' (支出), or
  the sentence is about expenditure and the label holds no word of the topic 'income' (收入);
* ``filler``: the label is made only of filler words ('年初预算数', '总额', ``metrics.is_filler``);
  ``filler:A+B`` the same once the words A, B are removed;
* ``category``: the label is a 类 name or alias (``extract.reference.category_code``, as the
  ``category_name`` kind reads it);
* ``only:A+B``: nothing is left once the words A, B are removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from extract.narrative.metrics import (
    TOPICS,
    WordingError,
    category_as_subject,
    coded_path_code,
    core,
    funded_item,
    has_level_mark,
    hidden_part_splits,
    is_filler,
    item_code,
    marked_function_code,
    negated_spans,
    part_splits,
    topic_of,
    topic_words,
    without_negated,
    words_of,
)
from extract.reference import category_code, metric_wording, metrics
from extract.spaces import compact

#: a compiled alternative: (label core, sentence topic, state, label as printed) -> holds
Test = Callable[[str, str, dict[str, str], str], bool]
UNIT_KINDS = ("money", "vehicles", "people", "person_times", "occasions")
KINDS = ("wording", "state", "level_mark", "coded_path", "category_name")
_CATEGORY = "expenditure_category"
# the metrics of a fund's (or the 财政拨款's) whole income or spending, and their changes: a fund
# named in brackets after an item's name (``metrics.funded_item``) names none of them
_FUND_METRICS = frozenset(
    metric
    for side in ("income", "expenditure")
    for fund in ("general_public_budget", "government_fund", "state_capital", "fiscal_appropriation")
    for metric in (f"{side}_{fund}", f"{side}_{fund}_change_vs_prior_year")
    if metric in metrics()
)


_TOPIC_NAMES = {topic for topic, _ in TOPICS}
# the short name of a kind's 编制 ('行政编', '事业编', '全额事业编', '工勤编'): 编 right after the kind,
# never 编制 itself, 编内 / 编外 (people within or outside the 编制) or 编号 / 编码 (no posts)
_SHORT_POSTS = re.compile(r"(?<=行政|事业|工勤|政法|参公)编(?![制内外号码写辑排印审办委])")
# '实际在编人数', '实际在岗人员', '实际人数': 实际 before the words of the people in post says what
# 实有 says (read as 实有, in every state the 实有 rules read); 实际 alone ('编制20人，实际18人') is
# read by its own rules, and 实际 before other words ('实际纳入预算') is no count of the staff
_ACTUAL = re.compile(r"实际(?=在编|在岗|在职|在册|编内|人员|人数|职工|教职工|工作人员|正式|干部)")
# '定编人员30人', '定编30人', '行政定编5名': 定编 (the posts fixed for the unit) is its 编制; never 核定编制
# (编制 itself follows) nor a former state ('原定编': metrics.former_word)
_FIXED_POSTS = re.compile(r"定编(?!制)")
# '在编制人数', '实际在编制内人员': the people on the 编制 (在编 / 编内), never its posts; not '现在编制'
# (now: the posts), '存在' or '所在'
_ON_POSTS = re.compile(r"(?<![现存所])在编制(?=人|职工|干部|内)")


def _spending() -> str:
    """The expression of ``spending``: a word of the topic 'expenditure' in the label, or the
    sentence about expenditure and no word of the topic 'income' in the label."""
    spent, earned = topic_words("expenditure"), topic_words("income")
    if not spent or not earned:
        raise WordingError(
            "'spending' needs words of the topics 'expenditure' and 'income' in metric_wording_words.csv"
        )
    says = " or ".join(f"{word!r} in text" for word in spent)
    unsaid = (
        f"{earned[0]!r} not in text" if len(earned) == 1 else f"not ({' or '.join(f'{w!r} in text' for w in earned)})"
    )
    return f"({says} or (topic == 'expenditure' and {unsaid}))"


def _words(spec: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in spec.split("+") if word))


def _alternative(alternative: str, names: dict[str, object]) -> str:
    """One alternative of a term -> a Python expression over ``text``, ``topic`` and ``state``
    (see the module docstring for the forms); a pattern it needs goes into ``names``."""
    if alternative.startswith("!"):
        return f"not ({_alternative(alternative[1:], names)})"
    prefix, colon, value = alternative.partition(":")
    if not colon:
        prefix, value = "", alternative
    if prefix == "" and value == "spending":
        return _spending()
    if prefix == "" and value == "filler":
        return "is_filler(text)"
    if prefix == "" and value == "category":
        return "bool(category_code(text))"
    if not value:
        raise WordingError(f"empty alternative {alternative!r}")
    if prefix == "":
        return f"{value!r} in text"
    if prefix == "is":
        return f"text == {value!r}"
    if prefix == "end":
        return f"text.endswith({value!r})"
    if prefix == "printed":
        return f"{value!r} in printed"
    if prefix == "topic":
        if value not in _TOPIC_NAMES:
            raise WordingError(f"unknown topic {value!r} (metric_wording_words.csv names {sorted(_TOPIC_NAMES)})")
        return f"topic == {value!r}"
    if prefix == "state":
        key, equals, wanted = value.partition("=")
        return f"state.get({key!r}, '') == {wanted!r}" if equals else f"bool(state.get({key!r}))"
    if prefix in ("filler", "only"):
        name = f"_removed{len(names)}"
        names[name] = _words(value)
        return f"is_filler({name}.sub('', text))" if prefix == "filler" else f"{name}.sub('', text) == ''"
    raise WordingError(f"unknown form {prefix!r} in {alternative!r}")


def _expression(wording: str, names: dict[str, object]) -> str:
    """A ``wording`` condition -> one Python expression over ``text``, ``topic``, ``state`` (the
    table's words as string literals, never a document's text); patterns go into ``names``.

    Raises WordingError on an empty term or alternative or an unknown form."""
    terms = []
    for term in wording.split("&"):
        alternatives = [alt.strip() for alt in term.split("|")]
        if not term.strip() or any(not alt for alt in alternatives):
            raise WordingError(f"empty term or alternative in {wording!r}")
        terms.append("(" + " or ".join(_alternative(alt, names) for alt in alternatives) + ")")
    return " and ".join(terms)


def compile_wording(wording: str) -> Test:
    """A ``wording`` condition -> its test ``(label core, topic, state, label as printed) -> holds``.

    Raises WordingError on an empty term or alternative or an unknown form."""
    names: dict[str, object] = {"is_filler": is_filler, "category_code": category_code}
    return eval(f"lambda text, topic, state, printed='': {_expression(wording, names)}", names)


class Rule:
    """One compiled row of metric_wording.csv."""

    __slots__ = ("kind", "metric", "order", "sets", "unit_kind", "wording")

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
            _expression(self.wording, {}) if self.wording.strip() else ""
        except WordingError as exc:
            raise WordingError(f"{where}: {exc}") from None
        sets = [item.partition("=") for item in row["sets"].split(",") if item.strip()]
        if any(not eq or not key.strip() for key, eq, _ in sets):
            raise WordingError(f"{where}: sets must be 'key=value' joined by ','")
        self.sets = tuple((key.strip(), value.strip()) for key, _, value in sets)


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


# The structural steps, as lines of the chain: a level_mark / coded_path rule gives its metric
# when the code's level fits it (expenditure_category: 3 digits); 类/款/项 marks whose code
# cannot be told name nothing.
_STRUCTURAL = {
    "level_mark": (
        "    if has_level_mark(text):",
        "        code = marked_function_code(text)",
        "        if not code:",
        "            return '', ''",
        "        if len(code) {fits} 3:",
        "            return {metric}, code",
    ),
    "coded_path": (
        "    code = coded_path_code(text)",
        "    if code and len(code) {fits} 3:",
        "        return {metric}, code",
    ),
    "category_name": (
        "    code = category_code(text) or category_as_subject(text)",
        "    if code:",
        "        return {metric}, code",
    ),
}
_STRUCTURAL_NAMES = {
    "has_level_mark": has_level_mark,
    "marked_function_code": marked_function_code,
    "coded_path_code": coded_path_code,
    "category_code": category_code,
    "category_as_subject": category_as_subject,
}

#: (label core, topic, state, sets, label as printed) -> (metric, code); appends to ``sets`` what
#: the rules set
Chain = Callable[[str, str, dict[str, str], list[tuple[str, str]], str], tuple[str, str]]


def build_chain(rules: tuple[Rule, ...]) -> tuple[Chain, str]:
    """One unit kind's rules, in order -> one function trying them as an if-chain, and its source.

    Each wording rule is one ``if`` on its condition's expression; a structural rule is its
    lines of ``_STRUCTURAL``; a state rule records its ``sets`` and goes on. The first rule that holds
    returns its metric ('' for a rule without one); none: ('', '')."""
    names: dict[str, object] = {"is_filler": is_filler, "RULES": rules, **_STRUCTURAL_NAMES}
    lines = ["def chain(text, topic, state, sets, printed):"]
    for index, rule in enumerate(rules):
        lines.append(f"    # {rule.order} {rule.metric or '-'} ({rule.kind})")
        if rule.kind in _STRUCTURAL:
            fits = "==" if rule.metric == _CATEGORY else "!="
            lines += [line.format(metric=repr(rule.metric), fits=fits) for line in _STRUCTURAL[rule.kind]]
            continue
        lines.append(f"    if {_expression(rule.wording, names)}:")
        if rule.sets:
            lines.append(f"        sets.extend(RULES[{index}].sets)")
        if rule.kind == "state":
            lines.append(f"        state.update(RULES[{index}].sets)" if rule.sets else "        pass")
        else:
            lines.append(f"        return {rule.metric!r}, ''")
    lines.append("    return '', ''")
    source = "\n".join(lines) + "\n"
    exec(compile(source, "<metric_wording.csv>", "exec"), names)
    return names["chain"], source  # type: ignore[return-value]


#: unit kind -> (its rules as one function, that function's source: what the table runs as)
CHAINS = {kind: build_chain(rules) for kind, rules in RULES.items()}


def _negated_literals() -> dict[tuple[str, str], tuple[str, ...]]:
    """(unit kind, metric) -> the words its rules name that hold negated words (the positive
    alternatives holding a span ``negated_spans`` finds: '使用非财政拨款结余', '未纳入编制'): a label
    holding one of them names that metric by the negation itself."""
    found: dict[tuple[str, str], list[str]] = {}
    for kind, rules in RULES.items():
        for rule in rules:
            for term in rule.wording.split("&") if rule.metric and rule.kind == "wording" else ():
                for alternative in (alt.strip() for alt in term.split("|") if not alt.strip().startswith("!")):
                    prefix, colon, value = alternative.partition(":")
                    words = value if colon and prefix in ("is", "end", "printed") else alternative
                    if (not colon or prefix in ("is", "end", "printed")) and negated_spans(words):
                        found.setdefault((kind, rule.metric), []).append(words)
    return {key: tuple(words) for key, words in found.items()}


_NEGATED_LITERALS = _negated_literals()


@lru_cache(maxsize=8192)
def _classify(
    unit_kind: str, label: str, topic: str, values: tuple[str | None, ...]
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    metric, code, sets = _classify_words(unit_kind, label, topic, values)
    if metric and _negated_away(unit_kind, label, topic, values, metric):
        # '未纳入财政专户管理的收入安排的单位资金', '非政府性基金收入', '财政拨款收入（不含政府性基金）':
        # the words that named the metric are negated: never that metric's figure
        return "", "", sets
    return metric, code, sets


def _negated_away(unit_kind: str, label: str, topic: str, values: tuple[str | None, ...], metric: str) -> bool:
    """Whether ``metric``, named by ``label``, is named by words a negation negates
    (``metrics.negated_spans``): the label without them names another metric or none, and no rule
    of ``metric`` names the negated words itself ('使用非财政拨款结余' is non_fiscal_balance_used).
    A negation of something else than the metric's words leaves it ('“三公”经费（不含公务用车购置费）
    预算' without its bracket is the 三公 total still)."""
    text = core(label)
    if not negated_spans(text):
        return False
    printed = compact(label)
    if any(words in text or words in printed for words in _NEGATED_LITERALS.get((unit_kind, metric), ())):
        return False
    return _classify(unit_kind, without_negated(text), topic, values)[0] != metric


def _classify_words(
    unit_kind: str, label: str, topic: str, values: tuple[str | None, ...]
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """(metric, code, the state the rules set) of ``label`` by the rules alone (``_classify``
    refuses a metric named by negated words)."""
    text = core(label)
    if unit_kind == "people":
        # '行政编20个', '全额事业编60个': 编 right after a kind is the short name of its 编制
        text = _SHORT_POSTS.sub("编制", _FIXED_POSTS.sub("编制", text))
        text = _ON_POSTS.sub("在编", _ACTUAL.sub("实有", text))
    if not text and unit_kind == "money":
        # (a count named by nothing may be named by what the sentence counted before it:
        # '国内公务接待共9批次，145人次')
        return "", "", ()
    state = {key: value for key, value in zip(_STATE_KEYS[unit_kind], values, strict=True) if value is not None}
    if split := _part_split(unit_kind, text, topic, values):
        # '机关运行经费中办公费': the figure is the part's, named by the part's words alone (in the
        # whole's topic), never the whole's; a part no rule names names nothing
        if unit_kind != "people":
            return _classify(unit_kind, split[1], topic_of(split[0]) or topic, values)
        # '在职人数中行政20人': a part of a count of people is read in the state its whole sets (the
        # staff in post counted), and that state holds for the clauses after it ('…，事业30人')
        whole_sets = _classify(unit_kind, split[0], topic, values)[2]
        keys = _STATE_KEYS[unit_kind]
        after_whole = dict(zip(keys, values, strict=True)) | dict(whole_sets)
        metric, code, part_sets = _classify(unit_kind, split[1], topic, tuple(map(after_whole.get, keys)))
        return metric, code, whole_sets + part_sets
    sets: list[tuple[str, str]] = []
    metric, code = CHAINS[unit_kind][0](text, topic, state, sets, compact(label))
    if metric in _FUND_METRICS and funded_item(text):
        # '高标准农田建设配套（政府性基金）150万元': the bracket names the item's funding, the figure is
        # the item's, never the fund's total
        return "", "", tuple(sets)
    return metric, code, tuple(sets)


# a label ending with a level's mark ('…职业教育（03款）', '…（类）'): the end of an item's name
_ENDS_WITH_LEVEL_MARK = re.compile(r"[（(]\s*\d{0,7}\s*[类款项]\s*[)）]$")


def _part_split(unit_kind: str, text: str, topic: str, values: tuple[str | None, ...]) -> tuple[str, str, str] | None:
    """(whole, part, the whole's metric) of a label core that names a part of a metric
    ('机关运行经费中办公费', '“三公”经费中的公务接待费', '基本支出其中人员经费'): the first split at a
    part word (``metrics.part_splits``) whose words before it name a metric and whose words after
    it are more than filler ('收入预算中合计' is no part), else the first such split at a part word
    a not-part word hid (``hidden_part_splits``: '基本支出中医疗业务支出'); None otherwise. A 中 inside
    the name of an item printed with its code ('（2050204）高中教育', '2050203初中教育') splits nothing:
    the words on both sides are one item's name; nor one right after a level's mark before the next
    level's ('职业教育（03款）中等职业教育（02项）')."""
    printed = item_code(text)
    for whole, part in (*part_splits(text), *hidden_part_splits(text)):
        rest = core(part)
        if not rest or is_filler(rest):
            continue
        if len(printed) > 3 and item_code(whole) == printed and not item_code(part):
            continue
        if _ENDS_WITH_LEVEL_MARK.search(whole) and has_level_mark(part):
            # '职业教育（03款）中等职业教育（02项）': a 中 right after a level's mark opens the next
            # level's name, which ends at its own mark; no part
            continue
        metric = _classify(unit_kind, whole, topic, values)[0]
        if metric:
            return whole, part, metric
    return None


def part_of(unit_kind: str, label: str, topic: str, state: dict[str, str]) -> tuple[str, str]:
    """(the whole's metric, the part's words) when ``label`` names a part of a metric ('2026年机关运行
    经费中办公费' -> ('operating_cost', '办公费')), else ('', ''): the figure is the part's (see
    ``classify``), and when no rule names the part it is not read."""
    text = core(label)
    if not text or unit_kind not in RULES:
        return "", ""
    split = _part_split(unit_kind, text, topic, tuple(map(state.get, _STATE_KEYS[unit_kind])))
    return (split[2], split[1]) if split else ("", "")


def classify(unit_kind: str, label: str, topic: str, state: dict[str, str]) -> tuple[str, str]:
    """(metric, function_code) of a figure labelled ``label`` (unit kind 'money' | 'vehicles' |
    'people'), in a sentence about ``topic``; ('', '') when no rule names a metric. Updates
    ``state`` (what earlier clauses of the sentence established) with the ``sets`` of the
    rules that held. The code is set for expenditure_category / expenditure_function only."""
    rules = RULES.get(unit_kind)
    if rules is None:
        return "", ""
    values = tuple(map(state.get, _STATE_KEYS[unit_kind]))
    metric, code, sets = _classify(unit_kind, label, topic, values)
    for key, value in sets:
        state[key] = value
    return metric, code


#: the money rules of kind 'state' alone, as one function (they never return a metric)
_MONEY_STATE = build_chain(tuple(rule for rule in RULES["money"] if rule.kind == "state"))[0]
#: the state keys money 'state' rules set: what a sentence is about ('evaluation', 'fund' of a
#: performance evaluation), which holds to the end of its paragraph
PARAGRAPH_STATE_KEYS = frozenset(key for rule in RULES["money"] if rule.kind == "state" for key, _ in rule.sets)


def clause_state(text: str, topic: str, state: dict[str, str]) -> None:
    """Apply the money 'state' rules to a clause that holds no amount (``text``, e.g. '组织对0个
    政府性基金预算项目开展绩效自评', in a sentence about ``topic``): each rule that holds sets its
    keys in ``state`` (updated in place), for the figures after it. Returns None."""
    if PARAGRAPH_STATE_KEYS and (text := core(text)):
        _MONEY_STATE(text, topic, state, [], text)


def classify_money(label: str, topic: str, state: dict[str, str]) -> tuple[str, str]:
    """(metric, function_code) for a money figure labelled ``label`` in a sentence about
    ``topic``; ('', '') when not understood. ``state`` carries what earlier clauses of the
    sentence established (e.g. the 一般公共预算拨款 procurement subset)."""
    return classify("money", label, topic, state)


@lru_cache(maxsize=64)
def topic_total(topic: str) -> str:
    """The metric a label of filler words alone names in a sentence about ``topic`` (its total by the
    rules 'filler & topic:T' of metric_wording.csv: 'three_public' -> three_public_total, 'operating'
    -> operating_cost, 'procurement' -> procurement_total, 'income' -> income_total); '' for a topic
    whose total no rule names ('performance', 'vehicles') or for ''. The filler word asked is the
    first of metric_wording_words.csv's filler words that is a label's core of its own."""
    if not topic:
        return ""
    word = next((w for w in words_of("filler") if core(w) == w), "")
    return classify("money", word, topic, {})[0] if word else ""


def classify_count(label: str, unit_kind: str, state: dict[str, str]) -> str:
    """Metric for a count (``unit_kind`` 'vehicles' or 'people'); '' when not understood.
    Updates ``state`` (e.g. the vehicles after '拟购置' are to be purchased)."""
    return classify(unit_kind, label, "", state)[0]
