"""The wording tables of extract.tables.labels: the first pattern that matches names the key,
and a column's role is the one its most specific header text states."""

from __future__ import annotations

import pytest

from extract.tables import labels
from extract.tables.titles import kind_of


def test_the_first_matching_wording_wins():
    table = labels.wordings([(r"预算", "budget"), (r"调整预算", "adjusted_budget")])
    assert labels.first_key(table, "调整预算数") == "budget"
    assert labels.first_key(table, "决算数") == ""


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("调整预算数", "adjusted_budget"),  # says 预算 too: the adjusted budget is asked first
        ("预算调整数", "adjusted_budget"),
        ("2024年决算数", "actual"),
        ("执行数", "actual"),
        ("年初预算数", "budget"),
        ("全年预算", "adjusted_budget"),  # the opening budget with the year's adjustments
        ("调整后全年预算数", "adjusted_budget"),
        ("完成预算", "budget"),
        ("合计", ""),
        ("一般公共预算", ""),  # a fund, not a role
    ],
)
def test_value_role_by_wording(label, role):
    assert labels.value_role(label) == role


@pytest.mark.parametrize(
    ("paths", "roles"),
    [
        # the only budget column: the budget the 决算数 is measured against ('完成全年预算的95.24%')
        ([["全年预算数"], ["决算数"], ["完成率（%）"]], ["budget", "actual", ""]),
        # beside the 年初预算数: that budget with the year's adjustments, never a second budget
        ([["年初预算数"], ["全年预算数"], ["决算数"]], ["budget", "adjusted_budget", "actual"]),
        ([["预算数（万元）"], ["全年预算（万元）"], ["决算数（万元）"]], ["budget", "adjusted_budget", "actual"]),
        ([["年初预算数"], ["调整预算数"], ["决算数"]], ["budget", "adjusted_budget", "actual"]),
        # beside an adjusted budget but no opening one: still the table's only budget
        ([["全年预算数"], ["调整预算数"], ["决算数"]], ["budget", "adjusted_budget", "actual"]),
        # an adjusted budget by its own words, whatever the table
        ([["调整后全年预算数"], ["决算数"]], ["adjusted_budget", "actual"]),
    ],
)
def test_column_roles_full_year_budget_beside_the_opening_budget(paths, roles):
    assert labels.column_roles(paths) == roles


@pytest.mark.parametrize(
    ("path", "role"),
    [
        (["决算数", "合计"], "actual"),  # 合计 states no role: the text above it does
        (["年初预算数", "调整预算数"], "adjusted_budget"),  # the lowest text that states one wins
        (["基本支出", "人员经费"], ""),
    ],
)
def test_path_role_is_the_most_specific_header_that_states_one(path, role):
    assert labels.path_role(path) == role


@pytest.mark.parametrize(
    ("item", "key"),
    [
        ("一、本年支出", "current_year_total"),
        ("结转下年", "carryover_next_year"),
        ("支出总计", "total"),
        ("一般公共服务支出", "category"),  # no summary wording: a function category
    ],
)
def test_summary_expenditure_items(item, key):
    assert labels.summary_expenditure_key(item) == key


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2024年度收入支出决算总表", "fa_summary"),  # before dept_summary, whose ending it shares
        ("2024年度财政拨款收入支出决算总表", "fa_fiscal_summary"),
        ("2026年一般公共预算基本支出预算表", "gpb_basic_economic"),  # before gpb_function
        ("2026年一般公共预算支出功能分类预算表", "gpb_function"),
        ("2026年部门收支预算总表", "dept_summary"),
        ("2026年部门预算说明", ""),
    ],
)
def test_table_kind_by_title(title, kind):
    assert kind_of(title) == kind
