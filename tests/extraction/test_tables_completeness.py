"""Completeness: every number in every table is extracted, counted independently of the parser.

For each table the extractor reports (title line .. end line), the cells of that line span
are counted with two simple rules that do not use the parser:

* an amount printed with two decimals (``4,844.56``, ``2, 465. 43``, ``48161575.99``);
* a whole number right after a cell naming money (``项目总额（元）：`` ``1303200``,
  ``年度资金总额：`` ``7``) — performance tables print project amounts that way.

Indicator values (``≥ 95``), weights, codes and years match neither rule. The one exception:
the untitled fragment of 004 (rows whose title and header are missing from the file) is
recorded with value_count 0 by design — its numbers cannot be attributed without inventing
a header.
"""

from __future__ import annotations

import re

import pytest
from test_tables_helpers import lines_of, parsed, tables

DECIMAL = re.compile(r"^-?(?:\d{1,3}(?:,\s?\d{3})+|\d+)\.\s?\d{2}$")
WHOLE = re.compile(r"^\d+$")
MONEY_KEY = re.compile(r"(?:[（(]\s*(?:万元|元)\s*[)）]|资金|拨款|总额|预算数)\s*[:：]?$")
VALUE_TABLES = (
    "raw_function_lines",
    "raw_economic_lines",
    "raw_summary_items",
    "raw_three_public",
    "raw_projects",
    "raw_procurement_lines",
    "raw_performance_targets",
)


def independent_count(lines: tuple[str, ...], first: int, last: int) -> int:
    count, previous = 0, ""
    for line in lines[first - 1 : last]:
        for cell in (c.strip() for c in line.split("\t")):
            if not cell:
                continue
            if DECIMAL.match(cell) or (WHOLE.match(cell) and MONEY_KEY.search(previous)):
                count += 1
            previous = cell
    return count


@pytest.mark.parametrize("doc", ["002", "003", "004"])
def test_every_number_of_every_table_is_extracted(doc):
    out, lines = parsed(doc), lines_of(doc)
    emitted: dict[str, int] = {}
    for name in VALUE_TABLES:
        for row in out.result.rows.get(name, []):
            if row.get("amount_yuan"):
                emitted[row["table_seq"]] = emitted.get(row["table_seq"], 0) + 1
    for table in tables(out):
        expected = independent_count(lines, int(table["title_line"]), int(table["end_line"]))
        if not table["table_kind"]:
            assert table["value_count"] == "0" and expected > 0  # the documented fragment exception
            continue
        assert int(table["value_count"]) == expected, table
        assert emitted.get(table["table_seq"], 0) == expected, table


def test_cells_per_document():
    totals = {doc: sum(int(t["value_count"]) for t in tables(parsed(doc))) for doc in ("002", "003", "004")}
    assert totals == {"002": 389, "003": 274, "004": 226}


def test_no_tables_in_narrative_only_documents():
    for doc in ("000", "001"):
        out = parsed(doc)
        assert (out.layout, out.table_count, out.first_table_line) == ("narrative_only", 0, None)
        assert not out.result.rows and not out.result.problems
