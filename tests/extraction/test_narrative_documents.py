"""Narrative figures of the five bundled documents: every metric the text states, exact.

Each table lists, per document, every row the narrative must yield (rejected rows aside):
``metric[:function_code][@unit_text] value source_line``. Values are yuan (万元 x 10000) or
counts, written out from the documents' sentences, so a one-cent error fails.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.narrative import METRICS, parse_narrative
from extract.read import decode
from extract.schema import RAW_TABLES
from extract.tables import parse_tables

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"

EXPECTED = {
    "000": """
        staff_authorized_admin 12 11
        staff_actual_admin 12 11
        staff_authorized_institution 10 11
        staff_actual_institution 9 11
        staff_contract 8 11
        income_total 7176100.00 15
        income_general_public_budget 7176100.00 20
        income_change_vs_prior_year -2786600.00 15
        expenditure_total 7176100.00 17
        expenditure_category:201 5952300.00 17
        expenditure_category:208 621000.00 17
        expenditure_category:210 252400.00 17
        expenditure_category:221 350400.00 17
        expenditure_change_vs_prior_year -2786600.00 17
        expenditure_general_public_budget 7176100.00 20
        expenditure_general_public_budget_change_vs_prior_year -2786600.00 20
        basic_expenditure 5396100.00 20
        basic_expenditure_change_vs_prior_year 422500.00 20
        project_expenditure 1780000.00 20
        project_expenditure_change_vs_prior_year -3209100.00 20
        expenditure_government_fund 0.00 21
        three_public_total 174000.00 25
        three_public_change_vs_prior_year -1000.00 25
        three_public_overseas 0.00 25
        three_public_overseas_change_vs_prior_year 0.00 25
        three_public_reception 146000.00 25
        three_public_reception_change_vs_prior_year -1000.00 25
        three_public_vehicle_operation 28000.00 25
        three_public_vehicle_operation_change_vs_prior_year 0.00 25
        three_public_vehicle_purchase 0.00 25
        three_public_vehicle_purchase_change_vs_prior_year 0.00 25
        operating_cost 843100.00 29
        operating_cost_change_vs_prior_year -15500.00 29
        procurement_total 50000.00 31
        procurement_goods 50000.00 31
        procurement_works 0.00 31
        procurement_services 0.00 31
        procurement_gpb_total 50000.00 31
        procurement_gpb_goods 50000.00 31
        procurement_gpb_works 0.00 31
        procurement_gpb_services 0.00 31
        performance_target_amount 1780000.00 33
        vehicles_total 1 35
        vehicles_general_purpose 1 35
        vehicles_law_enforcement 0 35
        vehicles_to_purchase 0 35
        vehicles_to_purchase_general_purpose 0 35
        vehicles_to_purchase_law_enforcement 0 35
    """,
    "001": """
        staff_authorized_admin@重庆市渝中区政府办公室（本级） 43 106
        staff_actual_admin@重庆市渝中区政府办公室（本级） 47 106
        staff_contract@重庆市渝中区政府办公室（本级） 14 106
        staff_authorized_institution@重庆市渝中区机关事务服务中心 5 108
        staff_actual_institution@重庆市渝中区机关事务服务中心 3 108
        staff_contract@重庆市渝中区机关事务服务中心 21 108
        staff_authorized_institution@重庆市渝中区政务服务中心 7 110
        staff_actual_institution@重庆市渝中区政务服务中心 6 110
        staff_contract@重庆市渝中区政务服务中心 9 110
        staff_authorized_institution@重庆市渝中区数字化城市运行和治理中心 30 112
        staff_actual_institution@重庆市渝中区数字化城市运行和治理中心 23 112
        staff_contract@重庆市渝中区数字化城市运行和治理中心 9 112
        income_total 114916100.00 116
        income_general_public_budget 114916100.00 116
        income_government_fund 0.00 116
        income_state_capital 0.00 116
        income_business 0.00 116
        income_operating 0.00 116
        income_other 0.00 116
        income_change_vs_prior_year 3997700.00 116
        expenditure_total 114916100.00 118
        expenditure_category:201 107848900.00 118
        expenditure_category:208 4455000.00 118
        expenditure_category:210 1162600.00 118
        expenditure_category:221 1449600.00 118
        expenditure_change_vs_prior_year 3997700.00 118
        expenditure_general_public_budget 114916100.00 122
        expenditure_general_public_budget_change_vs_prior_year 3997700.00 122
        basic_expenditure 26215800.00 122
        basic_expenditure_change_vs_prior_year 5848100.00 122
        project_expenditure 88700300.00 122
        project_expenditure_change_vs_prior_year -1850400.00 122
        expenditure_government_fund 0.00 124
        expenditure_government_fund_change_vs_prior_year 0.00 124
        three_public_total 3673500.00 128
        three_public_change_vs_prior_year 409000.00 128
        three_public_overseas 0.00 128
        three_public_overseas_change_vs_prior_year 0.00 128
        three_public_reception 275500.00 128
        three_public_reception_change_vs_prior_year -13000.00 128
        three_public_vehicle_operation 878000.00 128
        three_public_vehicle_operation_change_vs_prior_year 82000.00 128
        three_public_vehicle_purchase 2520000.00 128
        three_public_vehicle_purchase_change_vs_prior_year 340000.00 128
        operating_cost 2534800.00 132
        operating_cost_change_vs_prior_year -197500.00 132
        procurement_total 19693300.00 134
        procurement_goods 231000.00 134
        procurement_works 0.00 134
        procurement_services 19462300.00 134
        procurement_gpb_total 19693300.00 134
        procurement_gpb_goods 231000.00 134
        procurement_gpb_works 0.00 134
        procurement_gpb_services 19462300.00 134
        performance_target_amount 88700300.00 136
        vehicles_total 10 138
        vehicles_general_purpose 10 138
        vehicles_law_enforcement 0 138
        vehicles_to_purchase 14 138
        vehicles_to_purchase_general_purpose 14 138
        vehicles_to_purchase_law_enforcement 0 138
    """,
    "002": """
        income_total 48445600.00 35
        income_general_public_budget 48445600.00 35
        income_government_fund 0.00 35
        income_state_capital 0.00 35
        income_business 0.00 35
        income_operating 0.00 35
        income_other 0.00 35
        income_change_vs_prior_year -4499200.00 35
        expenditure_total 48445600.00 37
        expenditure_category:201 40357900.00 37
        expenditure_category:205 0.00 37
        expenditure_category:208 4266100.00 37
        expenditure_category:210 1109800.00 37
        expenditure_category:221 1567000.00 37
        expenditure_category:217 860900.00 37
        expenditure_category:215 284000.00 37
        expenditure_change_vs_prior_year -4499200.00 37
        expenditure_general_public_budget 48445600.00 41
        expenditure_general_public_budget_change_vs_prior_year -4499200.00 41
        basic_expenditure 23094000.00 41
        basic_expenditure_change_vs_prior_year -1116400.00 41
        project_expenditure 25351600.00 41
        project_expenditure_change_vs_prior_year -3382800.00 41
        expenditure_government_fund 0.00 43
        three_public_total 400000.00 47
        three_public_change_vs_prior_year 0.00 47
        three_public_overseas 0.00 47
        three_public_overseas_change_vs_prior_year 0.00 47
        three_public_reception 10000.00 47
        three_public_reception_change_vs_prior_year 0.00 47
        three_public_vehicle_operation 210000.00 47
        three_public_vehicle_operation_change_vs_prior_year 0.00 47
        three_public_vehicle_purchase 180000.00 47
        three_public_vehicle_purchase_change_vs_prior_year 0.00 47
        operating_cost 3129400.00 51
        operating_cost_change_vs_prior_year -398800.00 51
        procurement_total 2109000.00 53
        procurement_goods 289000.00 53
        procurement_works 0.00 53
        procurement_services 1820000.00 53
        procurement_gpb_total 2109000.00 53
        procurement_gpb_goods 289000.00 53
        procurement_gpb_works 0.00 53
        procurement_gpb_services 1820000.00 53
        performance_target_amount 25351600.00 55
        vehicles_total 7 57
        vehicles_general_purpose 7 57
        vehicles_law_enforcement 0 57
        vehicles_to_purchase 1 57
        vehicles_to_purchase_general_purpose 1 57
        vehicles_to_purchase_law_enforcement 0 57
    """,
    "003": """
        income_total 24654300.00 39
        income_general_public_budget 24654300.00 39
        income_government_fund 0.00 39
        income_state_capital 0.00 39
        income_special_account 0.00 39
        income_business 0.00 39
        income_operating 0.00 39
        income_other 0.00 39
        income_change_vs_prior_year -61711200.00 39
        expenditure_total 24654300.00 41
        expenditure_category:208 1886900.00 41
        expenditure_category:210 242100.00 41
        expenditure_category:215 21376800.00 41
        expenditure_category:217 840000.00 41
        expenditure_category:221 308500.00 41
        expenditure_change_vs_prior_year -61711200.00 41
        expenditure_general_public_budget 24654300.00 45
        expenditure_general_public_budget_change_vs_prior_year -61711200.00 45
        basic_expenditure 5878400.00 47
        basic_expenditure_change_vs_prior_year -1320000.00 47
        project_expenditure 18775900.00 47
        project_expenditure_change_vs_prior_year -60391200.00 47
        expenditure_government_fund 0.00 49
        three_public_total 170000.00 53
        three_public_change_vs_prior_year 10000.00 53
        three_public_overseas 0.00 53
        three_public_overseas_change_vs_prior_year 0.00 53
        three_public_reception 100000.00 53
        three_public_reception_change_vs_prior_year 0.00 53
        three_public_vehicle_operation 70000.00 53
        three_public_vehicle_operation_change_vs_prior_year 10000.00 53
        three_public_vehicle_purchase 0.00 53
        three_public_vehicle_purchase_change_vs_prior_year 0.00 53
        operating_cost 1138300.00 57
        operating_cost_change_vs_prior_year -214700.00 57
        procurement_total 0.00 59
        procurement_goods 0.00 59
        procurement_works 0.00 59
        procurement_services 0.00 59
        procurement_gpb_total 0.00 59
        procurement_gpb_goods 0.00 59
        procurement_gpb_works 0.00 59
        procurement_gpb_services 0.00 59
        performance_target_amount 18775900.00 61
        vehicles_total 2 63
        vehicles_general_purpose 2 63
        vehicles_law_enforcement 0 63
        vehicles_to_purchase 0 63
        vehicles_to_purchase_general_purpose 0 63
        vehicles_to_purchase_law_enforcement 0 63
    """,
    "004": """
        income_total 26860200.00 51
        income_general_public_budget 26860200.00 51
        income_change_vs_prior_year 14578300.00 51
        expenditure_total 26860200.00 53
        expenditure_category:201 22240700.00 53
        expenditure_category:208 2874100.00 53
        expenditure_category:210 779400.00 53
        expenditure_category:221 966000.00 53
        expenditure_change_vs_prior_year 14578300.00 53
        expenditure_general_public_budget 26860200.00 57
        expenditure_general_public_budget_change_vs_prior_year 14578300.00 57
        basic_expenditure 18026400.00 57
        basic_expenditure_change_vs_prior_year 7220600.00 57
        project_expenditure 8833800.00 57
        project_expenditure_change_vs_prior_year 7357700.00 57
        expenditure_government_fund 0.00 61
        expenditure_government_fund_change_vs_prior_year 0.00 61
        three_public_total 297000.00 65
        three_public_change_vs_prior_year 29000.00 65
        three_public_overseas 0.00 65
        three_public_overseas_change_vs_prior_year 0.00 65
        three_public_reception 22000.00 65
        three_public_reception_change_vs_prior_year -6000.00 65
        three_public_vehicle_operation 275000.00 65
        three_public_vehicle_operation_change_vs_prior_year 35000.00 65
        three_public_vehicle_purchase 0.00 65
        three_public_vehicle_purchase_change_vs_prior_year 0.00 65
        operating_cost 3921000.00 69
        operating_cost_change_vs_prior_year 1598000.00 69
        procurement_total 414000.00 71
        procurement_goods 326000.00 71
        procurement_services 88000.00 71
        procurement_gpb_total 414000.00 71
        procurement_gpb_goods 326000.00 71
        procurement_gpb_services 88000.00 71
        performance_target_amount 8833800.00 75
        vehicles_total 6 77
        vehicles_general_purpose 6 77
        vehicles_law_enforcement 0 77
        vehicles_to_purchase 0 77
        vehicles_to_purchase_general_purpose 0 77
        vehicles_to_purchase_law_enforcement 0 77
    """,
}


def _document(prefix: str):
    (path,) = sorted(RAW.glob(f"{prefix}_*.txt"))
    decoded = decode(path.read_bytes())
    return decoded.lines, parse_narrative(decoded.lines, parse_tables(decoded.lines).first_table_line)


def _key(row: dict[str, str]) -> str:
    key = row["metric"]
    if row["function_code"]:
        key += ":" + row["function_code"]
    if row["unit_text"]:
        key += "@" + row["unit_text"]
    return key


def _expected(prefix: str) -> dict[str, tuple[str, int]]:
    table = {}
    for line in EXPECTED[prefix].strip().splitlines():
        key, value, source_line = line.split()
        table[key] = (value, int(source_line))
    return table


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_every_stated_metric_exactly(prefix):
    _, result = _document(prefix)
    rows = [r for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "false"]
    got = {_key(r): (r["value"], int(r["source_line"])) for r in rows}
    assert len(got) == len(rows), "one row per metric x category x unit"
    assert got == _expected(prefix)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_rows_follow_the_contract(prefix):
    lines, result = _document(prefix)
    # document_id and source_page are added by the pipeline (the page from the reader's line map)
    columns = set(RAW_TABLES["raw_narrative_figures"]) - {"document_id", "source_page"}
    for row in result.rows["raw_narrative_figures"]:
        assert set(row) == columns
        assert row["metric"] in METRICS
        assert row["value_unit"] in ("yuan", "count")
        line = lines[int(row["source_line"]) - 1].replace(" ", "")
        if row["value_text"] not in ("无", "持平"):
            # the figure is printed on its source line, as value_text says
            assert row["value_text"].replace(" ", "") in line
        assert row["source_text"]


def test_000_states_income_sources_by_wording_and_has_no_problem():
    _, result = _document("000")
    assert result.problems == []
    by_metric = {r["metric"]: r for r in result.rows["raw_narrative_figures"]}
    # '均为一般公共预算拨款' (line 15) is confirmed by the explicit figure of section 三 (line 20)
    assert by_metric["income_general_public_budget"]["value_text"] == "717.61万元"
    assert by_metric["expenditure_government_fund"]["value_text"] == "无"
    # '比2025年减少（或增加）0万元' is a zero change, not a negative one
    assert by_metric["three_public_overseas_change_vs_prior_year"]["value"] == "0.00"


def test_004_first_general_public_service_amount_is_a_rejected_slip():
    _, result = _document("004")
    categories = [r for r in result.rows["raw_narrative_figures"] if r["metric"] == "expenditure_category"]
    rejected = [r for r in categories if r["is_rejected"] == "true"]
    assert [(r["function_code"], r["value"], r["value_text"]) for r in rejected] == [
        ("201", "26860200.00", "2686.02 万元")
    ]
    accepted = [r for r in categories if r["is_rejected"] == "false"]
    assert sum(Decimal(r["value"]) for r in accepted) == Decimal("26860200.00")  # = expenditure_total
    assert [(p.severity, p.code, p.source_line) for p in result.problems] == [
        ("warning", "narrative_category_slip", 53)
    ]


def test_004_omits_procurement_works_so_there_is_no_row():
    _, result = _document("004")
    metrics = {r["metric"] for r in result.rows["raw_narrative_figures"]}
    assert "procurement_works" not in metrics
    assert "three_public_vehicle_total" not in metrics  # never derived from its parts


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_no_problem_in_clean_documents(prefix):
    _, result = _document(prefix)
    assert result.problems == []


SUB_UNITS = {
    "000": ["产业发展服务中心"],
    "001": [
        "重庆市渝中区人民政府办公室（本级）",
        "重庆市渝中区机关事务服务中心",
        "重庆市渝中区政务服务中心",
        "重庆市渝中区数字化城市运行和治理中心",
    ],
    "002": [
        "区人民政府办公室（本级）",
        "区地方志编纂中心",
        "区电子政务中心",
        "区发展研究中心",
        "区国际交流合作服务中心",
        "区行政服务中心",
        "区金融业发展服务中心",
    ],
    "003": [],
    "004": ["大渡口区政务服务中心", "大渡口区金融发展中心", "大渡口区数字化城市运行和治理中心"],
}


@pytest.mark.parametrize("prefix", sorted(SUB_UNITS))
def test_sub_units_as_printed(prefix):
    lines, result = _document(prefix)
    rows = result.rows.get("raw_sub_units", [])
    assert [r["unit_name"] for r in rows] == SUB_UNITS[prefix]
    for row in rows:
        assert row["unit_name"] in lines[int(row["source_line"]) - 1].replace(" ", "")
