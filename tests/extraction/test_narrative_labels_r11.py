"""Label kinds, round 11 (issue 20): wordings of unseen disclosures the narrative missed or misread.

1. staff_authorized_admin / staff_actual_admin are 行政（含参公）: beside a 参公 (参照公务员（法）管理) count
   printed apart from the 行政 kind, the 行政 count (posts or people) is a part: no figure, and the two
   parts are never added up. The 参公 count alone (no 行政 kind nor civil servants in the unit's
   statement) stays the kind's figure; 行政 printed with the 参公 in it ('行政（含参公）', '行政参公',
   '公务员（含参照公务员管理人员）') or a 参公 part listed under the 行政 count stays the 行政 count's.
2. '收、支总计' / '收支总计' / '收入、支出总计' (also '收、支预算总计', '收、支总计：') is grand_total; '收、支总计各
   减少X' its change, with the comparison before the subject ('较上年收、支总计…', '对比上年，…', '与2024年
   X万元相比，…', a year run into that amount) or none printed after a prior year's amount; never with no
   base at all.
3. 'X支出科目支出预算N' / 'X支出科目预算N' (科目 between a 类 name and the amount's words) is that 类's
   expenditure_category, the change after it its change; 科目 after no 类 name names nothing.
4. '收入及支出较上年减少A和B' (no 分别): A the income's change, B the spending's; only for the two sides
   with a comparison and exactly two amounts.
5. A change whose subject follows the comparison ('同上年比较支出减少Y', '与去年相比，收入减少了Y') is that
   subject's; a comparison opening the sentence holds for the later changes that name their subject
   ('与上年相比，收入增加A，支出增加B'); a prior year's amount stays unlisted.
6. A 事业编制 named by its funding (全额补助 / 全额拨款 / 差额补助; also '…事业人员编制', '…事业编') is
   staff_authorized_institution when it is all the 事业 posts the text counts (a heading '编制情况：' is
   no other posts; other funding kinds counted 0 leave it all of them); beside a nonzero other part it
   stays a part.
7. '上级补助N万元' (without 收入) in a sentence about income is income_superior_subsidy; never in a
   sentence about spending, nor as the source of another item ('上级补助资金安排的…').

A wrong figure is worse than a missing one. Every sentence and amount is constructed (none is a
document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document
from narrative_figures import budget_figures as _read
from narrative_figures import budget_unparsed as _unparsed


def _final(*paragraphs: str, year: str = "2025") -> dict[str, str]:
    """metric -> value of a final account's narrative (a 决算 of ``year``)."""
    return accepted_figures(parse_document(*paragraphs, unit="某县某局", year=year, final=True))


# --- 1. the 行政 count beside a 参公 count printed apart


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a 行政 count of 0 beside the 参公 posts, then the people the same way
        (
            (
                "编制人数小计31人，其中：行政编制人数0人，参照公务员法管理的事业编制人数22人，事业编制人数9人。"
                "实有人数小计29人，其中：行政在职人数0人，参照公务员法管理的事业在职人数21人，事业在职人数8人。",
            ),
            {
                "staff_authorized": "31",
                "staff_authorized_institution": "9",
                "staff_actual": "29",
                "staff_actual_institution": "8",
            },
        ),
        # a nonzero 行政 count, the short name 参公 and no 人
        (
            # (the fully funded 事业 posts, the only funding kind of a list adding up to the whole: all of
            # the 事业 posts, as with 人 after each count)
            ("编制人数40，其中：行政编制人数13、参公编制人数6、全部补助事业编制人数21。",),
            {"staff_authorized": "40", "staff_authorized_institution": "21"},
        ),
        # listed in a bracket after the whole
        (
            ("核定编制26名（其中行政编制7名、参公编制11名、事业编制8名）。",),
            {"staff_authorized": "26", "staff_authorized_institution": "8"},
        ),
        # the 参公 posts named first, the 行政 after them
        (("核定参公编制9名，行政编制12名。",), {}),
        # the people in post: civil servants (公务员) beside the 参公 people
        (
            ("实有在职人员24人，其中公务员11人，参公人员5人，事业人员8人。",),
            {"staff_actual": "24", "staff_actual_institution": "8"},
        ),
        # the 实有 after the 行政 posts is the 行政 kind's: a part too
        (("核定行政编制10名，实有9名；参公编制6名，实有6名。",), {}),
        # the 参公 count in another paragraph of the unit
        (("核定行政编制14名。", "实有参公事业人员4人。"), {}),
    ],
)
def test_an_administrative_count_beside_a_cangong_count_printed_apart_is_no_figure(paragraphs, expected):
    assert _read(*paragraphs) == expected


def test_the_administrative_zero_beside_cangong_posts_is_reported():
    messages = _unparsed(
        "编制人数小计31人，其中：行政编制人数0人，参照公务员法管理的事业编制人数22人，事业编制人数9人。"
    )
    assert any("0人" in message and "参公" in message for message in messages), messages
    assert any("22人" in message for message in messages), messages  # (the 参公 part: no figure either)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # only 行政 printed: today's reading, 0 included
        (
            ("编制人数小计31人，其中：行政编制人数0人，事业编制人数31人。",),
            {"staff_authorized": "31", "staff_authorized_admin": "0", "staff_authorized_institution": "31"},
        ),
        (("核定行政编制17名，事业编制6名。",), {"staff_authorized_admin": "17", "staff_authorized_institution": "6"}),
        # a 参公 count of 0 printed apart: the 行政 count holds the whole kind
        (
            ("编制人数35，其中：行政编制人数15、参照公务员管理的事业编制人数0、全部补助事业编制人数20。",),
            {"staff_authorized": "35", "staff_authorized_admin": "15", "staff_authorized_institution": "20"},
        ),
        # 行政 with the 参公 in it
        (
            ("核定行政（含参公）编制16名，事业编制5名。",),
            {"staff_authorized_admin": "16", "staff_authorized_institution": "5"},
        ),
        (
            ("实有人数19人，其中行政参公人员13人，事业人员6人。",),
            {"staff_actual": "19", "staff_actual_admin": "13", "staff_actual_institution": "6"},
        ),
        (
            ("单位实有在职人员总数27人，其中公务员（含参照公务员管理事业人员）15人，事业编制12人。",),
            {"staff_actual": "27", "staff_actual_admin": "15", "staff_actual_institution": "12"},
        ),
        # the 参公 part listed under the 行政 count (其中, 含, a bracket right after it)
        (
            ("核定行政编制18名，其中参公编制5名；事业编制4名。",),
            {"staff_authorized_admin": "18", "staff_authorized_institution": "4"},
        ),
        (
            ("核定行政编制18名（含参公编制5名），事业编制4名。",),
            {"staff_authorized_admin": "18", "staff_authorized_institution": "4"},
        ),
        # a 参公 unit named with no count
        (
            ("核定行政编制18名，事业编制4名。所属某中心为参照公务员法管理事业单位。",),
            {"staff_authorized_admin": "18", "staff_authorized_institution": "4"},
        ),
    ],
)
def test_an_administrative_count_without_a_cangong_count_apart_is_read(paragraphs, expected):
    assert _read(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the 参公 kind alone, posts and people: the 行政（含参公）figures
        (
            ("核定编制27名，其中参公编制19名，事业编制8名。",),
            {"staff_authorized": "27", "staff_authorized_admin": "19", "staff_authorized_institution": "8"},
        ),
        (
            ("核定参照公务员法管理事业编制12名，实有参公事业人员11人。",),
            {"staff_authorized_admin": "12", "staff_actual_admin": "11"},
        ),
        # the 参公 posts in a unit whose people name the 行政 kind: a part, no figure from it
        (
            (
                "编制人数小计30人，其中：参照公务员法管理的事业编制人数21人，事业编制人数9人。"
                "实有人数小计28人，其中：行政在职人数0人，参照公务员法管理的事业在职人数20人，事业在职人数8人。",
            ),
            {
                "staff_authorized": "30",
                "staff_authorized_institution": "9",
                "staff_actual": "28",
                "staff_actual_institution": "8",
            },
        ),
        # civil servants beside 参公 posts: the 参公 posts are no 行政（含参公）whole
        (
            ("核定编制23名，其中公务员编制10名，参公编制6名，事业编制7名。",),
            {"staff_authorized": "23", "staff_authorized_institution": "7"},
        ),
    ],
)
def test_a_cangong_count_is_the_administrative_figure_only_alone(paragraphs, expected):
    assert _read(*paragraphs) == expected


# --- 2. the 收支总计 named with its two sides


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年收、支总计630.00万元。",
        "2025年收支总计630.00万元。",
        "2025年收入、支出总计630.00万元。",
        "2025年收、支预算总计630.00万元。",
        "收、支总计：630.00万元。",
        "本部门2025年收、支总计均为630.00万元。",
    ],
)
def test_the_two_sides_total_is_the_grand_total(paragraph):
    assert _read(paragraph) == {"grand_total": "6300000.00"}


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年收、支总计630.00万元，与上年相比，收、支总计各减少了18.50万元。",
        "2025年收、支总计630.00万元，较上年收、支总计各减少18.50万元。",
        "收、支总计630.00万元。对比上年，收、支总计各减少18.50万元。",
        "2025年收、支总计630.00万元。与2024年648.50万元相比，收、支总计各减少18.50万元。",
        "2025年收入、支出总计630.00万元，比上年减少18.50万元。",
    ],
)
def test_the_two_sides_totals_change(paragraph):
    assert _read(paragraph) == {"grand_total": "6300000.00", "grand_total_change_vs_prior_year": "-185000.00"}


def test_the_two_sides_totals_change_after_the_prior_years_amount():
    read = _final("2020年度收、支总计630.00万元。与2019年648.50万元相比,收、支总计各减少18.50万元。", year="2020")
    assert read == {"grand_total": "6300000.00", "grand_total_change_vs_prior_year": "-185000.00"}
    # a year run into the prior year's amount (its 年 left out): still the prior year's
    read = _final("2020年度收、支总计630.00万元。与2019648.50万元相比,收、支总计各减少18.50万元。", year="2020")
    assert read == {"grand_total": "6300000.00", "grand_total_change_vs_prior_year": "-185000.00"}
    # the prior year's amount named before the change, no comparison word
    read = _final("收、支总计630.00万元，2019年收、支总计648.50万元，收、支总计各减少18.50万元。", year="2020")
    assert read == {"grand_total": "6300000.00", "grand_total_change_vs_prior_year": "-185000.00"}


def test_the_two_sides_totals_change_said_of_each_is_no_side_change():
    # ('各' after the two 总计 named as one: the balanced total's change, never each side's)
    assert _read("2025年收、支总计较上年各增加9.40万元。") == {"grand_total_change_vs_prior_year": "94000.00"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no base printed anywhere: not the figure's change
        ("2025年收、支总计630.00万元，收、支总计各减少18.50万元。",),
        ("收、支总计各减少18.50万元。",),
        # against an older year than the prior one
        ("2025年收、支总计630.00万元。与2023年648.50万元相比，收、支总计各减少18.50万元。",),
    ],
)
def test_the_two_sides_totals_change_needs_the_prior_year(paragraphs):
    read = _read(*paragraphs)
    assert "grand_total_change_vs_prior_year" not in read, read
    assert "-185000.00" not in read.values(), read


# --- 3. 科目 between a 类 name and the words of its amount


@pytest.mark.parametrize(
    ("paragraph", "code", "value", "change"),
    [
        ("一般公共服务支出科目支出预算126.00万元，同比增加7.00万元。", "201", "1260000.00", "70000.00"),
        ("教育支出科目预算84.50万元，比上年减少3.20万元。", "205", "845000.00", "-32000.00"),
        (
            "2025年社会保障和就业支出科目支出预算61.00万元，较上年增加2.00万元，主要用于缴纳养老保险。",
            "208",
            "610000.00",
            "20000.00",
        ),
    ],
)
def test_a_category_named_with_ke_mu_is_the_category(paragraph, code, value, change):
    result = parse_document(paragraph, unit="某县某局", year="2025")
    rows = [r for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "false"]
    assert {(r["metric"], r["function_code"], r["value"]) for r in rows} == {
        ("expenditure_category", code, value),
        ("expenditure_category_change_vs_prior_year", code, change),
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "科目支出预算126.00万元。",  # (no 类 named)
        "行政运行科目支出预算126.00万元。",  # (a 项 names no 类)
        "某某专项科目支出预算126.00万元。",
    ],
)
def test_ke_mu_after_no_category_name_names_nothing(paragraph):
    assert _read(paragraph) == {}


# --- 4. the two sides' changes printed without 分别


@pytest.mark.parametrize(
    "paragraph",
    [
        "2025年收入预算870.00万元，支出预算850.00万元，收入及支出较上年减少31.00万元和27.00万元。",
        "2025年收入预算870.00万元，支出预算850.00万元。收入和支出较2024年减少了31.00万元、27.00万元。",
        "2025年收入预算870.00万元，支出预算850.00万元，收入和支出分别减少31.00万元、27.00万元。",
    ],
)
def test_the_two_sides_changes_in_order(paragraph):
    assert _read(paragraph) == {
        "income_total": "8700000.00",
        "expenditure_total": "8500000.00",
        "income_change_vs_prior_year": "-310000.00",
        "expenditure_change_vs_prior_year": "-270000.00",
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        # one amount said of both sides, no 各: whose it is is not said
        "收入及支出较上年减少31.00万元。",
        # no comparison printed and no 分别
        "收入及支出减少31.00万元和27.00万元。",
        # three amounts for two sides
        "收入及支出较上年减少31.00万元、27.00万元和4.00万元。",
        # against an older year
        "收入及支出较2023年减少31.00万元和27.00万元。",
    ],
)
def test_the_two_sides_changes_without_fenbie_must_pair(paragraph):
    read = _read(paragraph)
    assert "income_change_vs_prior_year" not in read and "expenditure_change_vs_prior_year" not in read, read


# --- 5. the subject after the comparison


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("同上年比较支出减少33.00万元。",), {"expenditure_change_vs_prior_year": "-330000.00"}),
        (("同上年相比支出减少33.00万元。",), {"expenditure_change_vs_prior_year": "-330000.00"}),
        (("同上年比较，支出减少33.00万元。",), {"expenditure_change_vs_prior_year": "-330000.00"}),
        (("对比上年，支出减少33.00万元。",), {"expenditure_change_vs_prior_year": "-330000.00"}),
        (
            ("2025年收入预算860.00万元，与去年相比，收入减少了24.00万元。",),
            {"income_total": "8600000.00", "income_change_vs_prior_year": "-240000.00"},
        ),
        # the comparison opening the sentence holds for each change naming its subject after it
        (
            ("与上年相比，收入增加52.00万元，支出增加47.00万元。",),
            {"income_change_vs_prior_year": "520000.00", "expenditure_change_vs_prior_year": "470000.00"},
        ),
        (
            ("同上年比较，收入减少24.00万元；支出减少了21.00万元。",),
            {"income_change_vs_prior_year": "-240000.00", "expenditure_change_vs_prior_year": "-210000.00"},
        ),
    ],
)
def test_a_change_whose_subject_follows_the_comparison(paragraphs, expected):
    assert _read(*paragraphs) == expected


def test_the_prior_years_amount_stays_unlisted():
    read = _final("本年收入610.00万元，上年收入634.00万元。与去年相比收入减少了24.00万元。", year="2019")
    assert read == {"income_total": "6100000.00", "income_change_vs_prior_year": "-240000.00"}
    # a full stop printed as '.' after the unit
    read = _final("本年收入610.00万元,上年收入634.00万元.与去年相比收入减少了24.00万元。", year="2019")
    assert read == {"income_total": "6100000.00", "income_change_vs_prior_year": "-240000.00"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a reason's amount after the change: never a change of the whole
        (
            "与上年相比，收入增加52.00万元，主要是人员经费增加11.00万元。",
            {"income_change_vs_prior_year": "520000.00"},
        ),
        # a level after the change: no change
        (
            "与上年相比，收入增加52.00万元，支出预算800.00万元。",
            {"income_change_vs_prior_year": "520000.00", "expenditure_total": "8000000.00"},
        ),
        # the next sentence has no comparison of its own
        ("与上年相比，收入增加52.00万元。支出增加47.00万元。", {"income_change_vs_prior_year": "520000.00"}),
        # a later comparison with an older year
        ("与上年相比，收入增加52.00万元，较2023年增加60.00万元。", {"income_change_vs_prior_year": "520000.00"}),
    ],
)
def test_a_shared_comparison_stops_where_it_should(paragraph, expected):
    assert _read(paragraph) == expected


# --- 6. a 事业编制 named by its funding


@pytest.mark.parametrize(
    "paragraph",
    [
        "全额补助事业编制人数14人。",
        "核定全额拨款事业编制14名。",
        "差额补助事业编制14人。",
        "全额补助事业人员编制14名。",
        "全额拨款事业编14名。",
        "本单位编制情况：全额拨款事业编制14名。",
    ],
)
def test_a_funded_institution_post_count_alone_is_the_institution_posts(paragraph):
    assert _read(paragraph) == {"staff_authorized_institution": "14"}


def test_a_funded_institution_post_count_with_the_people_after_it():
    assert _read("单位编制：全额拨款事业编制14名；实有在职13人。") == {
        "staff_authorized_institution": "14",
        "staff_actual": "13",
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the other funding kinds counted 0 (a list printed with 人 after its last count alone too)
        (
            "编制人数16，其中：行政编制人数4、全部补助事业编制人数12、差额补助事业编制人数0、自收自支编制人数0人。",
            {"staff_authorized": "16", "staff_authorized_admin": "4", "staff_authorized_institution": "12"},
        ),
        (
            "编制人数12人，其中全部补助事业编制人数12人，差额补助事业编制人数0人。",
            {"staff_authorized": "12", "staff_authorized_institution": "12"},
        ),
        # another funding kind counted more than 0: a part, unread
        ("编制人数16人，其中全部补助事业编制人数12人，差额补助事业编制人数4人。", {"staff_authorized": "16"}),
        ("编制人数21人，其中：全额补助事业编制人数13人，差额补助事业编制人数8人。", {"staff_authorized": "21"}),
        # parts that do not add up to the whole
        (
            "编制人数25人，其中：行政编制人数8人，全额补助事业编制人数12人。",
            {"staff_authorized": "25", "staff_authorized_admin": "8"},
        ),
        # another funding kind in another paragraph of the unit, or right after it
        (("全额补助事业编制人数12人，自收自支编制人数3人。"), {}),
    ],
)
def test_a_funded_institution_post_count_among_other_parts(paragraph, expected):
    assert _read(paragraph) == expected


def test_a_funded_institution_post_count_beside_another_funding_in_another_paragraph():
    assert _read("全额补助事业编制人数12人。", "差额补助事业编制人数3人。") == {}


# --- 7. 上级补助 without 收入 in an income list


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("2025年收入预算870.00万元，其中：财政拨款收入820.00万元；上级补助0万元；事业收入50.00万元。", "0.00"),
        ("2025年收入预算870.00万元，其中：财政拨款收入820.00万元，上级补助50.00万元。", "500000.00"),
        ("收入预算包括：财政拨款820.00万元，上级补助50.00万元，事业收入10.00万元。", "500000.00"),
    ],
)
def test_shang_ji_bu_zhu_in_an_income_list_is_the_superior_subsidy(paragraph, value):
    assert _read(paragraph)["income_superior_subsidy"] == value


@pytest.mark.parametrize(
    "paragraph",
    [
        # no sentence about income
        "上级补助30.00万元。",
        # a reason for the change
        "收入预算870.00万元，比上年增加30.00万元，主要是上级补助增加30.00万元。",
        # the source of another item
        "上级补助资金安排的项目支出30.00万元。",
        # spending by its source
        "支出预算870.00万元，其中财政拨款安排820.00万元，上级补助50.00万元。",
        # more words than the subsidy's name
        "收入预算870.00万元，其中上级补助资金50.00万元。",
    ],
)
def test_shang_ji_bu_zhu_elsewhere_is_no_superior_subsidy(paragraph):
    assert "income_superior_subsidy" not in _read(paragraph)
