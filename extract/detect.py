"""Detect: what a decoded text is — a budget disclosure or not, and its title block.

The title block is the first few non-empty lines before section 一: the unit's name and
a line such as ``2026年部门预算情况说明`` / ``2026 年单位预算情况说明`` /
``2026年预算公开情况说明`` (or ``…决算…``). Both may also share one line.

The kind line must read as a title: after the matched words only a correction marker
may follow (``（更正）``, ``更正版``, ``的更正``), and the unit name before it is short and
has no sentence punctuation. So a news article that *mentions* a disclosure
("…公布了2026年部门预算情况说明，…") is not taken for one. An HTML page is refused
as such (only text exports are read).

A correction (更正 / 调整) counts only where it marks the title — after the kind words,
around the unit name in brackets, or on a line of its own in the title block — never
because a unit's name contains 调整.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.names import normalise_name

# "2026年部门预算情况说明", "2025 年部门预算情况说明", "2026年预算公开情况说明", "2024年度部门决算说明"
_KIND_LINE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*(?:[区市县省]级)?\s*(?P<scope>部门|单位)?\s*"
    r"(?P<kind>预算|决算)\s*(?:公开)?\s*(?:情况)?\s*(?:说明|公开)?"
)
# a verb before bare kind words makes a headline, not a title ("…公开2026年部门预算")
_ANNOUNCING = re.compile(r"(?:公开|公布|发布|印发|审议|批复|通过)$")
# a title-block line naming the unit: "预算主管部门：上海市普陀区司法局", "预算单位：…", "部门名称：…"
_UNIT_LABEL = re.compile(r"^\s*(?:预算主管部门|主管部门|预算单位|部门名称|单位名称)\s*[：:]\s*(?P<name>\S.{0,58}?)\s*$")
_SECTION_ONE = re.compile(r"^\s*一\s*[、.．]")
_CORRECTION = re.compile(r"更正|调整")
_OPEN, _CLOSE = r"[（(【\[〔]", r"[)）】\]〕]"
# what may follow the kind words on a title line
_TITLE_TAIL = re.compile(rf"^\s*{_OPEN}?\s*(?:的)?\s*(?:更正|调整)?\s*(?:版|稿|后|公告)?\s*{_CLOSE}?\s*$")
# a correction marker in brackets, or a title-block line that is only one
_CORRECTION_MARK = re.compile(rf"{_OPEN}\s*(?:更正|调整)\s*(?:版|稿|后)?\s*{_CLOSE}")
_CORRECTION_LINE = re.compile(rf"^\s*{_OPEN}?\s*(?:关于)?\s*(?:更正|调整)\s*(?:版|稿|后|公告|说明)?\s*{_CLOSE}?\s*$")
_LEAD_IN = re.compile(r"^\s*关于\s*")
_SENTENCE = re.compile(r"[，。；！？,;]")
_MAX_UNIT_NAME = 60
_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|meta|div|p|table|script|span|a)\b", re.IGNORECASE)
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
    if looks_like_html(lines):
        return DocumentMeta(
            is_disclosure=False,
            reason="an HTML web page, not a text export of a budget disclosure",
        )
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

    found = None
    for at, (_, text) in enumerate(head):
        found = _title_match(text)
        if found:
            kind_at = at
            break
    if found is None:
        return DocumentMeta(
            is_disclosure=False,
            reason="no title block: expected a line such as '2026年部门预算情况说明' before section 一",
        )

    match, prefix = found
    number, kind_text = head[kind_at]
    label = next(
        ((n, m.group("name")) for n, text in head[kind_at + 1 : kind_at + 3] if (m := _UNIT_LABEL.match(text))),
        None,
    )
    if label and (not prefix or _is_place(prefix)):  # the unit named on a labelled line below the title
        unit_raw, used = label[1], [number, label[0]]
    elif prefix:  # unit name and year on one line
        unit_raw, used = prefix, [number]
    elif kind_at > 0 and _plausible_unit(head[kind_at - 1][1]):
        unit_raw, used = head[kind_at - 1][1], [head[kind_at - 1][0], number]
    else:
        unit_raw, used = "", [number]
    # a correction marker on a line of its own just before or after the title
    for neighbour in (kind_at - (2 if len(used) == 2 else 1), kind_at + 1):
        if 0 <= neighbour < len(head) and _CORRECTION_LINE.match(head[neighbour][1]):
            used.append(head[neighbour][0])
    used.sort()

    is_correction = bool(
        _CORRECTION.search(kind_text[match.end() :])
        or _CORRECTION_MARK.search(kind_text[: match.start()])
        or _CORRECTION_MARK.search(unit_raw)
        or any(_CORRECTION_LINE.match(text) for n, text in head if n in used)
    )
    unit_name = normalise_name(_LEAD_IN.sub("", _CORRECTION_MARK.sub("", unit_raw)))
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
        is_correction=is_correction,
    )


def _is_place(text: str) -> bool:
    """The text is only a place (province and district), e.g. 上海市普陀区."""
    place = _PLACE.match(text)
    return bool(place) and place.end() == len(text.strip())


# the year first, then the unit, then the kind: "2019 年佛山市轨道交通局 部门决算"
_YEAR_FIRST = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*年\s*度?\s*(?P<unit>[^\s，。；,;]{2,40}?)\s*(?P<scope>部门|单位)\s*"
    r"(?P<kind>预算|决算)\s*(?:公开)?\s*(?:情况)?\s*(?:说明)?$"
)


def _title_match(text: str) -> tuple[re.Match[str], str] | None:
    """The kind words of a title line and the text before them (a unit name or '')."""
    year_first = _YEAR_FIRST.match(text)
    if year_first and _plausible_unit(year_first.group("unit")):
        return year_first, year_first.group("unit")
    for match in _KIND_LINE.finditer(text):
        if not _TITLE_TAIL.match(text[match.end() :]):
            continue
        prefix = text[: match.start()].strip()
        core = _LEAD_IN.sub("", _CORRECTION_MARK.sub("", prefix)).strip()
        if core and not _plausible_unit(core):
            continue
        if not match.group(0).endswith(("说明", "公开")) and _ANNOUNCING.search(core):
            continue  # "区财政局公开2026年部门预算": a headline about disclosures, not a title
        return match, core
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
