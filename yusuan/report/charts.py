"""The report's charts (plotly): each returns an HTML fragment (a <div> and its script) that
draws with the plotly.js the page loads from assets/. Amounts are drawn in 万元."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from yusuan.report import queries

FONT = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
KIND = {"budget": "预算", "final_accounts": "决算"}
_counter = {"n": 0}


def write_library(path: Path) -> None:
    """plotly.js, as shipped inside the plotly package (no network)."""
    text = get_plotlyjs()
    if not path.exists() or path.stat().st_size != len(text.encode("utf-8")):
        path.write_text(text, encoding="utf-8")


def _unit(row: dict[str, Any]) -> str:
    """A unit's name with its scope ('上海市普陀区司法局 · 部门') when the row has one."""
    label = queries.SCOPE_LABELS.get(row.get("scope") or "", row.get("scope") or "")
    return f"{row['unit_name']} · {label}" if label else row["unit_name"]


def _wan(value: Decimal | None) -> float | None:
    return None if value is None else float(Decimal(value) / 10000)


def _html(fig: go.Figure, name: str) -> str:
    """The figure as an HTML fragment (div ``chart-<name>``) in the report's style; a height the
    chart set is kept (default 420 px), and so is a legend position it set (default: below)."""
    _counter["n"] += 1
    fig.update_layout(
        font={"family": FONT, "size": 13},
        margin={"l": 60, "r": 20, "t": 50, "b": 60},
        height=fig.layout.height or 420,
        legend={"orientation": "h", "y": -0.2} if fig.layout.legend.y is None else fig.layout.legend,
        template="plotly_white",
    )
    if fig.layout.xaxis.categoryorder is None and not any(getattr(t, "orientation", None) == "h" for t in fig.data):
        fig.update_layout(xaxis={"categoryorder": "category ascending"})
    return fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=f"chart-{name}",
        config={"displaylogo": False, "responsive": True},
    )


def totals_by_year(rows: list[dict[str, Any]]) -> str:
    """Stacked bars of expenditure_total per year and document kind, one series per district.

    rows: ``queries.totals_by_year`` (district, fiscal_year, doc_kind, expenditure_total in
    yuan as Decimal). Drawn in 万元 (floats for drawing only; the tables keep the exact values).
    """
    fig = go.Figure()
    for district in sorted({r["district"] for r in rows}):
        mine = [r for r in rows if r["district"] == district]
        fig.add_bar(
            name=district,
            x=[f"{r['fiscal_year']}年{KIND.get(r['doc_kind'], r['doc_kind'])}" for r in mine],
            y=[_wan(r["expenditure_total"]) for r in mine],
            hovertemplate="%{x} " + district + ": %{y:,.2f} 万元<extra></extra>",
        )
    fig.update_layout(barmode="stack", title="支出合计 by year (万元)", yaxis_title="万元")
    return _html(fig, "totals")


def fund_label(scope: str | None) -> str:
    """The reader's label of a fund scope (fact_expenditure.fund_scope): '全部资金 (all funds)', …"""
    return queries.FUND_SCOPES.get(scope, scope or queries.FUND_SCOPES[None])


def categories(rows: list[dict[str, Any]]) -> str:
    """Stacked bars of spending per function category (类), one bar per year × document kind ×
    fund scope: documents whose rows cover all funds and documents whose rows cover only the
    一般公共预算 are two bars, each labelled with its funds, never one sum.

    rows: ``queries.function_categories`` (fiscal_year, doc_kind, fund_scope, category_code,
    category_name, amount_yuan as Decimal yuan). Drawn in 万元.
    """
    fig = go.Figure()

    def bar(r: dict[str, Any]) -> str:
        return f"{r['fiscal_year']}年{KIND.get(r['doc_kind'], r['doc_kind'])}<br>{fund_label(r['fund_scope'])}"

    order = list(dict.fromkeys(bar(r) for r in rows))  # the query's order: year, kind, funds
    names = sorted({(r["category_code"] or "", r["category_name"]) for r in rows})
    for code, name in names:
        mine = [r for r in rows if (r["category_code"] or "", r["category_name"]) == (code, name)]
        fig.add_bar(
            name=f"{code} {name}",
            x=[bar(r) for r in mine],
            y=[_wan(r["amount_yuan"]) for r in mine],
            hovertemplate="%{x} " + name + ": %{y:,.2f} 万元<extra></extra>",
        )
    fig.update_layout(
        barmode="stack",
        title="功能分类 by 类, one bar per fund scope (万元)",
        yaxis_title="万元",
        height=560,
        xaxis={"categoryorder": "array", "categoryarray": order},
    )
    return _html(fig, "functions")


def three_public(rows: list[dict[str, Any]]) -> str:
    """Lines of the 三公 total per year, one per district and document kind (预算 / 决算).

    rows: ``queries.three_public`` (district, fiscal_year, doc_kind, metric, value in yuan); only
    the 'three_public_total' rows are drawn, in 万元.
    """
    fig = go.Figure()
    totals = [r for r in rows if r["metric"] == "three_public_total"]
    for district, kind in sorted({(r["district"], r["doc_kind"]) for r in totals}):
        mine = sorted(
            (r for r in totals if (r["district"], r["doc_kind"]) == (district, kind)), key=lambda r: r["fiscal_year"]
        )
        name = f"{district} {KIND.get(kind, kind)}"
        fig.add_scatter(
            name=name,
            x=[str(r["fiscal_year"]) for r in mine],
            y=[_wan(r["value"]) for r in mine],
            mode="lines+markers",
            hovertemplate="%{x}年 " + name + " 三公: %{y:,.2f} 万元<extra></extra>",
        )
    fig.update_layout(
        title="“三公”经费合计 by year (万元)", xaxis_title="年度", yaxis_title="万元", xaxis_type="category"
    )
    return _html(fig, "three-public")


def execution_label(row: dict[str, Any]) -> str:
    """An item's axis label: its Chinese label with the code in small print, then the unit
    (name · scope) and year on a second line, e.g. '公务用车运行维护费 <span …>three_public_vehicle_operation</span>
    <br>…'. Plotly draws this subset of HTML in tick labels."""
    code = "" if row["item_label"] == row["item"] else f' <span style="font-size:10px">{row["item"]}</span>'
    return f"{row['item_label']}{code}<br>{_unit(row)} {row['fiscal_year']}"


def execution(rows: list[dict[str, Any]]) -> str:
    """Horizontal grouped bars of 预算 (budget, else adjusted budget) against 决算 (actual) per
    item, one row per item (labels never overlap, however many items).

    rows: ``queries.budget_execution`` (unit_name, scope, fiscal_year, item, item_label,
    budget_yuan, adjusted_budget_yuan, actual_yuan in yuan). Drawn in 万元.
    """
    labels = [execution_label(r) for r in rows]
    fig = go.Figure()
    fig.add_bar(
        name="预算 budget",
        y=labels,
        x=[_wan(r["budget_yuan"] or r["adjusted_budget_yuan"]) for r in rows],
        orientation="h",
        hovertemplate="%{y}<br>预算: %{x:,.2f} 万元<extra></extra>",
    )
    fig.add_bar(
        name="决算 actual",
        y=labels,
        x=[_wan(r["actual_yuan"]) for r in rows],
        orientation="h",
        hovertemplate="%{y}<br>决算: %{x:,.2f} 万元<extra></extra>",
    )
    fig.update_layout(
        barmode="group",
        title="预算 against 决算 (万元)",
        xaxis_title="万元",
        height=max(360, 160 + 56 * len(rows)),
        yaxis={"autorange": "reversed", "automargin": True},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0.5, "xanchor": "center"},
    )
    return _html(fig, "execution")


def unit_categories(rows: list[dict[str, Any]]) -> str:
    """Horizontal stacked bars of one district's units (× year) by function category (类).

    rows: ``queries.unit_categories`` (unit_name, fiscal_year, fund_scope, category_code,
    category_name, amount_yuan as Decimal yuan; the expenditure types of a category are summed). A
    unit is its name and scope: a 部门 and its 单位（本级） are two bars, each labelled with the funds
    its document's rows cover. Drawn in 万元.
    """
    fig = go.Figure()
    totals: dict[tuple[str, str], dict[str, Decimal]] = {}
    for r in rows:
        unit = f"{_unit(r)} {r['fiscal_year']}<br>{fund_label(r.get('fund_scope'))}"
        category = f"{r['category_code'] or ''} {r['category_name']}"
        cell = totals.setdefault((category, unit), {})
        cell["v"] = cell.get("v", Decimal(0)) + r["amount_yuan"]
    units = sorted({unit for _, unit in totals})
    for category in sorted({c for c, _ in totals}):
        fig.add_bar(
            name=category,
            y=units,
            x=[_wan(totals.get((category, u), {}).get("v")) for u in units],
            orientation="h",
            hovertemplate="%{y} " + category + ": %{x:,.2f} 万元<extra></extra>",
        )
    fig.update_layout(
        barmode="stack", title="units by 类 (万元)", xaxis_title="万元", height=max(360, 140 + 60 * len(units))
    )
    return _html(fig, "units")
