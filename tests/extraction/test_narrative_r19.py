"""Issue 20, kinds 6 and 10 (held-out sets 72 and 73, first contact): wording met on disclosures
from Sichuan, Hunan, Shaanxi, Guangxi, Guizhou, Henan, Jiangxi and the north (made-up units, the
sentences as the sets print them). Each item names its kind."""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages


def _final(*paragraphs: str, year: str = "2023") -> dict[str, str]:
    return accepted_figures(parse_document(*paragraphs, unit="某市某馆", year=year, final=True))


# 1. the people a unit serves (its work, in a 部门概况: 接待查档利用, 接待群众来访) are never the 三公
#    reception's people: before, '接待查档利用4860人次' was read as three_public_reception_people
#    and, beside the 三公 sentence's 78人次, both were dropped as a conflict
@pytest.mark.parametrize(
    "service",
    ["接待查档利用4860人次", "接待群众来访1200人次", "全年接待读者1260人次", "接待患者就诊3200人次"],
)
def test_1_the_people_a_unit_serves_are_no_reception_of_three_public(service: str) -> None:
    result = parse_document(
        "一、单位基本情况",
        f"2023年接收进馆档案1.2万卷，{service}。",
        "二、“三公”经费支出决算情况说明",
        "公务接待费支出决算为4.00万元，国内公务接待12批次、接待人数78人。",
        unit="某市某馆",
        year="2023",
        final=True,
    )
    figures = accepted_figures(result)
    assert figures["three_public_reception_people"] == "78"
    assert figures["three_public_reception_batches"] == "12"
    assert not any("三公" in message or "conflict" in message for message in unparsed_messages(result))
