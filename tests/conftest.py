"""Shared fixtures: a temporary copy of the project, and the pipeline run inside it.

Pipeline tests never touch the checkout's warehouse or seeds: they copy the project
(without .venv, warehouse, target, gx/uncommitted) into a temporary folder and run the
real ``yusuan`` command from this checkout's .venv there.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
import yaml

from yusuan import native
from yusuan.build import DBT_LINK_FOLDER
from yusuan.project import raw_tables_dir


def _import_great_expectations_beside_pyspark() -> None:
    """A pytest-xdist worker's __main__ has neither __spec__ nor __file__. pyspark (installed in
    the same .venv by `make spark-test`) takes that for a doctest run of its Spark Connect module
    and calls sys.exit(0) when Great Expectations imports it, so every checkpoint test failed
    after a `make spark-test`. Import Great Expectations once with pyspark's interactive-session
    mark set (its guard skips the exit then; the missing grpc is an ImportError GE handles)."""
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is not None or hasattr(main, "__file__") or hasattr(sys, "ps1"):
        return
    if importlib.util.find_spec("pyspark") is None:
        return
    sys.ps1 = ""
    try:
        import great_expectations  # noqa: F401
    finally:
        del sys.ps1


_import_great_expectations_beside_pyspark()

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
YUSUAN = str(Path(sys.executable).parent / "yusuan")
DBT = str(Path(sys.executable).parent / "dbt")
_SKIP = {
    ".venv",
    "warehouse",
    "target",
    "logs",
    ".git",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    "uncommitted",
    "__pycache__",
    "build",
    ".bench",
    ".yusuan",
}


#: the folder of the session's dbt parse (partial_parse.msgpack), set by pytest_configure
PARSE_ENV = "YUSUAN_TEST_DBT_PARSE"


def parse_project_once(config) -> None:
    """dbt's parse of this checkout, once per session (by the controller under pytest-xdist),
    into a temporary folder whose partial_parse.msgpack ``copy_project`` copies into every
    project copy's target/. Runs in the background while the workers start and collect.

    The command is ``dbt compile --select path:models/checks``: the parse, plus the check models'
    SQL that tests/extraction/test_checks.py runs on its hand-made marts (``session_check_models``),
    for ~1 CPU-s more instead of a dbt process of their own (~4 CPU-s). It runs in the folder, so
    the empty database dbt opens (``.yusuan/dbt/yusuan.duckdb``) is made there, not in the checkout.

    dbt reuses a parse only for the same profile, which holds the database path: the parse is
    made for the path ``yusuan build`` gives dbt (``.yusuan/dbt/<warehouse file name>``,
    relative to the project, see yusuan.build.database_link) with the file name yusuan.duckdb,
    so a copy's build with a warehouse named yusuan.duckdb (anywhere) parses only what it
    changed, not the whole project (several seconds of CPU per build). A failed parse only
    costs that time again: the builds parse for themselves."""
    if os.environ.get(PARSE_ENV) or hasattr(config, "workerinput"):
        return  # started already (workers inherit the variable)
    folder = Path(tempfile.mkdtemp(prefix="yusuan-dbt-parse-"))
    env = dict(
        os.environ,
        YUSUAN_DB=str(DBT_LINK_FOLDER / "yusuan.duckdb"),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
    )
    # 'done' (or 'failed') marks the end: the msgpack is not written in one step
    script = (
        "import pathlib, subprocess, sys\n"
        "code = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
        "pathlib.Path(sys.argv[1], 'done' if code == 0 else 'failed').touch()"
    )
    (folder / DBT_LINK_FOLDER).mkdir(parents=True)
    command = compile_check_models_command(folder)
    process = subprocess.Popen([sys.executable, "-c", script, str(folder), *command], cwd=folder, env=env)
    os.environ[PARSE_ENV] = str(folder)

    def cleanup() -> None:
        process.kill()
        process.wait()
        shutil.rmtree(folder, ignore_errors=True)

    config.add_cleanup(cleanup)


#: the dbt selection of the check models (models/checks), compiled with the session's parse
CHECK_MODELS = "path:models/checks"


def compile_check_models_command(target: Path) -> list[str]:
    """``dbt compile`` of the check models of this checkout into the folder ``target`` (with its
    parse: partial_parse.msgpack); run it in a folder of its own, where dbt opens the database
    of the profile (``.yusuan/dbt/yusuan.duckdb``, relative: it must exist as a folder)."""
    return [
        DBT,
        "compile",
        "--select",
        CHECK_MODELS,
        "--profiles-dir",
        str(ROOT),
        "--project-dir",
        str(ROOT),
        "--target-path",
        str(target),
        "--quiet",
    ]


def compiled_check_models(target: Path) -> dict[str, str]:
    """The check models' SQL that ``compile_check_models_command(target)`` wrote: name -> SQL."""
    compiled = target / "compiled" / "yusuan" / "models" / "checks"
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(compiled.glob("*.sql"))}


def session_check_models() -> dict[str, str] | None:
    """The check models' SQL compiled with the session's parse (name -> SQL over "yusuan"."marts".*,
    for a database file named yusuan.duckdb), once ``parse_project_once`` has made it (waits);
    None when the session made none (its dbt command failed)."""
    parse = session_parse()
    if parse is None:
        return None
    return compiled_check_models(parse.parent) or None


def session_parse() -> Path | None:
    """The session's partial_parse.msgpack once ``parse_project_once`` has made it (waits for it), else None."""
    folder = os.environ.get(PARSE_ENV)
    if not folder:
        return None
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if (Path(folder) / "done").exists():
            return Path(folder) / "partial_parse.msgpack"
        if (Path(folder) / "failed").exists() or not Path(folder).is_dir():
            return None
        time.sleep(0.2)
    return None


def copy_project(dest: Path, with_documents: bool = True) -> Path:
    """Copy the project into dest (created); data/raw holds the bundled documents unless told not to."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in _SKIP}

    shutil.copytree(ROOT, dest, ignore=ignore, dirs_exist_ok=True)
    # dbt's parse of the project, made once per session: every copy's build reuses it
    parse = session_parse()
    if parse is not None and parse.exists():
        (dest / "target").mkdir(exist_ok=True)
        shutil.copy2(parse, dest / "target" / parse.name)
    (dest / "warehouse").mkdir(exist_ok=True)
    if not with_documents:
        shutil.rmtree(dest / "data" / "raw")
        (dest / "data" / "raw").mkdir(parents=True)
    return dest


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    project: Path
    db_path: Path

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def raw_tables(self) -> Path:
        """The folder the run wrote its raw tables to: seeds/raw of the project, or
        ``<warehouse>.raw`` for a warehouse outside it (yusuan.project.raw_tables_dir)."""
        return raw_tables_dir(self.project, self.db_path)

    def connect(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.db_path), read_only=True)


#: dbt's unit tests (models/**/*.yml ``unit_tests``) read only the rows their yml gives, never a
#: run's documents: the session runs them once, in ``bundled_run`` (a build as ``make run`` makes
#: it), and the other project runs leave them out (dbt's ``--exclude-resource-type``, as its
#: environment variable). Every model, seed, data test and check still runs in every build.
SKIP_DBT_UNIT_TESTS = {"DBT_EXCLUDE_RESOURCE_TYPES": "unit_test"}


def run_yusuan(
    project: Path,
    *args: str,
    db_path: Path | None = None,
    timeout: int = 600,
    dbt_unit_tests: bool = False,
    env: dict[str, str] | None = None,
) -> Run:
    """Run the real `yusuan` command inside a project copy (``env``: more environment variables).

    dbt's unit tests run only when ``dbt_unit_tests`` is true (see ``SKIP_DBT_UNIT_TESTS``)."""
    db_path = db_path or project / "warehouse" / "yusuan.duckdb"
    more = env or {}
    env = dict(os.environ, YUSUAN_DB=str(db_path), DO_NOT_TRACK="1", DBT_SEND_ANONYMOUS_USAGE_STATS="false")
    if not dbt_unit_tests:
        env.update(SKIP_DBT_UNIT_TESTS)
    env.update(more)
    done = subprocess.run(
        [YUSUAN, *args], cwd=project, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    return Run(done.returncode, done.stdout, done.stderr, project, db_path)


def dbt_env_on_a_copy(run: Run) -> dict[str, str]:
    """The environment for a dbt command in ``run.project`` on a copy of its warehouse.

    dbt opens its database for writing, which DuckDB refuses while a session holds the file
    open read-only. The copy goes where the project's builds point dbt
    (``.yusuan/dbt/yusuan.duckdb``), so the command reuses the build's parse of the project."""
    copy = run.project / DBT_LINK_FOLDER / "yusuan.duckdb"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(run.db_path, copy)
    return dict(os.environ, YUSUAN_DB=str(DBT_LINK_FOLDER / "yusuan.duckdb"), DO_NOT_TRACK="1")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def bundled_run(tmp_path_factory) -> Run:
    """`yusuan run` once on the five bundled documents, shared by the mart and check tests.

    The database goes outside the project copy (YUSUAN_DB), so tests can also assert that
    nothing was written to the copy's own warehouse/ folder.
    """
    base = tmp_path_factory.mktemp("bundled")
    project = copy_project(base / "project")
    # named yusuan.duckdb like the project's own, so that the build reuses the session's dbt parse
    # the session's one build with dbt's unit tests (the others leave them out: run_yusuan)
    run = run_yusuan(project, "run", db_path=base / "elsewhere" / "yusuan.duckdb", dbt_unit_tests=True)
    # the build's results, before a later dbt command in the copy (docs generate) replaces them
    results = project / "target" / "run_results.json"
    if results.exists():
        shutil.copy2(results, base / BUILD_RESULTS)
    return run


#: the bundled run's target/run_results.json of its dbt build, kept beside the project copy
BUILD_RESULTS = "build_run_results.json"


@pytest.fixture(scope="session")
def warehouse(bundled_run: Run):
    """A read-only connection to the warehouse built from the bundled documents."""
    assert bundled_run.returncode == 0, bundled_run.output[-4000:]
    con = bundled_run.connect()
    yield con
    con.close()


@pytest.fixture(scope="session")
def bundled_docs(bundled_run: Run, tmp_path_factory):
    """`dbt docs generate --static` once on the bundled warehouse, shared by the docs tests.

    Writes target/catalog.json, target/index.html and target/static_index.html in the bundled
    project copy; returns the finished process (returncode, stdout, stderr). dbt opens its
    database for writing and the session's `warehouse` fixture holds the file open read-only
    (DuckDB allows one or the other), so dbt reads a copy (``dbt_env_on_a_copy``)."""
    assert bundled_run.returncode == 0, bundled_run.output[-2000:]
    return subprocess.run(
        [DBT, "docs", "generate", "--static", "--profiles-dir", ".", "--quiet"],
        cwd=bundled_run.project,
        env=dbt_env_on_a_copy(bundled_run),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="session")
def regions_run(tmp_path_factory) -> Run:
    """`yusuan run` once over the documents of other regions and the final accounts
    (tests/other_regions.py), shared by test_field_regions_pipeline.py,
    test_final_accounts_marts.py, test_honest_checks_pipeline.py, test_spending_parts_pipeline.py
    test_unit_unstated_run.py, test_trial5_run.py, test_fiscal_function_pipeline.py and
    test_fund_scope_pipeline.py: each asserts
    on its own documents. The first two sets hold
    documents that do not add up (findings of the sources), and the sets partial and failed
    documents, so the run exits 1."""
    from other_regions import (
        put_field_documents,
        put_final_accounts_documents,
        put_fiscal_function_documents,
        put_fund_scope_documents,
        put_honest_check_documents,
        put_trial5_documents,
        put_unit_unstated_documents,
    )

    base = tmp_path_factory.mktemp("regions")
    project = copy_project(base / "project", with_documents=False)
    put_field_documents(project / "data" / "raw")
    put_final_accounts_documents(project / "data" / "raw")
    put_honest_check_documents(project / "data" / "raw")
    put_unit_unstated_documents(project / "data" / "raw")
    put_trial5_documents(project / "data" / "raw")
    put_fiscal_function_documents(project / "data" / "raw")
    put_fund_scope_documents(project / "data" / "raw")
    return run_yusuan(project, "run", db_path=base / "warehouse" / "yusuan.duckdb")


# Session fixtures that hold one pipeline run: under pytest-xdist, the test files using one of
# them go to one worker (their group), so that the run is made once.
_SHARED_RUN_FIXTURES = {
    "bundled": ("bundled_run", "warehouse", "bundled_docs"),
    "regions": ("regions_run",),
}
_USES_SHARED_RUN = {
    group: re.compile(r"def \w+\([^)]*\b(?:" + "|".join(names) + r")\b", re.DOTALL)
    for group, names in _SHARED_RUN_FIXTURES.items()
}
_DEFINES_OWN = {
    group: re.compile(r"^def (?:" + "|".join(names) + r")\(", re.MULTILINE)
    for group, names in _SHARED_RUN_FIXTURES.items()
}


def shared_run_group(nodeid: str) -> str:
    """The worker group of a test for ``make test`` (pytest-xdist): the shared run's group
    ('bundled', 'regions') for the tests of a file whose functions take a session pipeline
    fixture of this conftest (and that does not define a fixture of that name itself), else the
    test's file. Read from the file's text: the xdist controller schedules before any test is
    collected."""
    path = nodeid.split("::", 1)[0]
    text = _test_file_text(path)
    for group, uses in _USES_SHARED_RUN.items():
        if uses.search(text) and not _DEFINES_OWN[group].search(text):
            return group
    return path


@functools.cache
def _test_file_text(path: str) -> str:
    file = ROOT / path
    return file.read_text(encoding="utf-8") if file.suffix == ".py" and file.is_file() else ""


def pytest_xdist_make_scheduler(config, log):
    """``-n N --dist loadgroup`` (``make test``): whole groups (``shared_run_group``) per worker.

    xdist's own loadgroup reads ``xdist_group`` marks through the node id, which pytest 9 no
    longer lets a plugin change; this scheduler groups by file and shared run instead."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SharedRunScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return shared_run_group(nodeid)

        def _assign_work_unit(self, node) -> None:
            # the groups that run the pipeline (the longest) first, the session's first of all,
            # so that the in-process tests fill the other worker's time instead of ending last
            pipeline = [scope for scope in self.workqueue if _runs_pipeline(scope)]
            first = "bundled" if "bundled" in pipeline else next(iter(pipeline), None)
            if first is not None:
                self.workqueue.move_to_end(first, last=False)
            super()._assign_work_unit(node)

        def _reschedule(self, node) -> None:
            # one group ahead at most (xdist queues more): a worker busy with a long group
            # never holds the next long one while the other worker is idle
            if node.shutting_down:
                return
            if not self.workqueue:
                node.shutdown()
                return
            if self._pending_of(self.assigned_work[node]) <= 1:
                self._assign_work_unit(node)

    return SharedRunScheduling(config, log)


def _runs_pipeline(group: str) -> bool:
    """True for the groups whose tests run `yusuan` in a project copy: the slow ones."""
    return group in _SHARED_RUN_FIXTURES or group.startswith("tests/e2e/")


def pytest_configure(config) -> None:
    """Never test stale compiled parsers: the same refusal as the command's."""
    stale = native.stale_build()
    if stale:
        pytest.exit(stale, returncode=2)
    parse_project_once(config)


# The yml writes the portable type names (DuckDB and Spark alike); DuckDB shows some under another name.
_DUCKDB_NAMES = {"STRING": "VARCHAR"}


def mart_contract() -> dict[str, dict[str, str]]:
    """The enforced mart contracts from models/marts/*.yml: mart -> column -> DuckDB type
    (upper case, as information_schema.columns shows it, e.g. 'DECIMAL(20,2)'; 'string' -> 'VARCHAR')."""
    contract: dict[str, dict[str, str]] = {}
    for path in sorted((ROOT / "models" / "marts").glob("*.yml")):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models") or []:
            if (model.get("config") or {}).get("contract", {}).get("enforced"):
                contract[model["name"]] = {
                    column["name"]: _duckdb_type(column["data_type"]) for column in model["columns"]
                }
    return contract


def _duckdb_type(data_type: str) -> str:
    kind = data_type.upper().replace(" ", "")
    return _DUCKDB_NAMES.get(kind, kind)


def mart_schema_sql(schema: str = "marts") -> str:
    """CREATE TABLE statements for every contract mart (empty tables of the contract's types)."""
    statements = [f"create schema if not exists {schema}"]
    for mart, columns in mart_contract().items():
        body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
        statements.append(f"create table {schema}.{mart} ({body})")
    return ";\n".join(statements) + ";"


#: a singular dbt test made up for the tests that fail one on purpose: it fails on the rows of
#: one document of fact_expenditure (the parent of the check model chk_expenditure_by_document,
#: which ``dbt build`` then skips)
TEST_FAILING_ON_ONE_DOCUMENT = "fact_expenditure_holds_no_first_document"
TEST_FAILING_ON_ONE_DOCUMENT_RULE = "fact_expenditure holds no row of its first document"
_TEST_FAILING_ON_ONE_DOCUMENT_SQL = (
    f"-- Rule: {TEST_FAILING_ON_ONE_DOCUMENT_RULE} (a rule made up for a test).\n"
    """-- Exceptions: none.
select document_id, function_code
from {{ ref('fact_expenditure') }}
where document_id = (select min(document_id) from {{ ref('fact_expenditure') }})
"""
)


def add_test_failing_on_one_document(project: Path) -> Path:
    """Write the made-up test ``TEST_FAILING_ON_ONE_DOCUMENT`` into the project copy's tests/marts;
    returns its file. The document it fails on is the first document_id of fact_expenditure."""
    path = project / "tests" / "marts" / f"{TEST_FAILING_ON_ONE_DOCUMENT}.sql"
    path.write_text(_TEST_FAILING_ON_ONE_DOCUMENT_SQL, encoding="utf-8")
    return path
