"""Narrative text: the decoded lines -> paragraphs (with a character -> line map) -> sentences
-> clauses, and the amounts in them. Pure functions on plain strings.

PDF exports break sentences across lines, blank lines and page breaks ("涉及一般公共预算当年财"
/ "" / "政拨款 883.38 万元。"): a line continues the paragraph before it unless that paragraph
ended a sentence (。；！？) or is a heading, or the line itself starts a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from extract.numbers import (
    CHINESE_BIG_UNITS,
    CHINESE_DIGITS,
    CHINESE_SMALL_UNITS,
    chinese_integer,
    format_yuan,
    halfwidth,
    parse_decimal,
    to_yuan,
)
from extract.page_numbers import TITLE_BLOCK_LINES, is_page_number, is_running_header, title_block_forms
from extract.reference import category_code, category_codes
from extract.spaces import compact

SECTION_NUMERALS = "一二三四五六七八九十"
_TOP_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+)\s*[、.．]")
# (a number in brackets of three digits or more is a function code, never a list's: a line opening
# '（210）30.00万元' goes on with the name its line before ended with, '…；卫生健康支出')
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）]|\d+\s*[.．、](?!\d))"
)
_SENTENCE_END = ("。", "；", ";", "！", "？", "!", "?")
# A table title line (the narrative is over): 表一 / 附表 / 附件 / a short unpunctuated line ending in 表.
_TABLE_START = re.compile(
    r"^(?:附表|附件|表[一二三四五六七八九十\d]+$|单位[：:]\s*(?:万元|元)$)|^[^，。；：,]{2,60}表$"
)

# An amount or a count: a number (thousands separators ',' or '，' between digit groups, spaces
# around the point as PDF exports print them: '486. 30万元', '1,234. 5万元', '486.  30万元'; the
# point may be printed full-width, '486．30万元'), optional spaces, then its unit.
# A number never starts right after a digit or a point, nor after a character that may hide
# inside one (a replaced invalid byte U+FFFD, a combining mark, an invisible character) or a
# digit and one space: '278.6\ufffd6万元' / '278.6 6万元' are no amount rather than '6万元'.
# (two numbers are never joined: only a point, with its spaces, stands between the digits of one;
# thousands set off by a space, ``_SPACED_GROUPS``, are the one exception)
_NUMBER_START = r"(?<![\d.．\ufffd\u00ad\u200b-\u200f\u2060-\u2064\u0300-\u036f])(?<![\d.．]\s)"
_DECIMALS = r"\s?[.．][ \t]{0,2}\d+"
_COMMA_GROUPS = r"\d{1,3}(?:\s?[,，]\s?\d{3})+"
# Thousands set off by a space instead of a comma, as PDF exports print them ('25 306 118.40元',
# '1 873.26万元', '1 365名'; the reader makes a no-break, thin or narrow no-break space an ASCII one): a
# first group of 1-3 digits, never right after a digit and a comma ('1,234 567万元' is no number), then
# groups of exactly three digits, each after exactly one space. Read only where nothing else can be
# meant: before the number's unit (the caller's pattern puts it right after), or with its decimals
# (``_SPACED_DECIMAL``, a bare amount under a declared unit); with one group of three alone it may be
# a count and an amount ('公务用车 2 350万元'): money then needs two decimals ('2 350.60万元', ``_value``).
# '278.6 6万元', '12 34万元', '2021 123万元' stay no number (``broken_amounts`` reports them).
_SPACED_GROUPS = r"(?<!\d[,，])(?<!\d[,，]\s)\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+"
_NUMBER = rf"{_NUMBER_START}(?:{_COMMA_GROUPS}|{_SPACED_GROUPS}|\d+)(?:{_DECIMALS})?"
# (a number read up to a thousands separator is no number: '1,235名' is never the count '1' before ',';
# where a pattern ends a number by a look-ahead, ``_WHOLE_NUMBER`` says the digits do not go on; a
# whole number stands without its unit, so its thousands are never set off by a space: '人数1 365' is none)
_WHOLE_NUMBER = rf"{_NUMBER_START}(?:{_COMMA_GROUPS}|\d+)(?:{_DECIMALS})?(?!\s?[,，]\s?\d{{3}}(?!\d))"
# a bare amount with its thousands set off by a space: with its decimals only ('12 406 552.10')
_SPACED_DECIMAL = rf"{_NUMBER_START}{_SPACED_GROUPS}{_DECIMALS}"
# 万 printed without 元 ('38万。' / '0.00 万,' / '0.40 万（含…）' / 'X万比上年减少Y万'): 万元 before a
# stop, a parenthesis, the end or a comparison right after it (同比, or 比 / 较 before the base it names:
# 上年, 去年, 前…, a year, 年初, 同期, 预算, 调整, 本…; never '比例', '比重', '较多'); never before any other
# character ('万人', '万人次', '万平方米', '万册' count people, visits, area, volumes). Whether the amount
# is money at all is its label's to say: a label that names no money metric keeps no figure (an
# unparsed figure), and a change after it has no subject.
BARE_WAN = r"万(?=\s*(?:[，。；、,;）)（(]|$|同比|(?:比|较)\s*(?:上|去|前|\d|年初|同期|预算|调整|本)))"
# (the leading look-ahead changes nothing but lets the search skip to the next digit quickly)
# (letter-spaced text prints '2946.25 万 元': spaces inside the unit are allowed)
# ('15批次', '579人次': counts of occasions and of person-visits, the 三公 statements' units;
# '接待74批(次)813人': 批(次) is 批次)
AMOUNT = re.compile(
    rf"(?=\d)(?P<number>{_NUMBER})\s*(?P<unit>亿\s?元|千\s?万\s?元|百\s?万\s?元|万\s?元|千\s?元|{BARE_WAN}|元|辆|人次|人(?![民次])|名|批次|批\s*[（(]次[)）])"
)
# '团组0个', '团组数为2个', '接待批次3978个', '团组0次', '计划组团0个': 个 / 次 count the groups or
# batches only right after the word that names them (elsewhere '3个项目', '1次' count anything; whose
# groups 组团 formed is the label's to say: Walker._figure reads them after a trip abroad only)
# a group count's 个 printed before the groups' name: 团组 / 批次 at once ('0个团组、0人次'), or the
# name of a trip abroad then 团组 ('3个因公出国（境）团组'); never other words before 团组 ('由3个单位组成的
# 团组': the 3 counts units)
_GROUPS_AHEAD = r"(?=\s*(?:团组|批次)|\s*(?:因公|公务)?(?:出国|出境|出访)(?:\s*[（(]\s*境\s*[)）]|境)?\s*团组)"
_OCCASION_COUNT = re.compile(
    # ('出访团组1个5人': the people counted right after the groups, no digit of the groups' count)
    rf"(?:团组|批次|组团)数?\s*(?:为|共计|合计|共)?\s*(?P<number>{_NUMBER})\s*(?P<unit>个|次)(?!人)(?!\d(?!\d*人))"
    rf"|(?P<number_before>{_NUMBER})\s*(?P<unit_before>个){_GROUPS_AHEAD}"
    # '国内接待22220批，共计135782人次': 批 alone counts batches right after 接待 (a reception's), or
    # after its 批次 named ('接待批次12批', '接待批次为12批'), or its people run in after it ('共接待15批96人次')
    rf"|接待(?:批次数?)?(?:为|是|共计|合计|共)?\s*(?P<number_batch>{_NUMBER})\s*(?P<unit_batch>批)(?![次（(])(?!\d(?!\d*\s*人))"
)
# counts of people printed without 人: right after a label that counts people ('编制人数42，其中：',
# '实有人数49', '离休人数0；', '行政编制数19、'), or inside a '、' list whose last item carries 人
# ('行政编制19、事业编制23、自收自支编制13人'), or the posts of an establishment counted in 个 ('核定事业
# 编制54个', '行政编20个' (编 for 编制 right after a kind): the posts are people's; elsewhere 个 counts
# groups or batches): the number must end its clause (no unit, no point after it:
# '编制2022年预算', '人数3.5%' are none) or open a parenthesis of its parts ('现有在职在编人员 30 （事业编制
# 10 人，…）': 人员 after 在编 / 在职 / 在岗 / 实有 counts the people in post)
# '编制数：19、…' is read, '实有人数：1、行政人员5人' is a numbered list (a number after a colon never
# ends in '、'); a listed count follows its label's last character (never a colon's '：1、')
# a zero printed without its unit after a money role word ('年初预算为 0，支出决算为 150 万元', '预算0，决算0',
# '决算数：0；') or right after the name of a cost ('其中购置费0，运行维护费11万元', or the vehicles' 购置 / 运行
# opening a clause or a parenthesis: '（购置0，运行9万元）'): 0 is 0 in any money unit, so it is the amount
# 0元 (any other number without its unit stays unread)
_BARE_ZERO_MONEY = re.compile(
    r"(?:(?:年初预算|调整预算|预算|支出决算|决算)数?\s*(?:为|是|[：:])?|(?<=[\u4e00-\u9fff）)])费(?:用)?(?:为|是)?"
    r"|(?<=[（(，,、；;：:])(?:购置|运行维护|运行|运维)(?:为|是)?)"
    r"\s*(?P<number>0(?:\.0+)?)\s*(?=[，,。；;])"
)
# (a vehicles' establishment, '车辆编制为0', '公务用车编制：2', counts no people: its number without 辆 stays unread)
_NOT_VEHICLES = r"(?<!车辆)(?<!车)"
_BARE_PEOPLE = re.compile(
    rf"(?:人数|{_NOT_VEHICLES}编制数|{_NOT_VEHICLES}编制|(?:在编|在职|在岗|实有)人员)\s*(?:为|是|共|共计|合计)?\s*(?P<number>{_WHOLE_NUMBER})(?=\s*(?:[，,、；;。）)（(]|$))"
    rf"|(?:人数|{_NOT_VEHICLES}编制数|{_NOT_VEHICLES}编制)\s*[：:]\s*(?P<after_colon>{_WHOLE_NUMBER})(?=\s*(?:[，,；;。）)]|$))"
    rf"|(?:{_NOT_VEHICLES}(?:编制数|编制)|(?<=行政|事业|工勤|政法|参公)编)\s*(?:为|是|共|共计|合计)?\s*(?P<posts>{_WHOLE_NUMBER})(?=\s*个\s*(?:[，,、；;。）)（(]|$))"
    r"|(?<=[\u4e00-\u9fff])\s*(?P<listed>\d+)"
    r"(?=、(?:[^，。；;,、\d]{1,30}\d+、)*[^，。；;,、\d]{1,30}\d+\s*人(?![民次]))"
)
# '一般公务用车编制3台', '购置公务用车2台': 台 counts vehicles only after the vehicle is named in
# the same clause (elsewhere '设备3台' counts equipment)
_VEHICLE_COUNT = re.compile(rf"车[^，。；、,;：:\d（）()]{{0,8}}?(?P<number>{_NUMBER})\s*(?P<unit>台)(?![（(]?套)")
# '执法执勤用车417特种专业技术用车15离退休干部用车0，其他用车1,318辆': a kind of vehicle (a label
# ending in 用车) followed at once by a whole number and no unit counts vehicles, in a text that counts
# vehicles in 辆 elsewhere; never before a unit, a date or a per-cent ('公务用车3.5万元', '用车2025年')
_BARE_VEHICLE_COUNT = re.compile(
    r"用车\s*(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?!,\d{3}(?!\d))"
    r"(?=\s*(?:[，,、；;。）)]|$|[\u4e00-\u9fff](?<![万亿千百元辆台人名个次批年月日余多号型座])))"
)
# counts and amounts in Chinese numerals ('壹辆', '两辆', '一个团组', '十二人次', '伍万元', '在职人员十二人',
# '团组两个', '接待二十三批'): read when the numerals are one whole, unambiguous number
# (numbers.chinese_integer), else reported (``chinese_unread``: '十几人', '两三辆').
# Never after a character that makes the numeral part of a word or a bound ('第二批次', '每一辆', '数十万元',
# '上百万元', '前三名'); 数 ends a count's label only after what it counts ('实有人数二十人', '车辆总数十辆':
# elsewhere '数十人' is a vague number); a run may open with a digit or 十 only ('百万元' is no number); a
# money unit is read only before a stop or a comparison ('一元化' is no amount); counts in the units of
# the 三公 statements and vehicles; 人 / 名 only where the count ends its clause ('现有在职人员十二人，',
# never '一人一岗', '三人小组'); a group's 个 / 次 and a reception's 批 only where the digits' counts are
# read (``_OCCASION_COUNT``).
_CN_CHARS = "".join([*CHINESE_DIGITS, *CHINESE_SMALL_UNITS, *CHINESE_BIG_UNITS])
_CN_VAGUE = "点几余多来"
_CN_RUN = rf"[{''.join(CHINESE_DIGITS)}十拾][{_CN_CHARS}{_CN_VAGUE}]*"
_CN_NOT_AFTER = rf"{_CN_CHARS}{_CN_VAGUE}\d.．第每单逐任上近成好约前"
_CN_MONEY_NUMBER = rf"(?<![{_CN_NOT_AFTER}数]){_CN_RUN}"
_CN_NUMBER = rf"(?<![{_CN_NOT_AFTER}])(?<![^人制辆组次总]数)(?<!^数){_CN_RUN}"
_CLAUSE_END_AHEAD = r"(?=\s*(?:[，。；、,;：:）)（(]|$))"
_CN_MONEY = re.compile(
    rf"(?P<number>{_CN_MONEY_NUMBER})\s*(?P<unit>(?:亿元|万元|元)(?=[，。；、,;：:）)\s]|$|整|比|较|同比))"
)
_CN_COUNT = re.compile(
    rf"(?P<number>{_CN_NUMBER})\s*"
    rf"(?P<unit>辆|人次|批次|个{_GROUPS_AHEAD}|人{_CLAUSE_END_AHEAD}|名{_CLAUSE_END_AHEAD})"
)
# ('因公出国（境）团组两个', '接待批次为三次', '共接待二十三批': as ``_OCCASION_COUNT``)
_CN_OCCASION_COUNT = re.compile(
    rf"(?:团组|批次)数?\s*(?:为|共计|合计|共)?\s*(?P<number>{_CN_NUMBER})\s*(?P<unit>个|次)(?![\d人性])"
    rf"|接待(?:批次数?)?(?:为|是|共计|合计|共)?\s*(?P<number_batch>{_CN_NUMBER})\s*(?P<unit_batch>批)(?![次（(\d])"
)
# ('28千元', '1.2百万元', '3千万元': units of extract.numbers.UNIT_FACTORS, read exactly as the tables read them)
MONEY_UNITS = {"亿元", "千万元", "百万元", "万元", "千元", "元"}
# the unit kind of each count unit (extract.narrative.wording.UNIT_KINDS)
COUNT_UNITS = {
    "辆": "vehicles",
    "人": "people",
    "名": "people",
    "人次": "person_times",
    "批次": "occasions",
    "个": "occasions",
    "次": "occasions",
    "台": "vehicles",
}

# Clause delimiters; an ASCII ',' only when it is not a thousands separator (one is always
# after a digit: '共8批次,160人次' is two clauses).
# the words before a colon that are one figure's label when its amount follows the colon at once
# ('项目支出：119.91万元'); never a list's lead ('其中：', '包括：', '如下：') nor a clause holding an amount
_LABEL_BEFORE_COLON = re.compile(
    r"(?!其中|包括|含|如下|分别|具体)[\u4e00-\u9fff（）()“”\"]{2,20}(?<!如下|以下|其中|包括|分别)(?<!分别为|分别是)"
)
# (never the colon after a word naming a function code inside its bracket: '…（项）（项目代码：2120104）')
_CLAUSE_DELIM = re.compile(
    r"[，；;、]|[：:](?!(?<=(?:代码|编码)[：:])\s*\d{3,7}\s*[)）])|,(?!\s?\d{3}(?!\d))|(?<![\d\s]),"
)
_SEGMENT_END = re.compile(r"[；;]")
# the words of a level's name on each side of a '、' inside it, between two level marks: '…（款）环境保护
# 法规、规划及标准（项）' (the official name of 2110105 prints a 、), '…（类）XX、YY（款）'
_LEVEL_NAME_BEFORE = re.compile(r"[（(](?:类|款)[)）][^（）()，,。；;：:、\s\d]+$")
_LEVEL_NAME_AFTER = re.compile(r"[^（）()，,。；;：:、\s\d]+[（(](?:款|项)[)）]")


def _inside_level_name(text: str, at: int) -> bool:
    """Whether the '、' at ``at`` of ``text`` lies inside the name of a function classification level
    printed between the marks of the levels around it ('…（款）环境保护法规、规划及标准（项）65.00万元'):
    no clause ends there (items listed one after another, '行政运行（项）X万元、一般行政管理事务（项）Y万元',
    print an amount or a mark before it)."""
    return bool(_LEVEL_NAME_BEFORE.search(text, 0, at)) and bool(_LEVEL_NAME_AFTER.match(text, at + 1))


_SENTENCE_STOP = re.compile(r"[。！？!?]")
_CLOSING_PAREN = re.compile(r"\s*[)）]")
_PUNCTUATED = re.compile(r"[，。；,;]")


@dataclass(slots=True)  # not frozen: a frozen dataclass is built ~4x slower
class Amount:
    start: int  # offsets in the paragraph text
    end: int
    text: str  # as printed, number and unit, e.g. '2,465.43 万元'
    unit: str  # a money unit of MONEY_UNITS ('万元', '千元' …) or a count's (COUNT_UNITS: '辆', '人' …)
    value: Decimal  # yuan for money, the count for counts
    # True for a number printed without its unit, read in the unit a line before declared
    # ('（单位：万元）' then '年初预算312.40，': ``declared_amounts``)
    declared: bool = False

    @property
    def is_money(self) -> bool:
        """True for an amount in a money unit (MONEY_UNITS: 元, 千元, 万元 …), False for a count (辆, 人, 名)."""
        return self.unit in MONEY_UNITS

    @property
    def value_unit(self) -> str:
        """'yuan' for money (``value`` is then in yuan), 'count' for a count."""
        return "yuan" if self.is_money else "count"

    @property
    def text_with_unit(self) -> str:
        """The amount as printed with its unit ('2,465.43 万元' as printed; a number printed bare under
        a declared unit with that unit after it: '312.40' under '（单位：万元）' -> '312.40万元'), stripped."""
        return self.text.strip() + self.unit if self.declared else self.text.strip()

    def value_str(self) -> str:
        """The value as text: yuan with two decimal places for money, the count as is."""
        return format_yuan(self.value) if self.is_money else str(self.value)


@dataclass
class Paragraph:
    text: str
    lines: list[int] = field(default_factory=list)  # source line (1-based) of each character
    section: str = ""  # '一' .. '六' ('' before the first section heading)
    # a flattened table's header or one of its rows (``paragraphs``: ``_HEADER_LINE``, ``_ROW_LINE``)
    in_table: bool = False

    def line_at(self, offset: int) -> int:
        """The 1-based source line of the character at ``offset`` (clamped to the text; 0 when unknown)."""
        if not self.lines:
            return 0
        return self.lines[min(max(offset, 0), len(self.lines) - 1)]


@dataclass(slots=True)  # not frozen: a frozen dataclass is built ~4x slower
class Clause:
    text: str
    start: int  # offset in the paragraph
    delimiter: str  # the delimiter that ends it ('' at the end of the sentence)


@dataclass(slots=True)  # not frozen: a frozen dataclass is built ~4x slower
class Sentence:
    text: str  # with its closing '。' when it has one
    start: int
    # segments(), computed on first use by segment_text (several figures share a sentence)
    # (set in __post_init__, not as a field default: mypyc leaves init=False defaults unset)
    _segments: list[tuple[int, int]] | None = field(init=False, repr=False, compare=False)
    # offsets (relative to the sentence, in order) where a statement ends though no stop is printed
    # (a line break lost: '…的96.50%公务用车运行维护费支出3000万元'): read as a '；' there
    breaks: tuple[int, ...] = ()
    # offsets (relative to the sentence) of the colons of a list's lines printing a function code and
    # then their amount at once ('2130104 事业运行：196.30'): no clause mark, the label's own colon
    joined: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self._segments = None

    def _ends(self, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
        """(start, end, delimiter) of each match of ``pattern`` in the text and of each break (as an
        empty '；' at its offset), in order."""
        ends = [
            (match.start(), match.end(), match.group())
            for match in pattern.finditer(self.text)
            if not (match.group() == "、" and _inside_level_name(self.text, match.start()))
        ]
        if self.breaks:
            ends = sorted([*ends, *((at, at, "；") for at in self.breaks)])
        return ends

    def segments(self) -> list[tuple[int, int]]:
        """(start, end) offsets, relative to the sentence, of its '；'-separated parts (a break ends
        one too)."""
        parts, begin = [], 0
        for _, end, _ in self._ends(_SEGMENT_END):
            parts.append((begin, end))
            begin = end
        if begin < len(self.text):
            parts.append((begin, len(self.text)))
        return parts

    def segment_text(self, offset: int) -> str:
        """The '；'-separated part of the sentence that holds ``offset`` (paragraph offset)."""
        if "；" not in self.text and ";" not in self.text and not self.breaks:  # one part: the whole sentence
            return self.text.strip()
        rel = offset - self.start
        if self._segments is None:
            self._segments = self.segments()
        for begin, end in self._segments:
            if begin <= rel < end:
                return self.text[begin:end].strip()
        return self.text.strip()

    def clause_texts(self) -> list[tuple[str, str]]:
        """(text, delimiter) of each clause of a sentence that holds no amount (nothing protected);
        unlike ``clauses``, an empty last clause is kept and the closing '。' too."""
        out, begin = [], 0
        for start, end, delimiter in self._ends(_CLAUSE_DELIM):
            out.append((self.text[begin:start], delimiter))
            begin = end
        out.append((self.text[begin:], ""))
        return out

    def clauses(self, protected: Sequence[tuple[int, int]] = ()) -> list[Clause]:
        """Clauses, never split inside a protected (paragraph-offset) span such as an amount.

        ``protected`` spans are in order and do not overlap (as the amounts of a text).
        """
        out, begin, span = [], 0, 0
        for start, end, delimiter in self._ends(_CLAUSE_DELIM):
            if start in self.joined:
                continue  # '2130104 事业运行：196.30' on a list's line: the label, its colon, its amount
            if protected:
                at = self.start + start
                while span < len(protected) and protected[span][1] <= at:
                    span += 1
                if span < len(protected) and protected[span][0] <= at:
                    continue
                if (
                    delimiter in "：:"
                    and start < end
                    and span < len(protected)
                    and not self.text[end : protected[span][0] - self.start].strip()
                    and _LABEL_BEFORE_COLON.fullmatch(self.text[begin:start].strip())
                ):
                    continue  # '项目支出：119.91万元': a label, its colon, then its amount at once
            out.append(Clause(self.text[begin:start], self.start + begin, delimiter))
            begin = end
        tail = self.text[begin:].rstrip("。！？!?")
        out.append(Clause(tail, self.start + begin, ""))
        return [c for c in out if c.text.strip() or c.delimiter]


def narrative_end(lines: Sequence[str], end_line: int | None) -> int:
    """Number of lines that belong to the narrative (lines[:n]).

    ``end_line`` (1-based line of the first table) bounds it; a table-like line after the
    section 六 heading (附表…, 表一, a short title ending in 表, a tab-separated row) ends it
    earlier, so the narrative is safe even when no table was recognised.
    """
    limit = len(lines) if end_line is None else max(0, min(len(lines), end_line - 1))
    seen_last_section = False
    for index in range(limit):
        line = lines[index].strip()
        top = _TOP_HEADING.match(line)
        if top and top.group(1) == "六":
            seen_last_section = True
            continue
        if "\t" in line:  # a tab between cells: a table row (indentation is stripped first)
            return index
        if seen_last_section and line and _TABLE_START.match(line):
            return index
    return limit


# A heading that opens a narrative part after the tables: '其他相关情况说明', '第三部分 …情况说明',
# '一、2025年“三公”经费预算情况说明', '部门预算编制说明'.
_LATER_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）])"
    r"|(?:说明|情况|解释|概况)$"
)
_MAX_LATER_HEADING = 40


def later_blocks(lines: Sequence[str], start: int) -> list[tuple[int, int]]:
    """Narrative parts after the first table: [(begin, end)) line index ranges.

    A part starts at a heading line (no tab, short, unpunctuated) or at a line of prose stating money
    or a count (``_prose_after_table``: the narrative going on after a table printed inside it) and holds at
    least one sentence (a line with 。); it runs until a table starts again (a tab-separated or one-cell
    line, a table title or unit line). Table rows always hold a tab, so prose never is one.
    """
    blocks: list[tuple[int, int]] = []
    index = start
    while index < len(lines):
        text = lines[index].strip()
        if not text or "\t" in lines[index] or not (_opens_later_part(text) or _prose_after_table(text)):
            index += 1
            continue
        end = index + 1
        while end < len(lines):
            following = lines[end]
            stripped = following.strip()
            after = lines[end + 1] if end + 1 < len(lines) else ""
            if "\t" in following or (stripped and _TABLE_START.match(stripped)) or _figure_row(stripped, after):
                break
            end += 1
        if any(_SENTENCE_STOP.search(lines[i]) for i in range(index + 1, end)):
            blocks.append((index, end))
        index = end
    return blocks


_PROSE_MARK = re.compile(r"[，。；;：:！？!?]")  # the ASCII comma is a thousands separator here
# a figure as a table prints it, standing alone: '17,130.42', '2,000.00', '76,306,134'
_TABLE_FIGURE = re.compile(r"(?:^|\s)[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?=\s|$)(?!\s*(?:万|元|亿|%|％))")


_UNIT_AFTER = re.compile(r"\d\s*(?:万|元|亿|%|％)")
_UNIT_FIRST = re.compile(r"^\s*(?:万|元|亿|%|％)")


def _figure_row(text: str, following: str = "") -> bool:
    """A table row of a PDF's page text (cells separated by spaces, no tab): a figure standing
    alone, on a line without sentence punctuation and without a figure followed by its unit, the
    next line not starting with one ('七、附属单位上缴收入 七、文化旅游体育与传媒支出 17,130.42';
    not '…收入支出总计 4733.14' wrapped before '万元。')."""
    return (
        bool(_TABLE_FIGURE.search(text))
        and not _PROSE_MARK.search(text)
        and not _UNIT_AFTER.search(text)
        and not _UNIT_FIRST.match(following)
    )


# a line of prose stating money or a count ('其中，一般公共服务支出（类）1,142.62万元，主要为…。', '…全年共
# 接待5批次，46人次。'): a narrative goes on after a table printed inside it; never a note under a
# table ('注：…', '说明：…', '本表…')
_PROSE_FIGURE = re.compile(r"\d\s*(?:亿元|万元|元|辆|人次|批次|人|名)\s*[，,。；;（(]")
_TABLE_NOTE = re.compile(r"^(?:注|说明|备注|附注|资料来源|数据来源|本表|此表|该表|填报|编制)")


def _prose_after_table(text: str) -> bool:
    """A line of prose that states an amount in money or a count (a clause mark right after its unit)
    and ends a sentence: the narrative resumes there after a table printed inside it (``later_blocks``)."""
    return (
        "，" in text
        and bool(_SENTENCE_STOP.search(text))
        and bool(_PROSE_FIGURE.search(text))
        and not _TABLE_NOTE.match(text)
    )


def _opens_later_part(text: str) -> bool:
    return (
        len(text) <= _MAX_LATER_HEADING
        and not _PUNCTUATED.search(text)
        and not _TABLE_START.match(text)
        and bool(_LATER_HEADING.search(text))
    )


_COLON_THEN_TEXT = re.compile(r"[：:]\s*\S")


# a classification level mark ('（类）', '（款）', '（项）') and a line ending in one or in a closing quote
_LEVEL_MARK = re.compile(r"[（(]\s*[类款项]\s*[)）]")
_LEVEL_END = re.compile(r"(?:[（(]\s*[类款项]\s*[)）]|[”」』\"])\s*[。.．]?$")


# an unnumbered title line: '某局2016年“三公经费”预算对比增减说明', '部门预算编制说明'
_TITLE_END = re.compile(r"说明$")


def is_heading_only(text: str) -> bool:
    """A heading line without its text ('（一）机关运行经费', or a title ending in 说明 unnumbered:
    '某局2016年“三公经费”预算对比增减说明'); '2.公务接待费：2026年安排…' holds text,
    and so does an item heading cut off by the line's end ('10.“住房保障支出（类）住房改革支出
    （款）住房公' + '积金（项）”434.93万元…': a quote left open, or a level mark and then a name
    cut off), which runs on into the next line."""
    return (
        bool(_HEADING.match(text) or _TITLE_END.search(text))
        and len(text) <= 40
        and not _PUNCTUATED.search(text)
        and not _COLON_THEN_TEXT.search(text)
        and not _cut_item_path(text)
    )


# an unnumbered heading line ('部门预算收支增减变化情况', '部门预算构成', '单位基本概况'): short, no
# punctuation, no amount, ending in a heading's word; the line after it must start a statement of
# its own, never words that continue the title ('现将有关情况' + '说明如下：', '…收支情况' + '表')
_UNNUMBERED_HEADING_END = re.compile(r"(?:情况|说明|构成|概况|简介|职能|职责)$")
_MAX_UNNUMBERED_HEADING = 20
_CONTINUES_TITLE = re.compile(
    r"^(?:说明|如下|的|之|表|报告|分析|汇总|统计|明细|一览|情况|及|和|与|或|等|以及|并|[、，,。；;：:）)”」』])"
)


def _is_unnumbered_heading(text: str, following: str) -> bool:
    """Whether the one-line paragraph ``text`` is a heading without a number ('部门预算收支增减变化
    情况', '部门预算构成') before the line ``following`` (stripped): at most 20 characters, no
    punctuation and no amount, ending in a heading's word (情况 / 说明 / 构成 / 概况 / 简介 / 职能 /
    职责), and ``following`` starting a statement of its own (not words that continue a title:
    说明如下, 的…, 表, a punctuation mark). A sentence a PDF wraps mid-phrase runs on: its first line
    is as long as the page is wide, and its words end in no heading's word."""
    return (
        len(text) <= _MAX_UNNUMBERED_HEADING
        and bool(_UNNUMBERED_HEADING_END.search(text))
        and not _PUNCTUATED.search(text)
        and not _COLON_THEN_TEXT.search(text)
        and not _TABLE_START.match(text)
        and not amounts(text)
        and not _CONTINUES_TITLE.match(following)
    )


def _cut_item_path(text: str) -> bool:
    """An item path the line's end cuts off: an opening quote left open, or a level mark after
    which the line does not end in one."""
    if text.count("“") > text.count("”"):
        return True
    return bool(_LEVEL_MARK.search(text)) and not _LEVEL_END.search(text)


# a line that only declares the unit of the amounts after it ('单位：万元', '（金额单位：元）'): a paragraph
# of its own, the line after it opens the next one
_DECLARATION_LINE = re.compile(
    r"^[（(]?\s*(?:金额|货币)?单位\s*[：:]\s*(?:亿元|千万元|百万元|万元|千元|元)\s*[)）]?\s*[：:。]?$"
)


# a table of a web page flattened into lines: its column header declaring the unit, a line of its own
# ('项目　金额（万元）', '科目名称  决算数（万元）': ``_HEADER_DECLARATION``), and its rows, each a name (or the
# names of its levels) and a number alone after spaces ('公务接待费　3.42', '商业流通事务　行政运行　211.40'):
# the header and each row after it are paragraphs of their own (``paragraphs``), never joined into one
_HEADER_WORDS = (
    r"(?:(?:收入|支出)?项目|科目)(?:名称)?[ \t\u3000]+"
    r"(?:金额|数额|(?:本年|年初|全年)?预算数?|决算数?|执行数)[ \t\u3000]*[（(](?P<unit>亿元|万元|元)[)）]"
)
_HEADER_LINE = re.compile(rf"^{_HEADER_WORDS}[ \t\u3000]*$")
# ... or its cells' words alone, no unit ('收入项目　预算数　支出项目　预算数'): a table's header all the same
# (its rows' numbers, of no unit declared, stay unread)
_HEADER_CELL = r"(?:(?:收入|支出)?项目(?:名称)?|科目(?:名称)?|金额|数额|(?:本年|年初|全年)?预算数?|决算数?|执行数)"
_HEADER_CELLS_LINE = re.compile(rf"^(?=.*(?:项目|科目)){_HEADER_CELL}(?:[ \t\u3000]+{_HEADER_CELL})+[ \t\u3000]*$")
# a row: a name and its number, maybe twice (a two-sided table's row: '一般公共预算拨款　1,780.48　基本支出　1,472.06')
_ROW_CELLS = r"[^\d，,。；;：:%]{1,40}?[ \t\u3000]+[-－]?\d[\d,]*(?:\.\d+)?"
_ROW_LINE = re.compile(rf"^(?:其中[：:])?{_ROW_CELLS}(?:[ \t\u3000]+{_ROW_CELLS})*$")


def is_table_row(text: str) -> bool:
    """Whether ``text`` (a paragraph) is one row of a table flattened into lines: a name and a number
    alone after spaces ('公务接待费　3.42'; ``_ROW_LINE``)."""
    return _ROW_LINE.match(text.strip()) is not None


# the end of a list's lead-in ('具体项目如下：', '其中：', '包括：'): a unit declared on the line after it
# is the list's own
_LEAD_IN_END = ("：", ":")
# a line opening with a function code before its name ('2130104 事业运行：196.30', '2080802伤残抚恤 1,102.20',
# '[2130104]…', '2.2130104…'): a 5- or 7-digit code (its list number and brackets at most before it), then
# the name; joined right after a line ending in a digit ('…：437.15') the two numbers would run together
# (never the rest of an amount a line's end cut, '…年初预算12' then '34567元…': a unit or what a count counts
# after the digits; the code's first three digits are a 类's)
_CODE_LINE_START = re.compile(
    r"(?:\d{1,2}[、.．])?[\[【［（(]?(?P<code>\d{5}(?:\d{2})?)(?!\d)[\]】］）)]?[ \t]*"
    r"(?!万|元|亿|千|百|人(?!大)|名|个|户|次|辆|台|批|项|年|月|日|号|余|多|平方|公里)[\u4e00-\u9fff]"
)


def _opens_category(code: str) -> bool:
    """Whether the function code ``code``'s first three digits are a 类's (seeds/reference)."""
    return code[:3] in set(category_codes().values())


# a line ending with an item path's last level mark ('…行政运行（项）'), and a line opening with a
# bracketed whole function code (5 or 7 digits) and then an amount or a colon ('（2240101）402.18万元')
_ITEM_PATH_END = re.compile(r"[（(][类款项][)）]$")
_CODE_AFTER_PATH = re.compile(r"^[（(\[【［]\d{5}(?:\d{2})?[)）\]】］]\s*[：:]?\s*\d")


# how a title block's last line ends: the kind of the document or a heading's word ('2021年度部门决算',
# '…情况说明', '目录'); a statement's words cut by a line break ('本单位2024年一般公共预算支出') end otherwise
_TITLE_BLOCK_END = re.compile(r"(?:预算|决算|公开|说明|情况|报告|目录|草案)$")


def _ends_title_block(previous: Paragraph, index: int, text: str) -> bool:
    """Whether the paragraph ``previous`` is the title block (the document's first lines, with the
    headings run on after them; no punctuation, colon or amount: '某区农业农村委员会' + '2021年度部门
    决算' + '收入支出决算总体情况说明') and the line ``text`` at 0-based ``index`` after it is a statement
    (punctuated, or stating an amount): the text's first sentence opens a paragraph of its own,
    never one run on from the title ('2021年度部门决算一般公共预算财政拨款支出年初预算X': the title's
    决算 is no role of the figure). A heading line after the block ('目录', '第三部分 …') joins it as
    before. A first line cut off mid-statement ('本单位2024年一般公共预算支出' + '1,234.56万元，…') is no
    title block (``_TITLE_BLOCK_END``)."""
    return (
        index >= TITLE_BLOCK_LINES
        and bool(_PUNCTUATED.search(text) or amounts(text))
        and previous.lines[0] == 1
        and not _PUNCTUATED.search(previous.text)
        and not _COLON_THEN_TEXT.search(previous.text)
        and not previous.text.endswith(_LEAD_IN_END)
        and not amounts(previous.text)
        and bool(_TITLE_BLOCK_END.search(previous.text))
    )


def paragraphs(lines: Sequence[str], end: int, later: Sequence[tuple[int, int]] = ()) -> list[Paragraph]:
    """Join the narrative lines (lines[:end], then each ``later`` range) into paragraphs and tag
    each with its section; a paragraph never runs from one range into the next, nor into or out of
    a line that only declares a unit ('单位：万元'), unless the paragraph before it ends with a
    list's lead-in colon ('具体项目如下：', '其中：' then '（单位：万元）'): the declaration is then the
    list's, and the list's lines after it stay in the lead-in's paragraph. A line opening with a
    function code before its name joined after a line ending in a digit ('…行政运行：437.15' then
    '2130104 事业运行：196.30') is joined after a space (of the line before), so that the two numbers
    stay two (``_CODE_LINE_START``)."""
    out: list[Paragraph] = []
    section = ""
    indices = [*range(end), *(i for begin, stop in later for i in range(begin, stop))]
    starts = {begin for begin, _ in later}
    running = title_block_forms(lines)
    for index in indices:
        text = lines[index].strip()
        if is_page_number(text):
            continue  # a page number printed between the lines of a paragraph (PDF exports)
        if index >= TITLE_BLOCK_LINES and is_running_header(compact(text), running):
            continue  # the title block repeated as a page's running header (PDF exports)
        if index in starts:
            section = ""
            if text:
                out.append(Paragraph(text, [index + 1] * len(text), section))
            continue
        if not text:
            continue
        top = _TOP_HEADING.match(text)
        if top and len(top.group(1)) <= 2:
            section = top.group(1)
        previous = out[-1] if out else None
        in_table = previous is not None and (
            _HEADER_LINE.match(previous.text) is not None
            or _HEADER_CELLS_LINE.match(previous.text) is not None
            or (_ROW_LINE.match(previous.text) is not None and previous.in_table)
        )
        if _HEADER_LINE.match(text) or _HEADER_CELLS_LINE.match(text) or (in_table and _ROW_LINE.match(text)):
            # a flattened table's header, or a row right after it or after another row: a paragraph
            # of its own (as a line declaring a unit is); the line after the last row opens another
            out.append(Paragraph(text, [index + 1] * len(text), section, in_table=True))
            continue
        if (
            previous is not None
            and not in_table
            and _ITEM_PATH_END.search(previous.text)
            and _CODE_AFTER_PATH.match(text)
            and previous.section == section
        ):
            # '1.灾害防治及应急管理支出（类）应急管理事务（款）行政运行（项）' then '（2240101）402.18万元；': the
            # item's code and amount on the next line go on with its path
            previous.text += text
            previous.lines.extend([index + 1] * len(text))
            continue
        if (
            previous is not None
            and not in_table
            and not _HEADING.match(text)
            and (not _DECLARATION_LINE.match(text) or previous.text.endswith(_LEAD_IN_END))
            and (not _DECLARATION_LINE.match(lines[previous.lines[-1] - 1].strip()) or len(set(previous.lines)) > 1)
            and (not previous.text.endswith(_SENTENCE_END) or _next_part(previous.text, text))
            and not is_heading_only(previous.text)
            and not (len(set(previous.lines)) == 1 and _is_unnumbered_heading(previous.text, text))
            and previous.section == section
            and not _ends_title_block(previous, index, text)
        ):
            if (
                previous.text[-1].isdigit()
                and text[0].isdigit()
                and (code := _CODE_LINE_START.match(text))
                and _opens_category(code["code"])
            ):
                previous.text += " "
                previous.lines.append(previous.lines[-1])
            previous.text += text
            previous.lines.extend([index + 1] * len(text))
        else:
            out.append(Paragraph(text, [index + 1] * len(text), section))
    return out


# the 三公 total's list of its parts, opened after it ('…“三公”经费支出预算总额486.30万元，…。其中：'), each
# part on a line of its own ended by '；': the opener, the total's words before it, a part's name
_LIST_OPENER = re.compile(r"(?:其中|包括)\s*[：:]")
_FULL_STOP = re.compile(r"[。！？!?]")
_ITEM_END = ("；", ";")
_THREE_PUBLIC_WHOLE = re.compile(r"三\s*公")
_THREE_PUBLIC_PART = re.compile(r"^[^，,。；;：:\d]{0,6}?(?:因公出国|出国|出境|公务用车|公车|车辆|公务接待|接待)")


def _next_part(text: str, line: str) -> bool:
    """Whether ``line`` goes on with the list of the 三公 total's parts that the paragraph ``text``
    opened ('其中：' / '包括：' after words naming the 三公 total in its sentence, or in the sentence
    before when the opener opens one; no full stop after the opener) and whose last item ended with '；': the line names a part (因公出国（境）
    费, 公务用车…, 公务接待费) first, as the list's next item of the same sentence ('…支出预算总额
    486.30万元，…。其中：' / '因公出国（境）费262万元；' / '公务用车购置及运行费190.30万元；' / '公务接待费
    51万元。'; a part listed so keeps the whole's role and topic). Any other line after a '；' starts
    a paragraph of its own."""
    if not text.endswith(_ITEM_END) or not _THREE_PUBLIC_PART.match(line):
        return False
    opener = None
    for opener in _LIST_OPENER.finditer(text):  # noqa: B007 - the last opener counts
        pass
    if opener is None or _FULL_STOP.search(text, opener.end()):
        return False
    stops = [0, *(found.end() for found in _FULL_STOP.finditer(text, 0, opener.start()))]
    if not text[stops[-1] : opener.start()].strip() and len(stops) > 1:
        stops.pop()  # ('…总额486.30万元，…。其中：': the sentence before names the whole)
    return bool(_THREE_PUBLIC_WHOLE.search(text, stops[-1], opener.start()))


def sentences(paragraph: Paragraph) -> list[Sentence]:
    """A paragraph -> its sentences in order, each with its character offset in the paragraph
    (split after 。！？!?; a tail without a stop is a sentence too).
    """
    out, begin = [], 0
    for match in _SENTENCE_STOP.finditer(paragraph.text):
        if _CLOSING_PAREN.match(paragraph.text, match.end()):
            continue  # '（…运行维护费400万元，比上年增加0万元。）比上年…': the stop ends a parenthesis only
        out.append(Sentence(paragraph.text[begin : match.end()], begin))
        begin = match.end()
    if begin < len(paragraph.text):
        out.append(Sentence(paragraph.text[begin:], begin))
    return out


# a 款 or 项 code as printed before its name: five or seven digits alone
_CODE_BEFORE_NAME = re.compile(r"\d{5}(?:\d{2})?")


def amounts(text: str, offset: int = 0) -> list[Amount]:
    """Every amount / count in ``text`` (offsets shifted by ``offset``), exact."""
    found = []
    for match in AMOUNT.finditer(text):
        unit = "".join(match.group("unit").split())
        if unit == "人" and _CODE_BEFORE_NAME.fullmatch(match.group("number")) and text.startswith("大", match.end()):
            continue  # '20101 人大事务：120.00': the code of 人大事务 before its name, no count of people
        if unit == "万":
            unit = "万元"
        elif unit.startswith("批"):
            unit = "批次"
        value = _value(match.group("number"), unit)
        if value is None:
            continue
        found.append(Amount(offset + match.start(), offset + match.end(), match.group(), unit, value))
    counts: list[re.Match[str]] = []
    # (cheap refusals first: every occasion count holds 团组, 组团 or 批, every vehicle count 台)
    if "团组" in text or "批" in text or "组团" in text:
        counts.extend(_OCCASION_COUNT.finditer(text))
    if "台" in text:
        counts.extend(_VEHICLE_COUNT.finditer(text))
    for match in counts:
        number = next(name for name in ("number", "number_before", "number_batch") if match.group(name) is not None)
        unit = match.group("unit") or match.group("unit_before") or match.group("unit_batch")
        unit = "批次" if unit == "批" else unit
        value = _value(match.group(number), unit)
        if value is not None:
            start = match.start(number)
            found.append(Amount(offset + start, offset + match.end(), text[start : match.end()], unit, value))
    if "用车" in text and "辆" in text:
        for match in _BARE_VEHICLE_COUNT.finditer(text):
            value = _value(match.group("number"), "辆")
            if value is not None:
                start, end = match.start("number"), match.end("number")
                found.append(Amount(offset + start, offset + end, text[start:end], "辆", value))
    for match in _BARE_ZERO_MONEY.finditer(text):
        start, end = match.start("number"), match.end("number")
        found.append(Amount(offset + start, offset + end, text[start:end], "元", Decimal("0.00")))
    if "人" in text or "编制" in text:
        for match in _BARE_PEOPLE.finditer(text):
            number = next(
                name for name in ("number", "after_colon", "posts", "listed") if match.group(name) is not None
            )
            value = _value(match.group(number), "人")
            if value is not None:
                start, end = match.start(number), match.end(number)
                found.append(Amount(offset + start, offset + end, text[start:end], "人", value))
    for match, number, unit in _chinese_counts(text):
        integer = chinese_integer(match.group(number))
        value = None if integer is None else _value(str(integer), unit)
        if value is not None:
            start = match.start(number)
            found.append(Amount(offset + start, offset + match.end(), text[start : match.end()], unit, value))
    if len(found) > 1:
        found.sort(key=lambda a: a.start)
    return found


# a declaration of the unit of the amounts printed after it without one ('具体项目如下（单位：万元）：',
# '单位：万元', '金额单位：元'; where it may stand and end: ``unit_declared``)
_UNIT_DECLARATION = re.compile(r"(?:金额|货币)?单位\s*[：:]\s*(?P<unit>亿元|千万元|百万元|万元|千元|元)")
_DECLARATION_BEFORE = "（(【[ \t，,：:；;。"
# the column header of a table flattened into lines (a web page's table copied as text: '项目　金额（万元）',
# '科目名称  决算数（万元）'), a line of its own: it declares the unit of the bare numbers of the lines
# after it ('公务接待费　3.42'), as '单位：万元' does
_HEADER_DECLARATION = re.compile(_HEADER_WORDS)
_DECLARATION_END = re.compile(r"\s*(?:[)）】\]：:，,；;。]|$)")
# a number printed without its unit that a declared unit makes an amount: after a label's last
# character (a CJK character or a colon, spaces between at most) and ending its clause (a clause mark,
# a closing bracket, the end or its line's end: never before %, a unit, 年 or a name, never inside
# brackets or after digits: '98.6%', '42人', '2025年', '[2010301]', '2010301行政运行', '1.' are none)
_BARE_NUMBER = re.compile(
    rf"(?<=[\u4e00-\u9fff：:])[ \t\u3000]*(?P<number>{_SPACED_DECIMAL}|{_WHOLE_NUMBER})[ \t\u3000]*"
)
_BARE_NUMBER_END = re.compile(r"[，,、；;。）)]|$")
# the words right before a bare number that name money: role, spending and income words, maybe with a
# copula ('年初预算312.40', '支出决算为327.15', '工资福利支出120.00', '项目经费合计36.00'), or a change
# of money ('比上年增加12.00'; never 增长 / 下降, the words of a rate)
_MONEY_WORDS_BEFORE = re.compile(
    r"(?:预算数?|决算数?|支出|收入|安排|拨款|经费|费用|费|资金|补助|补贴|合计|总计|小计|结转|结余|执行数|完成数|金额|增加|减少)"
    r"(?:为|是|共计|合计|共|计)?[：:]?$"
)
# words that make the name before a colon a count's ('在职人员：42', '车辆编制：3', '公务用车：2'), a
# rate's ('完成率：98.6') or a code's ('科目编码：2010301'): a bare number after the colon is no amount
_NOT_MONEY_WORDS = re.compile(
    r"人数|人员(?!经费|支出)|名额|辆|车辆|用车(?!费|经费)|个数|次数|批次|户数|台数|编制|床位|座位|面积|"
    r"编码|代码|科目|编号|比例|比重|率"
)
# a name ending in a word of money ('公务用车购置及运行维护费', '车辆运行经费'): money whatever count's word it
# holds inside
_MONEY_NAME_END = re.compile(r"(?:费用|经费|费|支出|资金|收入|补助|补贴|拨款)$")


def _not_money_name(name: str) -> bool:
    """Whether ``name`` (compact) names a count, a rate or a code (``_NOT_MONEY_WORDS``: '在职人员',
    '车辆编制', '科目编码') rather than money: never a name ending in a word of money
    ('公务用车购置及运行维护费')."""
    return bool(_NOT_MONEY_WORDS.search(name)) and not _MONEY_NAME_END.search(name)


# a year printed bare ('截至2025，'): a whole number of four digits 19xx / 20xx is never read as an amount
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CLAUSE_START = re.compile(r"[，,、；;。：:！？!?（(]")
_HEAD_START = re.compile(r"[，,；;。：:！？!?]")


def unit_declared(paragraph: Paragraph) -> tuple[str, int] | None:
    """(unit, offset after it) of the last declaration of a unit in ``paragraph`` ('具体项目如下（单位：
    万元）：', '单位：万元', '金额单位：元': a money unit of MONEY_UNITS after 单位 at a line's start or
    after a bracket or a clause mark), whose unit ends its words: a closing bracket, a clause mark,
    the paragraph's end or its line's end follow ('单位：万元、人' declares no one unit); None when
    the paragraph declares none (``units_declared``: every one). Pure."""
    declared = units_declared(paragraph)
    return (declared[-1][0], declared[-1][2]) if declared else None


def units_declared(paragraph: Paragraph) -> list[tuple[str, int, int]]:
    """(unit, offset of the declaration, offset after it) of each declaration of a unit in
    ``paragraph``, in text order (what one is: ``unit_declared``); each holds for the bare numbers
    after it up to the next. Pure."""
    text, out = paragraph.text, []
    for found in _UNIT_DECLARATION.finditer(text):
        begin, end = found.span()
        opens = begin == 0 or text[begin - 1] in _DECLARATION_BEFORE or _line_break(paragraph, begin)
        if opens and (_line_break(paragraph, end) or _DECLARATION_END.match(text, end)):
            out.append((found.group("unit"), begin, end))
    for found in _HEADER_DECLARATION.finditer(text):
        # ('项目　金额（万元）': a line of its own, nothing but the header on it)
        begin, end = found.span()
        if (begin == 0 or _line_break(paragraph, begin)) and (
            end == len(text.rstrip())
            or _line_break(paragraph, end + len(text[end:]) - len(text[end:].lstrip(" \t\u3000")))
        ):
            out.append((found.group("unit"), begin, end))
    return sorted(out, key=lambda declared: declared[1])


def _line_break(paragraph: Paragraph, at: int) -> bool:
    """Whether a source line ends right before offset ``at`` of ``paragraph``'s text (its lines joined)."""
    return 0 < at < len(paragraph.text) and paragraph.line_at(at) != paragraph.line_at(at - 1)


def declared_amounts(
    paragraph: Paragraph, unit: str, start: int = 0, found: Sequence[Amount] = (), stop: int | None = None
) -> list[Amount]:
    """The numbers of ``paragraph``'s text from offset ``start`` (up to ``stop``, default its end) printed
    without a unit that a declared unit (``unit``: a money unit of MONEY_UNITS, from a declaration before
    them, ``unit_declared``) makes amounts: '年初预算312.40，调整预算330.00' under '（单位：万元）' -> 312.40
    and 330.00 万元 (in yuan, exact; ``declared`` True). A number is read only where a label names money
    (role, spending and income words right before it, ``_MONEY_WORDS_BEFORE``), after a colon after a
    name ('行政运行：312.40；'), or as a list's line printing a name, spaces and the number alone ('货物类
    6.10': the spaces stand for the colon), and it ends its clause (``_BARE_NUMBER``); never a
    percentage, a count or what a count's or code's words name ('在职人员：42', '科目编码：2010301'), a
    year ('2025'), a list's number or a code, nor a number an amount of ``found`` (the text's amounts
    read with their units, 0 after a role word among them) already holds. Pure; [] when ``unit`` is no
    money unit."""
    if unit not in MONEY_UNITS:
        return []
    text, out = paragraph.text, []
    for match in _BARE_NUMBER.finditer(text, start, len(text) if stop is None else stop):
        begin, end = match.start("number"), match.end("number")
        if not (_BARE_NUMBER_END.match(text, match.end()) or _line_break(paragraph, match.end())):
            continue
        if any(a.start < end and begin < a.end for a in found):
            continue
        number = match.group("number")
        if _BARE_YEAR.match(number):
            continue
        line_words = compact(text[_line_start(paragraph, begin) : begin]).rstrip("：:")
        if _CODE_SHAPED.fullmatch(number) and _names_category_of(line_words, number):
            continue  # '一般公共服务支出 20101', '农林水支出：213': the 类's code or one under it, no amount
        clause_begin = max((found_mark.end() for found_mark in _CLAUSE_START.finditer(text, 0, begin)), default=0)
        label = compact(text[clause_begin:begin])
        colon = len(text[:begin].rstrip()) - 1
        if not label and colon >= 0 and text[colon] in "：:":
            # '[2010301]行政运行：312.40': the words before the colon name what the amount is of
            head_begin = max((mark.end() for mark in _HEAD_START.finditer(text, 0, colon)), default=0)
            label = compact(text[head_begin:colon])
            if _not_money_name(label):
                continue
        elif _spaced_line_item(paragraph, match):
            # '货物类 6.10' on a line of its own: a name, spaces for its colon, the number
            if _not_money_name(compact(text[_line_start(paragraph, begin) : begin])):
                continue
        elif not _MONEY_WORDS_BEFORE.search(label):
            continue
        value = _value(number, unit)
        if value is not None:
            out.append(Amount(begin, end, number, unit, value, declared=True))
    return out


# a list's line of a name and a number with spaces between and nothing after ('货物类 6.10', '某某补助  31.50；'),
# the name after its list number or its function code, or before its code in brackets, at most ('2080802伤残抚恤
# 1,102.20', '2010302  一般行政管理事务  318.00', '（2）一般行政管理事务(2130302) 306.00')
_LINE_ITEM_NAME = re.compile(
    r"(?:\d{1,2}[、.．]|[（(]\d{1,2}[)）])?(?:[\[【［（(]?\d{5}(?:\d{2})?(?!\d)[\]】］）)]?[ \t]*)?"
    r"[^\d，,。；;、：:！？!?]*[\u4e00-\u9fff）)](?:[ \t]*[（(\[【［]\d{5}(?:\d{2})?[)）\]】］])?"
)
_LINE_ITEM_END = re.compile(r"[；;，,。]?$")
# a whole number printed as a function code is ('213', '21303', '2130301'): digits alone, three, five or seven
_CODE_SHAPED = re.compile(r"\d{3}(?:\d{2}){0,2}")


def _names_category_of(words: str, number: str) -> bool:
    """Whether ``words`` (compact: a line's words before a bare number) end with the name of the 类 whose code
    ``number`` is or opens ('一般公共服务支出' before '20101' or '201'): the number is that 类's code or the code
    of a 款 / 项 under it, never an amount ('农林水支出 213' under '（单位：万元）' is no 213万元)."""
    name = re.split(r"[，,。；;、：:！？!?]", words)[-1]
    name = re.sub(r"^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])", "", name)
    return bool(name) and (named := category_code(name)) != "" and number.startswith(named)


def _spaced_line_item(paragraph: Paragraph, match: re.Match[str]) -> bool:
    """Whether the bare number ``match`` (of ``_BARE_NUMBER`` in ``paragraph``'s text) stands on a line of
    its own after a name and spaces alone: the line opens with the name (no digit, no clause mark), the
    number ends the line (one clause mark at most after it)."""
    text, begin = paragraph.text, match.start("number")
    if match.start() == begin:  # (no space between the name and the number)
        return False
    line_begin = _line_start(paragraph, begin)
    line_end = _line_end(paragraph, begin)
    return bool(
        _LINE_ITEM_NAME.fullmatch(text[line_begin : match.start()])
        and _LINE_ITEM_END.match(text[match.end("number") : line_end].strip())
    )


def _line_start(paragraph: Paragraph, at: int) -> int:
    """The offset in ``paragraph``'s text where the source line holding offset ``at`` begins."""
    while at > 0 and not _line_break(paragraph, at):
        at -= 1
    return at


def _line_end(paragraph: Paragraph, at: int) -> int:
    """The offset in ``paragraph``'s text right after the source line holding offset ``at``."""
    at += 1
    while at < len(paragraph.text) and not _line_break(paragraph, at):
        at += 1
    return min(at, len(paragraph.text))


def chinese_unread(text: str) -> list[tuple[int, str]]:
    """The counts and amounts in Chinese numerals of ``text`` that ``amounts`` does not read, the
    numerals being no whole, unambiguous number ('三点五万元', '十几辆', '两三辆'): (offset, text as
    printed) each, in text order."""
    return [
        (match.start(number), text[match.start(number) : match.end()])
        for match, number, _ in _chinese_counts(text)
        if chinese_integer(match.group(number)) is None
    ]


def _chinese_counts(text: str) -> list[tuple[re.Match[str], str, str]]:
    """The amounts and counts in Chinese numerals of ``text``, read or not: (match, the name of
    its number's group, its unit as ``amounts`` gives it ('批' -> '批次')) each, in text order."""
    out = [(match, "number", match.group("unit")) for match in _CN_MONEY.finditer(text)]
    out.extend((match, "number", match.group("unit")) for match in _CN_COUNT.finditer(text))
    if "团组" in text or "批" in text:
        for match in _CN_OCCASION_COUNT.finditer(text):
            if match.group("number") is not None:
                out.append((match, "number", match.group("unit")))
            else:
                out.append((match, "number_batch", "批次"))
    out.sort(key=lambda item: item[0].start(item[1]))
    return out


# digits, a space of any kind (the reader makes every space an ASCII one), digits, a money unit:
# '278.6 6万元' is one amount broken by a space, or two numbers run together. Neither is read
# (the tail '6万元' is never taken for the amount): the caller reports it.
_BROKEN_AMOUNT = re.compile(
    r"(?<![\d.,，．])\d[\d.,，．]*(?:\s+\d[\d.,，．]*)+\s*(?:亿\s?元|[千百]?\s?万\s?元|千\s?元|元)"
)


# '100余万元', '100多万元', '100万余元', '20余人': 余 / 多 between the number and its unit
_APPROXIMATE_AMOUNT = re.compile(
    rf"(?<![\d.,])(?=\d)(?:{_NUMBER})\s*(?:(?:余|多)\s*(?:亿\s?元|千?\s?万\s?元|千\s?元|元|辆|人|名)|(?:亿|千?万|千)\s?(?:余|多)\s?元)"
)


# an amount in a unit no rule reads: a currency other than 元, or a multiple of 元 never printed in prose
_OTHER_UNIT_AMOUNT = re.compile(
    rf"(?<![\d.,])(?=\d)(?:{_NUMBER})\s*(?:美元|港元|港币|欧元|日元|英镑|澳门元|十\s?万\s?元)"
)


def other_unit_amounts(text: str) -> list[tuple[int, str]]:
    """The amounts of ``text`` in a unit ``amounts`` does not read ('28美元', '3十万元'): (offset,
    text as printed) each, in text order."""
    return [(match.start(), match.group()) for match in _OTHER_UNIT_AMOUNT.finditer(text)]


def approximate_amounts(text: str) -> list[tuple[int, str]]:
    """The approximate amounts of ``text`` that ``amounts`` does not read: a number, then 余 or
    多, then its unit ('100余万元', '100多万元', '100万余元', '20余人'): (offset, text as printed)
    each, in text order."""
    if "余" not in text and "多" not in text:  # each such amount holds one of them
        return []
    return [(match.start(), match.group()) for match in _APPROXIMATE_AMOUNT.finditer(text)]


def broken_amounts(text: str, found: Sequence[Amount]) -> list[tuple[int, str]]:
    """The money amounts of ``text`` that a space breaks ('278.6 6万元'), none of whose parts
    ``amounts`` read (no amount read overlaps it: '1，234. 56万元' is one amount read whole):
    (offset, text as printed) each, in text order."""
    out = []
    for match in _BROKEN_AMOUNT.finditer(text):
        if not any(a.start < match.end() and match.start() < a.end for a in found):
            out.append((match.start(), match.group()))
    return out


# (after halfwidth) a number whose one group of three a space sets off, without two decimals
_ONE_SPACED_GROUP = re.compile(r"\d{1,3} \d{3}(?:\s?\.[ \t]{0,2}(?!\d{2}$)\d+)?")


@lru_cache(maxsize=4096)
def _value(number: str, unit: str) -> Decimal | None:
    """The exact value of a printed number with its unit: yuan for money, the count for counts;
    None for what is no amount ('1.5人' is not a count; money whose thousands a space sets off in
    one group of three alone without two decimals, '2 350万元', may be a count and an amount:
    ``_SPACED_GROUPS``). Cached: documents repeat figures."""
    number = halfwidth(number)
    if unit in MONEY_UNITS and _ONE_SPACED_GROUP.fullmatch(number):
        return None
    value = parse_decimal(number.replace(" ", ""))
    if value is None:  # pragma: no cover - the regex only matches digits
        return None
    if unit == "亿元":
        return to_yuan(value * Decimal(10000), "万元")
    if unit in MONEY_UNITS:
        return to_yuan(value, unit)
    if value != value.to_integral_value():
        return None
    return value.to_integral_value()
