"""The rules of seeds/reference/metric_wording.csv decide the metric of a narrative label.

tests/fixtures/narrative/metric_wording_cases.csv holds what the hard-coded classification
(the if-chain the table replaced) answered for every (label, topic or unit kind, state) it met
while extracting tests/fixtures/**, data/raw, a 1,000-document bench corpus (bench/corpus.py,
seed 1) and the narrative tests (source 'extracted'), plus edge labels for every rule and
branch (source 'edge'). The table-driven evaluator must give the same metric, code and state.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from extract.narrative.wording import RULES, WordingError, classify_count, classify_money, load_rules
from extract.reference import metric_wording, metrics

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "narrative" / "metric_wording_cases.csv"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _state(state: dict[str, str]) -> str:
    return json.dumps(dict(sorted(state.items())), ensure_ascii=False, separators=(",", ":"))


def test_every_collected_case_gets_the_answer_of_the_if_chain():
    cases = _cases()
    assert len(cases) >= 700
    wrong = []
    for case in cases:
        state = json.loads(case["state"])
        if case["kind"] == "money":
            got = classify_money(case["label"], case["context"], state)
        else:
            got = (classify_count(case["label"], case["context"], state), "")
        if got != (case["metric"], case["function_code"]) or _state(state) != case["state_after"]:
            wrong.append((case["label"], case["context"], case["state"], got, _state(state)))
    assert wrong == []


def test_the_cases_reach_every_metric_a_rule_gives():
    # each metric a rule can give is the answer of at least one case
    decided = set()
    for case in _cases():
        unit_kind = "money" if case["kind"] == "money" else case["context"]
        if unit_kind in RULES and case["metric"]:
            decided.add((unit_kind, case["metric"]))
    named = {(kind, rule.metric) for kind, rules in RULES.items() for rule in rules if rule.metric}
    assert named - decided == set()


def test_real_labels():
    assert classify_money("2026年“三公”经费预算", "", {}) == ("three_public_total", "")
    assert classify_money("公共安全支出（204类）司法（06款）行政运行（01项）", "", {}) == (
        "expenditure_function",
        "2040601",
    )
    assert classify_money("其中一般公共服务支出", "expenditure", {}) == ("expenditure_category", "201")
    assert classify_money("货物", "procurement", {"procurement_subset": "1"}) == ("procurement_gpb_goods", "")
    assert classify_money("年初预算数", "income", {}) == ("income_total", "")
    assert classify_money("政府性基金", "expenditure", {}) == ("expenditure_government_fund", "")
    assert classify_money("政府性基金收入", "expenditure", {}) == ("income_government_fund", "")
    state: dict[str, str] = {}
    assert classify_count("拟购置车辆", "vehicles", state) == "vehicles_to_purchase"
    assert classify_count("一般公务用车", "vehicles", state) == "vehicles_to_purchase_general_purpose"
    state = {}
    assert classify_count("行政编制", "people", state) == "staff_authorized_admin"
    assert classify_count("实有人数", "people", state) == "staff_actual_admin"


def test_every_metric_a_rule_names_is_in_metrics_csv_and_orders_are_unique():
    known = set(metrics())
    for kind, rules in RULES.items():
        orders = [rule.order for rule in rules]
        assert orders == sorted(set(orders)), kind
        assert {rule.metric for rule in rules} - known <= {""}


def _row(**values: str) -> dict[str, str]:
    row = {"rule_order": "10", "unit_kind": "money", "metric": "three_public_total", "kind": "wording"}
    row |= {"wording": "三公", "sets": "", "note": ""}
    return row | values


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"metric": "no_such_metric"}, "metric 'no_such_metric' is not in metrics.csv"),
        ({"wording": "三公 & "}, "empty term or alternative"),
        ({"wording": "三公|"}, "empty term or alternative"),
        ({"wording": "topic_of:income"}, "unknown form 'topic_of'"),
        ({"kind": "regex"}, "kind must be one of"),
        ({"unit_kind": "yuan"}, "unit_kind must be one of"),
        ({"rule_order": "ten"}, "rule_order is not an integer"),
        ({"kind": "level_mark"}, "a level_mark rule takes no wording"),
        ({"wording": ""}, "a wording rule needs wording"),
        ({"sets": "staff_kind"}, "sets must be 'key=value'"),
    ],
)
def test_a_rule_that_cannot_be_read_is_named(values, message):
    with pytest.raises(WordingError, match=r"metric_wording\.csv rule ") as caught:
        load_rules([_row(**values)], set(metrics()))
    assert message in str(caught.value)


def test_a_rule_order_used_twice_is_refused():
    with pytest.raises(WordingError, match="rule_order is used twice for unit_kind money"):
        load_rules([_row(), _row(metric="operating_cost", wording="运行经费")], set(metrics()))


def test_the_table_is_read_in_its_file_order_by_rule_order():
    rows = metric_wording()
    for kind in RULES:
        orders = [int(row["rule_order"]) for row in rows if row["unit_kind"] == kind]
        assert orders == sorted(orders), f"{kind}: keep metric_wording.csv in rule_order"
