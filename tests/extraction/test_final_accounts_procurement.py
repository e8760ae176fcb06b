"""政府采购情况表 of final accounts (决算): the actual amounts (实际采购金额 / 决算数) are the
figures; the planned ones (采购计划金额 / 预算数) never land as procurement_total.

Fixtures (tests/fixtures/final_accounts/procurement/, made by hand in the wording of the
published 决算; issue 21), one layout each:
  * archives   - the national layout: column groups 采购计划金额 | 实际采购金额 (合计 / 货物 /
                 工程 / 服务) and 授予中小企业合同金额, one row per unit under the 合计 row;
  * library    - 采购计划金额 by fund source (一般公共预算, 政府性基金预算 …), 实际采购金额
                 by category;
  * culture    - a table of items: 项目 | 金额 (政府采购支出总额, 其中：货物, 工程, 服务);
  * science    - items with 预算数 | 决算数;
  * records    - the group headings lost (合计 货物 工程 服务 printed twice): unclear;
  * art        - a 决算 that prints only the 采购计划金额: nothing is an actual.
Each narrative states the actual 政府采购支出总额 and its parts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import process_file
from extract.tables import labels

PROCUREMENT = Path(__file__).resolve().parents[1] / "fixtures" / "final_accounts" / "procurement"


def _run(name: str):
    out = process_file(str(next(PROCUREMENT.glob(f"qijiang_test_{name}_2024_final_accounts*.txt"))))
    assert (out.document["doc_kind"], out.document["fiscal_year"]) == ("final_accounts", "2024")
    return out


def _totals(out) -> dict[str, str]:
    """The table's figures that become summary metrics: its total rows, keyed as
    int_table_figures_unioned keys them ('total', 'goods.total', …)."""
    got: dict[str, str] = {}
    for r in out.rows.get("raw_procurement_lines", []):
        if r["row_kind"] == "total":
            key = f"{r['category']}.{r['measure']}" if r["category"] else r["measure"]
            assert key not in got, f"two total figures for {key}"
            got[key] = r["amount_yuan"]
    return got


def _narrative(out) -> dict[tuple[str, str], str]:
    return {
        (r["metric"], r["value_role"]): r["value"]
        for r in out.rows["raw_narrative_figures"]
        if r["metric"].startswith("procurement")
    }


def _codes(out) -> list[str]:
    return [p["code"] for p in out.rows["raw_problems"] if p["table_kind"] == "procurement"]


ACTUALS = {
    # name: (total, goods, works, services) as printed in the 实际采购金额 group / 决算数 column
    "archives": ("866000.00", "217000.00", "300000.00", "349000.00"),
    "library": ("457000.00", "127000.00", "0.00", "330000.00"),
    "culture": ("567800.00", "67800.00", "0.00", "500000.00"),
    "science_museum": ("812500.00", "262500.00", "200000.00", "350000.00"),
}


@pytest.mark.parametrize("name", sorted(ACTUALS))
def test_table_total_rows_are_the_actual_amounts(name):
    out = _run(name)
    assert out.document["status"] == "ok", out.document["problems"]
    total, goods, works, services = ACTUALS[name]
    assert _totals(out) == {"total": total, "goods.total": goods, "works.total": works, "services.total": services}


# name: (授予中小企业合同金额, 其中：授予小微企业合同金额) where the narrative states them (issue 20)
AWARDED = {"archives": ("600000.00", "400000.00")}


@pytest.mark.parametrize("name", sorted(ACTUALS))
def test_narrative_states_the_same_actuals(name):
    """政府采购支出总额 X 万元，其中：政府采购货物支出 …: the text and the table agree (the marts
    check it as narrative_equals_table, tests/e2e/test_final_accounts_marts.py); the contracts
    awarded to SMEs the text states after them are read too (the percentages beside them never)."""
    total, goods, works, services = ACTUALS[name]
    awarded = {}
    if name in AWARDED:
        sme, small_micro = AWARDED[name]
        awarded = {
            ("procurement_sme_awarded", "actual"): sme,
            ("procurement_small_micro_awarded", "actual"): small_micro,
        }
    assert _narrative(_run(name)) == {
        ("procurement_total", "actual"): total,
        ("procurement_goods", "actual"): goods,
        ("procurement_works", "actual"): works,
        ("procurement_services", "actual"): services,
        **awarded,
    }


PLANNED = {
    # name: the planned 合计 printed beside the actual one
    "archives": "1000000.00",
    "library": "480000.00",
    "science_museum": "900000.00",
    "art_museum": "320000.00",
}


@pytest.mark.parametrize("name", sorted(PLANNED))
def test_planned_amounts_are_never_loaded(name):
    out = _run(name)
    amounts = {r["amount_yuan"] for r in out.rows.get("raw_procurement_lines", [])}
    assert PLANNED[name] not in amounts
    assert "procurement_columns_not_loaded" in _codes(out)


def test_national_layout_every_figure():
    """Unit rows keep their figures (row_kind 'unit'); only the 实际采购金额 group is read."""
    out = _run("archives")
    got = {
        (r["row_kind"], r["unit_text"], r["category"], r["column_label"]): r["value_text"]
        for r in out.rows["raw_procurement_lines"]
    }
    assert got == {
        ("total", "合计", "", "合计"): "86.60",
        ("total", "合计", "goods", "货物"): "21.70",
        ("total", "合计", "works", "工程"): "30.00",
        ("total", "合计", "services", "服务"): "34.90",
        ("unit", "重庆市綦江区测试档案馆（本级）", "", "合计"): "62.60",
        ("unit", "重庆市綦江区测试档案馆（本级）", "goods", "货物"): "15.70",
        ("unit", "重庆市綦江区测试档案馆（本级）", "works", "工程"): "20.00",
        ("unit", "重庆市綦江区测试档案馆（本级）", "services", "服务"): "26.90",
        ("unit", "重庆市綦江区档案数字化中心", "", "合计"): "24.00",
        ("unit", "重庆市綦江区档案数字化中心", "goods", "货物"): "6.00",
        ("unit", "重庆市綦江区档案数字化中心", "works", "工程"): "10.00",
        ("unit", "重庆市綦江区档案数字化中心", "services", "服务"): "8.00",
    }
    assert {r["measure"] for r in out.rows["raw_procurement_lines"]} == {"total"}
    # the 授予中小企业合同金额 (60.00 / 40.00) is a share of the procurement, not loaded
    assert not {"600000.00", "400000.00"} & {r["amount_yuan"] for r in out.rows["raw_procurement_lines"]}
    message = next(p["message"] for p in out.rows["raw_problems"] if p["code"] == "procurement_columns_not_loaded")
    assert "采购计划金额/合计" in message and "授予中小企业合同金额/合计" in message


def test_unclear_header_loads_no_figure_and_says_why():
    """合计 货物 工程 服务 printed twice without the 采购计划金额 / 实际采购金额 headings: which
    合计 is the actual cannot be told, so neither is kept (the text's figures still are)."""
    out = _run("records_bureau")
    assert out.document["status"] == "partial"
    assert not out.rows.get("raw_procurement_lines")
    assert _codes(out) == ["procurement_columns_unclear"]
    problem = next(p for p in out.rows["raw_problems"] if p["code"] == "procurement_columns_unclear")
    assert problem["severity"] == "partial" and "合计" in problem["message"]
    assert _narrative(out)[("procurement_total", "actual")] == "866000.00"


def test_final_accounts_printing_only_planned_amounts_load_none():
    out = _run("art_museum")
    assert not out.rows.get("raw_procurement_lines")
    assert _codes(out) == ["procurement_columns_not_loaded"]
    assert _narrative(out)[("procurement_total", "actual")] == "275000.00"


def _parse(text: str, doc_kind: str):
    from extract.tables import parse_tables

    return parse_tables(text.split("\n"), doc_kind=doc_kind).result


GROUPED = "政府采购情况表\n单位：万元\n单位名称\t采购计划金额\t\t实际采购金额\t\n\t合计\t货物\t合计\t货物\n合计\t10.00\t4.00\t9.00\t3.50\n"


def test_a_column_without_its_group_heading_is_unclear():
    """A 合计 printed before the 采购计划金额 / 实际采购金额 groups, under no heading: the total of
    which group cannot be told."""
    text = (
        "政府采购情况表\n单位：万元\n单位名称\t\t采购计划金额\t\t实际采购金额\t\n"
        "\t合计\t合计\t货物\t合计\t货物\n合计\t10.00\t10.00\t4.00\t9.00\t3.50\n"
    )
    result = _parse(text, "final_accounts")
    assert [p.code for p in result.problems] == ["procurement_columns_unclear"]
    assert not result.rows.get("raw_procurement_lines")


@pytest.mark.parametrize(
    "top",
    [
        "单位名称\t采购计划金额\t\t\t\t\t实际采购金额\t\t",  # 实际采购金额 one column right of its group
        "单位名称\t\t采购计划金额\t\t\t\t实际采购金额\t\t",  # both headings centred over their groups
        "单位名称\t采购计划金额\t\t\t实际采购金额\t\t\t\t",  # 实际采购金额 one column left
    ],
)
def test_group_headings_placed_off_their_columns_load_nothing(top):
    """A PDF places a group heading where its text sits, not always over the group's first
    column: the headings then span the wrong columns, and the planned 合计 (100.00) could pass
    for the actual one. Such a header repeats a path or leaves a column without a group."""
    text = (
        f"政府采购情况表\n单位：万元\n{top}\n\t合计\t货物\t工程\t服务\t合计\t货物\t工程\t服务\n"
        "合计\t100.00\t26.00\t35.00\t39.00\t86.40\t21.60\t30.00\t34.80\n"
    )
    result = _parse(text, "final_accounts")
    assert [p.code for p in result.problems] == ["procurement_columns_unclear"]
    assert not result.rows.get("raw_procurement_lines")


def test_document_kind_decides_which_group_is_read():
    final = _parse(GROUPED, "final_accounts")
    assert [(r["category"], r["amount_yuan"]) for r in final.rows["raw_procurement_lines"]] == [
        ("", "90000.00"),
        ("goods", "35000.00"),
    ]
    # a budget that printed such a table: its budget amounts (the 采购计划金额), never an actual
    budget = _parse(GROUPED, "budget")
    assert [(r["category"], r["amount_yuan"]) for r in budget.rows["raw_procurement_lines"]] == [
        ("", "100000.00"),
        ("goods", "40000.00"),
    ]


def test_change_columns_are_not_amounts():
    text = "政府采购情况表\n单位：万元\n项目\t预算数\t决算数\t比上年增减\n政府采购支出总额\t10.00\t9.00\t-1.20\n"
    rows = _parse(text, "final_accounts").rows["raw_procurement_lines"]
    assert [(r["row_kind"], r["column_label"], r["amount_yuan"]) for r in rows] == [("total", "决算数", "90000.00")]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (["实际采购金额", "合计"], ("amount", "total", "")),
        (["实际采购金额", "服务"], ("amount", "total", "services")),
        (["采购计划金额", "一般公共预算"], ("amount", "general_public_budget", "")),
        (["决算数"], ("amount", "total", "")),
        (["金额"], ("amount", "total", "")),
        (["授予中小企业合同金额", "合计"], ("share", "", "")),
        (["比上年增减"], ("change", "", "")),
        (["采购数量"], ("", "", "")),
    ],
)
def test_procurement_column_wording(path, expected):
    assert labels.procurement_column(path) == expected


@pytest.mark.parametrize(
    ("path", "role"),
    [
        (["采购计划金额", "合计"], "budget"),
        (["采购预算金额"], "budget"),
        (["预算数"], "budget"),
        (["实际采购金额", "货物"], "actual"),
        (["决算数"], "actual"),
        (["一般公共预算"], ""),  # a fund source, not a role
        (["合计"], ""),
    ],
)
def test_procurement_role_wording(path, role):
    assert labels.procurement_role(path) == role


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("政府采购支出总额", ("total", "")),
        ("合计", ("total", "")),
        ("其中：货物", ("category", "goods")),
        ("2.工程", ("category", "works")),
        ("政府采购服务支出", ("category", "services")),
        ("授予中小企业合同金额", ("share", "")),
        ("物业管理服务", ("", "")),  # a project line, not the 服务 category
    ],
)
def test_procurement_item_wording(label, item):
    assert labels.procurement_item(label) == item


# A fresh-user trial's 决算 (长沙市岳麓区审计局 2024, made up; tests/fixtures/final_accounts/procurement/
# changsha_yuelu_audit_2024_final_accounts_one_unlabelled_row.txt): its 政府采购情况表 prints the
# groups 采购计划金额 | 实际采购金额 (合计 / 货物 / 工程 / 服务) and one data row with no label at all.
YUELU = PROCUREMENT / "changsha_yuelu_audit_2024_final_accounts_one_unlabelled_row.txt"


def test_one_unlabelled_row_is_the_units_total():
    """The only row, neither 合计 nor a unit's name: the unit's own figures, so its totals
    (180.00 / 40.00 / 0.00 / 140.00 万元 actual); the planned 200.00 / 50.00 / 150.00 never."""
    out = process_file(str(YUELU))
    assert (out.document["doc_kind"], out.document["fiscal_year"], out.document["status"]) == (
        "final_accounts",
        "2024",
        "ok",
    )
    assert _totals(out) == {
        "total": "1800000.00",
        "goods.total": "400000.00",
        "works.total": "0.00",
        "services.total": "1400000.00",
    }
    assert {r["row_kind"] for r in out.rows["raw_procurement_lines"]} == {"total"}
    assert not {"2000000.00", "500000.00", "1500000.00"} & {r["amount_yuan"] for r in out.rows["raw_procurement_lines"]}
    (message,) = [p["message"] for p in out.rows["raw_problems"] if p["table_kind"] == "procurement"]
    # the warning names what was loaded as well as what was not
    assert "采购计划金额/合计" in message
    assert (
        "the actual amounts (实际采购金额/合计, 实际采购金额/货物, 实际采购金额/工程, 实际采购金额/服务) are" in message
    )


GROUPS_HEADER = "政府采购情况表\n单位：万元\n{first}采购计划金额\t\t实际采购金额\t\n{blank}合计\t货物\t合计\t货物\n"


def test_several_unit_rows_without_a_total_are_never_summed():
    """Two units' rows and no 合计 row: both rows are kept as unit rows, no total is made of
    them, and the document says that no procurement total is loaded."""
    text = GROUPS_HEADER.format(first="单位名称\t", blank="\t") + (
        "甲单位（本级）\t10.00\t4.00\t9.00\t3.50\n乙中心\t5.00\t1.00\t4.00\t1.00\n"
    )
    result = _parse(text, "final_accounts")
    rows = result.rows["raw_procurement_lines"]
    assert {r["row_kind"] for r in rows} == {"unit"}
    assert [(r["unit_text"], r["category"], r["amount_yuan"]) for r in rows] == [
        ("甲单位（本级）", "", "90000.00"),
        ("甲单位（本级）", "goods", "35000.00"),
        ("乙中心", "", "40000.00"),
        ("乙中心", "goods", "10000.00"),
    ]
    problem = next(p for p in result.problems if p.code == "procurement_no_total_row")
    assert problem.severity == "partial" and "2 row(s) (unit)" in problem.message


def test_a_lone_row_naming_a_unit_stays_a_unit_row():
    """One row naming a unit may be one sub-unit of a department: not taken as the total."""
    text = GROUPS_HEADER.format(first="单位名称\t", blank="\t") + "乙中心\t5.00\t1.00\t4.00\t1.00\n"
    result = _parse(text, "final_accounts")
    assert {r["row_kind"] for r in result.rows["raw_procurement_lines"]} == {"unit"}
    assert "procurement_no_total_row" in [p.code for p in result.problems]


def test_two_unlabelled_rows_are_not_a_total():
    text = GROUPS_HEADER.format(first="", blank="") + "10.00\t4.00\t9.00\t3.50\n5.00\t1.00\t4.00\t1.00\n"
    result = _parse(text, "final_accounts")
    assert {r["row_kind"] for r in result.rows["raw_procurement_lines"]} == {"unit"}
    assert "procurement_no_total_row" in [p.code for p in result.problems]
