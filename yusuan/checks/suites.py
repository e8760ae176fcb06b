"""The Great Expectations suites: what each check family protects, in one registry.

The committed context under ``gx/`` (great_expectations.yml, expectations/, validation_definitions/,
checkpoints/) is generated from this registry by ``python -m yusuan.checks.suites`` and read at run
time; a test keeps the two in step. Each expectation carries ``meta.check`` (its id here) so a failed
result can be turned back into a sentence naming the document, the rule and the difference.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yusuan.checks import frames

CHECKPOINT = "marts"
DATASOURCE = "check_frames"
#: relative to the project root; the checkpoint runs with the project root as working directory
FRAMES_DIR = Path("gx") / "uncommitted" / "frames"
#: failing rows listed (by row_key) per expectation in the results, the Data Docs and the run summary
PARTIAL_UNEXPECTED = 20
#: SUMMARY, not COMPLETE: a result holds the count and the first PARTIAL_UNEXPECTED failing rows, so
#: a run where thousands of documents fail writes (and renders) results of a bounded size
RESULT_FORMAT = {
    "result_format": "SUMMARY",
    "unexpected_index_column_names": ["row_key"],
    "partial_unexpected_count": PARTIAL_UNEXPECTED,
}


def yuan(cents: int | None) -> str:
    """Whole cents as a yuan amount, exactly: -123456 -> '-1,234.56'."""
    if cents is None:
        return "?"
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(int(cents)), 100)
    return f"{sign}{whole:,}.{part:02d}"


Row = dict[str, Any]


@dataclass(frozen=True)
class Check:
    id: str
    expectation: str  # class name in great_expectations.expectations
    kwargs: dict[str, Any]
    description: str
    detail: Callable[[Row], str] = field(compare=False)


@dataclass(frozen=True)
class Family:
    suite: str
    frame: str
    notes: str
    sql: Callable[[str], str]
    checks: tuple[Check, ...]
    subject: str = "document"  # what row_key names, for failure messages


def at_most_zero(column: str) -> dict[str, Any]:
    return {"column": column, "max_value": 0}


def only(column: str, value: Any) -> dict[str, Any]:
    return {"column": column, "value_set": [value]}


def _not_null(column: str, what: str) -> Check:
    return Check(
        f"{column}_not_null",
        "ExpectColumnValuesToNotBeNull",
        {"column": column},
        f"every row has a {column}",
        lambda row: f"{what} without a {column}",
    )


def _unique(column: str) -> Check:
    return Check(
        f"{column}_unique",
        "ExpectColumnValuesToBeUnique",
        {"column": column},
        f"{column} is unique",
        lambda row: f"{column} {row.get(column)!r} appears more than once",
    )


def _well_formed(column: str) -> Check:
    return Check(
        f"{column}_well_formed",
        "ExpectColumnValuesToMatchRegex",
        {"column": column, "regex": frames.CODE_PATTERN},
        f"{column} is 3, 5 or 7 digits",
        lambda row: f"{column} {row.get(column)!r} is not 3, 5 or 7 digits",
    )


def _difference(row: Row, prefix: str, lhs: str, lhs_cents: int | None, rhs: str, rhs_cents: int | None) -> str:
    return (
        f"{lhs} = {yuan(lhs_cents)} yuan, {rhs} = {yuan(rhs_cents)} yuan: "
        f"difference {yuan(row[f'{prefix}difference_cents'])} yuan, "
        f"beyond the rounding tolerance {yuan(row[f'{prefix}tolerance_cents'])} yuan "
        f"({row.get('amount_unit')}) by {yuan(row[f'{prefix}excess_cents'])} yuan"
    )


def _relation_check(relation: frames.Relation) -> Check:
    def detail(row: Row) -> str:
        parts = [
            row[f"{part}_cents"] if row[f"{part}_cents"] is not None or part not in relation.optional else 0
            for part in relation.parts
        ]
        lhs = None if any(p is None for p in parts) else sum(parts)
        return _difference(
            row, f"{relation.name}_", " + ".join(relation.parts), lhs, relation.total, row[f"{relation.total}_cents"]
        )

    return Check(
        f"{relation.name}_adds_up",
        "ExpectColumnValuesToBeBetween",
        at_most_zero(f"{relation.name}_excess_cents"),
        f"{relation.sentence} within the rounding rule, where all are stated",
        detail,
    )


CONTRACT = Family(
    suite="marts.contract",
    frame="marts_contract",
    subject="column",
    notes="The mart tables and columns the other suites read exist, with exact amount types (DESIGN.md contract).",
    sql=frames.contract_sql,
    checks=(
        Check(
            "column_present",
            "ExpectColumnValuesToBeInSet",
            only("is_present", True),
            "every mart column the checks read exists",
            lambda row: f"marts.{row['row_key']} does not exist",
        ),
        Check(
            "column_type",
            "ExpectColumnValuesToBeInSet",
            only("has_required_type", True),
            "amounts are exact types (DECIMAL(20,2) where the contract says so)",
            lambda row: f"marts.{row['row_key']} is {row['data_type']}, the contract needs {row['required_type']}",
        ),
    ),
)

FACT_EXPENDITURE = Family(
    suite="fact_expenditure.totals",
    frame="fact_expenditure_by_document",
    notes=(
        "Per current document: the fact_expenditure rows add up to the stated expenditure_total within the "
        "rounding rule; amounts are present and not negative; types and function codes are known."
    ),
    sql=frames.fact_expenditure_sql,
    checks=(
        _not_null("document_id", "fact_expenditure rows"),
        Check(
            "current_documents_only",
            "ExpectColumnValuesToBeInSet",
            only("is_current_document", True),
            "fact_expenditure holds current documents only",
            lambda row: f"{row['expenditure_rows']} fact_expenditure rows for a document that is not current",
        ),
        Check(
            "sum_equals_expenditure_total",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("excess_cents"),
            "the document's expenditure rows sum to its expenditure_total within the rounding rule",
            lambda row: _difference(
                row,
                "",
                f"sum of {row['expenditure_rows']} fact_expenditure rows",
                row["expenditure_sum_cents"],
                "expenditure_total",
                row["expenditure_total_cents"],
            ),
        ),
        Check(
            "expenditure_total_stated",
            "ExpectColumnValuesToBeInSet",
            only("is_total_missing", False),
            "a document with expenditure rows states its expenditure_total (else its sum cannot be checked)",
            lambda row: (
                f"{row['expenditure_rows']} fact_expenditure rows but no expenditure_total in fact_budget_summary"
            ),
        ),
        Check(
            "no_null_amounts",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("null_amount_rows"),
            "every expenditure row has an amount",
            lambda row: f"{row['null_amount_rows']} fact_expenditure rows with a NULL amount_yuan",
        ),
        Check(
            "no_negative_amounts",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("negative_amount_rows"),
            "no negative amounts",
            lambda row: f"{row['negative_amount_rows']} negative amount(s), e.g. {row['first_negative_amount']} yuan",
        ),
        Check(
            "accepted_expenditure_types",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("unknown_type_rows"),
            "expenditure_type is basic, project or unsplit",
            lambda row: (
                f"{row['unknown_type_rows']} row(s) with expenditure_type {row['first_unknown_type']!r} "
                f"(accepted: {', '.join(frames.ACCEPTED_EXPENDITURE_TYPES)})"
            ),
        ),
        Check(
            "known_function_codes",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("unknown_function_code_rows"),
            "every function_code exists in dim_function_code",
            lambda row: (
                f"{row['unknown_function_code_rows']} row(s) whose function_code is not in dim_function_code, "
                f"e.g. {row['first_unknown_function_code']}"
            ),
        ),
    ),
)

FACT_BUDGET_SUMMARY = Family(
    suite="fact_budget_summary.arithmetic",
    frame="fact_budget_summary_by_document",
    notes=(
        "Per current document: the stated parts add up to the stated totals (basic + project, personnel + public, "
        "三公 and vehicle parts, procurement parts, income = expenditure for budgets, 本年收入合计 + 使用非财政拨款结余 + "
        "年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余 for final accounts) within the rounding rule, and the "
        "narrative agrees with the table where both state a figure."
    ),
    sql=frames.fact_budget_summary_sql,
    checks=(
        _not_null("document_id", "fact_budget_summary rows"),
        Check(
            "known_documents",
            "ExpectColumnValuesToBeInSet",
            only("is_known_document", True),
            "every row belongs to a document in dim_document",
            lambda row: f"{row['metric_rows']} fact_budget_summary rows for a document not in dim_document",
        ),
        Check(
            "one_row_per_metric",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("duplicate_metric_rows"),
            "one row per document x metric",
            lambda row: f"{row['duplicate_metric_rows']} duplicate metric row(s)",
        ),
        Check(
            "no_null_values",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("null_value_rows"),
            "every stated metric has a value",
            lambda row: f"{row['null_value_rows']} metric row(s) with a NULL value",
        ),
        Check(
            "no_negative_values",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("negative_value_rows"),
            "no negative values except the *_change_vs_prior_year metrics",
            lambda row: f"{row['negative_value_rows']} negative value(s), e.g. {row['first_negative_metric']}",
        ),
        *(_relation_check(relation) for relation in frames.RELATIONS),
        Check(
            "narrative_equals_table",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("narrative_table_excess_cents"),
            "narrative_value = table_value where both exist (rounding rule, one term)",
            lambda row: (
                f"narrative and table differ by {yuan(row['narrative_table_max_gap_cents'])} yuan for "
                f"{row['narrative_table_worst_metric']}, beyond the tolerance "
                f"{yuan(row['narrative_table_tolerance_cents'])} yuan"
            ),
        ),
        Check(
            "narrative_equals_table_counts",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("count_disagreement_rows"),
            "counts (value_unit 'count') agree exactly between narrative and table",
            lambda row: f"narrative and table counts differ for {row['first_count_disagreement']}",
        ),
    ),
)

FACT_RECONCILIATION = Family(
    suite="fact_reconciliation.status",
    frame="fact_reconciliation_by_document",
    notes=(
        "Per current document: no reconciliation check is a 'mismatch' (beyond the rounding rule and not a known "
        "source issue); statuses are known; difference = actual - expected."
    ),
    sql=frames.fact_reconciliation_sql,
    checks=(
        _not_null("document_id", "fact_reconciliation rows"),
        Check(
            "known_documents",
            "ExpectColumnValuesToBeInSet",
            only("is_known_document", True),
            "every row belongs to a document in dim_document",
            lambda row: f"{row['reconciliation_rows']} fact_reconciliation rows for a document not in dim_document",
        ),
        Check(
            "no_mismatch",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("mismatch_rows"),
            "no reconciliation row has status 'mismatch'",
            lambda row: (
                f"{row['mismatch_rows']} mismatch(es) ({row['mismatch_checks']}); largest: {row['worst_check']}"
                f" [{row['worst_scope']}] expected {yuan(row['worst_expected_cents'])} yuan, actual "
                f"{yuan(row['worst_actual_cents'])} yuan, difference {yuan(row['worst_difference_cents'])} yuan"
                + (f" — {row['worst_detail']}" if row.get("worst_detail") else "")
            ),
        ),
        Check(
            "accepted_statuses",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("unknown_status_rows"),
            "status is pass, rounding, mismatch or known_issue",
            lambda row: f"{row['unknown_status_rows']} row(s) with status {row['first_unknown_status']!r}",
        ),
        Check(
            "difference_is_actual_minus_expected",
            "ExpectColumnValuesToBeBetween",
            at_most_zero("inconsistent_difference_rows"),
            "|difference| = |actual - expected| on every row",
            lambda row: (
                f"{row['inconsistent_difference_rows']} row(s) where difference is not actual - expected, "
                f"e.g. {row['first_inconsistent_difference']}"
            ),
        ),
    ),
)

DIM_DOCUMENT = Family(
    suite="dim_document.keys",
    frame="dim_document_rows",
    notes="document_id unique and not null; one current document per unit x year x kind, with a unit and amount unit.",
    sql=frames.dim_document_sql,
    checks=(
        _not_null("document_id", "a dim_document row"),
        _unique("document_id"),
        _not_null("is_current", "a dim_document row"),
        Check(
            "one_current_per_unit_year_kind",
            "ExpectColumnValuesToBeBetween",
            {"column": "current_documents_per_unit_year_kind", "max_value": 1},
            "one current document per unit x fiscal year x kind",
            lambda row: (
                f"{row['current_documents_per_unit_year_kind']} current documents for unit {row['unit_id']}, "
                f"{row['fiscal_year']} {row['doc_kind']}"
            ),
        ),
        Check(
            "current_document_complete",
            "ExpectColumnValuesToBeInSet",
            only("is_current_document_complete", True),
            "a current document has a unit_id and an amount_unit of 万元 or 元",
            lambda row: f"current document with unit_id {row['unit_id']!r}, amount_unit {row['amount_unit']!r}",
        ),
    ),
)

DIM_UNIT = Family(
    suite="dim_unit.keys",
    frame="dim_unit_rows",
    subject="unit",
    notes="unit_id unique and not null; every unit has a name; parent_unit_id points at a unit.",
    sql=frames.dim_unit_sql,
    checks=(
        _not_null("unit_id", "a dim_unit row"),
        _unique("unit_id"),
        _not_null("unit_name", "a dim_unit row"),
        Check(
            "parent_unit_known",
            "ExpectColumnValuesToBeInSet",
            only("is_parent_known", True),
            "parent_unit_id, where set, is a unit in dim_unit",
            lambda row: f"parent_unit_id {row['parent_unit_id']!r} is not in dim_unit",
        ),
    ),
)

DIM_FUNCTION_CODE = Family(
    suite="dim_function_code.keys",
    frame="dim_function_code_rows",
    subject="function code",
    notes="function_code unique, not null, 3/5/7 digits; level and parent_code agree with the code.",
    sql=frames.dim_function_code_sql,
    checks=(
        _not_null("function_code", "a dim_function_code row"),
        _unique("function_code"),
        _well_formed("function_code"),
        Check(
            "level_matches_code",
            "ExpectColumnValuesToBeInSet",
            only("is_level_consistent", True),
            "level is 1, 2, 3 for 3, 5, 7 digits",
            lambda row: f"level {row['level']} for a {len(row['function_code'] or '')}-digit code",
        ),
        Check(
            "parent_matches_code",
            "ExpectColumnValuesToBeInSet",
            only("is_parent_consistent", True),
            "parent_code is the code without its last two digits (none for a 类)",
            lambda row: f"parent_code {row['parent_code']!r}",
        ),
    ),
)

DIM_ECONOMIC_CODE = Family(
    suite="dim_economic_code.keys",
    frame="dim_economic_code_rows",
    subject="economic code",
    notes="economic_code unique, not null, 3/5/7 digits.",
    sql=frames.dim_economic_code_sql,
    checks=(
        _not_null("economic_code", "a dim_economic_code row"),
        _unique("economic_code"),
        _well_formed("economic_code"),
    ),
)

FACT_BUDGET_EXECUTION = Family(
    suite="fact_budget_execution.rates",
    frame="fact_budget_execution_rows",
    subject="execution row",
    notes=(
        "Budget execution of final accounts: every row has a budget and an actual, its execution_rate is "
        "actual / budget (null for a zero budget), its final document is a 决算 and its budget document a budget."
    ),
    sql=frames.fact_budget_execution_sql,
    checks=(
        _not_null("budget_yuan", "an execution row"),
        _not_null("actual_yuan", "an execution row"),
        Check(
            "rate_is_actual_over_budget",
            "ExpectColumnValuesToBeInSet",
            only("is_rate_exact", True),
            "execution_rate = actual_yuan / budget_yuan to 4 places (null when the budget is 0)",
            lambda row: (
                f"execution_rate {row['execution_rate']} for actual {row['actual_yuan']} / budget {row['budget_yuan']}"
            ),
        ),
        Check(
            "final_document_is_final_accounts",
            "ExpectColumnValuesToBeInSet",
            only("is_final_document", True),
            "final_document_id is a final-accounts document",
            lambda row: f"final_document_id {row['final_document_id']} is not a final-accounts document",
        ),
        Check(
            "budget_document_is_a_budget",
            "ExpectColumnValuesToBeInSet",
            only("is_budget_document", True),
            "budget_document_id, where set, is a budget document (always set for budget_source 'budget_document')",
            lambda row: f"budget_document_id {row['budget_document_id']} is not a budget document",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = (
    CONTRACT,
    FACT_EXPENDITURE,
    FACT_BUDGET_SUMMARY,
    FACT_BUDGET_EXECUTION,
    FACT_RECONCILIATION,
    DIM_DOCUMENT,
    DIM_UNIT,
    DIM_FUNCTION_CODE,
    DIM_ECONOMIC_CODE,
)
BY_SUITE = {family.suite: family for family in FAMILIES}


def expectation_dicts(family: Family) -> list[dict[str, Any]]:
    """What the committed suite must hold for this family (type, kwargs, description, meta)."""
    import great_expectations as gx

    out = []
    for check in family.checks:
        expectation = getattr(gx.expectations, check.expectation)(
            **check.kwargs, description=check.description, meta={"check": check.id}
        )
        config = expectation.configuration.to_json_dict()
        out.append({key: config.get(key) for key in ("type", "kwargs", "description", "meta")})
    return out


def write_context(root: Path) -> None:
    """(Re)generate the committed GE context under root/gx from the registry (new ids each time)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    gx_dir = root / "gx"
    for name in ("expectations", "validation_definitions", "checkpoints", "plugins"):
        shutil.rmtree(gx_dir / name, ignore_errors=True)
    (gx_dir / "great_expectations.yml").unlink(missing_ok=True)
    frames_dir = root / FRAMES_DIR
    frames_dir.mkdir(parents=True, exist_ok=True)
    placeholders = [frames_dir / f"{family.frame}.parquet" for family in FAMILIES]
    for placeholder in placeholders:  # GE tests each asset's path when it is added
        if not placeholder.exists():
            placeholder.touch()
    with contextlib.chdir(root):
        context = gx.get_context(mode="file", project_root_dir=root)
        context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        context.variables.analytics_enabled = False
        sites = context.variables.data_docs_sites
        sites["local_site"]["show_how_to_buttons"] = False  # they link to the GE website
        context.variables.data_docs_sites = sites
        context.variables.save()
        datasource = context.data_sources.add_pandas_filesystem(DATASOURCE, base_directory=FRAMES_DIR)
        definitions = []
        for family in FAMILIES:
            asset = datasource.add_parquet_asset(family.frame, dtype_backend="numpy_nullable")
            batch = asset.add_batch_definition_path(family.frame, path=f"{family.frame}.parquet")
            suite = context.suites.add(gx.ExpectationSuite(name=family.suite, notes=family.notes))
            for check in family.checks:
                suite.add_expectation(
                    getattr(gx.expectations, check.expectation)(
                        **check.kwargs, description=check.description, meta={"check": check.id}
                    )
                )
            definitions.append(
                context.validation_definitions.add(gx.ValidationDefinition(name=family.suite, data=batch, suite=suite))
            )
        context.checkpoints.add(
            gx.Checkpoint(
                name=CHECKPOINT,
                validation_definitions=definitions,
                # no UpdateDataDocsAction: it rebuilds the whole site once per validation;
                # yusuan/checks/checkpoint.py builds the Data Docs once after the run
                actions=[],
                result_format=RESULT_FORMAT,
            )
        )
    for placeholder in placeholders:
        if placeholder.stat().st_size == 0:
            placeholder.unlink()


if __name__ == "__main__":
    write_context(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
