"""Detect: what a decoded text is — a budget disclosure or not, and its title block.

The title block is the first few non-empty lines before section 一: the unit's name and
a line such as ``2026年部门预算情况说明`` / ``2026 年单位预算情况说明`` /
``2026年预算公开情况说明`` (or ``…决算…``). Both may also share one line.

The kind line must read as a title: after the matched words only a correction marker
may follow (``（更正）``, ``更正版``, ``的更正``) or ``目录``, and the unit name before it is short and
has no sentence punctuation. So a news article that *mentions* a disclosure
("…公布了2026年部门预算情况说明，…") is not taken for one. An HTML page is refused
as such (only text exports are read).

A web page's text puts its banner, breadcrumbs and metadata rows above the title: the title is
looked for in the first forty lines before section 一, a metadata row may hold it
(``标题 | …2024年单位预算情况说明 | ||``), and a text that starts at its outline takes it from the
part heading that names the unit (``第三部分 某镇人民政府2023年度部门决算情况说明``, with a
``title_from_outline`` problem). A page listing the titles of three or more units (an index of
links) is no disclosure.

A government's own budget or final-accounts report (the 省级 / 全市 / 区本级 budget: its 一般公共预算
revenue and expenditure, 预备费, 债务还本, 税收返还和转移支付, 上解支出) is not a department's or
unit's disclosure, whatever its title says: it is refused by its wording (see
``government_report_evidence``), so none of its figures is taken for a unit's.

A news article, press summary or notice about disclosures ('某市52个部门集中公开2025年部门预算……市教育局
收入预算…') is no unit's disclosure either (``news_or_notice``): a text whose title block names no one unit
(none, or a 'unit' that is several units or a bare place) and that has news wording, a notice's wording
or several units' figures, or whose one-unit title stands over a news byline, and that has no section
of a disclosure of its own (``own_section``), is refused.

A correction (更正 / 调整) counts only where it marks the title — after the kind words,
around the unit name in brackets, or on a line of its own in the title block — never
because a unit's name contains 调整.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from extract import reference
from extract.names import normalise_name
from extract.page_numbers import is_page_number
from extract.spaces import compact

# "2026年部门预算情况说明", "2025 年部门预算情况说明", "2026年预算公开情况说明", "2024年度部门决算说明",
# "2024年度部门决算公开报告", "…2025年部门预算信息公开",
# "…2024年单位预算", "…2026年区级部门预算", "2024 年度部门决算", "2026年部门预算编制说明", "2024年部门综合
# 预算公开说明" (综合: the comprehensive budget, as some provinces name the 部门预算); a year left
# incomplete ("202 年度") is read too (fiscal_year then comes from the text)
_KIND_LINE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2}|2\d{0,2}(?=\s*年))\s*年\s*度?\s*(?P<level>(?:省|市|区|县|旗|乡|镇)(?:本)?级)?\s*"
    r"(?:(?P<scope>部门|单位)\s*(?:综合\s*)?(?P<kind>预算|决算)\s*(?:信息\s*)?(?:公开)?\s*(?:情况|编制)?\s*(?:说明|公开|报告)?"
    r"|(?P<kind2>预算|决算)\s*(?:信息\s*)?(?:公开)?\s*(?:情况|编制)?\s*(?:说明|公开|报告))"
)
# "2019 年佛山市轨道交通局 部门决算": the year before the unit's name
_YEAR_FIRST = re.compile(
    r"^\s*(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*(?P<unit>[^\d\s][^，。；,;]{1,58}?)\s*"
    r"(?P<rest>(?:部门|单位)\s*(?:综合\s*)?(?:预算|决算)\s*(?:信息\s*)?(?:公开)?\s*(?:情况|编制)?\s*(?:说明|公开|报告)?.*)$"
)
# "预算主管部门：上海市普陀区司法局" / "单位名称：…": the unit named on a line of the title block
_UNIT_FIELD = re.compile(
    r"^\s*(?:预算|决算)?(?P<label>主管部门|主管单位|部门名称|单位名称|预算单位|编制单位)\s*[：:]\s*(?P<name>\S.*)$"
)
# the end of a unit's name: the word of its kind ('…司法局', '…第三中学', '…疾病预防控制中心'), never a
# place's ('上海市普陀区')
_UNIT_END = re.compile(
    r"(?:局|委员会|委|办公室|办|中心|学校|中学|小学|大学|学院|幼儿园|医院|卫生院|保健院|院|所|站|馆|队|处|室|社|厅|部|会"
    r"|政府|办事处|街道|公司|集团)$"
)
_SECTION_ONE = re.compile(r"^\s*一\s*[、.．]")
_CORRECTION = re.compile(r"更正|调整")
_OPEN, _CLOSE = r"[（(【\[〔]", r"[)）】\]〕]"
# what may follow the kind words on a title line
_TITLE_TAIL = re.compile(
    rf"^\s*(?:(?:及|和|与|暨)\s*[“\"]?三公[”\"]?\s*经费\s*(?:预算|决算)?\s*(?:公开)?\s*(?:情况)?\s*(?:说明|公开)?)?"
    rf"\s*{_OPEN}?\s*(?:的)?\s*(?:更正|调整)?\s*(?:版|稿|后|公告)?\s*{_CLOSE}?\s*(?:目\s*录)?\s*$"
)
# a correction marker in brackets, or a title-block line that is only one
_CORRECTION_MARK = re.compile(rf"{_OPEN}\s*(?:更正|调整)\s*(?:版|稿|后)?\s*{_CLOSE}")
_CORRECTION_LINE = re.compile(rf"^\s*{_OPEN}?\s*(?:关于)?\s*(?:更正|调整)\s*(?:版|稿|后|公告|说明)?\s*{_CLOSE}?\s*$")
_LEAD_IN = re.compile(r"^\s*关于\s*")
_VERB_BEFORE = re.compile(r"(?:公开|公布|发布|印发|下达|批复|审议|通过|编制|执行|做好|开展|完成)(?:了)?\s*$")
_SENTENCE = re.compile(r"[，。；！？,;：:|｜]")
_MAX_UNIT_NAME = 60
_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|meta|div|p|table|script|span|a)\b", re.IGNORECASE)
_UNIT_ONLY = re.compile(r"[（(]\s*本级\s*[)）]")
# a title-block line that may start a unit's wrapped name: '上海市普陀区', '上海市普陀区人民政府'
_PLACE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}$")
_KIND_WORDS = re.compile(r"预算|决算|目录|说明|公开")


def _place_line(text: str) -> bool:
    """A short title-block line of CJK text only that names a place and no kind words: the start of
    a unit name wrapped over lines ('上海市普陀区', '浙江省杭州市', '上海市普陀区人民政府')."""
    text = compact(text)
    return bool(_PLACE_LINE.match(text)) and not _KIND_WORDS.search(text) and any(place_of(normalise_name(text) + "某"))


# the lines before section 一 that may hold the title: a web page puts its banner, breadcrumbs and
# a metadata block (索引号, 发布机构, 发布日期 …) above it
_TITLE_LINES = 40
# a web page's metadata row that holds the title: '标题 | …情况说明 | ||', '标 题: | …', '[ 标题 ] …',
# '信息名称: …决算公开 主题分类: 决算'
_METADATA_TITLE = re.compile(
    r"^\s*[\[【]?\s*(?:标\s*题|题\s*名|信息名称|文件名称|文章标题|公文标题)\s*[\]】]?\s*[：:|｜]\s*(?:[|｜]\s*)?"
    r"(?P<value>\S.*)$"
)
# where a metadata value ends: the next cell ('|') or the next field ('  主题分类: …')
_METADATA_VALUE_END = re.compile(r"\s*[|｜]|\s+(?=[\u4e00-\u9fff]{2,6}\s*[：:])")
# an outline's part heading: '第三部分 萧县某镇人民政府2023年度部门决算情况说明', '第二部分：…'
_PART_HEADING = re.compile(r"^\s*第\s*[一二三四五六七八九十\d]{1,3}\s*部分\s*[：:、.．]?\s*(?P<rest>\S.*)$")
# how far into the text an outline's part headings are looked for (a contents page may list tens of tables)
_OUTLINE_LINES = 120
# '…文化和旅游局及所属单位': the department with its units (a 部门 scope), not a part of the unit's name
_WITH_UNITS = re.compile(r"\s*(?:及|和|与|暨)\s*(?:其)?\s*(?:所属|下属|直属)\s*(?:各)?\s*(?:单位|事业单位|机构)\s*$")


@dataclass(frozen=True)
class DocumentMeta:
    is_disclosure: bool
    title: str = ""
    title_lines: tuple[int, ...] = ()  # 1-based
    unit_name: str = ""
    province: str = ""
    district: str = ""
    unit_code: str = ""
    scope: str = ""
    fiscal_year: str = ""
    doc_kind: str = ""
    is_correction: bool = False
    reason: str = ""  # why it is not a disclosure
    refusal: str = "not_a_disclosure"  # the problem code of that reason
    problems: tuple[tuple[str, str], ...] = ()  # (code, message) of what the title leaves unclear


def detect(lines: tuple[str, ...] | list[str]) -> DocumentMeta:
    """The title block of a decoded text -> DocumentMeta (is_disclosure False with a reason when
    there is none). Year, kind and scope come from the kind line; the unit from the text before
    it, the line above it, or a ``预算主管部门：…`` line of the title block; province and district
    from the unit name. ``problems`` lists (code, message) for what the title leaves unclear."""
    if looks_like_html(lines):
        return DocumentMeta(
            is_disclosure=False,
            reason="an HTML web page, not a text export of a budget disclosure",
        )
    evidence = government_report_evidence(lines)
    if evidence:
        return DocumentMeta(
            is_disclosure=False,
            refusal="not_a_unit_disclosure",
            reason=(
                "a government's own budget or final-accounts report (the budget of a province, city or "
                "county as a whole), not a department's or unit's disclosure: it states "
                + "; ".join(f"{what} (line {number}: '{text}')" for what, number, text in evidence)
                + ". yusuan reads 部门/单位 disclosures only, so none of its figures is kept"
            ),
        )
    head: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if _SECTION_ONE.match(stripped):
            break
        if is_page_number(stripped):
            continue  # a PDF page number ('1', '- 2 -')
        head.append((number, stripped))
        if len(head) >= _TITLE_LINES:
            break

    found = None
    shown: dict[int, str] = {}  # the title text of a line whose title is one of its fields
    for at, (number, text) in enumerate(head):
        # a metadata row's title or an outline part heading's words ('第一部分 2024年度部门预算情况说明')
        # count only with the unit's name in them: the line above them is another field or part
        field_value = _metadata_title(text) or _part_words(text)
        found = _title_match(field_value or text)
        if found and field_value:
            shown[number] = field_value
            if not found[1]:
                found = None
        if found:
            kind_at = at
            break
    if found is None:
        # a title wrapped inside its year words ('石泉路街道办事处 2025' / '年度部门决算'): the two lines read as one
        for at in range(len(head) - 1):
            (number, text), (_, following) = head[at], head[at + 1]
            if re.search(r"\d$", text) and following.startswith("年") and (found := _title_match(text + following)):
                head = [*head[:at], (number, text + following), *head[at + 2 :]]
                kind_at = at
                break
    listed = _listed_titles(head)
    if len(listed) >= _LISTED_UNITS:
        return DocumentMeta(
            is_disclosure=False,
            reason=(
                f"a list of {len(listed)} disclosures of different units (an index or links page: "
                + "; ".join(f"line {n}: '{text}'" for n, text in listed[:3])
                + "), not one unit's disclosure"
            ),
        )
    problems: list[tuple[str, str]] = []
    if found is None:
        part = _outline_title(lines)
        if part is None:
            if refusal := _news_refusal(
                lines, "no title block naming one unit's 预算/决算 disclosure", byline_only=False
            ):
                return refusal
            return DocumentMeta(
                is_disclosure=False,
                reason="no title block: expected a line such as '2026年部门预算情况说明' before section 一",
            )
        number, found, shown[number] = part
        head, kind_at = [(number, shown[number])], 0
        problems.append(
            (
                "title_from_outline",
                f"no title line before the outline: year, kind and unit are read from its part heading "
                f"(line {number}: '{lines[number - 1].strip()}')",
            )
        )

    match, prefix, kind_text = found  # (kind_text: the title line, the year moved after the unit)
    number = head[kind_at][0]
    fields = [
        (n, f.group("name").strip(), f.group("label"))
        for n, text in head
        if (f := _UNIT_FIELD.match(text)) and _plausible_unit(f.group("name"))
    ]
    field = (fields[0][0], fields[0][1]) if fields else None
    # (a place's name alone before the year, '上海市普陀区2026年区级部门预算', names no unit)
    above_title = head[kind_at - 1][1] if kind_at > 0 else ""
    named_by_title = (
        bool(_UNIT_END.search(compact(prefix)))
        if prefix
        else (_plausible_unit(above_title) and bool(_UNIT_END.search(compact(above_title))))
    )
    if field is not None and fields[0][2].startswith("主管") and named_by_title:
        # '宜春市袁州区第三中学' / '2024年单位预算' / '预算主管部门：宜春市袁州区教育体育局': the title names the
        # unit; the 主管部门 is the department it reports to (the same unit in a department's own budget)
        field = None
    if field is not None:  # "预算主管部门：…" names the unit; the text before the year names the region
        unit_raw, used = field[1], [number, field[0]]
    elif prefix:  # unit name and year on one line
        unit_raw, used = prefix, [number]
        # the name wrapped: the line above holds its start, the place ('上海市普陀区人民政府' / '石泉路街道办事处 2025…')
        above_line = head[kind_at - 1][1] if kind_at > 0 else ""
        if _place_line(above_line) and not any(place_of(normalise_name(prefix))):
            unit_raw, used = compact(above_line) + prefix, [head[kind_at - 1][0], number]
    elif kind_at > 0 and _plausible_unit(head[kind_at - 1][1]):
        unit_raw, used = head[kind_at - 1][1], [head[kind_at - 1][0], number]
        # a title block wrapped over three lines ('上海市普陀区' / '文化和旅游局' / '2025 年度部门决算'):
        # a line that is only a place's name, above a unit name that names none, starts the name
        region = head[kind_at - 2][1] if kind_at > 1 else ""
        if _place_line(region) and not any(place_of(normalise_name(unit_raw))):
            unit_raw, used = compact(region) + unit_raw, [head[kind_at - 2][0], *used]
    elif (late := _field_after_contents(lines, head[-1][0] if head else 0)) is not None:
        # '2025年部门预算信息公开目录' / '一、部门预算公开表' / … / '预算单位：蔚县南留庄镇人民政府': the
        # title block's fields after the 目录 its title heads (before the text's first sentence)
        field = late
        unit_raw, used = late[1], [number, late[0]]
    else:
        unit_raw, used = "", [number]
    # a correction marker on a line of its own just before or after the title
    above = kind_at - (2 if len(used) == 2 and field is None else 1)
    for neighbour in (above, kind_at + 1):
        if 0 <= neighbour < len(head) and _CORRECTION_LINE.match(head[neighbour][1]):
            used.append(head[neighbour][0])
    used = sorted(set(used))

    is_correction = bool(
        _CORRECTION.search(kind_text[match.end() :])
        or _CORRECTION_MARK.search(kind_text[: match.start()])
        or _CORRECTION_MARK.search(unit_raw)
        or any(_CORRECTION_LINE.match(text) for n, text in head if n in used)
    )
    unit_name = normalise_name(_LEAD_IN.sub("", _CORRECTION_MARK.sub("", unit_raw)))
    # '…局及所属单位': the department with its units, whose name is the department's
    with_units = _WITH_UNITS.search(unit_name)
    if with_units and with_units.start() > 0:
        unit_name = unit_name[: with_units.start()]
    province, district = place_of(unit_name)
    if field is not None and not (province or district) and prefix:
        # the title names the region ('上海市普陀区2026年区级部门预算'), the field the unit by a short
        # name ('区司法局', '司法局'): the official name is the region's name + the unit's
        region = normalise_name(prefix)
        province, district = place_of(region + "某")
        if province or district:
            short = unit_name[1:] if region[-1] == unit_name[0] else unit_name
            unit_name = region + short
    if not province:  # ('婺源县紫阳镇人民政府', '某县教育局'): the province the text's first lines name
        province = province_from_text(lines[max(used) :])
    title = " ".join(shown.get(n, text) for n, text in head if n in used)
    year = match.group("year")
    if len(year) != 4:
        printed = year
        year = year_from_text(lines, printed, after=number)
        problems.append(
            (
                "title_year_incomplete",
                f"the title prints an incomplete year '{printed} 年' (line {number}); "
                + (f"fiscal year {year} is taken from the text" if year else "no year in the text completes it"),
            )
        )
    if names_several_units(unit_name):
        # a title naming several units is never one unit's disclosure, whatever sections follow it
        return _news_meta(
            f"the title block names several units, not one ('{title}')",
            news_evidence(lines) + several_units_evidence(lines),
        )
    one_unit = bool(unit_name) and not names_a_place_only(unit_name)
    if one_unit:
        refusal = _news_refusal(lines, f"its title ('{title}') over a news byline", byline_only=True)
    else:
        named = f"names a place, no unit ('{unit_name}')" if unit_name else "names no unit"
        refusal = _news_refusal(lines, f"the title block {named}: '{title}'", byline_only=False)
    if refusal:
        return refusal
    kind = match.group("kind") or match.group("kind2")
    unit_only = match.group("scope") == "单位" or bool(_UNIT_ONLY.search(unit_name))
    return DocumentMeta(
        is_disclosure=True,
        title=title,
        title_lines=tuple(used),
        unit_name=unit_name,
        province=province,
        district=district,
        unit_code=find_unit_code(lines, unit_name),
        scope="unit_only" if unit_only else "department",
        fiscal_year=year,
        doc_kind="final_accounts" if kind == "决算" else "budget",
        is_correction=is_correction,
        problems=tuple(problems),
    )


# a government's own budget, stated with an amount in prose (a table row has no unit after its
# figure, so a unit's function table listing "债务还本支出" is not one of these): each kind once
_AMOUNT = r"\s*[0-9][0-9,，]*(?:\.[0-9]+)?\s*(?:亿元|万元)"
_LEVEL = r"(?:全省|全市|全区|全县|全州|全旗|全镇|全乡|省级|市级|区级|县级|州级|旗级|(?:省|市|区|县|州|旗)本级)"
# (what, words every match holds, pattern): the words are tested first (a cheap test on every line)
_GOVERNMENT_FIGURES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "the revenue or expenditure of a whole level's 一般公共预算",
        "一般公共预算",
        re.compile(
            _LEVEL + r"\s*一般公共预算\s*(?:总)?(?:收入|支出)\s*(?:总计|合计|总额)?\s*(?:预算)?\s*"
            r"(?:安排|完成|执行数?|决算数?|预算数|为|是|共计|达到?)?" + _AMOUNT
        ),
    ),
    ("a reserve fund (预备费)", "预备费", re.compile(r"预备费\s*(?:安排|为|共计)?" + _AMOUNT)),
    (
        "debt principal repaid (债务还本)",
        "债务还本",
        re.compile(r"债务还本(?:付息)?支出\s*(?:安排|为|共计)?" + _AMOUNT),
    ),
    ("tax revenue (税收收入)", "税收收入", re.compile(r"(?<!非)税收收入\s*(?:完成|实现|为|共计|达到?)?" + _AMOUNT)),
    (
        "transfers to or from other governments (税收返还 / 转移支付)",
        "转移",
        re.compile(
            r"(?:(?:对(?:市县|县区|区县|下级|乡镇)|上级|一般性|专项)\S{0,6}转移支付(?:收入|支出)?|转移性(?:收入|支出))"
            r"\s*(?:安排|为|完成)?" + _AMOUNT
        ),
    ),
    (
        "remittances to a higher government (上解支出)",
        "上解",
        re.compile(r"上解(?:中央|省|市|上级)?支出\s*(?:安排|为)?" + _AMOUNT),
    ),
)
_GOVERNMENT_KINDS_NEEDED = 2
# the title of a report to a people's congress: '关于某区2025年预算执行情况和2026年预算草案的报告',
# '…决算草案的报告', '在某县第五届人民代表大会第三次会议上' (one more kind, read in the first lines only)
_REPORT_TITLE = re.compile(
    r"预算执行情况\S{0,12}(?:和|与|及)\S{0,20}预算草案|决算草案\S{0,12}报告|在\S{0,30}人民代表大会\S{0,20}会议上"
)
_REPORT_TITLE_LINES = 12
_REPORT_TITLE_KIND = "the title of a budget report to a people's congress"


def government_report_evidence(lines) -> list[tuple[str, int, str]]:
    """What shows a text to be a government's own budget or final-accounts report rather than a
    department's or unit's disclosure -> [(what, 1-based line, the words)], one per kind of
    government-level figure stated with an amount in prose: a whole level's 一般公共预算
    revenue or expenditure, 预备费, 债务还本支出, 税收收入, transfers between governments,
    上解支出; a title of a report to a people's congress in the first twelve lines (预算执行情况和…
    预算草案, 决算草案的报告) is one more kind. Fewer than two kinds -> [] (one such sentence can occur in a finance bureau's own
    disclosure; a table row, which prints no unit after its figure, never counts)."""
    found: dict[str, tuple[str, int, str]] = {}
    head = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    for number, line in islice(head, _REPORT_TITLE_LINES):
        if hit := _REPORT_TITLE.search(compact(line)):
            found[_REPORT_TITLE_KIND] = (_REPORT_TITLE_KIND, number, hit.group(0))
            break
    for number, line in enumerate(lines, start=1):
        if "元" not in line:
            continue
        for what, words, pattern in _GOVERNMENT_FIGURES:
            if words in line and what not in found and (hit := pattern.search(line)):
                found[what] = (what, number, hit.group(0).strip())
    return list(found.values()) if len(found) >= _GOVERNMENT_KINDS_NEEDED else []


# --- a news article, press summary or notice about units' disclosures ----------------------------
# A report on the publication of budgets ('某市52个部门昨日集中公开2025年部门预算……市教育局收入预算…') is no
# unit's disclosure, whatever headline it carries. It is told by its structure: no title block naming one
# unit (none, or one naming several units, a bare place or no unit), with news wording, notice wording or
# several units' figures; or a title block naming one unit over a news byline, with no section of a
# disclosure of its own.

# how many non-empty lines from the top (and from the end, for an editor's line) hold a news byline
_NEWS_HEAD_LINES = 15
_NEWS_TAIL_LINES = 8
# (what, pattern): each kind of news wording once
_NEWS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a news agency's or paper's byline (…讯)",
        re.compile(r"(?:本报|本网|本台|本刊|本站|[\u4e00-\u9fff]{1,8}(?:网|报|台|社|刊))讯(?![息号])"),
    ),
    (
        "a reporter's byline (记者 / 通讯员)",
        re.compile(r"[（(【\[](?:本报|本网|特约|实习|见习|首席)?(?:记者|通讯员)|(?:本报|本网|本台)记者"),
    ),
    ("a dateline (…日电)", re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日\s?电(?=\s|[（(【—-]|$)")),
    ("an editor's line (编辑：)", re.compile(r"(?:责任编辑|责编|编辑|撰稿|审校)[：:]")),
    ("a reported source (据…报道 / 据介绍 / 据悉)", re.compile(r"据\S{0,12}报道|据(?:介绍|了解|悉)")),
    ("a press conference (发布会)", re.compile(r"(?:新闻)?发布会")),
)
# the kinds that no disclosure prints (a web page of one may carry an editor's line or a 发布会 menu item)
_BYLINE_KINDS = frozenset(what for what, _ in _NEWS_WORDS[:3])
# a notice about the publication: its title ('关于做好2025年部门预算公开工作的通知') or its salutation to
# several units ('各区县财政局、市级各部门：')
_NOTICE_TITLE = re.compile(
    r"关于\S{0,30}(?:预算|决算|预决算)\S{0,20}(?:公开|公布)\S{0,12}(?:通知|通报|公告|通告|函|意见)"
)
_NOTICE_SALUTATION = re.compile(r"^\S{0,30}各\S{0,12}(?:部门|单位)[：:]$")
# a count of the units whose budgets are spoken of: '52个部门', '全市86个市级部门', '一百零二家单位', '市级各部门'
# (read on a line without its spaces: a layout text's runs of spaces would make optional spaces backtrack)
_UNIT_COUNT = re.compile(
    r"(?<![\d.])(?P<count>[2-9]|[1-9]\d{1,3}|[二三四五六七八九十百两][一二三四五六七八九十百零两]{0,5})(?:个|家)"
    r"(?:(?:省|市|区|县|旗|州)(?:级|直|属)?)?(?:预算)?(?:部门|单位)"
    r"|(?:省级|市级|区级|县级|市直|区直|县直|全市|全区|全县|全省)各(?:预算)?(?:部门|单位)"
)
# a unit named with an amount of its own in prose ('市教育局收入预算12.3亿元', '市公安局2025年支出预算为8.6亿元')
_ORGAN = r"(?:局|委员会|委|办公室|办|厅|院|中心|馆|部|署|会|所|站|队|团|校)"
# (read on a line without its spaces, as _UNIT_COUNT)
_UNIT_FIGURE = re.compile(
    rf"(?P<unit>[\u4e00-\u9fff]{{1,16}}?{_ORGAN})(?:(?:19|20)\d{{2}}年度?)?(?:的)?(?:部门)?"
    r"(?:一般公共预算|财政拨款|政府性基金)?(?:收入|支出|收支)?(?:总)?(?:预算|决算)(?:数|总额|总计|合计)?"
    r"(?:为|是|达|共计|安排)?[0-9][0-9,，]*(?:\.[0-9]+)?(?:亿元|万元|元)"
)
# a numbered section that is a unit's name alone ('一、市教育局', '（二）市公安局')
_UNIT_SECTION = re.compile(
    rf"^(?:[一二三四五六七八九十]{{1,3}}[、.．]|[（(][一二三四五六七八九十]{{1,3}}[)）]|\d{{1,2}}[、.．])"
    rf"(?P<unit>[\u4e00-\u9fff]{{2,20}}{_ORGAN})$"
)
# a section of a disclosure of its own: '目录', '一、部门基本情况', '（二）单位构成', '二、部门收支总体情况'
_OWN_SECTION = re.compile(
    r"^(?:目录"
    r"|(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}部分[：:、]?)"
    r"(?:本)?(?:部门|单位|预算单位)(?:的)?(?:基本情况|概况|主要职能|主要职责|职能职责|职责|机构设置|构成|"
    r"收支总体情况|财务收支|收入|支出|预算情况说明|决算情况说明))"
)
_OWN_SECTION_LINES = 200
# a title's 'unit' that names several units ('市级部门', '某市各部门', '全区52个部门') or only a place ('某市')
_SEVERAL_UNITS_NAME = re.compile(r"部门$|各(?:部门|单位)|\d+(?:个|家)(?:部门|单位)|各级")
_BARE_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{0,20}?(?:省|自治区|市|地区|州|盟|县|旗|区|镇|乡|街道)(?:(?:省|市|区|县)(?:级|本级|直属?))?$"
)


def _news_refusal(lines, title_finding: str, *, byline_only: bool) -> DocumentMeta | None:
    """The refusal (``news_or_notice``) of a text that reports on disclosures rather than being one,
    or None. ``title_finding`` says what the title block lacks; the evidence read is the news
    wording (only a byline or dateline where the title names one unit: ``byline_only``) and, where
    it does not, the notice wording and several units' figures. None when there is no evidence or
    when the text has a section of a disclosure of its own (``own_section``)."""
    evidence = news_evidence(lines)
    if byline_only:
        evidence = [found for found in evidence if found[0] in _BYLINE_KINDS]
    else:
        evidence += several_units_evidence(lines)
    if not evidence or own_section(lines) is not None:
        return None
    return _news_meta(title_finding, evidence)


def _news_meta(title_finding: str, evidence: list[tuple[str, int, str]]) -> DocumentMeta:
    """The ``news_or_notice`` refusal: what the title block lacks, then the evidence (what, line, words)."""
    stated = "; ".join(f"{what} (line {number}: '{text}')" for what, number, text in evidence)
    return DocumentMeta(
        is_disclosure=False,
        refusal="news_or_notice",
        reason=(
            f"a news article, press summary or notice about disclosures: {title_finding}"
            + (f"; it has {stated}" if stated else "")
            + ". None of its figures is any one unit's, so none is kept"
        ),
    )


def news_evidence(lines) -> list[tuple[str, int, str]]:
    """What marks a text as a news article, press summary or notice about disclosures ->
    [(what, 1-based line, the words)], each kind once: a byline (本报讯, （记者 …）), a dateline
    (…2月10日电), an editor's line, a reported source (据…报道, 据介绍), a press conference, in the
    first fifteen or the last eight non-empty lines; a notice's title (关于…预算…公开…的通知) or its
    salutation to several units (市级各部门：) in the first fifteen. [] when none (the body of a
    disclosure, which may speak of 新闻报道 or 通讯, is not read)."""
    # (each line with its runs of spaces made one: a dateline is told by the space after it)
    numbered = [(n, " ".join(line.split())) for n, line in enumerate(lines, start=1) if line.strip()]
    near = numbered[:_NEWS_HEAD_LINES] + numbered[max(_NEWS_HEAD_LINES, len(numbered) - _NEWS_TAIL_LINES) :]
    found: dict[str, tuple[str, int, str]] = {}
    for number, text in near:
        for what, pattern in _NEWS_WORDS:
            if what not in found and (hit := pattern.search(text)):
                found[what] = (what, number, hit.group(0))
    for number, text in numbered[:_NEWS_HEAD_LINES]:
        if "notice" not in found and (
            hit := _NOTICE_TITLE.search(compact(text)) or _NOTICE_SALUTATION.match(compact(text))
        ):
            found["notice"] = ("a notice about the publication (通知 / 通报 / 各部门：)", number, hit.group(0))
    return list(found.values())


def several_units_evidence(lines) -> list[tuple[str, int, str]]:
    """What shows a text to speak of several units' budgets -> [(what, 1-based line, the words)]:
    a count of units (52个部门, 市级各部门), two or more units each named with an amount of its own
    in prose (市教育局收入预算12.3亿元 … 市公安局…), two or more numbered sections each a unit's name
    alone (一、市教育局 … 二、市公安局). [] when none. A department's own disclosure can say such
    things of its units or of other departments (its duties: '指导区政府各部门…'), so this is read
    only where the title block names no one unit."""
    found: list[tuple[str, int, str]] = []
    units: dict[str, tuple[int, str]] = {}
    sections: dict[str, tuple[int, str]] = {}
    counted = None
    for number, line in enumerate(lines, start=1):
        text = compact(line)
        if not text:
            continue
        if counted is None and (hit := _UNIT_COUNT.search(text)):
            counted = ("a count of units", number, hit.group(0))
        if "元" in text:
            for hit in _UNIT_FIGURE.finditer(text):
                units.setdefault(_clause_unit(hit.group("unit")), (number, hit.group(0)))
        if section := _UNIT_SECTION.match(text):
            sections.setdefault(section.group("unit"), (number, text))
    if counted:
        found.append(counted)
    if len(units) >= 2:
        (n1, w1), (n2, w2) = list(units.values())[:2]
        found.append((f"{len(units)} units' figures", n1, f"{w1}' … line {n2}: '{w2}"))
    if len(sections) >= 2:
        (n1, w1), (n2, w2) = list(sections.values())[:2]
        found.append((f"{len(sections)} sections each naming a unit", n1, f"{w1}' … line {n2}: '{w2}"))
    return found


def _clause_unit(text: str) -> str:
    """A unit named in prose without the words before it in its clause ('其中市教育局' -> '市教育局')."""
    return re.sub(r"^(?:其中|包括|以及|另外|此外|而|和|及|与)", "", text)


def own_section(lines) -> tuple[int, str] | None:
    """(1-based line, text) of the first line within the first two hundred that is a section of
    a disclosure of its own ('目录', '一、部门基本情况', '（二）单位构成', '二、部门收支总体情况');
    None when there is none."""
    for number, line in enumerate(lines[:_OWN_SECTION_LINES], start=1):
        if _OWN_SECTION.match(compact(line)):
            return number, line.strip()
    return None


def names_several_units(unit_name: str) -> bool:
    """A title's 'unit' that names several units ('市级部门', '某市各部门', '全区52个部门'), no unit."""
    return bool(_SEVERAL_UNITS_NAME.search(unit_name))


def names_a_place_only(unit_name: str) -> bool:
    """A title's 'unit' that is only a place ('某市', '重庆市渝中区', '某市市级'), no unit."""
    return bool(_BARE_PLACE.match(unit_name))


_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_YEAR_SCAN_LINES = 200


def year_from_text(lines, printed: str, after: int = 0) -> str:
    """The fiscal year the text speaks of when the title leaves it incomplete: the year most
    often printed in the lines after the title (the latest on a tie) that begins with the
    digits the title does print; '' when none."""
    counts: dict[str, int] = {}
    for line in lines[after : after + _YEAR_SCAN_LINES]:
        for found in _YEAR_IN_TEXT.finditer(line):
            year = found.group(1)
            if year.startswith(printed):
                counts[year] = counts.get(year, 0) + 1
    if not counts:
        return ""
    return max(counts, key=lambda y: (counts[y], y))


# the province-level names that are cities (直辖市): no prefecture city between them and a district
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_PROVINCE = re.compile(r"^(?P<province>[^\s省市区县]{2,7}?(?:省|自治区|特别行政区))")
_CITY = re.compile(r"^(?P<city>[^\s省市区县局厅委办院]{2,6}?(?:市|地区|自治州|州|盟))")
_DISTRICT = re.compile(r"^(?P<district>[^\s省市区县局厅委办院]{1,6}?(?:自治县|自治旗|新区|林区|特区|区|县|市|旗))")


# the party, league and political-consultative organs whose unit names put the place after them:
# '中共某县委办公室', '中国共产党某县委员会办公室', '政协某市委员会', '中国致公党某市委员会'
_ORGAN_BEFORE_PLACE = re.compile(
    r"^(?:中国共产党|中共|中国共产主义青年团|共青团|中国人民政治协商会议|政协|中国国民党革命委员会|民革|"
    r"中国民主同盟|民盟|中国民主建国会|民建|中国民主促进会|民进|中国农工民主党|农工党|中国致公党|致公党|"
    r"九三学社|台湾民主自治同盟|台盟)"
)


# the Xinjiang Production and Construction Corps (新疆生产建设兵团, a province-level budget of its own),
# its divisions (第八师, prefecture-level, often one with a city: 第八师石河子市) and its regiments
# (一〇四团, county-level): '新疆生产建设兵团第八师石河子市教育局', '第一师阿拉尔市水利局', '兵团第十二师一〇四团'
_CORPS = "新疆生产建设兵团"
_CORPS_PLACE = re.compile(
    r"^(?:新疆生产建设兵团|兵团)(?:第[一二三四五六七八九十]{1,3}师)?|^第[一二三四五六七八九十]{1,3}师(?=[^\s，,]{2})"
)
_CORPS_TAIL = re.compile(r"^(?:[^\s市局厅委办院团]{2,4}市)?(?P<regiment>[一二三四五六七八九十〇零百\d]{1,5}团)?")


def place_of(name: str) -> tuple[str, str]:
    """(province, district) from the start of a unit name: '重庆市渝中区…' -> ('重庆市', '渝中区'),
    '重庆市财政局' -> ('重庆市', ''), '浙江省杭州市上城区…' -> ('浙江省', '上城区'), '浙江省财政厅' ->
    ('浙江省', ''), '杭州市司法局' -> ('浙江省', ''): a prefecture city (GB/T 2260 name, in
    seeds/reference/prefecture_cities.csv) gives its province and no district, a city that is no
    prefecture city is a county-level one ('某省海城市教育局' -> the district '海城市'); a party or
    political-consultative organ's name is read after its organ words ('中共某县委办公室' -> the
    county); a unit of the 新疆生产建设兵团 ('兵团第八师石河子市…', '第一师阿拉尔市…') is of that
    province-level corps, its regiment ('…一〇四团') the district; '' for what the name does not say."""
    rest, province = _ORGAN_BEFORE_PLACE.sub("", name), ""
    corps = _CORPS_PLACE.match(rest)
    if corps:  # (the corps and its division, then the division's city and a regiment: its district)
        tail = _CORPS_TAIL.match(rest[corps.end() :])
        return _CORPS, (tail.group("regiment") or "") if tail else ""
    for municipality in _MUNICIPALITIES:
        if rest.startswith(municipality):
            province, rest = municipality, rest[len(municipality) :]
            break
    else:
        found = _PROVINCE.match(rest)
        if found:
            province, rest = found.group("province"), rest[found.end() :]
        city_name = _prefecture_city(rest)
        if city_name:
            province = province or reference.prefecture_provinces()[city_name]
            rest = rest[len(city_name) :]
        else:
            city = _CITY.match(rest)
            if city and len(rest) > city.end():
                rest = rest[city.end() :]
                county_city = city.group("city") if city.group("city").endswith("市") else ""
                if county_city and not _DISTRICT.match(rest):
                    # a 市 that is no prefecture city ('海城市', '景洪市'), with no district after it:
                    # a county-level city, the unit's district
                    return province, county_city
    district = _DISTRICT.match(rest)
    if district and len(rest) > district.end():
        return province, district.group("district")
    return province, ""


# how many non-empty lines after the title block are read for the province a unit name lacks:
# the first section (单位基本情况 / 部门概况: its duties and set-up), where the unit says where it is
_PLACE_TEXT_LINES = 40
# what follows a prefecture city's name where the text names a place in it: a county-level name
# ('上饶市婺源县', '某市某区'); a city name alone may be part of another word, and is not read
_COUNTY_AFTER = r"(?=[\u4e00-\u9fff]{1,4}(?:自治县|自治旗|县|区|旗|市))"


@cache
def _text_places() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the province-level names (full names: '江西省', '广西壮族自治区', the four
    直辖市) and of the prefecture cities followed by a county-level name, and each name's province;
    from seeds/reference/prefecture_cities.csv."""
    cities = reference.prefecture_provinces()
    provinces = {name: name for name in (*cities.values(), *_MUNICIPALITIES)}
    longest_first = sorted(provinces, key=len, reverse=True)
    city_names = sorted(cities, key=len, reverse=True)
    pattern = re.compile(
        "(?P<province>" + "|".join(map(re.escape, longest_first)) + ")"
        "|(?P<city>" + "|".join(map(re.escape, city_names)) + ")" + _COUNTY_AFTER
    )
    return pattern, {**provinces, **cities}


def province_from_text(lines: Sequence[str]) -> str:
    """The province-level division the first lines of a text name, for a unit whose name names
    none ('婺源县紫阳镇人民政府' over '紫阳镇是江西省上饶市婺源县下辖的…' -> '江西省').

    Input: the lines after the title block; the first ``_PLACE_TEXT_LINES`` non-empty ones are
    read. A place counts when it is a province-level full name (省 / 自治区 / 直辖市) or a
    prefecture city of seeds/reference/prefecture_cities.csv followed by a county-level name
    ('上饶市婺源县'); the city gives its province from that reference, nothing else does. Returns
    the province when every place read gives the same one; '' when none is named, or when the
    places name two provinces (a unit may speak of another province: no guess)."""
    pattern, province_of = _text_places()
    found: set[str] = set()
    for line in islice((line for line in lines if line.strip()), _PLACE_TEXT_LINES):
        for match in pattern.finditer(compact(line)):
            found.add(province_of[match.group()])
    return found.pop() if len(found) == 1 else ""


def _prefecture_city(text: str) -> str:
    """The prefecture-level city (地区, 自治州, 盟) whose full name ``text`` starts with, and which
    is not the whole text ('杭州市司法局' -> '杭州市'); '' when none."""
    found = [city for city in reference.prefecture_provinces() if text.startswith(city) and len(text) > len(city)]
    return max(found, key=len, default="")


def _title_match(text: str) -> tuple[re.Match[str], str, str] | None:
    """The kind words of a title line, the text before them (a unit name or '') and the line.

    The year may also come first: '2019 年佛山市轨道交通局 部门决算' reads as
    '佛山市轨道交通局 2019年部门决算'."""
    first = _YEAR_FIRST.match(text)
    if first and _plausible_unit(first.group("unit")) and not _VERB_BEFORE.search(first.group("unit")):
        text = f"{first.group('unit').strip()} {first.group('year')}年{first.group('rest')}"
    for match in _KIND_LINE.finditer(text):
        if not _TITLE_TAIL.match(text[match.end() :]):
            continue
        prefix = text[: match.start()].strip()
        core = _LEAD_IN.sub("", _CORRECTION_MARK.sub("", prefix)).strip()
        if core and (not _plausible_unit(core) or _VERB_BEFORE.search(core)):
            continue  # a headline about a disclosure ('区财政局公开2026年部门预算'), not its title
        return match, core, text
    return None


# titles of this many different units before section 一: a page that lists disclosures (links)
_LISTED_UNITS = 3


def _listed_titles(head: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(line, text) of the first title line of each unit that the head's title lines name (a title
    that names its unit: '某局2026年部门预算情况说明'); one per unit."""
    seen: dict[str, tuple[int, str]] = {}
    for number, text in head:
        found = _title_match(_metadata_title(text) or _part_words(text) or text)
        if found and found[1]:
            seen.setdefault(normalise_name(_UNIT_ONLY.sub("", found[1])), (number, text))
    return list(seen.values())


def _metadata_title(text: str) -> str:
    """The title a web page's metadata row holds ('标题 | X | ||', '信息名称: X 主题分类: 决算' -> 'X');
    '' when the line is not such a row."""
    found = _METADATA_TITLE.match(text)
    if not found:
        return ""
    return _METADATA_VALUE_END.split(found.group("value"), maxsplit=1)[0].strip()


def _part_words(text: str) -> str:
    """The words of an outline part heading ('第二部分：X' -> 'X'); '' for another line."""
    part = _PART_HEADING.match(text)
    return part.group("rest").strip() if part else ""


def _outline_title(lines) -> tuple[int, tuple[re.Match[str], str, str], str] | None:
    """(line, title match, heading text) of the first outline part heading that reads as a title
    naming its unit ('第三部分 萧县某镇人民政府2023年度部门决算情况说明'), for a text with no title
    line before its outline; None when there is none."""
    for number, line in enumerate(lines[:_OUTLINE_LINES], start=1):
        rest = _part_words(line.strip())
        if not rest:
            continue
        found = _title_match(rest)
        if found and found[1]:
            return number, found, rest
    return None


def _field_after_contents(lines, last_head: int) -> tuple[int, str] | None:
    """(line number, name) of a unit field ('预算单位：…', ``_UNIT_FIELD``) among the first
    ``_TITLE_LINES`` lines after ``last_head`` (the last line of the title block read before a
    '一、' line: a 目录 listing '一、部门预算公开表' ends it early) and before the text's first sentence
    (a line holding '。'); None when there is none."""
    seen = 0
    for number, line in enumerate(lines[last_head:], start=last_head + 1):
        text = line.strip()
        if not text:
            continue
        if "。" in text or seen >= _TITLE_LINES:
            return None
        seen += 1
        if (f := _UNIT_FIELD.match(text)) and _plausible_unit(f.group("name")):
            return number, f.group("name").strip()
    return None


def _plausible_unit(text: str) -> bool:
    """A unit name line: short, no sentence punctuation, not a correction marker alone."""
    text = text.strip()
    return (
        0 < len(text) <= _MAX_UNIT_NAME
        and not _SENTENCE.search(text)
        and not _CORRECTION_LINE.match(text)
        and not _KIND_LINE.search(text)
    )


def looks_like_html(lines) -> bool:
    """The text is markup: starts with a tag, or its first lines hold several HTML tags."""
    head = "\n".join(lines[:200])[:5000]
    first = head.lstrip()[:20].lower()
    if first.startswith(("<!doctype", "<html", "<?xml")):
        return True
    return len(_HTML.findall(head)) >= 3


def find_unit_code(lines, unit_name: str) -> str:
    """The unit's code where the document prints it as ``<code>-<name>`` (e.g. ``102-重庆市…``)."""
    if not unit_name:
        return ""
    # the name is normalised (no white space), so a line that prints the code holds '-<name>'
    marker = "-" + unit_name
    for line in lines:
        if unit_name[:4] in line:
            name_line = normalise_name(line)
            if marker not in name_line:
                continue
            pattern = re.compile(r"(?<!\d)(\d{3,9})\s*-\s*" + re.escape(unit_name) + r"(?![（(]本级)")
            found = pattern.search(name_line)
            if found:
                return found.group(1)
    return ""


def names_a_place(name: str) -> bool:
    """The unit name starts with a place (province, municipality, prefecture city or district):
    a unit without a district is then a municipal or provincial one, not an unreadable name."""
    province, district = place_of(name)
    return bool(province or district or _CITY.match(name))


# a template's mark where a unit's name goes: 'XX', '××', 'ＸＸ', '***', '某某'
_NAME_PLACEHOLDER = re.compile(r"[XxＸｘ]{2,}|[×✕╳]{2,}|[*＊]{2,}|[○〇]{2,}|某某")


def unit_name_placeholder(name: str) -> str:
    """The placeholder mark in a unit name ('XX' in '上海市XX局'), '' when the name is a real one.

    Input: the unit name from the title block. A name holding such a mark is an unfilled
    template, not any unit's disclosure."""
    found = _NAME_PLACEHOLDER.search(re.sub(r"\s+", "", name))
    return found.group(0) if found else ""
