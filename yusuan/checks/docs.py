"""Make the Great Expectations Data Docs readable offline.

GE 1.x Data Docs pull jQuery, Bootstrap, bootstrap-table, Font Awesome, popper, a date picker and
vega from public CDNs, and the logo from GE's S3 bucket (with the data context id in the query
string). GE does not ship any of these files. Without them (no internet here, nor on many servers):

- the index page is empty: its validation and suite tables are built in the browser by
  bootstrap-table from data embedded in a <script>;
- the validation pages show their tables, but the pass/fail status column is blank (Font Awesome
  icons), so one cannot tell which expectation failed.

This step rewrites every page of the local site after each run: external <script>/<link> tags are
removed (no page loads anything from the network), the logo points at GE's own copy under
static/images, a small inline stylesheet supplies table layout and the status glyphs (✔ / ✖), and
the index tables are rendered as static HTML from the very data GE embedded. Pages already
rewritten are left alone, so the cost per run is the new pages plus the index.
"""

from __future__ import annotations

import ast
import html
import os
import re
from pathlib import Path
from typing import Any

MARKER = '<meta name="yusuan-offline" content="1">'

OFFLINE_CSS = """
<style>
/* yusuan: offline replacement for the CDN stylesheets (Bootstrap, bootstrap-table, Font Awesome) */
body { font-family: -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       margin: 0 1.5rem 3rem; color: #212529; line-height: 1.45; }
a { color: #0d6efd; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid #dee2e6; padding: .3rem .6rem; vertical-align: top; text-align: left; }
th { background: #f1f3f5; }
.table-sm th, .table-sm td { padding: .2rem .5rem; }
.navbar { padding: .5rem 0; border-bottom: 1px solid #dee2e6; margin-bottom: 1rem; }
.alert-secondary { background: #e9ecef; padding: .5rem 1rem; border-radius: 4px; }
.card { border: 1px solid #dee2e6; border-radius: 4px; padding: .5rem 1rem; margin-bottom: 1rem; }
.nav-tabs, .list-group { list-style: none; padding-left: 0; }
.nav-tabs .nav-item { display: inline-block; margin-right: 1rem; }
.tab-pane { display: block; margin-bottom: 2rem; }
.collapse { display: block; }
.fas, .far, .fa { font-style: normal; font-weight: bold; }
.fa-check-circle::before { content: "\\2714"; }
.fa-times::before, .fa-times-circle::before { content: "\\2716"; }
.fa-exclamation-triangle::before { content: "\\26A0"; }
.text-success { color: #198754; }
.text-danger { color: #dc3545; }
.yusuan-failed-row td { background: #fff0f0; }
.btn { display: none; } /* filter buttons need the CDN scripts */
.d-none { display: none; }
</style>
"""

_EXTERNAL_SCRIPT = re.compile(r"<script[^>]*\bsrc=[\"']https?://[^\"']*[\"'][^>]*>\s*</script>", re.I)
_EXTERNAL_LINK = re.compile(r"<link[^>]*\bhref=[\"']https?://[^\"']*[\"'][^>]*/?>", re.I)
_REMOTE_LOGO = re.compile(r"src=[\"']https://great-expectations-web-assets[^\"']*[\"']", re.I)
_REMOTE_CSS_URL = re.compile(r"url\(\s*[\"']?https?://[^)]*\)", re.I)
_TABLE_INIT = re.compile(r"<script>\s*\$\('#(?P<id>[\w-]+)'\)\.bootstrapTable\((?P<body>.*?)\);?\s*</script>", re.S)
_JQUERY_SCRIPT = re.compile(r"<script>(?:(?!</script>).)*\$\((?:(?!</script>).)*</script>", re.S)


def _literal_after(text: str, key: str) -> Any:
    """The Python-literal list following ``key:`` in GE's table-init script (GE writes repr())."""
    start = text.index(key + ":") + len(key) + 1
    start = text.index("[", start)
    depth, quote, i = 0, "", start
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return ast.literal_eval(text[start : i + 1])
        i += 1
    raise ValueError(f"unterminated list after {key}")


def render_table(columns: list[dict], rows: list[dict]) -> str:
    """A static HTML table from bootstrap-table columns/data; each row links to its page."""
    rows = sorted(rows, key=lambda r: (-float(r.get("_run_time_sort") or 0), str(r.get("_table_row_link_path", ""))))
    head = "".join(f"<th>{html.escape(str(c.get('title', c['field'])))}</th>" for c in columns)
    body = []
    for row in rows:
        link = row.get("_table_row_link_path")
        failed = row.get("_validation_success_text") == "Failed"
        cells = []
        for n, column in enumerate(columns):
            value = str(row.get(column["field"], ""))
            if link and n == min(1, len(columns) - 1) and "<a " not in value:
                value = f'<a href="{html.escape(link)}">{value}</a>'
            cells.append(f"<td>{value}</td>")
        attrs = ' class="yusuan-failed-row"' if failed else ""
        body.append(f"<tr{attrs}>{''.join(cells)}</tr>")
    return f'<table class="table-sm"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _static_index_tables(page: str) -> str:
    for match in list(_TABLE_INIT.finditer(page)):
        table_id, body = match.group("id"), match.group("body")
        try:
            table = render_table(_literal_after(body, "columns"), _literal_after(body, "data"))
        except (ValueError, SyntaxError):
            continue
        page = page.replace(match.group(0), "")
        page = re.sub(rf"<table\s+id=\"{re.escape(table_id)}\".*?</table>", lambda _m, t=table: t, page, flags=re.S)
    return page


def offline_page(page: str, logo: str) -> str:
    """One page's HTML, rewritten to load nothing from the network."""
    page = _EXTERNAL_SCRIPT.sub("", page)
    page = _EXTERNAL_LINK.sub("", page)
    page = _REMOTE_LOGO.sub(f'src="{logo}"', page)
    page = _REMOTE_CSS_URL.sub("none", page)  # e.g. the footer's background logo
    if "bootstrapTable(" in page:
        page = _static_index_tables(page)
    page = _JQUERY_SCRIPT.sub("", page)  # inline scripts calling jQuery would only throw errors
    return page.replace("</head>", f"{MARKER}{OFFLINE_CSS}</head>", 1)


def make_offline(site: Path) -> int:
    """Rewrite the site's pages not yet rewritten (the index always); returns how many."""
    if not site.is_dir():
        return 0
    logo_file = site / "static" / "images" / "logo-long.png"
    done = 0
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if MARKER in text:
            continue
        logo = os.path.relpath(logo_file, path.parent).replace(os.sep, "/")
        path.write_text(offline_page(text, logo), encoding="utf-8")
        done += 1
    return done
