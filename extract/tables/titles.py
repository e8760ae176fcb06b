"""Find table titles and recognise their kind, whatever their number, year prefix or wrapping."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.tables.interpret import ECONOMIC_KINDS
from extract.tables.labels import first_key, wordings
from extract.tables.meta import amount_unit_name, compact, unit_of
from extract.tables.model import Title

# Order matters: the first pattern that matches the end of the compact title wins.
KIND_PATTERNS = wordings(
    (
        # final accounts (决算): the two balance tables first, they end like the others
        (r"财政拨款收入支出决算总表$", "fa_fiscal_summary"),
        (r"收入支出决算总表$", "fa_summary"),
        # ('收入支出决算表': the 总表 named without 总, before 支出决算表; never a fund's '…财政拨款收入支出决算表')
        (r"(?<!拨款)收入支出决算表$", "fa_summary"),
        # ('财政拨款收入支出决算表': the 财政拨款 总表 named without 总; a fund's table names its fund
        # before 财政拨款: '政府性基金预算财政拨款收入支出决算表')
        (r"(?<!预算)财政拨款收入支出决算表$", "fa_fiscal_summary"),
        # '收支总体情况表' (a 收支总表 named by what it shows)
        (r"财政拨款收支(?:预算)?(?:总表|总体情况表)$", "fiscal_summary"),
        (r"收支(?:预算)?(?:总表|总体情况表)$", "dept_summary"),
        # ('部门收入总体情况表', '部门支出总体情况表': Hebei's names of the 收入总表 / 支出总表)
        (r"收入(?:预算)?(?:总表|总体情况表)$", "dept_income"),
        (r"支出(?:预算)?(?:总表|总体情况表)$", "dept_expenditure"),
        (r"三公.{0,4}经费.{0,12}表$", "three_public"),
        # ('财政拨款“三公”经费、行政参公单位机关运行经费情况表': the 三公 table with its operating-cost rows)
        (r"三公.{0,4}经费.{0,20}机关运行经费.{0,8}表$", "three_public"),
        # after the 三公 (三公经费和机关运行经费预算表 is a 三公 table with an operating-cost column)
        (r"机关运行经费.{0,12}表$", "operating_cost"),
        (r"政府性基金.{0,12}支出.{0,8}表$", "gov_fund"),
        (r"国有资本经营.{0,12}支出.{0,8}表$", "state_capital"),
        # ('财政专户管理资金预算表', '…财政专户管理资金支出预算表': that fund's spending by 功能分类)
        (r"财政专户管理资金.{0,6}(?:支出)?(?:预算|决算)?表$", "special_account_function"),
        (r"基本支出(?:.{0,4}经济分类)?(?:预算|决算)?(?:明细|情况)?表$", "gpb_basic_economic"),
        (r"一般公共预算.{0,8}项目支出(?:.{0,4}经济分类)?(?:预算|决算)?表$", "gpb_project_economic"),
        (r"项目支出(?:预算)?(?:明细)?表$", "project_budget"),
        # ('一般公共预算支出情况表': named by what it shows, as Hebei's tables are)
        (r"一般公共预算.{0,8}支出(?:功能分类)?(?:预算|决算)?(?:明细|情况)?表$", "gpb_function"),
        # '财政拨款支出预算表' (a budget's 财政拨款 spending by 功能分类 类/款/项, 基本支出/项目支出
        # columns): its funds are all 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营), not only
        # 一般公共预算; after gpb_function and the 基本支出/项目支出 and fund tables above
        (r"财政拨款支出(?:功能分类)?(?:预算)?(?:明细)?表$", "fiscal_function"),
        (r"收入决算(?:明细)?表$", "fa_income"),
        (r"支出决算(?:明细)?表$", "fa_expenditure"),
        (r"政府采购.{0,6}(?:明细|情况|预算)表$", "procurement"),
        (r"整体(?:支出)?绩效目标表$", "unit_performance"),
        (r"项目.{0,4}绩效(?:目标)?表$", "project_performance"),
        # ('部门收入预算表', '部门支出预算表', Beijing's bare '收入表' / '支出表' beside its '收支总表': a
        # budget's 收入总表 / 支出总表 named without 总; last, after every fund's and part's table ending alike)
        (r"(?:^表[\d一二三四五六七八九十]{1,3}[、.．:：]?|^|年|部门|单位)收入(?:预算)?表$", "dept_income"),
        (r"(?:^表[\d一二三四五六七八九十]{1,3}[、.．:：]?|^|年|部门|单位)支出(?:预算)?表$", "dept_expenditure"),
    )
)

_NUMBER = re.compile(r"^表[一二三四五六七八九十百零〇\d]+$")
_NUMBERED = re.compile(r"^表[一二三四五六七八九十百零〇\d]+[:：.．、]")  # 表1：2026年…表 (number and title on one line)
_CONTINUED = re.compile(r"[（(]?续(?:表)?[)）]?$")  # 续表 / （续）: a table continued after a page break
# a line that is only a 续表 mark ('续表', '续表1', '续表二', '（续表）', '续上表'): the table
# above goes on after a page break without its title printed again
_BARE_CONTINUED = re.compile(r"^[（(]?(?:续表[一二三四五六七八九十\d]{0,3}|续上表)[)）]?$")
_SENTENCE = re.compile(r"[。，；：:,;]")
_LIST_ITEM = re.compile(r"^\d{1,2}[.、．]")
# a part heading ('第二部分 …年度部门决算表') names the tables of the part, it never titles one
_PART_HEADING = re.compile(r"^第[一二三四五六七八九十]+部分")
# a section or list number before a title ('五、', '（五）', '(5)', '5.', '5、'): the title is
# what follows it; a list of such entries (a 目录, a list of tables, an outline) is told apart
# by what lies under each entry (``contents_lines``, ``_table_follows``, ``_without_lists``)
_SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]、?|\d{1,2}[.、．](?!\d))"
)
_YEAR_PREFIX = re.compile(r"^(?:\d{4}年(?:度)?)")
_GENERIC_TITLE = re.compile(r"(?:预算|决算|支出|收入|绩效|采购|经费|收支)[^表]{0,8}表$")
MAX_TITLE = 60
# '…基本支出预算表部门名称：杭州市司法局 单位：万元': the table's unit line printed on the title's
# line (the page's text runs them together); the title is what comes before it
# (any unit extract.tables.meta.amount_unit_name reads, known or not: see _glued_unit)
_GLUED_UNIT = re.compile(
    r"(?:部门名称|编制部门|编制单位|单位名称)[:：].*?(?:金额|货币)?单位[:：][（(\[【]?([^:：()（）\[\]【】]{1,8})[)）\]】]?$"
)


# '…支出预算表（单位：万元）', '…支出预算表(金额单位:元)', '…支出预算表（万元）', '…支出预算表 单位：元':
# the table's unit printed after the title's 表 on its line (after a short remark in brackets too:
# '一般公共预算支出表（当年拨款）  单位：万元', ``_REMARK_AFTER_TABLE``)
_TITLE_UNIT = re.compile(
    r"(?<=表)(?P<remark>[（(][^（）()：:\d]{1,14}[)）])?"
    r"(?:[（(\[【](?:(?:金额|货币|计量)?单位[:：]([^:：()（）\[\]【】]{1,8})|([^:：()（）\[\]【】]{0,7}[元币]))[)）\]】]"
    r"|(?:金额|货币|计量)?单位[:：][（(\[【]?([^:：()（）\[\]【】]{1,8})[)）\]】]?"
    # ('支出预算表（按功能分类，单位：元）': a remark and the unit in one bracket)
    r"|[（(][^（）()：:\d]{1,14}[，,；;]\s*(?:金额|货币|计量)?单位[:：]([^:：()（）\[\]【】]{1,8})[)）])$"
)


# '表：一般公共预算财政拨款支出决算具体情况（单位：万元）': a table captioned inside a narrative, 表 and a
# colon before what the table shows (its 情况 / 明细), its unit after it; it titles the table that
# follows as '…支出决算表' would (``_caption_title``)
_CAPTION = re.compile(r"^表[:：]")
_CAPTION_UNIT = re.compile(r"[（(](?:金额|货币|计量)?单位[:：]([^:：()（）\[\]【】]{1,8})[)）]$")
_CAPTION_TAIL = re.compile(r"(?:的)?(?:具体|明细|详细|分项|基本)?(?:情况|明细|构成)(?:如下)?$")


def _caption_title(text: str) -> str:
    """A compact title -> the text its kind is read from: a caption ('表：…决算具体情况', '表1：…
    明细情况') as the title it stands for ('…决算表'); any other text as it is. A caption naming
    no table ('表：说明') stays as it is (and ends in no 表)."""
    numbered = _NUMBERED.match(text) or _CAPTION.match(text)
    if numbered is None or text.endswith("表"):
        return text
    body = text[numbered.end() :]
    unit = _CAPTION_UNIT.search(body)
    body = body[: unit.start()] if unit else body
    tail = _CAPTION_TAIL.search(body)
    return body[: tail.start()] + "表" if tail and tail.start() > 0 else text


def _glued_unit(text: str) -> re.Match[str] | None:
    """The match of a unit line glued to the end of a title line (the unit in its last group
    that took part), None when there is none or it names no money unit ('单位：上海市普陀区司法局',
    '…表（部门预算支出经济分类科目）')."""
    glued = _GLUED_UNIT.search(text) or _TITLE_UNIT.search(text)
    if glued is None and (_CAPTION.match(text) or _NUMBERED.match(text)):
        glued = _CAPTION_UNIT.search(text)
    return glued if glued and amount_unit_name(_unit_text(glued)) else None


def _unit_text(glued: re.Match[str]) -> str:
    return next(group for group in reversed(glued.groups()) if group is not None)


# '附表1  收入支出决算总表', '附表三：…': an annex's table number before its title (a bare '附表1' line,
# or '附表：' before a list of the tables, titles nothing)
# ('附表一2026年部门收支总表': a number in Chinese numerals may run into the year after it, one in
# digits only after a mark: '附表12026年…' is no number one can tell, '附表1：2026年…' is)
_ANNEX_NUMBERED = re.compile(
    r"^附表(?P<number>[一二三四五六七八九十]{1,3}|\d{1,3}(?=[:：.．、]|[^\d]))[:：.．、]?(?=[^:：.．、])"
)

# a table number printed apart from its title by spaces ('表1  2025年…', '表 3 …')
_SPACED_NUMBER = re.compile(r"^\s*(附?)表\s*([一二三四五六七八九十\d]{1,3})\s+(?=\S)")

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _without_continued(text: str) -> str:
    """The title without its 续表 / （续） mark (a cheap test first: most titles have none) and without
    a short remark in brackets after its 表 ('项目支出绩效目标表（本次下达）', '…表（部门汇总）') or the
    standard form's name there ('…决算明细表（一般公共预算财政拨款支出决算表）': its kind is read from
    that name first, ``kind_of``)."""
    text = _CONTINUED.sub("", text) if "续" in text else text
    if not text.endswith(("）", ")")):
        return text
    return _STANDARD_NAME_IN_BRACKETS.sub("表", _REMARK_AFTER_TABLE.sub("表", text))


# a remark of a few words in brackets right after a title's 表 (no unit, no number: '（本次下达）',
# '（按功能科目分类）', '（按部门预算支出经济分类）')
_REMARK_AFTER_TABLE = re.compile(r"表\s*[（(][^（）()：:\d]{1,14}[)）]$")
# a remark naming the classification a table is by, and the kinds it does not fit: a table of
# 经济分类 is no 功能分类 table ('财政拨款支出预算表（部门经济分类）': no kind read here), and the reverse
_BY_ECONOMIC = re.compile(r"[（(][^（）()]*经济分类[^（）()]*[)）]$")
_BY_FUNCTION = re.compile(r"[（(][^（）()]*功能(?:科目)?分类[^（）()]*[)）]$")


# a table's standard name in brackets after the name a region gives it, ending the title
_STANDARD_NAME_IN_BRACKETS = re.compile(r"表[（(]([^（）()]{4,30}表)[)）]$")


def kind_of(title: str) -> str:
    """A title's text -> its table kind (e.g. 'gpb_function', 'fiscal_summary', 'three_public'),
    '' when the text names no table kind this version reads. A remark in brackets after 表 naming
    the classification ('（按功能科目分类）') must fit the kind its words name, else ''.
    """
    printed = compact(title)
    text = _caption_title(_without_continued(printed))
    kind = first_key(KIND_PATTERNS, text)
    if standard := _STANDARD_NAME_IN_BRACKETS.search(printed):
        # ('财政拨款支出决算明细表（一般公共预算财政拨款支出决算表）': the standard form's name in brackets
        # says what the table is, before the region's own name)
        kind = first_key(KIND_PATTERNS, standard.group(1)) or kind
    if _BY_ECONOMIC.search(printed) and kind and kind not in ECONOMIC_KINDS:
        return ""
    if _BY_FUNCTION.search(printed) and kind in ECONOMIC_KINDS:
        return ""
    return kind


def number_value(number: str) -> int | None:
    """'表十三' -> 13, '表2' -> 2; None when not a table number."""
    body = number[1:] if number.startswith("表") else number
    if body.isdigit():
        return int(body)
    if not body or any(ch not in _CN_DIGITS and ch not in "十百" for ch in body):
        return None
    total, current = 0, 0
    for ch in body:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = _CN_DIGITS[ch]
    return total + current


# a line of a few cells, none a figure, whose first (or last) is a table's number ('表1\t收入支出决算总表',
# '公开01表\t\t\t金额单位：万元', '收入决算表\t\t\t公开02表'): a title line typed with tabs
_TABBED_TITLE_NUMBER = re.compile(r"^(?:附|公开)?表\s*[一二三四五六七八九十\d]{1,3}$|^公开\d{1,3}表$")
_FIGURE_CELL = re.compile(r"^[-−]?[\d,]+(?:\.\d+)?%?$")


# the form's number in brackets right after a title's 表 ('（公开01表）', '（表3）')
_FORM_NUMBER_AFTER_TABLE = re.compile(r"(?<=表)[（(](?:公开|附)?表?\d{1,3}表?[)）]")


def _without_form_number(text: str) -> str:
    """A title's compact text without the form's number in brackets after its 表 ('…决算总表（公开01表）')."""
    return _FORM_NUMBER_AFTER_TABLE.sub("", text)


_EMPTY_REMARK = re.compile(r"(?<=表)[（(][^（）()]{0,16}(?:空表|无此项|无数据|为空)[^（）()]{0,8}[)）]$")


def _candidate(line: str) -> str:
    """The compact text of a line that could be (part of) a title, '' otherwise (a line of cells
    apart by tabs only when it is a table's number and its title or unit: ``_TABBED_TITLE_NUMBER``)."""
    if "\t" in line:
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        if not (2 <= len(cells) <= 3 and not any(_FIGURE_CELL.match(compact(cell)) for cell in cells)):
            return ""
        if not _TABBED_TITLE_NUMBER.match(compact(cells[0])):
            if _TABBED_TITLE_NUMBER.match(compact(cells[-1])):
                cells = [
                    cells[-1],
                    *cells[:-1],
                ]  # ('收入决算表\t\t\t公开02表': the form's number printed after the title)
            elif not (_is_title(compact(cells[0])) and all(unit_of(cell) for cell in cells[1:])):
                return ""  # ('一般公共预算支出表\t\t\t单位：万元': a title, then its unit)
        line = "  ".join(cells)
    # ('表6  政府性基金预算拨款支出表（本单位无此项支出，空表）': a remark saying the table is empty)
    text = _EMPTY_REMARK.sub("", compact(line))
    # ('一、收入支出决算总表（公开01表）    单位：万元': the form's number in brackets after the title)
    text = _without_form_number(text)
    if spaced := _SPACED_NUMBER.match(line):
        # '表1  2025年一般公共预算支出功能分类构成': the number apart from the title by spaces (compacted,
        # '表12025年…' would run the number into the year)
        text = f"{spaced.group(1)}表{spaced.group(2)}：{text[len(compact(spaced.group())) :]}"
    glued = _glued_unit(text)
    if glued and glued.start() > 0:
        # (a remark in brackets between the 表 and the unit stays the title's: '…支出表（当年拨款）')
        text = text[: glued.start()] + (glued.groupdict().get("remark") or "")
    annexed = _ANNEX_NUMBERED.match(text)
    if annexed:
        # '附表1  收入支出决算总表', '附表一2026年部门收支总表' are numbered as '表1：…' is
        text = f"表{annexed.group('number')}：{text[annexed.end() :]}"
    elif text.startswith(("附表", "附件")) or _PART_HEADING.match(text):
        return ""
    section = _SECTION_NUMBER.match(text)
    if section:
        text = text[section.end() :]  # '五、一般公共预算支出功能分类预算表' is titled by what follows 五、
    numbered = _NUMBERED.match(text) or _CAPTION.match(text)
    body = text[numbered.end() :] if numbered else text  # '表1：' / '表1.' / '表：' before a title
    # (a remark in brackets ending the title may hold a comma: '…支出明细表（按功能科目，当年拨款）')
    words = _TRAILING_REMARK.sub("", body) if body.endswith(("）", ")")) else body
    if not body or len(text) > MAX_TITLE or _SENTENCE.search(words) or _LIST_ITEM.match(body):
        return ""
    return text


# a remark in brackets right after a title's 表, ending it
_TRAILING_REMARK = re.compile(r"(?<=表)[（(][^（）()]{1,20}[)）]$")


# the heading of a document's tables as a set ('某某医院2023年度单位决算公开报表', '部门预算报表'): 报表 names
# the tables together (a part's or an annex's heading), never one table
_SET_OF_TABLES = re.compile(r"(?:预算|决算)(?:信息)?(?:公开)?报表$")


def _is_title(text: str) -> bool:
    printed = _without_continued(text)
    text = _caption_title(printed)
    # (a caption stands for a title only when it names a kind read here: '表1  其他功能分类支出情况'
    # is a caption of the text, no title)
    captioned = text != printed
    return (
        bool(text)
        and text.endswith("表")
        and (kind_of(text) != "" or (not captioned and bool(_GENERIC_TITLE.search(text))))
        and not _SET_OF_TABLES.search(text)
    )


_TAIL_LIMIT = 4  # a wrapped title's tail is at most this many lines below its start


def _next_nonblank(lines: Sequence[str], index: int, limit: int = _TAIL_LIMIT) -> int | None:
    for j in range(index + 1, min(len(lines), index + 1 + limit)):
        if lines[j].strip():
            return j
    return None


# the first words of a table's header printed one cell per line
_HEADER_START = re.compile(r"^(?:功能分类|经济分类|支出功能|科目编码|科目名称|项目|项目名称|类|单位名称|部门名称|编码)")


def _table_follows(lines: Sequence[str], end: int) -> bool:
    """A table starts within the few lines after a title ending on 0-based line ``end``: a
    unit line ('单位：万元'), a row of tab-separated cells or the first cell of a header."""
    for j in range(end + 1, min(len(lines), end + 1 + _TAIL_LIMIT)):
        line = lines[j].strip()
        if line and ("\t" in line or unit_of(line) or _HEADER_START.match(compact(line))):
            return True
    return False


# '目录', or a title line ending in it ('2025年部门预算信息公开目录', '…部门决算公开目录')
_CONTENTS = re.compile(r"^(?:[^，。；：:,;]{0,40}(?:预算|决算|公开|说明|信息))?目录$")
_PAGE_REF = re.compile(r"[.．…·\s-]*\d{1,3}$")


def contents_lines(lines: Sequence[str]) -> set[int]:
    """0-based indices of the entries of a table of contents (目录): they name tables and
    sections but are neither. The contents run from the 目录 line (or a title line ending in
    目录: '2025年部门预算信息公开目录') over short unpunctuated
    lines (an entry may end in a page number) up to the first sentence, table row, or entry
    printed again (the body repeating its first heading or title)."""
    inside: set[int] = set()
    for at, line in enumerate(lines):
        if "目" not in line or not _CONTENTS.match(compact(line)):
            continue
        seen: set[str] = set()
        inside.add(at)  # (the heading itself names no table)
        for index in range(at + 1, len(lines)):
            text = compact(lines[index])
            if not text:
                continue
            entry = _PAGE_REF.sub("", text) or text
            if _SENTENCE.search(text) or len(text) > MAX_TITLE or "\t" in lines[index].strip() or entry in seen:
                break
            seen.add(entry)
            inside.add(index)
    return inside


# a narrative line ending in the lead of a table it announces ('…一般公共预算支出按功能分类科目情况如下：',
# '…按支出功能分类科目，具体情况如下：'): the table under it, headed 科目编码 / 科目名称, has no title of
# its own; the spending the line names last before its 功能分类 (``_LEAD_SPENDING``) says its kind
_LEAD_END = re.compile(r"如下[:：]$")
_LEAD_SPENDING = re.compile(r"(?:一般公共预算|政府性基金预算?|国有资本经营预算|财政拨款)[^，,。；;：:]{0,8}?支出")
_CODE_HEADER = re.compile(r"^(?:功能分类|支出功能|科目编码|科目代码|科目名称|编码)")


def _lead_title(lines: Sequence[str], at: int) -> Title | None:
    """The title a narrative line (0-based ``at``) that announces a function table gives it: the
    line ends in 如下：, names a 功能分类 and a fund's (or the 财政拨款) spending, and the next line
    with text (past a unit line) starts a header of codes ('科目编码 科目名称 金额'). Its kind is the
    one '<spending>功能分类表' would have (gpb_function, fiscal_function, gov_fund …), its text the
    line's last sentence; None for any other line."""
    text = compact(lines[at])
    if not _LEAD_END.search(text) or "功能分类" not in text:
        return None
    following = next(
        (compact(line) for line in lines[at + 1 : at + 1 + _TAIL_LIMIT] if line.strip() and not unit_of(line)), ""
    )
    if not _CODE_HEADER.match(following):
        return None
    spending = [found for found in _LEAD_SPENDING.finditer(text) if found.start() < text.rindex("功能分类")]
    kind = kind_of(spending[-1].group() + "功能分类表") if spending else ""
    if not kind:
        return None
    sentence = re.split(r"[。；;]", text[:-1])[-1] + text[-1]
    return Title(kind=kind, text=sentence[-MAX_TITLE:], line=at + 1, end_line=at + 1, lead=True)


def find_titles(lines: Sequence[str]) -> list[Title]:
    """Document lines -> the table titles found in them (``Title``: kind, 1-based line span and
    printed number 表一 …), in document order; [] when the document prints no table.
    """
    titles: list[Title] = []
    skipped = contents_lines(lines) if any("目" in line and "录" in line for line in lines[:400]) else set()
    number, number_line = "", None
    candidates: dict[int, str] = {}  # each line is looked at as a title and as the tail of one

    def candidate(at: int) -> str:
        if at not in candidates:
            candidates[at] = _candidate(lines[at])
        return candidates[at]

    # A title, its number and a wrapped title's tail all hold 表, so only a line with 表 in it or
    # in one of the next _TAIL_LIMIT lines can start one (a cheap test: most lines are cells).
    near_mark = [False] * len(lines)
    for at, line in enumerate(lines):
        if "表" in line:
            near_mark[max(0, at - _TAIL_LIMIT) : at + 1] = [True] * (at + 1 - max(0, at - _TAIL_LIMIT))

    index = 0
    while index < len(lines):
        line = lines[index]
        if not near_mark[index]:
            if number_line is not None and line.strip():
                number, number_line = "", None
            index += 1
            continue
        text = candidate(index) if index not in skipped else ""
        if text and titles and _BARE_CONTINUED.match(text):
            previous = titles[-1]
            titles.append(
                Title(kind=previous.kind, text=previous.text, line=index + 1, end_line=index + 1, continues=True)
            )
            number, number_line = "", None
            index += 1
            continue
        if text and _NUMBER.match(text):
            number, number_line = text, index + 1
            index += 1
            continue
        if text:
            found: tuple[str, int] | None = None
            if _is_title(text):
                found = (text, index)
            else:
                j = _next_nonblank(lines, index)
                tail = candidate(j) if j is not None else ""
                joined = text + tail
                if j is not None and tail and _is_title(joined) and (not _is_title(tail) or _YEAR_PREFIX.match(text)):
                    found = (joined, j)
            if (
                found is not None
                and _SECTION_NUMBER.match(compact(line))
                and not _table_follows(lines, found[1])
                and not _glued_unit(_without_form_number(compact(lines[found[1]])))
            ):
                # '五、…表' in a list of the tables or an outline: it names a table, titles none (a title
                # with its unit on its line, '（七）…“三公”经费支出决算表    金额单位：万元', titles one
                # whatever layout follows: a table this version cannot lay out is reported, never silent)
                found = None
            if found is not None:
                title_text, end = found
                kind = kind_of(title_text)
                numbered = _NUMBERED.match(title_text)
                if numbered and not number:
                    number, number_line = numbered.group(0)[:-1], index + 1
                    title_text = title_text[numbered.end() :]
                elif _CAPTION.match(title_text):
                    title_text = title_text[2:]
                glued = _glued_unit(_without_form_number(compact(lines[end])))
                titles.append(
                    Title(
                        kind=kind,
                        text=title_text,
                        line=index + 1,
                        end_line=end + 1,
                        number=number,
                        number_line=number_line,
                        amount_unit=amount_unit_name(_unit_text(glued)) if glued else "",
                    )
                )
                number, number_line = "", None
                index = end + 1
                continue
        if line.strip():
            number, number_line = "", None
        index += 1
    leads = [
        lead
        for at, line in enumerate(lines)
        if "如下" in line and "功能分类" in line and (lead := _lead_title(lines, at)) is not None
    ]
    if leads:
        titles = sorted([*titles, *leads], key=lambda title: title.line)
    return _without_lists(lines, titles)


def _without_lists(lines: Sequence[str], titles: list[Title]) -> list[Title]:
    """The titles without those of a list of tables (two or more titles in a row with nothing
    under them, e.g. '四、预算公开表' and the 表1…表11 it lists): they name tables, the
    tables themselves come later; a title right above an outline's next part ('第三部分 …')
    has nothing under it. A lone title of no known kind with nothing under it (a
    heading '…部门预算公开表' over tables published elsewhere, e.g. a linked spreadsheet)
    titles no table either."""
    empty = []
    for i, title in enumerate(titles):
        end = titles[i + 1].start_line - 1 if i + 1 < len(titles) else len(lines)
        under = next((lines[j] for j in range(title.end_line, end) if lines[j].strip()), "")
        # an outline's next part ('第三部分 …情况说明') right under it: nothing is under it either
        empty.append(not under or bool(_PART_HEADING.match(compact(under))))
    listed = set()
    for i in range(len(titles)):
        in_list = (i > 0 and empty[i - 1]) or (i + 1 < len(titles) and empty[i + 1])
        if empty[i] and (in_list or not titles[i].kind):
            listed.add(i)
    return [title for i, title in enumerate(titles) if i not in listed] if listed else titles


_FIGURE = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,2}$")  # an amount printed with decimals
_FIGURES_WITHIN = 8  # a table's first row of figures is at most this many lines below its title


def unread_titles(lines: Sequence[str], found: Sequence[Title]) -> list[tuple[int, str]]:
    """(1-based line, title text) of each line that reads as the title of a known table kind
    (whatever number or section mark precedes it) and has a row of two or more figures within
    the next few lines, but is not one of the ``found`` titles: a table that is printed and
    was not recognised, so its figures go unread. [] when every such table was found."""
    taken = {n for title in found for n in range(title.start_line, title.end_line + 1)}
    skipped = contents_lines(lines) if any("目" in line and "录" in line for line in lines[:400]) else set()
    missed: list[tuple[int, str]] = []
    for at, line in enumerate(lines):
        if at + 1 in taken or at in skipped or "表" not in line or "\t" in line.strip():
            continue
        text = compact(line)
        section = _SECTION_NUMBER.match(text)
        text = text[section.end() :] if section else text
        numbered = _NUMBERED.match(text)
        body = text[numbered.end() :] if numbered else text
        if not body.endswith("表") or len(body) > MAX_TITLE or _SENTENCE.search(body) or not kind_of(body):
            continue
        for after in lines[at + 1 : at + 1 + _FIGURES_WITHIN]:
            if compact(after).endswith("表"):
                break
            if sum(1 for cell in re.split(r"\t|\s{2,}", after.strip()) if _FIGURE.match(cell)) >= 2:
                missed.append((at + 1, body))
                break
    return missed


def annex_start(lines: Sequence[str], first_title: Title) -> int:
    """1-based line where the tables part starts: the first title, or an annex list just before it."""
    start = first_title.start_line
    index = start - 2  # 0-based index of the line before
    while index >= 0:
        text = compact(lines[index])
        if not text:
            index -= 1
            continue
        if text.startswith(("附表", "附件")) or (_LIST_ITEM.match(text) and text.endswith("表")):
            start = index + 1
            index -= 1
            continue
        break
    return start
