"""``yusuan report``: a static HTML site over the marts that works offline.

Layout under the output folder (default ``report/`` in the project)::

    index.html               headline figures, totals by year, the units, the files that
                             could not be read (未能读取的文件: failed documents, apart from
                             every unit and place), the function breakdown (类), 三公 over
                             time, budget against actual (only when final accounts give
                             both), the findings with their source lines
    district-<n>.html        one page per place: a district, or '<province> · 无区县' for the
                             units without a district (municipal, provincial): its units
                             (name × scope), their categories
    assets/plotly.min.js     the charting library (plotly.js, shipped in the plotly package):
                             every page loads it from here, never from the network

Tables print the marts' Decimal yuan in 万元 rounded half-up to two decimals (a document
published in 万元 is shown exactly as printed; one whose tables are in 元 is rounded to 0.01
万元, its exact figures are in the marts and in ``yusuan export``); a figure that is not zero
but under 0.005 万元 is printed in 元, never as 0.00 or -0.00; charts draw the same figures (as
floats, for drawing only). A 部门 (department) and a
单位（本级） of one name are two units with their own rows; the sums over a district count a
document a department's document of the same year already contains only once (see
``queries.COUNTED_DOCUMENTS``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import duckdb

from yusuan.report import charts, queries

WAN = Decimal(10000)


@dataclass(frozen=True)
class Report:
    index: Path
    pages: list[Path]


def wan(yuan: Decimal | None) -> str:
    """Yuan as 万元 text with thousands separators and two decimals, rounded half-up ('' for None):
    ``Decimal('87267272.44')`` -> '8,726.73' (the page's footer says figures are rounded so).

    A value that is not zero but rounds to 0.00 万元 is given in 元 with its unit
    (``Decimal('-0.34')`` -> '-0.34 元'), so a difference never reads as nothing; zero is '0.00'.
    """
    if yuan is None:
        return ""
    value = Decimal(yuan)
    rounded = (value / WAN).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if rounded == 0:
        return "0.00" if value == 0 else f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,} 元"
    return f"{rounded:,}"


def rate(share: Decimal | None) -> str:
    """A share (0.8125) as a per cent with one decimal, rounded half-up ('81.3%'; '' for None)."""
    if share is None:
        return ""
    return f"{(Decimal(share) * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def difference(yuan: Decimal | None) -> str:
    """A difference as text a reader can trust: in 万元 ('-5.00') when it is a whole number of
    0.01 万元 (100 元), else exactly in 元 with its unit ('-0.34 元', '-150.50 元'); '' for None."""
    if yuan is None:
        return ""
    value = Decimal(yuan)
    if value % 100 == 0:
        return wan(value)
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,} 元"


def scope_label(scope: str | None) -> str:
    """'部门' (department with its sub-units) or '单位（本级）' (the unit itself); '' for None."""
    return queries.SCOPE_LABELS.get(scope, scope or "")


def esc(value: Any) -> str:
    """``value`` as HTML-escaped text ('' for None)."""
    return html.escape("" if value is None else str(value))


CSS = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 0 auto; max-width: 1180px; padding: 0 1.5rem 3rem; color: #1f2933; line-height: 1.5; }
header { border-bottom: 2px solid #c0392b; margin-bottom: 1rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 .2rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d9e2ec; }
nav a { margin-right: 1rem; }
.figures { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.figure { border: 1px solid #d9e2ec; border-radius: 6px; padding: .6rem 1rem; min-width: 10rem; }
.figure .value { font-size: 1.4rem; font-weight: bold; }
.figure .label { color: #52606d; font-size: .85rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #d9e2ec; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f4f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.status-mismatch { color: #c0392b; font-weight: bold; }
.status-known_issue { color: #b7791f; font-weight: bold; }
.note { color: #52606d; font-size: .85rem; }
.partial { border-left: 4px solid #b7791f; background: #fffaf0; padding: .4rem .8rem; margin: .5rem 0; font-size: .9rem; }
.partial ul { margin: .3rem 0; }
code.code { color: #52606d; font-size: .75rem; }
.scroll { overflow-x: auto; }
#findings table { table-layout: auto; width: 100%; }
#findings td:nth-child(2), #findings td:nth-child(3) { min-width: 11rem; }
#findings td:nth-child(7) { min-width: 16rem; }
#document-problems ~ table td:nth-child(1), #document-problems ~ table td:nth-child(6) { min-width: 10rem; }
#document-problems ~ table td:nth-child(5) { min-width: 5rem; }
#failed-documents td:nth-child(1) { min-width: 10rem; }
#findings .check { font-size: .8rem; color: #52606d; }
code, .source { font-family: "Noto Sans Mono CJK SC", monospace; font-size: .8rem; white-space: pre-wrap; }
"""


FOOTER_UNITS = (
    "amounts in 万元, rounded half-up to 0.01 万元: a document published in 万元 is shown as printed, one whose "
    "tables are in 元 is rounded here (its exact 元 figures are in the marts and in `yusuan export`); a non-zero "
    "amount under 0.005 万元 is shown in 元."
)


def page(title: str, body: str, nav: str) -> str:
    """A whole HTML page: ``title`` (escaped), ``body`` and ``nav`` (HTML, inserted as given).

    The page loads assets/plotly.min.js and notes the build time (UTC) and how amounts are
    shown (``FOOTER_UNITS``).
    """
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>{CSS}</style>
<script src="assets/plotly.min.js"></script>
</head>
<body>
<header><h1>{esc(title)}</h1><nav>{nav}</nav></header>
{body}
<footer class="note">yusuan (预算) — built {datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")} from the marts
of the warehouse; {FOOTER_UNITS}</footer>
</body>
</html>
"""


def table(
    headers: list[str], rows: list[list[str]], numeric: set[int] | None = None, raw: set[int] | None = None
) -> str:
    """An HTML table; cells are escaped unless their column is in ``raw``."""
    numeric, raw = numeric or set(), raw or set()
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            text = cell if i in raw else esc(cell)
            cells.append(f'<td class="num">{text}</td>' if i in numeric else f"<td>{text}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def figure_box(value: str, label: str, key: str) -> str:
    """One headline figure as an HTML box: ``value`` (already formatted, e.g. '1,234.56'),
    ``label`` below it, ``key`` as its data-key attribute (for tests and scripts). All escaped.
    """
    return f'<div class="figure" data-key="{esc(key)}"><div class="value">{esc(value)}</div><div class="label">{esc(label)}</div></div>'


KIND = {"budget": "预算", "final_accounts": "决算"}


def _year_and_kind(row: dict[str, Any]) -> list[str]:
    """The year and document-kind cells of a report row (预算 / 决算 for the known kinds)."""
    return [str(row["fiscal_year"]), KIND.get(row["doc_kind"], row["doc_kind"])]


COUNTING_NOTE = (
    '<p class="note">Sums count every figure once: a 单位（本级） document (or a sub-unit\'s) whose '
    "department (部门) has a document of the same year and kind here is left out of the sums, "
    "because the department's figures contain it; it keeps its own row in the unit table.</p>"
)


def _unit_text(name: str | None, scope: str | None) -> str:
    """A unit's name with its scope label ('上海市普陀区司法局 · 部门'); '' for no unit."""
    if not name:
        return ""
    label = scope_label(scope)
    return f"{name} · {label}" if label else name


UNIT_METRICS = ("expenditure_total", "basic_expenditure", "project_expenditure", "three_public_total")


def _units_table(units: list[dict[str, Any]], district_pages: dict[str, str] | None) -> str:
    """The units' totals, one row per unit (name × scope: unit_id) × year × kind, never merged
    across scopes. ``units``: rows of ``queries.metric_by_unit`` over UNIT_METRICS;
    ``district_pages`` (place -> page) adds a linked district column, None leaves it out."""
    by_unit: dict[tuple, dict[str, Any]] = {}
    for row in units:
        key = (
            row["district"],
            row["unit_name"],
            row["scope"] or "",
            row["fiscal_year"],
            row["doc_kind"],
            row["unit_id"],
        )
        entry = by_unit.setdefault(key, {"source_path": row["source_path"], "contained_in": row["contained_in"]})
        if row["metric"] is not None:  # (a document stating none of the metrics keeps its row)
            entry[row["metric"]] = row["value"]
    note = (
        '<p class="note">A unit is its name and its scope: 部门 (the department with its sub-units) '
        "and 单位（本级） (the unit itself) are separate rows with their own figures and documents.</p>"
    )
    headers = ["unit", "scope", "year", "kind", "支出合计 (万元)", "基本支出", "项目支出", "三公经费"]
    headers += ["document", "in the district sums"]
    rows = []
    for (d, u, scope, y, k, _), v in sorted(by_unit.items()):
        row = [
            esc(u),
            esc(scope_label(scope)),
            str(y),
            KIND.get(k, k),
            wan(v.get("expenditure_total")),
            wan(v.get("basic_expenditure")),
            wan(v.get("project_expenditure")),
            wan(v.get("three_public_total")),
            esc(v["source_path"]),
            "yes" if v["contained_in"] is None else esc(f"no: in {v['contained_in']}"),
        ]
        if district_pages is not None:
            row.insert(0, f'<a href="{esc(district_pages.get(d, "#"))}">{esc(d)}</a>')
        rows.append(row)
    shift = 0 if district_pages is None else 1
    if district_pages is not None:
        headers.insert(0, "district")
    numeric = {4 + shift, 5 + shift, 6 + shift, 7 + shift}
    return note + table(headers, rows, numeric=numeric, raw=set(range(len(headers))))


def _item_text(row: dict[str, Any]) -> str:
    """A budget-execution item as HTML: its Chinese label, and its code in small print when the
    label is not the code itself."""
    if row["item_label"] == row["item"]:
        return esc(row["item"])
    return f'{esc(row["item_label"])} <code class="code">{esc(row["item"])}</code>'


def _partial_note(partial: list[dict[str, Any]], column: bool = True) -> str:
    """The caveat shown beside the 功能分类 sums: which 'partial' documents they hold and what
    share of each one's published total (of the funds its rows cover) was loaded; '' for none.

    ``partial``: rows of ``queries.partial_documents``; ``column``: the table beside it has the
    column “of which from partial documents” (the note points to it)."""
    if not partial:
        return ""
    items = []
    for r in partial:
        what = f"{_unit_text(r['unit_name'], r['scope'])} {r['fiscal_year']} {KIND.get(r['doc_kind'], r['doc_kind'])}"
        if r["published_yuan"]:
            share = Decimal(r["loaded_yuan"]) / Decimal(r["published_yuan"]) * 100
            loaded = (
                f"{wan(r['loaded_yuan'])} of its {wan(r['published_yuan'])} 万元 of "
                f"{r['published_label']} are loaded ({share:.1f}%)"
            )
        elif r["total_yuan"]:
            loaded = (
                f"{wan(r['loaded_yuan'])} 万元 are loaded, from rows whose funds it states no total for "
                f"(its 支出合计 of all funds: {wan(r['total_yuan'])} 万元)"
            )
        else:
            loaded = f"{wan(r['loaded_yuan'])} 万元 are loaded; it publishes no total to compare them with"
        items.append(f"<li><b>{esc(what)}</b> ({esc(r['source_path'])}): {esc(loaded)}.</li>")
    return (
        '<div class="partial" role="note"><b>Partial documents in these sums.</b> The figures below '
        "include function rows of documents whose status is 'partial' (part of their tables could not be "
        "read; the reasons are under Findings): the sums may lack what was not read."
        + (" The column “of which from partial documents” gives their part of each row." if column else "")
        + f"<ul>{''.join(items)}</ul></div>"
    )


FUND_UNITS_LISTED = 8


def _some(names: list[str]) -> str:
    """Up to FUND_UNITS_LISTED names, '、'-joined, then how many more ('… and 12 more')."""
    shown = "、".join(names[:FUND_UNITS_LISTED])
    more = len(names) - FUND_UNITS_LISTED
    return f"{shown} … and {more} more (each place's page gives every unit's funds)" if more > 0 else shown


def _funds_note(scopes: list[dict[str, Any]]) -> str:
    """Which funds the 功能分类 sums cover, beside them: a note that rows of different fund scopes
    are never added, and a table of what each scope holds per year and kind (documents, their
    units, the sum); '' when there are no function rows.

    ``scopes``: rows of ``queries.fund_scope_documents``. A document's function rows cover one
    fund scope (fact_expenditure.fund_scope, from the precedence of int_expenditure_items_selected:
    its 一般公共预算 function table, with the 政府性基金 / 国有资本经营 tables when printed; else an
    all-funds table, 部门支出总表 or a 收支总表's 类; else the narrative, whose 类 figures take the
    funds of the total stated on their line), so every document is in exactly one line."""
    if not scopes:
        return ""
    note = (
        '<p class="note" id="fund-scopes">Each document\'s 功能分类 rows cover one scope of funds '
        "(fact_expenditure.fund_scope): only the 一般公共预算 (general public budget) where they come from "
        "its 一般公共预算 table (财政拨款 with its 政府性基金 / 国有资本经营 tables), all funds where they come "
        "from an all-funds table (部门支出总表, 收支总表) or a narrative stating the total. Sums of two scopes "
        "would mix unlike figures, so each scope has its own bar and its own rows below, labelled with its "
        "funds: a 一般公共预算 line lacks what its documents spend from other funds (e.g. 事业收入).</p>"
    )
    rows = [
        [
            *_year_and_kind(r),
            charts.fund_label(r["fund_scope"]),
            str(r["documents"]),
            _some(r["units"]),
            wan(r["amount_yuan"]),
        ]
        for r in scopes
    ]
    return note + table(["year", "kind", "funds (资金范围)", "documents", "units", "sum (万元)"], rows, numeric={3, 5})


THREE_PUBLIC_LABELS = {
    "three_public_total": "合计",
    "three_public_overseas": "因公出国（境）费",
    "three_public_reception": "公务接待费",
    "three_public_vehicle_total": "公务用车购置及运行维护费",
}

THREE_PUBLIC_NOTE = (
    "<p class=\"note\">A budget's and a final account's figures are never added together (kind). "
    "“documents” counts the documents whose figure each line holds: a part a document does not state is "
    "not in its line, so the parts of a line add up to its 合计 only when every document states them. "
    "公务用车购置及运行维护费 of a document that states only its two parts (购置费 and 运行维护费) is their sum.</p>"
)


def _index(con: duckdb.DuckDBPyConnection, district_pages: dict[str, str]) -> str:
    info = queries.overview(con)
    totals = queries.totals_by_year(con)
    by_year: dict[tuple[int, str], Decimal] = {}
    for row in totals:
        key = (row["fiscal_year"], row["doc_kind"])
        by_year[key] = by_year.get(key, Decimal(0)) + row["expenditure_total"]
    parts = ['<section id="overview"><div class="figures">']
    parts.append(figure_box(f"{info['documents_current']}", "current documents (当前文件)", "documents_current"))
    parts.append(figure_box(f"{info['units']}", "units (单位; 部门 and 本级 apart)", "units"))
    places = info["places"]
    parts.append(
        figure_box(
            f"{places}",
            f"{'place' if places == 1 else 'places'} with a page (区县, or a province's units without one)",
            "places",
        )
    )
    for (year, kind), total in sorted(by_year.items()):
        parts.append(figure_box(wan(total), f"{year}年{KIND.get(kind, kind)}支出合计 (万元)", f"total-{year}-{kind}"))
    bad = info["documents_partial"] + info["documents_failed"]
    parts.append(figure_box(f"{bad}", "documents not ok (partial / failed)", "documents_not_ok"))
    parts.append("</div></section>")

    parts.append('<section id="totals"><h2>支出合计 by year and district (totals by year)</h2>')
    parts.append(COUNTING_NOTE)
    parts.append(charts.totals_by_year(totals))
    parts.append(
        table(
            ["year", "kind", "district", "documents counted", "expenditure_total (万元)", "documents left out"],
            [
                [
                    *_year_and_kind(r),
                    r["district"],
                    str(r["documents"]),
                    wan(r["expenditure_total"]),
                    str(r["documents_left_out"]),
                ]
                for r in totals
            ],
            numeric={3, 4, 5},
        )
    )
    left_out = queries.left_out_documents(con)
    if left_out:
        parts.append('<h3 id="left-out">Documents left out of the sums (their department\'s document holds them)</h3>')
        parts.append(
            table(
                ["district", "unit", "scope", "year", "kind", "document", "contained in"],
                [
                    [
                        r["district"],
                        r["unit_name"],
                        scope_label(r["scope"]),
                        *_year_and_kind(r),
                        r["source_path"],
                        r["contained_in"],
                    ]
                    for r in left_out
                ],
            )
        )
    parts.append("</section>")

    units = queries.metric_by_unit(con, UNIT_METRICS)
    parts.append('<section id="units"><h2>Per district and unit (各区县、单位)</h2>')
    parts.append(_units_table(units, district_pages))
    parts.append("</section>")
    failed = queries.failed_documents(con)
    parts.append(_failed(failed))

    categories = queries.function_categories(con)
    parts.append('<section id="functions"><h2>功能分类 by 类 (function classification)</h2>')
    parts.append(COUNTING_NOTE)
    parts.append(_funds_note(queries.fund_scope_documents(con)))
    parts.append(_partial_note(queries.partial_documents(con)))
    parts.append(charts.categories(categories))
    parts.append(
        table(
            ["year", "kind", "funds (资金范围)", "类", "name", "amount (万元)", "of which from partial documents"],
            [
                [
                    *_year_and_kind(r),
                    charts.fund_label(r["fund_scope"]),
                    r["category_code"] or "",
                    r["category_name"],
                    wan(r["amount_yuan"]),
                    wan(r["partial_yuan"]) if r["partial_yuan"] else "",
                ]
                for r in categories
            ],
            numeric={5, 6},
        )
    )
    parts.append("</section>")

    three = queries.three_public(con)
    parts.append('<section id="three-public"><h2>“三公”经费 over time (three public expenses)</h2>')
    parts.append(COUNTING_NOTE)
    parts.append(THREE_PUBLIC_NOTE)
    parts.append(charts.three_public(three))
    parts.append(
        table(
            ["year", "district", "item", "万元", "kind", "documents"],
            [
                [
                    str(r["fiscal_year"]),
                    r["district"],
                    THREE_PUBLIC_LABELS.get(r["metric"], r["metric"]),
                    wan(r["value"]),
                    KIND.get(r["doc_kind"], r["doc_kind"]),
                    str(r["documents"]),
                ]
                for r in three
            ],
            numeric={3, 5},
        )
    )
    parts.append("</section>")

    execution = queries.budget_execution(con)
    if execution:
        parts.append('<section id="execution"><h2>预算 against 决算 (budget against actual)</h2>')
        parts.append(charts.execution(execution))
        parts.append(
            table(
                ["district", "unit", "scope", "year", "item", "budget (万元)", "adjusted", "actual", "rate"],
                [
                    [
                        esc(r["district"]),
                        esc(r["unit_name"]),
                        esc(scope_label(r["scope"])),
                        str(r["fiscal_year"]),
                        _item_text(r),
                        wan(r["budget_yuan"]),
                        wan(r["adjusted_budget_yuan"]),
                        wan(r["actual_yuan"]),
                        rate(r["execution_rate"]),
                    ]
                    for r in execution
                ],
                numeric={5, 6, 7, 8},
                raw=set(range(9)),
            )
        )
        parts.append("</section>")

    parts.append(_findings(con, bool(failed)))
    return "\n".join(parts)


def _failed(rows: list[dict[str, Any]]) -> str:
    """The section of the files that could not be read ('未能读取的文件'), apart from the units:
    one row per file with its status, what its title named (when it was read that far) and the
    reasons; '' when every file was read. ``rows``: ``queries.failed_documents``. Such a file
    holds no figure and belongs to no place, so it is never listed under a district or under
    '无区县' (units whose documents name no district)."""
    if not rows:
        return ""
    named = []
    for r in rows:
        what = " ".join(
            part
            for part in (
                f"{r['fiscal_year']}" if r["fiscal_year"] else "",
                KIND.get(r["doc_kind"], r["doc_kind"] or ""),
                _unit_text(r["unit_name"], r["unit_scope"]),
            )
            if part
        )
        named.append([r["source_path"], r["status"], r["source_format"] or "", what, r["problems"] or ""])
    return (
        '<section id="failed-documents"><h2>未能读取的文件 (files that could not be read)</h2>'
        '<p class="note">These files gave no figure: none of them is in a sum, a unit table or a place\'s '
        "page. Each is listed with its status and why it could not be read; the rest of the warehouse "
        "was built without them.</p>"
        + table(["file", "status", "format", "its title names", "why"], named)
        + "</section>"
    )


def _check_text(row: dict[str, Any]) -> str:
    """A finding's check as HTML: its description (dim_check) with the check's name in small
    print; the name alone when the warehouse has no description for it."""
    name = f'<code class="code">{esc(row["check_name"])}</code>'
    if not row.get("check_description"):
        return name
    return f"{esc(row['check_description'])}<br>{name}"


def _where_text(row: dict[str, Any]) -> str:
    """Where a finding was read, as HTML: its scope, the source line when the mart has one,
    and the detail."""
    parts = [f'<code class="code">{esc(row["scope"])}</code>']
    if row["source_line"]:
        parts.append(esc(f"line {row['source_line']}: {row['source_text']}"))
    parts.append(f'<span class="source">{esc(row["detail"])}</span>')
    return "<br>".join(parts)


def _findings(con: duckdb.DuckDBPyConnection, failed: bool) -> str:
    """The findings section: reconciliation mismatches and known issues, then the documents that
    were read with problems (``failed``: the index lists files that could not be read, and the
    section points to them)."""
    found = queries.findings(con)
    tally = ", ".join(f"{r['status']} {r['n']}" for r in queries.reconciliation_tally(con))
    parts = ['<section id="findings"><h2>Findings (发现): sums that do not add up, and document problems</h2>']
    parts.append(
        f'<p class="note">fact_reconciliation checks by status: {esc(tally)}. '
        "A mismatch is a published total its parts do not reach beyond rounding; a known issue is one "
        "explained in seeds/reference/known_source_issues.csv. A difference that is not a whole "
        "0.01 万元 is printed exactly in 元 (e.g. '-0.34 元').</p>"
    )
    if found:
        parts.append(
            table(
                ["status", "document and unit", "check", "expected (万元)", "actual", "difference", "where"],
                [
                    [
                        f'<span class="status-{esc(r["status"])}">{esc(r["status"])}</span>',
                        f'{esc(r["source_path"])}<br><span class="note">{esc(_unit_text(r["unit_name"], r["unit_scope"]))}</span>',
                        _check_text(r),
                        wan(r["expected"]),
                        wan(r["actual"]),
                        f'<span title="{esc(r["difference"])} 元">{esc(difference(r["difference"]))}</span>'
                        if r["difference"] is not None
                        else "",
                        _where_text(r),
                    ]
                    for r in found
                ],
                numeric={3, 4, 5},
                raw=set(range(7)),
            )
        )
    else:
        parts.append("<p>No mismatch and no known source issue.</p>")
    problems = queries.document_problems(con)
    parts.append('<h3 id="document-problems">Documents with problems (dim_document)</h3>')
    if failed:
        parts.append(
            '<p class="note">Documents that were read, in full or in part: the files that could not be read '
            'are under <a href="#failed-documents">未能读取的文件</a>.</p>'
        )
    if problems:
        parts.append(
            table(
                ["document", "status", "current", "year", "district", "unit", "problems (with their lines)"],
                [
                    [
                        r["source_path"],
                        r["status"],
                        "yes" if r["is_current"] else "no",
                        str(r["fiscal_year"] or ""),
                        r["district"] or "",
                        _unit_text(r["unit_name"], r["unit_scope"]),
                        r["problems"] or "",
                    ]
                    for r in problems
                ],
            )
        )
    else:
        parts.append("<p>None.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _district(con: duckdb.DuckDBPyConnection, district: str) -> str:
    rows = queries.unit_categories(con, district)
    parts = [f'<section id="district"><h2>{esc(district)}: units, and their spending by 类 and expenditure type</h2>']
    if district.endswith("无区县"):
        parts.append(
            '<p class="note">Units whose documents name no district (区县): municipal or provincial '
            "units, grouped by province.</p>"
        )
    units = [r for r in queries.metric_by_unit(con, UNIT_METRICS) if r["district"] == district]
    parts.append(_units_table(units, None))
    if not rows:
        parts.append("<p>No function classification (功能分类) rows in these units' documents.</p></section>")
        return "\n".join(parts)
    parts.append(_partial_note(queries.partial_documents(con, district), column=False))
    parts.append(
        '<p class="note">funds (资金范围): the funds each document\'s 功能分类 rows cover (all funds, or '
        "only the 一般公共预算 table: see the overview); units of different funds are not comparable.</p>"
    )
    parts.append(charts.unit_categories(rows))
    types = {
        "basic": "基本支出",
        "project": "项目支出",
        "remitted_to_superior": "上缴上级支出",
        "operating": "经营支出",
        "subsidiary_subsidy": "对附属单位补助支出",
        "unsplit": "未分",
    }
    parts.append(
        table(
            ["unit", "scope", "year", "kind", "funds (资金范围)", "类", "name", "type", "amount (万元)", "document"],
            [
                [
                    r["unit_name"],
                    scope_label(r["scope"]),
                    *_year_and_kind(r),
                    charts.fund_label(r["fund_scope"]),
                    r["category_code"] or "",
                    r["category_name"],
                    types.get(r["expenditure_type"], r["expenditure_type"]),
                    wan(r["amount_yuan"]),
                    r["source_path"],
                ]
                for r in rows
            ],
            numeric={8},
        )
    )
    parts.append("</section>")
    return "\n".join(parts)


def build_report(db_path: Path, out_dir: Path) -> Report:
    """Write the site for the warehouse at ``db_path`` (opened read-only) into ``out_dir``.

    Raises FileNotFoundError when there is no warehouse, ValueError when it has no marts."""
    if not db_path.is_file():
        raise FileNotFoundError(f"no warehouse at {db_path}: run `yusuan run` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "assets").mkdir(exist_ok=True)
    charts.write_library(out_dir / "assets" / "plotly.min.js")
    for old in out_dir.glob("district-*.html"):
        old.unlink()
    pages: list[Path] = []
    with duckdb.connect(str(db_path), read_only=True) as con:
        if not queries.has_table(con, "dim_document"):
            raise ValueError(f"{db_path} has no marts: run `yusuan build` first")
        names = queries.districts(con)
        district_pages = {name: f"district-{n + 1}.html" for n, name in enumerate(names)}
        nav = '<a href="index.html">总览 overview</a>' + "".join(
            f'<a href="{esc(p)}">{esc(d)}</a>' for d, p in district_pages.items()
        )
        index = out_dir / "index.html"
        index.write_text(
            page("yusuan 预算 report: budgets and final accounts", _index(con, district_pages), nav), encoding="utf-8"
        )
        pages.append(index)
        for name, file in district_pages.items():
            path = out_dir / file
            path.write_text(page(f"{name} — yusuan 预算", _district(con, name), nav), encoding="utf-8")
            pages.append(path)
    return Report(index=index, pages=pages)
