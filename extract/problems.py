"""The problem catalogue: every code a document's problems can carry, with its severity and meaning.

Problems are data (``ParseResult.problem(severity, code, message, ...)``, written to
raw_problems.csv and summarised in dim_document.problems). Their codes live here, once:
``tests/extraction/test_problems.py`` fails, naming the line to add, when the extractor
uses or writes a code that is not listed, or lists it with another severity.

Severities: 'error' -> the document failed (nothing from it is used); 'partial' -> part of
it could not be read or is missing; 'warning' -> a finding about the source that does not
stop it (a slip, a gap, a figure left unused).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProblemCode:
    code: str
    severity: str  # 'error' | 'partial' | 'warning'
    meaning: str


CATALOGUE: tuple[ProblemCode, ...] = (
    # reading the file
    ProblemCode("empty_file", "error", "the file is empty"),
    ProblemCode("binary_file", "error", "a binary file (PDF, Office, archive, image, control characters), not text"),
    ProblemCode("undecodable", "error", "not text in any supported encoding (UTF-8, GB18030/GBK, Big5, UTF-16)"),
    ProblemCode("cut_mid_character", "partial", "the file ends inside a multi-byte character (cut off)"),
    ProblemCode("invalid_bytes_replaced", "warning", "invalid byte sequences in the text were replaced"),
    ProblemCode(
        "invisible_characters_removed", "warning", "invisible format characters (soft hyphen, zero-width) removed"
    ),
    ProblemCode("timed_out", "error", "reading or parsing the document took longer than allowed"),
    ProblemCode("internal_error", "error", "the extractor crashed on this document (a bug: the message has the cause)"),
    # published formats (extract/readers)
    ProblemCode("archive_file", "error", "a ZIP archive, not a document: unpack it into the raw folder"),
    ProblemCode("legacy_doc", "error", "a legacy Word .doc file: convert it to .docx or PDF"),
    ProblemCode("legacy_office", "error", "a legacy Office file of an unknown kind: save it as .docx, .xlsx or PDF"),
    ProblemCode("damaged_docx", "error", "the Word file cannot be opened"),
    ProblemCode("damaged_html", "error", "the web page cannot be parsed"),
    ProblemCode("damaged_spreadsheet", "error", "the spreadsheet cannot be opened"),
    ProblemCode("damaged_pdf", "error", "the PDF cannot be parsed or has no page (damaged or truncated)"),
    ProblemCode("encrypted_pdf", "error", "the PDF is password-protected"),
    ProblemCode("too_many_pages", "error", "a PDF with more pages than a budget disclosure has"),
    ProblemCode("page_unreadable", "partial", "a PDF page could not be read"),
    ProblemCode(
        "aligned_header_unclear",
        "partial",
        "a table aligned with spaces whose header or figures cannot be placed column by column: its figures are not read",
    ),
    ProblemCode("page_without_text", "partial", "PDF pages that hold an image without a text layer (a scan)"),
    ProblemCode("sheet_unreadable", "partial", "a spreadsheet sheet could not be read"),
    ProblemCode(
        "formula_without_result",
        "partial",
        "formula cells of a workbook store no computed result: their figures are missing, not 0",
    ),
    ProblemCode("macros_ignored", "warning", "the workbook holds macros: they are not run, only cell values are read"),
    # recognising the document
    ProblemCode("not_a_disclosure", "error", "no budget or final-accounts title block: not a disclosure"),
    ProblemCode(
        "not_a_unit_disclosure",
        "error",
        "a government's own budget or final-accounts report (一般公共预算 revenue/expenditure of a whole level, "
        "预备费, 债务还本, transfers): not a department's or unit's disclosure, no figure is kept",
    ),
    ProblemCode(
        "news_or_notice",
        "error",
        "a news article, press summary or notice about disclosures (several units' budgets, their publication): "
        "no title block naming one unit's 预算/决算 disclosure (or one over a news byline), with news wording "
        "(记者, …讯, …日电), a notice's wording or several units' figures: not one unit's disclosure, no figure is kept",
    ),
    ProblemCode(
        "unknown_layout", "error", "no narrative figure and no table could be read: a layout this version does not know"
    ),
    ProblemCode(
        "no_amount_stated",
        "error",
        "the text states no amount at all (title block and outline only): nothing to keep; not a layout fault",
    ),
    ProblemCode(
        "title_from_outline",
        "warning",
        "no title line before the outline: year, kind and unit are read from an outline part heading",
    ),
    ProblemCode("no_district", "warning", "the unit name names no place (province, city or district) at all"),
    ProblemCode(
        "title_year_incomplete",
        "warning",
        "the title prints an incomplete year ('202 年度'): the fiscal year is taken from the text",
    ),
    ProblemCode("no_unit_name", "error", "no unit name in the title block: the document has no identity"),
    ProblemCode(
        "unit_name_placeholder",
        "error",
        "the unit name in the title block is a template placeholder ('上海市XX局'): a blank template, not a disclosure",
    ),
    ProblemCode(
        "cut_row_dropped", "partial", "the rows of the last, cut-off line are not used (it may stop mid-number)"
    ),
    # completeness
    ProblemCode(
        "narrative_cut_off",
        "partial",
        "the narrative visibly breaks off (its last sentence, or a heading with nothing under it): the file is cut off",
    ),
    ProblemCode("announced_tables_absent", "partial", "the narrative announces tables the file does not hold"),
    ProblemCode("table_without_rows", "partial", "a table has its title and header but no rows"),
    ProblemCode(
        "table_not_read",
        "partial",
        "a line reads as a table title with figures under it, or rows of coded figures stand under no title read, "
        "but no table was read there",
    ),
    ProblemCode(
        "table_cut_off", "partial", "a table ends early: rows or columns missing, or its 类 rows fall short of its 合计"
    ),
    # tables
    ProblemCode(
        "table_layout_unknown", "partial", "table titles found, but the tables are in no layout this version reads"
    ),
    ProblemCode(
        "page_text_columns_unread",
        "partial",
        "a classification table in PDF page text (empty cells dropped): only each row's code, name and total are read",
    ),
    ProblemCode("table_unknown", "partial", "a table kind not recognised from its title and header; values not loaded"),
    ProblemCode(
        "amount_unit_unknown",
        "partial",
        "a table's unit line names a unit that is not 元/千元/万元/十万元/百万元/千万元/亿元 (美元, %): values not loaded",
    ),
    ProblemCode(
        "amount_unit_unstated",
        "partial",
        "nothing states the unit of a table's amounts (no unit line, none in its title, notes or header cells, no "
        "statement of the document's unit, no unit line of another table; or these disagree): values not loaded, "
        "never read in a guessed unit",
    ),
    ProblemCode(
        "table_unparsed",
        "partial",
        "a recognised table could not be read (e.g. income and expenditure sides not told apart)",
    ),
    ProblemCode("row_unreadable", "partial", "a table row without a code or item for its amounts"),
    ProblemCode(
        "row_cells_missing",
        "partial",
        "a tab-separated table row has fewer cells than its header and no empty cell shows which column is "
        "empty: only a total printed first is read, the other figures are not placed under a column",
    ),
    ProblemCode(
        "function_hierarchy_unclear",
        "partial",
        "a function table prints names without codes and its rows do not add up as 类 > 款 > 项: no figure loaded",
    ),
    ProblemCode(
        "function_code_unknown",
        "partial",
        "a 款/项 printed without a code whose name the function-code reference does not list under its parent "
        "(raised by earlier versions; name-only tables now load at a coarser level: function_items_uncoded)",
    ),
    ProblemCode(
        "function_items_uncoded",
        "warning",
        "a name-only function table prints 款/项 whose names the function-code reference does not list under "
        "their parent: the document's function figures are all loaded at the finest level at which every row is "
        "coded (类, or 款), so they still add up to the totals; the finer rows are not loaded",
    ),
    ProblemCode(
        "function_level_not_printed",
        "partial",
        "the document's function figures are loaded at a coarser level (function_items_uncoded) and a table "
        "printing codes has rows below that level without their parent row: those rows are not loaded",
    ),
    ProblemCode(
        "economic_hierarchy_unclear",
        "partial",
        "an economic table prints names without codes and its rows do not add up as 类 > 款: no figure loaded",
    ),
    ProblemCode(
        "economic_code_unknown",
        "partial",
        "an economic 款 printed without a code whose name the economic-code reference does not list under its 类",
    ),
    ProblemCode(
        "unit_rows_not_loaded",
        "warning",
        "a table breaks its 合计 row down by the department's units: only the 合计 row is loaded",
    ),
    ProblemCode(
        "table_restated",
        "warning",
        "a second table of a kind already read restates its figures (a table inside the narrative): loaded once",
    ),
    ProblemCode(
        "table_restated_differs",
        "partial",
        "a second table of a kind already read prints other amounts for the same rows: not loaded (a finding)",
    ),
    ProblemCode(
        "function_items_not_loaded",
        "warning",
        "款/项 rows listed under the categories of a summary table: the categories are loaded, these are not",
    ),
    ProblemCode(
        "code_parent_not_printed",
        "partial",
        "a 款/项 code printed as its own level's part only (in a 类 | 款 | 项 column of its own, or alone), and no "
        "类/款 printed above it in the table can be its parent (none is, or the rows before it already add up to the "
        "one above): the code is not guessed, the row's figures are not loaded",
    ),
    ProblemCode(
        "code_misprinted",
        "warning",
        "digits printed where a classification code belongs are not a code (a source slip): the row's figures are not loaded",
    ),
    ProblemCode(
        "procurement_columns_unclear",
        "partial",
        "a procurement table's header does not tell planned (采购计划金额 / 预算数) from actual (实际采购金额 / "
        "决算数) amounts (two columns under one header, a column without the group heading the others have): "
        "no figure of the table is loaded",
    ),
    ProblemCode(
        "procurement_columns_not_loaded",
        "warning",
        "procurement-table columns or rows that are not the document's own amounts are not loaded: planned "
        "amounts (采购计划金额 / 预算数) in final accounts, actuals in a budget, shares (授予中小企业合同金额) "
        "and changes (比上年增减)",
    ),
    ProblemCode(
        "procurement_no_total_row",
        "partial",
        "a procurement table prints unit or project rows but no 合计 row (and is not one unlabelled row, the "
        "unit's own total): its rows are kept, no procurement total is loaded (rows are never summed)",
    ),
    ProblemCode("value_unreadable", "partial", "a table cell that should hold an amount is not a number"),
    ProblemCode(
        "table_continuation_mismatch",
        "partial",
        "rows under a bare 续表 line do not fit the table above (another header or unit, or no table above): "
        "not merged, their figures not loaded",
    ),
    ProblemCode(
        "amount_not_exact",
        "partial",
        "an amount with places beyond the fen (0.01 yuan), or not a number that can be stored: not used, never rounded",
    ),
    ProblemCode("amount_out_of_range", "partial", "an amount of 10^18 yuan or more (beyond DECIMAL(20,2)): not used"),
    ProblemCode("header_unaligned", "warning", "a table's rows are wider or narrower than its header"),
    ProblemCode(
        "untitled_rows", "warning", "rows that fit no table header (their title and header are missing); not loaded"
    ),
    ProblemCode("table_number_gap", "warning", "the table numbering skips a number (表7 not in the file)"),
    ProblemCode(
        "unknown_category", "warning", "a summary-table item is not a known function category; code left empty"
    ),
    ProblemCode("unknown_item", "warning", "a summary-table or 三公-table row item not recognised"),
    ProblemCode(
        "columns_not_loaded",
        "warning",
        "table columns that hold no amount of the year (a rate or share, a change against another year, a prior "
        "year's column in a table whose rows keep no period): their cells are not read",
    ),
    ProblemCode("unknown_column", "warning", "a table column whose header is not recognised; its cells are not loaded"),
    ProblemCode(
        "classification_conflict", "warning", "an economic table's subtitle names one classification, its codes another"
    ),
    ProblemCode("unknown_fund_item", "warning", "a performance table's fund item not recognised"),
    ProblemCode(
        "project_fragment", "warning", "performance-target rows of a project whose name and amounts are missing"
    ),
    ProblemCode(
        "indicator_unaligned", "warning", "performance indicator rows that do not fit their header; kept as text only"
    ),
    ProblemCode(
        "indicator_realigned", "warning", "performance indicator rows with a cell too many or too few, realigned"
    ),
    # narrative
    ProblemCode(
        "narrative_change_of_refused_figure",
        "warning",
        "a prior-year change stated with a figure that was refused (not stored exactly): not kept either",
    ),
    ProblemCode("narrative_unparsed_figure", "warning", "an amount in the narrative whose label no rule understands"),
    ProblemCode(
        "narrative_item_unresolved",
        "warning",
        "a 类/款/项 item named in the narrative by its names matches no single function code of the document's "
        "tables or of the official list under its parent; no figure is kept for it",
    ),
    ProblemCode("narrative_sub_unit_count", "warning", "the stated number of sub-units differs from the units listed"),
    ProblemCode(
        "narrative_category_slip", "warning", "a category amount equal to the total while others are listed; not used"
    ),
    ProblemCode(
        "narrative_category_sum", "warning", "the categories listed in the narrative add up to more than the total"
    ),
    ProblemCode(
        "narrative_conflict",
        "warning",
        "the narrative states one figure twice with values that disagree beyond their printed precision: neither "
        "is kept (both statements are rejected rows, reported by the check narrative_statements_agree); also a "
        "change stated with a statement that was not kept",
    ),
    ProblemCode(
        "narrative_restated_other_funds",
        "warning",
        "the narrative states a metric again, told of other funds (一般公共预算 / 财政拨款 …) than its first "
        "statement, with another value: another figure, not read as the metric (the message names each "
        "statement's funds, and a carry-over its line states that equals the difference; a 基本支出 whose "
        "人员经费 / 公用经费 are read with it is kept with its funds, fund_scope, to check them against)",
    ),
    # the optional manifest beside the documents (extract/manifest.py): on raw_manifest rows,
    # and appended to the described document's dim_document.problems
    ProblemCode("manifest_unreadable", "warning", "the manifest is not UTF-8 text: no source metadata loaded"),
    ProblemCode("manifest_no_file_column", "warning", "the manifest's header has no file (or source_path) column"),
    ProblemCode("manifest_no_file", "warning", "a manifest row names no file: ignored"),
    ProblemCode("manifest_unknown_file", "warning", "a manifest row names a file that is not a document: ignored"),
    ProblemCode("manifest_duplicate_file", "warning", "a file listed twice in the manifest: the first row is used"),
    ProblemCode("manifest_bad_url", "warning", "a manifest source_url that is not an http(s) address: left empty"),
    ProblemCode("manifest_bad_date", "warning", "a manifest published_on that is not a date: left empty"),
)

BY_CODE: dict[str, ProblemCode] = {entry.code: entry for entry in CATALOGUE}
