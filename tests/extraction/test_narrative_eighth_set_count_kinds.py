"""Staff and vehicle count kinds missed or read WRONG at first contact with the held-out set heldout8
(issue 20).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest

from extract.narrative import parse_narrative


def _figures(
    paragraphs: list[str], final_accounts: bool = False, year: str = "2026", unit: str = "某县某中心"
) -> dict[str, str]:
    """metric -> value of the figures read from ``paragraphs`` (a 2026 budget's, or a final
    account's, narrative under one heading); the same metric twice must agree."""
    title = f"{year}年度部门决算" if final_accounts else f"{year}年部门预算"
    heading = "一、部门决算情况说明" if final_accounts else "一、部门预算情况说明"
    lines = [unit, title, heading, "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year=year, unit_name=unit, final_accounts=final_accounts)
    read: dict[str, str] = {}
    for row in result.rows.get("raw_narrative_figures", []):
        if row["is_rejected"] != "false":
            continue
        assert read.setdefault(row["metric"], row["value"]) == row["value"], row["metric"]
    return read


# --- WRONG kind: '在职编制N人' names people in post on the establishment, never the posts
@pytest.mark.parametrize(
    "sentence",
    [
        "现有人数25人，其中：在职编制19人；离退休6人。",
        "单位现有人员30人，其中在职编制22人，离退休8人。",
        "本单位在职编制12人。",
        "现有人数9人，其中：在岗编制7人；离退休2人。",
    ],
)
def test_people_in_post_on_the_establishment_are_never_the_posts(sentence):
    read = _figures([sentence])
    assert "staff_authorized" not in read, read
    assert not any(value in ("19", "22", "12", "7") for metric, value in read.items() if metric != "staff_retired"), read


def test_the_whole_and_the_retired_around_it_are_still_read():
    read = _figures(["现有人数25人，其中：在职编制19人；离退休6人。"])
    assert read == {"staff_actual": "25", "staff_retired": "6"}


@pytest.mark.parametrize(
    ("sentence", "posts"),
    [
        ("核定编制20人，实有在职人员18人。", "20"),
        ("单位编制数15人，在职人员14人。", "15"),
        ("核定事业编制11人，在职人员10人。", None),
    ],
)
def test_the_establishment_itself_is_still_read(sentence, posts):
    read = _figures([sentence])
    assert read.get("staff_authorized") == posts, read


# --- consistency: 离休 counted apart -> the 退休 count after it is the 退休 part alone
@pytest.mark.parametrize(
    "sentence",
    [
        "在职人员40人，离休干部1人，退休职工17人。",
        "在职职工40人，离休人员1人，退休干部17人。",
        "实有离休人员1人，实有退休职工17人。",
        "离休人员1人，退休人员17人。",
    ],
)
def test_the_retired_after_a_veteran_count_are_the_regular_part(sentence):
    read = _figures([sentence])
    assert read.get("staff_retired_veteran") == "1", read
    assert read.get("staff_retired_regular") == "17", read
    assert "staff_retired" not in read, read


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("离退休人员18人。", "staff_retired"),
        ("实有离退休人员18人。", "staff_retired"),
        ("在职职工40人，退休职工18人。", "staff_retired"),
        ("实有退休职工18人。", "staff_retired"),
        ("退休人员18人。", "staff_retired_regular"),
        ("实有退休人员18人。", "staff_retired_regular"),
    ],
)
def test_retirees_named_alone_keep_their_metric(sentence, metric):
    read = _figures([sentence])
    assert read.get(metric) == "18", read
    assert read.get("staff_actual") != "18", read  # (实有 before retirees never counts the staff in post)


def test_every_retiree_and_its_parts_in_one_list():
    read = _figures(["离退休人员18人，其中：离休干部1人，退休职工17人。"])
    assert read == {"staff_retired": "18", "staff_retired_veteran": "1", "staff_retired_regular": "17"}


# --- vehicles held, named 现有车辆 (counted in 辆 or 台) and 实有编制车辆
@pytest.mark.parametrize(
    "sentence",
    [
        "单位现有车辆3台。",
        "本中心现有车辆3辆。",
        "截至年底现有车辆3台，均为一般公务用车。",
    ],
)
def test_vehicles_held_named_by_vehicles_alone(sentence):
    assert _figures([sentence]).get("vehicles_total") == "3"


@pytest.mark.parametrize(
    "sentence",
    ["现有检测设备3台。", "现有车辆维修设备3台。", "计划购置车辆2辆，现有车辆3辆。"],
)
def test_no_vehicles_held_from_equipment_or_after_a_purchase(sentence):
    assert "vehicles_total" not in _figures([sentence])


@pytest.mark.parametrize(
    ("sentence", "authorized", "held"),
    [
        ("车辆编制数6辆，实有编制车辆5辆。", "6", "5"),
        ("核定车辆编制6辆，编制内实有车辆5辆。", "6", "5"),
        ("实有车辆编制6辆，在编实有车辆5辆。", "6", "5"),
    ],
)
def test_vehicles_held_on_the_establishment_are_never_the_establishment(sentence, authorized, held):
    read = _figures([sentence])
    assert read.get("vehicles_authorized") == authorized, read
    assert read.get("vehicles_total") == held, read
