"""Kinds of figure missed at first contact with the held-out sets heldout11..14 (issue 20): a part's
change of 0 in more wordings, an economic 类 named with its other name in brackets, no vehicle to
buy in words, a number printed without its unit in a list of money.

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative
from tests.extraction.test_narrative_seventh_set_kinds import _figures


def _problems(paragraphs: list[str], year: str = "2026") -> list[str]:
    """The messages of the narrative_unparsed_figure problems of a 2026 budget's ``paragraphs``."""
    lines = ["某县某局", f"{year}年部门预算", "一、部门预算情况说明", "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, unit_name="某县某局", final_accounts=False)
    return [p.message for p in result.problems if p.code == "narrative_unparsed_figure"]


# --- kind 1: a part's change stated as 增加 / 减少 / 增减 0万元 is that part's change 0.00
@pytest.mark.parametrize(
    "sentence",
    [
        "公务接待费预算3万元，比上年增加0万元。",
        "公务接待费预算3万元，较上年减少0万元。",
        "公务接待费预算3万元，较上年增减0万元。",
        "公务接待费预算3万元，较上年增加(减少)0万元。",
        "公务接待费预算3万元，与上年相比增加0.00万元。",
    ],
)
def test_a_parts_change_of_zero_after_its_base_is_read(sentence):
    read = _figures([sentence])
    assert read == {"three_public_reception": "30000.00", "three_public_reception_change_vs_prior_year": "0.00"}


@pytest.mark.parametrize(
    ("tail", "change"),
    [
        ("公务接待费减少0万元，主要是压缩接待开支。", "0.00"),
        ("公务接待费增加0万元。", "0.00"),
        ("公务接待费增减0万元。", "0.00"),
        ("公务接待费减少1.5万元，主要是压缩接待开支。", "-15000.00"),
    ],
)
def test_a_sentence_opening_with_another_parts_change_goes_on_with_the_parts_before(tail, change):
    read = _figures(
        [
            "2026年“三公”经费预算12万元。与2025年预算相比增长10%，其中因公出国(境)费增加0万元，"
            "公务用车运行维护费增加2万元，原因是车辆老化维修增加。" + tail
        ]
    )
    assert read["three_public_overseas_change_vs_prior_year"] == "0.00"
    assert read["three_public_vehicle_operation_change_vs_prior_year"] == "20000.00"
    assert read["three_public_reception_change_vs_prior_year"] == change


def test_in_a_final_account_the_parts_change_of_zero_goes_on_too():
    read = _figures(
        ["2025年“三公”经费支出8万元，比上年减少1万元，其中因公出国（境）费减少1万元。公务接待费减少0万元。"],
        final_accounts=True,
        year="2025",
    )
    assert read["three_public_overseas_change_vs_prior_year"] == "-10000.00"
    assert read["three_public_reception_change_vs_prior_year"] == "0.00"


@pytest.mark.parametrize(
    "tail",
    [
        "基本支出减少0万元。",  # another whole's
        "公务接待费比年初预算减少0万元。",  # another base
        "公务接待费预算2万元。",  # a level, no change
    ],
)
def test_a_sentence_after_the_parts_changes_of_another_whole_or_base_is_no_part_change(tail):
    read = _figures(["2026年“三公”经费预算12万元。与2025年预算相比增长10%，其中因公出国(境)费增加0万元。" + tail])
    assert "three_public_reception_change_vs_prior_year" not in read
    assert "basic_expenditure_change_vs_prior_year" not in read


def test_a_parts_change_in_a_sentence_after_a_change_against_the_budget_is_not_read():
    read = _figures(
        ["2025年“三公”经费支出8万元，比年初预算减少1万元，其中因公出国（境）费减少1万元。公务接待费减少0万元。"],
        final_accounts=True,
        year="2025",
    )
    assert not any(key.endswith("_change_vs_prior_year") for key in read), read


@pytest.mark.parametrize(
    "sentence", ["公务接待费增减0万元。", "公务接待费增减2万元。", "公务接待费预算3万元，较上年增减2万元。"]
)
def test_a_change_of_no_direction_is_never_the_level_nor_a_signed_change(sentence):
    read = _figures([sentence])
    assert read.get("three_public_reception", "30000.00") == "30000.00"
    assert "three_public_reception_change_vs_prior_year" not in read


# --- kind 2: an economic 类 with the field's other name in brackets is that part of the basic spending
@pytest.mark.parametrize(
    "sentence",
    [
        "2026年基本支出100万元，其中工资福利支出(人员支出)80万元，商品和服务支出(公用支出)20万元。",
        "2026年基本支出100万元，其中：工资福利支出（人员经费）80万元；商品和服务支出（公用经费）20万元。",
        "2026年基本支出100万元，其中对个人和家庭补助支出（人员支出）80万元，商品和服务支出（公用支出）20万元。",
        "2026年基本支出100万元，其中人员经费80万元，公用经费20万元。",  # (the same rule, no brackets)
    ],
)
def test_an_economic_class_named_with_its_other_name_is_that_part(sentence):
    read = _figures([sentence])
    assert read == {
        "basic_expenditure": "1000000.00",
        "personnel_expenditure": "800000.00",
        "public_use_expenditure": "200000.00",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年基本支出100万元，其中工资福利支出(人员支出)70万元，商品和服务支出(公用支出)20万元，"
        "对个人和家庭的补助(人员支出)10万元。",
        "2026年基本支出100万元，其中对个人和家庭补助支出（人员支出）10万元，商品和服务支出（公用支出）20万元，"
        "工资福利支出（人员支出）70万元。",
    ],
)
def test_two_classes_named_with_the_same_other_name_are_each_a_part_not_the_whole(sentence):
    read = _figures([sentence])
    assert read == {"basic_expenditure": "1000000.00", "public_use_expenditure": "200000.00"}
    assert any("人员支出" in message and "personnel_expenditure" in message for message in _problems([sentence]))


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年基本支出100万元，其中办公费（公用支出）20万元。",  # no economic 类 before the brackets
        "2026年基本支出100万元，其中工资福利支出（含人员支出）80万元。",  # what it holds
        "2026年基本支出100万元，其中工资福利支出（基本支出）80万元。",  # the whole's name
        "2026年项目支出100万元，其中资本性支出（项目支出）60万元。",  # no part of the basic spending
    ],
)
def test_brackets_of_no_basic_spending_part_name_nothing(sentence):
    read = _figures([sentence])
    assert not {"personnel_expenditure", "public_use_expenditure"} & set(read), read
    assert read.get("basic_expenditure", "1000000.00") == "1000000.00"
    assert read.get("project_expenditure", "1000000.00") == "1000000.00"


# --- kind 3: no vehicle to buy, in words
@pytest.mark.parametrize(
    "sentence",
    [
        "本年度未安排购置车辆。",
        "2026年部门预算未安排购置车辆及单位价值100万元以上大型设备。",
        "本年度未安排购置车辆及大型设备。",
        "2026年不购置公务用车。",
        "2026年无车辆购置计划。",
        "2026年部门预算不购置车辆。",
    ],
)
def test_no_vehicle_to_buy_in_words_is_zero_vehicles(sentence):
    assert _figures([sentence]) == {"vehicles_to_purchase": "0"}


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("2026年未安排公务用车购置费。", {"three_public_vehicle_purchase": "0.00"}),
        ("本年度不安排公务用车购置费预算。", {"three_public_vehicle_purchase": "0.00"}),
    ],
)
def test_no_purchase_money_named_is_the_three_public_item(sentence, read):
    assert _figures([sentence]) == read


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年未安排购置车辆。",  # another year
        "上年未安排购置车辆。",
        "2025年部门预算未安排购置车辆及单位价值100万元以上大型设备。",
        "本年度未安排购置单位价值100万元以上大型设备。",  # equipment alone
        "本年度未安排购置专用设备。",
    ],
)
def test_no_purchase_of_another_year_or_of_equipment_alone_is_not_read(sentence):
    read = _figures([sentence])
    assert not any(key.startswith(("vehicles", "three_public")) for key in read), read


# --- kind 4: a number without its unit among amounts in 万元: not read, always reported
@pytest.mark.parametrize(
    "sentence",
    [
        "2026年一般公共预算支出100万元，其中：一般公共服务支出60.5万元，社会保障和就业支出39.5，住房保障支出0万元。",
        "2026年一般公共预算支出100万元，其中：一般公共服务支出60.5万元、社会保障和就业支出39.5、住房保障支出0万元。",
        "社会保障和就业支出39.5，一般公共服务支出60.5万元。",  # first of its sentence
        "2026年一般公共预算支出100万元，其中：一般公共服务支出60.5万元，社会保障和就业支出39.5（含养老支出10万元）。",
        "2026年一般公共预算支出100万元，其中：一般公共服务支出60.5万元，社会保障和就业支出(类)39.5，住房保障支出0万元。",
        "2026年一般公共预算支出100万元，其中：一般公共服务支出60.5万元，社会保障和就业支出为39.5。",
    ],
)
def test_a_number_without_its_unit_is_not_read_and_is_reported(sentence):
    read = _figures([sentence])
    assert "expenditure_category:208" not in read
    assert "39500.00" not in read.values() and "395000.00" not in read.values()
    problems = _problems([sentence])
    assert any("39.5 in" in message and "without a unit" in message for message in problems), problems


def test_numbers_that_are_no_money_without_a_unit_are_not_reported_so():
    problems = _problems(["2026年支出预算100万元，编制人数10，项目3个，详见表2。"])
    assert not any("without a unit" in message for message in problems), problems
