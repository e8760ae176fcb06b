"""Statements of the narrative that can be checked against its figures or its own document,
besides the figures themselves: rows of ``raw_narrative_claims``, checked by dbt
(``int_reconciliation__narrative_claims``), never here.

claim_kind:

* ``share``       '<part> X万元，占Y%' (or '占<total>的Y%'): subject = the part, reference = the
                  whole it is a share of (the figure before 其中 / 主要用于 / 包括 in the
                  same sentence, or the figure the text gives for the named total);
                  '完成(年初/全年)预算的Y%': subject = the 决算 figure before it, reference = the
                  budget it names of the same clause chain: 年初 the opening budget ('年初预算为…',
                  never '调整预算为…'), 全年 / 调整 the adjusted one, a bare 预算 the opening one
                  when no adjusted budget is stated beside it (else no claim: not certain which).
                  claimed_value = Y.
* ``comparison``  '决算数大于/小于/等于(年初)预算数', '决算数与预算数(基本)持平': subject = the
                  nearest '决算为 X' before it, reference = the opening budget ('预算为 Y') that
                  precedes that figure (a bare 预算数 beside an adjusted budget: no claim).
                  claim_text = the comparison as printed.
* ``year``        a year printed where only the document's own year belongs: a heading
                  naming the disclosure ('第三部分 …2023年度部门决算情况说明') or a year-end
                  date ('截至2023年12月31日'); claimed_value = the year, subject_text = the
                  context ('heading' | 'year_end').
* ``listed_item`` an item named in '人员经费 X万元，主要包括：基本工资、津贴补贴…' (or 公用经费):
                  claim_text = the item as printed, subject = the 人员经费 / 公用经费 figure
                  (the template lists only items with a figure: 不涉及的不列).
* ``section``     a top-level section heading ('二、收入决算情况说明'): claimed_value = its
                  number, subject_text = the part it belongs to (numbering restarts at a
                  '第X部分' heading or an unnumbered heading; the contents page is left out).
* ``placeholder`` an unfilled template placeholder in a unit name ('上海市普陀区XX局'):
                  claim_text = the mark and the unit word ('XX局').

Input: the narrative's paragraphs and every line of the document; output: row dicts (all
text; amounts in yuan with two places). Nothing is decided here: a claim that holds is a row
like one that does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from extract.narrative.text import Paragraph
from extract.numbers import NumberError, chinese_integer, format_yuan, parse_decimal, to_yuan
from extract.spaces import compact

# a match starts only at the first digit of a number, or at the minus sign before it (a printed
# sign is never dropped: '-5万元' is -50,000 元; a hyphen after a digit is a range's, '1-5万元'), and
# never backtracks into it (linear time on a line of 50,000 digits)
_AMOUNT = r"(?<![\d,.])(?P<{name}>[-－−]?\d[\d,]*+(?:\.\d++)?)(?P<{name}_unit>万元|元)"
_PART = re.compile(
    _AMOUNT.format(name="part") + r"[，,]?占(?:比)?(?P<label>[^，。；;%\d]{1,20}?的)?(?P<pct>\d+(?:\.\d+)?)%"
)
# a clause stating a change ('同比增加', '比上年减少', '较2024年下降'): its amount is no level
_CHANGE_CLAUSE = re.compile(r"(?:同比|比|较|与)[^，,；;。]{0,12}?(?:增加|减少|增长|下降|上升|降低|增|减)")
_COMPLETION = re.compile(
    _AMOUNT.format(name="part")
    + r"[，,](?:完成|达到|为)(?P<which>年初|全年|调整后?)?(?:预算|预算数)的(?P<pct>\d+(?:\.\d+)?)%"
)
_ANY_AMOUNT = re.compile(_AMOUNT.format(name="a"))
_HEAD_WORDS = ("其中", "主要用于", "包括")
# the opening budget ('年初预算为X', '预算数为X'), never the adjusted one ('调整预算为X', '调整后预算为X',
# '全年预算为X': ``_ADJUSTED``)
_BUDGET = re.compile(r"(?<!调整)(?<!调整后)(?<!全年)(?:年初)?预算(?:数)?为" + _AMOUNT.format(name="b"))
_ADJUSTED = re.compile(r"(?:调整后?(?:全年)?|全年)预算(?:数)?为" + _AMOUNT.format(name="b"))
_ACTUAL = re.compile(r"决算(?:数)?为" + _AMOUNT.format(name="a"))
_COMPARE = re.compile(
    r"决算数?(?:(?P<op>大于|小于|高于|低于|超过|等于)(?:年初)?预算数?(?!（)"
    r"|与(?:年初)?预算数?(?P<flat>基本持平|持平|相等|一致))"
)
_HEADING_YEAR = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分)?[^，。；：]{0,40}?(?P<year>\d{4})年度?(?:部门|单位)?(?:决算|预算)"
    r"(?:情况说明|公开|表|说明)?$"
)
_YEAR_END = re.compile(r"(?:截至|截止|截止到|截至到)(?P<year>\d{4})年(?:12月31日|底|末)")
_PLACEHOLDER = re.compile(
    r"(?:[省市区县州旗]|^)(?P<mark>[XxＸｘ]{2,}|×{2,}|[*＊]{2,})"
    r"[\u4e00-\u9fff]{0,6}?(?:局|委员会|委|办公室|中心|院|所|站|队|馆|厅|处|部门|单位)"
)


_NON_SPACE = re.compile(r"\S+")  # \s is str.isspace, as compact() removes it


@dataclass(slots=True)
class _Compact:
    """A paragraph without whitespace, with the source line of each character."""

    text: str
    lines: list[int]

    @classmethod
    def of(cls, paragraph: Paragraph) -> _Compact:
        text, lines = paragraph.text, paragraph.lines
        compact_text = compact(text)
        if not lines:  # Paragraph.line_at: 0 when the source lines are unknown
            return cls(compact_text, [0] * len(compact_text))
        if len(lines) < len(text):  # Paragraph.line_at clamps to the last known line
            lines = lines + [lines[-1]] * (len(text) - len(lines))
        if len(compact_text) == len(text):  # no whitespace: the lines as they are
            return cls(compact_text, lines[: len(text)])
        kept: list[int] = []
        for run in _NON_SPACE.finditer(text):  # runs of characters between whitespace
            kept.extend(lines[run.start() : run.end()])
        return cls(compact_text, kept)

    def line_at(self, offset: int) -> int:
        return self.lines[min(max(offset, 0), len(self.lines) - 1)] if self.lines else 0


_LIMIT = Decimal(10) ** 18  # DECIMAL(20, 2)
_FEN = Decimal("0.01")


def _yuan(number: str, unit: str) -> str:
    """The amount in yuan with two places; '' when it is no number the warehouse holds exactly
    (beyond DECIMAL(20, 2), or places beyond the fen): such a claim is not checked."""
    try:
        value = parse_decimal(number)
    except NumberError:
        return ""
    if value is None:
        return ""
    yuan = to_yuan(value, unit)
    if abs(yuan) >= _LIMIT or yuan != yuan.quantize(_FEN):
        return ""
    return format_yuan(yuan)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind("。", 0, at), -1) + 1
    end = text.find("。", at)
    return start, len(text) if end < 0 else end


def _row(kind: str, claim: str, line: int, source: str, **values: str) -> dict[str, str]:
    return {
        "claim_kind": kind,
        "claim_text": claim,
        "claimed_value": values.get("claimed_value", ""),
        "subject_text": values.get("subject_text", ""),
        "subject_yuan": values.get("subject_yuan", ""),
        "reference_text": values.get("reference_text", ""),
        "reference_yuan": values.get("reference_yuan", ""),
        "source_line": str(line),
        "source_text": source,
    }


def _whole_named(label: str, paragraphs: Sequence[_Compact]) -> tuple[str, str] | None:
    """The one amount the text gives right after ``label`` (e.g. '本年支出合计'), as (text, yuan)."""
    pattern = re.compile(re.escape(label) + r"(?:为|是)?" + _AMOUNT.format(name="w"))
    values = {}
    for para in paragraphs:
        for match in pattern.finditer(para.text):
            yuan = _yuan(match.group("w"), match.group("w_unit"))
            if yuan:
                values[yuan] = label + match.group("w") + match.group("w_unit")
    if len(values) != 1:
        return None
    yuan, text = next(iter(values.items()))
    return text, yuan


def _whole_of_sentence(text: str, at: int) -> tuple[str, str] | None:
    """The total a part's share refers to: the last amount before the first 其中 / 主要用于 /
    包括 of the sentence (that word before the part), an amount in brackets aside ('支出1286.40万元
    （含上年结转80.00万元），主要用于…': a note of what the total includes) and a change aside ('…比上年
    增加X万元，…，其中': ``_is_change``); None when the sentence has no such head."""
    start, _ = _sentence_bounds(text, at)
    heads = [pos for word in _HEAD_WORDS if 0 <= (pos := text.find(word, start, at)) < at]
    if not heads:
        return None
    head = min(heads)
    amounts = [
        found
        for found in _ANY_AMOUNT.finditer(text, start, head)
        if not _in_brackets(text, start, found.start()) and not _is_change(text, start, found.start())
    ]
    if not amounts:
        return None
    last = amounts[-1]
    yuan = _yuan(last.group("a"), last.group("a_unit"))
    return (text[start : last.end()], yuan) if yuan else None


def _is_change(text: str, start: int, at: int) -> bool:
    """Whether the amount at offset ``at`` of ``text`` is a change vs another year: its clause (from
    the last '，' / '；' / '：' after ``start``) compares before it ('…14207.14万元，比2023年增加2580.84万元，
    …，其中：…占95.78%': the share is of the total, never of its change; held-out set 86)."""
    clause = max(start, *(text.rfind(mark, start, at) + 1 for mark in "，,；;：:"))
    return bool(_CHANGE_CLAUSE.search(text, clause, at))


def _in_brackets(text: str, start: int, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a bracket opened after ``start``."""
    before = text[start:at]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _shares(para: _Compact, paragraphs: Sequence[_Compact]) -> Iterator[dict[str, str]]:
    text = para.text
    if "%" not in text:  # both kinds end in a percentage
        return
    yield from _of_listed_whole(list(_part_shares(para, paragraphs)))
    yield from _completions(para)


def _of_listed_whole(rows: list[tuple[int, bool, dict[str, str]]]) -> Iterator[dict[str, str]]:
    """The share rows of a paragraph (each with the start of its sentence and whether its whole
    was named by a label); the shares of the parts a sentence lists under its total that add up to
    100 % while the parts do not add up to that total are of the parts' sum ('本年收入预算10700.47万元，
    其中：A 8850.47万元，占79.58%；B 1850.00万元，占16.64%；另有上年结转420.50万元，占3.78%': 11120.97,
    the parts listed; the total named is without the carry-over 另有 adds)."""
    by_sentence: dict[int, list[dict[str, str]]] = {}
    for start, labelled, row in rows:
        if not labelled:
            by_sentence.setdefault(start, []).append(row)
    for listed in by_sentence.values():
        if len(listed) < 2 or len({row["reference_yuan"] for row in listed}) != 1:
            continue
        shares = sum((Decimal(row["claimed_value"]) for row in listed), Decimal(0))
        parts = sum((Decimal(row["subject_yuan"]) for row in listed), Decimal(0))
        named = Decimal(listed[0]["reference_yuan"])
        if (
            abs(shares - 100) <= Decimal("0.05") * len(listed)
            and parts > 0
            and not all(_share_holds(row, named) for row in listed)
            and all(_share_holds(row, parts) for row in listed)
        ):
            # (every share holds of the parts' sum and some not of the total named; a share wrong of
            # both stays checked against the total named: a finding)
            for row in listed:
                row["reference_text"] = "其中所列各项合计（占比合计" + format(shares.normalize(), "f") + "%）"
                row["reference_yuan"] = str(parts.quantize(_FEN))
    for _, _, row in rows:
        yield row


def _share_holds(row: dict[str, str], whole: Decimal) -> bool:
    """Whether the share claimed in ``row`` is its part of ``whole`` (yuan) to the claim's printed
    places (half a unit of its last place)."""
    claimed = Decimal(row["claimed_value"])
    exponent = claimed.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) else 0
    actual = Decimal(row["subject_yuan"]) * 100 / whole if whole else Decimal(0)
    return abs(actual - claimed) <= Decimal(5) / Decimal(10) ** (max(places, 0) + 1)


def _part_shares(para: _Compact, paragraphs: Sequence[_Compact]) -> Iterator[tuple[int, bool, dict[str, str]]]:
    text = para.text
    for match in _PART.finditer(text):
        part = _yuan(match.group("part"), match.group("part_unit"))
        label = (match.group("label") or "").removesuffix("的")
        whole = _whole_named(label, paragraphs) if label else _whole_of_sentence(text, match.start())
        if not part or whole is None:
            continue
        start, _ = _sentence_bounds(text, match.start())
        clause_start = max(text.rfind(mark, start, match.start()) for mark in "，；：;:")
        if _CHANGE_CLAUSE.search(text, max(clause_start + 1, start), match.start("part")):
            # '基本支出13514.96万元，同比增加528.56万元，占73.54%': the share is the level's, not the
            # change's printed right before it; which figure it is of is not checked
            continue
        yield (
            start,
            bool(label),
            _row(
                "share",
                "占" + (match.group("label") or "") + match.group("pct") + "%",
                para.line_at(match.start("pct")),
                text[start : match.end()],
                claimed_value=match.group("pct"),
                subject_text=text[max(clause_start + 1, start) : match.end("part_unit")],
                subject_yuan=part,
                reference_text=whole[0],
                reference_yuan=whole[1],
            ),
        )


def _completions(para: _Compact) -> Iterator[dict[str, str]]:
    text = para.text
    for match in _COMPLETION.finditer(text):
        part = _yuan(match.group("part"), match.group("part_unit"))
        # the 预算 figure of the same clause chain (a 其中 / ； starts another item)
        chain_start = max(text.rfind(mark, 0, match.start()) for mark in ("。", "；", ";", "其中"))
        budgets = _budgets_named(text, max(chain_start, 0), match.start(), match.group("which") or "")
        if not part or not budgets:
            continue
        budget = budgets[-1]
        yuan = _yuan(budget.group("b"), budget.group("b_unit"))
        if not yuan:
            continue
        yield _row(
            "share",
            text[match.end("part_unit") + 1 : match.end()],
            para.line_at(match.start("pct")),
            text[max(chain_start, 0) : match.end()].lstrip("。；;"),
            claimed_value=match.group("pct"),
            subject_text=text[budget.end() : match.end("part_unit")].lstrip("，,"),
            subject_yuan=part,
            reference_text=budget.group(0),
            reference_yuan=yuan,
        )


_LISTED = re.compile(
    r"(?P<what>人员经费|日常公用经费|公用经费)(?:支出)?(?:为)?"
    + _AMOUNT.format(name="w")
    + r"[，,]?(?:主要包括|主要用于|包括)[：:](?P<items>[^；;。]+)"
)
_ITEM_NOTE = re.compile(r"[（(][^）)]*[）)]$")


def _budgets_named(text: str, start: int, end: int, which: str) -> list[re.Match[str]]:
    """The budget statements of ``text[start:end]`` a claim naming the budget by ``which`` compares
    with: '年初' (完成年初预算的…, 决算数大于年初预算数) the opening budget's (``_BUDGET``), '全年' /
    '调整' / '调整后' the adjusted budget's (``_ADJUSTED``), '' (a bare 预算) the opening budget's
    when no adjusted budget is stated there too, else none (whose budget it is is not certain: the
    claim is not checked, never checked against the wrong one). In text order."""
    if which.startswith(("全年", "调整")):
        return list(_ADJUSTED.finditer(text, start, end))
    if not which and _ADJUSTED.search(text, start, end):
        return []
    return list(_BUDGET.finditer(text, start, end))


def _listed_items(para: _Compact) -> Iterator[dict[str, str]]:
    text = para.text
    if "经费" not in text:  # each list follows 人员经费 / 公用经费
        return
    for match in _LISTED.finditer(text):
        yuan = _yuan(match.group("w"), match.group("w_unit"))
        if not yuan:
            continue
        offset = match.start("items")
        for item in match.group("items").split("、"):
            name = _ITEM_NOTE.sub("", item).removesuffix("等").strip()
            start = offset
            offset += len(item) + 1
            if len(name) < 2 or "…" in name or "XX" in name.upper() or not re.search(r"[\u4e00-\u9fff]", name):
                continue
            yield _row(
                "listed_item",
                name,
                para.line_at(start),
                text[match.start() : match.end()],
                subject_text=text[match.start() : match.end("w_unit")],
                subject_yuan=yuan,
            )


def _comparisons(para: _Compact) -> Iterator[dict[str, str]]:
    text = para.text
    if "决算" not in text:  # each comparison names the 决算
        return
    previous_end = 0
    for match in _COMPARE.finditer(text):
        budgets = _budgets_named(text, previous_end, match.start(), "年初" if "年初" in match.group() else "")
        previous_end = match.end()
        if not budgets:
            continue
        budget = budgets[-1]
        actual = _ACTUAL.search(text, budget.end(), match.start())
        if actual is None:
            continue
        budget_yuan = _yuan(budget.group("b"), budget.group("b_unit"))
        actual_yuan = _yuan(actual.group("a"), actual.group("a_unit"))
        if not budget_yuan or not actual_yuan:
            continue
        yield _row(
            "comparison",
            match.group("op") or match.group("flat"),
            para.line_at(match.start()),
            text[budget.start() : match.end()],
            subject_text=actual.group(0),
            subject_yuan=actual_yuan,
            reference_text=budget.group(0),
            reference_yuan=budget_yuan,
        )


def _line_claims(lines: Sequence[str]) -> Iterator[dict[str, str]]:
    for number, line in enumerate(lines, start=1):
        if "\t" in line:  # a table row
            continue
        if "年" not in line and not _PLACEHOLDER_MARK.search(line):  # no claim can match
            continue
        text = compact(line)
        if not text:
            continue
        heading = _HEADING_YEAR.match(text)
        if heading:
            yield _row(
                "year",
                heading.group("year") + "年",
                number,
                text,
                claimed_value=heading.group("year"),
                subject_text="heading",
            )
        for match in _YEAR_END.finditer(text):
            yield _row("year", match.group(0), number, text, claimed_value=match.group("year"), subject_text="year_end")
        for match in _PLACEHOLDER.finditer(text):
            yield _row("placeholder", match.group(0).lstrip("省市区县州旗"), number, text)


# a year claim holds 年; a placeholder one of these characters
_PLACEHOLDER_MARK = re.compile("[XxＸｘ×*＊]")

_SECTION = re.compile(r"^(?P<number>[一二三四五六七八九十]{1,3})、")
_PART_HEADING = re.compile(r"^第[一二三四五六七八九十]+部分")
_UNNUMBERED_HEADING = re.compile(r"^(?![一二三四五六七八九十]+、|[（(\d])[^，。；：:、,;]{2,40}$")


def _chinese_number(text: str) -> int | None:
    """'十一' -> 11, '二十' -> 20, '七' -> 7 (numbers.chinese_integer); None for no number or 0."""
    return chinese_integer(text) or None


def _sections(paragraphs: Sequence[_Compact], contents: set[int]) -> Iterator[dict[str, str]]:
    part = 0
    for para in paragraphs:
        first = para.line_at(0)
        text = para.text
        if not text or first - 1 in contents:
            continue
        if _PART_HEADING.match(text) or _UNNUMBERED_HEADING.match(text):
            part += 1
            continue
        heading = _SECTION.match(text)
        number = _chinese_number(heading.group("number")) if heading else None
        if number is None:
            continue
        title = re.split(r"[。：:]", text, maxsplit=1)[0][:40]
        yield _row("section", title, first, text[:80], claimed_value=str(number), subject_text=f"part {part}")


def find_claims(paragraphs: Sequence[Paragraph], lines: Sequence[str]) -> list[dict[str, str]]:
    """Every checkable statement (see the module docstring), in document order of kinds:
    shares, comparisons, listed items and section headings from the narrative
    ``paragraphs``, years and placeholders from every non-table line of ``lines`` (1-based
    line numbers)."""
    from extract.tables.titles import contents_lines

    compacted = [_Compact.of(paragraph) for paragraph in paragraphs]
    rows: list[dict[str, str]] = list(_sections(compacted, contents_lines(lines)))
    for para in compacted:
        rows.extend(_shares(para, compacted))
        rows.extend(_comparisons(para))
        rows.extend(_listed_items(para))
    rows.extend(_line_claims(lines))
    return rows
