"""Issue 20, kind 5 (held-out set 77, left open in session 20): a whole 款 or 项 code printed in
brackets with its level's word ('城乡社区管理事务（21201款）', '公益性设施投资支出（2230202项）')
gives that code's figure (before: 'label not understood'); a code whose length is not its level's is
still not read."""

from __future__ import annotations

from narrative_figures import parse_document, unparsed_messages


def _coded(result) -> dict[str, str]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return {
        r["function_code"]: r["value"] for r in rows if r["metric"] in ("expenditure_category", "expenditure_function")
    }


def test_a_whole_code_with_its_level_word_in_brackets_gives_the_codes_figure() -> None:
    result = parse_document(
        "2024年度一般公共预算财政拨款支出主要用于以下几个方面：城乡社区支出（212类）4914.30万元，占51.55%。"
        "其中：城乡社区管理事务（21201款）2054.30万元，主要用于机关运行；城乡社区公共设施（21203款）2860.00万元，"
        "主要用于市政道路。",
        "全部为国有资本经营预算支出（223类）1586.40万元，其中：国有企业退休人员社会化管理补助支出（2230105项）"
        "86.40万元，用于补助；公益性设施投资支出（2230202项）1500.00万元，用于注资。",
        unit="某区住房和城乡建设委员会",
        year="2024",
        final=True,
    )
    assert _coded(result) == {
        "212": "49143000.00",
        "21201": "20543000.00",
        "21203": "28600000.00",
        "223": "15864000.00",
        "2230105": "864000.00",
        "2230202": "15000000.00",
    }
    assert unparsed_messages(result) == []


def test_a_code_whose_length_is_not_its_level_words_is_not_read() -> None:
    result = parse_document(
        "2024年度一般公共预算财政拨款支出主要用于：城乡社区管理事务（21201项）2054.30万元，主要用于机关运行。",
        unit="某区住房和城乡建设委员会",
        year="2024",
        final=True,
    )
    assert _coded(result) == {}
    assert any("2054.30万元" in message for message in unparsed_messages(result))
