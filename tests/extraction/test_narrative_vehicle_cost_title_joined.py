"""A numbered 三公 part title whose vehicles' name joins its two parts by 和 / 与 / 、 (issue 20).

'3.公务用车购置和运行维护费。2021年预算数A万元，其中：' is the same title as the '及' form: the vehicles'
costs as a whole, so the amount after it is three_public_vehicle_total and the 其中 parts after it are
read (they were dropped as 'a part of an amount not understood'). Every sentence and amount is
constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document


@pytest.mark.parametrize("joiner", ["及", "和", "与", "、"])
def test_joined_vehicle_title_reads_total_and_parts(joiner: str) -> None:
    result = parse_document(
        "1.因公出国（境）费。2021年预算数0万元，与2020年预算持平。",
        f"2.公务用车购置{joiner}运行维护费。2021年预算数6.20万元，其中：",
        "公务用车购置费2021年预算数0万元，较2020年预算减少12.00万元，主要是不再购置公务用车。",
        "公务用车运行维护费2021年预算数6.20万元，较2020年预算减少1.35万元。",
        unit="某区某局",
        year="2021",
    )
    assert accepted_figures(result) == {
        "three_public_overseas": "0.00",
        "three_public_overseas_change_vs_prior_year": "0.00",
        "three_public_vehicle_total": "62000.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_purchase_change_vs_prior_year": "-120000.00",
        "three_public_vehicle_operation": "62000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "-13500.00",
    }


def test_two_costs_joined_by_he_stay_two_names() -> None:
    """Must not: '因公出国（境）费和公务接待费' names two parts, never the vehicles' costs."""
    result = parse_document(
        "2.因公出国（境）费和公务接待费。2021年预算数3.00万元。",
        unit="某区某局",
        year="2021",
    )
    assert "three_public_vehicle_total" not in accepted_figures(result)
