"""A line that is only a page number, as PDF exports print it in the margins and as text copied
from a PDF carries it between the lines of a paragraph. One definition for every step that skips
such lines (the readers, detection, the narrative's paragraphs, the completeness check)."""

from __future__ import annotations

import re

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
