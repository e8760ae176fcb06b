"""Wrong is worse than missing (issue 20, kind 10): small variants of a bundled document's 三公
paragraph (data/raw/000, line 25) whose figures used to land WRONG and silently. Three kinds:

* a change credited to the PREVIOUS item when the amount before it could not be read
  ('公务用车运行维护费2.8，比2025年减少0.3万元' gave the reception's change);
* an amount in a unit the narrative did not read ('28千元' dropped without a word);
* an EXCLUDED amount stored as a metric ('基本支出539.61万元（不含离退休人员经费20万元）' gave
  personnel_expenditure 20万元).

Each kind: constructed sentences of several wordings with every figure they must yield (and
nothing more), the unparsed-figure problem each unread amount must leave, and the whole bundled
document edited as a fresh user edited it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.narrative import parse_narrative
from extract.pipeline import process

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
BUNDLED = "000_d9672e515e496097.txt"
# the bundled 三公 statement's vehicle-operation part, as printed
VEHICLE_PART = "公务用车运行维护费2.8万元，比2025年减少（或增加）0万元"


def _read(*paragraphs: str, heading: str = "四、“三公”经费情况说明") -> tuple[dict[str, str], list[str]]:
    """metric -> value of every figure read from a 2026 budget's ``paragraphs`` (no metric read
    twice), and the messages of its narrative_unparsed_figure problems."""
    result = parse_narrative(
        ["某区某局", "2026年部门预算", heading, *paragraphs], None, fiscal_year="2026", final_accounts=False
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    figures = {r["metric"]: r["value"] for r in rows}
    assert len(figures) == len(rows), rows
    unparsed = [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]
    return figures, unparsed


def _bundled(old: str, new: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The bundled document with ``old`` replaced by ``new`` once: (metric -> value of its
    narrative figures, its problem rows); the document must stay 'ok'."""
    text = (RAW / BUNDLED).read_text(encoding="utf-8")
    assert text.count(old) == 1
    out = process(text.replace(old, new).encode("utf-8"), "0" * 16)
    rows = [r for r in out.rows["raw_narrative_figures"] if r["is_rejected"] == "false"]
    return {r["metric"]: r["value"] for r in rows}, out.rows.get("raw_problems", [])


# --- kind: a change after an item whose amount was not read is never the previous item's


def test_change_after_a_unitless_amount_is_that_items_never_the_previous_items():
    figures, unparsed = _read(
        "2026年“三公”经费预算17.4万元。其中：公务接待费14.6万元，主要原因是落实过“紧日子”要求，节俭开支；"
        "公务用车运行维护费2.8，比2025年减少0.3万元；公务用车购置费0万元。"
    )
    assert figures == {
        "three_public_total": "174000.00",
        "three_public_reception": "146000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "-3000.00",
        "three_public_vehicle_purchase": "0.00",
    }
    assert any("2.8" in message and "without a unit" in message for message in unparsed), unparsed


@pytest.mark.parametrize(
    ("paragraph", "change", "unread"),
    [
        ("公务接待费14.6万元；公务用车运行维护费2万余元，比2025年减少0.3万元。", "-3000.00", "2万余元"),  # approximate
        ("公务接待费14.6万元；公务用车运行维护费，比上年减少0.3万元。", "-3000.00", ""),  # a label alone
        ("公务接待费14.6万元；车辆运维，比上年减少0.3万元。", "-3000.00", ""),  # a short label
        ("公务接待费14.6万元，公务用车运行维护费为2.8，与上年持平。", "0.00", "2.8"),  # flat, no unit
    ],
)
def test_change_after_another_items_unread_amount_is_that_items(paragraph: str, change: str, unread: str):
    figures, unparsed = _read(paragraph)
    assert figures == {
        "three_public_reception": "146000.00",
        "three_public_vehicle_operation_change_vs_prior_year": change,
    }
    assert not unread or any(unread in message for message in unparsed), unparsed


def test_change_after_an_unread_amount_of_an_unnamed_item_is_nobodys():
    # the words before the number name no metric: the change is theirs, whose is not certain
    figures, unparsed = _read("公务接待费14.6万元；其他零星开支2.8，比2025年减少0.3万元。")
    assert figures == {"three_public_reception": "146000.00"}
    assert any("0.3万元" in message for message in unparsed), unparsed


def test_change_opening_the_next_sentence_after_an_unread_amount_is_nobodys():
    # the paragraph's first figure (the reception) is not the subject of a change stated after an
    # item whose amount was not read
    for change in ("比上年减少0.3万元。", "较2025年减少0.3万元。"):
        figures, unparsed = _read("公务接待费14.6万元，公务用车运行维护费2.8。" + change)
        assert figures == {"three_public_reception": "146000.00"}, change
        assert any("0.3万元" in message for message in unparsed), (change, unparsed)
    # (with nothing unread before it, the paragraph's subject keeps its change)
    figures, _ = _read("（三）公务接待费0.83万元。比上年减少0.3万元。")
    assert figures == {"three_public_reception": "8300.00", "three_public_reception_change_vs_prior_year": "-3000.00"}


def test_change_opening_the_next_sentence_after_two_items_is_nobodys():
    # two items read, then '比上年减少…' in a sentence of its own: whose change it is is not said
    figures, unparsed = _read("公务接待费14.6万元，公务用车运行维护费2.8万元。比上年减少0.3万元。")
    assert figures == {"three_public_reception": "146000.00", "three_public_vehicle_operation": "28000.00"}
    assert any("0.3万元" in message for message in unparsed), unparsed
    # (after a whole and its parts it stays the whole's)
    figures, _ = _read(
        "2026年“三公”经费预算为3328万元。其中，公务接待费478万元，公务用车购置及运行费2850万元。"
        "同口径比2025年减少830万元。"
    )
    assert figures["three_public_change_vs_prior_year"] == "-8300000.00"


def test_unread_amount_in_parenthesis_after_a_label_names_that_item():
    figures, unparsed = _read("公务接待费14.6万元；公务用车运行维护费（2.8），比2025年减少0.3万元。")
    assert figures == {
        "three_public_reception": "146000.00",
        "three_public_vehicle_operation_change_vs_prior_year": "-3000.00",
    }
    assert any("2.8" in message for message in unparsed), unparsed


def test_a_table_reference_between_a_figure_and_its_change_is_no_amount():
    figures, unparsed = _read("公务接待费14.6万元（详见表11），比上年减少0.3万元。")
    assert figures == {
        "three_public_reception": "146000.00",
        "three_public_reception_change_vs_prior_year": "-3000.00",
    }
    assert unparsed == []


def test_a_share_between_a_figure_and_its_change_keeps_the_change_the_figures():
    # '占…%' names no other item: the change after it stays the figure's
    figures, _ = _read("公务接待费14.6万元，占“三公”经费的83.9%，比上年减少0.1万元。")
    assert figures == {
        "three_public_reception": "146000.00",
        "three_public_reception_change_vs_prior_year": "-1000.00",
    }


def test_bundled_document_with_unread_vehicle_amounts_credits_no_change_to_the_reception():
    for printed in ("公务用车运行维护费2.8", "公务用车运行维护费2万余元", "公务用车运行维护费约2.8万元"):
        figures, problems = _bundled(VEHICLE_PART, printed + "，比2025年减少0.3万元")
        assert figures["three_public_reception_change_vs_prior_year"] == "-1000.00", printed
        assert "three_public_vehicle_operation" not in figures, printed
        assert not [p for p in problems if p["code"] == "narrative_conflict"], (printed, problems)
        assert any(p["code"] == "narrative_unparsed_figure" for p in problems), printed


# --- kind: amounts in 千元 (and the other multiples of 元 the tables read) are read exactly


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "公务接待费14.6万元；公务用车运行维护费28千元，比2025年减少0.3万元。",
            {
                "three_public_reception": "146000.00",
                "three_public_vehicle_operation": "28000.00",
                "three_public_vehicle_operation_change_vs_prior_year": "-3000.00",
            },
        ),
        (  # spaces before the unit, decimals, a change in 千元
            "2026年“三公”经费预算174 千元，比上年减少1.5千元。其中：公务接待费146.25 千元。",
            {
                "three_public_total": "174000.00",
                "three_public_change_vs_prior_year": "-1500.00",
                "three_public_reception": "146250.00",
            },
        ),
    ],
)
def test_thousand_yuan_amounts_are_read_exactly(paragraph: str, expected: dict[str, str]):
    figures, unparsed = _read(paragraph)
    assert figures == expected
    assert unparsed == []


def test_million_yuan_amounts_are_read_exactly():
    figures, _ = _read("2026年收入预算1.25百万元，支出预算1.25百万元。", heading="一、收支预算总体情况")
    assert figures["income_total"] == "1250000.00"
    assert figures["expenditure_total"] == "1250000.00"


def test_approximate_thousand_yuan_amount_is_not_read():
    figures, unparsed = _read("公务接待费14.6万元；公务用车运行维护费28余千元，比2025年减少0.3万元。")
    assert "three_public_vehicle_operation" not in figures
    assert figures.get("three_public_reception_change_vs_prior_year") is None
    assert any("28余千元" in message for message in unparsed), unparsed


def test_amount_in_a_unit_not_read_is_reported_never_silent():
    figures, unparsed = _read("公务接待费14.6万元；出国（境）费用2800美元，比2025年减少300美元。")
    assert figures == {"three_public_reception": "146000.00"}
    assert any("2800美元" in message and "unit" in message for message in unparsed), unparsed
    assert any("300美元" in message for message in unparsed), unparsed


def test_bundled_document_with_a_thousand_yuan_amount_reads_it():
    figures, problems = _bundled(VEHICLE_PART, "公务用车运行维护费28千元，比2025年减少0.3万元")
    assert figures["three_public_vehicle_operation"] == "28000.00"
    assert figures["three_public_vehicle_operation_change_vs_prior_year"] == "-3000.00"
    assert figures["three_public_reception_change_vs_prior_year"] == "-1000.00"
    assert not [p for p in problems if p["code"] == "narrative_conflict"], problems


# --- kind: an amount a figure excludes (不含 / 不包括 / 除…外) is no figure


def test_excluded_amount_in_parenthesis_is_no_figure():
    for words in ("不含", "未含", "不包括", "不包含"):
        figures, unparsed = _read(
            f"其中：基本支出539.61万元（{words}离退休人员经费20万元），比2025年增加42.25万元。",
            heading="三、支出预算情况说明",
        )
        assert figures == {
            "basic_expenditure": "5396100.00",
            "basic_expenditure_change_vs_prior_year": "422500.00",
        }, words
        assert any("20万元" in message and words in message for message in unparsed), (words, unparsed)


def test_excluded_amount_after_a_list_of_excluded_items_is_no_figure():
    figures, unparsed = _read(
        "其中：基本支出539.61万元（不包括离退休人员经费、住房公积金20万元）。", heading="三、支出预算情况说明"
    )
    assert figures == {"basic_expenditure": "5396100.00"}
    assert any("20万元" in message for message in unparsed), unparsed


def test_excluded_carryover_is_no_income_part():
    for printed in ("（不含上年结转12万元）", "（除上年结转12万元外）", "，不含上年结转12万元"):
        figures, unparsed = _read(
            f"（一）收入预算：2026年年初预算717.61万元{printed}，均为一般公共预算拨款。", heading="一、收入预算情况说明"
        )
        assert "income_carryover" not in figures, printed
        assert figures["income_total"] == "7176100.00", printed
        assert any("12万元" in message for message in unparsed), (printed, unparsed)


def test_a_label_opening_with_chu_but_no_wai_is_no_exclusion():
    # '除险加固' (making safe) is no '除…外'; '除…以外' is
    _, unparsed = _read("项目支出200万元，除险加固支出100万元。", heading="三、支出预算情况说明")
    assert not any("excludes" in message for message in unparsed), unparsed
    _, unparsed = _read("支出预算717.61万元（除上年结转12万元以外）。", heading="三、支出预算情况说明")
    assert any("12万元" in message and "excludes" in message for message in unparsed), unparsed


def test_included_carryover_is_a_part_of_the_total():
    figures, _ = _read(
        "（一）收入预算：2026年年初预算717.61万元（含上年结转12万元），均为一般公共预算拨款。",
        heading="一、收入预算情况说明",
    )
    assert figures["income_total"] == "7176100.00"
    assert figures["income_carryover"] == "120000.00"


@pytest.mark.parametrize("opening", ["（含", "（含：", "（其中"])
def test_included_parts_in_parenthesis_are_parts_and_the_change_after_stays_the_wholes(opening: str):
    figures, unparsed = _read(
        f"2026年“三公”经费预算17.4万元{opening}公务接待费14.6万元、公务用车运行维护费2.8万元），比上年减少0.1万元。"
    )
    assert figures == {
        "three_public_total": "174000.00",
        "three_public_reception": "146000.00",
        "three_public_vehicle_operation": "28000.00",
        "three_public_change_vs_prior_year": "-1000.00",
    }
    assert unparsed == []


def test_one_kind_of_staffs_personnel_funds_is_not_the_personnel_expenditure():
    for printed in ("（含离退休人员经费20万元）", "，其中在职人员经费20万元"):
        figures, _ = _read(f"其中：基本支出539.61万元{printed}。", heading="三、支出预算情况说明")
        assert figures == {"basic_expenditure": "5396100.00"}, printed


def test_bundled_document_with_excluded_amounts_keeps_no_figure_for_them():
    figures, problems = _bundled("其中：基本支出539.61万元，", "其中：基本支出539.61万元（不含离退休人员经费20万元），")
    assert "personnel_expenditure" not in figures
    assert figures["basic_expenditure"] == "5396100.00"
    figures, problems = _bundled("2026年年初预算717.61万元", "2026年年初预算717.61万元（不含上年结转12万元）")
    assert "income_carryover" not in figures
    # (no carry-over read: the checks' income parts hold no 12万元 the total would not hold)
    assert any(p["code"] == "narrative_unparsed_figure" and "12万元" in p["message"] for p in problems)
