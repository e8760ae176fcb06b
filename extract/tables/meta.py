"""Lines inside a table body that are not rows: unit lines, subtitles, notes, annex marks."""

from __future__ import annotations

import re

from extract.spaces import compact

# 单位：万元 alone, or after the unit's name on the same line ("编制部门：X 单位：元", '部门： 佛山市轨道交通局 单位：万元')
_UNIT = re.compile(r"^(?:(?:部门|部门名称|单位名称|编制部门|编制单位)[:：].*\s)?(?:金额)?单位[:：]\s*(万元|元)\s*$")
# a row that numbers the columns ('栏次 | 1 | 2 | 3', '1 | 2 | … | 12', '** | 1 | 2 | 3' with
# asterisks over the text columns): neither header nor data
_COLUMN_NUMBERS_LABEL = re.compile(r"^(?:栏次|\*+)$")
_SUBTITLE = re.compile(r"^[（(][^（()）]{2,30}[)）]$")  # （部门预算支出经济分类科目） / (2025 年度)
_ANNEX = re.compile(r"^附[件表]\s*\d+$")
_NOTE = re.compile(r"^(?:备注|说明|注)\s*[:：]")
_NO_DATA = re.compile(r"(?:此表)?无数据|本(?:单位|部门)无")


def unit_of(text: str) -> str:
    """'单位：万元' or '编制部门：X 单位：元' -> the unit; '' when the line is not a unit line."""
    match = _UNIT.match(text.strip())
    return match.group(1) if match else ""


def is_subtitle(text: str) -> bool:
    """True for a table's subtitle line: short text in brackets, e.g. '（部门预算支出经济分类科目）'."""
    return bool(_SUBTITLE.match(text.strip()))


def is_annex_mark(text: str) -> bool:
    """True for an annex mark printed above a table title: 附件 / 附表 and its number."""
    return bool(_ANNEX.match(compact(text)))


def is_note(text: str) -> bool:
    """True for a note line under a table: 备注 / 说明 / 注 followed by a colon."""
    return bool(_NOTE.match(text.strip()))


def says_no_data(text: str) -> bool:
    """True when the text says the table has no data (此表无数据, 无数据, 本单位无 / 本部门无 ...)."""
    return bool(_NO_DATA.search(compact(text)))


def is_column_numbers(cells: list[str]) -> bool:
    """The filled cells of a row are '栏次' labels and the numbers 1, 2, 3 … in order."""
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
