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


LABEL_WIDTH = 24  # characters of an axis label's line (13 px CJK: ~310 px)


OPENING = "（(《“「"  # never ends a line
CLOSING = "）)》”」、，。：；·"  # never starts a line: it hangs at the end of the line before


def wrap(text: str, width: int = LABEL_WIDTH) -> str:
    """``text`` broken into lines of about ``width`` characters joined by '<br>' (plotly.js
    draws no line breaks of its own: a long axis label takes the plot's width). A line breaks at
    its last space within the width, else after ``width`` characters (Chinese breaks between any
    two characters), never before a closing mark (it hangs: a line may pass the width by those)
    nor after an opening one; no character is dropped or added: '示例市东湖区应急管理和灾害防治综合
    服务中心 · 部门 2026' -> '示例市东湖区应急管理和灾害防治综合服务中心 ·<br>部门 2026'."""
    lines = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = width
        while len(text) > cut and text[cut:].lstrip()[:1] in set(CLOSING):
            cut = len(text) - len(text[cut:].lstrip()) + 1
        line, text = text[:cut].rstrip(), text[cut:].lstrip()
        while len(line) > 1 and line[-1] in OPENING:
            line, text = line[:-1], line[-1] + text
        lines.append(line)
    if text:
        lines.append(text)
    return "<br>".join(lines)


def _wan(value: Decimal | None) -> float | None:
    return None if value is None else float(Decimal(value) / 10000)


# The default legend: rows of entries at the bottom edge of the figure, placed relative to the
# figure (xref / yref 'container'), not to the plot area. plotly.js then reserves the legend's
# height as bottom margin and lays the axis' tick labels and title out above it, so they never
# overlap however many entries wrap onto more rows. A legend placed in plot-area units below it
# (y=-0.2) does not: its distance to the axis is a share of the plot's height, and a second row of
# long 类 names (社会保障和就业支出, 灾害防治及应急管理支出) drew over the axis title (plotly.js issue
# 4261; a legend's xref / yref 'container', plotly.js pull request 6589, are its answer).
LEGEND_BELOW = {"orientation": "h", "xref": "container", "x": 0, "yref": "container", "y": 0, "yanchor": "bottom"}
LEGEND_ROW_PX = 20  # one row of legend entries at the report's font size (13 px)
LEGEND_PER_ROW = 3  # entries per row on the report's page (1,180 px) when the names are long


def legend_space(entries: int) -> int:
    """The pixels (int) a chart adds to its height for a bottom legend of ``entries`` entries:
    rows of LEGEND_PER_ROW, LEGEND_ROW_PX each, and the legend's padding; 0 for one entry or none
    (plotly.js draws no legend then). It is also the legend's maxheight: in a narrower window,
    where the entries wrap onto more rows, the legend scrolls rather than squeezing the plot."""
    if entries < 2:
        return 0
    return LEGEND_ROW_PX * -(-entries // LEGEND_PER_ROW) + 16


def _html(fig: go.Figure, name: str) -> str:
    """The figure as an HTML fragment (div ``chart-<name>``) in the report's style. A legend
    position the chart set is kept with its height (default 420 px); else the legend is
    ``LEGEND_BELOW`` (rows at the bottom of the figure that the axes make room for) and the
    height grows by its ``legend_space``, so the plot keeps the height the chart asked for."""
    _counter["n"] += 1
    height = fig.layout.height or 420
    legend = fig.layout.legend
    if legend.y is None:
        space = legend_space(sum(1 for trace in fig.data if trace.showlegend is not False))
        height += space
        legend = {**LEGEND_BELOW, "maxheight": max(space, 30)}
    fig.update_layout(
        font={"family": FONT, "size": 13},
        margin={"l": 60, "r": 20, "t": 50, "b": 20},
        height=height,
        legend=legend,
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
    its document's rows cover (a long name is wrapped onto lines: ``wrap``). Drawn in 万元.
    """
    fig = go.Figure()
    totals: dict[tuple[str, str], dict[str, Decimal]] = {}
    for r in rows:
        name = wrap(f"{_unit(r)} {r['fiscal_year']}")
        unit = f"{name}<br>{fund_label(r.get('fund_scope'))}"
        category = f"{r['category_code'] or ''} {r['category_name']}"
        cell = totals.setdefault((category, unit), {})
        cell["v"] = cell.get("v", Decimal(0)) + r["amount_yuan"]
    units = sorted({unit for _, unit in totals})
    rows_px = sum(max(60, 18 * (unit.count("<br>") + 1) + 16) for unit in units)  # room for each label's lines
    for category in sorted({c for c, _ in totals}):
        fig.add_bar(
            name=category,
            y=units,
            x=[_wan(totals.get((category, u), {}).get("v")) for u in units],
            orientation="h",
            hovertemplate="%{y} " + category + ": %{x:,.2f} 万元<extra></extra>",
        )
    fig.update_layout(
        barmode="stack",
        title="units by 类 (万元)",
        xaxis_title="万元",
        height=max(360, 140 + rows_px),
    )
    return _html(fig, "units")
