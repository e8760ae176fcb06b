"""Kinds of stated figures real disclosures were seen to state and the parser missed (each
kind fixed as a whole, never for one document): constructed sentences, several wordings of
each kind, with every figure each must yield (metric, role, value) and nothing more.
"""

from __future__ import annotations

from extract.narrative import parse_narrative
from extract.result import ParseResult


def _parse(paragraphs: tuple[str, ...], final_accounts: bool) -> ParseResult:
    year = "2021" if final_accounts else "2025"
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    lines = ["某县某局", title, "一、“三公”经费情况说明", *paragraphs]
    return parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts)


def _figures(result: ParseResult) -> dict[tuple[str, str], str]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    out = {(r["metric"], r.get("value_role", "")): r["value"] for r in rows}
    assert len(out) == len(rows), rows  # no metric read twice
    return out


def _final(*paragraphs: str) -> dict[tuple[str, str], str]:
    return _figures(_parse(paragraphs, True))


def _budget(*paragraphs: str) -> dict[tuple[str, str], str]:
    return _figures(_parse(paragraphs, False))


def _unparsed(*paragraphs: str, final_accounts: bool = True) -> list[str]:
    result = _parse(paragraphs, final_accounts)
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


# --- kind 1: the 三公 vehicle costs named by 车辆 alone (no 公务用车)


def test_vehicle_operation_named_by_cheliang_alone():
    assert _final("2021年车辆运行维护费支出14.06万元，比上年减少1.5万元。") == {
        ("three_public_vehicle_operation", "actual"): "140600.00",
        ("three_public_vehicle_operation_change_vs_prior_year", ""): "-15000.00",
    }
    assert _final("1、决算车辆运行维护费用2.94万元，比去年3.01万元少0.07万元。") == {
        ("three_public_vehicle_operation", "actual"): "29400.00",
        ("three_public_vehicle_operation_change_vs_prior_year", ""): "-700.00",
    }
    assert _budget("车辆运行费预算3万元。") == {("three_public_vehicle_operation", ""): "30000.00"}
    assert _budget("2025年车辆运维费1万元。") == {("three_public_vehicle_operation", ""): "10000.00"}
    assert _budget("公车运行维护费5万元。") == {("three_public_vehicle_operation", ""): "50000.00"}


def test_vehicle_purchase_and_total_named_by_cheliang_alone():
    assert _final("2021年更新购置公务用车0辆，车辆购置支出0万元。") == {
        ("vehicles_to_purchase", ""): "0",
        ("three_public_vehicle_purchase", "actual"): "0.00",
    }
    assert _final("无因公出国费用、无车辆购置费支出。") == {
        ("three_public_overseas", "actual"): "0.00",
        ("three_public_vehicle_purchase", "actual"): "0.00",
    }
    assert _budget("车辆购置及运行维护费9万元，其中：车辆购置费0万元，车辆运行维护费9万元。") == {
        ("three_public_vehicle_total", ""): "90000.00",
        ("three_public_vehicle_purchase", ""): "0.00",
        ("three_public_vehicle_operation", ""): "90000.00",
    }


def test_other_vehicle_money_is_no_three_public_part():
    # a bus subsidy, the vehicle purchase tax, a part of the 机关运行经费: not the 三公 vehicles
    assert _budget("公交车辆运行维护费补贴500万元，车辆购置税支出20万元。") == {}
    assert _budget("机关运行经费中车辆运行维护费5万元。") == {}


# --- kind 6: the official vehicles a unit holds (共有 / 现有 / 实有 公务用车), vehicles_total


def test_official_vehicles_held_are_the_vehicles_total():
    assert _final("截至2021年12月底，单位共有公务用车8辆，其中：一般公务用车6辆。") == {
        ("vehicles_total", ""): "8",
        ("vehicles_general_purpose", ""): "6",
    }
    assert _final("本单位现有公务车辆3辆。") == {("vehicles_total", ""): "3"}
    assert _budget("2025年实有公务用车数5辆。") == {("vehicles_total", ""): "5"}
    assert _final("2021年公务用车保有18辆。") == {("vehicles_year_end", ""): "18"}


def test_official_vehicles_not_said_to_be_held_or_after_a_purchase_are_not_read():
    # the vehicles' name alone: held or bought? after a purchase counted in the sentence: not read
    assert _final("2021年公务用车8辆。") == {}
    assert _final("2021年购置公务用车2辆，现有公务用车10辆。") == {("vehicles_to_purchase", ""): "2"}
    assert any("10辆" in message for message in _unparsed("2021年购置公务用车2辆，现有公务用车10辆。"))


# --- kind 3: a list of items said to be 0 together ('…均为0', '…均为零', '…均无', '…均为0万元')


def test_each_item_of_a_list_said_to_be_zero():
    assert _final("2021年因公出国（境）费、公务用车购置费均为0。") == {
        ("three_public_overseas", "actual"): "0.00",
        ("three_public_vehicle_purchase", "actual"): "0.00",
    }
    assert _final("因公出国（境）费、公务接待费、公务用车购置费均为零。") == {
        ("three_public_overseas", "actual"): "0.00",
        ("three_public_reception", "actual"): "0.00",
        ("three_public_vehicle_purchase", "actual"): "0.00",
    }
    assert _budget("2025年因公出国（境）费、公务用车购置费均无。") == {
        ("three_public_overseas", ""): "0.00",
        ("three_public_vehicle_purchase", ""): "0.00",
    }
    assert _final("因公出国（境）费、公务接待费均为0万元，公务用车运行维护费5万元。") == {
        ("three_public_overseas", "actual"): "0.00",
        ("three_public_reception", "actual"): "0.00",
        ("three_public_vehicle_operation", "actual"): "50000.00",
    }


def test_an_item_of_a_zero_list_that_names_no_metric_is_reported_not_read():
    text = "2021年因公出国（境）费、培训费均为0。"
    assert _final(text) == {("three_public_overseas", "actual"): "0.00"}
    assert any("培训费" in message for message in _unparsed(text))
    # a non-zero amount said of a list is the last item's only (the others are not read)
    assert _final("公务接待费、公务用车运行维护费均为5万元。") == {
        ("three_public_vehicle_operation", "actual"): "50000.00",
    }


# --- kind 5: groups sent abroad counted before their word ('0个团组、0人次')


def test_groups_abroad_counted_before_their_word_and_the_person_visits_after():
    assert _final("2021年因公出国（境）0个团组、0人次。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
    }
    assert _final("组织因公出国（境）团组0个，0人次。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
    }
    assert _budget("2025年安排因公出国（境）共2个团组，12人次。") == {
        ("three_public_overseas_groups", ""): "2",
        ("three_public_overseas_people", ""): "12",
    }
    assert _final("国内公务接待15个批次，120人次。") == {
        ("three_public_reception_batches", ""): "15",
        ("three_public_reception_people", ""): "120",
    }
    # 个 counts groups or batches only before their word: '3个项目' is no count read
    assert _final("2021年开展3个项目。") == {}


# --- kind 4: no official vehicle bought, in words ('本年度未购置公务用车', '无购置车辆计划')

_NONE_BOUGHT = {("vehicles_to_purchase", ""): "0"}
_NO_PURCHASE_MONEY = {("three_public_vehicle_purchase", "actual"): "0.00"}


def test_no_vehicle_bought_said_in_words():
    # the vehicles counted: none bought (the purchase money is not said: no money figure)
    assert _final("本年度未购置公务用车。") == _NONE_BOUGHT
    assert _final("2021年无购置车辆计划。") == _NONE_BOUGHT
    assert _final("2021年度公务用车保有量为2辆，无新购车辆。") == {("vehicles_year_end", ""): "2", **_NONE_BOUGHT}
    assert _final("本年度未购置公务用车，公务用车运行维护费5万元。") == {
        **_NONE_BOUGHT,
        ("three_public_vehicle_operation", "actual"): "50000.00",
    }
    # the 三公 purchase item named: its money is 0 (no count said)
    assert _final("2021年，单位未安排公务用车购置。") == _NO_PURCHASE_MONEY
    assert _final("无公务用车购置。") == _NO_PURCHASE_MONEY
    assert _budget("2025年未安排公务用车购置。") == {("three_public_vehicle_purchase", ""): "0.00"}
    assert _budget("2025年无购置车辆计划。") == {("vehicles_to_purchase", ""): "0"}


def test_no_vehicle_bought_in_another_year_says_nothing_of_this_one():
    assert _final("上年无购置公务用车。") == {}
    assert _final("2020年，本单位未购置公务用车。") == {}
    assert _final("以前年度未购置公务用车。") == {}
    # the purchase money and its cost together are no purchase ('无公务用车购置及运行维护费': the total)
    assert _final("无公务用车购置及运行维护费。") == {("three_public_vehicle_total", "actual"): "0.00"}


# --- kind 2: counts and amounts in Chinese numerals


def test_counts_in_chinese_numerals():
    assert _final("公务车辆现保有量为壹辆。") == {("vehicles_year_end", ""): "1"}
    assert _final("2021年购置公务用车两辆。") == {("vehicles_to_purchase", ""): "2"}
    assert _final("因公出国（境）一个团组、十二人次。") == {
        ("three_public_overseas_groups", ""): "1",
        ("three_public_overseas_people", ""): "12",
    }
    assert _final("公务接待费2万元，国内公务接待三批次、二十人次。") == {
        ("three_public_reception", "actual"): "20000.00",
        ("three_public_reception_batches", ""): "3",
        ("three_public_reception_people", ""): "20",
    }


def test_whole_amounts_in_chinese_numerals():
    assert _final("公务接待费伍万元，比上年减少一万元。") == {
        ("three_public_reception", "actual"): "50000.00",
        ("three_public_reception_change_vs_prior_year", ""): "-10000.00",
    }
    assert _budget("“三公”经费预算壹拾贰万叁仟元整。") == {("three_public_total", ""): "123000.00"}


def test_chinese_numerals_that_are_no_whole_unambiguous_number_are_reported_not_read():
    for text, printed in (
        ("公务接待费三点五万元。", "三点五万元"),
        ("2021年购置公务用车十几辆。", "十几辆"),
        ("2021年购置公务用车两三辆。", "两三辆"),
    ):
        assert _final(text) == {}
        assert any(printed in message for message in _unparsed(text))
    # numerals inside words are no amount: an ordinal, a bound, '一元化'
    for text in ("第二批次接待于3月。", "公务接待费上百万元。", "数十万元的公务接待费。", "实行收入一元化管理。"):
        assert _final(text) == {}
        assert _unparsed(text) == []


# --- kind 7: a 三公 total stated as the sum after its parts; a 三公 total of 0 in words


def test_a_sum_after_the_parts_covering_its_whole_is_the_whole():
    assert _final("2021年因公出国（境）费0万元，公务接待费2万元，公务用车运行维护费8万元，合计10万元。") == {
        ("three_public_overseas", "actual"): "0.00",
        ("three_public_reception", "actual"): "20000.00",
        ("three_public_vehicle_operation", "actual"): "80000.00",
        ("three_public_total", "actual"): "100000.00",
    }
    got = _budget(
        "2025年“三公”经费预算情况：因公出国（境）费0万元，公务接待费2万元，公务用车购置费0万元，"
        "公务用车运行维护费8万元，以上合计10万元。"
    )
    assert got[("three_public_total", "")] == "100000.00"
    assert len(got) == 5


def test_a_sum_of_some_parts_only_is_no_metric():
    # the 因公出国（境）费 is not among the parts: the sum is not the 三公 total
    text = "公务接待费2万元，公务用车运行维护费8万元，合计10万元。"
    assert _final(text) == {
        ("three_public_reception", "actual"): "20000.00",
        ("three_public_vehicle_operation", "actual"): "80000.00",
    }
    assert any("10万元" in message for message in _unparsed(text))


def test_three_public_zero_in_words_is_the_total_only():
    assert _final("2021年本单位“三公”经费为0。") == {("three_public_total", "actual"): "0.00"}
    assert _budget("2025年无“三公”经费预算。") == {("three_public_total", ""): "0.00"}
    assert _final("本单位三公经费均为0。") == {("three_public_total", "actual"): "0.00"}
    # the parts only when the sentence says each is 0
    each = {
        ("three_public_total", "actual"): "0.00",
        ("three_public_overseas", "actual"): "0.00",
        ("three_public_reception", "actual"): "0.00",
        ("three_public_vehicle_total", "actual"): "0.00",
    }
    assert _final("2021年“三公”经费各项支出均为0。") == each
    assert _final("“三公”经费三项支出均为零。") == each


# --- the 三公 named before one part, or before a parenthesis listing its parts


def test_three_public_named_before_one_part_is_that_parts():
    assert _budget("2025年“三公”经费支出因公出国（境）费0万元，公务接待费2万元。") == {
        ("three_public_overseas", ""): "0.00",
        ("three_public_reception", ""): "20000.00",
    }
    assert _budget("2025年“三公”经费预算公务接待费2万元。") == {("three_public_reception", ""): "20000.00"}
    assert _budget("2025年“三公”经费（不含公务用车购置费）预算10万元。") == {("three_public_total", ""): "100000.00"}


def test_the_words_around_a_parenthesis_listing_parts_name_the_amount():
    assert _budget("2025年“三公”经费（含因公出国（境）费、公务接待费、公务用车购置及运行维护费）预算10万元。") == {
        ("three_public_total", ""): "100000.00"
    }


# --- no one sent abroad, in words (groups and people sent abroad: 0)


def test_no_one_sent_abroad_said_in_words():
    assert _final("2021年无因公出国（境）人员。") == {("three_public_overseas_people", ""): "0"}
    assert _final("2021年未组织因公出国（境）团组。") == {("three_public_overseas_groups", ""): "0"}
    assert _final("无出国（境）团组和人员。") == {
        ("three_public_overseas_groups", ""): "0",
        ("three_public_overseas_people", ""): "0",
    }
    assert _final("上年无因公出国（境）人员。") == {}
