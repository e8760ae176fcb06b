"""Counts in the narrative (vehicles, people, the 三公 groups, batches and people) written in Chinese
numerals, counted before the noun they count, continued after a groups or batches count, and the
vehicle stock named with a year's end or a book count: constructed sentences, several wordings of
each kind, with every figure each must yield and nothing more, and what must not be read.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from extract.result import ParseResult


def _parse(text: str, final_accounts: bool, year: str) -> ParseResult:
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    lines = ["某县某局", title, "一、部门情况说明", text]
    return parse_narrative(lines, None, fiscal_year=year, final_accounts=final_accounts)


def _figures(text: str, final_accounts: bool = True, year: str = "2023") -> dict[str, str]:
    rows = [
        r
        for r in _parse(text, final_accounts, year).rows.get("raw_narrative_figures", [])
        if r["is_rejected"] == "false"
    ]
    out = {r["metric"] + (f"@{r['value_role']}" if r["value_role"] else ""): r["value"] for r in rows}
    assert len(out) == len(rows), rows  # no metric read twice
    return out


def _unparsed(text: str, final_accounts: bool = True, year: str = "2023") -> list[str]:
    result = _parse(text, final_accounts, year)
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


# --- 1. counts in Chinese numerals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年末实有车辆三辆。", {"vehicles_total": "3"}),
        ("单位现有公务用车两辆。", {"vehicles_total": "2"}),
        (
            "共有车辆十二辆，其中一般公务用车十辆、执法执勤用车两辆。",
            {"vehicles_total": "12", "vehicles_general_purpose": "10", "vehicles_law_enforcement": "2"},
        ),
        ("车辆总数十辆。", {"vehicles_total": "10"}),
        ("新购置公务用车一辆。", {"vehicles_to_purchase": "1"}),
    ],
)
def test_vehicle_counts_in_chinese_numerals(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("现有在职人员十二人。", {"staff_actual": "12"}),
        ("年末实有在编人员十二名。", {"staff_actual": "12"}),
        ("本单位实有人数二十人，退休人员五人。", {"staff_actual": "20", "staff_retired_regular": "5"}),
        ("行政编制十人、事业编制五人。", {"staff_authorized_admin": "10", "staff_authorized_institution": "5"}),
        ("退休人员三人。", {"staff_retired_regular": "3"}),
    ],
)
def test_people_counts_in_chinese_numerals(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安排因公出国团组两个。", {"three_public_overseas_groups": "2"}),
        (
            "因公出国（境）团组两个，共十二人次。",
            {"three_public_overseas_groups": "2", "three_public_overseas_people": "12"},
        ),
        (
            "组织三个因公出国（境）团组，共十二人次。",
            {"three_public_overseas_groups": "3", "three_public_overseas_people": "12"},
        ),
        (
            "全年因公出国（境）团组零个，零人次。",
            {"three_public_overseas_groups": "0", "three_public_overseas_people": "0"},
        ),
        ("共接待二十三批。", {"three_public_reception_batches": "23"}),
        (
            "全年接待二十三批，一百零五人次。",
            {"three_public_reception_batches": "23", "three_public_reception_people": "105"},
        ),
        (
            "国内公务接待批次为四次，接待人数三十人。",
            {"three_public_reception_batches": "4", "three_public_reception_people": "30"},
        ),
        ("国内公务接待一千零二十人次。", {"three_public_reception_people": "1020"}),
        (
            "公务接待费5万元，国内公务接待十五批次、一百二十人次。",
            {
                "three_public_reception@actual": "50000.00",
                "three_public_reception_batches": "15",
                "three_public_reception_people": "120",
            },
        ),
    ],
)
def test_three_public_counts_in_chinese_numerals(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "单位实行一人一岗制度。",
        "成立三人小组负责接待工作。",
        "在全市考核中排名前三名。",
        "第二批次接待安排在三月。",
        "每一人次的接待标准不超过规定。",
        "由三个单位组成的团组出访。",
        "全年培训数十人。",
        "因公出国（境）团组一次性安排完毕。",
    ],
)
def test_chinese_numerals_inside_words_are_no_count(text):
    assert _figures(text) == {}
    assert _unparsed(text) == []


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("现有在职人员十几人。", "十几人"),
        ("安排因公出国团组两三个。", "两三个"),
        ("国内公务接待二十几批。", "二十几批"),
        ("年末实有车辆三四辆。", "三四辆"),
    ],
)
def test_chinese_numerals_of_no_whole_number_are_reported_not_read(text, printed):
    assert _figures(text) == {}
    assert any(printed in message for message in _unparsed(text))


# --- 2. a count continued after a groups or batches count, and the count before its noun


@pytest.mark.parametrize(
    "text",
    [
        "组织3个因公出国(境)团组，共12人次。",
        "组织3个因公出国（境）团组，累计12人次。",
        "安排3个因公出国（境）团组，12人次。",
        "因公出国（境）团组3个，合计12人次。",
        "全年派出3个出访团组，共12人次。",
    ],
)
def test_people_after_the_groups_sent_abroad_are_theirs(text):
    assert _figures(text) == {"three_public_overseas_groups": "3", "three_public_overseas_people": "12"}


@pytest.mark.parametrize(
    "text",
    [
        "接待国内公务来访15批次，合计120人次。",
        "15批次国内公务接待，共120人次。",
        "国内公务接待15批次，共计120人次。",
    ],
)
def test_people_after_the_reception_batches_are_theirs(text):
    assert _figures(text) == {"three_public_reception_batches": "15", "three_public_reception_people": "120"}


def test_counts_before_their_noun():
    assert _figures("组织3个因公出国（境）团组。") == {"three_public_overseas_groups": "3"}
    assert _figures("15批次国内公务接待。") == {"three_public_reception_batches": "15"}
    assert _figures("公务接待费5万元，共15批次国内公务接待。") == {
        "three_public_reception@actual": "50000.00",
        "three_public_reception_batches": "15",
    }
    assert _figures("现有4辆公务用车。") == {"vehicles_total": "4"}


@pytest.mark.parametrize(
    "text",
    [
        "接待外宾来访3批次，合计20人次。",  # a foreign reception's counts
        "国内外来访接待3批次，合计20人次。",  # both kinds together: no part of the domestic reception
        "15批次外事接待，共120人次。",
    ],
)
def test_counts_of_a_foreign_reception_are_not_the_receptions(text):
    assert _figures(text) == {}
    assert _unparsed(text)  # reported, never dropped


def test_a_count_of_units_before_a_group_is_no_group_count():
    assert _figures("由3个单位组成的团组出访。") == {}
    assert _figures("全年完成3个项目，共12人次参与。") == {}


# --- 3. the vehicle stock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年末实有车辆3辆。", {"vehicles_total": "3"}),
        ("2023年末实有公务用车4辆。", {"vehicles_total": "4"}),
        ("年底共有公务用车4辆，其中一般公务用车3辆。", {"vehicles_total": "4", "vehicles_general_purpose": "3"}),
        ("所属车辆总数8辆。", {"vehicles_total": "8"}),
    ],
)
def test_vehicles_held_at_the_years_end_are_the_vehicles_held(text, expected):
    assert _figures(text) == expected


def test_the_book_count_of_vehicles_is_no_metric():
    text = "公务用车账面数5辆，实际保有量为4辆。"
    assert _figures(text) == {"vehicles_year_end": "4"}
    assert any("5辆" in message for message in _unparsed(text))


def test_leader_vehicles_are_the_principal_leaders_only_when_so_named():
    assert _figures("主要领导干部用车2辆。") == {"vehicles_principal_leader": "2"}
    assert _figures("共有公务用车5辆，其中主要领导干部用车1辆、一般公务用车4辆。") == {
        "vehicles_total": "5",
        "vehicles_principal_leader": "1",
        "vehicles_general_purpose": "4",
    }
    # every leader's vehicles (deputies included): neither the principal leaders' nor the 部级 ones
    assert _figures("领导用车3辆。") == {}
    assert any("3辆" in message for message in _unparsed("领导用车3辆。"))
    assert _figures("共有公务用车5辆，其中领导干部用车1辆、一般公务用车4辆。") == {
        "vehicles_total": "5",
        "vehicles_general_purpose": "4",
    }


def test_vehicles_at_another_years_end_are_not_the_documents():
    for text in ("2022年末实有车辆5辆。", "2022年末公务用车保有量5辆。"):
        assert _figures(text) == {}
        assert any("2022年" in message for message in _unparsed(text))
    # a budget counts what it is made for at the end of the year before it, never years earlier
    assert _figures("2024年末实有车辆5辆。", final_accounts=False, year="2025") == {"vehicles_total": "5"}
    assert _figures("2022年末实有车辆5辆。", final_accounts=False, year="2025") == {}


def test_staff_at_the_end_of_a_year_long_before_a_budget_are_not_the_budgets():
    assert _figures("2024年末在职人员30人。", final_accounts=False, year="2025") == {"staff_actual": "30"}
    assert _figures("2022年末在职人员30人。", final_accounts=False, year="2025") == {}
    assert any("2022年" in m for m in _unparsed("2022年末在职人员30人。", final_accounts=False, year="2025"))
