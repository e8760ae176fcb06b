"""The money of a performance-management paragraph (绩效管理情况): which figure is which.

Found on a whole 决算 document at first contact (issue 20, kinds 9 and 10): a paragraph states
the money of the projects given performance targets (编报绩效目标), of the projects tracked
(绩效跟踪评价) and of the projects self-evaluated (绩效自评). When the three differ, reading the
self-evaluation's money as the performance-target money again makes a false conflict: neither
value is kept and a run whose figures add up fails. Constructed sentences (none a document's text).
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _read(paragraph: str) -> tuple[dict[str, str], list[str]]:
    """(metric -> value, problem codes) of a 2025 决算's performance paragraph."""
    lines = ["某区某局", "2025年度部门决算", "一、预算绩效管理工作开展情况", "", paragraph]
    result = parse_narrative(lines, None, fiscal_year="2025", unit_name="某区某局", final_accounts=True)
    read: dict[str, str] = {}
    for row in result.rows.get("raw_narrative_figures", []):
        if row["is_rejected"] == "false":
            assert read.setdefault(row["metric"], row["value"]) == row["value"], row["metric"]
    return read, [p.code for p in result.problems]


@pytest.mark.parametrize(
    "paragraph",
    [
        "全过程绩效管理实施情况：编报绩效目标的2025年度项目20个，涉及预算金额1,200.50万元；"
        "绩效跟踪评价的2025年度项目20个，涉及预算金额900.25万元；绩效自评的2025年度项目20个，"
        "涉及预算金额900.25万元，平均得分98.5分。",
        "本单位编报绩效目标的项目共12个，涉及预算金额300万元；绩效自评的项目10个，涉及预算金额250万元。",
    ],
)
def test_self_evaluated_money_after_the_targets_money_is_not_the_targets_money_again(paragraph):
    read, problems = _read(paragraph)
    assert read.get("performance_target_amount") in {"12005000.00", "3000000.00"}, read
    assert "narrative_conflict" not in problems


def test_a_paragraph_of_the_self_evaluation_alone_keeps_its_money():
    read, _ = _read("组织对8个项目开展绩效自评，共涉及资金640.00万元。")
    assert read.get("performance_target_amount") == "6400000.00", read


def test_targets_and_self_evaluation_of_the_same_money_still_read_once():
    read, problems = _read(
        "编报绩效目标的2025年度项目4个，涉及预算金额598.42万元；绩效自评的2025年度项目4个，涉及预算金额598.42万元。"
    )
    assert read.get("performance_target_amount") == "5984200.00", read
    assert "narrative_conflict" not in problems


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("本部门共4个项目实行绩效目标管理，涉及项目支出2,318.40万元。", "23184000.00"),
        ("编报绩效目标的项目7个，涉及项目支出金额96.25万元。", "962500.00"),
        ("实行绩效目标管理的项目2个，涉及支出58万元。", "580000.00"),
    ],
)
def test_the_project_spending_under_performance_targets_is_the_targets_money(paragraph, value):
    # '涉及项目支出X' in a performance paragraph: the money of the projects under targets (rule 260),
    # never the unit's project spending
    read, _ = _read(paragraph)
    assert read.get("performance_target_amount") == value, read
    assert "project_expenditure" not in read, read
