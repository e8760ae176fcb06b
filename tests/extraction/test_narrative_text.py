"""Narrative text handling: paragraphs across PDF line breaks, where the narrative ends, amounts."""

from __future__ import annotations

from decimal import Decimal

from extract.narrative.text import amounts, narrative_end, paragraphs, sentences


def test_sentence_broken_by_blank_lines_is_one_paragraph_with_line_numbers():
    lines = ["五、其他重要事项的情况说明", "", "涉及一般公共预算当年财", "", "政拨款 883.38 万元。", "（四）国有资产。"]
    paras = paragraphs(lines, len(lines))
    assert [p.text for p in paras] == [
        "五、其他重要事项的情况说明",
        "涉及一般公共预算当年财政拨款 883.38 万元。",
        "（四）国有资产。",
    ]
    joined = paras[1]
    (amount,) = amounts(joined.text)
    assert joined.line_at(amount.start) == 5  # the line where the figure is printed
    assert joined.line_at(0) == 3
    assert all(p.section == "五" for p in paras)


def test_heading_does_not_swallow_the_next_paragraph():
    lines = ["三、部门预算情况说明", "", "2026年一般公共预算财政拨款收入717.61万元。", "其", "", "中，基本支出1万元。"]
    paras = paragraphs(lines, len(lines))
    assert [p.text for p in paras] == [
        "三、部门预算情况说明",
        "2026年一般公共预算财政拨款收入717.61万元。",
        "其中，基本支出1万元。",
    ]


def test_narrative_ends_before_the_first_table_even_without_end_line():
    lines = [
        "六、专业性名词解释",
        "（一）财政拨款收入：指…。",
        "联系人：某某",
        "",
        "表一",
        "",
        "2025 年财政拨款收支总表",
    ]
    assert narrative_end(lines, None) == 4
    assert narrative_end(lines, 3) == 2
    tsv = ["六、专业性名词解释", "（一）基本支出：指…。", "收入\t\t支出", "一、本年收入\t2,686.02"]
    assert narrative_end(tsv, None) == 2
    attached = ["六、专业性名词解释", "附表：1.2026年某局财政拨款收支总表", " 2026年某局财政拨款收支总表"]
    assert narrative_end(attached, None) == 1


def test_amounts_are_exact_in_every_printed_form():
    text = "2,465.43 万元、717.61万元、3,500元、0.5万元、1.2亿元、1，234.5 万元、2 辆、12人、2026 年、2025年12月"
    got = [(a.text, a.value, a.value_unit) for a in amounts(text)]
    assert got == [
        ("2,465.43 万元", Decimal("24654300.00"), "yuan"),
        ("717.61万元", Decimal("7176100.00"), "yuan"),
        ("3,500元", Decimal("3500"), "yuan"),
        ("0.5万元", Decimal("5000.0"), "yuan"),
        ("1.2亿元", Decimal("120000000.0"), "yuan"),
        ("1，234.5 万元", Decimal("12345000.0"), "yuan"),
        ("2 辆", Decimal("2"), "count"),
        ("12人", Decimal("12"), "count"),
    ]
    assert [a.value_str() for a in amounts("3,500元 0.5万元")] == ["3500.00", "5000.00"]


def test_people_words_are_not_counts():
    # '人民' is no count of people; '人次' is a count of its own (person-visits), never one of '人'
    assert [(a.text, a.unit) for a in amounts("2026人民政府、接待50人次")] == [("50人次", "人次")]


def test_groups_and_batches_are_counted_only_after_their_word():
    found = amounts("出国团组0个，接待批次为3978个，国内公务接待15批次，下属3个单位，发生接待1次")
    assert [(a.text, a.unit) for a in found] == [("0个", "个"), ("3978个", "个"), ("15批次", "批次")]


def test_clauses_never_split_an_amount():
    (sentence,) = sentences(paragraphs(["收入比 2025 年增加 1，234.5 万元，主要是…。"], 1)[0])
    spans = [(a.start, a.end) for a in amounts(sentence.text)]
    texts = [c.text for c in sentence.clauses(spans)]
    assert texts[0] == "收入比 2025 年增加 1，234.5 万元"
