"""The sub-units a department says it includes (they feed dim_unit.parent_unit_id).

Three wordings, all in section 一 (单位基本情况):
* a list after a count of units: '下属7个二级预算单位，分别是A、B、…' / '有3个下属…事业单位，即A、B、C';
* names before a count of units: '…，以及产业发展服务中心1个直属事业单位';
* numbered headings that are unit names ('1.重庆市渝中区人民政府办公室（本级）', '2. …中心'),
  and paragraphs '<name>为<department>管理的…事业单位'.
Names are recorded as printed (no prefix is added). （本级） entries are kept: they are the
department's own-level unit, a unit of their own in dim_unit (scope 'unit_only').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.narrative.text import Paragraph
from extract.numbers import chinese_integer
from extract.spaces import compact

_UNIT_SUFFIX = r"(?:中心|办公室|局|委员会|委|站|所|院|馆|队|处|社|园|学校|校|医院|厂|台|库|会|（本级）|\(本级\))"
_NAME = re.compile(rf"^[^，。；：、,;:（）()]*?[^，。；：、,;:]*{_UNIT_SUFFIX}$")
# Every repeat is bounded (a count has at most 3 digits and starts a run of digits; a list
# of names before the count is at most 300 characters): a line of 100,000 digits or of text
# without punctuation is scanned in linear time, never retried from every position.
_COUNT = r"(?<![\d一二两三四五六七八九十])(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个"
_LIST_AFTER = re.compile(
    _COUNT
    + r"(?:下属|直属|所属|二级)?[^，。；、]{0,24}?单位[^，。；]{0,6}?[，,：:]?\s*(?:分别是|分别为|即|包括|为)(?P<names>[^。；]+)"
)
_LIST_BEFORE = re.compile(
    r"(?:以及|及|和|另有|还有|下设|设有)(?P<names>[^，。；：]{1,300}?)\s*"
    + _COUNT
    + r"(?:下属|直属|所属|二级)[^，。；]{0,12}?单位"
)
_HEADING_NAME = re.compile(r"^\d{1,3}\s*[.．、]\s*(?P<name>\S.*)$")
_MANAGED = re.compile(r"^(?P<name>[^，。；：]{2,40}?)为[^，。；]{1,30}?管理的[^，。；]{0,20}?单位")


@dataclass(frozen=True)
class SubUnit:
    name: str
    line: int
    text: str


def _count(text: str) -> int | None:
    """'12' -> 12, '十二' -> 12, '两' -> 2 (numbers.chinese_integer); None for no count."""
    return int(text) if text.isdigit() else chinese_integer(text)


_NAME_SEPARATOR = re.compile(r"[、，,]")
_NAME_LEAD = re.compile(r"^(?:以及|及|和|还有|另有|设有|下设|包括)")
_NAME_TRAIL = re.compile(r"等$")


def _names(text: str) -> list[str]:
    parts = [compact(p).strip() for p in _NAME_SEPARATOR.split(text)]
    parts = [_NAME_LEAD.sub("", p) for p in parts]
    parts = [_NAME_TRAIL.sub("", p) for p in parts]
    return [p for p in parts if p]


_DUTY = re.compile(
    r"^(?:负责|承担|完成|协助|组织|指导|统筹|参与|贯彻|拟订|研究|督促|加强|监督|管理|推进|开展|建设|做好|落实|牵头)"
)


def is_unit_name(text: str) -> bool:
    """True when the text reads as the name of a unit: 2 to 40 characters, no sentence punctuation,
    ending in an organisation word, and not a duty statement.
    """
    return 2 <= len(text) <= 40 and bool(_NAME.match(text)) and not _DUTY.match(text)


# the nouns of a unit's kind its own name may end with, by which the unit names itself ('医院资产总额',
# '该局', '我校'; Walker._own_kind_at), and the shorter nouns each is also named by ('某某第一中学' is
# '学校' and '校'): 政府 / 街道 (政府采购, 街道办) and 部 / 处 / 社 (本部, 全部, 本处置, 全社会) are no such
# nouns; 办 / 会 only in 委员会 / 办公室's short forms
_OWN_KINDS = {
    "幼儿园": ("园",),
    "卫生院": ("医院", "院"),
    "保健院": ("院",),
    "委员会": ("委",),
    "办公室": ("办",),
    "医院": ("院",),
    "中心": (),
    "中学": ("学校", "校"),
    "小学": ("学校", "校"),
    "学校": ("校",),
    "学院": ("学校", "院", "校"),
    "大学": ("学校", "校"),
    "党校": ("学校", "校"),
    "分局": ("局",),
    "局": (),
    "院": (),
    "委": (),
    "所": (),
    "站": (),
    "馆": (),
    "园": (),
    "队": (),
    "厅": (),
    "校": (),
}
# the longest name a unit names itself by with 本 / 我 ('本委员会', '我办公室'; ``names_itself``)
_MAX_SELF_NAME = 5


def names_itself(name: str, own: str) -> bool:
    """Whether ``name`` (compact; a paragraph's subject, '本院为…事业单位') is the unit named ``own``
    naming itself by the noun of its kind: 本 / 我 before a noun of a unit's kind ('本院', '我中心',
    '本医院': 本 and 我 are the writer, the document's unit), 该 before one of its own
    (``own_kind_nouns``: '该局' in a 局's document; in a 委员会's, '该院' is the unit named before), or
    that noun alone ('医院' in '某某县人民医院''s document)."""
    nouns = own_kind_nouns(own)
    if name[:1] in ("本", "我"):
        return 2 <= len(name) <= _MAX_SELF_NAME and any(name.endswith(noun) for noun in (*_OWN_KINDS, "单位", "部门"))
    return name in nouns or (name[:1] == "该" and name[1:] in nouns)


def own_kind_nouns(own: str) -> tuple[str, ...]:
    """The nouns of its kind a unit named ``own`` (compact) may name itself by, longest first: the
    noun of ``_OWN_KINDS`` its name ends with and the shorter nouns that noun is also named by
    ('某某县人民医院' -> ('医院', '院'); '某某市第一中学' -> ('中学', '学校', '校'); '某某县交通运输局' ->
    ('局',)); () when its name ends with none (a government, a 街道, no name)."""
    noun = next((noun for noun in _OWN_KINDS if own.endswith(noun)), "")
    if not noun:
        return ()
    return tuple(sorted(dict.fromkeys((noun, *_OWN_KINDS[noun])), key=len, reverse=True))


# the words of a place's government a unit's name may end with ('某某镇人民政府', '某某街道办事处',
# '某某开发区管理委员会'; the longest first): (those words, how many of their characters the place's name
# keeps: '某某村民委员会' is the government of '某某村', the words the unit is also named by after the
# place's name: '某某镇政府', '某某街道办', '某某开发区管委会')
_PLACE_GOVERNMENTS = (
    ("管理委员会", 0, ("管理委员会", "管委会")),
    ("村民委员会", 1, ("民委员会", "委会")),
    ("居民委员会", 0, ("居民委员会", "居委会")),
    ("人民政府", 0, ("人民政府", "政府")),
    ("办事处", 0, ("办事处", "办")),
    ("管委会", 0, ("管委会",)),
    ("政府", 0, ("政府",)),
)
# the places a unit governs that its name without the government's words still names: a township's
# (镇, 乡, 街道, 苏木), a zone's (开发区, 园区 …), a village's or a community's (村, 社区), a name before
# the place's word; never a territory of a county or above ('某县' in the county government's document
# names the county's whole, as 全县 does: figures._TERRITORY_WHOLE)
_OWN_PLACE = re.compile(
    r"[\u4e00-\u9fff]+?(?:镇|乡|街道|苏木|开发区|园区|工业区|度假区|风景区|名胜区|合作区|试验区|示范区|管理区|保税区|村|社区)"
)
# a region's name opening a place's ('上海市', '浦东新区', '某某自治州'): the place is named without it too
_REGION_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|区|县|旗)"
)


def own_place_forms(own: str) -> tuple[str, ...]:
    """The names a place's government named ``own`` (compact: '上海市浦东新区李村镇人民政府') is also
    named by, without its government's words (``_PLACE_GOVERNMENTS``): the place's name
    ('上海市浦东新区李村镇', a name of ``_OWN_PLACE``), that name without each region's name opening
    it in turn, as long as a name is left before the place's word ('浦东新区李村镇', '李村镇'; '某县新市镇'
    -> '新市镇', never '镇'), and each of them with the short words of the government ('李村镇政府',
    '花园街道办'). () for any other unit ('某县人民政府办公室', '某区发展和改革委员会': their names end
    in no government's words) and for the government of a county or above ('某县人民政府': the county's
    name names its whole). Source: how a township's document names it ('2024年，李村镇收入预算…')."""
    government = next((entry for entry in _PLACE_GOVERNMENTS if own.endswith(entry[0])), None)
    if government is None:
        return ()
    end, kept, shorts = government
    place, words = own[: len(own) - len(end) + kept], own[len(own) - len(end) + kept :]
    if not _OWN_PLACE.fullmatch(place):
        return ()
    places = [place]
    while (region := _REGION_PREFIX.match(place)) and _OWN_PLACE.fullmatch(place[region.end() :]):
        place = place[region.end() :]
        places.append(place)
    return tuple(dict.fromkeys([*places, *(name + word for name in places for word in (words, *shorts))]))


def find_sub_units(paragraphs: list[Paragraph], own_name: str) -> tuple[list[SubUnit], list[str]]:
    """(sub-units in order of first mention, findings). Only section 一 is read."""
    found: list[SubUnit] = []
    findings: list[str] = []
    own = compact(own_name)

    def add(name: str, line: int, text: str) -> None:
        if (
            not is_unit_name(name)
            or name == own
            or (own and own.endswith(name) and "本级" not in name)
            or names_itself(name, own)
        ):
            return
        if all(s.name != name for s in found):
            found.append(SubUnit(name, line, text))

    for paragraph in paragraphs:
        if paragraph.section != "一":
            continue
        text = paragraph.text
        heading = _HEADING_NAME.match(text)
        if heading and is_unit_name(compact(heading.group("name"))):
            add(compact(heading.group("name")), paragraph.line_at(0), text)
            continue
        managed = _MANAGED.match(text)
        if managed:
            add(compact(managed.group("name")), paragraph.line_at(0), text)
        for pattern in (_LIST_AFTER, _LIST_BEFORE):
            for match in pattern.finditer(text):
                names = _names(match.group("names"))
                valid = [n for n in names if is_unit_name(n)]
                count = _count(match.group("count"))
                if not valid:
                    continue
                if count is not None and count != len(valid):
                    findings.append(f"the text counts {count} sub-units but names {len(valid)}: {'、'.join(valid)}")
                sentence = _sentence_at(text, match.start())
                for name in valid:
                    add(name, paragraph.line_at(match.start("names") + match.group("names").find(name)), sentence)
    return found, findings


def _sentence_at(text: str, offset: int) -> str:
    begin = max(text.rfind("。", 0, offset), text.rfind("；", 0, offset)) + 1
    end = text.find("。", offset)
    return text[begin : len(text) if end < 0 else end + 1].strip()
