"""Issue 20, kind 7 (units of the Xinjiang Production and Construction Corps, 新疆生产建设兵团, a
province-level budget of its own): its divisions (第八师, often one with a city: 第八师石河子市) and
regiments (一〇四团) are places. Before: '兵团第十二师一〇四团' read no place ('no_district' warning) and
'第一师阿拉尔市水利局' took '第一师阿拉尔市' for its district."""

from __future__ import annotations

import pytest

from extract.detect import place_of
from extract.pipeline import process


@pytest.mark.parametrize(
    ("name", "province", "district"),
    [
        ("新疆生产建设兵团第八师石河子市教育局", "新疆生产建设兵团", ""),
        ("第一师阿拉尔市水利局", "新疆生产建设兵团", ""),
        ("新疆生产建设兵团财政局", "新疆生产建设兵团", ""),
        ("第八师一四三团人民医院", "新疆生产建设兵团", "一四三团"),
        ("兵团第十二师一〇四团中学", "新疆生产建设兵团", "一〇四团"),
        ("新疆维吾尔自治区财政厅", "新疆维吾尔自治区", ""),  # the autonomous region is not the corps
        ("共青团某县委员会", "", "某县"),  # a 团 of the league is no regiment
        ("第一中学", "", ""),
    ],
)
def test_places_of_the_production_and_construction_corps(name, province, district):
    assert place_of(name) == (province, district)


def test_a_corps_document_names_its_province_and_raises_no_place_warning():
    text = "第一师阿拉尔市水利局\n2025年部门预算\n\n一、收支预算总体情况\n2025年收入预算100万元，支出预算100万元。\n"
    out = process(text.encode(), "a")
    assert (out.document["province"], out.document["district"]) == ("新疆生产建设兵团", "")
    assert "no_district" not in {p["code"] for p in out.rows.get("raw_problems", [])}
