"""The raw CSV contract: one file per record type under ``seeds/raw/``.

Every column is text (dbt loads them all-VARCHAR and casts in staging). The column
order here is the column order on disk. ``document_id`` is filled in by the pipeline;
parsers emit rows without it.

Conventions shared by every line-level file:

* ``table_seq``   order of the table in its document (1, 2, ...); '' for narrative rows.
* ``table_kind``  the normalised kind of table (see ``TABLE_KINDS``).
* ``table_title`` the title as printed (wrapped titles joined, whitespace removed).
* ``source_line`` 1-based line number in the decoded file where the row starts.
* ``source_page`` (last column) 1-based page of that line in a paged source (PDF), '' otherwise.
* ``source_text`` the row (cells joined by a tab) or the sentence, as printed.
* ``value_text``  the cell exactly as printed; ``amount_yuan`` the exact amount in yuan
  (万元 x 10000) written as a plain decimal with two places, e.g. ``48445600.00``.
"""

from __future__ import annotations

LINE_PREFIX = ("document_id", "table_seq", "table_kind", "table_title", "source_line", "source_text")

# Kinds of table, whatever their number or title prefix in the document.
TABLE_KINDS = {
    "fiscal_summary": "财政拨款收支总表",
    "gpb_function": "一般公共预算财政拨款支出预算表",
    # 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营) spending by 功能分类: raw_function_lines
    "fiscal_function": "财政拨款支出预算表",
    "gpb_basic_economic": "一般公共预算财政拨款基本支出预算表",
    "gpb_project_economic": "一般公共预算财政拨款项目支出预算表",
    "three_public": "一般公共预算“三公”经费支出表",
    "gov_fund": "政府性基金预算支出表",
    "state_capital": "国有资本经营预算支出表",
    # 财政专户管理资金 (a fund of its own beside the 财政拨款) spending by 功能分类: raw_function_lines
    # only (no mart reads it yet; Zhejiang's 财政专户管理资金预算表)
    "special_account_function": "财政专户管理资金预算表",
    "dept_summary": "部门收支总表",
    "dept_income": "部门收入总表",
    "dept_expenditure": "部门支出总表",
    "project_budget": "项目支出预算表",
    "procurement": "政府采购(预算)明细表 / 政府采购情况表",
    "unit_performance": "部门(单位)整体绩效目标表",
    "project_performance": "项目(支出)绩效目标表",
    # final accounts (决算)
    "fa_summary": "收入支出决算总表",
    "fa_fiscal_summary": "财政拨款收入支出决算总表",
    "fa_income": "收入决算表",
    "fa_expenditure": "支出决算表",
    "operating_cost": "机关运行经费支出决算表",  # its figures: raw_three_public, item 'operating_cost'
}

# What a figure is, where a document prints several kinds side by side (final accounts print
# 年初预算数 / 调整预算数 / 决算数): 'budget' (年初预算数, 预算数), 'adjusted_budget' (调整预算数),
# 'actual' (决算数, 支出决算为); '' when nothing says (a budget's own figures, a plain 合计 column).
# In a final-accounts document only '' and 'actual' figures are actuals.
VALUE_ROLES = ("budget", "adjusted_budget", "actual", "")

RAW_TABLES: dict[str, tuple[str, ...]] = {
    # The optional manifest beside the documents (extract/manifest.py): one row per manifest row.
    "raw_manifest": (
        "source_path",  # the document it describes ('' when the row matches no document)
        "source_url",
        "publisher",
        "published_on",  # ISO date
        "manifest_file",  # manifest.csv | sources.csv
        "manifest_line",
        "problem_code",  # '' or manifest_bad_url, manifest_bad_date, manifest_unknown_file, ...
        "problem",  # plain message naming the manifest file and line
    ),
    # One row per source file (a path); identical content shares document_id.
    "raw_documents": (
        "document_id",  # first 16 hex chars of the file's sha256
        "source_path",  # relative to the raw folder, '/' separated
        "file_sha256",
        "file_bytes",
        "encoding",  # detected: utf-8, utf-8-sig, gb18030, utf-16, ...
        "is_traditional",  # 'true' when the text was converted from traditional characters
        "line_count",
        "title",  # title block as printed (lines joined by a space)
        "province",
        "district",
        "unit_name",
        "unit_code",
        "scope",  # 'department' | 'unit_only'
        "fiscal_year",
        "doc_kind",  # 'budget' | 'final_accounts'
        "is_correction",  # 'true' for an explicit 更正/调整 version
        "layout",  # pipeline.LAYOUTS: a text layout ('tsv_rows' …), 'pdf_grid' …, or ''
        "amount_unit",  # '万元' | '元'
        "table_count",
        "status",  # 'ok' | 'partial' | 'failed'
        "problems",  # plain text, '; ' separated, '' when none
        "source_format",  # 'text' | 'pdf' | 'docx' | 'xlsx' | 'html' ('' when the file could not be read)
        "page_count",  # pages of a paged format (PDF pages, spreadsheet sheets), '' otherwise
    ),
    # Problems are data: one row per problem, with where it was found.
    "raw_problems": (
        "document_id",
        "seq",
        "severity",  # 'error' (document failed) | 'partial' | 'warning' (a source finding)
        "code",  # short stable identifier, e.g. 'empty_file', 'table_unparsed'
        "table_kind",
        "source_line",
        "message",
    ),
    # One row per table found (present-but-empty tables included: is_empty = 'true').
    "raw_tables": (
        "document_id",
        "table_seq",
        "table_kind",
        "table_title",
        "table_number",  # 表一 / 表2 ... as printed, '' when unnumbered
        "title_line",
        "end_line",
        "amount_unit",  # from the table's own unit line
        "is_empty",
        "row_count",
        "value_count",  # numeric cells extracted from this table
    ),
    # Function classification lines: gpb_function, gov_fund, state_capital, dept_expenditure, dept_income.
    "raw_function_lines": (
        *LINE_PREFIX,
        "code",  # digits only, e.g. '2010301'; '' for the 合计 row
        "code_text",  # as printed (indentation stripped)
        "name_text",  # as printed
        "column_label",  # header text of the column, as printed
        "measure",  # 'total' | 'basic' | 'project' | income source key (dept_income)
        "period",  # 'current' | 'prior_year'
        "column_year",  # year printed over the column, '' if none
        "value_text",
        "amount_yuan",
        "value_role",  # see VALUE_ROLES
    ),
    # Economic classification lines: gpb_basic_economic, gpb_project_economic.
    "raw_economic_lines": (
        *LINE_PREFIX,
        "classification",  # 'department' (30x) | 'government' (50x)
        "expenditure_type",  # 'basic' | 'project'
        "code",
        "code_text",
        "name_text",
        "column_label",
        "measure",  # 'total' | 'personnel' | 'public'
        "value_text",
        "amount_yuan",
        "value_role",  # see VALUE_ROLES
    ),
    # Items of the two-sided summary tables: fiscal_summary, dept_summary.
    "raw_summary_items": (
        *LINE_PREFIX,
        "side",  # 'income' | 'expenditure'
        "item_text",  # as printed, e.g. '一、本年收入', '一般公共预算资金', '住房保障支出'
        "item_key",  # normalised, e.g. 'current_year_total', 'general_public_budget', 'category', 'total'
        "function_code",  # for expenditure category items, the 类 code ('' if not recognised)
        "column_label",
        "measure",  # 'amount' | 'general_public_budget' | 'government_fund' | 'state_capital'
        "value_text",
        "amount_yuan",
        "value_role",  # see VALUE_ROLES
    ),
    # 三公 table cells (and the 机关运行经费 table's: item 'operating_cost').
    "raw_three_public": (
        *LINE_PREFIX,
        "item",  # 'total' | 'overseas' | 'vehicle_total' | 'vehicle_purchase' | 'vehicle_operation' | 'reception' | 'operating_cost'
        "column_label",
        "period",
        "column_year",
        "value_text",
        "amount_yuan",
        "value_role",  # see VALUE_ROLES
    ),
    # Project amounts: project_budget tables and the amount lines of project_performance tables.
    "raw_projects": (
        *LINE_PREFIX,
        "unit_text",  # implementing unit as printed, e.g. '102001-重庆市…（本级）'
        "project_code",
        "project_name",
        "column_label",
        "measure",  # 'total' | 'fiscal' | 'own_level' | 'superior_subsidy' | 'other' ...
        "value_text",
        "amount_yuan",
    ),
    # Government procurement detail lines (and their total / unit subtotal rows). In final
    # accounts only the actual amounts (实际采购金额 / 决算数): planned ones are not loaded.
    "raw_procurement_lines": (
        *LINE_PREFIX,
        "row_kind",  # 'total' (with a category: that category's total) | 'unit' | 'line'
        "unit_text",
        "project_code",
        "project_name",
        "function_text",
        "gov_economic_text",
        "dept_economic_text",
        "category",  # 'goods' | 'works' | 'services' | '' when the table does not say
        "column_label",
        "measure",
        "value_text",
        "amount_yuan",
    ),
    # Performance targets: kept as text.
    "raw_performance_targets": (
        *LINE_PREFIX,
        "unit_text",
        "project_code",
        "project_name",
        "field",  # 'goal' | 'indicator' | 'basis' | 'summary' | 'fund' | ...
        "level1",
        "level2",
        "level3",
        "operator",  # ≥ ≤ = 定性 ...
        "target_value",
        "measure_unit",
        "weight",
        "is_core",
        "text",
        "item_text",  # the key cell as printed ('项目概述', '整体目标：', '部门支出预算数' ...)
        "value_text",  # field 'fund': the amount cell as printed
        "amount_yuan",  # field 'fund': exact yuan
    ),
    # Every figure the narrative states.
    "raw_narrative_figures": (
        "document_id",
        "section",  # '一' .. '六'
        "metric",  # fact_budget_summary metric name, or 'expenditure_category'
        "function_code",  # for expenditure_category: the 类 code
        "name_text",  # the thing named in the text (category name as printed, sub-unit ...)
        "value",  # yuan with two places for value_unit 'yuan'; an integer for 'count'
        "value_unit",  # 'yuan' | 'count'
        "value_text",  # as printed, with its unit, e.g. '717.61万元'
        "is_rejected",  # 'true' when detected as a source slip (kept as a finding, not used)
        "source_line",
        "source_text",
        "unit_text",  # '' = the document's unit; else the sub-unit (as printed) the figure is about
        "value_role",  # see VALUE_ROLES
        # the funds a 类/款/项 figure or a part of the spending (基本支出, 人员经费 …: a metric whose
        # name leaves them open) is of, as its text states them: 'all_funds' |
        # 'fiscal_appropriation' | 'general_public_budget' | 'government_fund'; '' when not told
        # and for other metrics (Figure.stated_funds); a 基本支出 restated of one fund with its
        # parts is a row of its own with those funds (extract.narrative._restated_whole)
        "fund_scope",
    ),
    # Statements of the narrative checked against its figures or its document (shares, 决算 vs
    # 预算 comparisons, years, placeholders; extract/narrative/claims.py). Checked by dbt.
    "raw_narrative_claims": (
        "document_id",
        "claim_kind",  # 'share' | 'comparison' | 'year' | 'listed_item' | 'section' | 'placeholder'
        "claim_text",  # the claim as printed: '占71.73%', '大于', '2023年', 'XX局'
        "claimed_value",  # share: the percentage; year: the year; section: its number
        "subject_text",  # share: the part; comparison: the 决算 figure; listed_item: the 人员经费 figure; year: 'heading' | 'year_end'
        "subject_yuan",
        "reference_text",  # share: the whole; comparison: the 预算 figure
        "reference_yuan",
        "source_line",
        "source_text",
    ),
    # Sub-units a department lists (feed dim_unit.parent_unit_id).
    "raw_sub_units": (
        "document_id",
        "unit_name",
        "unit_code",
        "source_line",
        "source_text",
    ),
}

# Rows that name their source line also name its page (paged formats; '' otherwise).
for _name, _columns in list(RAW_TABLES.items()):
    if "source_line" in _columns and _name not in ("raw_problems", "raw_documents"):
        RAW_TABLES[_name] = (*_columns, "source_page")

RAW_TABLE_NAMES = tuple(RAW_TABLES)
