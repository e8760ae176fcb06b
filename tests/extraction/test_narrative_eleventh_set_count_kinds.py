"""Count kinds (staff, vehicles, 三公 groups) missed or read WRONG at first contact with the held-out
sets heldout11-13 (issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_narrative_seventh_set_kinds import _figures

# --- WRONG kind 1: 退休职工 / 退休干部 named alone are the 退休 alone (staff_retired_regular), as 退休人员


@pytest.mark.parametrize(
    "sentence",
    [
        "单位在职人员30人，退休职工9人。",
        "本局在职干部30人，退休干部9人。",
        "在职教职工30人，退休教职工9人。",
        "现有在职教职工30人，退休教师9人。",  # (在职教师 alone: one profession, no staff: heldout17)
        "在职职工30人，实有退休职工9人。",
    ],
)
def test_retirees_named_without_veterans_are_the_regular_retirees(sentence):
    read = _figures([sentence])
    assert read == {"staff_actual": "30", "staff_retired_regular": "9"}


@pytest.mark.parametrize(
    "sentence",
    [
        "在职人员30人，离退休人员9人。",
        "在职人员30人，离、退休人员9人。",
        "在职人员30人，离休和退休干部9人。",
        "在职人员30人，离休退休职工9人。",
    ],
)
def test_a_label_naming_both_kinds_of_retiree_stays_every_retiree(sentence):
    read = _figures([sentence])
    assert read == {"staff_actual": "30", "staff_retired": "9"}


def test_every_retiree_with_its_veteran_part_after_a_joined_label():
    read = _figures(["离、退休人员9人，其中离休人员1人。"])
    assert read == {"staff_retired": "9", "staff_retired_veteran": "1"}


@pytest.mark.parametrize(
    "sentence",
    [
        "单位退休返聘人员3人。",  # retirees hired again: neither every retiree nor the contract staff
        "退休及退职人员9人。",
        "本年退休职工2人。",  # a flow of the year, never a count
    ],
)
def test_retirees_of_no_count_kind_are_not_read(sentence):
    read = _figures([sentence])
    assert not any(key.startswith("staff_retired") for key in read), read


# --- the staff in post beside dispatched workers and retirees: 派遣 / 人事代理 staff are no 聘用人员
# (劳务派遣 people are their own metric, staff_dispatched: issue 20, test_narrative_totals_r12.py)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "目前单位实有在职在编人员21名，劳务派遣人员4名，退休职工7名。",
            {"staff_actual": "21", "staff_dispatched": "4", "staff_retired_regular": "7"},
        ),
        (
            "本中心实有在职在编人员21人，人事派遣人员4人，退休干部7人。",
            {"staff_actual": "21", "staff_retired_regular": "7"},
        ),
        (
            "单位实有在职在编人员21人，人事代理人员4人，离退休人员7人。",
            {"staff_actual": "21", "staff_retired": "7"},
        ),
        # (聘用 is the contract staff: the wording staff_contract's definition names)
        (
            "单位实有在职在编人员21人，编外聘用人员4人，退休职工7人。",
            {"staff_actual": "21", "staff_contract": "4", "staff_retired_regular": "7"},
        ),
    ],
)
def test_the_staff_in_post_with_dispatched_workers_and_retirees(sentence, expected):
    assert _figures([sentence], True, "2025") == expected


# --- missed kind 2: the groups sent abroad, counted as 出访 批次 or as 个 before the noun 团组


@pytest.mark.parametrize(
    ("sentence", "groups", "people"),
    [
        ("按照年度计划，2026年拟安排出访3批次，计划出国（境）11人。", "3", "11"),
        ("2026年拟出访2批次，共7人。", "2", "7"),
        ("2026年安排出访任务2批次，出访人数7人。", "2", "7"),
        ("2026年计划安排4个团组出访，共13人。", "4", "13"),
        ("2026年共安排2个团组，7人次。", "2", "7"),
        ("2026年因公出国（境）团组2个，出国（境）7人。", "2", "7"),
        ("2026年因公出国（境）团组3批次，共11人。", "3", "11"),
    ],
)
def test_the_groups_sent_abroad_in_their_wordings(sentence, groups, people):
    read = _figures(["（一）因公出国（境）费", sentence])
    assert read.get("three_public_overseas_groups") == groups, read
    assert read.get("three_public_overseas_people") == people, read
    assert "three_public_reception_batches" not in read, read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2026年预计国内公务接待15批次，接待人数90人。", {"three_public_reception_batches": "15"}),
        ("2026年拟接待4个团组。", {"three_public_reception_batches": "4"}),
        ("2026年拟接待外宾来访团组2个。", {}),
        ("2026年拟接待境外来访2个团组。", {}),
    ],
)
def test_a_reception_is_never_a_group_sent_abroad(sentence, expected):
    read = _figures(["（二）公务接待费", sentence])
    assert "three_public_overseas_groups" not in read, read
    assert {k: v for k, v in read.items() if k == "three_public_reception_batches"} == expected


# --- missed kind 3: the kinds of vehicles held and to buy, named by 车辆 / 通讯 / 特种 forms


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "截至年底，单位共有公务用车7辆，其中：一般公务用车4辆，特种作业车（清扫车）3辆。",
            {"vehicles_total": "7", "vehicles_general_purpose": "4", "vehicles_special": "3"},
        ),
        (
            "本单位共有公务用车5辆，其中一般公务车辆2辆、特种作业车辆3辆。",
            {"vehicles_total": "5", "vehicles_general_purpose": "2", "vehicles_special": "3"},
        ),
        (
            "单位共有车辆6辆，其中：执法执勤车辆2辆，特种车3辆，应急保障车辆1辆。",
            {
                "vehicles_total": "6",
                "vehicles_law_enforcement": "2",
                "vehicles_special": "3",
                "vehicles_emergency": "1",
            },
        ),
        (
            "单位共有车辆3辆，其中：机要通讯用车1辆，岗位保障车辆2辆。",
            {"vehicles_total": "3", "vehicles_confidential_communication": "1", "vehicles_post_support": "2"},
        ),
        (
            "单位现有车辆2辆，其中机要通信车辆1辆、特种作业用车1辆。",
            {"vehicles_total": "2", "vehicles_confidential_communication": "1", "vehicles_special": "1"},
        ),
    ],
)
def test_the_kinds_of_vehicles_held(sentence, expected):
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2026年拟购置执法执勤车辆2辆。", {"vehicles_to_purchase_law_enforcement": "2"}),
        ("2026年计划购置应急保障车辆1辆。", {"vehicles_to_purchase_emergency": "1"}),
        ("2026年拟购置特种专业技术车辆1辆。", {"vehicles_to_purchase_special": "1"}),
        ("2026年计划购置机要通讯用车1辆。", {"vehicles_to_purchase_confidential_communication": "1"}),
        (
            "2026年拟购置公务用车3辆，其中：一般公务车辆1辆，特种作业车2辆。",
            {
                "vehicles_to_purchase": "3",
                "vehicles_to_purchase_general_purpose": "1",
                "vehicles_to_purchase_special": "2",
            },
        ),
        (
            "2026年拟购置执法执勤车辆2辆、一般公务用车1辆。",
            {"vehicles_to_purchase_law_enforcement": "2", "vehicles_to_purchase_general_purpose": "1"},
        ),
    ],
)
def test_the_kinds_of_vehicles_to_buy(sentence, expected):
    # a purchase of one kind named with 车辆 is that kind's, never every vehicle to buy
    assert _figures([sentence]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "单位共有特种作业车2辆。",  # (named alone: perhaps no official vehicle at all)
        "2026年拟购置特种作业车1辆。",
    ],
)
def test_special_operation_vehicles_named_alone_are_not_read(sentence):
    assert _figures([sentence]) == {}


def test_a_budget_purchase_of_vehicles_named_by_its_fund_is_still_every_vehicle():
    assert _figures(["2026年一般公共预算安排购置车辆2辆。"]) == {"vehicles_to_purchase": "2"}


# --- kind 4: a final account saying the unit holds no vehicle: none held at year end, no running cost


@pytest.mark.parametrize(
    "sentence",
    [
        "市侨联无公务用车，故没有公务用车运行维护费。",
        "本单位没有公务车辆，因此无公务用车运行维护费。",
        "该中心目前无公务用车，所以没有公务用车运行维护费。",
    ],
)
def test_no_vehicle_held_in_a_final_account(sentence):
    read = _figures(["（三）公务用车购置及运行维护费", sentence], True, "2025")
    assert read == {"vehicles_year_end": "0", "three_public_vehicle_operation": "0.00"}


@pytest.mark.parametrize("sentence", ["下属单位无公务用车。", "上年无公务用车，本年购置1辆。", "各单位均无公务用车。"])
def test_no_vehicle_of_another_unit_or_year_is_not_read(sentence):
    read = _figures(["（三）公务用车购置及运行维护费", sentence], True, "2025")
    assert "vehicles_year_end" not in read, read


# --- missed kind 5: no vehicle to buy, said with 安排 or before the large equipment a bound names


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年未安排购置车辆。",
        "2026年部门预算未安排购置车辆。",
        "2026年部门预算未安排购置车辆及单位价值100万元以上大型设备。",
        "本单位2026年没有安排购置公务用车及单价50万元以上设备。",
    ],
)
def test_no_vehicle_to_buy_said_in_words(sentence):
    assert _figures([sentence]) == {"vehicles_to_purchase": "0"}


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年部门预算未安排购置单位价值100万元以上大型设备。",  # (no vehicle named)
        "2025年未安排购置车辆及单位价值100万元以上大型设备。",  # (another year)
        "上年未安排购置车辆。",
    ],
)
def test_no_vehicle_to_buy_of_another_year_or_of_equipment_only_is_not_read(sentence):
    assert "vehicles_to_purchase" not in _figures([sentence])


def test_no_vehicle_bought_in_a_final_account_before_the_equipment():
    read = _figures(["2025年度未购置车辆及单位价值100万元以上大型设备。"], True, "2025")
    assert read == {"vehicles_to_purchase": "0"}
