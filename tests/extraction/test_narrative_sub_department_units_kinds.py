"""Kinds of wording met at first contact with final accounts of units below the department (a
school, a kindergarten, a township health centre, a cultural centre, a district department's
other-matters section; 湖南, 浙江, 云南, 山西, 江西, 甘肃, 青海; unseen-corpus set fresh23): the bottom
row of the 收支总表 opened by a list number and the unit naming itself, a change whose per-cent
contradicts its amount (a unit printed for another), '各增加' after the two balanced totals, the
evaluated projects' 一般公共预算 money, the people at the year's end (年末人数) and the teachers in post
(在职教师: one profession, never the staff in post since issue 20, heldout17). Constructed sentences of the same shapes, each with every figure it must yield
(metric, value) and nothing more.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures

from extract.narrative import parse_narrative


def _read(*paragraphs: str, heading: str = "一、部门决算情况说明", year: str = "2019") -> dict[str, str]:
    """metric -> value of every figure read from a 部门决算 whose section ``heading`` holds
    ``paragraphs`` (no metric read twice)."""
    lines = ["某某学校", f"{year}年度部门决算", heading, *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=True, unit_name="某某学校")
    return accepted_figures(result)


def _problems(*paragraphs: str, year: str = "2019") -> list[str]:
    lines = ["某某学校", f"{year}年度部门决算", "一、部门决算情况说明", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=True, unit_name="某某学校")
    return [p.message for p in result.problems]


# --- 1. the bottom row of the 收支总表 opened by a list number and the unit naming itself


@pytest.mark.parametrize(
    "sentence",
    [
        "1.本部门2019年度收入总计318.40万元，与2018年决算数相比，增加12.50万元，增长4.09%。",
        "本单位2019年度收入总计318.40万元，与2018年决算数相比，增加12.50万元，增长4.09%。",
        "（一）我单位2019年度收入总计318.40万元，与2018年决算数相比，增加12.50万元。",
        "2019年度本单位收入总计318.40万元，与2018年决算数相比，增加12.50万元。",
    ],
)
def test_grand_total_opened_by_a_list_number_and_the_unit_itself(sentence):
    # was read as the year's income (本年收入合计): the 收入总计 holds the carry-over
    assert _read(sentence) == {"grand_total": "3184000.00", "grand_total_change_vs_prior_year": "125000.00"}


def test_this_years_income_total_stays_the_income():
    # 本年 names the year's own part, never the unit: not the bottom row
    assert _read("本年收入总计318.40万元。") == {"income_total": "3184000.00"}


# --- 2. a change whose per-cent contradicts its amount is not read (wrong is worse than missing)


def test_change_printed_in_yuan_beside_a_wan_whole_and_its_per_cent_is_not_read():
    sentence = "1.本部门2019年度收入总计318.40万元，与2018年决算数相比，减少36.20元，减少10.21%，主要原因是项目减少。"
    assert _read(sentence) == {"grand_total": "3184000.00"}
    assert any("per-cent" in message for message in _problems(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the per-cent fits: 36.20 of (318.40 + 36.20) is 10.21 %
        (
            "本年收入合计318.40万元，比上年减少36.20万元，下降10.21%。",
            {"income_total": "3184000.00", "income_change_vs_prior_year": "-362000.00"},
        ),
        # rounding and a per-cent of another base stay far inside the factor of a hundred
        (
            "本年支出合计318.40万元，比上年增加0.40万元，增长0.1%。",
            {"expenditure_total": "3184000.00", "expenditure_change_vs_prior_year": "4000.00"},
        ),
    ],
)
def test_change_whose_per_cent_fits_is_read(sentence, expected):
    assert _read(sentence) == expected


# --- 3. '各增加' after the two balanced totals is the grand total's change


@pytest.mark.parametrize("each", ["各", "均"])
def test_each_change_after_the_balanced_totals(each):
    sentence = f"2019年度收入总计2,048.60万元，支出总计2,048.60万元，与2018年度相比，{each}增加56.3万元，增长2.83%。"
    assert _read(sentence) == {"grand_total": "20486000.00", "grand_total_change_vs_prior_year": "563000.00"}


def test_each_change_after_two_different_totals_is_not_read():
    # the year's income and expenditure differ: whose change (both?) is not certain
    sentence = "本年收入合计2,048.60万元，本年支出合计2,001.10万元，与2018年度相比，各增加56.3万元。"
    assert _read(sentence) == {"income_total": "20486000.00", "expenditure_total": "20011000.00"}


# --- 4. the evaluated projects' 一般公共预算 money in a final account's self-evaluation


def test_project_self_evaluation_general_public_budget_money():
    sentence = (
        "根据财政局预算绩效管理工作要求，我单位对2019年度部门预算项目开展绩效自评价工作，"
        "其中，自评项目3个，涉及一般公共预算支出42.5万元。"
    )
    assert _read(sentence, heading="四、预算绩效情况说明") == {"performance_target_amount": "425000.00"}


def test_project_self_evaluation_budget_and_execution_read_nothing():
    # the evaluated projects' own budget and execution are not the document's spending
    sentence = "我单位自评项目3个，项目全年预算数合计42.5万元。执行数合计40.1万元，完成预算的94.4%。"
    assert _read(sentence, heading="四、预算绩效情况说明") == {}


# --- 5. the people at the year's end; the teachers in post (在职教师) are no staff count


def test_people_at_the_years_end_and_its_parts():
    # was: the 年末人数 not understood and the 在职 part read as the whole (staff_actual 21: WRONG)
    sentence = "2019年度决算编制范围包括预算单位1个。各级单位年末人数36人，其中在职人员21人，离休人员0人，退休人员15人，其他人员0人。"
    assert _read(sentence, heading="二、部门决算单位构成") == {
        "staff_actual": "36",
        "staff_retired_veteran": "0",
        "staff_retired_regular": "15",
    }


def test_in_post_part_after_an_unread_whole_reads_nothing():
    # 其中 makes it a part even when the whole before it is not understood
    sentence = "学校共有各类人员40人，其中在职人员28人。"
    assert "staff_actual" not in _read(sentence, heading="二、机构设置")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            # the teachers in post, the paragraph's only count of the people in post, are its staff in
            # post (test_narrative_staff_professions_and_brackets; issue 20 had them unread)
            "编制人数64人，在职教师102人，退休58人，小学生数820人。",
            {"staff_authorized": "64", "staff_actual": "102", "staff_retired_regular": "58"},
        ),
        (
            # after the staff in post were counted, an 在职 count is their part: nothing
            "年末实有人数70人，其中：在职教师52人，退休18人。",
            {"staff_actual": "70", "staff_retired_regular": "18"},
        ),
    ],
)
def test_teachers_in_post_named_alone(sentence, expected):
    assert _read(sentence, heading="一、单位概况") == expected


# --- 6. the part of the staff in post on the establishment (在编) after the staff in post were counted is
# never kept as the staff in post; after the 编制 (posts) it is the staff in post


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the whole is kept, the part never (it was a second staff_actual)
        ("卫生院现有职工27人，其中在编人员18人，临时工9人。", {"staff_actual": "27"}),
        (
            "本单位共有在职职工52人，其中：在编人员41人，编外聘用人员11人；退休人员9人。",
            {"staff_actual": "52", "staff_contract": "11", "staff_retired_regular": "9"},
        ),
        ("实有人数33人，其中在编人员30人。", {"staff_actual": "33"}),
        # named alone, 在编 counts the staff in post
        ("在编人员26人，退休人员11人。", {"staff_actual": "26", "staff_retired_regular": "11"}),
        # after the 编制 (posts), the 在编 / 在职 part counts the staff in post
        ("编制20人，其中在编人员18人。", {"staff_authorized": "20", "staff_actual": "18"}),
        ("编制人数57人，其中在职人员53人。", {"staff_authorized": "57", "staff_actual": "53"}),
        (
            # (the hired teachers are one profession's, never every contract staff: issue 20, heldout17)
            "人员编制总数 60 名，其中：行政编制 0 名，聘用教师控制数 3 人。其中，在职在编人员 58 人。",
            {"staff_authorized": "60", "staff_authorized_admin": "0", "staff_actual": "58"},
        ),
    ],
)
def test_on_establishment_part_of_the_staff_in_post(sentence, expected):
    assert _read(sentence, heading="一、单位概况") == expected


# --- 7. the staff in post named 在岗 or after a year's end; another year's end in a final account


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("本单位编制床位60张，在岗职工47人，其中卫生技术人员39人。", {"staff_actual": "47"}),
        ("2019年末在职职工133人，比上年减少6人，离退休职工71人。", {"staff_actual": "133", "staff_retired": "71"}),
        # after the staff in post were counted, an 在岗 count is their part: nothing
        ("实有人数63人，在岗人员61人。", {"staff_actual": "63"}),
    ],
)
def test_staff_in_post_named_zaigang_or_after_the_years_end(sentence, expected):
    assert _read(sentence, heading="一、单位概况") == expected


@pytest.mark.parametrize("sentence", ["2018年末实有人数240人。", "2018年末在职人员240人。", "2018年底在岗职工240人。"])
def test_another_years_end_staff_in_a_final_account_is_not_read(sentence):
    # (was read as the 2019 staff: the count at the end of the year before)
    assert _read(sentence, heading="一、单位概况") == {}
