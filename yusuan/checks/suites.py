"""The Great Expectations suites: what each check family protects, in one registry.

Each family validates one dbt check model (models/checks/, schema ``checks``): the SQL lives in
dbt (linted, documented, in lineage), the expectations here. An expectation that would only
repeat a dbt contract or test is not one: keys, types, accepted values and relationships are
dbt's; sums against totals are fact_reconciliation's, which a suite validates.

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

from yusuan.checks import great_expectations

CHECKPOINT = "marts"
DATASOURCE = "check_frames"
#: relative to the project root: the committed context's datasource folder (the checkpoint run
#: points the datasource at the frames of its own output folder, yusuan.project.checks_output_dir)
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
    """One suite: the check model (models/checks/<frame>.sql, schema ``checks``) it validates."""

    suite: str
    frame: str
    notes: str
    checks: tuple[Check, ...]
    subject: str = "document"  # what row_key names, for failure messages


def at_most_zero(column: str) -> dict[str, Any]:
    """GE kwargs: ``column`` is at most 0 on every row."""
    return {"column": column, "max_value": 0}


def only(column: str, value: Any) -> dict[str, Any]:
    """GE kwargs: ``column`` is ``value`` on every row."""
    return {"column": column, "value_set": [value]}


def always_true(check: str, column: str, description: str, detail: Callable[[Row], str]) -> Check:
    """A check that the boolean ``column`` is true on every row of the frame."""
    return Check(check, "ExpectColumnValuesToBeInSet", only(column, True), description, detail)


def zero_rows(check: str, column: str, description: str, detail: Callable[[Row], str]) -> Check:
    """A check that the count ``column`` (rows breaking a rule, per frame row) is at most 0."""
    return Check(check, "ExpectColumnValuesToBeBetween", at_most_zero(column), description, detail)


def _known_document(rows: str) -> Check:
    return always_true(
        "known_documents",
        "is_known_document",
        "every row belongs to a document in dim_document",
        lambda row: f"{row[rows]} rows for a document not in dim_document",
    )


FACT_RECONCILIATION = Family(
    suite="fact_reconciliation.status",
    frame="chk_reconciliation_by_document",
    notes=(
        "Per current document: no reconciliation check is a 'mismatch' (beyond the rounding rule and not a known "
        "source issue) and difference = actual - expected. The checks themselves are computed once, in dbt "
        "(models/intermediate/int_reconciliation__*.sql)."
    ),
    checks=(
        _known_document("reconciliation_rows"),
        zero_rows(
            "no_mismatch",
            "mismatch_rows",
            "expected no reconciliation row with status 'mismatch', found",
            lambda row: (
                f"{row['mismatch_rows']} mismatch(es) ({row['mismatch_checks']}); largest: {row['worst_check']}"
                f" [{row['worst_scope']}]"
                + (
                    f" expected {yuan(row['worst_expected_cents'])} yuan, actual "
                    f"{yuan(row['worst_actual_cents'])} yuan, difference {yuan(row['worst_difference_cents'])} yuan"
                    if row.get("worst_difference_cents") is not None
                    else " (a textual finding)"
                )
                + (f" — {row['worst_detail']}" if row.get("worst_detail") else "")
            ),
        ),
        zero_rows(
            "difference_is_actual_minus_expected",
            "inconsistent_difference_rows",
            "|difference| = |actual - expected| on every row",
            lambda row: (
                f"{row['inconsistent_difference_rows']} row(s) where difference is not actual - expected, "
                f"e.g. {row['first_inconsistent_difference']}"
            ),
        ),
    ),
)

FACT_EXPENDITURE = Family(
    suite="fact_expenditure.totals",
    frame="chk_expenditure_by_document",
    notes=(
        "Per current document: a document with expenditure rows states an expenditure total of their funds "
        "(expenditure_total, expenditure_general_public_budget or expenditure_fiscal_appropriation; their sum "
        "against it is fact_reconciliation's fact_expenditure_equals_expenditure_total); no amount is negative."
    ),
    checks=(
        Check(
            "expenditure_total_stated",
            "ExpectColumnValuesToBeInSet",
            only("is_total_missing", False),
            "a document with expenditure rows states an expenditure total of their funds (else their sum cannot "
            "be checked)",
            lambda row: (
                f"{row['expenditure_rows']} fact_expenditure rows but no expenditure_total (nor a 一般公共预算 or "
                "财政拨款 expenditure total) in fact_budget_summary"
            ),
        ),
        zero_rows(
            "no_negative_amounts",
            "negative_amount_rows",
            "no negative amounts",
            lambda row: f"{row['negative_amount_rows']} negative amount(s), e.g. {row['first_negative_amount']} yuan",
        ),
    ),
)

FACT_BUDGET_SUMMARY = Family(
    suite="fact_budget_summary.values",
    frame="chk_budget_summary_by_document",
    notes=(
        "Per current document: no negative value but the changes, and counts stated by both the narrative and a "
        "table agree exactly. (Parts against totals and narrative against table amounts are checks of "
        "fact_reconciliation.)"
    ),
    checks=(
        _known_document("metric_rows"),
        zero_rows(
            "no_negative_values",
            "negative_value_rows",
            "no negative values except the *_change_vs_prior_year metrics",
            lambda row: f"{row['negative_value_rows']} negative value(s), e.g. {row['first_negative_metric']}",
        ),
        zero_rows(
            "narrative_equals_table_counts",
            "count_disagreement_rows",
            "counts (value_unit 'count') agree exactly between narrative and table",
            lambda row: f"narrative and table counts differ for {row['first_count_disagreement']}",
        ),
    ),
)

CLASSIFICATION_CODES = Family(
    suite="classification_codes.shape",
    frame="chk_classification_codes",
    subject="code",
    notes="Function and economic codes are 3, 5 or 7 digits; a function code's level and parent agree with it.",
    checks=(
        always_true(
            "code_well_formed",
            "is_well_formed",
            "a code is 3, 5 or 7 digits",
            lambda row: f"{row['classification']} code {row['code']!r} is not 3, 5 or 7 digits",
        ),
        always_true(
            "level_matches_code",
            "is_level_consistent",
            "level is 1, 2, 3 for 3, 5, 7 digits",
            lambda row: f"level {row['code_level']} for a {len(row['code'] or '')}-digit code",
        ),
        always_true(
            "parent_matches_code",
            "is_parent_consistent",
            "parent_code is the code without its last two digits (none for a 类)",
            lambda row: f"parent_code {row['parent_code']!r}",
        ),
    ),
)

FACT_BUDGET_EXECUTION = Family(
    suite="fact_budget_execution.rates",
    frame="chk_budget_execution_rows",
    subject="execution row",
    notes=(
        "Budget execution of final accounts: every row has a budget and an actual, its execution_rate is "
        "actual / budget (null for a zero budget), its final document is a 决算 and its budget document a budget."
    ),
    checks=(
        always_true(
            "budget_stated",
            "has_budget",
            "every execution row has a budget_yuan",
            lambda row: "an execution row without budget_yuan",
        ),
        always_true(
            "actual_stated",
            "has_actual",
            "every execution row has an actual_yuan",
            lambda row: "an execution row without actual_yuan",
        ),
        always_true(
            "rate_is_actual_over_budget",
            "is_rate_exact",
            "execution_rate = actual_yuan / budget_yuan to 4 places (null when the budget is 0)",
            lambda row: (
                f"execution_rate {row['execution_rate']} for actual {row['actual_yuan']} / budget {row['budget_yuan']}"
            ),
        ),
        always_true(
            "final_document_is_final_accounts",
            "is_final_document",
            "final_document_id is a final-accounts document",
            lambda row: f"final_document_id {row['final_document_id']} is not a final-accounts document",
        ),
        always_true(
            "budget_document_is_a_budget",
            "is_budget_document",
            "budget_document_id, where set, is a budget document (always set for budget_source 'budget_document')",
            lambda row: f"budget_document_id {row['budget_document_id']} is not a budget document",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = (
    FACT_RECONCILIATION,
    FACT_EXPENDITURE,
    FACT_BUDGET_SUMMARY,
    FACT_BUDGET_EXECUTION,
    CLASSIFICATION_CODES,
)
BY_SUITE = {family.suite: family for family in FAMILIES}


def expectation_dicts(family: Family) -> list[dict[str, Any]]:
    """What the committed suite must hold for this family (type, kwargs, description, meta)."""
    gx = great_expectations()

    out = []
    for check in family.checks:
        expectation = getattr(gx.expectations, check.expectation)(
            **check.kwargs, description=check.description, meta={"check": check.id}
        )
        config = expectation.configuration.to_json_dict()
        out.append({key: config.get(key) for key in ("type", "kwargs", "description", "meta")})
    return out


def add_frames_datasource(context: Any, frames_dir: Path) -> dict[str, Any]:
    """Add the datasource ``check_frames`` (pandas, parquet files in ``frames_dir``) to a GE
    ``context``: one asset and batch definition per family, named after its frame. Returns
    {frame: batch definition}. The committed context and each checkpoint run (an in-memory
    context reading the frames of its own output folder) name them alike, so the committed
    validation definitions find them by name."""
    datasource = context.data_sources.add_pandas_filesystem(DATASOURCE, base_directory=frames_dir)
    batches = {}
    for family in FAMILIES:
        asset = datasource.add_parquet_asset(family.frame, dtype_backend="numpy_nullable")
        batches[family.frame] = asset.add_batch_definition_path(family.frame, path=f"{family.frame}.parquet")
    return batches


def write_context(root: Path) -> None:
    """(Re)generate the committed GE context under root/gx from the registry (new ids each time)."""
    gx = great_expectations()
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
        batches = add_frames_datasource(context, FRAMES_DIR)
        definitions = []
        for family in FAMILIES:
            batch = batches[family.frame]
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
