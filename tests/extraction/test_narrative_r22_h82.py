"""Issue 20, kind 5 (held-out set 82, first contact: Jiangxi, Tianjin, Shanghai, Fujian, Hainan,
Guizhou, Anhui, Shandong): the groups the overseas money is used to send, counted in its use
('主要用于安排…等因公出国（境）团组3个、6人次')."""

from __future__ import annotations

from narrative_figures import parse_document


def _kept(result) -> list[tuple[str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["metric"], r["value"]) for r in rows]


def test_the_groups_the_overseas_money_is_used_to_send() -> None:
    result = parse_document(
        "因公出国（境）费18.00万元，与2024年预算持平，主要用于安排水利科技合作交流和水文水资源监测技术培训等因公出国（境）团组3个、6人次。",
        unit="某省水利厅",
        year="2025",
    )
    assert _kept(result) == [
        ("three_public_overseas", "180000.00"),
        ("three_public_overseas_change_vs_prior_year", "0.00"),
        ("three_public_overseas_groups", "3"),
        ("three_public_overseas_people", "6"),
    ]


def test_groups_in_a_reason_are_no_count_of_the_year() -> None:
    result = parse_document(
        "因公出国（境）费18.00万元，比上年减少2.00万元，主要原因是减少因公出国（境）团组2个。",
        unit="某省水利厅",
        year="2025",
    )
    assert [k for k in _kept(result) if k[0] == "three_public_overseas_groups"] == []
