"""A 决算's 类/款/项 item path never reaches past its section, and zeros said of roles (issue 20).

1. Section orders: a section about a 类/款/项 item (its path run into a sentence after the
   section's amount, an item heading with its role paragraph, or a path listed with its amount)
   before a 三公, a 机关运行经费 or a 政府采购 section (under a numbered heading, a heading of no number,
   or none): the later section's '预算A，决算B' reads both roles of its own subject, just as without
   the item section before it; the item's own figures are still read.
2. Must not: a 三公 sentence that lists 类 inside it keeps its reading (the 类 amounts are that
   whole's split, reported); role words alone right after an item's own figure stay the item's.
3. Zeros of roles: '因公出国（境）费：未安排，未支出' (the budget and the actual 0 in a 决算, one 0 in a
   budget), '…预算、决算均为0' / '…年初预算、支出决算均为0万元' (each name in each role; a budget's
   决算 is another year's: reported). Must not: another year's or a sub-unit's, a list of two sides
   ('收入预算、支出预算均为0'), a lone '…未安排' (the actual's, as before).

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import unparsed_messages

from extract.narrative import parse_narrative
from extract.result import ParseResult

# code -> name as the document's function tables would print them
_NAMES = {
    "201": "一般公共服务支出",
    "20101": "人大事务",
    "2010101": "行政运行",
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
}


def _parse(*paragraphs: str, final: bool = True) -> ParseResult:
    year = "2024" if final else "2025"
    title = f"{year}年度部门决算" if final else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final else "一、部门预算情况说明"
    return parse_narrative(
        ["某县某局", title, heading, "", *paragraphs],
        None,
        fiscal_year=year,
        unit_name="某县某局",
        final_accounts=final,
        function_names=_NAMES,
    )


def _read(*paragraphs: str, final: bool = True) -> dict[tuple[str, str, str], str]:
    """(metric, function code, value role) -> value of every kept figure (none read twice)."""
    rows = [r for r in _parse(*paragraphs, final=final).rows.get("raw_narrative_figures", [])]
    kept = [r for r in rows if r["is_rejected"] == "false"]
    out = {(r["metric"], r["function_code"], r["value_role"]): r["value"] for r in kept}
    assert len(out) == len(kept), kept
    return out


def _problems(*paragraphs: str, final: bool = True) -> list[str]:
    return [p.message for p in _parse(*paragraphs, final=final).problems]


# --- 1. section orders

# the item sections: paragraphs, and the item figures they state (a figure of a path whose name the
# function tables above do not hold as printed is left to the name lookup: only the subject's compared)
_RUN_IN_PATH = (
    "八、政府性基金预算财政拨款支出决算情况说明",
    "2024年度政府性基金预算财政拨款支出50.00万元，为其他支出（类）彩票公益金安排的支出（款）用于社会福利的"
    "彩票公益金支出（项）（2296002）。",
)
_ITEM_HEADING = (
    "八、一般公共预算财政拨款支出决算情况说明",
    "（一）一般公共服务支出（类）人大事务（款）行政运行（项）",
    "年初预算为40.00万元，支出决算为38.00万元。",
)
_LISTED_PATH = (
    "八、一般公共预算财政拨款支出决算情况说明",
    "2024年度一般公共预算财政拨款支出38.00万元，具体情况如下：一般公共服务支出（类）人大事务（款）行政运行"
    "（项）38.00万元，年初预算为40.00万元。",
)
_ITEM_SECTIONS = {
    "run-in path": (_RUN_IN_PATH, None),
    "item heading": (
        _ITEM_HEADING,
        {
            ("expenditure_function", "2010101", "budget"): "400000.00",
            ("expenditure_function", "2010101", "actual"): "380000.00",
        },
    ),
    "listed path": (
        _LISTED_PATH,
        {
            ("expenditure_general_public_budget", "", "actual"): "380000.00",
            ("expenditure_function", "2010101", "budget"): "400000.00",
            ("expenditure_function", "2010101", "actual"): "380000.00",
        },
    ),
}

_THREE_PUBLIC = (
    "2024年度“三公”经费财政拨款支出预算12.00万元，支出决算8.20万元。其中，因公出国（境）费预算0万元，决算0万元；"
    "公务接待费预算3.00万元，决算1.20万元；公务用车购置及运行维护费预算9.00万元，决算7.00万元。"
)
_THREE_PUBLIC_READ = {
    ("three_public_total", "", "budget"): "120000.00",
    ("three_public_total", "", "actual"): "82000.00",
    ("three_public_overseas", "", "budget"): "0.00",
    ("three_public_overseas", "", "actual"): "0.00",
    ("three_public_reception", "", "budget"): "30000.00",
    ("three_public_reception", "", "actual"): "12000.00",
    ("three_public_vehicle_total", "", "budget"): "90000.00",
    ("three_public_vehicle_total", "", "actual"): "70000.00",
}
# (the actual first, each part's budget after it)
_THREE_PUBLIC_ACTUAL_FIRST = (
    "2024年度“三公”经费财政拨款支出决算6.50万元，年初预算10.00万元。其中：公务接待费支出决算1.50万元，年初预算"
    "2.00万元；公务用车购置及运行维护费支出决算5.00万元，年初预算8.00万元。"
)
_THREE_PUBLIC_ACTUAL_FIRST_READ = {
    ("three_public_total", "", "actual"): "65000.00",
    ("three_public_total", "", "budget"): "100000.00",
    ("three_public_reception", "", "actual"): "15000.00",
    ("three_public_reception", "", "budget"): "20000.00",
    ("three_public_vehicle_total", "", "actual"): "50000.00",
    ("three_public_vehicle_total", "", "budget"): "80000.00",
}
_OPERATING = "2024年度机关运行经费支出预算20.00万元，决算18.00万元，比上年减少2.00万元。"
_OPERATING_READ = {
    ("operating_cost", "", "budget"): "200000.00",
    ("operating_cost", "", "actual"): "180000.00",
    ("operating_cost_change_vs_prior_year", "", ""): "-20000.00",
}
_PROCUREMENT = (
    "2024年度政府采购支出预算35.00万元，决算30.00万元，其中：政府采购货物支出10.00万元，政府采购服务支出20.00万元。"
)
_PROCUREMENT_READ = {
    ("procurement_total", "", "budget"): "350000.00",
    ("procurement_total", "", "actual"): "300000.00",
    ("procurement_goods", "", "actual"): "100000.00",
    ("procurement_services", "", "actual"): "200000.00",
}
# the subject sections: (numbered heading, heading of no number, its paragraph, what it reads)
_SUBJECTS = {
    "三公": (
        "九、“三公”经费财政拨款支出决算情况说明",
        "“三公”经费财政拨款支出决算情况说明",
        _THREE_PUBLIC,
        _THREE_PUBLIC_READ,
    ),
    "三公 actual first": (
        "九、“三公”经费财政拨款支出决算情况说明",
        "“三公”经费财政拨款支出决算情况说明",
        _THREE_PUBLIC_ACTUAL_FIRST,
        _THREE_PUBLIC_ACTUAL_FIRST_READ,
    ),
    "机关运行经费": ("十、机关运行经费支出决算情况说明", "机关运行经费支出决算情况说明", _OPERATING, _OPERATING_READ),
    "政府采购": ("十一、政府采购支出决算情况说明", "政府采购支出情况说明", _PROCUREMENT, _PROCUREMENT_READ),
}


def _subject_part(read: dict[tuple[str, str, str], str], item: dict | None) -> dict[tuple[str, str, str], str]:
    """``read`` without the item section's figures (all of them when it states none that are known)."""
    if item is None:
        return {key: value for key, value in read.items() if not key[0].startswith("expenditure")}
    return {key: value for key, value in read.items() if key not in item}


@pytest.mark.parametrize("item_section", list(_ITEM_SECTIONS))
@pytest.mark.parametrize("subject", list(_SUBJECTS))
@pytest.mark.parametrize("heading", ["numbered", "no number", "none"])
def test_a_subject_after_an_item_section_reads_its_own_roles(item_section, subject, heading):
    item_paragraphs, item_read = _ITEM_SECTIONS[item_section]
    numbered, plain, paragraph, expected = _SUBJECTS[subject]
    above = {"numbered": [numbered], "no number": [plain], "none": []}[heading]
    read = _read(*item_paragraphs, *above, paragraph)
    assert _subject_part(read, item_read) == expected
    if item_read is not None:
        assert {key: read[key] for key in item_read if key in read} == item_read
    # no amount of the subject's is taken for the item, nor refused as a 类's split
    problems = _problems(*item_paragraphs, *above, paragraph)
    assert not [p for p in problems if "a 类 listed as a part of" in p or "（8.20万元）" in p or "(8.20万元)" in p]


@pytest.mark.parametrize("subject", list(_SUBJECTS))
def test_a_subject_reads_the_same_with_or_without_an_item_section_before(subject):
    numbered, _, paragraph, expected = _SUBJECTS[subject]
    assert _read(numbered, paragraph) == expected
    for item_paragraphs, item_read in _ITEM_SECTIONS.values():
        assert _subject_part(_read(*item_paragraphs, numbered, paragraph), item_read) == expected


def test_the_issue_text_keeps_the_three_public_total_actual():
    read = _read(*_RUN_IN_PATH, "九、“三公”经费财政拨款支出决算情况说明", _THREE_PUBLIC)
    assert read[("three_public_total", "", "actual")] == "82000.00"
    assert not [p for p in _problems(*_RUN_IN_PATH, _THREE_PUBLIC) if "8.20万元" in p]


# --- 2. must not


def test_a_three_public_sentence_listing_categories_keeps_its_reading():
    # the 类 path named inside the 三公 sentence: its amounts are the whole's split (reported), the
    # role words after it that 类's, never a 三公 figure
    sentence = (
        "2024年度“三公”经费财政拨款支出决算8.20万元，其中：一般公共服务支出（类）人大事务（款）行政运行（项）"
        "5.00万元，年初预算为6.00万元；教育支出3.20万元。"
    )
    for above in ([], list(_ITEM_HEADING)):
        read = _read(*above, sentence)
        assert {k: v for k, v in read.items() if k[0].startswith("three_public")} == {
            ("three_public_total", "", "actual"): "82000.00"
        }
        split = [p for p in _problems(*above, sentence) if "a 类 listed as a part of three_public_total" in p]
        assert len(split) == 3, split


def test_role_words_after_the_items_own_figure_stay_the_items():
    assert _read(*_ITEM_HEADING) == _ITEM_SECTIONS["item heading"][1]
    # an item heading with its roles in a sentence after it, then the next item's section
    assert (
        _read("（一）一般公共服务支出（类）人大事务（款）行政运行（项）。年初预算为40.00万元，支出决算为38.00万元。")
        == _ITEM_SECTIONS["item heading"][1]
    )


def test_a_three_public_figure_inside_the_items_sentence_keeps_its_own_budget():
    # '…支出决算为38.00万元，其中“三公”经费决算2.00万元，年初预算3.00万元': the budget after the 三公
    # figure is the 三公 figure's
    read = _read(
        "（一）一般公共服务支出（类）人大事务（款）行政运行（项）",
        "年初预算为40.00万元，支出决算为38.00万元，其中“三公”经费决算2.00万元，年初预算3.00万元。",
    )
    assert read[("three_public_total", "", "actual")] == "20000.00"
    assert read[("three_public_total", "", "budget")] == "30000.00"
    assert read[("expenditure_function", "2010101", "budget")] == "400000.00"


# --- 3. zeros of roles


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("因公出国（境）费：未安排，未支出。", ["three_public_overseas"]),
        ("因公出国（境）费未安排，未支出。", ["three_public_overseas"]),
        ("公务接待费：未安排预算，未发生支出。", ["three_public_reception"]),
        ("（一）因公出国（境）费：没有安排，未开支。", ["three_public_overseas"]),
        ("因公出国（境）费预算、决算均为0。", ["three_public_overseas"]),
        ("因公出国（境）费年初预算、支出决算均为0万元。", ["three_public_overseas"]),
        ("因公出国（境）费、公务接待费预算、决算均为0。", ["three_public_overseas", "three_public_reception"]),
    ],
)
def test_zeros_of_both_roles(text, metrics):
    expected = {(metric, "", role): "0.00" for metric in metrics for role in ("budget", "actual")}
    assert _read("九、“三公”经费财政拨款支出决算情况说明", text) == expected
    # a budget reads the budget's 0 alone
    assert _read("四、“三公”经费", text, final=False) == {(metric, "", ""): "0.00" for metric in metrics}


def test_a_budgets_actual_said_to_be_zero_is_reported():
    for text in ("因公出国（境）费预算、决算均为0。", "因公出国（境）费年初预算、支出决算均为0万元。"):
        result = _parse("四、“三公”经费", text, final=False)
        assert [m for m in unparsed_messages(result) if "another year's figure" in m], unparsed_messages(result)


def test_the_three_public_paragraph_then_its_zero_statements():
    read = _read(
        *_RUN_IN_PATH,
        "九、“三公”经费财政拨款支出决算情况说明",
        _THREE_PUBLIC,
        "因公出国（境）费：未安排，未支出。",
        "因公出国（境）费预算、决算均为0。",
    )
    assert _subject_part(read, None) == _THREE_PUBLIC_READ
    assert not _problems(_THREE_PUBLIC, "因公出国（境）费：未安排，未支出。", "因公出国（境）费预算、决算均为0。")


@pytest.mark.parametrize(
    "text",
    [
        "因公出国（境）费上年未安排，未支出。",
        "2023年因公出国（境）费：未安排，未支出。",
        "所属单位因公出国（境）费：未安排，未支出。",
    ],
)
def test_another_years_or_units_zeros_of_roles_are_not_read(text):
    assert _read("九、“三公”经费财政拨款支出决算情况说明", text) == {}
    assert _read("四、“三公”经费", text, final=False) == {}


def test_a_lone_none_word_keeps_its_reading():
    # '…未安排' alone is the actual's in a 决算, as '…均未安排' is; '…未安排预算' the budget's
    assert _read("因公出国（境）费未安排。") == {("three_public_overseas", "", "actual"): "0.00"}
    assert _read("因公出国（境）费未安排预算。") == {("three_public_overseas", "", "budget"): "0.00"}


def test_a_lone_none_word_after_a_colon_reads_as_run_on():
    # '…：未安排' as '…未安排' (the actual's in a 决算, the 0 of a budget); '…：无支出' the actual's,
    # nothing in a budget (no budget said)
    assert _read("因公出国（境）费：未安排。") == {("three_public_overseas", "", "actual"): "0.00"}
    assert _read("因公出国（境）费：未安排。", final=False) == {("three_public_overseas", "", ""): "0.00"}
    assert _read("因公出国（境）费：无支出。") == {("three_public_overseas", "", "actual"): "0.00"}
    assert _read("因公出国（境）费：无支出。", final=False) == {}


def test_a_list_of_two_sides_is_no_list_of_roles():
    # '收入预算、支出预算均为0': two sides in one role, never one name in two roles
    assert _read("收入预算、支出预算均为0。") == {}
    assert len([p for p in _problems("收入预算、支出预算均为0。") if "names no metric" in p]) == 2


def test_a_description_between_the_item_heading_and_its_roles_keeps_the_item():
    # a sentence of no amount naming a 三公 word under the item heading is no heading of a section
    assert (
        _read(
            "（一）一般公共服务支出（类）人大事务（款）行政运行（项）",
            "主要用于“三公”经费等支出。",
            "年初预算为40.00万元，支出决算为38.00万元。",
        )
        == _ITEM_SECTIONS["item heading"][1]
    )
