"""A web page's table copied as text, flattened into lines (issue 20, kinds 3 and 6: narrative
anywhere, wording of web-page copies).

1. A column header of its own line ('项目　金额（万元）', '项目　决算数（万元）') declares the unit of the
   rows after it, each a paragraph of its own: a name and a number after spaces (full-width too:
   '公务接待费　3.42') is that name's amount in the declared unit; in a 决算, of the account's role.
2. A row whose name ends in a word of money is money whatever count's word it holds inside
   ('公务用车购置及运行维护费　6.30': 用车 is no count here).
3. Must not: the total row ('合计　9.72': whose total it is, the table does not name) and a row naming
   its item by several cells ('商业流通事务　行政运行　211.40'): reported, no figure; the sentence
   after the last row is a paragraph of its own, read as before; a 决算's header naming the budget
   ('项目　年初预算数（万元）'): its rows are not read (never as the account's).

Every sentence and amount is constructed (none is a document's text).
"""

from __future__ import annotations

from narrative_figures import unparsed_messages

from extract.narrative import parse_narrative
from extract.result import ParseResult


def _parse(*paragraphs: str, final: bool = False) -> ParseResult:
    year = "2024"
    title = f"{year}年度部门决算" if final else f"{year}年部门预算"
    return parse_narrative(
        ["某县某局", title, *paragraphs], None, fiscal_year=year, unit_name="某县某局", final_accounts=final
    )


def _read(*paragraphs: str, final: bool = False) -> dict[tuple[str, str, str], str]:
    kept = [
        r for r in _parse(*paragraphs, final=final).rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"
    ]
    out = {(r["metric"], r["function_code"], r["value_role"]): r["value"] for r in kept}
    assert len(out) == len(kept), kept
    return out


_THREE_PUBLIC = (
    "七、“三公”经费预算情况说明",
    "2024年“三公”经费预算9.72万元。具体如下表：",
    "项目　金额（万元）",
    "因公出国（境）费　0",
    "公务接待费　3.42",
    "公务用车购置及运行维护费　6.30",
    "其中：公务用车购置费　0",
    "公务用车运行维护费　6.30",
    "合计　9.72",
    "八、政府性基金预算支出情况",
)


def test_a_flattened_three_public_table_gives_each_part() -> None:
    assert _read(*_THREE_PUBLIC) == {
        ("three_public_total", "", ""): "97200.00",
        ("three_public_overseas", "", ""): "0.00",
        ("three_public_reception", "", ""): "34200.00",
        ("three_public_vehicle_total", "", ""): "63000.00",
        ("three_public_vehicle_purchase", "", ""): "0.00",
        ("three_public_vehicle_operation", "", ""): "63000.00",
    }
    messages = unparsed_messages(_parse(*_THREE_PUBLIC))
    assert [m for m in messages if "9.72" in m and "total row" in m]


def test_a_finals_flattened_category_table_reads_each_category_as_actual() -> None:
    paragraphs = (
        "四、一般公共预算财政拨款支出决算情况",
        "2024年度一般公共预算财政拨款支出836.15万元。",
        "结构：",
        "项目　决算数（万元）",
        "一般公共服务支出　702.40",
        "社会保障和就业支出　81.25",
        "住房保障支出　52.50",
        "合计　836.15",
        "一般公共预算财政拨款支出年初预算为820.00万元，支出决算836.15万元。",
    )
    assert _read(*paragraphs, final=True) == {
        ("expenditure_general_public_budget", "", "actual"): "8361500.00",
        ("expenditure_category", "201", "actual"): "7024000.00",
        ("expenditure_category", "208", "actual"): "812500.00",
        ("expenditure_category", "221", "actual"): "525000.00",
        ("expenditure_general_public_budget", "", "budget"): "8200000.00",
    }


def test_rows_of_several_name_cells_are_reported() -> None:
    paragraphs = (
        "二、一般公共预算拨款支出情况",
        "项目　金额（万元）",
        "商业服务业等支出　480.10",
        "商业流通事务　行政运行　211.40",
        "合计　480.10",
    )
    assert _read(*paragraphs) == {("expenditure_category", "216", ""): "4801000.00"}
    messages = unparsed_messages(_parse(*paragraphs))
    assert [m for m in messages if "211.40" in m and "several cells" in m]


def test_a_finals_rows_under_a_budget_header_are_not_the_accounts() -> None:
    paragraphs = ("四、一般公共预算财政拨款支出决算情况", "项目　年初预算数（万元）", "一般公共服务支出　702.40")
    assert _read(*paragraphs, final=True) == {}
