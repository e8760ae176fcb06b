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
