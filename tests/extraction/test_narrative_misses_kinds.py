"""Kinds of wording left as misses across the unseen corpus (hand-listed passages of other regions)
and read now: (1) a final account's part said to have had no budget this year right after its actual
('…支出决算为0.00万元，本年无预算'); (2) the joint 收、支总计 with role words between it and its amount
('收、支总计预算金额为X'); (3) a town, department, office or team naming itself (我镇, 本街道, 我厅,
本队 …) as 本单位 does; (4) a change whose subject is named after the prior year ('相比2016年的总收入
5690.11减少X': the prior amount printed without a unit); (5) the 行政人员 inside the bracket after a
count of the staff in post, and 财政全供养; (6) the vehicles held counted with 共 after their name
('本单位公务用车辆共3台'); (7) no change with its 与 left out ('…为0万元，上年持平').
Constructed sentences of the same shapes, each with every figure it must yield and nothing more, and
the near shapes that must yield nothing (another year's 无预算, a budget word not right after the
part's amount, a town's own fiscal revenue, another base year, a part named like its whole).
"""

from __future__ import annotations

from functools import partial

from tests.extraction.test_narrative_older_departments_first_contact import _read as _read_section

# metric -> value of every figure read from a 部门预算 / 部门决算 of a town whose section holds the
# paragraphs given (a budget figure of a final account keyed 'metric:budget')
_read = partial(_read_section, year="2021", unit="某县某镇人民政府")


# --- 1. a 三公 part with no budget this year, said in words after its actual


def test_no_budget_this_year_after_a_parts_actual_is_its_budget_of_zero():
    read = _read(
        "2021年本单位“三公”经费支出预算为36万元，支出决算为29.60万元，完成预算的82.22%。其中：因公出国（境）费"
        "支出决算为0.00万元，本年无预算；公务用车购置及运行维护费支出决算为21.30万元，完成预算的85.2%（其中：公务用车"
        "购置费0万元，当年无预算；公务用车运行维护费21.30万元）；公务接待费支出决算为8.30万元，年初未安排预算。",
        final_accounts=True,
    )
    assert read == {
        "three_public_total:budget": "360000.00",
        "three_public_total": "296000.00",
        "three_public_overseas": "0.00",
        "three_public_overseas:budget": "0.00",
        "three_public_vehicle_total": "213000.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_purchase:budget": "0.00",
        "three_public_vehicle_operation": "213000.00",
        "three_public_reception": "83000.00",
        "three_public_reception:budget": "0.00",
    }


def test_no_budget_of_another_year_or_away_from_the_amount_reads_nothing():
    read = _read(
        "其中：公务接待费支出决算为3.2万元，上年无预算；公务用车运行维护费支出决算为5万元，完成预算的50%，本年无预算。",
        final_accounts=True,
    )
    # '上年无预算' is the prior year's; a budget word after the per cent is not said of the amount
    assert read == {"three_public_reception": "32000.00", "three_public_vehicle_operation": "50000.00"}


def test_no_budget_in_a_budget_document_reads_nothing_more():
    read = _read("公务接待费预算为0万元，本年无预算。", final_accounts=False)
    assert read == {"three_public_reception": "0.00"}


# --- 2. the joint 收、支总计 with role words before its amount


def test_joint_grand_total_with_budget_amount_words():
    read = _read(
        "我镇2021年度总收、支总计预算金额为1,234.56万元，比2020年增加100.20万元，增长8.83%。",
        final_accounts=False,
    )
    assert read == {"grand_total": "12345600.00", "grand_total_change_vs_prior_year": "1002000.00"}


def test_joint_grand_total_with_final_account_words():
    read = _read("2021年度收支总计决算数为876.50万元。", final_accounts=True)
    assert read == {"grand_total": "8765000.00"}


# --- 3. a town's government naming itself


def test_a_town_naming_itself_is_a_lead_word():
    read = _read(
        "我镇2021年度收入1,234.56万元，较去年增加100.20万元，增长8.83%。其中：地方公共财政预算收入300.00万元。",
        "本街道共有车辆2辆。",
        final_accounts=False,
    )
    # (the town's own fiscal revenue, 地方公共财政预算收入, names no metric of ours)
    assert read == {
        "income_total": "12345600.00",
        "income_change_vs_prior_year": "1002000.00",
        "vehicles_total": "2",
    }


# --- 4. a change whose subject is named after the prior year ('相比2016年的总收入…减少')


def test_a_change_named_after_the_prior_year_with_its_amount_printed_without_a_unit():
    read = _read(
        "2017年总收入512.80万元，其中：财政拨款收入400.10万元。相比2016年的总收入530.40减少17.60万元，下降3.32%。",
        "2017年总支出498.60万元，其中基本支出420.00万元。相比2016年的总支出增加12.70万元，增幅2.61%。",
        final_accounts=True,
        year="2017",
    )
    assert read == {
        "income_total": "5128000.00",
        "income_fiscal_appropriation": "4001000.00",
        "income_change_vs_prior_year": "-176000.00",
        "expenditure_total": "4986000.00",
        "basic_expenditure": "4200000.00",
        "expenditure_change_vs_prior_year": "127000.00",
    }


def test_a_change_named_after_another_year_or_a_metric_without_a_change_reads_nothing():
    read = _read(
        "2017年总支出498.60万元。相比2015年的总支出增加12.70万元。相比2016年的事业收入增加3.00万元。",
        final_accounts=True,
        year="2017",
    )
    # (against 2015: not the prior year; 事业收入 has no change metric)
    assert read == {"expenditure_total": "4986000.00"}


# --- 5. the parts of the staff in post: inside the bracket after the count, and 财政全供养


def test_the_admin_staff_inside_the_bracket_after_the_staff_in_post():
    read = _read("编制内实有人数52人（行政人员18人，机关后勤人员2人，事业编制人员32人）。", final_accounts=False)
    # (机关后勤人员 names no metric of ours: not read)
    assert read == {"staff_actual": "52", "staff_actual_admin": "18", "staff_actual_institution": "32"}


def test_the_admin_people_inside_a_bracket_after_posts_read_nothing():
    read = _read("核定编制40名（行政人员22名）。", final_accounts=False)
    assert read == {"staff_authorized": "40"}


def test_the_staff_paid_in_full_by_the_budget_named_gongyang():
    read = _read("部门在职在编实有人数41人，其中：财政全供养41人；离退休人员12人。", final_accounts=False)
    assert read == {"staff_actual": "41", "staff_actual_fully_funded": "41", "staff_retired": "12"}


# --- 6. the vehicles held, counted with 共 after their name ('本单位公务用车辆共3台')


def test_the_vehicles_held_counted_with_gong_after_their_name():
    assert _read("本单位公务用车辆共3台。", final_accounts=False) == {"vehicles_total": "3"}
    assert _read("我单位公务用车共5辆。", final_accounts=False) == {"vehicles_total": "5"}


def test_the_vehicles_with_gong_as_a_part_or_of_a_region_read_nothing_more():
    # a part after 其中 named like the whole is not the whole; a district's vehicles are not the unit's
    assert _read("共有车辆6辆，其中公务用车共2辆。", final_accounts=False) == {"vehicles_total": "6"}
    assert _read("全区公务用车共300辆。", final_accounts=False) == {}


# --- 7. no change with its 与 left out ('…为0万元，上年持平')


def test_flat_against_the_prior_year_with_its_yu_left_out():
    read = _read("公务接待费支出决算为2.40万元，上年持平。", final_accounts=True)
    assert read == {"three_public_reception": "24000.00", "three_public_reception_change_vs_prior_year": "0.00"}


def test_the_prior_year_and_a_flat_word_inside_a_longer_clause_read_no_change():
    read = _read("公务接待费支出决算为2.40万元，上年持平为主。", final_accounts=True)
    assert read == {"three_public_reception": "24000.00"}


def test_a_department_office_or_team_naming_itself_is_a_lead_word():
    assert _read("我厅2021年度收入1,200.00万元。", final_accounts=False) == {"income_total": "12000000.00"}
    assert _read("本队公务用车共2辆。", final_accounts=False) == {"vehicles_total": "2"}
    assert _read("我处共有车辆1辆。", final_accounts=False) == {"vehicles_total": "1"}


# --- 8. a zero printed without its unit after a money role word ('年初预算为 0，')


def test_a_zero_without_its_unit_after_a_role_word_is_zero():
    read = _read("公务接待费年初预算为 0，支出决算为 1.30 万元，此项为年中追加。", final_accounts=True)
    assert read == {"three_public_reception:budget": "0.00", "three_public_reception": "13000.00"}


def test_a_number_other_than_zero_without_its_unit_or_a_zero_of_no_role_word_reads_nothing():
    # (0.5 without its unit is no amount: the actual after it is not certainly the item's either)
    assert _read("公务接待费年初预算为 0.5，支出决算为 1.20 万元。", final_accounts=True) == {}
    assert _read("公务接待费1.20万元。公务用车保有量为0，增长率为0。", final_accounts=True) == {
        "three_public_reception": "12000.00"
    }
