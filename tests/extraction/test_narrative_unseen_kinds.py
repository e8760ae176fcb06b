"""Kinds of wording met first in third-party disclosures never seen while building the parser
(other provinces' 三公 statements, 决算 counts): constructed sentences of the same shape, each
with every figure it must yield (metric, role, value) and nothing more.
"""

from __future__ import annotations

from extract.narrative import parse_narrative


def _figures(lines: list[str], final_accounts: bool, year: str) -> dict[tuple[str, str], str]:
    result = parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {(r["metric"], r.get("value_role", "")): r["value"] for r in rows}
    assert len(out) == len(rows), rows  # no metric read twice
    return out


def _final(*paragraphs: str) -> dict[tuple[str, str], str]:
    return _figures(["某镇人民政府", "2021年度部门决算", "一、“三公”经费决算情况说明", *paragraphs], True, "2021")


def _budget(*paragraphs: str) -> dict[tuple[str, str], str]:
    return _figures(["某县某局", "2025年部门预算", "一、“三公”经费预算情况说明", *paragraphs], False, "2025")


# --- final accounts: the parts of a budget whole are budgets


def test_final_accounts_parts_after_a_budget_whole_are_budgets():
    got = _final(
        "2021年我镇“三公”经费预算为20万元，其中：因公出国（境）费0万元，公务接待费9万元，公务用车运行维护费11万元。"
        "2021年“三公”经费支出共计9.07万元，较上年支出数减少0.71万元。"
    )
    assert got == {
        ("three_public_total", "budget"): "200000.00",
        ("three_public_overseas", "budget"): "0.00",
        ("three_public_reception", "budget"): "90000.00",
        ("three_public_vehicle_operation", "budget"): "110000.00",
        ("three_public_total", "actual"): "90700.00",
        ("three_public_change_vs_prior_year", ""): "-7100.00",
    }


def test_final_accounts_parts_after_an_actual_whole_stay_actual():
    got = _final("2021年“三公”经费支出预算为20万元，支出决算为9万元，其中：公务接待费4万元，公务用车运行维护费5万元。")
    assert got == {
        ("three_public_total", "budget"): "200000.00",
        ("three_public_total", "actual"): "90000.00",
        ("three_public_reception", "actual"): "40000.00",
        ("three_public_vehicle_operation", "actual"): "50000.00",
    }


def test_final_accounts_a_part_naming_its_own_role_keeps_it():
    got = _final("2021年“三公”经费预算为20万元，其中：公务接待费决算数9万元。")
    assert got == {
        ("three_public_total", "budget"): "200000.00",
        ("three_public_reception", "actual"): "90000.00",
    }


# --- counts of the 三公 statements: batches (批次), person-visits (人次), groups sent abroad


def test_reception_batches_and_the_person_visits_after_them():
    got = _final("2021年某镇国内公务接待共8批次,160人次。")  # (an ASCII comma after a unit ends a clause)
    assert got == {("three_public_reception_batches", ""): "8", ("three_public_reception_people", ""): "160"}


def test_reception_person_visits_named_by_their_words():
    got = _final("2021年度国内公务接待275批次，国内公务接待2700人次，无国（境）外公务接待情况。")
    assert got == {("three_public_reception_batches", ""): "275", ("three_public_reception_people", ""): "2700"}


def test_reception_batches_counted_in_ge_after_their_word():
    got = _final("国内公务接待批次为520个，接待人次为4200人。")
    assert got == {("three_public_reception_batches", ""): "520", ("three_public_reception_people", ""): "4200"}


def test_a_foreign_part_in_parentheses_is_not_read_and_does_not_change_the_count_after_it():
    got = _final("2021年某局国内公务接待共30批次（其中外事接待26批次），579人次（其中外事接待500人次）。")
    assert got == {("three_public_reception_batches", ""): "30", ("three_public_reception_people", ""): "579"}


def test_a_foreign_reception_count_is_never_the_reception_people():
    # '国(境)外公务接待批次23个，接待人次142人': the 142 people are the foreign reception's
    got = _final("国（境）外公务接待批次23个，接待人次142人。")
    assert got == {}
    got = _final("国内公务接待批次3978个，接待人次28598人；国（境）外公务接待批次23个，接待人次142人。")
    assert got == {("three_public_reception_batches", ""): "3978", ("three_public_reception_people", ""): "28598"}


def test_what_the_counts_count_ends_with_the_semicolon_part():
    got = _final("共接待国外来访团组0个，来访外宾0人次；发生国内接待1次，接待人数共13人。")
    assert got == {("three_public_reception_people", ""): "13"}


def test_overseas_groups_and_people():
    assert _final("2021年某局因公出国（境）团组0次，累计出国（境）0人次。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
    }
    assert _final("参加（组织）因公出国（境）团组2个，9人次。") == {
        ("three_public_overseas_groups", ""): "2",
        ("three_public_overseas_people", ""): "9",
    }
    assert _final("因公出国（境）团组0个，人数0人；公务用车保有量345辆。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
        ("vehicles_year_end", ""): "345",
    }


def test_person_visits_named_by_nothing_after_nothing_counted_are_not_read():
    assert _final("2021年某局共计50人次。") == {}


def test_the_money_after_counts_is_no_total():
    # '公务接待24批次，210人次，支出2.05万元': the counts before it do not make '支出' the expenditure total
    got = _final("（3）公务接待费支出情况。", "2021年公务接待24批次，210人次，支出2.05万元。")
    assert got == {("three_public_reception_batches", ""): "24", ("three_public_reception_people", ""): "210"}


# --- vehicles counted in 台; staff counted as 实际


def test_vehicles_authorised_in_tai():
    got = _budget("2025年某中心一般公务用车编制3台。安排公车购置及运行维护费38万。")
    assert got == {("vehicles_authorized", ""): "3", ("three_public_vehicle_total", ""): "380000.00"}


def test_tai_counts_no_equipment():
    assert _budget("2025年某中心拟购置单价50万元以上设备3台。") == {}


def test_staff_actual_worded_as_shiji():
    got = _figures(
        ["某幼儿园", "2024年度部门决算", "一、单位概况", "核定人员编制71人，实际正式教职工62人，退休职工28人。"],
        True,
        "2024",
    )
    assert got == {("staff_authorized", ""): "71", ("staff_actual", ""): "62", ("staff_retired", ""): "28"}


# --- 经比较 (upon comparison) is no comparison with a year


def test_jing_bijiao_is_no_prior_year_amount():
    got = _final("经比较2021年度镇本级“三公”经费41万元，较上年减少19万元，下降43.78%，较年初预算数减少4万元。")
    assert got == {
        ("three_public_total", "actual"): "410000.00",
        ("three_public_change_vs_prior_year", ""): "-190000.00",
    }


def test_a_prior_years_amount_before_the_change_stays_unread():
    got = _budget("2025年“三公”经费预算总额为1238万元，较2024年年初预算的1278万元减少40万元。")
    assert got == {("three_public_total", ""): "12380000.00", ("three_public_change_vs_prior_year", ""): "-400000.00"}


# --- '分别为': the names before it, the amounts after it in turn


def test_respectively_pairs_names_and_amounts():
    got = _final("2021年公务用车购置数及保有量分别为1辆和130辆。")
    assert got == {("vehicles_to_purchase", ""): "1", ("vehicles_year_end", ""): "130"}
    got = _budget("2025年因公出国（境）费、公务接待费分别为0万元、5万元。")
    assert got == {("three_public_overseas", ""): "0.00", ("three_public_reception", ""): "50000.00"}


def test_respectively_with_names_and_amounts_unpaired_reads_nothing_new():
    # three names, two amounts: no pairing is certain
    got = _budget("2025年因公出国（境）费、公务接待费及公务用车运行维护费分别为0万元、5万元。")
    assert ("three_public_reception", "") not in got
