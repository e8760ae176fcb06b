"""Detect: what a decoded text is — a budget disclosure or not, and its title block.

The title block is the first few non-empty lines before section 一: the unit's name and
a line such as ``2026年部门预算情况说明`` / ``2026 年单位预算情况说明`` /
``2026年预算公开情况说明`` (or ``…决算…``). Both may also share one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.names import normalise_name

# "2026年部门预算情况说明", "2025 年部门预算情况说明", "2026年预算公开情况说明", "2024年度部门决算说明"
_KIND_LINE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*(?P<scope>部门|单位)?\s*"
    r"(?P<kind>预算|决算)\s*(?:公开)?\s*(?:情况)?\s*(?:说明|公开)"
)
_SECTION_ONE = re.compile(r"^\s*一\s*[、.．]")
_CORRECTION = re.compile(r"更正|调整")
# province-level prefix, then the district / county
_PLACE = re.compile(
    r"^(?P<province>[^\s省市]{2,8}?(?:省|自治区|市))"
    r"(?P<district>[^\s区县市]{1,10}?(?:自治县|新区|区|县|市|旗))"
)
_UNIT_ONLY = re.compile(r"[（(]\s*本级\s*[)）]")
_TITLE_LINES = 6


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


def detect(lines: tuple[str, ...] | list[str]) -> DocumentMeta:
    head: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if _SECTION_ONE.match(stripped):
            break
        head.append((number, stripped))
        if len(head) >= _TITLE_LINES:
            break

    kind_at = next((i for i, (_, text) in enumerate(head) if _KIND_LINE.search(text)), None)
    if kind_at is None:
        return DocumentMeta(
            is_disclosure=False,
            reason="no title block: expected a line such as '2026年部门预算情况说明' before section 一",
        )

    number, kind_text = head[kind_at]
    match = _KIND_LINE.search(kind_text)
    assert match is not None
    prefix = kind_text[: match.start()].strip()
    if prefix:  # unit name and year on one line
        unit_raw, used = prefix, [number]
    elif kind_at > 0:
        unit_raw, used = head[kind_at - 1][1], [head[kind_at - 1][0], number]
    else:
        unit_raw, used = "", [number]

    unit_name = normalise_name(unit_raw)
    place = _PLACE.match(unit_name)
    title = " ".join(text for n, text in head if n in used)
    return DocumentMeta(
        is_disclosure=True,
        title=title,
        title_lines=tuple(used),
        unit_name=unit_name,
        province=place.group("province") if place else "",
        district=place.group("district") if place else "",
        unit_code=find_unit_code(lines, unit_name),
        scope="unit_only" if _UNIT_ONLY.search(unit_name) else "department",
        fiscal_year=match.group("year"),
        doc_kind="final_accounts" if match.group("kind") == "决算" else "budget",
        is_correction=bool(_CORRECTION.search(title)),
    )


def find_unit_code(lines, unit_name: str) -> str:
    """The unit's code where the document prints it as ``<code>-<name>`` (e.g. ``102-重庆市…``)."""
    if not unit_name:
        return ""
    pattern = re.compile(r"(?<!\d)(\d{3,9})\s*-\s*" + re.escape(unit_name) + r"(?![（(]本级)")
    for line in lines:
        if unit_name[:4] in line:
            found = pattern.search(normalise_name(line))
            if found:
                return found.group(1)
    return ""
