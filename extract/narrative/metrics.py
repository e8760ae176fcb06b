"""The words of a narrative label: its core, topic, function code marks and change wording.

Labels are the words printed before a figure, e.g. '其中：一般公共服务支出' -> the category 201,
'2026年“三公”经费预算' -> three_public_total, '比2025年减少' -> a change of the figure before it.
Which metric a label names is decided by the rules of seeds/reference/metric_wording.csv
(``extract.narrative.wording``), with the helpers here; never by a document; a label no rule
understands is left unparsed. The words these helpers read (the topics, the filler words, the
leading connectives and trailing copulas, and the change words: 比 / 与 …, 上年, 增加 / 减少, 持平)
are seeds/reference/metric_wording_words.csv, checked at import (``load_words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from extract.reference import (
    category_code,
    category_codes,
    child_code,
    codes_named,
    function_code_names,
    function_name_key,
    metric_wording_words,
    metrics,
)
from extract.spaces import compact

#: metric -> definition, from seeds/reference/metrics.csv (the one list of metrics, shared with dbt)
METRICS = {name: row["definition"] for name, row in metrics().items()}
#: metric -> the metric holding its change vs the prior year
_CHANGE_NAMES = {row["change_of"]: name for name, row in metrics().items() if row["change_of"]}


# 科目 (the budget subject) between a 类 name and the words of its amount ('一般公共服务支出科目支出预算',
# '教育支出科目预算', '教育科目'): the 类 is named as the subject its amount is of
_SUBJECT_WORD = re.compile(r"科目(?=(?:支出)?(?:预算)?$)")


def category_as_subject(text: str) -> str:
    """The 类 code of a label (a core, without spaces) that names a 类 by its name or alias, then 科目,
    then at most 支出 and 预算 ('一般公共服务支出科目支出预算' -> '201', '教育支出科目预算' -> '205'); '' when
    the words before 科目 are no 类 name ('科目支出预算', '行政运行科目支出预算': a 项 names no 类) or other
    words follow ('…科目编码'). As a 类 name printed alone (``extract.reference.category_code``)."""
    found = _SUBJECT_WORD.search(text)
    return category_code(text[: found.start()]) if found and found.start() else ""


def change_base(metric: str) -> str:
    """The metric whose prior-year change ``metric`` holds ('' when it is no change metric)."""
    return metrics().get(metric, {}).get("change_of", "") or ""


def change_metric(metric: str) -> str:
    """The metric holding the prior-year change of ``metric`` ('' when there is none)."""
    return _CHANGE_NAMES.get(metric, "")


class WordingError(ValueError):
    """A rule of seeds/reference/metric_wording.csv or a word of metric_wording_words.csv that
    cannot be read (the message names the rule or the row)."""


#: the kinds of metric_wording_words.csv: 'topic' (a word naming what a sentence is about),
#: 'not_topic' (a word holding a topic word that names no topic: '绩效工资' holds 绩效), 'filler' (a total word naming no subject), 'lead' / 'trail' (removed from a label's start / end),
#: 'part' (a word between the name of a metric and a part of it: '机关运行经费中办公费'), 'not_part'
#: (a word holding a part word that is no part marker: '中心', '集中'), 'approximate' /
#: 'approximate_after' (a word before / after an amount that makes it approximate or a bound);
#: the change words: 'change_mark' (opens the change in a label: '比', '与'), 'change_yoy' ('同比': no
#: base printed), 'change_than' (compares with the base right after it: '比上年'), 'change_with'
#: (opens a comparison 相比 closes: '与上年相比'), 'change_prior' (before a prior year whose amount
#: follows: '较2024年的'), 'change_base' (the prior year: '上年', '去年'), 'change_up' / 'change_down'
#: (the direction: '增加', '减少'), 'change_none' (no change: '持平', '无增减');
#: the negation words (``negated_spans``): 'negation' (negates the words right after it: '非', '不含',
#: '未纳入'), 'negation_after' (the words right before it: '以外'), 'negation_pair' (the words between
#: its two halves, written 'A…B': '除…外'), 'not_negation' (a word holding a negation word that
#: negates nothing: '非税'); the former-state words (``former_word``): 'former' ('原有', '调整前') and
#: 'not_former' (a word holding one that names no former state: '草原')
WORD_KINDS = (
    "topic",
    "not_topic",
    "filler",
    "lead",
    "trail",
    "part",
    "not_part",
    "approximate",
    "approximate_after",
    "negation",
    "negation_after",
    "negation_pair",
    "not_negation",
    "former",
    "not_former",
    "change_mark",
    "change_yoy",
    "change_than",
    "change_with",
    "change_prior",
    "change_base",
    "change_up",
    "change_down",
    "change_none",
)
_TOPIC_NAME = re.compile(r"[a-z][a-z0-9_]*")


def load_words(rows: list[dict[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Rows of metric_wording_words.csv (dicts with kind, word_order, word, topic) -> kind -> its
    (word, topic) pairs in word_order (topic '' but for 'topic' words); every kind of
    ``WORD_KINDS`` is a key.

    Raises WordingError naming the row (its line in the file) for an unknown kind, a word_order
    that is no integer or is used twice in a kind, an empty word or one holding a space (labels
    are read without spaces), a 'change_than' word of more than one character, a 'negation_pair'
    word that is not two halves joined by one '…', a word listed
    twice for a kind, a 'topic' word without a
    snake_case topic or another word with one; and naming the kind when it has no word."""
    by_kind: dict[str, list[tuple[int, str, str]]] = {kind: [] for kind in WORD_KINDS}
    seen: set[tuple[str, str]] = set()
    orders: set[tuple[str, int]] = set()
    for line, row in enumerate(rows, start=2):
        kind, word, topic = row["kind"], row["word"], row["topic"]
        where = f"metric_wording_words.csv line {line} ({kind} {word!r})"
        if kind not in by_kind:
            raise WordingError(f"{where}: unknown kind {kind!r}, must be one of {WORD_KINDS}")
        if not word.strip():
            raise WordingError(f"{where}: empty word")
        if word != "".join(word.split()):
            raise WordingError(f"{where}: the word holds a space (labels are read without spaces)")
        try:
            order = int(row["word_order"])
        except ValueError:
            raise WordingError(f"{where}: word_order {row['word_order']!r} is not an integer") from None
        if kind == "change_than" and len(word) != 1:
            raise WordingError(f"{where}: a change_than word is one character (a prior amount ends at one)")
        if kind == "negation_pair" and not re.fullmatch(r"[^…]+…[^…]+", word):
            raise WordingError(f"{where}: a negation_pair word is its two halves joined by one '…' ('除…外')")
        if (kind, word) in seen:
            raise WordingError(f"{where}: duplicate: {word!r} is listed twice for kind {kind}")
        if (kind, order) in orders:
            raise WordingError(f"{where}: duplicate: word_order {order} is used twice for kind {kind}")
        if (kind == "topic") != bool(topic):
            needs = "a topic word needs its topic" if kind == "topic" else "only a topic word takes a topic"
            raise WordingError(f"{where}: {needs}")
        if topic and not _TOPIC_NAME.fullmatch(topic):
            raise WordingError(f"{where}: topic {topic!r} is not snake_case")
        seen.add((kind, word))
        orders.add((kind, order))
        by_kind[kind].append((order, word, topic))
    for kind, words in by_kind.items():
        if not words:
            raise WordingError(f"metric_wording_words.csv: no word of kind {kind}")
    return {kind: tuple((word, topic) for _, word, topic in sorted(words)) for kind, words in by_kind.items()}


#: kind -> (word, topic) pairs in word_order, from seeds/reference/metric_wording_words.csv
WORDS = load_words(metric_wording_words())
# Topics: what a sentence is about, so that a bare '年初预算数' / '总额' knows its subject.
#: (topic, the word that names it) in word_order; the first found wins.
TOPICS = tuple((topic, word) for word, topic in WORDS["topic"])


def topic_words(topic: str) -> tuple[str, ...]:
    """The words that name ``topic`` ('expenditure' -> ('支出',)), in word_order; () for a topic
    metric_wording_words.csv does not list."""
    return tuple(word for name, word in TOPICS if name == topic)


def words_of(kind: str) -> tuple[str, ...]:
    """The words of ``kind`` (one of ``WORD_KINDS``) in word_order. Raises KeyError for another kind."""
    return tuple(word for word, _ in WORDS[kind])


def words_pattern(words: Iterable[str]) -> str:
    """Words -> a regular expression matching any of them, tried in the order given (each word
    escaped: a word is text, never a pattern)."""
    return "|".join(re.escape(word) for word in words)


@lru_cache(maxsize=4096)  # (the rules ask again for the same label's topic)
def topic_of(text: str) -> str:
    """The topic of a narrative heading or sentence (the first of ``TOPICS`` whose word it holds), ''
    when none.
    """
    text = _NOT_TOPIC.sub("\0", text)
    for topic, word in TOPICS:
        if word in text:
            return topic
    return ""


#: the words of a budget or account a year printed without its 年 may come right before ('预算安排',
#: '决算数', '部门预算', '收入预算', '收支总预算')
BARE_YEAR_BEFORE = r"(?:部门|单位|(?:收入|支出|收支)总?)?(?:预算|决算)"
#: a year printed without its 年 right before the words of a budget or account ('2026预算安排',
#: '2025决算数', '2026收入预算'): the year all the same
BARE_YEAR = r"(?<!\d)(?:19|20)\d{2}(?=\s*" + BARE_YEAR_BEFORE + ")"
# '2017年初预算收入' (年初 sharing the year's 年): the year goes, 年初 stays ('年初预算收入')
_YEAR = re.compile(r"\d{4}\s*(?=年初)|\d{4}\s*年度?|" + BARE_YEAR)
_REMARK = re.compile(r"[（(]以[^（()）]{1,12}为准[)）]")  # '政府采购金额（以合同签订为准）'
# a bracket inside a label saying what the figure includes ('财政拨款收入（含政府性基金拨款）',
# '财政拨款（含政府性基金拨款）收支总计', '公务接待费（含外宾接待费）'; one bracket may be nested in it): the
# words before and after it name the metric, never what it includes (不含… leaves something out: kept)
# (also a bracket listing the funds the figure is made of: '财政拨款收入（一般公共预算和政府性基金预算拨款）')
_FUND_IN_REMARK = r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:收入)?"
_INCLUDED_REMARK = re.compile(
    r"[（(](?:含|包含|包括)[^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）]"
    rf"|[（(]{_FUND_IN_REMARK}(?:(?:和|及|与|、){_FUND_IN_REMARK})+[)）]"
)
# the day a count or a balance is stated at, opening the label ('截至2014年底本单位公务用车辆共' once the
# year is gone: '截至底…'; '截止12月31日…'): the date, not what is counted (as when it is a clause of its own)
# (also a day or a year's end printed without 截至 right before the unit naming itself: '2024年12月31日
# 本单位资产总额' -> '12月31日本单位…', '2024年末本单位共有车辆' -> '末本单位…'; never '年末结转'), or
# right before the assets held ('2024年末资产总额', '2024年12月31日固定资产'; never an income from them:
# '年末资产处置收入')
_AS_OF = re.compile(
    r"^(?:截至|截止)到?(?:\d{1,2}月(?:\d{1,2}日)?|年?底|年?末)?[，,]?"
    r"|^(?:\d{1,2}月\d{1,2}日|年?底|年?末)[，,]?(?=本|我|单位|部门|全(?!年)|[^，,。；;]*资产(?![^，,。；;]*收入))"
)

# the known 类 codes as a regular expression's alternatives: a function code's first three digits
_CATEGORY_CODES = "|".join(sorted(set(category_codes().values())))
#: a whole function code in brackets ('（2150105）', '[21208]'): no numbering, never left out of a label
CODE_IN_BRACKETS = r"[（(【\[]\s*(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2}\s*[)）】\]]"
#: a list's bullet before an item ('· 201一般公共服务支出…', '—— 205教育支出…', '● 人员经费…'): a dot, a
#: square, a diamond, an arrow or a run of dashes, with something after it (a dash alone is no bullet)
BULLET = r"(?:[·•‧∙●○◦■□▪▫◆◇►▶▸➢➤★☆※]|[-－—–―]+)(?=.)"
# numbering such as '（一）' or '1.', a list's bullet, a stop or closing parenthesis left before the label; then the
# leading connectives and trailing copulas of the words table; then an opening parenthesis: a label
# opening one is read without it ('（离休2人', '（人员支出X万元' are the 离休, the 人员支出), after
# the words that hold one ('（部门）', tried first); a function code in brackets opening the label
# ('（2150105）专项业务活动') is the item's code, kept
_LEAD = re.compile(
    r"^(?:(?!"
    + CODE_IN_BRACKETS
    + r")(?:[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．](?!\d)|\d{1,2}(?=[“\"][、.．])|[。)）]|"
    + BULLET
    + "|"
    + words_pattern(words_of("lead"))
    + r"|[（(]))+"
)
# a heading run into the sentence after it ('支出决算情况说明2020年本年支出合计'): not the label
# (or a summary heading: '三、部门收支概况（一）2017年初预算收入X')
_HEADING = re.compile(r"^.*(?:情况说明|情况的说明|收支概况)(?=.)")
# a numbered heading about the income or the spending as a whole, its 总表 or its 总体安排, run into
# the sentence after it ('二、2026年收入预算总表的说明 本单位2026年收入预算X', '（一）收入预算总体安排情况
# 某某会2026年收入预算X'); a heading naming a part or a fund ('项目支出预算总表的说明', '财政拨款收入预算总体
# 安排情况') is no such heading: the label keeps it
_WHOLE_HEADING = re.compile(
    r"^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?(?:\d{4}年度?)?"
    r"(?:部门|单位)?(?:收入|支出|收支)(?:预算|决算)?(?:总表的?说明|总体安排情况)(?=.)"
)
# (read by figures: a heading before the unit's own name)
HEADING_RUN_IN = re.compile(f"{_HEADING.pattern}|{_WHOLE_HEADING.pattern}")
# a numbered heading about the income or the spending as a whole run into the sentence after it, a
# year opening that sentence ('2.收入情况2020年度收入合计X'): the sentence names what it states (a
# heading naming a part, '（三）项目支出情况2026年安排X', stays the label: it names the subject)
_NUMBERED_RUN_IN = re.compile(
    r"^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
    r"(?:收入|支出|收支)(?:预算|决算)?(?:总体)?(?:情况|概况)(?=\d{4}年)"
)
# the unit naming itself by 我 alone right before a year ('我2019年没有政府性基金预算拨款收入', as 我单位)
_SELF_BEFORE_YEAR = re.compile(r"^我(?=\d{4}年)")
# a bracket right after the subject (or opening the label, the unit's own name gone before it) leaving
# organisations out of it: the scope of the unit the figure is of, never words of the figure ('本部门
# （不含所监管企业）资产总额X'; a bracket after the figure's words, '财政拨款收入（不含政府性基金）', narrows the
# figure: not this)
_SUBJECT_SCOPE = re.compile(
    r"^(?P<subject>本部门|本单位|本系统|本级|部门|单位)?[（(](?:不含|不包括|不包含|未含)[^（）()，,。；;]{1,20}?"
    r"(?:企业|公司|单位|机构)[)）]"
)
_TRAIL = re.compile("(?:" + words_pattern(words_of("trail")) + ")+$")
# a label that is one quoted name ('1.“一般公共服务”30万元'; '11“.灾害防治及应急管理支出”': the opening
# quote printed before the numbering's point): the name
_QUOTED_NAME = re.compile(r"^[“\"][、.．]?(?P<name>[^“”\"]+)[”\"]$")
# A label made only of filler words names the topic's total ('年初预算数', '收入预算为', '总额').
_FILLER = re.compile(words_pattern(words_of("filler")))
_PART = re.compile(words_pattern(words_of("part")))
_NOT_PART = re.compile(words_pattern(words_of("not_part")))
# words holding a topic word that name no topic ('绩效工资', an economic item, holds 绩效): masked first
_NOT_TOPIC = re.compile(words_pattern(words_of("not_topic")))


_APPROXIMATE = re.compile(
    "(?:" + words_pattern(words_of("approximate")) + ")(?:" + words_pattern(words_of("trail")) + ")*$"
)
# 约 as the end of a word, never 'about': 节约 (saved), 制约, 签约, 合约, 预约, 集约, 简约, 条约, 契约, 违约, 履约
_NOT_APPROXIMATE = re.compile(r"[节制签合预集简条契违履]约")
_APPROXIMATE_AFTER = re.compile("^(?:" + words_pattern(words_of("approximate_after")) + ")")


def approximate_word(before: str, after: str) -> str:
    """The word that makes an amount approximate or a bound, '' when none: ``before`` is the text
    before the amount (its label, without spaces; '收入预算约为' -> '约为'), ``after`` the text
    right after it ('左右，…' -> '左右'); the words are seeds/reference/metric_wording_words.csv,
    kinds 'approximate' and 'approximate_after'. Such an amount is not the figure."""
    found = _APPROXIMATE.search(before)
    if found and found.group().startswith("约") and _NOT_APPROXIMATE.match(before, max(found.start() - 1, 0)):
        found = None  # '比上年节约1万元': 约 inside a word (节约, 制约, 签约…), not 'about'
    found = found or _APPROXIMATE_AFTER.match(after)
    return found.group() if found else ""


_NEGATION = re.compile(words_pattern(words_of("negation")))
_NEGATION_AFTER = re.compile(words_pattern(words_of("negation_after")))
_NEGATION_PAIR = re.compile(
    "|".join(
        f"{re.escape(opens)}(?P<pair{index}>[^的，,；;。：:、（()）]+?){re.escape(closes)}"
        for index, (opens, _, closes) in enumerate(word.partition("…") for word in words_of("negation_pair"))
    )
)
_NOT_NEGATION = re.compile(words_pattern(words_of("not_negation")))
# where the words a negation word negates end (at their own bracket level): 的, a stop or a bracket
# closing the one they are in
_NEGATED_END = frozenset("的，,；;。：:、")
_OPENING, _CLOSING = "（(", "）)"


def _negated_end(text: str, begin: int) -> int:
    """Where the words a negation word negates end, from ``begin`` on: at 的, a stop or a closing
    bracket of their level (a bracket inside them is read through: '因公出国（境）费'), else the end."""
    depth = 0
    for at in range(begin, len(text)):
        char = text[at]
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            if not depth:
                return at
            depth -= 1
        elif not depth and char in _NEGATED_END:
            return at
    return len(text)


def _negated_begin(text: str, end: int) -> int:
    """Where the words a negation word after them negates begin, back from ``end``: after 的, a
    stop or an opening bracket of their level, else the text's start (``_negated_end`` backwards)."""
    depth = 0
    for at in range(end - 1, -1, -1):
        char = text[at]
        if char in _CLOSING:
            depth += 1
        elif char in _OPENING:
            if not depth:
                return at + 1
            depth -= 1
        elif not depth and char in _NEGATED_END:
            return at + 1
    return 0


@lru_cache(maxsize=4096)
def negated_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) spans of ``text`` (a label's core, without spaces) that a negation
    negates, each with its negation words, in order and merged where they overlap: a word of kind
    'negation' and the words after it up to 的, a stop or the end of the bracket it is in ('未纳入
    财政专户管理的收入' -> '未纳入财政专户管理'; a negation opening a bracket takes the bracket:
    '财政拨款收入（不含政府性基金）' -> '（不含政府性基金）'); the words before a word of kind
    'negation_after' back to the same bounds ('财政专户以外的收入' -> '财政专户以外'); a word of kind
    'negation_pair' with the words between its halves ('除财政专户外的收入' -> '除财政专户外'). A
    word of kind 'not_negation' ('非税') negates nothing; a negation word with no words to negate
    gives no span. The words are seeds/reference/metric_wording_words.csv. () when none."""
    masked = _NOT_NEGATION.sub(lambda found: "\0" * len(found.group()), text)
    spans = []
    for found in _NEGATION.finditer(masked):
        start, end = found.start(), _negated_end(text, found.end())
        if end == found.end():
            continue
        if start and text[start - 1] in _OPENING and end < len(text) and text[end] in _CLOSING:
            start, end = start - 1, end + 1  # '（不含政府性基金）': the bracket is the negation's
        spans.append((start, end))
    for found in _NEGATION_AFTER.finditer(masked):
        start = _negated_begin(text, found.start())
        if start < found.start():
            spans.append((start, found.end()))
    spans += [found.span() for found in _NEGATION_PAIR.finditer(masked)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def negated_words(text: str) -> str:
    """The words of ``text`` (a label, printed or its core) a negation negates, with their
    negation words, joined by '、' ('未纳入财政专户管理的收入' -> '未纳入财政专户管理'); '' when none
    (``negated_spans``)."""
    text = compact(text)
    return "、".join(text[start:end] for start, end in negated_spans(text))


def without_negated(text: str) -> str:
    """``text`` (a label's core) without the words a negation negates (``negated_spans``), and
    without a bracket left empty by it: '财政拨款收入（不含政府性基金）' -> '财政拨款收入'."""
    spans = negated_spans(text)
    if not spans:
        return text
    kept, begin = [], 0
    for start, end in spans:
        kept.append(text[begin:start])
        begin = end
    return re.sub(r"[（(][)）]", "", "".join(kept) + text[begin:])


_FORMER = re.compile(words_pattern(words_of("former")))
_NOT_FORMER = re.compile(words_pattern(words_of("not_former")))


def former_word(label: str) -> str:
    """The word of ``label`` (printed, spaces allowed) saying its figure is of a former state
    ('原有行政编制' -> '原有', '调整前事业编制' -> '调整前'), '' when none: such a figure is never
    the year's. The words are seeds/reference/metric_wording_words.csv, kinds 'former' and
    'not_former' (words holding a former word that name no former state, '草原', '原有基础':
    masked first); '原因', '原材料', '原值' hold no former word."""
    text = _NOT_FORMER.sub(lambda found: "\0" * len(found.group()), compact(label))
    found = _FORMER.search(text)
    return found.group() if found else ""


def part_splits(text: str) -> list[tuple[str, str]]:
    """The ways a label's core (``text``) reads as '<whole> <part word> <part>' ('机关运行经费中办公费'
    -> [('机关运行经费', '办公费')]), from the leftmost part word (seeds/reference/
    metric_wording_words.csv, kind 'part'; the words of kind 'not_part', '中心', '集中', are no
    marker); only splits with words on both sides. Which split names a metric the caller decides."""
    masked = _NOT_PART.sub(lambda found: "\0" * len(found.group()), text)
    return [
        (text[: found.start()], text[found.end() :])
        for found in _PART.finditer(masked)
        if found.start() > 0 and found.end() < len(text)
    ]


def hidden_part_splits(text: str) -> list[tuple[str, str]]:
    """The splits of a label's core at a part word that opens a word of kind 'not_part'
    ('基本支出中医疗业务支出' -> [('基本支出', '医疗业务支出')]: '中医' hides the 中 after 基本支出;
    '某服务中心支出' -> [('某服务', '心支出')]), which ``part_splits`` leaves out: a split to try
    only when the words before it name a metric (then what follows is a part of it in either
    reading: '基本支出' + '中医疗…' or '基本支出中' + '医疗…'). Only splits with words on both sides."""
    return [
        (text[: found.start()], text[found.end() :])
        for hiding in _NOT_PART.finditer(text)
        if (found := _PART.match(text, hiding.start())) and found.start() > 0 and found.end() < len(text)
    ]


# '其它' (a variant spelling of 其他: '其它收入', '其它资本性支出'): read as 其他 (the same length)
_OTHER_VARIANT = re.compile("其它")


@lru_cache(maxsize=4096)
def core(label: str) -> str:
    """The label without spaces, years, leading connectives and trailing copulas, and without a
    bracket saying what the figure includes ('财政拨款收入（含政府性基金拨款）' -> '财政拨款收入');
    '其它' is read as 其他 ('其它收入' -> '其他收入')."""
    text = _OTHER_VARIANT.sub("其他", compact(label))
    text = _NUMBERED_RUN_IN.sub("", text)
    text = _WHOLE_HEADING.sub("", text)
    text = _SELF_BEFORE_YEAR.sub("", text)
    text = _YEAR.sub("", text)
    text = _REMARK.sub("", text)
    text = _INCLUDED_REMARK.sub("", text)
    text = _HEADING.sub("", text)
    text = _SUBJECT_SCOPE.sub(r"\g<subject>", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text)
        text = _AS_OF.sub("", text)
        text = _TRAIL.sub("", text)
        text = _QUOTED_NAME.sub(r"\g<name>", text)
    return text


# '（204类）', '（06款）', '（01项）', or an empty '（类）' after the category's name
_LEVEL_MARK = re.compile(r"[（(]\s*(?P<digits>\d{2,3})?\s*(?P<level>类|款|项)\s*[)）]")
# a whole function code in brackets after its level's name, no level word ('农林水支出（213）',
# '发展与改革事务(20104)', '【2130101】'): its length tells the level (3 digits 类, 5 款, 7 项); only
# a code whose first three digits are a known 类 (an economic code, '（301）', is none)
_BRACKETED_CODE = re.compile(r"[（(【\[]\s*(?P<code>(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2})\s*[)）】\]]")
# a level mark or a bracketed code: where a level's name ends
_CODE_MARK = re.compile(f"{_LEVEL_MARK.pattern}|{_BRACKETED_CODE.pattern}")
LEVEL_MARK = _CODE_MARK  # (read by figures: where an item's name ends)
# a whole function code run in right after a level's mark, no brackets ('…城管执法（项）2120104：'):
# the last level's code, as if bracketed (only a code whose first three digits are a known 类)
_RUN_IN_CODE = re.compile(r"(?<=[类款项][)）])\s*(?P<code>(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2})(?!\d)")
#: a function code printed after a level's name, bracketed or run in after its mark (read by
#: figures: where an item's code ends)
PRINTED_CODE = re.compile(
    r"[（(【\[]\s*(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2}\s*[)）】\]]"
    r"|(?<=[类款项][)）])\s*(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2}(?!\d)"
)


def _bracket_run_in_code(text: str) -> str:
    """``text`` (compact) with a whole code run in after its last level mark bracketed, when
    nothing but the words of ``_AFTER_MARK`` follows it ('…城管执法（项）2120104' -> '…城管执法（项）
    （2120104）'); ``text`` itself otherwise."""
    found = None
    for found in _RUN_IN_CODE.finditer(text):  # noqa: B007 - the last one counts
        pass
    if found is None or text[found.end() :] not in _AFTER_MARK:
        return text
    return f"{text[: found.start()]}（{found.group('code')}）{text[found.end() :]}"


_LEVEL_DIGITS = {"类": 3, "款": 2, "项": 2}
_LEVEL_LENGTH = {"类": 3, "款": 5, "项": 7}  # (the length of a whole code of each level)
# the words that may follow a path's last mark: its spending or its budget ('…（项）（2120104）
# 2026年预算数为': the year and 为 are gone from a label's core)
_AFTER_MARK = ("", "支出", "支出预算", "预算", "拨款", "预算数", "支出预算数", "预算安排", "安排")
_QUOTES = re.compile(r"[“”\"‘’'「」『』]")
# a word naming the code at the start of a bracket holding a whole function code ('（科目编码：2120101）',
# '（代码2120101）'; '项目代码' only right after a level's mark: '…（项）（项目代码：2120101）'): left out
_CODE_WORD_IN_BRACKETS = re.compile(
    r"([（(【\[])\s*(?:(?:功能(?:分类)?)?科目(?:编码|代码|编号)?|编码|代码|(?<=[类款项][)）][（(])项目(?:编码|代码))"
    r"\s*[:：]?\s*(?=\d)"
)


# a whole code printed level by level inside one bracket after the item's name, each level's digits
# before its mark ('行政运行（220类01款01项）', '普通教育（205类02款）'): the code's digits joined
_MARKED_DIGITS_IN_BRACKETS = re.compile(r"([（(【\[])(" + _CATEGORY_CODES + r")类(\d{2})款(?:(\d{2})项)?(?=[)）】\]])")


# a whole 款 or 项 code in brackets with its level's word after it ('城乡社区管理事务（21201款）',
# '公益性设施投资支出（2230105项）'): the word names the level the code's length tells
_WHOLE_CODE_WITH_LEVEL = re.compile(r"([（(【\[])((?:" + _CATEGORY_CODES + r")\d{2}(?:\d{2})?)(款|项)(?=[)）】\]])")


def _whole_code(found: re.Match[str]) -> str:
    code = found.group(2)
    return found.group(1) + code if len(code) == _LEVEL_LENGTH[found.group(3)] else found.group(0)


def plain_code_text(text: str) -> str:
    """``text`` compact, without quotes and without a word naming the code inside a bracket holding
    a function code ('城管执法（项）（项目代码：2120104）' -> '城管执法（项）（2120104）'), a code printed
    with its levels' marks inside one bracket joined ('行政运行（220类01款01项）' -> '行政运行（2200101）'),
    and a whole 款 / 项 code's level word dropped where the code's length is that level's
    ('城乡社区管理事务（21201款）' -> '城乡社区管理事务（21201）')."""
    text = _CODE_WORD_IN_BRACKETS.sub(r"\1", _QUOTES.sub("", compact(text)))
    text = _WHOLE_CODE_WITH_LEVEL.sub(_whole_code, text)
    return _MARKED_DIGITS_IN_BRACKETS.sub(lambda found: found.group(1) + "".join(found.groups("")[1:]), text)


_FULL_WIDTH_PARENS = str.maketrans({"(": "（", ")": "）"})
# (a list's number: '1.', '（3）', or its bullet: '·', '——'; never a bracketed function code, '（2150105）')
_NUMBERING = re.compile(r"^(?:\d{1,2}\s*[、.．]|[（(]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）]|" + BULLET + ")+")


# the words that may stand before an item's path in running text, saying what a figure is or is made
# of ('…X万元，为其他支出（类）…', '…X万元，主要为2070205博物馆Y万元', '用于…'): no level's name; a path is
# read without them only when it is not read with them ('用于社会福利的彩票公益金支出（项）（2296002）':
# 用于 opens the 项's own name, the path is read as printed)
_PATH_LEAD = re.compile(r"^(?:主要(?:为|是|系|用于)|为|是|系|用于)")
# such words right before a function code printed before the names of its levels ('主要为2070205博物馆',
# '为[2120804]…'): never a name's (a name opens with no digit)
_CODE_LEAD = re.compile(_PATH_LEAD.pattern + r"(?=[（(【\[]?\d)")


def without_numbering(text: str) -> str:
    """``text`` compact, without the list numbers and bullets it opens with ('（2）· 行政运行' ->
    '行政运行'). Pure; raises nothing."""
    return _NUMBERING.sub("", compact(text))


def without_path_lead(text: str) -> str:
    """``text`` (a label, compact or not) without its list number and the words standing before an
    item's path ('为其他支出（类）…' -> '其他支出（类）…', '1.主要是2120899…' -> '2120899…'; 为 / 是 / 系 /
    用于, after 主要 too: ``_PATH_LEAD``), '' when it opens with none of them. Pure; raises nothing."""
    bare = _NUMBERING.sub("", plain_code_text(text))
    lead = _PATH_LEAD.match(bare)
    return bare[lead.end() :] if lead and lead.end() < len(bare) else ""


@lru_cache(maxsize=4096)
def marked_function_code(text: str, category: str = "") -> str:
    """The function code a label prints with 类/款/项 marks, '' when it cannot be told.

    '公共安全支出（204类）司法（06款）行政运行（01项）' -> '2040601'; '一般公共服务支出（类）' -> '201'
    (an empty 类 mark: the code of the category name before it); '公共安全支出（类）司法（款）
    行政运行（项）' -> '2040601' (empty 款/项 marks: the official name under the code before it,
    seeds/reference/function_codes.csv; '' when the reference has no such name there); the marks
    must come in order 类, 款, 项, and only the words of ``_AFTER_MARK`` (支出, 预算, 预算数 …) may
    follow the last mark. A label printing a whole code in brackets ('农林水支出（213）') or run in
    after its last mark ('…城管执法（项）2120104') is read by ``bracketed_function_code``, one
    printing its code in brackets before its names ('[2150105]专项业务活动') by ``code_first_code``
    (``category``, the 类 code named before the label, '' when none is told, is for them, and for
    a path printed from its 款 with the levels' digits: '教育管理事务（01款）行政运行（01项）' with
    '205' -> '2050101'). A word
    naming the code inside its bracket ('（项目代码：2120104）') is left out (``plain_code_text``).
    A label not read as printed is read without the words before its path ('为其他支出（类）…（项）
    （2296002）', ``without_path_lead``); never the other way round, so a level's name opening with
    such a word ('用于社会福利的彩票公益金支出（项）') keeps it.
    """
    code = _marked_function_code(text, category)
    if not code and (rest := without_path_lead(text)):
        code = _marked_function_code(rest, category)
    return code


def _marked_function_code(text: str, category: str) -> str:
    """``marked_function_code`` of ``text`` as printed."""
    text = _bracket_run_in_code(plain_code_text(text))
    if (first := _code_first(text)) is not None and first[1]:
        return code_first_code(text, category)  # ('[2150105]专项业务活动': the code before its names)
    if _BRACKETED_CODE.search(text):
        return bracketed_function_code(text, category)
    code, begin, levels = "", 0, []
    first_mark = _LEVEL_MARK.search(text)
    if category and first_mark and first_mark.group("level") == "款" and first_mark.group("digits"):
        # '教育管理事务（01款）行政运行（01项）' under '（一）教育支出（205类）…其中：': a path printed from
        # its 款 with the levels' digits, the 类 told before it
        code, levels = category, ["类"]
    for mark in _LEVEL_MARK.finditer(text):
        level, digits = mark.group("level"), mark.group("digits") or ""
        name = _NUMBERING.sub("", text[begin : mark.start()])
        levels.append(level)
        if level == "类":
            named = category_code(name)
            if digits and named and named != digits:
                return ""  # the name and the printed code disagree: neither is trusted
            digits = digits or named
        elif not digits and len(code) == (3 if level == "款" else 5):
            # '司法（款）' without its digits: the official name under the code so far
            digits = child_code(code, name)[len(code) :]
        if len(digits) != _LEVEL_DIGITS[level] or not name:
            return ""
        code += digits
        begin = mark.end()
    if levels not in (["类"], ["类", "款"], ["类", "款", "项"]) or text[begin:] not in _AFTER_MARK:
        return ""  # ('公共安全（类）支出': the word 支出 may follow the last mark)
    return code


# the dashes joining the names of a path's levels ('2010301一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行')
_PATH_DASH = re.compile(r"\s*[-－—–]+\s*")


# a name, then its function code and a level word run in after it, no brackets ('高中教育2050204款',
# '普通教育20502项'): the level word may be wrong, the code's length tells the level
_CODE_AFTER_NAME = re.compile(r"^(?P<name>[^\d]*[\u4e00-\u9fff）])(?P<code>\d{3}|\d{5}|\d{7})(?:类|款|项)$")


# a clause mark inside a level's name: words of a sentence, no name ('一般公共服务支出中，人大事务')
_CLAUSE_MARK = re.compile(r"[，,；;。：:！？!?]")


def other_code_named(name: str, code: str) -> str:
    """The codes of the reference other than the 款/项 code ``code`` that ``name`` (as printed with
    it) names, joined by '、': a 类 (by its name or alias), or a 款 / 项 (its official name or an
    alias, a trailing 支出 aside: a sibling, its own 款, a code of another 款 or 类), leaving out the
    codes at ``code``'s own place under another parent (the same level and last two digits: the
    names a place repeats from 款 to 款, 2010301 and 2040601 行政运行, are one name there); '' when
    ``name`` names none of them, or is a name of ``code`` itself. A code and a name that names
    another code disagree (a source slip): neither is trusted."""
    key = function_name_key(name)
    variants = {key, key.removesuffix("支出")}
    if variants & function_code_names(code):
        return ""
    if category := category_code(name):
        return category
    found = set().union(*(codes_named(variant) for variant in variants if variant))
    found = {
        other
        for other in found
        if other != code and not (len(other) == len(code) and other[-2:] == code[-2:] and other[:-2] != code[:-2])
    }
    return "、".join(sorted(found))


def _name_fits_code(name: str, code: str) -> bool:
    """Whether ``name`` (compact) may be the name of the function code
    ``code`` printed with it: a 类 code needs its category's name (or alias); a 款/项 code needs a
    known category as its first three digits and a name that holds no clause mark ('，', '：' …:
    the words of a sentence, no name). Of a code the reference lists, its official name (or an
    alias; a trailing 支出 aside) fits; so does another name that names no other code
    (``other_code_named``): the names of the classification change from year to year ('[2010305]
    专项业务活动', the older name of 专项业务及机关事务管理), the printed whole code decides. Of a code it
    does not list, a name that is neither a category's nor another code's under the same parent
    (``child_code``) fits."""
    named_category = category_code(name)
    if len(code) == 3:
        return named_category == code
    if named_category or code[:3] not in set(category_codes().values()):
        return False
    names = function_code_names(code)
    key = function_name_key(name)
    if {key, key.removesuffix("支出")} & names:
        return True
    if _CLAUSE_MARK.search(name):
        return False
    if names:
        return not other_code_named(name, code)
    return not (child_code(code[:-2], name) or child_code(code[:-2], name.removesuffix("支出")))


@lru_cache(maxsize=4096)
def bracketed_function_code(text: str, category: str = "") -> str:
    """The function code of a label that prints a level's whole code in brackets after its name,
    '' when it cannot be told: '农林水支出（213）' -> '213', '一般公共服务支出（201）发展与改革事务
    （20104）' -> '20104', '教育支出（类）高中教育（项）（2050204）' -> '2050204', '卫生健康支出（类）
    行政事业单位医疗（款）（21011）' -> '21011', '城乡社区支出（类）城乡社区管理事务（款）城管执法（项）
    （2120104）' -> '2120104' (brackets '（）', '()', '【】' or '[]').

    Each name is followed by its marks: a bracketed code (its length tells the level: 3 digits
    类, 5 款, 7 项; the name must fit it, ``_name_fits_code``), an empty 类/款/项 word or both
    (the word must name the code's level: '（项）（21201）' gives ''). A level with an empty word
    before a level printing its code takes that code's prefix of its length when its name fits
    it (``_name_fits_code``: a 款 the reference does not list may be named so; a category's name,
    another listed code's name under the same parent or a 类 name of another code still give
    ''); without a code after it, it is read as ``marked_function_code`` reads it (the
    reference's name under the code before it). Each level's code extends the one before it; a
    level word with digits ('（06款）') beside a bracketed code, a mark without a name, or words
    after the last mark other than those of ``_AFTER_MARK`` (支出, 预算, 预算数, 安排 …) give ''.
    A name and a code that disagree give '' (``mismatched_printed_code`` tells it).

    ``category``: the 类 code named before the label (in its sentence or a heading above it), ''
    when none is told: a path that names no 类 of its own ('人大事务（款）人大会议（项）[2010104]')
    must print a code under it, else ''. A label not read as printed is read without the words
    before its path ('为教育支出（类）…', ``without_path_lead``)."""
    code = _bracketed_function_code(text, category)
    if not code and (rest := without_path_lead(text)):
        code = _bracketed_function_code(rest, category)
    return code


def _bracketed_function_code(text: str, category: str) -> str:
    """``bracketed_function_code`` of ``text`` as printed."""
    text = _bracket_run_in_code(plain_code_text(text)).translate(_FULL_WIDTH_PARENS)
    segments: list[tuple[str, list[re.Match[str]]]] = []
    begin = 0
    for mark in _CODE_MARK.finditer(text):
        name = text[begin : mark.start()]
        name = _NUMBERING.sub("", name) if not segments else name.strip("-－—–")
        if name:
            segments.append((name, []))
        elif not segments:
            return ""
        segments[-1][1].append(mark)
        begin = mark.end()
    if not segments or text[begin:] not in _AFTER_MARK:
        return ""
    if (
        len(segments) == 1
        and _PATH_DASH.search(segments[0][0])
        and not any(mark.group("level") for mark in segments[0][1])
    ):
        # '教育支出—普通教育—高等教育（2050205）': the names of its levels joined by dashes, then the code
        printed = [mark.group("code") for mark in segments[0][1]]
        return _named_path_code(printed[0], _PATH_DASH.split(segments[0][0]), category) if len(printed) == 1 else ""
    printed_codes = []
    for _, marks in segments:
        printed = [mark.group("code") for mark in marks if mark.group("code")]
        words = [mark.group("level") for mark in marks if mark.group("level")]
        if len(printed) > 1 or len(words) > 1 or any(mark.group("digits") for mark in marks):
            return ""
        if printed and words and len(printed[0]) != _LEVEL_LENGTH[words[0]]:
            return ""  # ('城管执法（项）（21201）': the word names another level than the code)
        printed_codes.append(printed[0] if printed else "")
    code = first = ""
    for index, (name, marks) in enumerate(segments):
        level = next((mark.group("level") for mark in marks if mark.group("level")), "")
        later = next((printed for printed in printed_codes[index + 1 :] if printed), "")
        found = printed_codes[index]
        if not found and later:
            # '城乡社区管理事务（款）' before '城管执法（项）（2120104）': the printed code's prefix of
            # the level, when the name fits it (the reference need not list it)
            found = later[: _LEVEL_LENGTH[level]] if len(later) > _LEVEL_LENGTH[level] else ""
        elif not found and level == "类":
            found = "" if code else category_code(name)
        elif not found:
            found = child_code(code, name) if len(code) == (3 if level == "款" else 5) else ""
        if not found or not found.startswith(code) or len(found) <= len(code):
            return ""
        if (printed_codes[index] or later) and not _name_fits_code(name, found):
            return ""
        code, first = found, first or found
    if category and len(first) > 3 and not code.startswith(category):
        return ""  # ('教育支出中，人大事务（款）…（2010104）': the 类 named before it is another)
    return code


# where a 类 named in running text ends: its empty 类 mark or its bracketed 3-digit code
_CATEGORY_MARK = re.compile(r"[（(]\s*(?:类|\d{3})\s*[)）]")
# what may follow a 类 named right before the words after it: 中 ('一般公共服务支出中，'), a clause mark
_CATEGORY_TAIL = re.compile(r"(?:(?:之|当)?中)?[，,：:；;、\s]*$")
_LONGEST_CATEGORY = 20  # (characters: no 类 name or alias is longer)


def _category_ending_at(text: str, end: int) -> str:
    """The code of the 类 whose name (or alias) ends at offset ``end`` of ``text``, the longest
    such name; '' when none does."""
    for begin in range(max(0, end - _LONGEST_CATEGORY), end - 1):
        if code := category_code(text[begin:end]):
            return code
    return ""


@lru_cache(maxsize=4096)
def category_named_last(text: str) -> str:
    """The 类 code of the category ``text`` names last: by its name at the end of ``text``, maybe
    followed by 中 and a clause mark ('一般公共服务支出中，' -> '201'), else by its name before the
    last empty 类 mark or bracketed 3-digit code ('（二）教育支出（类）' -> '205', '一般公共服务支出（类）
    436.28万元，其中' -> '201'); '' when none (or when the name before that last mark is no known
    category: an earlier one is not the last named). Names as ``extract.reference.category_code``
    reads them (official names, aliases, with or without 支出)."""
    text = _QUOTES.sub("", compact(text))
    tail = _CATEGORY_TAIL.search(text)  # (it matches at the end at least)
    if code := _category_ending_at(text, tail.start() if tail else len(text)):
        return code
    marks = list(_CATEGORY_MARK.finditer(text))
    return _category_ending_at(text, marks[-1].start()) if marks else ""


def mismatched_printed_code(text: str) -> str:
    """The whole function codes a label prints in brackets or before its names, joined by '、'
    ('农林水支出（208）' -> '208', '一般公共服务支出（201）财政事务（20104）' -> '201、20104',
    '2010305行政运行（项）' -> '2010305'), when no code reader can read the label (a name a code does
    not fit, levels out of order), else '': why a figure so labelled is not read."""
    bare = _bracket_run_in_code(plain_code_text(text))
    codes = [found.group("code") for found in _BRACKETED_CODE.finditer(bare)]
    if (first := _code_first(bare)) is not None and first[1] and first[0] not in codes:
        codes.insert(0, first[0])
    if not codes or bracketed_function_code(text) or coded_path_code(text):
        return ""
    return "、".join(codes)


def code_name_conflict(text: str) -> str:
    """How a label's printed whole code and the name printed with it disagree, when the name is
    another code's of the reference (``other_code_named``): '2010305 printed with 行政运行, the name
    of 2010301' for '[2010305]行政运行' or '2010305行政运行（项）'; '' when every printed code's name
    fits it or names no other code. The code printed before its names is weighed with its last
    name, a code in brackets after a name with that name (the name before its level's mark when
    the bracket follows the mark: '城管执法（项）（2120104）'). Pure; raises nothing."""
    bare = _bracket_run_in_code(plain_code_text(text)).translate(_FULL_WIDTH_PARENS)
    pairs: list[tuple[str, str]] = []
    if (first := _code_first(bare)) is not None and first[1]:
        last = first[1][-1]
        mark = _LEVEL_MARK.search(last)
        pairs.append((first[0], last[: mark.start()] if mark and mark.end() == len(last) else last))
    begin, name = 0, ""
    for mark in _CODE_MARK.finditer(bare):
        name = _NUMBERING.sub("", bare[begin : mark.start()]).strip("-－—–") or name
        begin = mark.end()
        if mark.group("code"):
            pairs.append((mark.group("code"), name))
    for code, name in pairs:
        if len(code) == 3:
            named = category_code(name)
            other = named if named and named != code else ""
        else:
            other = other_code_named(name, code) if name else ""
        if other:
            return f"{code} printed with {name}, the name of {other}"
    return ""


def _code_after_name(text: str) -> str:
    """The code of a label printing a name, then its function code and a level word ('高中教育2050204款'
    -> '2050204': a 项 whatever the word says, the code's length (3 类, 5 款, 7 项) tells the
    level); '' otherwise. The name is checked where the reference holds one: a 类 code needs its
    category's name (or alias); a 款/项 code the reference lists needs its official name (or an
    alias; a trailing 支出 aside); one it does not list needs a known category as its first three
    digits and a name that is neither a category's nor another code's under the same parent
    (``child_code``): a name and a code that disagree give ''."""
    found = _CODE_AFTER_NAME.match(text)
    if not found:
        return ""
    name, code = found.group("name"), found.group("code")
    return code if _name_fits_code(name, code) else ""


# a word naming the function code printed right after it ('科目编码2060301（…）', '功能科目：2150105…')
_CODE_WORD = re.compile(r"^(?:(?:功能(?:分类)?)?科目(?:编码|代码|编号)?|编码|代码)[:：]?")
# a function code printed before the names of its levels (only a code whose first three digits are
# a known 类): in brackets ('[2150105]专项业务活动', '【2150105】…', '（2150105）…'), by level-digit
# marks ('215类01款05项专项业务活动') or bare ('2150105专项业务活动'); the names after it, maybe in
# brackets ('2150105（专项业务活动）') and joined by dashes ('2060301（应用研究—机构运行）'); a 项 code
# may carry a local sub-item's two digits in brackets after it ('2080501（02）行政单位离退休': the 项's
# code is read)
_CODE_FIRST = re.compile(
    r"^(?:[（【\[](?P<bracketed>(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2})[）】\]]"
    r"|(?P<category>" + _CATEGORY_CODES + r")类(?:(?P<kuan>\d{2})款(?:(?P<item>\d{2})项)?)?"
    r"|(?P<bare>(?:" + _CATEGORY_CODES + r")(?:\d{2}){0,2})(?![\d类])"
    r")(?P<sub>（\d{2}）)?[-－—–]*(?P<names>[^\d]*)$"
)
# what a bare number before words counts or measures ('21501户', '2150105人次', '2150105号', '20105平方米'):
# a count, an amount or a document's number, no function code ('20101人大事务': 人大, the 人民代表大会, is a name)
_COUNTED = re.compile(
    r"^(?:个|户|人(?!大)|名|家|台|辆|次|件|项|套|所|座|只|份|批|元|万|亿|千|百|张|间|处|条|册|本|篇|场|天|年|月|日|号|"
    r"余|多|平方|公里|公顷|米|吨|亩|[%％.．、，,；;：:）)])"
)
# words a level's name may be followed by: its spending or its budget (as ``_AFTER_MARK``)
_NAME_TAIL = re.compile(r"(?:支出预算数|支出预算|预算数|预算安排|预算|安排|拨款)$")
_WRAPPED = {"（": "）", "【": "】", "[": "]"}


def _unwrapped(name: str) -> str:
    """``name`` without the one pair of brackets around the whole of it ('（专项业务活动）' ->
    '专项业务活动', '（其他政府办公厅（室）及相关机构事务支出）' -> the name inside), else ``name``."""
    closing = _WRAPPED.get(name[:1])
    if not closing or not name.endswith(closing):
        return name
    depth = 0
    for at, char in enumerate(name):
        depth += 1 if char == name[0] else -1 if char == closing else 0
        if depth == 0 and at < len(name) - 1:
            return name  # ('（一）…（二）': the first bracket closes before the end)
    return name[1:-1]


def _code_first(text: str) -> tuple[str, list[str]] | None:
    """(code, names) of a label (compact or not) that prints a function code before the names of
    its levels (``_CODE_FIRST``: bracketed, level-digit marks or bare; after a list's number, a
    clause mark, the words before a path, '主要为', ``_CODE_LEAD``, or a word naming the code,
    '科目编码'), the names from the first printed one down
    (none for a bracketed code alone: '（21208）'); None for any other shape, and for a bare number
    before what it counts or measures ('21501户', '2150105号': ``_COUNTED``) or before nothing."""
    bare = _NUMBERING.sub("", plain_code_text(text).translate(_FULL_WIDTH_PARENS))
    bare = _CODE_WORD.sub("", _CODE_LEAD.sub("", bare.lstrip("，,：:、；;")))
    found = _CODE_FIRST.match(bare)
    if not found:
        return None
    names = _unwrapped(found.group("names"))
    if found.group("bare"):
        code = found.group("bare")
        if not names or _COUNTED.match(names):
            return None
    elif found.group("category"):
        code = found.group("category") + (found.group("kuan") or "") + (found.group("item") or "")
    else:
        code = found.group("bracketed")
    if found.group("sub") and (len(code) != 7 or not names):
        return None  # ('20805（02）…': a sub-item's digits only after a whole 项 code)
    return code, (_PATH_DASH.split(names) if names else [])


def _named_so(name: str, code: str) -> bool:
    """``_name_fits_code`` for a level's name printed after its code, also without the words of
    its spending or budget after it ('高等教育预算数')."""
    if _name_fits_code(name, code):
        return True
    shorter = _NAME_TAIL.sub("", name)
    return bool(shorter) and shorter != name and _name_fits_code(shorter, code)


@lru_cache(maxsize=4096)
def code_first_code(text: str, category: str = "") -> str:
    """The function code of a label printing its code before the names of its levels, ''
    otherwise: '[2150105]专项业务活动', '（2150105）专项业务活动', '215类01款05项专项业务活动',
    '2150105（专项业务活动）', '科目编码2060301（应用研究—机构运行）', '2150105专项业务活动' ->
    '2150105'; '2080501社会保障和就业支出-行政事业单位养老支出-行政单位离退休' -> '2080501'.

    The code's first three digits must be a known 类 (seeds/reference/function_categories.csv).
    Names from its 类 down (one per level: 3 digits 1 name, 5: 2, 7: 3) need the first to be the
    code's category and no later one a category's. Fewer names are the last levels' (a 项 named
    alone, a 款 and its 项), each checked as ``_name_fits_code`` checks a name printed with its
    code: a listed code needs its official name (or an alias), an unlisted one a name that is no
    category's, no other listed code's under the same parent, and holds no clause mark ('[2150105]
    行政运行' is read: 行政运行 is a name many 款 share; '[2150105]教育支出' is not); such a path,
    naming no 类, must be under ``category`` (the 类 code named before it, '' when none is told).
    The last name may carry the empty mark of the code's own level ('2150105专项业务活动（项）');
    a mark of another level or with digits gives ''. A bracketed code alone ('（21208）',
    ``code_alone``), a bare number before what it counts ('21501户') and any other shape give ''."""
    found = _code_first(text)
    if found is None or not found[1]:
        return ""
    return _named_path_code(*found, category)


_LEVEL_DIGITS_OF_CODE = {3: "类", 5: "款", 7: "项"}


# the word 科目 (the budget subject) after a code printed alone, maybe with the words of its spending or
# budget ('2050202科目', '201科目支出预算'): it says the number is a subject's code, it names no level
_SUBJECT_AFTER_CODE = re.compile(r"科目(?:" + _NAME_TAIL.pattern.removesuffix("$") + r")?")


def _named_path_code(code: str, names: list[str], category: str = "") -> str:
    """``code`` when the names printed with it (``names``: its path's levels, the last ones when
    fewer) fit it as ``code_first_code`` tells, or are the word 科目 alone ('2050202科目', '201科目':
    ``_SUBJECT_AFTER_CODE``), else ''."""
    if len(names) == 1 and _SUBJECT_AFTER_CODE.fullmatch(names[0]):
        return "" if category and not code.startswith(category) else code
    levels = (len(code) - 1) // 2  # (3 digits: 1, 5: 2, 7: 3)
    if len(names) == 1 and (marked := _levels_marked(names[0], levels)):
        # '[2013805]一般公共服务支出（类）市场监督管理事务（款）市场秩序执法（项）': the whole path from its
        # 类, each level named before its empty mark, the last the code's own: read as '…-…-…'
        names = marked
    if names and (mark := _LEVEL_MARK.search(names[-1])) and mark.end() == len(names[-1]):
        # '2010301行政运行（项）': the empty mark of the code's own level after the last name restates
        # the level the code's length tells (a mark of another level, or with digits, is not read)
        if mark.group("digits") or _LEVEL_DIGITS_OF_CODE[len(code)] != mark.group("level"):
            return ""
        names = [*names[:-1], names[-1][: mark.start()]]
    if len(names) > levels or not all(names) or any(_LEVEL_MARK.search(name) for name in names):
        return ""  # ('2150105专项业务活动（款）': a level word beside a whole code is not read)
    if len(names) == levels:
        # the whole path from its 类
        if category_code(names[0]) != code[:3] or any(category_code(name) for name in names[1:]):
            return ""
        return code
    for index, name in enumerate(names):
        if not _named_so(name, code[: len(code) - 2 * (len(names) - 1 - index)]):
            return ""
    if category and not code.startswith(category):
        return ""  # ('教育支出中，[2150105]专项业务活动': the 类 named before it is another)
    return code


def _levels_marked(text: str, levels: int) -> list[str]:
    """The names of a path printed with the empty marks of its levels from its 类 down, ``levels``
    of them and nothing after the last ('农林水支出（类）农业农村（款）行政运行（项）' -> ['农林水支出',
    '农业农村', '行政运行'] for 3); [] for any other text (digits in a mark, another order, a level
    missing, words after the last mark)."""
    marks = list(_LEVEL_MARK.finditer(text))
    if len(marks) != levels or [mark.group("level") for mark in marks] != ["类", "款", "项"][:levels]:
        return []
    if any(mark.group("digits") for mark in marks) or text[marks[-1].end() :].strip():
        return []
    begins = [0, *(mark.end() for mark in marks[:-1])]
    return [text[begin : mark.start()].strip() for begin, mark in zip(begins, marks, strict=True)]


def code_alone(text: str, category: str) -> str:
    """The 款 or 项 code of a label that is that code alone in brackets ('（21208）', '[2120801]',
    maybe with 支出 / 预算 after it), when its first three digits are ``category``, the 类 named
    before it ('城乡社区支出中，（21208）X万元'); '' otherwise (no 类 named: a code alone is
    not trusted)."""
    found = _CODE_ALONE.match(_NUMBERING.sub("", plain_code_text(text)).lstrip("，,：:、；;"))
    if not category or not found or not found.group("code").startswith(category):
        return ""
    return found.group("code")


_CODE_ALONE = re.compile(
    r"^[（(【\[]\s*(?P<code>(?:" + _CATEGORY_CODES + r")(?:\d{2}){1,2})\s*[)）】\]]"
    r"(?:" + "|".join(sorted((word for word in _AFTER_MARK if word), key=len, reverse=True)) + r")?$"
)


@lru_cache(maxsize=4096)
def coded_path_code(text: str, category: str = "") -> str:
    """The code of a label that prints a function code before the names of its levels
    (``code_first_code``: '2080501社会保障和就业支出-行政事业单位养老支出-行政单位离退休' -> '2080501',
    '2010301行政运行', '[2150105]专项业务活动', '215类01款05项（专项业务活动）'; ``category`` as
    there), or a name with its code and a level word after it ('高中教育2050204款', read by
    ``_code_after_name``); '' otherwise."""
    if _code_first(text) is not None:
        return code_first_code(text, category)
    bare = _NUMBERING.sub("", plain_code_text(text))
    return _code_after_name(bare.translate(_FULL_WIDTH_PARENS))


def item_code(text: str, category: str = "") -> str:
    """The function code of a label that names an item by its levels' marks or a printed code
    (``marked_function_code`` when it prints a level mark or a bracketed code, else
    ``coded_path_code``; ``category`` as there), '' when it names none it trusts. Pure."""
    return marked_function_code(text, category) if has_level_mark(text) else coded_path_code(text, category)


def lead_opens_name(text: str) -> bool:
    """Whether the word standing before a path that ``text`` (a label, compact or not) opens with
    (为 / 是 / 用于 …, ``_PATH_LEAD``) is the start of its first level's name rather than words before
    the path: the name with it is a name of the reference ('用于体育事业的彩票公益金支出'), or the
    name without it is none ('用于社会福利的彩票公益金支出（项）（2296002）': 社会福利的彩票公益金支出
    names no 类, 款 or 项; '用于行政运行（项）…' and '为一般公共服务支出（类）…' name one without it: the
    word stands before the path). False when ``text`` opens with no such word, or with one before a
    code ('主要为2070205博物馆': a name opens with no digit) or before no level's mark. Pure."""
    bare = _NUMBERING.sub("", plain_code_text(text)).translate(_FULL_WIDTH_PARENS)
    lead = _PATH_LEAD.match(bare)
    mark = _CODE_MARK.search(bare, lead.end()) if lead else None
    if lead is None or mark is None or mark.start() == lead.end() or bare[lead.end()].isdigit():
        return False

    def named(name: str) -> bool:
        return bool(category_code(name) or codes_named(name) or codes_named(name.removesuffix("支出")))

    return named(bare[: mark.start()]) or not named(bare[lead.end() : mark.start()])


def code_printed_first(label: str) -> str:
    """The function code a label prints before the names of its levels (``code_first_code``'s
    shapes, after the words before a path: '主要为2070205博物馆' -> '2070205'), trusted or not; ''
    when it prints none so. Pure."""
    found = _code_first(label)
    return found[0] if found is not None else ""


def opens_with_code(label: str) -> bool:
    """The label prints a function code before its names (``code_first_code``'s shapes), trusted
    or not."""
    return _code_first(label) is not None


def prints_function_code(label: str) -> bool:
    """The label prints a function code by one of the forms the code readers know, trusted or
    not: a level mark with digits ('（204类）'), a whole code in brackets ('（213）') or run in after
    the last level's mark ('城管执法（项）2120104'), a code before the names of its levels
    ('2080501社会保障和就业支出-…', '[2150105]专项业务活动', '215类01款05项…', '科目编码2150105（…）':
    ``opens_with_code``) or a code and level word after a name ('高中教育2050204款')."""
    text = _NUMBERING.sub("", plain_code_text(label))
    return bool(
        any(mark.group("digits") for mark in _LEVEL_MARK.finditer(text))
        or _BRACKETED_CODE.search(text)
        or _BRACKETED_CODE.search(_bracket_run_in_code(text))
        or _code_first(text) is not None
        or _CODE_AFTER_NAME.match(text.translate(_FULL_WIDTH_PARENS))
    )


# a fund named in brackets after the name of what it funds ('某某配套（政府性基金）', '某某工程(一般公共
# 预算拨款)'): the item's funding, never the fund's total
_FUNDED_ITEM = re.compile(
    r"^(?P<item>.+?)[（(](?P<fund>(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(?:资金)?"
    r"|财政拨款(?:资金)?|财政专户(?:管理)?(?:资金)?|专户(?:管理)?资金|单位资金|事业收入(?:资金)?)[)）]$"
)
# the words of a budget's side or of a fund itself: a bracket after them restates the side's fund
# ('支出预算（政府性基金）', '财政拨款（一般公共预算）'), it labels no item
_SIDE_WORDS = re.compile(r"本年|收入|支出|预算|财政|拨款|资金|合计|总计|安排")
_FUND_NAME = re.compile(r"一般公共预算|政府性基金|国有资本经营|财政拨款|专户|单位资金|事业收入")


def funded_item(label: str) -> str:
    """The fund a label names in brackets after the name of an item it funds ('高标准农田建设配套
    （政府性基金）' -> '政府性基金'; '城乡社区支出（一般公共预算）' -> '一般公共预算'; '教学业务费（专户资金）',
    '…（单位资金）', '…（事业收入）' alike), '' otherwise: the
    figure is the item's (funded by that fund), never the fund's total. A bracket after a side's
    or a fund's own words ('支出预算（政府性基金）', '财政拨款（一般公共预算）', '政府性基金预算拨款
    支出（政府性基金）') restates the side's fund: ''. ``label`` is a label's core (``core``)."""
    found = _FUNDED_ITEM.match(compact(label))
    if not found:
        return ""
    item = _NUMBERING.sub("", found.group("item"))
    if not item or is_filler(_SIDE_WORDS.sub("", item)) or _FUND_NAME.search(item):
        return ""
    return found.group("fund")


def has_level_mark(label: str) -> bool:
    """The label names a 类/款/项 ('（204类）', '（款）', or a whole code in brackets: '（213）')."""
    return bool(_CODE_MARK.search(plain_code_text(label)))


@lru_cache(maxsize=4096)
def is_filler(text: str) -> bool:
    """True when ``text`` (a label's core) is made only of filler words, words that name no subject
    ('年初预算数', '总额', '本年'; seeds/reference/metric_wording_words.csv): the label stands for
    its topic's total."""
    return _FILLER.sub("", text) == ""


def _clause_words(kind: str) -> tuple[str, ...]:
    """The words of ``kind`` a clause is read by: those of two characters or more (a one-character
    direction word, '增' / '减', is read only in a change label, after its comparison word)."""
    return tuple(word for word in words_of(kind) if len(word) > 1)


#: The change words of seeds/reference/metric_wording_words.csv (kinds change_*) as regular-expression
#: alternatives, the parts the change patterns are composed of ('{up}' in a ``change_pattern``):
#: mark (change_mark, then change_yoy: '比|较|与|同比'), yoy, than, with, prior, base, up / down
#: (the words a clause is read by), none; the structure around them is the patterns' own.
CHANGE_WORDS = {
    "mark": words_pattern(words_of("change_mark") + words_of("change_yoy")),
    "yoy": words_pattern(words_of("change_yoy")),
    "than": words_pattern(words_of("change_than")),
    "than_chars": "".join(re.escape(word) for word in words_of("change_than")),
    "with": words_pattern(words_of("change_with")),
    "prior": words_pattern(words_of("change_prior")),
    "base": words_pattern(words_of("change_base")),
    "up": words_pattern(_clause_words("change_up")),
    "down": words_pattern(_clause_words("change_down")),
    "none": words_pattern(words_of("change_none")),
}


def change_pattern(template: str) -> re.Pattern[str]:
    """``template``, a regular expression, with each '{part}' (a key of ``CHANGE_WORDS``: '{up}',
    '{base}') replaced by that part's alternatives, compiled ('(?:{than})上年' -> '(?:比|较)上年').
    Quantifiers ('\\d{4}') are left as they are. Raises KeyError for an unknown part."""

    def alternatives(found: re.Match[str]) -> str:
        return CHANGE_WORDS[found.group(1)]

    return re.compile(re.sub(r"\{([a-z_]+)\}", alternatives, template))


_CHANGE = change_pattern(r"^(?P<subject>.*?)(?:{mark})(?P<rest>.*)$")
_INCREASE = re.compile(words_pattern(words_of("change_up")))
_DECREASE = re.compile(words_pattern(words_of("change_down")))
_FLAT = re.compile(CHANGE_WORDS["none"])
# a no-change word holding a direction word ('无增减'): read before the direction words
_FLAT_FIRST = re.compile(
    words_pattern(w for w in words_of("change_none") if _INCREASE.search(w) or _DECREASE.search(w)) or "(?!)"
)
_CHANGED = re.compile(r"变化|变动")


@lru_cache(maxsize=4096)
def change_direction(label: str) -> str | None:
    """'+', '-', '?' (both words: '减少（或增加）'), '0' (持平) for a change label; None otherwise.
    The words are seeds/reference/metric_wording_words.csv, kinds change_mark / change_yoy (where
    the change begins), change_up, change_down and change_none."""
    text = compact(label)
    match = _CHANGE.match(text)
    if not match:
        return None
    rest = match.group("rest")
    if _FLAT_FIRST.search(rest):  # '较上年无增减（变化）': flat
        return "0"
    up, down = bool(_INCREASE.search(rest)), bool(_DECREASE.search(rest))
    if up and down:
        return "?"
    if up:
        return "+"
    if down:
        return "-"
    if _FLAT.search(rest):
        return "0"
    if _CHANGED.search(rest):  # '比上年决算数相比变化0万元': a change that names no direction
        return "?"
    return None


# the prior year as a comparison's base: its words ('上年'), or a year, printed with 年 or right before
# the budget it names ('比2024单位预算收入', '比2024预算')
_PRIOR_BASE = change_pattern(r"{base}|\d{4}\s*年|\d{4}(?=(?:单位|部门)?(?:预算|决算))")


@lru_cache(maxsize=4096)
def against_budget(label: str) -> bool:
    """A change label whose base is this year's budget ('比年初预算数增加', '比预算数增加'), not
    the prior year ('比上年预算数增加', '比2025年预算增加'): a final account's budget-vs-actual."""
    match = _CHANGE.match(compact(label))
    if not match:
        return False
    base = match.group("rest")
    return "预算" in base and not _PRIOR_BASE.search(base)


@lru_cache(maxsize=4096)
def change_subject(label: str) -> str:
    """The core of what a change label compares ('一般公共预算拨款比上年增加' -> '一般公共预算拨款');
    '' when the label is no comparison (比 / 较 / 与 / 同比)."""
    match = _CHANGE.match(compact(label))
    return core(match.group("subject")) if match else ""
