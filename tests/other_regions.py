"""The documents of one `yusuan run` shared by tests/e2e/test_field_regions_pipeline.py,
tests/e2e/test_final_accounts_marts.py, tests/e2e/test_honest_checks_pipeline.py and
tests/e2e/test_unit_unstated_run.py (the session fixture ``regions_run`` in conftest.py):

* the field fixtures that are complete documents and the real published documents of other
  regions (budgets: Shanghai Putuo, Chongqing, Kunming, Hangzhou);
* final accounts (决算): the Putuo 财政局 2024 决算 with planted errors (PDF and layout text),
  Foshan, field cases 09/11/20/21 and constructed Qijiang cases;
* honest checks (tests/e2e/test_honest_checks_pipeline.py): a tab-separated row with a cell
  missing, a bundled document cut off, a text whose statements of one figure disagree, and the
  一般公共预算 splits of a budget whose other funds spend; and expenditure tables with columns
  beside 基本支出 | 项目支出 (tests/e2e/test_spending_parts_pipeline.py);
* a table whose unit nobody states (tests/e2e/test_unit_unstated_run.py), a unit's whose header
  states 元, and an empty file;
* a fresh-user trial's documents (tests/e2e/test_trial5_run.py): two 决算 and two budgets, and two
  budgets constructed later (a 其中 list running on past a '；');
* budgets whose 财政拨款 spending by 功能分类 is a 财政拨款支出预算表 (tests/e2e/test_fiscal_function_pipeline.py);
* final accounts whose narrative figures are stated of one fund (tests/e2e/test_fund_scope_pipeline.py).

Every document of one set is a unit of its own or a version the set's own tests expect (the
copies cut from one document carry a unit tag), so the two sets do not change which document
of the other is current; each module asserts on its own documents (by file)."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# --- field fixtures and published documents ----------------------------------------------------

FIELD = FIXTURES / "field"
PUBLISHED = FIXTURES / "published"
WELFARE_HOME_PDF = PUBLISHED / "上海市普陀区社会福利院2024年单位预算.pdf"
WELFARE_HOME = "welfare_home_2024_unit_budget.pdf"
KUNMING = "云南昆明_昆明市人民政府办公室机关_2026年_部门预算说明（网页正文）.html"
HANGZHOU = "浙江杭州_杭州市司法局_2026年度_部门预算.pdf"
FILES = ("01", "06", "08", "14", "15", "16", "17", "18a", "18b", "19")
# cut from the same document as another file of the run: one would replace the other as the
# current document of that unit and year, so these run under unit names of their own (15 is
# the Putuo 财政局 2024 决算 of the final-accounts documents)
RENAMED = {
    "01": "上海市普陀区社会福利院",
    "06": "上海市普陀区司法局",
    "14": "上海市普陀区司法局",
    "15": "上海市普陀区财政局",
    "16": "上海市普陀区财政局",
    "17": "上海市普陀区司法局",
    "19": "上海市普陀区社会福利院",
}


def field_file_names() -> list[str]:
    """The file names the field set puts into data/raw (the field fixtures, then the 社会福利院 PDF)."""
    names = []
    for prefix in FILES:
        (path,) = FIELD.glob(f"{prefix}_*.txt")
        names.append(path.name)
    return [*names, WELFARE_HOME]


def put_field_documents(raw: Path) -> None:
    """The field fixtures (FILES, RENAMED under a unit tag), the 社会福利院 PDF and the published
    Kunming web page and Hangzhou PDF, into the folder ``raw``."""
    for prefix in FILES:
        (path,) = FIELD.glob(f"{prefix}_*.txt")
        shutil.copy(path, raw / path.name)
    shutil.copy(WELFARE_HOME_PDF, raw / WELFARE_HOME)
    for name in (KUNMING, HANGZHOU):
        shutil.copy(PUBLISHED / name, raw / name)
    for prefix, unit in RENAMED.items():
        (path,) = raw.glob(f"{prefix}_*.txt")
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[0].startswith(unit)
        lines[0] = lines[0].replace(unit, f"{unit}测试副本{prefix}号", 1)
        path.write_text("\n".join(lines), encoding="utf-8")


# --- final accounts ----------------------------------------------------------------------------

FINAL_ACCOUNTS = [
    FIXTURES / "pdf" / "putuo_finance_2024_final_accounts_planted_errors.pdf",  # as published
    FIXTURES / "pdf" / "foshan_rail_transit_2019_final_accounts.pdf",  # another region's template
    FIXTURES / "final_accounts" / "pair" / "qijiang_test_bureau_2024_budget.txt",
    FIXTURES / "final_accounts" / "pair" / "qijiang_test_bureau_2024_final_accounts.txt",
    # a 决算 with a 机关运行经费支出决算表 (年初预算数 / 决算数, itemised)
    FIXTURES / "final_accounts" / "operating_cost" / "qijiang_test_office_2024_final_accounts.txt",
    # 政府采购情况表: the national layout (采购计划金额 | 实际采购金额), items with 预算数 | 决算数,
    # a header that cannot tell the two groups apart (its table loads no figure), a text whose
    # 政府采购支出总额 differs from its table, and the two groups over one unlabelled row
    *(
        FIXTURES / "final_accounts" / "procurement" / name
        for name in (
            "qijiang_test_archives_2024_final_accounts.txt",
            "qijiang_test_science_museum_2024_final_accounts.txt",
            "qijiang_test_records_bureau_2024_final_accounts_unclear_header.txt",
            "qijiang_test_museum_2024_final_accounts_text_differs.txt",
            # a fresh-user trial's 决算 whose table prints one unlabelled row (the unit's totals)
            "changsha_yuelu_audit_2024_final_accounts_one_unlabelled_row.txt",
        )
    ),
    # a summary table's 类 figures against the function tables' (constructed: one set that
    # agrees, a 万元 summary against a 元 支出决算表 among them; one 0.01 apart)
    *sorted((FIXTURES / "final_accounts" / "summary_categories").glob("*.txt")),
    # (fact_reconciliation covers every document; the field cases share a unit and year
    # with the sample, so their summary values are tested on the raw rows, test_final_accounts.py in tests/extraction)
    *sorted((FIXTURES / "field").glob("*_final_accounts_*.txt")),
]

# the Putuo 财政局 2024 决算 (the copy with planted errors) as poppler's ``pdftotext -layout`` writes
# it; its unit line carries a tag, so that it is a unit of its own beside the PDF (the two would
# otherwise be one unit's two versions of one year, and only one of them current)
LAYOUT_TEXT = PUBLISHED / "layout_text" / "上海市普陀区财政局2024年度部门决算（含错误的测试版本）.txt"
LAYOUT_UNIT = "上海市普陀区财政局"
LAYOUT_TAGGED = "上海市普陀区财政局版式文本"


def final_accounts_file_names() -> list[str]:
    """The file names the final-accounts set puts into data/raw."""
    return [path.name for path in FINAL_ACCOUNTS] + [LAYOUT_TEXT.name]


def put_final_accounts_documents(raw: Path) -> None:
    """The final-accounts documents (FINAL_ACCOUNTS, and LAYOUT_TEXT under its unit tag) into ``raw``."""
    for path in FINAL_ACCOUNTS:
        shutil.copy(path, raw / path.name)
    lines = LAYOUT_TEXT.read_text(encoding="utf-8").split("\n")
    assert lines[0] == LAYOUT_UNIT
    lines[0] = LAYOUT_TAGGED
    (raw / LAYOUT_TEXT.name).write_text("\n".join(lines), encoding="utf-8")


# --- honest checks: figures that were not read ---------------------------------------------------

# a tab-separated row with a cell missing (constructed: '205 教育支出 50.00 50.00' under 合计 |
# 基本支出 | 项目支出): only its total is read
ROW_CELLS_MISSING = FIXTURES / "tables" / "tsv_row_cells_missing.txt"
# the bundled 九龙坡区人民政府办公室 2026 budget (data/raw/002_*) cut at half its lines: its
# 部门支出总表 ends after its 201 rows
CUT_BUNDLED = "002_cut_at_half_its_lines.txt"
# a complete table whose 类 rows (330 + 60) fall short of its 合计 (400), more narrative after
# it: a source error, not a cut file (fresh-user trial, made up)
ROWS_SHORT_OF_TOTAL = FIXTURES / "tables" / "trial3" / "a13b_table_rows_short_of_total_not_at_end.txt"
# a text that prints one figure twice with values that disagree (constructed: '“三公”经费预算合计
# 12.30万元' and later '“三公”经费预算为13.30万元') and another twice in agreement (1234.56万元 and
# 12345612.34元): the first is a narrative_statements_agree mismatch, no value of it is kept
STATEMENTS_DISAGREE = FIXTURES / "narrative" / "statements_disagree.txt"


# a budget whose 一般公共预算 is not all its funds (constructed: 支出 200.00万元, of which 政府性基金
# 49.54万元), its text stating the 一般公共预算 spending's 基本支出 / 项目支出 (万元) and its 一般公共预算
# table in 元: the splits are compared with that fund's table (their all-funds figures are unknown)
GPB_SPLIT = FIXTURES / "narrative" / "gpb_split_when_the_fund_is_not_all_funds.txt"
# a 决算 that publishes four of the nine standard tables (held-out set 72), its figures adding up
FEW_TABLES = FIXTURES / "final_accounts" / "few_tables" / "test_archives_2024_final_accounts_four_tables.txt"


# expenditure tables with columns beside 基本支出 | 项目支出 (tests/e2e/test_spending_parts_pipeline.py;
# made-up documents, tests/fixtures/tables/spending_parts/README.md): 上缴上级支出 / 经营支出 /
# 对附属单位补助支出 columns, 基本支出 printed as 人员经费 | 公用经费, a column not recognised, and a
# text whose 基本 + 项目 fall short of its total with no other part printed anywhere
SPENDING_PARTS = sorted((FIXTURES / "tables" / "spending_parts").glob("*.txt"))


# one document's rows never keep the others out of the warehouse (fresh-user trial 5, F1): p04, a
# street office whose 一般公共预算 table's 款/项 rows print their codes split over 类 | 款 | 项 columns
# and whose 政府性基金 table prints 2120899 (as the trial wrote it), and a made-up copy whose
# 一般公共预算 table prints its 类 rows only: 212 there, 2120899 in the 政府性基金 table
ONE_LEVEL_PER_BRANCH = [
    FIXTURES / "tables" / "trial5" / "p04_guangxi_street_office_split_codes_gov_fund_sangong_zero.txt",
    FIXTURES / "tables" / "trial5" / "class_rows_gpb_table_and_gov_fund_items.txt",
]


def honest_check_file_names() -> list[str]:
    """The file names the honest-checks set puts into data/raw."""
    return [
        ROW_CELLS_MISSING.name,
        CUT_BUNDLED,
        STATEMENTS_DISAGREE.name,
        ROWS_SHORT_OF_TOTAL.name,
        GPB_SPLIT.name,
        FEW_TABLES.name,
        *(path.name for path in SPENDING_PARTS),
        *(path.name for path in ONE_LEVEL_PER_BRANCH),
    ]


def put_honest_check_documents(raw: Path) -> None:
    """The row-with-a-cell-missing fixture, the bundled document 002 cut at half its lines, the
    text whose statements of one figure disagree, the table whose rows fall short of its 合计 and
    the 一般公共预算 split fixture, the 决算 printing four standard tables (FEW_TABLES), the spending-parts documents (SPENDING_PARTS) and the documents
    whose function tables print one branch at two levels (ONE_LEVEL_PER_BRANCH), into ``raw``."""
    shutil.copy(ROW_CELLS_MISSING, raw / ROW_CELLS_MISSING.name)
    for path in [*SPENDING_PARTS, *ONE_LEVEL_PER_BRANCH]:
        shutil.copy(path, raw / path.name)
    shutil.copy(STATEMENTS_DISAGREE, raw / STATEMENTS_DISAGREE.name)
    shutil.copy(ROWS_SHORT_OF_TOTAL, raw / ROWS_SHORT_OF_TOTAL.name)
    shutil.copy(GPB_SPLIT, raw / GPB_SPLIT.name)
    shutil.copy(FEW_TABLES, raw / FEW_TABLES.name)
    (bundled,) = (FIXTURES.parents[1] / "data" / "raw").glob("002_*.txt")
    lines = bundled.read_bytes().split(b"\n")
    (raw / CUT_BUNDLED).write_bytes(b"\n".join(lines[: len(lines) // 2]))


# --- a table whose unit nobody states ------------------------------------------------------------

# a 一般公共预算财政拨款支出预算表 in 元 with no '单位：' line anywhere (the fresh-user trial's input,
# once loaded × 10,000 as 万元), the same table of a second unit whose header prints '合计（元）',
# and an empty file (a failed document, which showed 万元): made up, the figures our own (the same
# as tests/extraction/test_table_units_stated.py)
UNIT_TABLE = [
    "一般公共预算财政拨款支出预算表",
    "科目编码\t科目名称\t{total}\t基本支出\t项目支出",
    "\t合计\t1234567.89\t1000000.00\t234567.89",
    "201\t一般公共服务支出\t1234567.89\t1000000.00\t234567.89",
    "20101\t人大事务\t1234567.89\t1000000.00\t234567.89",
    "2010101\t行政运行\t1234567.89\t1000000.00\t234567.89",
]
UNIT_UNSTATED = "unit_unstated_no_unit.txt"
UNIT_IN_HEADER = "unit_unstated_header_unit.txt"
UNIT_EMPTY = "unit_unstated_empty.txt"


def unit_table_document(unit: str, total: str) -> bytes:
    """A 綦江区 2026 budget of ``unit`` whose one table's total column is headed ``total``."""
    lines = [f"重庆市綦江区{unit}2026年部门预算情况说明", "", "一、部门主要职能", f"负责全区{unit}工作。", ""]
    return "\n".join([*lines, *(line.format(total=total) for line in UNIT_TABLE)]).encode("utf-8")


def unit_unstated_file_names() -> list[str]:
    """The file names the unit-unstated set puts into data/raw."""
    return [UNIT_UNSTATED, UNIT_IN_HEADER, UNIT_EMPTY]


def put_unit_unstated_documents(raw: Path) -> None:
    """The table without a unit (档案馆), the one whose header says 元 (图书馆) and the empty file, into ``raw``."""
    (raw / UNIT_UNSTATED).write_bytes(unit_table_document("档案馆", "合计"))
    (raw / UNIT_IN_HEADER).write_bytes(unit_table_document("图书馆", "合计（元）"))
    (raw / UNIT_EMPTY).write_bytes(b"")  # a failed document states no unit either


# --- a fresh-user trial's documents ----------------------------------------------------------------

# made up by a fresh-user trial, their figures written down before the run
# (tests/fixtures/final_accounts/trial5/README.md): a 决算 whose narrative income parts do not add up
# (planted: 760 + 50 against 本年收入合计 820), a 决算 whose function table's budget column is 全年预算数,
# a budget (.docx) stating its 本年收入 with a 其中 list ended by '；' before 上年结转 (no part of it), and a budget
# with a 项目支出绩效目标表; and two budgets constructed later whose 其中 list runs on past a '；' (one
# adds up, one holds a planted error)
TRIAL5 = sorted(path for path in (FIXTURES / "final_accounts" / "trial5").iterdir() if path.name.startswith("p"))


def trial5_file_names() -> list[str]:
    """The file names the trial set puts into data/raw."""
    return [path.name for path in TRIAL5]


def put_trial5_documents(raw: Path) -> None:
    """The trial's documents (TRIAL5) into ``raw``."""
    for path in TRIAL5:
        shutil.copy(path, raw / path.name)


# --- a 财政拨款支出预算表 (all 财政拨款 funds by 功能分类) ------------------------------------------------

# constructed budgets (tests/fixtures/tables/fiscal_function/README.md): the 财政拨款支出预算表 alone,
# beside an all-funds 部门支出总表, and beside the per-fund tables it holds
FISCAL_FUNCTION = sorted((FIXTURES / "tables" / "fiscal_function").glob("*.txt"))


def fiscal_function_file_names() -> list[str]:
    """The file names the 财政拨款支出预算表 set puts into data/raw."""
    return [path.name for path in FISCAL_FUNCTION]


def put_fiscal_function_documents(raw: Path) -> None:
    """The 财政拨款支出预算表 documents (FISCAL_FUNCTION) into ``raw``."""
    for path in FISCAL_FUNCTION:
        shutil.copy(path, raw / path.name)


# --- the funds a 决算's narrative figures are stated of ------------------------------------------

# constructed final accounts (tests/fixtures/final_accounts/fund_scope/README.md): 类 listed of the
# 一般公共预算 on a line that states no total, the 人员经费 / 公用经费 of a 一般公共预算财政拨款基本支出,
# and 类 of all funds before a 一般公共预算 list naming one more
FUND_SCOPE = sorted((FIXTURES / "final_accounts" / "fund_scope").glob("*.txt"))


def fund_scope_file_names() -> list[str]:
    """The file names the fund-scope set puts into data/raw."""
    return [path.name for path in FUND_SCOPE]


def put_fund_scope_documents(raw: Path) -> None:
    """The fund-scope documents (FUND_SCOPE) into ``raw``."""
    for path in FUND_SCOPE:
        shutil.copy(path, raw / path.name)
