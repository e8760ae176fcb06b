"""Bad input end to end (issue 8): every file a user might drop into data/raw/.

Each case is made by the test from the five real documents (encode, convert, cut, duplicate,
rename, change the year) in a temporary copy of the project, and the real `yusuan` command
runs there. One pipeline run in all: the five originals (the bundled files) beside

* junk — one of each bad kind and a second copy of 003;
* versions — a corrected re-publication (of 002 under a unit name of its own, so that the
  original 002 stays current), a partial larger copy of 004, next year's 001, and three versions
  of 000 under a unit name of their own that nothing but the length ranks: one that prints
  other 三公 figures and a re-save with other line endings;
* variants — for each original, every encoding / line-ending / character / unit variant (each
  variant's unit name carries a tag so that all are current);
* hostile input with the checkpoint case (the tests after "hostile input" below, which say
  what they add).

Bad input must never take good documents down with it: the originals and their variants are
asserted on the run that holds all the junk and the planted errors, and the originals load
with exactly the rows of the committed seeds/raw (the five alone, tests/extraction/test_determinism.py).

A build with a deliberately broken model and one from a corrupt raw CSV, which both leave the
previous warehouse as it was, are in test_manifest_and_formats_run.py (on that run's
warehouse, so that they run beside this module's run under pytest-xdist).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import opencc
import pytest
from conftest import RAW, ROOT, Run, copy_project, run_yusuan

from extract.detect import detect

ORIGINALS = {path.name[:3]: path for path in sorted(RAW.glob("*.txt"))}
SKIP_COLUMNS = {"document_id"}
AMOUNT_TABLES = (
    "raw_function_lines",
    "raw_economic_lines",
    "raw_summary_items",
    "raw_three_public",
    "raw_projects",
    "raw_procurement_lines",
    "raw_narrative_figures",
)


def text_of(prefix: str) -> str:
    return ORIGINALS[prefix].read_text(encoding="utf-8")


def put(project: Path, rel: str, data: bytes) -> str:
    path = project / "data" / "raw" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return rel


#: the committed raw tables of the five bundled documents (data/raw)
COMMITTED = ROOT / "seeds" / "raw"


def raw_csv(raw_tables: Path, name: str) -> list[dict[str, str]]:
    """The rows of raw table ``name`` in the folder ``raw_tables`` ([] when it has none)."""
    path = raw_tables / f"{name}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def documents_by_path(raw_tables: Path) -> dict[str, dict[str, str]]:
    return {row["source_path"]: row for row in raw_csv(raw_tables, "raw_documents")}


def rows_of(raw_tables: Path, document_id: str, tables=None, drop=()) -> dict[str, list[tuple]]:
    """Every raw row of one document, without document_id (and the dropped columns), sorted."""
    out = {}
    names = tables or sorted(p.stem for p in raw_tables.glob("raw_*.csv") if p.stem != "raw_documents")
    for name in names:
        rows = [
            tuple((k, v) for k, v in row.items() if k not in SKIP_COLUMNS and k not in drop)
            for row in raw_csv(raw_tables, name)
            if row["document_id"] == document_id
        ]
        out[name] = sorted(rows)
    return out


def has_table(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> bool:
    return bool(
        con.execute(
            f"select count(*) from information_schema.tables where table_schema = '{schema}' and table_name = '{name}'"
        ).fetchone()[0]
    )


def dim_documents(run) -> dict[str, dict]:
    """dim_document rows by every source path (identical copies share their row)."""
    with run.connect() as con:
        cursor = con.execute("select * from marts.dim_document")
        columns = [d[0] for d in cursor.description]
        by_id = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}
    assert columns[0] == "document_id"
    return {path: by_id[doc["document_id"]] for path, doc in documents_by_path(run.raw_tables).items()}


def facts(run, document_id: str) -> dict[str, list[tuple]]:
    """Figures of one document in the fact marts (without the document's own ids)."""
    queries = {
        "fact_expenditure": "select function_code, expenditure_type, amount_yuan, source, source_line "
        "from marts.fact_expenditure where document_id = ? order by all",
        "fact_budget_summary": "select metric, value, value_unit from marts.fact_budget_summary "
        "where document_id = ? order by all",
    }
    out = {}
    with run.connect() as con:
        for name, sql in queries.items():
            if has_table(con, "marts", name):
                out[name] = con.execute(sql, [document_id]).fetchall()
    return out


def require_marts(run, *names: str) -> None:
    with run.connect() as con:
        missing = [n for n in names if not has_table(con, "marts", n)]
    assert not missing, f"the marts {missing} were not built"


def unit_line_index(text: str) -> int:
    meta = detect(text.split("\n"))
    assert meta.is_disclosure and len(meta.title_lines) == 2
    return meta.title_lines[0] - 1


def tag_unit(text: str, tag: str) -> str:
    """The same document under another unit name (the title's unit line only)."""
    lines = text.split("\n")
    at = unit_line_index(text)
    line = lines[at]
    core = line.rstrip()
    if core.endswith("（本级）"):
        lines[at] = core[: -len("（本级）")] + tag + "（本级）"
    else:
        lines[at] = core + tag
    return "\n".join(lines)


def cut_at(text: str, marker: str, keep: int) -> str:
    return text[: text.index(marker) + keep]


# --- variants ------------------------------------------------------------------------------

FULLWIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ".": "．", ",": "，", "%": "％"})
BIG5_UNSAFE = ("≥", "≤")
_WAN_AMOUNT = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*)万元")
_UNIT_LINE = re.compile(r"^(\s*(?:金额)?单位\s*[：:]\s*)万元(\s*)$")
_TABLE_TITLE = re.compile(r"^\s*(?:\S{2,60}表|附件\s*\d+|表[一二三四五六七八九十\d]+)\s*$")
_DECIMAL_CELL = re.compile(r"^(\s*)(\d{1,3}(?:\s*,\s*\d{3})+|\d+)\s*\.\s*(\d{2})(\s*)$")
_WAN_LABEL = re.compile(r"([（(]\s*)万元(\s*[)）])")


def to_yuan(text: str) -> str:
    """The document as a district publishing in 元 would print it: every 万元 amount × 10000.

    Narrative: 'N万元' -> 'M元'. Tables whose unit line says 万元: the unit line says 元 and
    every two-decimal cell until the next table title is multiplied (codes, counts, years and
    percentages have no decimals and are left alone).
    """

    def narrative(match: re.Match[str]) -> str:
        value = Decimal((match.group(1) + (match.group(2) or "")).replace(",", "")) * 10000
        return f"{value:.2f}{match.group(3)}元"

    out = []
    in_wan_table = False
    for line in text.split("\n"):
        unit = _UNIT_LINE.match(line)
        if unit:
            in_wan_table = True
            out.append(f"{unit.group(1)}元{unit.group(2)}")
            continue
        if _TABLE_TITLE.match(line) or (re.search(r"单位\s*[：:]", line) and "万元" not in line):
            in_wan_table = False  # a new table: scaled only once its own unit line says 万元
        if in_wan_table and "\t" in line:
            cells = []
            for cell in line.split("\t"):
                match = _DECIMAL_CELL.match(cell)
                if match:
                    digits = re.sub(r"[\s,]", "", match.group(2))
                    value = Decimal(f"{digits}.{match.group(3)}") * 10000
                    cell = f"{match.group(1)}{value:,.2f}{match.group(4)}"
                else:
                    cell = _WAN_LABEL.sub(r"\1元\2", cell)  # a column label's own unit: 当年预算（万元）
                cells.append(cell)
            out.append("\t".join(cells))
        else:
            out.append(_WAN_AMOUNT.sub(narrative, line))
    return "\n".join(out)


def variants(prefix: str) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, encoding read.py must record). Each variant's unit carries its own tag."""
    text = text_of(prefix)
    s2t, s2tw = opencc.OpenCC("s2t"), opencc.OpenCC("s2tw")
    out = {
        "utf8bom": (tag_unit(text, "变体甲").encode("utf-8-sig"), "utf-8-sig"),
        "gbk": (tag_unit(text, "变体乙").encode("gbk"), "gb18030"),
        "utf16": (tag_unit(text, "变体丙").encode("utf-16"), "utf-16"),
        "crlf": (tag_unit(text, "变体丁").replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        "cr": (tag_unit(text, "变体戊").replace("\n", "\r").encode("utf-8"), "utf-8"),
        "traditional": (s2t.convert(tag_unit(text, "变体己")).encode("utf-8"), "utf-8"),
        "fullwidth": (
            tag_unit(text, "变体庚").translate(FULLWIDTH).replace(" ", "\u3000").replace("\t ", "\t\u00a0").encode(),
            "utf-8",
        ),
        "yuan": (to_yuan(tag_unit(text, "变体辛")).encode("utf-8"), "utf-8"),
    }
    if not any(ch in text for ch in BIG5_UNSAFE):
        out["big5"] = (s2tw.convert(tag_unit(text, "变体壬")).encode("big5"), "big5")
    return out


VARIANT_FOLDERS = {
    # any sub-folder, any file name: names say nothing
    "utf8bom": "下载/2026 预算（BOM）/{p}.TXT",
    "gbk": "gbk/{p} 副本",
    "utf16": "deep/er/still/{p}.utf16.htm",
    "crlf": "windows/{p}.txt",
    "cr": "mac/{p}",
    "traditional": "繁體/{p}.txt",
    "fullwidth": "wide/{p}.dat",
    "yuan": "yuan/{p}.txt",
    "big5": "big5/{p}.b5",
}


@pytest.fixture(scope="module")
def variants_run(hostile_and_variants_run):
    """The run holding the variants, and what was made: (prefix, variant name) -> (path under
    data/raw, the encoding read.py must record); the originals are the bundled files."""
    return hostile_and_variants_run


def variant_ids():
    return [(p, n) for p in sorted(ORIGINALS) for n in (*VARIANT_FOLDERS,) if n != "big5" or "≥" not in text_of(p)]


@pytest.mark.parametrize(("prefix", "name"), variant_ids(), ids=lambda v: str(v))
def test_a_variant_reads_like_its_original(variants_run, prefix, name):
    run, made = variants_run
    docs = documents_by_path(run.raw_tables)
    original = docs[made[(prefix, "original")][0]]
    rel, encoding = made[(prefix, name)]
    variant = docs[rel]
    assert variant["encoding"] == encoding
    assert variant["status"] == original["status"] == "ok", (variant["problems"], original["problems"])
    assert variant["fiscal_year"] == original["fiscal_year"]
    assert variant["district"] == original["district"]
    assert variant["unit_name"] != original["unit_name"]  # the tag: a unit of its own
    assert variant["is_traditional"] == ("true" if name in ("traditional", "big5") else "false")
    if name == "yuan":
        # same yuan, printed differently: compare every amount, not the text
        drop = ("value_text", "source_text", "amount_unit", "column_label", "table_title")
        assert rows_of(run.raw_tables, variant["document_id"], AMOUNT_TABLES, drop) == rows_of(
            run.raw_tables, original["document_id"], AMOUNT_TABLES, drop
        )
        assert variant["amount_unit"] == "元"
    else:
        # the decoded lines are identical, so every raw row is too
        assert rows_of(run.raw_tables, variant["document_id"]) == rows_of(run.raw_tables, original["document_id"])
        assert variant["layout"] == original["layout"] and variant["table_count"] == original["table_count"]
    assert any(rows_of(run.raw_tables, original["document_id"], AMOUNT_TABLES).values()), "the original gave no figure"


@pytest.mark.parametrize(("prefix", "name"), variant_ids(), ids=lambda v: str(v))
def test_a_variant_has_the_same_figures_in_the_marts(variants_run, prefix, name):
    run, made = variants_run
    require_marts(run, "fact_expenditure", "fact_budget_summary")
    dims = dim_documents(run)
    original, variant = dims[made[(prefix, "original")][0]], dims[made[(prefix, name)][0]]
    assert original["is_current"] and variant["is_current"]
    got, expected = facts(run, variant["document_id"]), facts(run, original["document_id"])
    assert got == expected
    assert expected["fact_budget_summary"], "the original has no summary figure"


def reconciliation(run, document_id: str) -> dict[tuple[str, str], tuple]:
    with run.connect() as con:
        rows = con.execute(
            "select check_name, scope, expected, actual, difference, status from marts.fact_reconciliation "
            "where document_id = ?",
            [document_id],
        ).fetchall()
    return {(r[0], r[1]): r[2:] for r in rows}


def test_the_variants_reconcile_like_their_originals(variants_run):
    """Every variant gives its original's checks, to the cent. The 元 copies state the same
    yuan, but a document printed in 元 claims cent precision: its rounding tolerance is
    0.005 元 x (n + 1), so each 0.01万元 drift its original has ('rounding') is a mismatch there,
    with the same difference in yuan. That is the only thing that fails the run."""
    run, made = variants_run
    dims = dim_documents(run)
    drifted = set()
    for prefix in ORIGINALS:
        original = reconciliation(run, dims[made[(prefix, "original")][0]]["document_id"])
        assert original and all(r[3] != "mismatch" for r in original.values()), original
        for name in VARIANT_FOLDERS:
            if (prefix, name) not in made:
                continue
            variant = reconciliation(run, dims[made[(prefix, name)][0]]["document_id"])
            assert variant.keys() == original.keys(), (prefix, name)
            for key, (expected, actual, difference, status) in original.items():
                assert variant[key][:3] == (expected, actual, difference), (prefix, name, key)
                if name == "yuan" and status == "rounding":
                    assert variant[key][3] == "mismatch", (prefix, key)
                    drifted.add(made[(prefix, name)][0])
                else:
                    assert variant[key][3] == status, (prefix, name, key)
    assert drifted == {made[(p, "yuan")][0] for p in ("002", "003", "004")}  # 000/001 have no drift
    # of the variants and their originals, they alone fail the run (exit 1), and its summary names
    # each one; the run's other failures are the planted errors (tests below)
    assert run.returncode == 1
    failed = [line for line in run.output.splitlines() if line.lstrip().startswith("- document")]
    ours = [line for line in failed if not PLANTED_FAILED.search(line)]
    assert ours and all("yuan/" in line for line in ours), failed
    assert len({dims[rel]["document_id"] for rel, _ in made.values()}) == len(made)


# the files whose planted errors fail the run: the hostile input's (see "hostile input" below)
# and the current one of the versions of 000 that print different figures (see "versions")
PLANTED_FAILED = re.compile(r"planted_\w+\.txt|2026/000-resaved\.txt")


# --- junk ---------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 8

HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>重庆市渝中区人民政府办公室2026年部门预算情况说明_重庆市渝中区人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="article"><h1>重庆市渝中区人民政府办公室2026年部门预算情况说明</h1>
<p>附件：<a href="/u/cms/2026/预算.pdf">2026年部门预算.pdf</a></p></div></body></html>
"""

NEWS = """区财政局公开2026年部门预算
发布时间：2026-01-20 09:30  来源：区财政局  浏览次数：1024
本网讯 近日，区财政局在门户网站集中公布了全区各部门2026年部门预算情况说明，接受社会监督。
据介绍，今年全区共有86个部门公开了2026年部门预算，公开内容包括部门预算情况说明和相关表格，
一般公共预算财政拨款支出合计12.3亿元。
"""

# a press summary about several units' budgets whose headline reads as a title (a place, no unit),
# one unit's figures after another (issue 20, kind 1: it was read as one unit's disclosure)
PRESS_SUMMARY = """白水区2031年部门预算公开
白水新闻网讯 2月11日，白水区27个区级部门集中公开2031年部门预算。
区教育委员会收入预算3.1亿元，支出预算3.1亿元；区交通局收入预算1.2亿元。
"""


def unknown_layout() -> str:
    """003's title block and tables, drawn with box-drawing characters ('│ 一般公共服务支出 │ 100.00 │':
    no narrative, no reader for it; tables of '|'-separated cells are read, extract.readers.pipes)."""
    text = text_of("003")
    lines = text.split("\n")
    first_table = next(i for i, line in enumerate(lines) if line.strip() == "财政拨款收支总表")
    boxed = ["│ " + " │ ".join(line.split("\t")) + " │" if "\t" in line else line for line in lines[first_table:]]
    return "\n".join([*lines[: unit_line_index(text) + 3], "", *boxed])


#: the five originals of the run (the bundled files): prefix -> path under data/raw
GOOD = {prefix: path.name for prefix, path in ORIGINALS.items()}


def put_junk(project: Path) -> tuple[dict[str, str], str]:
    """One file of each bad kind, and a second copy of 003; returns (case -> path, the copy's path)."""
    bad = {
        "empty": put(project, "empty.txt", b""),
        "binary": put(project, "images/scan.png", PNG),
        "html": put(project, "web/page.html", HTML_PAGE.encode("utf-8")),
        "news": put(project, "web/news.txt", NEWS.encode("gbk")),
        "press_summary": put(project, "web/press.txt", PRESS_SUMMARY.encode("utf-8")),
        "unknown": put(project, "odd/boxed.txt", unknown_layout().encode("utf-8")),
        "cut_narrative": put(
            project, "partial/000-cut.txt", cut_at(text_of("000"), "三、部门预算情况说明", 60).encode()
        ),
        "cut_table": put(project, "partial/003-cut.txt", cut_at(text_of("003"), "2150501\t行政运行", 12).encode()),
    }
    duplicate = put(project, "copies/same as 003.txt", ORIGINALS["003"].read_bytes())
    return bad, duplicate


@pytest.fixture(scope="module")
def junk_run(bad_input_run):
    """The run, the originals (prefix -> path), the junk (case -> path), the copy of 003 and the
    versions (name -> path)."""
    return bad_input_run.run, GOOD, bad_input_run.bad, bad_input_run.duplicate, bad_input_run.versions


EXPECTED_BAD = {
    # case -> (status, words the reason must contain, dim_document.source_format)
    "empty": ("failed", "empty", "unknown"),
    "binary": ("failed", "PNG", "unknown"),
    "html": ("failed", "HTML", "html"),
    "news": ("failed", "not one unit's budget or final-accounts disclosure: a news article", "text"),
    "press_summary": ("failed", "names a place, no unit ('白水区')", "text"),
    "unknown": ("failed", "layout", "text"),
    "cut_narrative": ("partial", "section", "text"),
    "cut_table": ("partial", "cut off", "text"),
}


def test_junk_run_exits_1_and_names_every_bad_file(junk_run):
    run, good, bad, *_ = junk_run
    assert run.returncode == 1, run.output[-4000:]
    summary = run.stdout
    for case, rel in bad.items():
        status = EXPECTED_BAD[case][0].upper()
        assert re.search(rf"{status}\s+{re.escape(rel)}:", summary), (case, rel)
    for rel in good.values():
        assert rel in summary  # in the per-document table


@pytest.mark.parametrize("case", sorted(EXPECTED_BAD))
def test_a_bad_file_is_recorded_with_a_plain_reason(junk_run, case):
    run, _, bad, *_ = junk_run
    status, words, source_format = EXPECTED_BAD[case]
    doc = dim_documents(run)[bad[case]]
    assert doc["status"] == status, doc["problems"]
    assert words in doc["problems"], doc["problems"]
    assert doc["source_format"] == source_format
    assert doc["is_current"] is False
    if status == "failed":  # nothing is extracted from it
        rows = rows_of(run.raw_tables, doc["document_id"])
        assert not any(rows[name] for name in rows if name != "raw_problems"), rows


def test_the_five_documents_load_exactly_beside_the_junk(junk_run):
    """The same rows as the five alone: the committed seeds/raw (data/raw's five documents)."""
    run, good, *_ = junk_run
    docs, dims = documents_by_path(run.raw_tables), dim_documents(run)
    reference = documents_by_path(COMMITTED)
    assert sorted(reference) == sorted(good.values())
    for prefix, rel in good.items():
        assert docs[rel]["status"] == "ok", docs[rel]["problems"]
        assert dims[rel]["is_current"] is True
        same = reference[ORIGINALS[prefix].name]
        assert docs[rel]["document_id"] == same["document_id"]
        assert rows_of(run.raw_tables, docs[rel]["document_id"]) == rows_of(COMMITTED, same["document_id"])


def test_a_cut_file_keeps_what_is_complete_and_invents_nothing(junk_run):
    run, good, bad, *_ = junk_run
    docs = documents_by_path(run.raw_tables)
    for case, prefix in (("cut_narrative", "000"), ("cut_table", "003")):
        cut, whole = docs[bad[case]], docs[good[prefix]]
        cut_rows = rows_of(run.raw_tables, cut["document_id"], AMOUNT_TABLES)
        whole_rows = rows_of(run.raw_tables, whole["document_id"], AMOUNT_TABLES)
        assert any(cut_rows.values()), f"{case}: nothing kept"
        for name in AMOUNT_TABLES:  # every figure kept is one the complete file has too
            cut_set, whole_set = set(cut_rows[name]), set(whole_rows[name])
            if name == "raw_narrative_figures":
                # one figure, whatever sentence gave it: the complete file states a part's change in a
                # sentence of its own (read from there), the cut file only in the reason of the
                # whole's change (read from there: the parts' changes add up to the whole's). That
                # sentence may tell no funds where the complete file's does: funds not told ('')
                # claim none, so such a figure is the complete file's of whatever funds
                cut_set, whole_set = {_figure(row) for row in cut_set}, {_figure(row) for row in whole_set}
                whole_any_funds = {_figure(row, funds=False) for row in whole_set}
                cut_set = {
                    row
                    for row in cut_set
                    if not (dict(row)["fund_scope"] == "" and _figure(row, funds=False) in whole_any_funds)
                }
            assert cut_set <= whole_set, (case, name, cut_set - whole_set)


def _figure(row: tuple, funds: bool = True) -> tuple:
    """A narrative figure's identity: its metric, code, role, fund (unless ``funds`` is False) and
    value (not where it was read)."""
    keep = ("metric", "function_code", "value_role", "value", "value_unit", "is_rejected")
    return tuple((k, v) for k, v in row if k in keep or (funds and k == "fund_scope"))


def test_the_same_content_twice_is_one_document(junk_run):
    run, good, _, duplicate, _ = junk_run
    docs = documents_by_path(run.raw_tables)
    assert docs[duplicate]["document_id"] == docs[good["003"]]["document_id"]
    with run.connect() as con:
        rows = con.execute(
            "select source_path, file_copies from marts.dim_document where document_id = ?",
            [docs[duplicate]["document_id"]],
        ).fetchall()
        assert con.execute("select count(*) = count(distinct document_id) from marts.dim_document").fetchone()[0]
    assert len(rows) == 1
    row = {"source_path": rows[0][0], "file_copies": rows[0][1]}
    assert row["file_copies"] == 2
    assert row["source_path"] == min(duplicate, good["003"])


# --- versions: correction, complete vs partial, next year; then failed builds ----------------


def next_year(text: str) -> str:
    """Every year in the text moved on by one (2026年 -> 2027年, 比2025年 -> 比2026年 ...)."""
    return re.sub(r"(?<!\d)(20\d{2})(?=\s*年)", lambda m: str(int(m.group(1)) + 1), text)


def put_versions(project: Path, good: dict[str, str]) -> dict[str, str]:
    """The versions beside the junk run's documents (``good``: prefix -> path): 002 and its
    correction under a unit name of their own, a partial 004 larger than the whole one,
    next year's 001; 000 under a unit name of its own, a copy of it that prints other 三公
    figures (the same length) and a re-save of it with CRLF line endings (the longest, hence
    current), none a correction, none dated. Returns name -> path."""
    text_000 = tag_unit(text_of("000"), "两版")
    changed_000 = text_000.replace("公务接待费14.6万元", "公务接待费14.7万元", 1).replace(
        "“三公”经费预算17.4万元", "“三公”经费预算17.5万元", 1
    )
    assert changed_000.count("14.7万元") == text_000.count("14.7万元") + 1 and "17.5万元" in changed_000
    text_002 = tag_unit(text_of("002"), "版本")
    corrected = text_002.replace("2026年预算公开情况说明", "2026年预算公开情况说明（更正）", 1)
    assert corrected != text_002
    cut_004 = cut_at(text_of("004"), "2101101\t", 10)
    padded = cut_004 + "\n" * (len(text_of("004").encode()) - len(cut_004.encode()) + 100)  # larger than whole
    return {
        "002": put(project, "2026/002.txt", text_002.encode()),
        "002_corrected": put(project, "2026/更正/002.txt", corrected.encode()),
        "004": good["004"],
        "004_partial": put(project, "2025/004-partial.txt", padded.encode()),
        "001": good["001"],
        "001_next": put(project, "2027/001.txt", next_year(text_of("001")).encode()),
        "000_tagged": put(project, "2026/000.txt", text_000.encode()),
        "000_changed": put(project, "2026/000-changed.txt", changed_000.encode()),
        "000_resaved": put(project, "2026/000-resaved.txt", text_000.replace("\n", "\r\n").encode()),
    }


@pytest.fixture(scope="module")
def versions_run(junk_run):
    """The junk run, with the paths of the versions."""
    run, *_, versions = junk_run
    return run, versions


def test_versions_run_loads(versions_run):
    run, paths = versions_run
    assert run.returncode == 1, run.output[-4000:]  # the partial 004 makes it non-zero
    assert f"PARTIAL {paths['004_partial']}" in run.stdout


def test_a_correction_beats_its_original(versions_run):
    run, paths = versions_run
    dims = dim_documents(run)
    original, corrected = dims[paths["002"]], dims[paths["002_corrected"]]
    assert original["unit_id"] == corrected["unit_id"]
    assert original["fiscal_year"] == corrected["fiscal_year"] == 2026
    assert (original["status"], corrected["status"]) == ("ok", "ok")
    assert "更正" in corrected["title"]
    assert (original["is_current"], corrected["is_current"]) == (False, True)


def test_a_complete_document_beats_a_partial_larger_one(versions_run):
    run, paths = versions_run
    dims, docs = dim_documents(run), documents_by_path(run.raw_tables)
    whole, partial = dims[paths["004"]], dims[paths["004_partial"]]
    assert int(docs[paths["004_partial"]]["file_bytes"]) > int(docs[paths["004"]]["file_bytes"])
    assert whole["unit_id"] == partial["unit_id"]
    assert partial["status"] == "partial", partial["problems"]
    assert (whole["is_current"], partial["is_current"]) == (True, False)


def test_exactly_one_current_document_per_unit_year_kind(versions_run):
    run, _ = versions_run
    with run.connect() as con:
        counts = con.execute(
            "select unit_id, fiscal_year, doc_kind, count(*) filter (where is_current) "
            "from marts.dim_document where unit_id is not null group by all"
        ).fetchall()
    assert counts and all(row[3] == 1 for row in counts), counts


def test_versions_that_print_different_figures_are_a_mismatch_of_the_current_one(versions_run):
    """Three versions of 000 that nothing but the length ranks: the re-save (CRLF, the longest)
    is current; it agrees with the version it re-saves (no row) and not with the one that prints
    公务接待费14.7万元 and “三公”经费预算17.5万元 (14.6 and 17.4 in 000): a versions_agree mismatch per
    figure, the other version's figure expected. No other versions of the run (a correction, a
    partial copy, next year's file) give such a row."""
    run, paths = versions_run
    dims = dim_documents(run)
    tagged, changed, resaved = (dims[paths[k]] for k in ("000_tagged", "000_changed", "000_resaved"))
    assert tagged["unit_id"] == changed["unit_id"] == resaved["unit_id"]
    assert (tagged["status"], changed["status"], resaved["status"]) == ("ok", "ok", "ok")
    assert (tagged["is_current"], changed["is_current"], resaved["is_current"]) == (False, False, True)
    with run.connect() as con:
        rows = con.execute(
            "select document_id, scope, expected, actual, tolerance, status, detail from marts.fact_reconciliation "
            "where check_name = 'versions_agree' order by scope"
        ).fetchall()
    other = changed["document_id"]
    assert [row[:6] for row in rows] == [
        (
            resaved["document_id"],
            f"metric:three_public_reception:{other}",
            Decimal("147000.00"),
            Decimal("146000.00"),
            Decimal("0.000"),
            "mismatch",
        ),
        (
            resaved["document_id"],
            f"metric:three_public_total:{other}",
            Decimal("175000.00"),
            Decimal("174000.00"),
            Decimal("0.000"),
            "mismatch",
        ),
    ]
    assert all(paths["000_changed"] in row[6] for row in rows), rows


def test_next_years_file_is_the_same_unit_in_a_new_year(versions_run):
    run, paths = versions_run
    dims = dim_documents(run)
    this, following = dims[paths["001"]], dims[paths["001_next"]]
    assert following["unit_id"] == this["unit_id"]
    assert (this["fiscal_year"], following["fiscal_year"]) == (2026, 2027)
    assert this["is_current"] and following["is_current"]
    # the earlier year is untouched: same rows as when it is loaded without the later one (the
    # committed seeds/raw of the five bundled documents)
    before = documents_by_path(COMMITTED)[ORIGINALS["001"].name]
    assert rows_of(run.raw_tables, this["document_id"]) == rows_of(COMMITTED, before["document_id"])


# --- hostile input ---------------------------------------------------------------------------
# Hostile input end to end (issue 17): one real `yusuan run` over the five bundled documents,
# the reproductions of tests/fixtures/reliability/ and hostile file names and links.
#
# Right behaviour (tests/fixtures/reliability/README.md): the bundled documents land as
# always; every planted arithmetic error is a 'mismatch' row of fact_reconciliation (and the
# run exits 1); a figure is stored exactly or not at all; every bad file is its own row with
# a reason.
#
# The same run holds the checkpoint case (the tests after "checkpoint" below): 003 prints
# (表三, 一般公共预算财政拨款支出预算表, line 114)
#     2080899	其他优抚支出	25.65		25.65
# under 20808 抚恤 25.65. A copy of 003 under another unit name makes the 项 row say 35.65
# (total and 项目 columns alike, so the row itself still adds up) and expects: exit 1, a
# 'mismatch' row for that document in fact_reconciliation, a failed Great Expectations
# expectation in the stored validation results, Data Docs and a summary naming the document,
# the check and the difference, and the five bundled documents loaded as usual.

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reliability"


def planted(prefix: str, unit_tag: str, old: str, new: str) -> bytes:
    """A bundled document under another unit name (so that it is current too) with one figure
    changed."""
    text = ORIGINALS[prefix].read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    lines = text.replace(old, new).split("\n")
    # the unit line is the first line of 000 / 002, the second of 004 (after its title line)
    # and the third of 003 (after two empty lines), which ends in （本级）
    at = next(i for i, line in enumerate(lines[:3]) if line.strip().endswith(("局", "办公室", "（本级）")))
    line = lines[at].rstrip()
    if line.endswith("（本级）"):
        lines[at] = line[: -len("（本级）")] + unit_tag + "（本级）"
    else:
        lines[at] = line + unit_tag
    return "\n".join(lines).encode("utf-8")


# the checkpoint case: one 项 row of 003 changed (see the module's docstring)
ORIGINAL_ROW = "2080899\t其他优抚支出\t25.65\t\t25.65"
CHANGED_ROW = "2080899\t其他优抚支出\t35.65\t\t35.65"
CHANGED = "planted_section_item.txt"
CHANGED_UNIT = "重庆市綦江区经济和信息化委员会丁（本级）"


@dataclass
class BadInputRun:
    """The module's one run, and what was put beside the originals."""

    run: Run
    made: dict[tuple[str, str], tuple[str, str]]  # (prefix, variant name) -> (path, encoding)
    bad: dict[str, str]  # junk case -> path
    duplicate: str  # the second copy of 003
    versions: dict[str, str]  # version name -> path


@pytest.fixture(scope="module")
def bad_input_run(tmp_path_factory) -> BadInputRun:
    """One run over the five bundled documents, the junk, the versions, their variants
    (``variants_run``) and the hostile input."""
    base = tmp_path_factory.mktemp("bad_input")
    project = copy_project(base / "project")
    raw = project / "data" / "raw"
    for path in FIXTURES.glob("*.txt"):
        shutil.copy(path, raw / path.name)
    # a failed document under a name that reads as rich markup
    (raw / "[").mkdir()
    shutil.copy(FIXTURES / "no_unit_name.txt", raw / "[" / "red] [bold]x.txt")
    # a file name that is not UTF-8 (bytes ff fe), a link to itself, a link leaving data/raw
    # (in a folder sorting after the original: dim_document names a document by its first file)
    (raw / "zz").mkdir()
    Path(os.fsdecode(os.fsencode(raw / "zz") + b"/\xff\xfe.txt")).write_bytes(ORIGINALS["001"].read_bytes())
    (raw / "self.txt").symlink_to("self.txt")
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    # planted errors in the relations the documents print
    (raw / "planted_change.txt").write_bytes(
        planted("000", "甲", "项目支出178万元，比2025年减少320.91万元", "项目支出178万元，比2025年减少330.91万元")
    )
    (raw / "planted_income_part.txt").write_bytes(
        planted("002", "乙", "其中：一般公共预算拨款4844.56万元", "其中：一般公共预算拨款4814.56万元")
    )
    (raw / "planted_fiscal_total.txt").write_bytes(planted("004", "丙", "收入合计\t2,686.02", "收入合计\t2,696.02"))
    (raw / CHANGED).write_bytes(planted("003", "丁", ORIGINAL_ROW, CHANGED_ROW))
    # the variants of each bundled document (its original is the bundled file itself)
    made = {}
    for prefix, path in ORIGINALS.items():
        made[(prefix, "original")] = (path.name, "utf-8")
        for name, (data, encoding) in variants(prefix).items():
            rel = VARIANT_FOLDERS[name].format(p=prefix)
            made[(prefix, name)] = (put(project, rel, data), encoding)
    bad, duplicate = put_junk(project)
    versions = put_versions(project, GOOD)
    run = run_yusuan(project, "run", db_path=base / "warehouse" / "yusuan.duckdb")
    return BadInputRun(run, made, bad, duplicate, versions)


@pytest.fixture(scope="module")
def hostile_and_variants_run(bad_input_run):
    """(the run, what ``variants_run`` made)."""
    return bad_input_run.run, bad_input_run.made


@pytest.fixture(scope="module")
def hostile_run(bad_input_run):
    return bad_input_run.run


def documents(run) -> dict[str, dict]:
    with run.connect() as con:
        cursor = con.execute("select * from marts.dim_document")
        columns = [d[0] for d in cursor.description]
        return {row[columns.index("source_path")]: dict(zip(columns, row, strict=True)) for row in cursor.fetchall()}


def mismatches(run) -> set[tuple[str, str, str, Decimal, Decimal]]:
    with run.connect() as con:
        rows = con.execute(
            "select d.source_path, r.check_name, r.scope, r.expected, r.actual from marts.fact_reconciliation r "
            "join marts.dim_document d using (document_id) where r.status = 'mismatch'"
        ).fetchall()
    return set(rows)


def metric(run, path: str, name: str) -> list[Decimal]:
    with run.connect() as con:
        return [
            row[0]
            for row in con.execute(
                "select f.value from marts.fact_budget_summary f join marts.dim_document d using (document_id) "
                "where d.source_path = ? and f.metric = ?",
                [path, name],
            ).fetchall()
        ]


def test_the_run_finishes_exits_1_and_the_bundled_documents_land(hostile_run):
    assert hostile_run.returncode == 1, hostile_run.output[-3000:]
    assert "Traceback" not in hostile_run.output
    assert "the warehouse was updated" in hostile_run.output
    docs = documents(hostile_run)
    for path in ORIGINALS.values():
        assert docs[path.name]["status"] == "ok"
        assert docs[path.name]["is_current"]
    assert metric(hostile_run, ORIGINALS["000"].name, "income_change_vs_prior_year") == [Decimal("-2786600.00")]


def test_every_planted_error_is_a_mismatch_and_nothing_else_is(hostile_run):
    found = mismatches(hostile_run)
    expected = {
        (
            "planted_procurement_part.txt",
            "narrative_procurement_gpb_parts_equal_total",
            "procurement_gpb_total",
            Decimal("50000.00"),
            Decimal("90000.00"),
        ),
        (
            "planted_narrative_basic.txt",
            "narrative_basic_plus_project_equals_total",
            "expenditure_general_public_budget",
            Decimal("7176100.00"),
            Decimal("7776100.00"),
        ),
        (
            "planted_change.txt",
            "narrative_changes_basic_plus_project_equal_total",
            "expenditure_general_public_budget_change_vs_prior_year",
            Decimal("-2786600.00"),
            Decimal("-2886600.00"),
        ),
        (
            "planted_income_part.txt",
            "narrative_income_parts_equal_total",
            "income_total",
            Decimal("48445600.00"),
            Decimal("48145600.00"),
        ),
        (
            "planted_fiscal_total.txt",
            "summary_income_total_equals_current_plus_carryover",
            "fiscal_summary:1:amount",
            Decimal("26960200.00"),
            Decimal("26860200.00"),
        ),
        (
            "planted_fiscal_total.txt",
            "summary_income_equals_expenditure",
            "fiscal_summary:1:amount",
            Decimal("26960200.00"),
            Decimal("26860200.00"),
        ),
    }
    assert expected <= found, sorted(found)
    by_path = {row[0] for row in found}
    # the bundled documents and the reproductions that change no sum have no mismatch
    assert not by_path & {p.name for p in ORIGINALS.values()}
    assert not by_path & {"amount_overflow.txt", "many_decimals.txt", "invisible_char_inside_amount.txt"}
    # the other planted changes are caught by the checks of their own (narrative against table)
    assert {row[1] for row in found if row[0] == "planted_income_part.txt"} <= {
        "narrative_income_parts_equal_total",
        "narrative_equals_table",
    }


def test_the_summary_tables_are_checked_for_every_document_that_prints_one(hostile_run):
    with hostile_run.connect() as con:
        rows = con.execute(
            "select d.source_path, r.check_name, r.status from marts.fact_reconciliation r "
            "join marts.dim_document d using (document_id) where r.check_name like 'summary_%'"
        ).fetchall()
    for prefix in ("002", "003", "004"):
        checks = {name for path, name, _ in rows if path == ORIGINALS[prefix].name}
        assert {
            "summary_categories_equal_current_year",
            "summary_expenditure_total_equals_current_plus_carryover",
            "summary_income_equals_expenditure",
        } <= checks, prefix
    assert {status for path, _, status in rows if path in {p.name for p in ORIGINALS.values()}} <= {"pass", "rounding"}


def test_figures_that_cannot_be_stored_exactly_are_refused_and_the_document_says_so(hostile_run):
    docs = documents(hostile_run)
    for name, printed in (("many_decimals.txt", "84.3123456万元"), ("amount_overflow.txt", "99999999999999999.99万元")):
        assert docs[name]["status"] == "partial"
        assert printed in docs[name]["problems"]
    with hostile_run.connect() as con:
        operating = con.execute(
            "select f.value from marts.fact_budget_summary f join marts.dim_document d using (document_id) "
            "where f.metric = 'operating_cost' and d.source_path in ('many_decimals.txt', 'amount_overflow.txt')"
        ).fetchall()
    assert operating == []  # never 843,123.46


def test_an_invisible_character_inside_an_amount_is_read_exactly(hostile_run):
    path = "invisible_char_inside_amount.txt"
    assert documents(hostile_run)[path]["status"] == "ok"
    assert metric(hostile_run, path, "income_change_vs_prior_year") == [Decimal("-2786600.00")]


def test_bad_files_are_rows_with_reasons(hostile_run):
    docs = documents(hostile_run)
    # no_unit_name.txt and its copy under a name that reads as markup are one document,
    # named by its first file
    assert docs["[/red] [bold]x.txt"]["status"] == "failed"
    assert "no unit name" in docs["[/red] [bold]x.txt"]["problems"]
    assert docs["self.txt"]["status"] == "failed"
    assert docs["passwd.txt"]["status"] == "failed"
    assert "outside the raw folder" in docs["passwd.txt"]["problems"]
    assert "root:" not in hostile_run.output
    # the markup-named copy of no_unit_name.txt has its row too, printed literally
    assert "FAILED [/red] [bold]x.txt: no unit name" in hostile_run.output
    raw_documents = (hostile_run.raw_tables / "raw_documents.csv").read_text(encoding="utf-8")
    assert "zz/%FF%FE.txt" in raw_documents
    assert "[/red] [bold]x.txt" in raw_documents


# --- checkpoint: the changed 项 row of 003 ---------------------------------------------------


def changed_document_id(run) -> str:
    with run.connect() as con:
        return con.execute("select document_id from marts.dim_document where source_path = ?", [CHANGED]).fetchone()[0]


def test_fact_reconciliation_has_the_mismatch(hostile_run):
    run = hostile_run
    document_id = changed_document_id(run)
    with run.connect() as con:
        rows = con.execute(
            "select check_name, scope, expected, actual, difference from marts.fact_reconciliation "
            "where status = 'mismatch' and document_id = ? order by all",
            [document_id],
        ).fetchall()
        unit = con.execute(
            "select u.unit_name, d.status, d.is_current from marts.dim_document d join marts.dim_unit u using (unit_id) "
            "where d.document_id = ?",
            [document_id],
        ).fetchone()
    assert unit == (CHANGED_UNIT, "ok", True)
    assert (
        "function_items_sum_to_section",
        "gpb_function:20808:total",
        Decimal("256500.00"),
        Decimal("356500.00"),
        Decimal("100000.00"),
    ) in rows
    # of the changed document and the five it sits beside, it alone has a mismatch
    assert {row[0] for row in mismatches(run)} & {CHANGED, *(p.name for p in ORIGINALS.values())} == {CHANGED}


def test_the_other_documents_load_unharmed(hostile_run):
    with hostile_run.connect() as con:
        rows = con.execute(
            "select source_path, status, is_current from marts.dim_document where source_path in (?, ?, ?, ?, ?) "
            "order by 1",
            [p.name for p in ORIGINALS.values()],
        ).fetchall()
        other_mismatches = con.execute(
            "select count(*) from marts.fact_reconciliation as r join marts.dim_document as d using (document_id) "
            "where r.status = 'mismatch' and d.source_path in (?, ?, ?, ?, ?)",
            [p.name for p in ORIGINALS.values()],
        ).fetchone()[0]
    assert len(rows) == 5 and all(status == "ok" and current for _, status, current in rows)
    assert other_mismatches == 0


def test_a_great_expectations_expectation_failed(hostile_run):
    run = hostile_run
    checks_output = Path(str(run.db_path) + ".gx")  # beside the warehouse, which is outside the project
    results = sorted((checks_output / "validations").rglob("*.json"))
    assert results, "no validation results were stored"
    failed = []
    for path in results:
        document = json.loads(path.read_text(encoding="utf-8"))
        for result in document.get("results", []):
            if not result.get("success", True):
                config = result["expectation_config"]
                failed.append((config["type"], config.get("kwargs", {}).get("column")))
    assert failed, "every stored expectation passed"
    assert any(column == "mismatch_rows" for _, column in failed), failed  # fact_reconciliation: no mismatch
    assert (checks_output / "data_docs" / "local_site" / "index.html").exists()


def test_the_summary_names_the_document_the_check_and_the_difference(hostile_run):
    run = hostile_run
    document_id = changed_document_id(run)
    lines = [line for line in run.output.splitlines() if document_id in line and "mismatch" in line]
    assert lines, run.output[-3000:]
    assert any("function_items_sum_to_section" in line for line in lines), lines
    assert "100,000.00" in run.output


def test_the_last_line_says_the_run_failed_and_that_the_warehouse_holds_the_findings(hostile_run):
    run = hostile_run
    assert run.returncode == 1, run.output[-3000:]
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("run: FAILED"), last
    assert "checks failed" in last, last
    assert "the warehouse was updated and holds the findings" in last and "exit 1" in last, last
    # never the plain success wording while something failed
    assert "warehouse written" not in run.output
    assert re.search(r"build: FAILED \((dbt build, )?checks\) — the warehouse .* was updated", run.output), run.output[
        -3000:
    ]
    assert run.db_path.exists()  # swapped in: the mismatch is in its fact_reconciliation (test above)


def test_data_docs_name_the_document_unit_and_check_of_the_failure_in_a_named_run(hostile_run):
    run = hostile_run
    site = Path(str(run.db_path) + ".gx") / "data_docs" / "local_site" / "validations"
    pages = [p for p in site.rglob("*.html") if "fact_reconciliation" in str(p)]
    assert pages, sorted(str(p) for p in site.rglob("*.html"))
    run_names = {p.relative_to(site).parts[-3] for p in site.rglob("*.html")}
    assert "__none__" not in run_names
    assert all(n.startswith("yusuan-") and n.endswith("Z") for n in run_names), run_names
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert 'class="yusuan-failures"' in text
    # the document (its file), its unit and the check, not a bare number
    assert CHANGED in text and f"unit {CHANGED_UNIT}" in text
    assert "function_items_sum_to_section" in text or "mismatch" in text
