"""Issue 20, kinds 2 and 3 (held-out set 70, first contact): a 决算's narrative shows its 一般公共预算
spending by 类/款/项 in a table captioned inside the text ('表：一般公共预算财政拨款支出决算具体情况
（单位：万元）'), cells apart by full-width spaces, every column filled (code, name, 年初预算数, 决算数 and
a 完成年初预算比例 percentage). Before: no table was found and the document was 'ok' with its figures
silently unread. Now the caption titles the table (its kind from what it shows, its unit from the
caption) and a page-text block whose every row prints every figure is read column by column."""

from __future__ import annotations

from extract.pipeline import process
from extract.readers.page_text import tabulate_page_text
from extract.tables.titles import find_titles, kind_of

S = "\u3000"
_ROWS = [
    ["科目编码", "科目名称", "年初预算数", "决算数", "完成年初预算比例"],
    ["201", "一般公共服务支出", "250.00", "262.30", "104.92%"],
    ["20126", "档案事务", "250.00", "262.30", "104.92%"],
    ["2012601", "行政运行", "180.00", "190.10", "105.61%"],
    ["2012604", "档案馆", "70.00", "72.20", "103.14%"],
    ["208", "社会保障和就业支出", "40.00", "41.20", "103.00%"],
    ["20805", "行政事业单位养老支出", "40.00", "41.20", "103.00%"],
    ["2080505", "机关事业单位基本养老保险缴费支出", "40.00", "41.20", "103.00%"],
    ["", "合计", "290.00", "303.50", "104.66%"],
]
_CAPTION = "表：一般公共预算财政拨款支出决算具体情况（单位：万元）"


def _document(rows: list[list[str]], caption: str = _CAPTION) -> bytes:
    lines = [
        "某市某区档案馆",
        "2023年度部门决算",
        "第二部分　2023年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "2023年度收入总计356.20万元，支出总计356.20万元。",
        "二、一般公共预算财政拨款支出决算情况说明",
        "2023年度一般公共预算财政拨款支出303.50万元，主要用于以下方面：",
        caption,
        *(S.join(row) for row in rows),
        "三、一般公共预算财政拨款基本支出决算情况说明",
        "2023年度一般公共预算财政拨款基本支出268.30万元，其中：人员经费230.10万元，公用经费38.20万元。",
    ]
    return ("\n".join(lines) + "\n").encode()


def test_a_caption_in_the_narrative_titles_the_table_under_it() -> None:
    assert kind_of(_CAPTION) == "gpb_function"
    assert kind_of("表1：一般公共预算财政拨款支出决算明细情况") == "gpb_function"
    # a heading of the narrative that names the same spending is no caption: it titles nothing
    assert kind_of("一般公共预算财政拨款支出决算情况") == ""
    assert kind_of("表：说明") == ""
    [title] = find_titles([_CAPTION, "\t".join(_ROWS[0]), "\t".join(_ROWS[1])])
    assert (title.kind, title.text, title.amount_unit) == (
        "gpb_function",
        "一般公共预算财政拨款支出决算具体情况",
        "万元",
    )


def test_its_rows_are_read_in_every_column_with_their_roles() -> None:
    out = process(_document(_ROWS), "c")
    assert out.document["status"] == "ok"
    lines = {(r["code"] or r["name_text"], r["value_role"]): r["amount_yuan"] for r in out.rows["raw_function_lines"]}
    assert lines[("201", "budget")] == "2500000.00"
    assert lines[("201", "actual")] == "2623000.00"
    assert lines[("2080505", "actual")] == "412000.00"
    assert lines[("", "actual")] == "3035000.00"  # the 合计 row
    assert len(out.rows["raw_function_lines"]) == 16  # 8 rows x 2 amount columns (the rate is no amount)
    # the narrative around it is read as before
    figures = {r["metric"]: r["value"] for r in out.rows["raw_narrative_figures"]}
    assert figures["expenditure_general_public_budget"] == "3035000.00"
    assert figures["personnel_expenditure"] == "2301000.00"


def test_a_row_short_of_a_figure_leaves_the_columns_untold() -> None:
    short = [row[:] for row in _ROWS]
    short[4] = ["2012604", "档案馆", "72.20", "103.14%"]  # 年初预算数 empty, dropped in print
    out, _, written = tabulate_page_text([S.join(row).replace(S, " ") for row in short])
    assert written == []
    assert all("\t" not in line for line in out)
    doc = process(_document(short), "c")
    assert "raw_function_lines" not in doc.rows
    assert doc.document["status"] == "partial"  # the captioned table is found and said unread


# Held-out set 73: a narrative line announcing the table under it ('…一般公共预算支出按功能分类科目情况如下：')
# titles an untitled table headed 科目编码 / 科目名称 / 金额; the line's own figures stay the narrative's.
_LEAD = "2025年一般公共预算拨款支出6,512.37万元，比上年增加298.45万元。一般公共预算支出按功能分类科目情况如下："
_ALIGNED = [
    "                                                      单位：万元",
    "科目编码      科目名称                                  金额",
    "201          一般公共服务支出                          5,380.15",
    " 2010501       行政运行                                3,102.66",
    " 2010502       一般行政管理事务                        2,277.49",
    "221          住房保障支出                            1,132.22",
    " 2210201       住房公积金                              1,132.22",
    "             合  计                                    6,512.37",
    "三、基本支出情况",
    "2025年基本支出5,000.00万元。",
]


def _budget(lead: str) -> bytes:
    lines = ["某省统计局", "2025年部门预算", "一、收支预算总体情况", "2025年收入预算6,512.37万元。", lead, *_ALIGNED]
    return ("\n".join(lines) + "\n").encode()


def test_a_line_announcing_a_function_table_titles_it() -> None:
    [title] = find_titles(
        ["2025年一般公共预算支出按功能分类科目情况如下：", "科目编码\t科目名称\t金额", "201\t一般公共服务支出\t5.00"]
    )
    assert (title.kind, title.lead) == ("gpb_function", True)
    # a lead naming no fund's spending, or no code header under it, titles nothing
    assert find_titles(["支出按功能分类科目情况如下：", "科目编码\t科目名称\t金额"]) == []
    assert find_titles(["一般公共预算支出按功能分类科目情况如下：", "一般公共服务支出5.00万元。"]) == []


def test_the_announced_table_is_read_and_the_lead_line_stays_narrative() -> None:
    out = process(_budget(_LEAD), "l")
    assert out.document["status"] == "ok"
    lines = {r["code"] or "合计": r["amount_yuan"] for r in out.rows["raw_function_lines"]}
    assert lines == {
        "201": "53801500.00",
        "2010501": "31026600.00",
        "2010502": "22774900.00",
        "221": "11322200.00",
        "2210201": "11322200.00",
        "合计": "65123700.00",
    }
    figures = {r["metric"]: r["value"] for r in out.rows["raw_narrative_figures"]}
    assert figures["expenditure_general_public_budget"] == "65123700.00"
    assert figures["expenditure_general_public_budget_change_vs_prior_year"] == "2984500.00"
    assert figures["basic_expenditure"] == "50000000.00"


# Held-out set 74: a table printed inside the narrative under '表1  2025年一般公共预算支出功能分类构成'
# (its number apart by spaces, named by what it shows), its 类 rows by name alone under '功能分类 | 预算数
# | 占比'; the narrative goes on after it with a sentence, no heading. Before: the title was taken
# into the aligned block, the table never found and its rows read as narrative text, and the two
# sentences after it were lost.
_COMPOSITION = [
    "某镇人民政府",
    "2025年部门预算",
    "二、一般公共预算支出情况",
    "2025年一般公共预算拨款支出1,952.62万元，比上年增加162.24万元。按功能分类构成如下：",
    "",
    "表1  2025年一般公共预算支出功能分类构成",
    "单位：万元",
    "功能分类              预算数      占比",
    "一般公共服务支出      1,142.62    58.52%",
    "农林水支出              810.00    41.48%",
    "合计                  1,952.62    100.00%",
    "",
    "其中，一般公共服务支出（类）1,142.62万元，主要用于保障镇机关正常运转。",
    "农林水支出（类）810.00万元，比上年增加96.00万元，主要用于村级组织运转。",
    "三、基本支出情况",
    "2025年基本支出1,826.42万元。",
]


def test_a_table_numbered_apart_and_named_by_what_it_shows_is_read_by_its_names() -> None:
    out = process(("\n".join(_COMPOSITION) + "\n").encode(), "n")
    assert out.document["status"] == "ok", out.document["problems"]
    [table] = out.rows["raw_tables"]
    assert (table["table_kind"], table["table_number"], table["title_line"]) == ("gpb_function", "表1", "6")
    lines = {r["code"] or r["name_text"]: r["amount_yuan"] for r in out.rows["raw_function_lines"]}
    assert lines == {"201": "11426200.00", "213": "8100000.00", "合计": "19526200.00"}
    figures = {(r["metric"], r["function_code"]): r["value"] for r in out.rows["raw_narrative_figures"]}
    assert figures[("expenditure_category", "201")] == "11426200.00"
    assert figures[("expenditure_category", "213")] == "8100000.00"
    assert figures[("expenditure_category_change_vs_prior_year", "213")] == "960000.00"
    assert figures[("basic_expenditure", "")] == "18264200.00"


def test_a_caption_of_no_kind_read_here_titles_nothing() -> None:
    assert (
        find_titles(["表1  其他功能分类支出情况", "科目编码\t科目名称\t决算数", "208\t社会保障和就业支出\t252.12"])
        == []
    )


def test_a_final_accounts_table_headed_nian_chu_yu_suan_reads_its_budget_columns() -> None:
    # held-out set 74: '年初预算 | 调整预算 | 决算数' (without 数 after 预算): each a total of its role
    from extract.tables import labels

    assert [labels.function_measure(text) for text in ("年初预算", "调整预算", "决算数")] == ["total"] * 3
    assert labels.column_roles([["年初预算"], ["调整预算"], ["决算数"]]) == ["budget", "adjusted_budget", "actual"]


def test_the_narrative_goes_on_after_an_inline_table_at_a_sentence_stating_counts() -> None:
    # held-out set 75: a sentence of counts right after a table printed inside the narrative (no
    # heading between) was lost with the table
    lines = [
        *_COMPOSITION[:11],
        "",
        "截至2024年12月31日，本单位共有车辆3辆，其中：一般公务用车1辆，特种专业技术用车2辆。",
    ]
    out = process(("\n".join([*lines, *_COMPOSITION[14:]]) + "\n").encode(), "v")
    figures = {r["metric"]: r["value"] for r in out.rows["raw_narrative_figures"]}
    assert (figures["vehicles_total"], figures["vehicles_general_purpose"], figures["vehicles_special"]) == (
        "3",
        "1",
        "2",
    )
    assert figures["basic_expenditure"] == "18264200.00"
