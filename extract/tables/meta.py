"""Lines inside a table body that are not rows: unit lines, subtitles, notes, annex marks."""

from __future__ import annotations

import re

from extract.numbers import UNIT_FACTORS, halfwidth
from extract.spaces import compact

# 单位：万元 alone, or after the unit's name on the same line ("编制部门：X 单位：元", '部门： 佛山市轨道交通局 单位：万元'),
# in brackets ('（单位：千元）', '单位：（千元）'), as 金额单位 / 货币单位; matched on the half-width text
# (full-width colons and brackets read as ASCII). The unit itself is told apart by ``amount_unit_name``.
_UNIT = re.compile(
    r"^[(\[【]?\s*(?:(?:部门|部门名称|单位名称|编制部门|编制单位)\s*:.*\s)?(?:金额|货币|计量)?\s*单\s*位\s*:\s*"
    r"[(\[【]?\s*(?P<unit>[^:()\[\]【】]+?)\s*[)\]】]?"
    # a remark after the unit in its own brackets: '单位：元（保留两位小数）', '单位：万元（下同）'
    r"(?:\s*\((?P<remark>[^()\d]*)\))?\s*[)\]】]?\s*$"
)
# a unit that names money or a share but is not one of UNIT_FACTORS: '美元', '万美元', '港币', '%'
# ('单位：上海市普陀区司法局' names the organisation, not a unit: not matched)
_OTHER_UNIT = re.compile(r"^(?:[^\d]{0,5}(?:元|币)|%|‰|百分比|百分点)$")
# a row that numbers the columns ('栏次 | 1 | 2 | 3', '1 | 2 | … | 12', '** | 1 | 2 | 3' with
# asterisks over the text columns): neither header nor data
_COLUMN_NUMBERS_LABEL = re.compile(r"^(?:栏次|\*+)$")
_SUBTITLE = re.compile(r"^[（(][^（()）]{2,30}[)）]$")  # （部门预算支出经济分类科目） / (2025 年度)
# (and a table's number on a line of its own under its title: '公开07表', '表7')
_ANNEX = re.compile(r"^(?:附[件表]\s*\d+|公开\d{1,2}表|表[\d一二三四五六七八九十]{1,3})$")
_NOTE = re.compile(r"^(?:备注|说明|注)\s*[:：]")
_NO_DATA = re.compile(r"(?:此表)?无数据|本(?:单位|部门)无|[本此该]表为空")
# a note saying the unit has none of the table's spending ('注：X局无政府性基金预算财政拨款支出')
_NONE_OF_IT = re.compile(r"无[^，,。；;]{0,40}?(?:支出|收入|经费|拨款|资金|安排)")
# a line that is nothing but the marker ('本表无数据', '（此表为空）')
_NO_DATA_LINE = re.compile(r"^[（(]?(?:[本此该]表)?(?:无数据|为空)[)）]?[。.]?$")


def amount_unit_name(text: str) -> str:
    """The money unit a unit line's unit text names, compact: '千元', ' 万 元' -> '万元', '人民币万元'
    -> '万元' (a key of ``extract.numbers.UNIT_FACTORS``), or the unknown unit as printed ('美元',
    '万美元', '%'); '' when the text is no money unit (an organisation's name: '上海市普陀区司法局')."""
    unit = compact(halfwidth(text))
    if unit.startswith("人民币") and unit[3:] in UNIT_FACTORS:
        unit = unit[3:]
    if unit in UNIT_FACTORS or _OTHER_UNIT.match(unit):
        return unit
    return ""


def is_known_unit(unit: str) -> bool:
    """True for a unit the extractor scales exactly (a key of ``extract.numbers.UNIT_FACTORS``)."""
    return unit in UNIT_FACTORS


def unit_of(text: str) -> str:
    """A table's unit line -> its money unit, '' when the line is not a unit line.

    '单位：万元', '编制部门：X 单位：元', '（单位：千元）', '金额单位：百万元', '计量单位：元',
    '单位： 亿 元', '单位：元（保留两位小数）' (a remark in brackets after the unit) -> the unit
    (a key of ``extract.numbers.UNIT_FACTORS``); a unit line naming a unit this version does not
    scale ('单位：美元', '单位：万美元', '单位：%') -> that unit as printed (``is_known_unit`` is
    False for it: the table must not be read in another unit); '单位：上海市普陀区司法局' -> ''.
    """
    if "单" not in text:  # (every unit line says 单位: the cheap refusal first)
        return ""
    match = _UNIT.match(halfwidth(text).strip())
    return amount_unit_name(match.group("unit")) if match else ""


# a unit named in a header cell: '合计（元）', '金额(万元)', '预算数（单位：元）', '单位:元' (the cell's
# last words); matched on the compact half-width text
_HEADER_UNIT = re.compile(
    r"(?:\((?:(?:金额|货币|计量)?单位:)?(?P<bracketed>[^:()\[\]【】/]{1,6})\)|(?:金额|货币|计量)?单位:\(?(?P<said>[^:()\[\]【】/]{1,6})\)?)$"
)
# a sentence stating the unit of the document's amounts, tables included: '本说明及附表金额单位均为元',
# '如无特别说明，金额单位为万元', '以下金额单位：元', '报表数据单位统一为万元' (金额单位, or 单位 with 均 /
# 统一 / 一律 / 都 / 全部 after it); a sentence about one table ('本表金额单位为元') is that table's
_STATED_UNIT = re.compile(
    r"(?:(?:金额|货币|数据)单位(?:均|统一|一律|都|全部)?|单位(?:均|统一|一律|都|全部))(?:为|是|采用|:)\s*"
    r"(?:人民币)?(?P<unit>十万元|百万元|千万元|千元|万元|亿元|元)(?![\u4e00-\u9fff/])"
)
_ONE_TABLE = re.compile(r"[本此该]表")


def header_unit(cell: str) -> str:
    """The money unit a header cell names at its end, compact ('合计（元）', '金额(万元)',
    '预算数（单位：元）', '单位：元' -> '元'; a key of ``extract.numbers.UNIT_FACTORS``, or another
    money unit as printed: '金额（美元）' -> '美元'); '' when it names none ('项目支出',
    '占比（%）', '人均（元/人）', '车辆数（辆）')."""
    if "元" not in cell and "币" not in cell:  # a cheap refusal first: most cells name no money unit
        return ""
    match = _HEADER_UNIT.search(compact(halfwidth(cell)))
    if not match:
        return ""
    unit = amount_unit_name(match.group("bracketed") or match.group("said"))
    return unit if unit.endswith(("元", "币")) else ""


# the same words as _HEADER_UNIT, matched on the compact text as printed (either width)
_HEADER_UNIT_SUFFIX = re.compile(
    r"(?:[(（](?:(?:金额|货币|计量)?单位[:：])?[^:：()（）\[\]【】/]{1,6}[)）]"
    r"|(?:金额|货币|计量)?单位[:：][(（]?[^:：()（）\[\]【】/]{1,6}[)）]?)$"
)


def without_unit(cell: str) -> str:
    """A header cell's compact text without the money unit it names at its end (``header_unit``):
    '合计（元）' -> '合计', '金额(万元)' -> '金额', '预算数（单位：元）' -> '预算数', '单位：元' -> '';
    any other text compact and unchanged ('占比（%）', '车辆数（辆）', '因公出国（境）费'). What a
    column holds is told from these words; its unit is ``header_unit``'s."""
    text = compact(cell)
    if not header_unit(text):
        return text
    match = _HEADER_UNIT_SUFFIX.search(text)
    return text[: match.start()] if match else text


def stated_unit(text: str, one_table: bool = False) -> str:
    """The unit a sentence states for the document's amounts (a key of
    ``extract.numbers.UNIT_FACTORS``): '本说明及附表金额单位均为元' -> '元', '如无特别说明，金额单位为
    万元' -> '万元', '以下金额单位：元' -> '元'; '' when it states none. A sentence about one table
    ('本表金额单位为元') states its unit only when ``one_table`` (the note of that table)."""
    if "单" not in text:
        return ""
    flat = compact(halfwidth(text))
    match = _STATED_UNIT.search(flat)
    if not match or (not one_table and _ONE_TABLE.search(flat)):
        return ""
    return match.group("unit")


def is_subtitle(text: str) -> bool:
    """True for a table's subtitle line: short text in brackets, e.g. '（部门预算支出经济分类科目）'."""
    return bool(_SUBTITLE.match(text.strip()))


def is_annex_mark(text: str) -> bool:
    """True for an annex mark printed above a table title (附件 / 附表 and its number) or a table's
    number on a line of its own under it ('公开07表', '表7')."""
    return bool(_ANNEX.match(compact(text)))


def is_note(text: str) -> bool:
    """True for a note line under a table: 备注 / 说明 / 注 followed by a colon."""
    return bool(_NOTE.match(text.strip()))


def says_no_data(text: str) -> bool:
    """True when the text (a note under a table) says the table has no data: 此表无数据, 无数据,
    此表为空, 本单位无 / 本部门无 …, or that the unit has none of its spending ('注：X局无政府性基金
    预算财政拨款支出')."""
    text = compact(text)
    return bool(_NO_DATA.search(text) or _NONE_OF_IT.search(text))


# a sentence naming the table as empty ('本单位2025年无政府性基金预算支出，此表无数据。')
_TABLE_SAID_EMPTY = re.compile(r"[本此该]表(?:无数据|为空|无内容)")


def is_no_data_line(text: str) -> bool:
    """True for a line under a table that says it has no data: a note that says so
    (``says_no_data``), the bare marker ('本表无数据', '（此表为空）') or a short sentence naming the
    table empty ('本单位2025年无政府性基金预算支出，此表无数据。')."""
    text = compact(text)
    return (
        bool(_NO_DATA_LINE.match(text))
        or (is_note(text) and says_no_data(text))
        or (len(text) <= 80 and bool(_TABLE_SAID_EMPTY.search(text)))
    )


def is_column_numbers(cells: list[str]) -> bool:
    """The filled cells of a row are '栏次' labels and the numbers 1, 2, 3 … in order."""
    for cell in cells:  # a cheap refusal first: most rows hold a cell that is neither
        if not (cell.isdigit() or "栏" in cell or "*" in cell):
            return False
    numbers = [c for c in cells if not _COLUMN_NUMBERS_LABEL.match(compact(c))]
    labels = len(cells) - len(numbers)
    return (
        len(numbers) >= 1
        and numbers == [str(i) for i in range(1, len(numbers) + 1)]
        and (labels > 0 or len(numbers) >= 3)
        and (len(numbers) >= 2 or labels >= 1)
    )


def is_meta(text: str) -> bool:
    """A line that stands on its own in a table body (never the continuation of a cell)."""
    return bool(unit_of(text) or is_subtitle(text) or is_annex_mark(text) or is_note(text))
