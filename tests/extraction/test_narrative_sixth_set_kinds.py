"""Kinds of figure missed or read WRONG at first contact with the held-out set heldout6 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _figures(paragraphs: list[str], final_accounts: bool = False, year: str = "2026") -> dict[str, str]:
    """metric[:code][@role] -> value of the figures read from ``paragraphs`` (a 2026 budget's, or a
    final account's, narrative under one heading); the same key twice must agree."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = ["某县某局", title, heading, "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts)
    read: dict[str, str] = {}
    for row in result.rows.get("raw_narrative_figures", []):
        if row["is_rejected"] != "false":
            continue
        key = row["metric"] + (":" + row["function_code"] if row["function_code"] else "")
        assert read.setdefault(key, row["value"]) == row["value"], key
    return read


# --- WRONG kind 1: people the budget funds (供养) on a kind of 编制 are people in post, never posts
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "全县财政供养人员共计5,210人。其中：行政编制财政供养人员1,100人，事业编制财政供养人员4,110人，离退休人员800人。",
            {"staff_actual_admin": "1100", "staff_actual_institution": "4110", "staff_retired": "800"},
        ),
        ("本系统事业编制财政供养人数为236人。", {"staff_actual_institution": "236"}),
        # both kinds at once, or no kind: neither a kind's count nor the 编制
        ("全镇行政事业编制财政供养人员88人。", {}),
    ],
)
def test_people_funded_on_an_establishment_are_never_its_posts(sentence, expected):
    read = _figures([sentence])
    assert read == expected
    assert not any(metric.startswith("staff_authorized") for metric in read)


def test_the_funded_people_as_a_whole_are_not_read():
    # 财政供养人员 as a whole may count the retired too (as many statistics do): no figure
    assert "staff_actual" not in _figures(["全区财政供养人员共计3,600人。"])


# --- WRONG kind 2: people outside the establishment (编制外 / 非编制) are never a 编制 count
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "单位离休干部1人，退休人员20人，编制外劳动合同用工人员35人。",
            {"staff_retired_veteran": "1", "staff_retired_regular": "20", "staff_contract": "35"},
        ),
        ("单位编制外聘用人员10人。", {"staff_contract": "10"}),
        ("另有编外合同制人员4名。", {"staff_contract": "4"}),
        ("单位非编制人员12人。", {}),
        ("编制外人员9人，编制以外临时用工3人。", {}),
    ],
)
def test_people_outside_the_establishment_are_never_authorized(sentence, expected):
    read = _figures([sentence])
    assert read == expected


def test_an_establishment_is_still_read_beside_people_outside_it():
    read = _figures(["本局行政编制40人，编制外聘用人员6人。"])
    assert read == {"staff_authorized_admin": "40", "staff_contract": "6"}


# --- WRONG kind 3: vehicles held at the year's START are never the year-end figure
def test_vehicles_held_when_a_budget_year_opens_are_the_vehicles_owned():
    read = _figures(["2026年年初公务车辆保有量为12辆。"])
    assert read == {"vehicles_total": "12"}
    assert _figures(["本单位2026年初公务用车保有量5辆。"]) == {"vehicles_total": "5"}


def test_vehicles_held_when_a_final_accounts_year_opened_are_not_the_years_figure():
    read = _figures(["2025年年初公务车辆保有量为12辆，年末公务用车保有量为10辆。"], final_accounts=True, year="2025")
    assert read == {"vehicles_year_end": "10"}


def test_the_year_end_holding_stays_the_year_end_figure():
    assert _figures(["2026年末公务用车保有量为8辆。"]) == {"vehicles_year_end": "8"}


# --- miss kind: vehicle counts by kind printed without 辆 in a list that counts vehicles in 辆
def test_vehicle_kinds_counted_without_their_unit():
    read = _figures(
        [
            "公务用车总数1,200辆（其中：副部（省）级及以上领导用车0主要领导干部用车2机要通信用车0应急保障用车8"
            "执法执勤用车300特种专业技术用车11离退休干部用车0，其他用车879辆）。"
        ]
    )
    assert read == {
        "vehicles_total": "1200",
        "vehicles_ministerial_leader": "0",
        "vehicles_principal_leader": "2",
        "vehicles_confidential_communication": "0",
        "vehicles_emergency": "8",
        "vehicles_law_enforcement": "300",
        "vehicles_special": "11",
        "vehicles_retired_cadres": "0",
        "vehicles_other": "879",
    }
    read = _figures(["单位共有公务用车5辆，其中执法执勤用车3、一般公务用车2。"])
    assert read == {"vehicles_total": "5", "vehicles_law_enforcement": "3", "vehicles_general_purpose": "2"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no count in 辆 anywhere: a bare number after 用车 is not read as a count
        "执法执勤用车300特种专业技术用车11。",
        # a number before a unit, a date or a per-cent is no count of vehicles
        "单位共有公务用车3辆，执法执勤用车2025年更新，公务用车运行维护费用车12万元。",
    ],
)
def test_a_bare_number_after_a_vehicle_kind_needs_a_vehicle_count_beside_it(sentence):
    read = _figures([sentence])
    assert not any(metric.startswith("vehicles_") and metric != "vehicles_total" for metric in read)


# --- miss kind: a numbered heading of its own naming the income or the spending is the subject
# of the words of no subject opening the paragraph after it; the parts after 其中 follow (zeros too)
def test_a_heading_naming_the_income_or_spending_labels_the_paragraph_after_it():
    read = _figures(
        [
            "（一）收入预算",
            "2026年年初预算数500万元，其中：一般公共预算拨款500万元，政府性基金预算拨款0万元，"
            "国有资本经营预算收入0万元，事业收入0万元，事业单位经营收入0万元，其他收入0万元。",
            "（二）支出预算",
            "2026年年初预算数500万元，其中：一般公共服务支出400万元。",
        ]
    )
    assert read == {
        "income_total": "5000000.00",
        "income_general_public_budget": "5000000.00",
        "income_government_fund": "0.00",
        "income_state_capital": "0.00",
        "income_business": "0.00",
        "income_operating": "0.00",
        "income_other": "0.00",
        "expenditure_total": "5000000.00",
        "expenditure_category:201": "4000000.00",
    }


def test_a_heading_holds_for_the_paragraph_right_after_it_only():
    read = _figures(["2.支出预算情况", "一般公共服务支出80万元。", "2026年年初预算数90万元。"])
    assert read == {"expenditure_category:201": "800000.00"}
    # a heading naming something else gives no subject
    assert _figures(["（三）项目情况", "2026年年初预算数90万元。"]) == {}


def test_a_numbered_heading_run_into_a_sentence_opening_with_a_year():
    read = _figures(
        [
            "1.总体情况。2025年度收入总计900万元，支出总计900万元。",
            "2.收入情况2025 年度收入合计800万元，较上年决算数增加36.84万元，增幅4.8%。其中：财政拨款收入 300万元。",
            "3.支出情况2025年度支出合计700万元。",
        ],
        final_accounts=True,
        year="2025",
    )
    assert read == {
        "grand_total": "9000000.00",
        "income_total": "8000000.00",
        "income_change_vs_prior_year": "368400.00",
        "income_fiscal_appropriation": "3000000.00",
        "expenditure_total": "7000000.00",
    }


# --- miss kind (and a WRONG one): the joint 收支 of one fund, one amount for both sides, is that
# fund's income and its spending; a change after it is the spending's (named last); never 收支总计
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2026年一般公共预算收支预算217.4万元，政府性基金收支预算0万元。",
            {
                "income_general_public_budget": "2174000.00",
                "expenditure_general_public_budget": "2174000.00",
                "income_government_fund": "0.00",
                "expenditure_government_fund": "0.00",
            },
        ),
        (
            "2026年一般财政拨款收入支出预算1,779.74万元，比2025年增加198.76万元。",
            {
                "income_general_public_budget": "17797400.00",
                "expenditure_general_public_budget": "17797400.00",
                "expenditure_general_public_budget_change_vs_prior_year": "1987600.00",
            },
        ),
        (
            "2026年一般公共预算拨款收支总预算100万元。",
            {"income_general_public_budget": "1000000.00", "expenditure_general_public_budget": "1000000.00"},
        ),
        ("本单位2026年收、支总预算均为300万元。", {"grand_total": "3000000.00"}),
    ],
)
def test_the_joint_income_and_spending_of_one_fund(sentence, expected):
    assert _figures([sentence]) == expected


# --- miss kind: a change with the prior year's level printed between ('比2025年预算480万元增加20万元',
# '与2025年0万元持平'): the change of the figure it follows, or of the paragraph's subject when the
# prior level opens its sentence; never against another year
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["本年财政拨款收入10万元，与2025年10万元持平。"],
            {"income_fiscal_appropriation": "100000.00", "income_fiscal_appropriation_change_vs_prior_year": "0.00"},
        ),
        (
            ["因公出国（境）费用预算0万元，比2025年预算数0万元持平。"],
            {"three_public_overseas": "0.00", "three_public_overseas_change_vs_prior_year": "0.00"},
        ),
        # about the same is no exact 0
        (["本年财政拨款收入10万元，与2025年10万元基本持平。"], {"income_fiscal_appropriation": "100000.00"}),
        (
            [
                "2026年基本支出264.72万元，其中人员经费227.22万元，公用经费37.5万元。比2025年预算231.17万元增加33.55万元。"
            ],
            {
                "basic_expenditure": "2647200.00",
                "personnel_expenditure": "2272200.00",
                "public_use_expenditure": "375000.00",
                "basic_expenditure_change_vs_prior_year": "335500.00",
            },
        ),
        (
            ["2026年基本支出264.72万元。较上年231.17万元减少3.55万元。"],
            {"basic_expenditure": "2647200.00", "basic_expenditure_change_vs_prior_year": "-35500.00"},
        ),
        # the prior level named by 预算 alone is never the total's (it was read as expenditure_total's change)
        (["2026年基本支出264.72万元。比2025年预算231.17万元增加33.55万元。"], None),
        # another year, or two subjects before it: not read
        (["2026年基本支出264.72万元。比2019年预算231.17万元增加33.55万元。"], {"basic_expenditure": "2647200.00"}),
        (
            ["2026年基本支出264.72万元，项目支出10万元。比2025年预算231.17万元增加33.55万元。"],
            {"basic_expenditure": "2647200.00", "project_expenditure": "100000.00"},
        ),
    ],
)
def test_a_change_with_the_prior_years_level_printed_before_it(paragraphs, expected):
    read = _figures(paragraphs)
    if expected is None:
        assert read == {"basic_expenditure": "2647200.00", "basic_expenditure_change_vs_prior_year": "335500.00"}
    else:
        assert read == expected


def test_a_prior_amount_naming_the_total_still_names_the_changes_subject():
    read = _figures(
        ["2025年总收入5412.36万元。相比2024年的总收入5690.11减少277.75万元。"], final_accounts=True, year="2025"
    )
    assert read == {"income_total": "54123600.00", "income_change_vs_prior_year": "-2777500.00"}


# --- miss kind: the staff the unit has now, named alone ('现有人数', '现有正式工作人员', '现在职人员')
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本校现有正式工作人员21人，其中：校长1名。", {"staff_actual": "21"}),
        ("单位现有人员12人。", {"staff_actual": "12"}),
        ("现有人数23人，其中：在职15人；离退休8人。", {"staff_actual": "23", "staff_retired": "8"}),
        (
            "市文联机关事业编制6；现在职人员7，退休人员5人。",
            {"staff_authorized": "6", "staff_actual": "7", "staff_retired_regular": "5"},  # (机关事业: both kinds)
        ),
    ],
)
def test_the_staff_the_unit_has_now(sentence, expected):
    assert _figures([sentence]) == expected


def test_the_posts_the_unit_has_now_stay_posts():
    assert _figures(["现有编制18人。"]) == {"staff_authorized": "18"}


# --- miss kind: a zero in words after the name ('购置经费无'), and the unit naming itself by 我 alone
# before a year ('我2026年没有…')
def test_none_said_after_the_name():
    read = _figures(["2026年安排公车购置及运行维护费34万元，其中：购置经费无、运行维护费34万元。"])
    assert read == {
        "three_public_vehicle_total": "340000.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_operation": "340000.00",
    }
    assert _figures(["2026年安排公务接待费无。"]) == {"three_public_reception": "0.00"}
    # 有无 asks whether there is any: no zero
    assert _figures(["公务接待费有无超标情况。"]) == {}


def test_the_unit_naming_itself_by_wo_before_a_year():
    read = _figures(["我2026年没有政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出。"])
    assert read == {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"}
    assert _figures(["我2026年收入预算100万元。"]) == {"income_total": "1000000.00"}


def test_no_special_account_income_in_words():
    assert _figures(["本单位没有纳入专户管理的非税收入。"]) == {"income_special_account": "0.00"}


# --- miss kind: inside the reason for a change vs the prior year, a clause of nothing but a part's
# name (a direct part of the changed figure, metrics.csv part_of) and a change word states that
# part's change vs the same year; anything else in a reason stays unread
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "支出较去年增加113.84万元，主要是基本支出增加87.30万元，项目支出增加26.54万元。",
            {
                "expenditure_change_vs_prior_year": "1138400.00",
                "basic_expenditure_change_vs_prior_year": "873000.00",
                "project_expenditure_change_vs_prior_year": "265400.00",
            },
        ),
        (
            # 其他收入 / 上年结转 have no change metric: unread
            "收入较去年增加113.84万元，主要是一般公共预算拨款增加84.27万元，其他收入增加32.42万元，上年结转减少2.85万元。",
            {
                "income_change_vs_prior_year": "1138400.00",
                "income_general_public_budget_change_vs_prior_year": "842700.00",
            },
        ),
        (
            "支出预算较2025年减少5.55万元，主要原因是基本支出预算减少5.55万元。",
            {"expenditure_change_vs_prior_year": "-55500.00", "basic_expenditure_change_vs_prior_year": "-55500.00"},
        ),
        (
            "支出较去年增加100万元，主要原因是一般公共服务支出增加80万元，教育支出增加20万元。",
            {
                "expenditure_change_vs_prior_year": "1000000.00",
                "expenditure_category_change_vs_prior_year:201": "800000.00",
                "expenditure_category_change_vs_prior_year:205": "200000.00",
            },
        ),
    ],
)
def test_a_parts_change_named_in_the_reason_for_its_wholes_change(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "支出较去年增加100万元，主要是新增项目支出100万元。",  # a new item's amount, no change
        "支出较去年增加100万元，主要是项目支出比年初预算增加100万元。",  # another base
        "支出较去年增加100万元，主要是人员经费增加80万元。",  # a part of a part
        "支出较去年增加100万元，主要是2025年项目支出增加100万元。",  # a year of its own
        # a class's change told in the reason for the income's change: no part of the income
        "收入较去年减少782.25万元，主要是农林水支出经费拨款减少986万元，一般公共服务支出经费拨款增加193.64万元。",
    ],
)
def test_other_amounts_in_a_reason_stay_unread(sentence):
    read = _figures([sentence])
    changes = {metric for metric in read if metric.endswith("_change_vs_prior_year")}
    assert changes <= {"expenditure_change_vs_prior_year", "income_change_vs_prior_year"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the parts named do not add up to the change they explain ('主要是': the main ones only)
        "收入较去年增加113.84万元，主要是一般公共预算拨款增加84.27万元，其他收入增加32.42万元。",
        "支出较去年增加100万元，主要是基本支出增加70万元。",
        # a money clause of the reason that is no part's change
        "支出较去年增加100万元，主要是基本支出增加80万元，购置设备20万元。",
    ],
)
def test_the_reasons_parts_are_read_only_when_they_add_up_to_the_change(sentence):
    read = _figures([sentence])
    assert {metric for metric in read if metric.endswith("_change_vs_prior_year")} <= {
        "expenditure_change_vs_prior_year",
        "income_change_vs_prior_year",
    }


def test_no_part_change_without_a_change_of_its_whole_read_before_it():
    assert _figures(["2026年支出预算500万元，主要是基本支出增加20万元。"]) == {"expenditure_total": "5000000.00"}


# --- miss kind: after what a figure's money is used for (用于…, naming no amount), a comparison
# clause ends the uses: the change after it is stated, not a reason
def test_a_comparison_after_the_uses_of_a_figure_states_its_change():
    read = _figures(
        [
            "1、公务用车购置费34.71万元，公务用车购置1辆中巴车，用于公务活动使用等，与2024年相比，公务用车购置费减少79.4万元。",
            "2、公务接待费10万元，主要用于接待，与2024年相比，增加1万元。",
        ],
        final_accounts=True,
        year="2025",
    )
    assert read == {
        "three_public_vehicle_purchase": "347100.00",
        "vehicles_to_purchase": "1",
        # (a 决算's vehicles bought, stated with the 公务用车购置费: those it bought too)
        "vehicles_to_purchase_three_public": "1",
        "three_public_vehicle_purchase_change_vs_prior_year": "-794000.00",
        "three_public_reception": "100000.00",
        "three_public_reception_change_vs_prior_year": "10000.00",
    }


def test_a_use_with_its_own_amount_stays_a_reason():
    read = _figures(["公务接待费10万元，主要用于接待费用8万元，与2024年相比，增加1万元。"])
    assert "three_public_reception_change_vs_prior_year" not in read


# --- miss kind: the fiscal appropriation's joint 收、支总计 and its change ('财政拨款收、支总计各增加X')
def test_the_fiscal_appropriations_joint_total_and_its_change():
    read = _figures(
        ["2025年度财政拨款收、支总计8640万元。与2024年相比，财政拨款收、支总计各增加1207.45万元。"],
        final_accounts=True,
        year="2025",
    )
    assert read == {"fiscal_grand_total": "86400000.00", "fiscal_grand_total_change_vs_prior_year": "12074500.00"}
    read = _figures(
        ["2025年度收、支总计各8640万元。与2024年相比，收、支总计各增加1207.45万元。"], final_accounts=True, year="2025"
    )
    assert read == {"grand_total": "86400000.00", "grand_total_change_vs_prior_year": "12074500.00"}


# --- WRONG kind (found on constructed sentences): the first item of a '、' list of funds whose last
# item names one side ('…安排的收入') is said of that side only, never of the fund's spending too
def test_a_list_of_funds_said_of_one_side_names_no_spending():
    read = _figures(["本单位没有政府性基金预算拨款、国有资本经营预算安排的收入。"])
    assert read == {"income_government_fund": "0.00", "income_state_capital": "0.00"}
    # a fund's budget named alone is none on both sides
    read = _figures(["本单位没有政府性基金预算。"])
    assert read == {"income_government_fund": "0.00", "expenditure_government_fund": "0.00"}


def test_a_run_in_heading_naming_a_part_stays_the_label():
    # only a heading about the income or the spending as a whole is dropped before the year
    assert _figures(["（三）项目支出情况2026年安排资金50万元。"]) == {"project_expenditure": "500000.00"}
    assert _figures(["（一）机关运行经费情况2026年安排10万元。"]) == {"operating_cost": "100000.00"}
    assert _figures(["（一）收入情况2026年预算数500万元。"]) == {"income_total": "5000000.00"}


# --- miss kind: the fiscal appropriation's income or spending named with 总预算 (its total budget)
def test_the_fiscal_appropriation_named_with_its_total_budget():
    read = _figures(["2026年财政拨款收入总预算1049153元，比2025年(680806元)增加368347元。"])
    assert read == {
        "income_fiscal_appropriation": "1049153.00",
        "income_fiscal_appropriation_change_vs_prior_year": "368347.00",
    }
    assert _figures(["2026年财政拨款支出总预算500万元。"]) == {"expenditure_fiscal_appropriation": "5000000.00"}
    # both sides at once stay the 收支 total
    assert _figures(["2026年财政拨款收支总预算500万元。"]) == {"fiscal_grand_total": "5000000.00"}
