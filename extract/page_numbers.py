"""A page's chrome in text copied from a PDF: a line that is only a page number, as PDF exports
print it in the margins, and a running header repeating the document's title block, both carried
between the lines of a paragraph or the rows of a table. One definition for every step that skips
such lines (the readers, detection, the narrative's paragraphs, the tab-separated tables, the
completeness check)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.spaces import compact

# the marks printed around a page number: dashes ('- 3 -', '— 12 —') or middle dots ('· 1 ·', '•2•')
_AROUND = r"[-—–－·•‧∙・\s]*"
# '4', '- 4 -', '— 12 —', '· 1 ·', '第4页', '第 3 页 共 12 页', '第3页/共12页', '4/23', '4／23'
PAGE_NUMBER = re.compile(
    r"^" + _AROUND + r"(?:第\s*)?\d{1,4}\s*页?(?:\s*(?:[/／]|共)\s*(?:共\s*)?\d{1,4}\s*页?)?" + _AROUND + r"$"
)


def is_page_number(text: str) -> bool:
    """Whether ``text`` (one line) is a page number alone ('12', '- 12 -', '· 1 ·', '第 3 页 共 12
    页', '4/23'): digits (four at most) with the page's word, a total after / or 共, and dashes or
    middle dots around. A list's number ('1.', '（1）') or a line with any other word is none."""
    return PAGE_NUMBER.match(text) is not None


# the lines of a document's title block (its unit's name, its title): a later line repeating them is a
# page's running header ('隆回县某中心2020年度单位决算' between the lines of a sentence)
TITLE_BLOCK_LINES = 2


def title_block_forms(lines: Sequence[str]) -> tuple[str, str]:
    """The title block's unit name and title (its first two lines, compact); a title of one line
    with a blank line after it ('某县水利局2025年部门预算') is both."""
    unit, title = [*(compact(line) for line in lines[:TITLE_BLOCK_LINES]), "", ""][:2]
    return unit, title or unit


def is_running_header(text: str, block: tuple[str, str]) -> bool:
    """Whether a line (``text``, compact) repeats the title block as a page's running header: the
    title alone, the unit's name alone, or the title after the unit's name or the end of it ('隆回县
    农业技术推广中心2020年度单位决算' for '湖南省邵阳市隆回县农业技术推广中心' and '2020年度单位决算');
    a title of fewer than 6 characters is never told apart from a line of the text."""
    unit, title = block
    if len(title) < _MIN_RUNNING_TITLE or not text:
        return False
    if text in (unit, title):
        return True
    name = text.removesuffix(title)
    return name != text and len(name) >= _MIN_RUNNING_NAME and unit.endswith(name)


_MIN_RUNNING_TITLE = 6
_MIN_RUNNING_NAME = 4
