"""三公 statements that print the prior year's figure beside each part (issue 20).

1. '…费A万元，上年B万元，减少C万元' / '上年预算为B' / '（2019年B万元）' / '2019年为B': the prior year's
   amount of the figure before it (the year by a number or a word: 上年 / 去年 / 上年度); the change after
   it is that figure's, the prior year's amount is never kept; '上年也为B' with B the same amount is a
   change of 0; amounts in 元 with thousands separators alike.
2. Year-labelled sides under a title run in before a colon ('公务接待费：2012年B万元，2013年A万元，减少C
   万元' in a 2013 document): the document's year is the title's figure, the change after the two sides
   its change; the other year's amount is never kept, nor read as the figure of the title before it.
3. A 决算's parts by role ('年初预算A元，决算B元', '决算为0元', '比上年决算减少Y元').

Must not: a prior-year amount, a change whose subject is another part, a part's amount read as the
total. Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document


def _read(*paragraphs: str, year: str = "2020", final: bool = False) -> dict:
    """metric -> value ((metric, role) -> value for a 决算) of a ``year`` document's narrative."""
    result = parse_document(*paragraphs, unit="某县某局", year=year, final=final)
    return accepted_figures(result, with_role=final)


# --- 1. the prior year's amount beside each part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020年“三公”经费一般公共预算拨款12.50万元，2019年为15.80万元，比上年减少3.30万元。其中：因公出国"
            "（境）费0万元，上年也为0万元；公务接待费4.20万元，上年5.10万元，减少0.90万元；公务用车购置及运行"
            "维护费8.30万元，上年10.70万元，减少2.40万元，其中公务用车购置费0万元，公务用车运行维护费8.30万元。",
            {
                "three_public_total": "125000.00",
                "three_public_change_vs_prior_year": "-33000.00",
                "three_public_overseas": "0.00",
                "three_public_overseas_change_vs_prior_year": "0.00",
                "three_public_reception": "42000.00",
                "three_public_reception_change_vs_prior_year": "-9000.00",
                "three_public_vehicle_total": "83000.00",
                "three_public_vehicle_total_change_vs_prior_year": "-24000.00",
                "three_public_vehicle_purchase": "0.00",
                "three_public_vehicle_operation": "83000.00",
            },
        ),
        (
            "2020年“三公”经费预算12.50万元，上年预算为15.80万元，减少3.30万元。其中：因公出国（境）费0万元，"
            "与上年持平；公务接待费4.20万元，上年预算为5.10万元，减少0.90万元；公务用车购置及运行维护费"
            "8.30万元，去年预算为10.70万元，减少2.40万元。",
            {
                "three_public_total": "125000.00",
                "three_public_change_vs_prior_year": "-33000.00",
                "three_public_overseas": "0.00",
                "three_public_overseas_change_vs_prior_year": "0.00",
                "three_public_reception": "42000.00",
                "three_public_reception_change_vs_prior_year": "-9000.00",
                "three_public_vehicle_total": "83000.00",
                "three_public_vehicle_total_change_vs_prior_year": "-24000.00",
            },
        ),
        (
            "“三公”经费预算12.50万元（2019年15.80万元），减少3.30万元。其中：因公出国（境）费0万元（2019年"
            "0万元）；公务接待费4.20万元（2019年5.10万元），减少0.90万元；公务用车购置及运行维护费8.30万元"
            "（2019年10.70万元），减少2.40万元。",
            {
                "three_public_total": "125000.00",
                "three_public_change_vs_prior_year": "-33000.00",
                "three_public_overseas": "0.00",
                "three_public_reception": "42000.00",
                "three_public_reception_change_vs_prior_year": "-9000.00",
                "three_public_vehicle_total": "83000.00",
                "three_public_vehicle_total_change_vs_prior_year": "-24000.00",
            },
        ),
        (
            "2020年“三公”经费预算216,000.00元，上年258,000.00元，减少42,000.00元。其中：公务接待费94,000.00元，"
            "上年131,000.00元，减少37,000.00元；公务用车运行维护费122,000.00元，上年度127,000.00元，减少"
            "5,000.00元。",
            {
                "three_public_total": "216000.00",
                "three_public_change_vs_prior_year": "-42000.00",
                "three_public_reception": "94000.00",
                "three_public_reception_change_vs_prior_year": "-37000.00",
                "three_public_vehicle_operation": "122000.00",
                "three_public_vehicle_operation_change_vs_prior_year": "-5000.00",
            },
        ),
        # the prior year's amount with no change after it: the part alone, never the total
        (
            "“三公”经费预算12.50万元，其中公务接待费4.20万元，上年5.10万元。",
            {"three_public_total": "125000.00", "three_public_reception": "42000.00"},
        ),
        # '也为' a different amount: no change of 0
        ("公务接待费4.20万元，上年也为5.10万元。", {"three_public_reception": "42000.00"}),
    ],
)
def test_the_prior_years_amount_beside_each_part_is_never_kept(text: str, expected: dict) -> None:
    assert _read(text) == expected


def test_a_prior_years_amount_of_another_part_keeps_no_change() -> None:
    # the prior amount names another part: neither it nor the change after it is the reception's
    assert _read("公务接待费4.20万元，上年公务用车运行维护费5.10万元，减少0.90万元。") == {
        "three_public_reception": "42000.00"
    }


# --- 2. year-labelled sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“三公”经费支出情况：公务接待费：2012年6.50万元，2013年5.20万元，减少1.30万元；公务用车购置及运行"
            "维护费：2012年9.00万元，2013年8.10万元，减少0.90万元。",
            {
                "three_public_reception": "52000.00",
                "three_public_reception_change_vs_prior_year": "-13000.00",
                "three_public_vehicle_total": "81000.00",
                "three_public_vehicle_total_change_vs_prior_year": "-9000.00",
            },
        ),
        (
            "“三公”经费：2012年15.50万元，2013年13.30万元，减少2.20万元。",
            {"three_public_total": "133000.00", "three_public_change_vs_prior_year": "-22000.00"},
        ),
        (
            "公务接待费2012年6.50万元，2013年5.20万元，减少1.30万元。",
            {"three_public_reception": "52000.00", "three_public_reception_change_vs_prior_year": "-13000.00"},
        ),
        (
            "因公出国（境）费2013年3.00万元，比2012年减少1.20万元。",
            {"three_public_overseas": "30000.00", "three_public_overseas_change_vs_prior_year": "-12000.00"},
        ),
        # the document's year first; the next statement's prior side is never the reception's
        (
            "公务接待费：2013年5.20万元，2012年6.50万元，减少1.30万元；公务用车运行维护费：2012年9.00万元，"
            "2013年8.10万元。",
            {
                "three_public_reception": "52000.00",
                "three_public_reception_change_vs_prior_year": "-13000.00",
                "three_public_vehicle_operation": "81000.00",
            },
        ),
        # a side two years before: the change after the document's year is against no prior year
        ("公务接待费：2011年6.50万元，2013年5.20万元，减少1.30万元。", {"three_public_reception": "52000.00"}),
    ],
)
def test_year_labelled_sides_keep_the_documents_year(text: str, expected: dict) -> None:
    assert _read(text, year="2013") == expected


# --- 3. a 决算's parts by role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“三公”经费支出决算52,300.00元，比上年决算减少8,100.00元。其中：因公出国（境）费决算为0元；公务接待费"
            "年初预算20,000.00元，决算15,600.00元；公务用车购置及运行维护费决算36,700.00元。",
            {
                ("three_public_total", "actual"): "52300.00",
                ("three_public_change_vs_prior_year", ""): "-8100.00",
                ("three_public_overseas", "actual"): "0.00",
                ("three_public_reception", "budget"): "20000.00",
                ("three_public_reception", "actual"): "15600.00",
                ("three_public_vehicle_total", "actual"): "36700.00",
            },
        ),
        (
            "2020年度“三公”经费支出决算52,300.00元，上年决算60,400.00元，减少8,100.00元。其中：公务接待费决算"
            "15,600.00元，上年决算18,000.00元，减少2,400.00元；因公出国（境）费决算为0元。",
            {
                ("three_public_total", "actual"): "52300.00",
                ("three_public_change_vs_prior_year", ""): "-8100.00",
                ("three_public_reception", "actual"): "15600.00",
                ("three_public_reception_change_vs_prior_year", ""): "-2400.00",
                ("three_public_overseas", "actual"): "0.00",
            },
        ),
    ],
)
def test_a_final_accounts_parts_by_role(text: str, expected: dict) -> None:
    assert _read(text, final=True) == expected
