"""Issue 20, kind 9 (honest reconciliation; held-out set 86): a share printed after '其中' is of the
total its sentence opens with, never of the change printed after that total. Two documents whose
figures add up failed a run: '本年收入合计14207.14万元，比2023年增加2580.84万元，…，其中：…13607.14万元，占比
95.78%' was checked against 2580.84万元."""

from __future__ import annotations

from extract.narrative import parse_narrative


def _shares(text: str) -> list[tuple[str, str, str]]:
    rows = parse_narrative(text.split("\n"), fiscal_year="2024", final_accounts=True).rows.get(
        "raw_narrative_claims", []
    )
    return [(r["claim_text"], r["subject_yuan"], r["reference_yuan"]) for r in rows if r["claim_kind"] == "share"]


def test_a_share_after_qizhong_is_of_the_total_not_of_its_change():
    assert _shares(
        "某县农业农村局\n2024年度部门决算\n二、收入决算情况说明\n"
        "本年收入合计14207.14万元，比2023年增加2580.84万元，增幅22.20%，全部为财政拨款收入，其中：一般公共预算财政拨款收入"
        "13607.14万元，占比95.78%；政府性基金预算财政拨款收入600.00万元，占比4.22%。"
    ) == [
        ("占95.78%", "136071400.00", "142071400.00"),
        ("占4.22%", "6000000.00", "142071400.00"),
    ]


def test_a_share_whose_sentence_states_only_a_change_before_qizhong_has_no_whole():
    assert (
        _shares(
            "某县农业农村局\n2024年度部门决算\n二、收入决算情况说明\n"
            "本年收入比2023年增加2580.84万元，其中：一般公共预算财政拨款收入增加2000.00万元，占77.49%。"
        )
        == []
    )
