"""Kinds of wording met at first contact with older (2013-2016) disclosures of provincial, city and
central departments (unseen-corpus set fresh24: a provincial lottery centre's and a provincial
federation's 决算, a city bureau's budget, 三公 statements of a provincial department, a city bureau,
central departments): the 2014-2016 fund names (公共预算拨款, 财政拨款收入（补助）), a 三公 part's amount
named only by the numbered heading above it, zeros said in words (未发生, 未安排预算, 无…团组及人次),
a reception's counts (接待N批, 接待批次为N次 after what the money was for), a label with its
amount after a colon ('项目支出：X'), 固定资产总额, and counts listed after a money amount not understood.
Constructed sentences of the same shapes, each with every figure it must yield and nothing more.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _read(*paragraphs: str, final_accounts: bool, year: str = "2015", unit: str = "某市某局") -> dict[str, str]:
    """metric -> value of every figure read from a 部门预算 / 部门决算 whose section holds
    ``paragraphs`` (no metric read twice with two values); a budget figure of a final account is
    keyed 'metric:budget'."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [unit, title, heading, *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts, unit_name=unit)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out: dict[str, str] = {}
    for row in rows:
        key = row["metric"] + (":budget" if row.get("value_role") == "budget" else "")
        assert out.setdefault(key, row["value"]) == row["value"], rows
    return out


# --- 1. the fund names of the 2014-2016 templates


def test_the_public_budget_appropriation_without_caizheng_is_the_general_public_budget():
    read = _read(
        "2015年收入预算总计250.6万元，其中公共预算拨款230.6万元，上年结转20万元。",
        "2015年支出预算总计250.6万元，其中公共预算拨款支出230.6万元。",
        final_accounts=False,
    )
    assert read == {
        "income_total": "2506000.00",
        "income_general_public_budget": "2306000.00",
        "income_carryover": "200000.00",
        "expenditure_total": "2506000.00",
        "expenditure_general_public_budget": "2306000.00",
    }


@pytest.mark.parametrize("bracket", ["(补助)", "（补助）"])
def test_the_fiscal_appropriation_with_its_older_name_in_brackets(bracket):
    read = _read(f"本年收入合计88.8万元，其中财政拨款收入{bracket}80.8万元，事业收入8万元。", final_accounts=True)
    assert read == {
        "income_total": "888000.00",
        "income_fiscal_appropriation": "808000.00",
        "income_business": "80000.00",
    }


def test_a_superior_subsidy_is_still_no_fiscal_appropriation():
    assert _read("上级补助收入3万元。", final_accounts=True) == {"income_superior_subsidy": "30000.00"}


# --- 2. a 三公 part's amount named only by the numbered heading above it


def test_a_budget_amount_under_a_three_public_part_heading_is_the_parts():
    read = _read(
        "一、因公出国(境)经费",
        "2015年预算安排25万元，较2014年预算下降10%。",
        "二、公务接待费",
        "2015年预算安排60万元，比上年减少5万元。",
        "三、公务用车购置及运行维护费",
        "2015年预算安排90万元，较2014年预算基本持平。",
        "单位共有公务用车12辆。",
        final_accounts=False,
    )
    assert read == {
        "three_public_overseas": "250000.00",
        "three_public_reception": "600000.00",
        "three_public_reception_change_vs_prior_year": "-50000.00",
        "three_public_vehicle_total": "900000.00",
        "vehicles_total": "12",
    }


def test_an_actual_under_a_three_public_part_heading_is_the_parts_with_its_role():
    read = _read(
        "（一）因公出国（境）费",
        "2015年决算数为3万元，比上年增加1万元。",
        "（二）公务接待费",
        "2015年决算数2万元，年初预算为5万元。",
        final_accounts=True,
    )
    assert read == {
        "three_public_overseas": "30000.00",
        "three_public_overseas_change_vs_prior_year": "10000.00",
        "three_public_reception": "20000.00",
        "three_public_reception:budget": "50000.00",
    }


def test_a_heading_naming_two_parts_gives_its_amount_to_neither():
    read = _read("（一）因公出国（境）费和公务接待费", "2015年预算安排8万元。", final_accounts=False)
    assert "three_public_overseas" not in read and "three_public_reception" not in read
    assert "expenditure_total" not in read


# --- 3. zeros said in words after the name


def test_a_part_that_did_not_occur_is_zero():
    read = _read("其中，因公出国(境)费用支出未发生，公务接待费0.2万元。", final_accounts=True)
    assert read == {"three_public_overseas": "0.00", "three_public_reception": "2000.00"}


def test_a_part_with_no_budget_arranged_this_year_is_zero_and_another_years_is_nothing():
    read = _read(
        "公务用车购置费2015年未安排预算；公务用车运行维护费2015年预算9万元。",
        "公务用车购置费2014年未安排预算。",
        final_accounts=False,
    )
    assert read == {"three_public_vehicle_purchase": "0.00", "three_public_vehicle_operation": "90000.00"}


def test_no_groups_and_person_visits_abroad_are_both_zero():
    read = _read("本年度无因公出国(境)团组及人次。", final_accounts=True)
    assert read == {"three_public_overseas_groups": "0", "three_public_overseas_people": "0"}


# --- 4. a reception's counts


def test_reception_batches_counted_in_pi_and_the_foreign_part_apart():
    read = _read("公务接待费40万元。国内接待300批，共计2000人次；接待外宾10批，共计50人次。", final_accounts=True)
    assert read == {
        "three_public_reception": "400000.00",
        "three_public_reception_batches": "300",
        "three_public_reception_people": "2000",
    }


def test_reception_counts_after_what_the_money_was_for_are_stated():
    read = _read(
        "公务接待费0.5万元，比上年下降6%。主要用于接待来访人员，接待批次为4次，接待人数20人。",
        final_accounts=True,
    )
    assert read == {
        "three_public_reception": "5000.00",
        "three_public_reception_batches": "4",
        "three_public_reception_people": "20",
    }


def test_a_batch_outside_a_reception_is_no_count():
    read = _read("本年完成第2批项目验收，项目支出30万元。", final_accounts=True)
    assert read == {"project_expenditure": "300000.00"}


# --- 5. a label, its colon, then its amount


def test_a_label_before_a_colon_with_its_amount_right_after():
    read = _read(
        "决算支出总计500万元。按支出经济分类：基本支出450万元，占90%；项目支出：50万元，占10%。", final_accounts=True
    )
    assert read["basic_expenditure"] == "4500000.00"
    assert read["project_expenditure"] == "500000.00"


def test_a_parts_lead_before_a_colon_is_still_no_label():
    read = _read("收入合计80万元，其中：70万元为财政拨款。", final_accounts=True)
    assert read == {"income_total": "800000.00"}


# --- 6. fixed assets named with 总额; counts listed after a money amount not understood


def test_fixed_assets_named_with_a_total_word_are_the_fixed_assets():
    read = _read("截止2015年12月31日，本单位固定资产总额为526.28万元。", final_accounts=True)
    assert read == {"assets_fixed": "5262800.00"}


def test_vehicle_counts_after_the_vehicles_value_are_the_counts_parts():
    read = _read(
        "截止2015年12月31日，本单位共有车辆5辆，合计122.62万元，其中：一般公务用车1辆、其他用车4辆。",
        final_accounts=True,
    )
    assert read == {"vehicles_total": "5", "vehicles_general_purpose": "1", "vehicles_other": "4"}


def test_counts_after_money_not_understood_with_no_count_before_stay_unread():
    assert _read("外事接待费0.5万元，其中：接待3批次。", final_accounts=True) == {}


# --- 7. a fund's two sides in one sentence (found with constructed probes of the fund sections)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "本部门2017年度政府性基金预算财政拨款收入12万元，支出9万元，年末结转3万元。",
            {"income_government_fund": "120000.00", "expenditure_government_fund": "90000.00"},
        ),
        (
            "本部门2017年度国有资本经营预算收入0万元，支出0万元。",
            {"income_state_capital": "0.00", "expenditure_state_capital": "0.00"},
        ),
    ],
)
def test_the_side_words_after_a_funds_figure_are_the_funds_never_the_documents(sentence, expected):
    assert _read(sentence, final_accounts=True, year="2017") == expected


def test_a_fund_listed_among_a_totals_parts_is_no_subject_of_the_spending_after_it():
    read = _read(
        "本年收入合计500万元，其中：财政拨款收入450万元，政府性基金预算拨款10万元；支出480万元。",
        final_accounts=True,
        year="2017",
    )
    assert read["income_total"] == "5000000.00"
    assert "expenditure_government_fund" not in read


# --- 8. the carry-over of one kind of spending is no part of that spending


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "2018年度年初结转和结余资金50万元，其中基本支出结转10万元，项目支出结转和结余40万元。",
            {"income_carryover": "500000.00"},
        ),
        (
            "2018年度年末结转和结余152.5万元(其中:项目支出结转和结余24.6万元)。",
            {"expenditure_carryover": "1525000.00"},
        ),
        (
            "本年支出合计300万元，其中基本支出200万元，项目支出100万元。",
            {"expenditure_total": "3000000.00", "basic_expenditure": "2000000.00", "project_expenditure": "1000000.00"},
        ),
    ],
)
def test_a_spending_kinds_carry_over_is_not_that_spending(sentence, expected):
    assert _read(sentence, final_accounts=True, year="2018") == expected
