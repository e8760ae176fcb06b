"""Title blocks and unit identity of disclosures from other regions (issue 20, kinds 1, 7 and 8).

Each case is a constructed text in the shape of a real page beginning harvested from another
province (a web page's banner and metadata rows above the title, a title held only in a
metadata row, a title that ends in 目录 or reads "…公开报告", a text that starts at its outline,
a party organ's name before the place, a county-level city, a department published
"及所属单位"). Names are made up.
"""

from __future__ import annotations

import pytest

from extract.detect import detect, place_of
from extract.pipeline import process

BODY = "\n第一部分 部门概况\n一、部门职责\n负责全县的某项工作。\n"


def lines(text: str) -> list[str]:
    return text.split("\n")


# --- kind 1: title blocks ----------------------------------------------------------------------

# a hospital's site banner, a source line and a file link above the title (12 lines of page chrome)
BANNER = """欢迎来到青山市第一人民医院
24小时应诊电话:0000-0000000
预约挂号电话:0000-0000001(接电话时间8:00-11:30)

国家三级甲等医院

国家级胸痛中心

某某住院医师规范化培训基地

某某全科医师规范化培训基地

2023年度青山市第一人民医院单位决算
来源:青山市第一人民医院    发布时间:2024-09-24 16:08:34
/青山市第一人民医院2023年度决算报表.xls
目录
第一部分 单位概况
一、主要职责"""

# a county site's metadata block ('[ 字段 ]' label lines and their values) above the title
METADATA_BLOCK = "搜索\n您当前的位置:首页>政务公开>预算/决算>部门决算\n" + "".join(
    f"[ {label} ]\n{value}\n"
    for label, value in [
        ("索引号", "000000000000000000/2023-00001"),
        ("发文字号", ""),
        ("主题分类", "财政、金融、审计"),
        ("体裁分类", "财政预算、决算"),
        ("发布机构", "某县人民政府办公室"),
        ("有效性", "有效"),
        ("成文日期", "2023-09-22"),
        ("发布日期", "2023-09-22"),
    ]
)


@pytest.mark.parametrize(
    ("text", "unit", "year", "kind", "scope"),
    [
        (BANNER, "青山市第一人民医院", "2023", "final_accounts", "unit_only"),
        (
            METADATA_BLOCK + "\n重庆市某县人民政府办公室2022年度部门决算情况说明\n字号:\n分享:\n\n"
            "重庆市某县人民政府办公室\n\n2022年度部门决算情况说明\n\n一、部门基本情况\n",
            "重庆市某县人民政府办公室",
            "2022",
            "final_accounts",
            "department",
        ),
    ],
    ids=["site_banner", "metadata_block"],
)
def test_title_blocks_page_chrome_above_the_title(text, unit, year, kind, scope):
    meta = detect(lines(text))
    assert meta.is_disclosure, meta.reason
    assert (meta.unit_name, meta.fiscal_year, meta.doc_kind, meta.scope) == (unit, year, kind, scope)
    assert "欢迎" not in meta.title and "索引号" not in meta.title


@pytest.mark.parametrize(
    ("head", "unit", "year", "kind", "scope", "title"),
    [
        # a metadata table exported row by row: the title is only in its '标题' row
        (
            "索引号 | 000000000000000000/2024-00055 | 发文字号 | |\n主题分类 | 教育 | 体裁分类 | 其他 |\n"
            "发布机构 | 某区教委 | 有效性 | |\n标题 | 重庆市某区某镇中心小学2024年单位预算情况说明 | ||\n"
            "成文日期 | 2024-02-28 | 发布日期 | 2024-02-28 |",
            "重庆市某区某镇中心小学",
            "2024",
            "budget",
            "unit_only",
            "重庆市某区某镇中心小学2024年单位预算情况说明",
        ),
        # a label with a colon and cells after it
        (
            "公开平台: | 某市政府门户网站 | 分 类: | 政府预算 | ||\n标 题: | 某乡人民政府2024年部门预算 | ||||",
            "某乡人民政府",
            "2024",
            "budget",
            "department",
            "某乡人民政府2024年部门预算",
        ),
        # the next field on the same line ends the title
        (
            "索引号: abc-2024-00162 发布机构: 某市教育局\n信息名称: 辽宁省某市教育局(本级)2023年度部门决算公开 主题分类: 决算",
            "辽宁省某市教育局（本级）",
            "2023",
            "final_accounts",
            "unit_only",
            "辽宁省某市教育局(本级)2023年度部门决算公开",
        ),
    ],
    ids=["table_row", "colon_and_cells", "next_field"],
)
def test_title_blocks_title_in_a_metadata_row(head, unit, year, kind, scope, title):
    meta = detect(lines(head + "\n一、单位基本情况\n（一）职能职责\n"))
    assert meta.is_disclosure, meta.reason
    assert (meta.unit_name, meta.fiscal_year, meta.doc_kind, meta.scope) == (unit, year, kind, scope)
    assert meta.title == title


def test_title_blocks_a_metadata_row_without_the_unit_is_not_the_title():
    # the row's title names no unit; the line above it is another field, never the unit's name
    meta = detect(lines("发布机构: 某县财政局\n标题: 2024年部门预算\n一、部门职责\n"))
    assert not meta.is_disclosure


def test_title_blocks_title_of_the_contents_page():
    meta = detect(lines("监督索引号00000000000000000\n中国共产党某县委员会办公室2022年度部门决算目录" + BODY))
    assert meta.is_disclosure, meta.reason
    assert (meta.unit_name, meta.fiscal_year, meta.doc_kind) == ("中国共产党某县委员会办公室", "2022", "final_accounts")


OUTLINE_ONLY = """目 录
第一部分 某县某镇人民政府概况
一、部门职责
二、机构设置
第二部分 某县某镇人民政府2023年度部门决算表
一、收入支出决算总表
二、收入决算表
第三部分 某县某镇人民政府2023年度部门决算情况说明
一、收入支出决算总体情况说明
第四部分 名词解释
第一部分 某县某镇人民政府概况
一、部门职责
负责全镇的行政工作。
"""


def test_title_blocks_a_text_that_starts_at_its_outline_takes_the_part_heading():
    meta = detect(lines(OUTLINE_ONLY))
    assert meta.is_disclosure, meta.reason
    assert (meta.unit_name, meta.fiscal_year, meta.doc_kind, meta.scope) == (
        "某县某镇人民政府",
        "2023",
        "final_accounts",
        "department",
    )
    assert meta.district == "某县"
    assert meta.title_lines == (8,)
    (code, message), *_ = meta.problems
    assert code == "title_from_outline" and "line 8" in message


def test_title_blocks_a_part_heading_is_never_the_unit():
    # '第二部分 2024年度部门决算说明' names no unit: the part label is not one, nor the line above
    text = "目 录\n第一部分 2024年度部门决算报表\n十二、政府采购情况表\n第二部分 2024年度部门决算说明\n" + BODY
    meta = detect(lines(text))
    assert not meta.is_disclosure
    assert "no title block" in meta.reason
    # with a title line, the part headings of its outline change nothing
    meta = detect(lines("某县某局\n2024年度部门决算\n目 录\n第二部分 某县某局2024年度部门决算情况说明\n" + BODY))
    assert (meta.unit_name, meta.title_lines, meta.problems) == ("某县某局", (1, 2), ())


def test_title_blocks_outline_title_keeps_the_document_ok():
    out = process((OUTLINE_ONLY + "2023年度收入总计100.00万元。\n").encode("utf-8"), "outline")
    assert out.document["unit_name"] == "某县某镇人民政府"
    assert out.document["status"] == "ok", out.document["problems"]
    assert [p["code"] for p in out.rows["raw_problems"]] == ["title_from_outline"]


# --- kind 7: places --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "province", "district"),
    [
        ("中共某某满族自治县委办公室", "", "某某满族自治县"),
        ("中国共产党某县委员会办公室", "", "某县"),
        ("中国人民政治协商会议某县委员会办公室", "", "某县"),
        ("中共重庆市某区委办公室", "重庆市", "某区"),
        ("政协重庆市委员会办公厅", "重庆市", ""),
        ("中国致公党北京市委员会", "北京市", ""),
        ("某江市勐某镇中心幼儿园", "", "某江市"),  # a county-level city: no prefecture city of that name
        ("辽宁省鞍山市某城市教育局", "辽宁省", "某城市"),  # prefecture city, then a county-level city
        ("潜某市人民政府办公室", "", "潜某市"),
        ("昆明市人民政府办公室", "云南省", ""),  # a prefecture city stays the city, no district
        ("某某州人民代表大会常务委员会", "", ""),  # a 州 is no county-level city
        ("上海师范大学附属某某实验幼儿园", "", ""),  # a university's 上海 is no place of the unit
    ],
)
def test_places_after_a_party_organ_and_county_level_cities(name, province, district):
    assert place_of(name) == (province, district)


def test_places_a_party_organ_unit_raises_no_district_warning():
    out = process("中共某县委办公室\n2022年度部门决算\n一、说明\n2022年度收入总计10.00万元。\n".encode(), "party")
    assert out.document["district"] == "某县"
    assert "no_district" not in [p["code"] for p in out.rows.get("raw_problems", [])]


def _town(body: str, name: str = "某某县青石镇人民政府") -> str:
    return f"{name}\n2025年部门预算情况说明\n\n一、部门基本情况\n{body}\n二、收支预算总体情况\n收入预算10.00万元。\n"


@pytest.mark.parametrize(
    ("body", "province"),
    [
        # a province named in the first section (a chain down to the county, or alone)
        ("青石镇是湖南省某某县下辖的一级政府，负责本镇事务。", "湖南省"),
        ("本镇隶属广西壮族自治区某某县，辖5个村。", "广西壮族自治区"),
        ("（一）职能职责\n执行上级决定。\n（二）机构设置\n青石镇位于重庆市某某县东部。", "重庆市"),
        # a prefecture city (seeds/reference/prefecture_cities.csv) followed by its county's name
        ("青石镇位于绵阳市某某县北部，面积100平方公里。", "四川省"),
        ("青石镇是湖南省岳阳市某某县下辖镇。", "湖南省"),  # the province and its city agree
        # nothing that names a province: left empty, never guessed
        ("青石镇位于某某县北部，辖5个村。", ""),
        ("负责全镇的经济发展和社会事务。", ""),
        # a city's name not followed by a county-level name is not read (it may be part of a word)
        ("贯彻绵阳市人民政府的决定。", ""),
        # two provinces named: the unit speaks of another one; no guess
        ("青石镇是湖南省某某县下辖镇，对口帮扶贵州省某某县。", ""),
        ("青石镇位于绵阳市某某县北部，与遵义市某某县结对。", ""),
    ],
)
def test_places_province_from_the_first_section(body, province):
    meta = detect(lines(_town(body)))
    assert (meta.unit_name, meta.district, meta.province) == ("某某县青石镇人民政府", "某某县", province)


def test_places_province_from_the_text_only_when_the_name_names_none():
    # the name's province is the unit's, whatever its text names
    meta = detect(lines(_town("本局对口支援四川省某某县。", name="湖南省某某县教育局")))
    assert meta.province == "湖南省"
    # a prefecture city in the name gives the province; the text is not read for it
    meta = detect(lines(_town("本局对口支援四川省某某县。", name="岳阳市某某区教育局")))
    assert meta.province == "湖南省"


def test_places_province_from_the_text_reads_only_the_first_lines():
    filler = "".join(f"（{n}）负责第{n}项工作。\n" for n in range(1, 45))
    meta = detect(lines(_town(filler + "青石镇是湖南省某某县下辖镇。")))
    assert meta.province == ""
    meta = detect(lines(_town(filler[:200] + "青石镇是湖南省某某县下辖镇。")))
    assert meta.province == "湖南省"


def test_places_province_from_the_text_reaches_the_document():
    out = process(_town("青石镇是湖南省某某县下辖镇。", name="青石镇人民政府").encode(), "town")
    assert (out.document["province"], out.document["district"]) == ("湖南省", "")
    # the name still names no place: the warning about the name stays
    assert "no_district" in [p["code"] for p in out.rows.get("raw_problems", [])]


# --- kind 8: unit identity ----------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["及所属单位", "及其所属单位", "和下属单位", "及直属事业单位"])
def test_unit_identity_department_with_its_units(suffix):
    # '…局及所属单位 2024年预算情况说明': the department (consolidated) under its own name
    meta = detect(lines(f"北京市某区文化和旅游局{suffix}\n2024年预算情况说明" + BODY))
    assert (meta.unit_name, meta.scope, meta.district) == ("北京市某区文化和旅游局", "department", "某区")
    assert suffix in meta.title


def test_unit_identity_a_unit_budget_keeps_its_scope():
    meta = detect(lines("北京市某区文化馆\n2024年单位预算情况说明" + BODY))
    assert (meta.unit_name, meta.scope) == ("北京市某区文化馆", "unit_only")


def test_title_blocks_a_disclosure_report():
    # '…2024年度部门决算公开报告' (a final-accounts disclosure titled as a report)
    meta = detect(lines("发布时间:2025-09-19 22:04\n某大学附属某某实验幼儿园2024年度部门决算公开报告" + BODY))
    assert meta.is_disclosure, meta.reason
    assert (meta.unit_name, meta.fiscal_year, meta.doc_kind, meta.scope) == (
        "某大学附属某某实验幼儿园",
        "2024",
        "final_accounts",
        "department",
    )


LINKS_PAGE = """区直部门和直属单位预算
某区财政局2024年部门预算
某区教育局2024年部门预算
某区卫生健康局2024年部门预算
某区民政局2024年部门预算
"""


def test_title_blocks_a_page_listing_disclosures_is_no_disclosure():
    # an index page whose links are titles of several units: none of them is its identity
    meta = detect(lines(LINKS_PAGE))
    assert not meta.is_disclosure
    assert "a list of 4 disclosures of different units" in meta.reason
    # two title lines of one unit, its names in two forms, are one disclosure
    meta = detect(lines("中共某某县委办公室2022年部门决算公开\n某某县委员会办公室2022年度部门决算" + BODY))
    assert (meta.unit_name, meta.district) == ("中共某某县委办公室", "某某县")
