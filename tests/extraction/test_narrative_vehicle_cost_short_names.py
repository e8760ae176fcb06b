"""The 三公 vehicles' costs with 运维 for 运行维护 (a fresh-user trial's 宁波 wording).

'公务用车购置及运维费18.00万元（其中购置费0元，运维费18.00万元）' adds up: 运维 is short for 运行维护, so
'购置及运维费' names the vehicles' costs (purchase and operation), never the purchase alone (it was read as
three_public_vehicle_purchase 18.00万元, then as 0元 from the parenthesis: a false
narrative_statements_agree mismatch, exit 1), and '公务用车运维费' names the operation, never the whole
(it was read as three_public_vehicle_total). Made-up sentences; amounts in 元.
"""

from __future__ import annotations

from functools import partial

from tests.extraction.test_narrative_older_departments_first_contact import _read as _read_section

_read = partial(_read_section, year="2026", unit="宁波市鄞州区测试局")


def test_purchase_and_operation_with_yunwei_are_the_vehicles_costs_and_their_parts():
    read = _read(
        "2026年“三公”经费预算20.00万元，其中：因公出国（境）费0元，公务接待费2.00万元，"
        "公务用车购置及运维费18.00万元（其中购置费0元，运维费18.00万元）。",
        final_accounts=False,
    )
    assert read == {
        "three_public_total": "200000.00",
        "three_public_overseas": "0.00",
        "three_public_reception": "20000.00",
        "three_public_vehicle_total": "180000.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_operation": "180000.00",
    }


def test_the_long_names_with_yunwei_name_the_whole_and_the_operation():
    read = _read(
        "公务用车购置及运维费18.00万元，其中：公务用车购置费0元，公务用车运维费18.00万元。",
        final_accounts=False,
    )
    assert read == {
        "three_public_vehicle_total": "180000.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_operation": "180000.00",
    }
