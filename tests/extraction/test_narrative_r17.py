"""Budgets of northern provinces as their governments publish them (issue 20, kinds 3 and 5; held-out
set 71, first contact: 81.0 % found, 0 wrong; their lists of projects were the largest miss).

1. A project of a list of no numbers that says its use or funding after its amount, before the '；'
   ('群众文化活动经费41.00万元，用于广场文化活动；…', '…经费750.00万元，由事业收入安排。'): the list is read
   (it was no list before, every item unparsed).
2. A list of no numbers after the project spending whose items' names end in no project's word
   ('社会保险经办服务能力建设836.50万元；技工院校实训设备购置600.00万元') is read when it closes with the
   rest named projects ('…；其他为人事考试组织、劳动保障监察执法等项目。'). Without that close it stays
   unread (an item's name may be an economic item's: '办公设备购置').
3. A name ending in 工程 ('门诊综合楼院区改造工程') is a project's; a name with a longer aside in brackets
   ('中职学生资助（国家助学金及免学费补助）') names one project.
"""

from __future__ import annotations

import pytest

from tests.narrative_figures import figures_in_order, parse_document


def _projects(*paragraphs: str) -> list[tuple[str, str]]:
    result = parse_document(*paragraphs, unit="某县某局", year="2026")
    return [(name, value) for metric, name, value in figures_in_order(result) if metric == "key_project_budget"]


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (
            "2026年项目支出77.21万元，具体为：群众文化活动经费41.00万元，用于广场文化活动和送戏下乡；"
            "文化旅游宣传推介经费26.21万元；非物质文化遗产保护传承经费10.00万元，由其他收入安排。",
            [
                ("群众文化活动经费", "410000.00"),
                ("文化旅游宣传推介经费", "262100.00"),
                ("非物质文化遗产保护传承经费", "100000.00"),
            ],
        ),
        (
            "2026年项目支出4217.68万元，比2025年减少577.62万元。主要项目包括：垃圾分类保洁服务1180.56万元，"
            "用于辖区道路清扫保洁和垃圾清运；背街小巷整治提升865.20万元；社区党组织服务群众经费412.00万元。",
            [
                ("垃圾分类保洁服务", "11805600.00"),
                ("背街小巷整治提升", "8652000.00"),
                ("社区党组织服务群众经费", "4120000.00"),
            ],
        ),
    ],
    ids=["use-and-funding", "use-after-a-change"],
)
def test_a_listed_project_may_say_its_use_or_funding_after_its_amount(paragraph: str, read: list) -> None:
    assert _projects(paragraph) == read


def test_a_list_closing_with_the_rest_named_projects_is_of_projects() -> None:
    assert _projects(
        "2026年项目支出5988.30万元，主要包括：就业补助市级配套资金1200.00万元；社会保险经办服务能力建设836.50万元；"
        "技工院校实训设备购置600.00万元；其他为人事考试组织、劳动保障监察执法、人才引进服务等项目。"
    ) == [
        ("就业补助市级配套资金", "12000000.00"),
        ("社会保险经办服务能力建设", "8365000.00"),
        ("技工院校实训设备购置", "6000000.00"),
    ]


def test_a_list_of_names_of_no_project_word_without_that_close_is_not_read() -> None:
    assert (
        _projects("2026年项目支出5988.30万元，主要包括：办公设备购置1200.00万元；差旅836.50万元；其他为日常支出。")
        == []
    )


def test_a_construction_works_is_a_project() -> None:
    assert _projects(
        "2026年项目支出9378.13万元，主要为：医疗设备购置项目3586.00万元，由事业收入安排，主要用于购置CT等设备；"
        "门诊综合楼院区改造工程650.00万元；其余为学科建设、信息化运维等项目。"
    ) == [("医疗设备购置项目", "35860000.00"), ("门诊综合楼院区改造工程", "6500000.00")]


def test_a_name_with_a_long_aside_in_brackets_is_a_project() -> None:
    assert _projects(
        "2026年项目支出527.85万元，具体为：1.中职学生资助（国家助学金及免学费补助）287.85万元；2.社会培训项目240.00万元。"
    ) == [("中职学生资助（国家助学金及免学费补助）", "2878500.00"), ("社会培训项目", "2400000.00")]
