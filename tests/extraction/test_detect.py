"""Detect (issue 8): the title block of every real document and of its variants; what is
not a disclosure is refused with a plain reason."""

from __future__ import annotations

import opencc
import pytest
from conftest import RAW

from extract.detect import detect, looks_like_html
from extract.read import decode

EXPECTED = {
    # file prefix -> (unit_name, district, fiscal_year, unit_code, scope)
    "000": ("重庆市渝中区产业发展促进局", "渝中区", "2026", "", "department"),
    "001": ("重庆市渝中区人民政府办公室", "渝中区", "2026", "", "department"),
    "002": ("重庆市九龙坡区人民政府办公室", "九龙坡区", "2026", "102", "department"),
    "003": ("重庆市綦江区经济和信息化委员会（本级）", "綦江区", "2026", "206001", "unit_only"),
    "004": ("重庆市大渡口区人民政府办公室", "大渡口区", "2025", "103", "department"),
}


def meta_of(path):
    return detect(decode(path.read_bytes()).lines)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_the_five_documents(prefix):
    (path,) = RAW.glob(f"{prefix}_*.txt")
    meta = meta_of(path)
    assert meta.is_disclosure
    assert (meta.unit_name, meta.district, meta.fiscal_year, meta.unit_code, meta.scope) == EXPECTED[prefix]
    assert meta.province == "重庆市"
    assert meta.doc_kind == "budget"
    assert not meta.is_correction


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_traditional_and_gbk_variants_detect_the_same(prefix):
    (path,) = RAW.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(text)
    for data in (traditional.encode("utf-8"), traditional.encode("gb18030"), text.encode("gbk")):
        assert detect(decode(data).lines) == meta_of(path)


def lines(text: str) -> list[str]:
    return text.split("\n")


BODY = "\n一、单位基本情况\n（一）职能职责\n"


@pytest.mark.parametrize(
    "head",
    [
        "重庆市渝中区人民政府办公室\n2026年部门预算情况说明（更正）",
        "重庆市渝中区人民政府办公室\n2026年部门预算情况说明(更正版)",
        "重庆市渝中区人民政府办公室\n2026年部门预算情况说明更正",
        "重庆市渝中区人民政府办公室\n关于2026年部门预算情况说明的更正",
        "重庆市渝中区人民政府办公室2026年部门预算情况说明【调整】",
        "（更正）\n重庆市渝中区人民政府办公室\n2026年部门预算情况说明",
        "重庆市渝中区人民政府办公室\n2026年部门预算情况说明\n（更正版）",
        "【更正】重庆市渝中区人民政府办公室2026年部门预算情况说明",
    ],
)
def test_a_correction_is_marked_in_the_title(head):
    meta = detect(lines(head + BODY))
    assert meta.is_disclosure
    assert meta.is_correction
    assert meta.unit_name == "重庆市渝中区人民政府办公室"
    assert meta.district == "渝中区"
    assert "更正" in meta.title or "调整" in meta.title


def test_a_unit_named_for_adjustment_is_not_a_correction():
    meta = detect(lines("重庆市渝中区产业结构调整办公室\n2026年部门预算情况说明" + BODY))
    assert meta.is_disclosure
    assert meta.unit_name == "重庆市渝中区产业结构调整办公室"
    assert not meta.is_correction


@pytest.mark.parametrize(
    ("head", "unit", "province", "district"),
    [
        # issue 20 (kind 1/7/8): a cover printed over three lines - the place's name, the unit, the kind
        ("浙江省杭州市\n教育局\n2025 年度部门决算", "浙江省杭州市教育局", "浙江省", ""),
        (
            "重庆市江北区\n文化和旅游发展委员会\n2024年度部门决算情况说明",
            "重庆市江北区文化和旅游发展委员会",
            "重庆市",
            "江北区",
        ),
        # the name wrapped after the place, the year split from its 年度
        (
            "浙江省杭州市西湖区人民政府\n北山街道办事处 2024\n年度部门决算",
            "浙江省杭州市西湖区人民政府北山街道办事处",
            "浙江省",
            "西湖区",
        ),
        # the unit line names its place itself: the line above is not part of it
        ("重庆市江北区\n重庆市江北区财政局\n2024年度部门决算情况说明", "重庆市江北区财政局", "重庆市", "江北区"),
        # a line above that is no place's name is not part of the name
        ("公开目录\n重庆市江北区财政局\n2024年度部门决算情况说明", "重庆市江北区财政局", "重庆市", "江北区"),
    ],
)
def test_a_title_block_wrapped_over_three_lines_names_the_whole_unit(head, unit, province, district):
    meta = detect(lines(head + BODY))
    assert meta.is_disclosure
    assert (meta.unit_name, meta.province, meta.district) == (unit, province, district)


@pytest.mark.parametrize(
    ("head", "year", "kind"),
    [
        ("重庆市渝中区人民政府办公室\n2027年部门预算情况说明", "2027", "budget"),
        ("重庆市渝中区人民政府办公室\n2027 年 部门预算情况说明", "2027", "budget"),
        ("重庆市渝中区人民政府办公室\n2025年度部门决算情况说明", "2025", "final_accounts"),
        ("重庆市渝中区人民政府办公室2026年预算公开情况说明", "2026", "budget"),
    ],
)
def test_year_and_kind(head, year, kind):
    meta = detect(lines(head + BODY))
    assert (meta.fiscal_year, meta.doc_kind, meta.unit_name) == (year, kind, "重庆市渝中区人民政府办公室")


NEWS = """区财政局公开2026年部门预算
发布时间：2026-01-20  来源：区财政局
本网讯 近日，区财政局在门户网站集中公布了全区各部门2026年部门预算情况说明，接受社会监督。
据介绍，今年共有86个部门公开了2026年部门预算公开情况说明及表格。
一、公开的范围
"""

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>重庆市渝中区人民政府办公室2026年部门预算情况说明</title></head>
<body><div class="content"><p>重庆市渝中区人民政府办公室</p><p>2026年部门预算情况说明</p>
<p>一、单位基本情况</p></div></body></html>
"""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (NEWS, "no title block"),
        (HTML, "HTML"),
        ("会议纪要\n2026年1月5日\n一、会议议定事项\n", "no title block"),
        ("Lorem ipsum dolor sit amet\n" * 20, "no title block"),
    ],
    ids=["news", "html", "minutes", "latin"],
)
def test_what_is_not_a_disclosure(text, words):
    meta = detect(lines(text))
    assert not meta.is_disclosure
    assert words in meta.reason


def test_html_detection_does_not_fire_on_documents():
    for path in RAW.glob("*.txt"):
        assert not looks_like_html(decode(path.read_bytes()).lines)


# A government's own budget report, in the style of a provincial or county budget report (constructed
# words and numbers): the level's 一般公共预算 totals, 预备费, 债务还本, transfers. It is not a
# department's or unit's disclosure (issue 20, kinds 1 and 10), whatever its title says.
GOVERNMENT_REPORT_BODY = """一、一般公共预算支出安排情况
2025年县级一般公共预算总支出安排48.62亿元，收支平衡。其中，县本级支出21.30亿元；对乡镇转移支付3.15亿元；
上解省支出1.42亿元；预备费0.45亿元，占本级支出的2.1%；债务还本支出2.08亿元。
二、“三公”经费安排情况
县级部门“三公”经费安排0.36亿元，比上年减少0.02亿元。
"""
GOVERNMENT_REPORTS = {
    "report_title": "关于某县2025年预算执行情况和2026年预算草案的报告\n" + GOVERNMENT_REPORT_BODY,
    "disclosure_like_title": "某县人民政府\n2025年预算公开情况说明\n" + GOVERNMENT_REPORT_BODY,
    "unit_title_over_government_text": "某县某某中心\n2025年部门预算情况说明\n" + GOVERNMENT_REPORT_BODY,
}
# a report to the people's congress whose text states one kind of government figure: its title is the other
CONGRESS_REPORT = """关于某区2025年预算执行情况和2026年预算草案的报告
——2026年1月10日在某区第三届人民代表大会第二次会议上
各位代表：
一、2025年预算执行情况
2025年全区一般公共预算收入完成80.50亿元，完成年度预算的101.2%，同比增长3.1%。
"""


@pytest.mark.parametrize("text", GOVERNMENT_REPORTS.values(), ids=GOVERNMENT_REPORTS.keys())
def test_a_government_budget_report_is_not_a_unit_disclosure(text):
    meta = detect(lines(text))
    assert not meta.is_disclosure
    assert meta.refusal == "not_a_unit_disclosure"
    assert "government's own budget" in meta.reason
    assert "预备费0.45亿元" in meta.reason and "债务还本支出2.08亿元" in meta.reason


def test_a_report_to_the_congress_is_not_a_unit_disclosure():
    meta = detect(lines(CONGRESS_REPORT))
    assert not meta.is_disclosure
    assert meta.refusal == "not_a_unit_disclosure"
    assert "people's congress" in meta.reason and "全区一般公共预算收入完成80.50亿元" in meta.reason
    # its title alone, with no government figure, is left to the title check ('no title block')
    only_title = detect(lines(CONGRESS_REPORT.replace("全区一般公共预算收入完成80.50亿元", "收入情况良好")))
    assert only_title.refusal == "not_a_disclosure" and "no title block" in only_title.reason


def test_a_government_budget_report_fails_and_keeps_no_figure():
    from extract.pipeline import process

    out = process(GOVERNMENT_REPORTS["unit_title_over_government_text"].encode("utf-8"), "gov")
    assert out.document["status"] == "failed"
    assert [p["code"] for p in out.rows["raw_problems"]] == ["not_a_unit_disclosure"]
    assert "not a department or unit disclosure" in out.rows["raw_problems"][0]["message"]
    assert set(out.rows) == {"raw_problems"}  # no figure of it is kept


FINANCE_BUREAU = """某县财政局
2025年部门预算情况说明
一、部门基本情况
主要职责：受县政府委托，向县人民代表大会报告全县预算执行情况；管理地方政府债务。
二、部门预算情况说明
本部门2025年债务还本支出120.00万元，用于归还到期的部门借款。
"""


def test_a_finance_bureau_naming_one_government_figure_stays_a_disclosure():
    # one kind of government-level wording (a bureau's own 债务还本支出, its duties) is not enough
    meta = detect(lines(FINANCE_BUREAU))
    assert meta.is_disclosure
    assert meta.unit_name == "某县财政局"
