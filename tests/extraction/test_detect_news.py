"""A news article, press summary or notice about disclosures is no unit's disclosure (issue 20, kind 1).

Such a text dropped into data/raw/ ('某市52个部门集中公开2025年部门预算……市教育局收入预算…') was read
as one unit's disclosure and a few of its figures landed under one document. It is refused with
``news_or_notice`` by its structure: no title block naming one unit (none, a 'unit' that is several
units or a bare place, no unit) with news wording, a notice's wording or several units' figures; or
a one-unit title over a news byline. A one-unit disclosure that speaks of other units, of 新闻报道 or
that a web page exports with an editor's line stays a disclosure. All texts, names and amounts are
constructed.
"""

from __future__ import annotations

import pytest

from extract.detect import detect
from extract.pipeline import process


def lines(text: str) -> list[str]:
    return text.split("\n")


# --- refused: news, press summaries, notices -----------------------------------------------------

NEWS = {
    # the headline reports the publication (a verb before the kind words): no title block at all
    "no_title_headline": (
        """青山市48个部门昨日集中公开2031年部门预算
2031-02-11 07:40  来源：青山日报
本报讯（记者 甲乙）昨日，青山市48个市级部门在各自门户网站集中公开了2031年部门预算。
其中，市教育局收入预算21.4亿元，市公安局收入预算9.7亿元，市卫生健康委员会支出预算6.2亿元。
""",
        ["本报讯", "48个部门", "3 units' figures", "市教育局收入预算21.4亿元"],
    ),
    # the headline reads as a title whose 'unit' is several units
    "several_units_in_title": (
        """青山市市级部门
2031年部门预算公开
青山新闻网讯 2月11日，市财政局组织市级部门集中公开2031年部门预算，公开的部门共有48个。
市教育局2031年支出预算为21.4亿元；市公安局支出预算9.7亿元。
""",
        ["names several units", "青山市市级部门", "新闻网讯", "2 units' figures"],
    ),
    # the headline names a place only, the text is an agency's dispatch
    "place_only_title": (
        """青山市2031年部门预算公开
新华社青山2月11日电 青山市三十六个部门11日公开部门预算，市教育局收入预算21.4亿元，市公安局收入预算9.7亿元。
责任编辑：丙丁
""",
        ["names a place, no unit ('青山市')", "2月11日电", "三十六个部门", "责任编辑："],
    ),
    # a press summary under a title with no unit: numbered sections each a unit's name, no news wording
    "sections_per_unit": (
        """2031年部门预算
一、青山市教育局
收入预算21.4亿元，支出预算21.4亿元。
二、青山市公安局
收入预算9.7亿元，支出预算9.7亿元。
三、青山市民政局
收入预算3.3亿元，支出预算3.3亿元。
""",
        ["names no unit", "3 sections each naming a unit", "一、青山市教育局"],
    ),
    # a finance bureau's notice about the publication, to several units
    "notice": (
        """青山市财政局
关于做好2031年市级部门预算公开工作的通知
各区县财政局、市级各部门：
根据预算法规定，市级部门预算应于批复后20日内公开。请各部门按要求做好公开工作。
青山市财政局
2031年1月20日
""",
        ["no title block naming one unit", "关于做好2031年市级部门预算公开工作的通知", "市级各部门"],
    ),
    # a report on the publication of 决算, its title reporting a count of units
    "final_accounts_summary": (
        """白水区2030年度部门决算公开情况
据介绍，白水区27个区级部门已于8月底前公开2030年度部门决算，区教育委员会支出决算3.1亿元，
区交通局支出决算1.2亿元。
""",
        ["据介绍", "27个区级部门", "2 units' figures"],
    ),
    # one unit's headline over a reporter's byline: a news article about that unit's budget
    "one_unit_headline_with_byline": (
        """青山市教育局2031年部门预算公开
（记者 甲乙 通讯员 丙丁）记者从市教育局获悉，该局2031年部门预算收入21.4亿元，比上年增长3.2%。
""",
        ["over a news byline", "青山市教育局", "（记者"],
    ),
}


@pytest.mark.parametrize("case", sorted(NEWS))
def test_news_or_a_notice_about_disclosures_is_refused(case):
    text, words = NEWS[case]
    meta = detect(lines(text))
    assert not meta.is_disclosure
    assert meta.refusal == "news_or_notice"
    assert meta.reason.startswith("a news article, press summary or notice about disclosures: ")
    for word in words:
        assert word in meta.reason, (word, meta.reason)
    assert (meta.unit_name, meta.fiscal_year, meta.title) == ("", "", "")


def test_the_evidence_names_its_lines():
    meta = detect(lines(NEWS["no_title_headline"][0]))
    assert "a reporter's byline (记者 / 通讯员) (line 3:" in meta.reason
    assert "a count of units (line 1: '48个部门')" in meta.reason


def test_a_news_article_fails_and_keeps_no_figure():
    out = process(NEWS["several_units_in_title"][0].encode("utf-8"), "news")
    assert out.document["status"] == "failed"
    assert [p["code"] for p in out.rows["raw_problems"]] == ["news_or_notice"]
    message = out.rows["raw_problems"][0]["message"]
    assert message.startswith("not one unit's budget or final-accounts disclosure: a news article")
    assert set(out.rows) == {"raw_problems"}  # no figure of it is kept


# --- kept: disclosures that speak of other units, of news, or carry a web page's lines ------------

KEPT = {
    # a finance bureau's duties speak of all departments and count them; its units are listed by name
    "duties_of_a_finance_bureau": (
        """青山市白水区财政局
2031年部门预算情况说明
一、部门基本情况
（一）主要职能
负责审核区级各部门预算，指导全区52个部门做好部门预算公开工作。
（二）单位构成
1.青山市白水区财政局
2.青山市白水区财政事务中心
二、部门收支总体情况
收入预算1200.50万元，其中白水区财政局收入预算1000.50万元，白水区财政事务中心收入预算200.00万元。
""",
        "青山市白水区财政局",
    ),
    # a media centre's disclosure: 新闻报道, 新闻发布会 and 记者 are its work
    "a_media_centre": (
        """青山市白水区融媒体中心
2031年单位预算情况说明
一、单位基本情况
负责全区新闻报道和新闻发布会的组织，管理记者站，编辑出版区报。
二、单位收支总体情况
收入预算860.00万元。
""",
        "青山市白水区融媒体中心",
    ),
    # a web page's text of a disclosure: its source row, a 发布会 menu item and an editor's line
    "a_web_page_of_a_disclosure": (
        """首页 > 政务公开 > 新闻发布会 > 财政预决算
来源：青山市白水区民政局  发布时间：2031-02-11
青山市白水区民政局
2031年部门预算情况说明
一、部门基本情况
负责全区社会救助工作。
二、部门收支总体情况
收入预算430.00万元。
责任编辑：甲乙
""",
        "青山市白水区民政局",
    ),
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_a_disclosure_speaking_of_other_units_or_of_news_is_kept(case):
    text, unit = KEPT[case]
    meta = detect(lines(text))
    assert meta.is_disclosure, meta.reason
    assert meta.unit_name == unit
    assert meta.fiscal_year == "2031"


def test_a_title_naming_no_unit_over_a_disclosures_own_sections_is_left_to_the_identity_check():
    # the unit's name is missing (no_unit_name in the pipeline), not a news article: its sections
    # are a disclosure's own, though its duties speak of 区级各部门 and its units are listed
    text = """2031年部门预算情况说明
一、单位基本情况
（一）职能职责
负责指导区级各部门的某项工作。
（二）单位构成
1.青山市白水区某某中心
2.青山市白水区某某站
二、部门收支总体情况
收入预算430.00万元。
"""
    meta = detect(lines(text))
    assert meta.is_disclosure
    assert meta.unit_name == ""
    out = process(text.encode("utf-8"), "no-unit")
    assert [p["code"] for p in out.rows["raw_problems"]] == ["no_unit_name"]


def test_a_dateline_needs_its_agency_words_apart():
    # '12月31日电费' in a title block's neighbour is an electricity bill, not a dateline
    text = """青山市白水区机关事务中心
2031年部门预算情况说明
截至12月31日电费已结清。
一、部门基本情况
负责机关后勤保障。
"""
    meta = detect(lines(text))
    assert meta.is_disclosure
    assert meta.unit_name == "青山市白水区机关事务中心"
