"""Build: dbt (seed + run + test) into a fresh database file, then the checks, then swap it in.

The warehouse a user (or a BI tool) reads is replaced only by a database whose models
all built: a failed build leaves the previous file untouched and usable.
"""

from __future__ import annotations

import errno
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from extract.write import pid_alive
from yusuan.progress import DbtProgress
from yusuan.project import DEFAULT_RAW_TABLES, RAW_TABLES_ENV, EnvironmentProblem, Settings, checks_output_dir

#: called with (done, total) as a stage advances
OnCount = Callable[[int, int], None]


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    failures: list[str] = field(default_factory=list)
    detail: str = ""
    items: int = 0  # nodes (dbt) or check families run, for the rate in the summary


def not_swapped(kept: str) -> StepResult:
    """The failed 'swap' step of a build whose models did not all build; ``kept`` says what was
    left as it was (e.g. 'the previous warehouse /path/x.duckdb was left as it was')."""
    return StepResult(name="swap", ok=False, seconds=0.0, failures=[f"models did not all build: {kept}"])


@dataclass
class BuildOutcome:
    steps: list[StepResult]
    db_path: Path
    swapped: bool
    # the dbt data tests that failed, with the documents their rows name
    failed_tests: list[FailedTest] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every step (dbt seed/run/test, the checkpoint) succeeded."""
        return all(step.ok for step in self.steps)

    @property
    def failed_steps(self) -> list[StepResult]:
        """The steps that did not succeed, in the order they ran (empty when ``ok``)."""
        return [step for step in self.steps if not step.ok]


def dbt_env(settings: Settings, db_path: Path) -> dict[str, str]:
    """The environment for a dbt process: the caller's, plus the database file and project paths.

    Sets YUSUAN_DB (read by profiles.yml) to ``db_path``, DBT_PROFILES_DIR and DBT_PROJECT_DIR
    to the project root, turns dbt's usage tracking off, and its colours off when stdout is
    not a terminal (a log file). The raw tables' folder (``settings.seeds_dir``) is given in
    YUSUAN_RAW_TABLES only when it is not the project's seeds/raw (dbt's var ``raw_dir``): an
    environment variable of one file, which dbt's partial parse takes in by parsing that file
    again, where a changed --vars would make it parse the whole project. Returns a new dict;
    ``os.environ`` is not changed.
    """
    env = dict(os.environ)
    env.pop(RAW_TABLES_ENV, None)
    if settings.seeds_dir != settings.root / DEFAULT_RAW_TABLES:
        env[RAW_TABLES_ENV] = str(settings.seeds_dir)
    env.update(
        YUSUAN_DB=str(db_path),
        DBT_PROFILES_DIR=str(settings.root),
        DBT_PROJECT_DIR=str(settings.root),
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
    )
    if not sys.stdout.isatty():  # a scheduler's log file: no ANSI colour codes
        env.setdefault("DBT_USE_COLORS", "false")
    return env


def dbt_executable() -> str:
    """The path of the ``dbt`` installed beside the running Python (the project's .venv).

    Raises EnvironmentProblem (exit code 2) when there is none.
    """
    candidate = Path(sys.executable).parent / "dbt"
    if candidate.exists():
        return str(candidate)
    raise EnvironmentProblem(f"dbt not found next to {sys.executable}: run `make run` to install the environment")


def run_dbt(settings: Settings, db_path: Path, *args: str, on_count: OnCount | None = None) -> StepResult:
    """Run one dbt command; failures are read from target/run_results.json.

    dbt writes its structured log (``--log-format json``) to a pipe: each finished node
    calls ``on_count(done, total)``; the full text log stays in logs/dbt.log."""
    started = time.perf_counter()
    command = [
        dbt_executable(),
        *args,
        "--log-format",
        "json",
        "--project-dir",
        str(settings.root),
        "--profiles-dir",
        str(settings.root),
    ]
    reader = DbtProgress(on_count=on_count)
    with (
        database_link(settings.root, db_path) as dbt_db_path,
        subprocess.Popen(
            command,
            cwd=settings.root,
            env=dbt_env(settings, dbt_db_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        ) as process,
    ):
        assert process.stdout is not None
        for line in process.stdout:
            reader.feed(line)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        unlogged = f", and dbt could not write its log ({DBT_LOG})" if reader.log_failures else ""
        refused = refused_write(
            f"dbt {args[0]}",
            [*reader.errors, *reader.log_failures],
            settings.root,
            [db_path.parent, settings.root],
            also=unlogged,
        )
        if refused:
            raise EnvironmentProblem(refused)
    failures = read_failures(settings.root / "target" / "run_results.json")
    if process.returncode >= 2:
        said = "; ".join(error.splitlines()[0] for error in reader.errors[-5:] if error) or "no message"
        raise EnvironmentProblem(
            f"dbt {' '.join(args)} could not run (exit {process.returncode}): {said} (full log: logs/dbt.log)"
        )
    ok = process.returncode == 0
    if not ok and not failures:
        failures = [f"dbt {' '.join(args)} exited {process.returncode}", *reader.errors[-5:]]
    return StepResult(
        name=f"dbt {args[0]}",
        ok=ok,
        seconds=seconds,
        failures=failures,
        detail=f"{reader.done} nodes",
        items=reader.done,
    )


#: the folder (in the project) of the fixed path under which dbt opens the database it builds
DBT_LINK_FOLDER = Path(".yusuan") / "dbt"


@contextmanager
def database_link(root: Path, db_path: Path) -> Iterator[Path]:
    """The database path to hand dbt for ``db_path``: ``.yusuan/dbt/<warehouse file name>``,
    relative to the project root ``root`` (dbt's working folder), a symbolic link to db_path.

    dbt reuses its parse of the project (target/partial_parse.msgpack, several seconds of every
    command) only while the profile is unchanged, and the profile holds the database path; a
    build file's path changes with every build (``.<warehouse>.<pid>.building``), so dbt would
    parse every model again each time. The link's path is the same for every build of this
    warehouse name, in this project and in any copy of it. The link carries the warehouse's file
    name, so DuckDB names the database (the catalog in the views' SQL) after the warehouse, as
    it does for the build file. DuckDB writes its write-ahead log beside the path it opened: a
    log left beside the link is moved beside ``db_path`` when dbt is done. The project lock
    keeps one build per project at a time. Where no link can be made, yields ``db_path``."""
    match = _BUILDING.match(db_path.name)
    link = DBT_LINK_FOLDER / (match.group("name") if match else db_path.name)
    absolute = root / link
    try:
        absolute.parent.mkdir(parents=True, exist_ok=True)
        absolute.unlink(missing_ok=True)
        absolute.symlink_to(db_path.resolve())
    except OSError:
        yield db_path
        return
    try:
        yield link
    finally:
        wal = absolute.with_name(absolute.name + ".wal")
        try:
            if wal.exists():
                shutil.move(wal, str(db_path) + ".wal")
        except OSError:
            # (a full disk where the warehouse is) the build is lost: no half log on either side
            wal.unlink(missing_ok=True)
            Path(str(db_path) + ".wal").unlink(missing_ok=True)
            raise
        finally:
            shutil.rmtree(absolute.with_name(absolute.name + ".tmp"), ignore_errors=True)
            absolute.unlink(missing_ok=True)


def read_failures(path: Path) -> list[str]:
    """The failed nodes of a dbt run, one line each: '<unique_id>: <status> — <first message line>'.

    path: dbt's target/run_results.json. Statuses 'error', 'fail' and 'runtime error' count;
    a missing file gives []. Raises json.JSONDecodeError on a damaged file.
    """
    if not path.exists():
        return []
    results = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    out = []
    for result in results:
        if result.get("status") in ("error", "fail", "runtime error"):
            unique_id = result.get("unique_id", "?")
            message = (result.get("message") or "").strip().splitlines()
            out.append(f"{unique_id}: {result['status']}" + (f" — {message[0]}" if message else ""))
    return out


def held_back_models(path: Path) -> list[str]:
    """The models a failed test held back in the last ``dbt build`` (path: target/run_results.json):
    the names of the skipped models, when no model or seed errored and a test failed or errored;
    [] otherwise (nothing skipped, or a model that did not build is the cause).

    ``dbt build`` skips every model downstream of a failed test. A test fails on what the
    documents hold (one document's rows); the models below it are built all the same, so that
    one document's finding never keeps the others out of the warehouse."""
    if not path.exists():
        return []
    results = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    built = [r for r in results if r.get("unique_id", "").startswith(("model.", "seed."))]
    if any(r.get("status") not in ("success", "skipped") for r in built):
        return []
    if not any(r.get("status") in ("fail", "error") for r in results if r.get("unique_id", "").startswith("test.")):
        return []
    return [r["unique_id"].split(".")[-1] for r in built if r.get("status") == "skipped"]


def build_held_back(results: Path, dbt: Callable[..., StepResult]) -> StepResult | None:
    """The 'dbt run' step that builds the models a failed test held back in the last ``dbt build``
    (``held_back_models`` of its run_results.json ``results``), None when there are none.

    ``dbt`` runs one dbt command (its arguments, e.g. 'run', '--select', 'a', 'b') and returns its
    StepResult; a failed test stops nothing: the models below it are built all the same."""
    held = held_back_models(results)
    if not held:
        return None
    rerun = dbt("run", "--select", *held)
    rerun.name = "dbt run"
    rerun.detail = f"{len(held)} model(s) a failed test had held back: {', '.join(held)}"
    rerun.items = 0  # (no rate for a handful of models)
    return rerun


@dataclass
class FailedTest:
    """A dbt data test that failed: its name, the rule it states (plain words), the SQL it ran
    (compiled: it returns the offending rows) and the files of the documents those rows name."""

    unique_id: str
    name: str
    rule: str
    sql: str
    files: list[str] = field(default_factory=list)

    def line(self) -> str:
        """'the dbt test <name> (<rule>) failed on 1 document: <file>' (or '… on rows that name no document')."""
        rule = f" ({self.rule})" if self.rule else ""
        if not self.files:
            return f"the dbt test {self.name}{rule} failed on rows that name no document"
        shown = ", ".join(self.files[:5]) + (f" (+{len(self.files) - 5} more)" if len(self.files) > 5 else "")
        noun = "document" if len(self.files) == 1 else "documents"
        return f"the dbt test {self.name}{rule} failed on {len(self.files)} {noun}: {shown}"


def failed_tests(root: Path, path: Path) -> list[FailedTest]:
    """The data tests that failed in the last dbt run (path: target/run_results.json), with the
    rule a singular test states in its '-- Rule:' comment (tests/**/<name>.sql, '' for a generic
    test: its name says it). Unit tests are left out (they test a model, not the documents)."""
    if not path.exists():
        return []
    out = []
    for result in json.loads(path.read_text(encoding="utf-8")).get("results", []):
        unique_id = result.get("unique_id", "")
        if not unique_id.startswith("test.") or result.get("status") != "fail":
            continue
        name = unique_id.split(".")[2] if unique_id.count(".") >= 2 else unique_id
        rule = _test_rule(root, name)
        out.append(FailedTest(unique_id, name, rule, result.get("compiled_code") or ""))
    return out


def _test_rule(root: Path, name: str) -> str:
    """The sentence after '-- Rule:' in the singular test tests/**/<name>.sql (its comment lines
    joined), '' when there is none."""
    for file in (root / "tests").rglob(f"{name}.sql"):
        said: list[str] = []
        for line in file.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if not text.startswith("--"):
                break
            text = text[2:].strip()
            if said and text.startswith("Exceptions"):
                break
            if text.startswith("Rule:"):
                said = [text[len("Rule:") :].strip()]
            elif said:
                said.append(text)
        return " ".join(said).rstrip(".")
    return ""


#: runs one SQL query on the built warehouse: (its column names, its rows); raises the engine's error
Query = Callable[[str], tuple[list[str], list[tuple]]]


def name_documents(
    tests: list[FailedTest], query: Query, dim_document: str, errors: tuple[type[BaseException], ...]
) -> None:
    """Fill each failed test's ``files``, on any engine: its compiled SQL run again through
    ``query`` (on the warehouse the build made, the relations named as dbt compiled them), the
    ``document_id`` of the rows it returns looked up in ``dim_document`` (that relation's name
    as the engine reads it, e.g. 'marts.dim_document'): the file name of its source_path, or
    the document_id itself when no document has it; sorted by file name. A test whose rows
    carry no document_id, or whose SQL the engine refuses (``errors``: the exceptions its
    ``query`` raises), names none."""
    for test in tests:
        # on lines of its own: the test's SQL may end with a comment, or a ';'
        sql = "\n" + test.sql.strip().rstrip(";") + "\n"
        try:
            columns, _ = query(f"select * from ({sql}) as failing limit 0")
            if "document_id" not in [column.lower() for column in columns]:
                continue
            _, found = query(
                f"select distinct failing.document_id, documents.source_path from ({sql}) as failing "
                f"left join {dim_document} as documents "
                "on failing.document_id = documents.document_id order by 2 nulls last, 1"
            )
        except errors:
            continue
        test.files = [Path(source).name if source else str(document) for document, source in found]


def name_failed_tests(
    step: StepResult,
    tests: list[FailedTest],
    query: Query,
    dim_document: str,
    errors: tuple[type[BaseException], ...],
) -> None:
    """Name the documents of the failed ``tests`` (``name_documents``, same arguments) and put
    each test's ``FailedTest.line`` (its rule, its documents' files) in place of dbt's line for
    it in the failures of ``step`` (the 'dbt build' step that ran them)."""
    if not tests:
        return
    name_documents(tests, query, dim_document, errors)
    named = {test.unique_id: test.line() for test in tests}
    step.failures = [named.get(failure.split(":", 1)[0], failure) for failure in step.failures]


def name_failed_tests_duckdb(step: StepResult, tests: list[FailedTest], db_path: Path, catalog: str) -> None:
    """``name_failed_tests`` on the built DuckDB file ``db_path``, attached read-only as ``catalog``
    (the database name dbt compiled the tests' SQL with)."""
    import duckdb

    if not tests:
        return
    with duckdb.connect() as con:
        quoted = catalog.replace('"', '""')
        con.execute(f"attach '{str(db_path).replace(chr(39), chr(39) * 2)}' as \"{quoted}\" (read_only)")

        def query(sql: str) -> tuple[list[str], list[tuple]]:
            cursor = con.execute(sql)
            return [column[0] for column in cursor.description], cursor.fetchall()

        name_failed_tests(step, tests, query, f'"{quoted}".marts.dim_document', (duckdb.Error,))


def models_complete(path: Path) -> bool:
    """True when every model in the last run built (none errored or was skipped)."""
    if not path.exists():
        return False
    results = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    return all(r.get("status") == "success" for r in results if r.get("unique_id", "").startswith(("model.", "seed.")))


# Below this much free space where the warehouse is built, a failed build is blamed on the disk.
LOW_SPACE_BYTES = 64 * 1024 * 1024
# What dbt, DuckDB and the checks say when the permissions or the file are the problem.
_ENVIRONMENT_FAILURE = re.compile(
    r"Permission denied|Read-only file system|not a valid DuckDB database",
    re.IGNORECASE,
)
# What a write says when the disk (or the user's quota) is full, or a file reached the size limit.
_WRITE_REFUSED = re.compile(
    r"No space left on device|Disk quota exceeded|not enough space|File too large", re.IGNORECASE
)
# The file a refused write names: DuckDB's 'Could not write file "<path>"', Python's "…device: '<path>'".
_REFUSED_FILE = re.compile(
    r"""(?:write|open|create|truncate|extend) file "(?P<quoted>[^"]+)"|(?:device|exceeded|too large): '(?P<named>[^']+)'"""
)
#: dbt's own log in the project (dbt's default log-path, logs/)
DBT_LOG = "logs/dbt.log"
_BUILDING = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.building(?:\.wal)?$")


def remove_leftovers(target: Path) -> list[Path]:
    """Delete the ``.<warehouse>.<pid>.building`` files (and their .wal) of builds whose process
    is gone (killed, or stopped by a full disk). Returns what was deleted."""
    removed = []
    if not target.parent.is_dir():
        return removed
    for path in target.parent.iterdir():
        match = _BUILDING.match(path.name)
        if not match or match.group("name") != target.name:
            continue
        pid = int(match.group("pid"))
        if pid != os.getpid() and pid_alive(pid):
            continue  # a build of another project writing the same warehouse
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def environment_failure(step: str, root: Path, folders: list[Path], failures: list[str]) -> str:
    """Why the failed step ``step`` (e.g. 'dbt build') failed because of the machine, '' when it
    did not: a refused write (``refused_write``), or a failure message saying permission, a
    read-only file system or a damaged database file. ``root`` is the project, ``folders`` the
    folders the step writes (the warehouse's, the project)."""
    refused = refused_write(step, failures, root, folders)
    if refused:
        return refused
    for failure in failures:
        found = _ENVIRONMENT_FAILURE.search(failure)
        if found:
            return f"{found.group(0)} while {step} was writing to {folders[0]}: {failure.splitlines()[0]}"
    return ""


def refused_write(step: str, messages: list[str], root: Path, folders: list[Path], also: str = "") -> str:
    """The plain reason a failed step stopped because a write was refused, '' when nothing says so.

    A message in ``messages`` says no space left on the device, a disk quota exceeded or a file
    too large (the file size limit, ``ulimit -f``), or a disk holding one of ``folders`` has
    under LOW_SPACE_BYTES free. The reason says what ``step`` was writing (the file a message
    names, described against the project ``root``), how much space is left on each disk holding
    ``folders`` and what to do; one line (``also`` follows what was being written)."""
    said = next((found for found in map(_WRITE_REFUSED.search, messages) if found), None)
    space = free_space(folders)
    left = f"; {space_left(folders, space)}" if space else ""
    if said is None:
        if any(free < LOW_SPACE_BYTES for free, _ in space):
            return f"the disk is full: {step} failed{also}{left}: free some space and run again"
        return ""
    named = next((found for found in map(_REFUSED_FILE.search, messages) if found), None)
    written = named and Path(named.group("quoted") or named.group("named"))
    what = f" while writing {describe_file(written, root)}" if written else _refused_in(messages, said.group(0))
    if said.group(0).lower() == "file too large":
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        cap = f"reached the file size limit ({megabytes(limit)}, ulimit -f)"
        cap = cap if limit != resource.RLIM_INFINITY else "grew too large for its file system"
        return f"a file {cap}: {step} stopped{what}{also}{left}: raise the limit and run again"
    return f"no space left on the device: {step} stopped{what}{also}{left}: free some space and run again"


def _refused_in(messages: list[str], said: str) -> str:
    """' while writing dbt's files in target/ (write_manifest_for_partial_parse)' — what a refused
    write named no file for was doing, read from the last frame of a traceback that ends in it
    ('' when none does)."""
    for message in messages:
        at = message.find(said)
        frames = _FRAME.findall(message[:at]) if at > 0 else []
        if frames:
            doing = frames[-1]
            if _ARTIFACT_WRITER.search(doing):
                return f" while writing dbt's files in target/ ({doing})"
            return f" (in {doing})"
    return ""


_FRAME = re.compile(r'File "[^"]+", line \d+, in (\w+)')
# dbt's functions that write target/: the parse (partial_parse.msgpack), the manifest, run results
_ARTIFACT_WRITER = re.compile(r"manifest|partial_parse|artifact|write_json|run_results|catalog", re.IGNORECASE)


def space_left(folders: list[Path], space: list[tuple[int, list[Path]]] | None = None) -> str:
    """'0.3 MB free on the disk holding /a and /b; 54.2 GB free on the disk holding /c' for
    ``folders`` (``space``: their ``free_space`` when measured already)."""
    space = free_space(folders) if space is None else space
    return "; ".join(
        f"{megabytes(free)} free on the disk holding {' and '.join(map(str, paths))}" for free, paths in space
    )


def free_space(folders: list[Path]) -> list[tuple[int, list[Path]]]:
    """(free bytes, the folders it holds) per disk holding ``folders``, in their order; a folder
    not made yet counts on its nearest existing parent's disk, one that cannot be read not at all."""
    disks: dict[int, tuple[int, list[Path]]] = {}
    for folder in folders:
        existing = next((path for path in (folder, *folder.parents) if path.exists()), folder)
        try:
            device, free = existing.stat().st_dev, shutil.disk_usage(existing).free
        except OSError:
            continue
        if folder not in disks.setdefault(device, (free, []))[1]:
            disks[device][1].append(folder)
    return list(disks.values())


def megabytes(size: int) -> str:
    """A size as a person reads it: '16 KB', '0.3 MB', '812.0 MB', '54.2 GB'."""
    if size < 1024**2 // 10:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024**3:.1f} GB" if size >= 1024**3 else f"{size / 1024**2:.1f} MB"


def describe_file(path: Path, root: Path) -> str:
    """What a file a build writes is, for a message: the warehouse being built (the build file,
    its write-ahead log, the link dbt opens it through), dbt's log or artifacts, else the path."""
    building = _BUILDING.match(path.name)
    if building or (root / DBT_LINK_FOLDER) in (root / path).parents:
        return f"the new warehouse ({path})"
    if (root / "logs") in (root / path).parents:
        return f"dbt's log ({path})"
    if (root / "target") in (root / path).parents:
        return f"dbt's artifacts ({path})"
    return str(path)


def build(settings: Settings, on_dbt: OnCount | None = None, on_check: OnCount | None = None) -> BuildOutcome:
    """dbt build into a new file beside the warehouse, the checks, then the swap.

    The new file replaces the warehouse when every seed and model built, whether or not a
    dbt test or a check failed (the models ``dbt build`` skipped below a failed test are built
    by a 'dbt run' step, and the failure names the files of the documents the test's rows name): a failed check is a finding about the documents (a source
    that does not add up), which the marts then hold (fact_reconciliation) — new documents
    are never held back because another one does not add up. The outcome says which steps
    failed; the command's last line and exit code (1) say so too. A model or seed that did
    not build leaves the previous warehouse as it was. ``on_dbt`` / ``on_check`` receive
    (done, total) as the stages advance.

    Raises ``EnvironmentProblem`` (exit 2) when the machine is the problem: a full disk (or a
    file at the size limit), a folder that cannot be written. The message is one line: what
    was being written, the space left on each disk the build writes to, and that the previous
    warehouse was left as it was; the new file is deleted.
    """
    target = settings.db_path
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    folders = [target.parent, settings.root]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target)
        return _build(settings, target, building, on_dbt, on_check)
    except EnvironmentProblem as exc:
        _discard(building)
        raise EnvironmentProblem(f"{exc} — {_kept(target)}") from exc
    except OSError as exc:
        _discard(building)
        where = exc.filename2 or exc.filename
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            said = f"{os.strerror(exc.errno)}: '{where}'" if where else os.strerror(exc.errno)
            reason = refused_write("the build", [said], settings.root, folders)
            raise EnvironmentProblem(f"{reason} — {_kept(target)}") from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise EnvironmentProblem(f"cannot write the warehouse {target}: {exc} — {_kept(target)}") from exc
        raise


def _kept(target: Path) -> str:
    """What became of the warehouse when a build stopped: it was not replaced."""
    if target.exists():
        return f"the warehouse {target} was left as it was"
    return f"no warehouse was written to {target}"


def _build(
    settings: Settings,
    target: Path,
    building: Path,
    on_dbt: OnCount | None = None,
    on_check: OnCount | None = None,
) -> BuildOutcome:
    folders = [target.parent, settings.root]
    results = settings.root / "target" / "run_results.json"
    steps = [run_dbt(settings, building, "build", on_count=on_dbt)]
    complete = models_complete(results)
    if not steps[0].ok:
        reason = environment_failure("dbt build", settings.root, folders, steps[0].failures)
        if reason:
            raise EnvironmentProblem(reason)
    tests = failed_tests(settings.root, results)
    rerun = build_held_back(results, lambda *args: run_dbt(settings, building, *args))
    if rerun is not None:
        if not rerun.ok:
            reason = environment_failure("dbt run", settings.root, folders, rerun.failures)
            if reason:
                raise EnvironmentProblem(reason)
        steps.append(rerun)
        complete = rerun.ok and models_complete(results)
    if complete:
        seal(building, settings.root, folders)
        name_failed_tests_duckdb(steps[0], tests, building, Path(target.name).stem)
        checks = run_checks(settings, building, on_count=on_check)
        if not checks.ok:
            reason = environment_failure("the checks", settings.root, folders, checks.failures)
            if reason:
                raise EnvironmentProblem(reason)
        steps.append(checks)
        os.replace(building, target)
        Path(str(target) + ".wal").unlink(missing_ok=True)
    else:
        steps.append(not_swapped(f"the previous warehouse {target} was left as it was"))
        _discard(building)
    return BuildOutcome(steps=steps, db_path=target, swapped=complete, failed_tests=tests)


def seal(building: Path, root: Path, folders: list[Path]) -> None:
    """Write what the build left in its write-ahead log into the build file (DuckDB CHECKPOINT),
    so that the file alone holds the new warehouse when it is swapped in.

    DuckDB writes a build's tables to the log first and into the file when dbt closes the
    database; where the file cannot grow (a full disk, the file size limit) that last write
    fails without an error reaching dbt, which reports success, and the file alone would be a
    warehouse with tables missing. Raises EnvironmentProblem (what was being written, the space
    left on the disks holding ``folders``) when the checkpoint fails or leaves a log behind."""
    import duckdb

    wal = building.with_name(building.name + ".wal")
    try:
        with duckdb.connect(str(building)) as con:
            con.execute("checkpoint")
    except duckdb.Error as exc:
        reason = refused_write("the build", [str(exc)], root, folders)
        raise EnvironmentProblem(reason or f"the new warehouse {building} could not be completed: {exc}") from exc
    if wal.exists() and wal.stat().st_size:
        raise EnvironmentProblem(
            f"the new warehouse {building} could not take in its write-ahead log {wal}; {space_left(folders)}"
        )


def _discard(building: Path) -> None:
    for leftover in (building, building.with_name(building.name + ".wal")):
        leftover.unlink(missing_ok=True)


def run_checks(
    settings: Settings, db_path: Path, on_count: OnCount | None = None, warehouse: Path | None = None
) -> StepResult:
    """The Great Expectations checkpoint over the check models in ``db_path`` (see
    yusuan/checks/checkpoint.py), writing where ``checks_output_dir`` says for ``warehouse``
    (default ``settings.db_path``; the Spark engine passes its folder)."""
    started = time.perf_counter()
    try:
        from yusuan.checks.checkpoint import run_checkpoint
    except ImportError:
        return StepResult(name="checks", ok=True, seconds=0.0, detail="no checkpoint configured")
    output_dir = checks_output_dir(settings.root, warehouse or settings.db_path)
    outcome = run_checkpoint(
        settings.root, db_path, keep_runs=settings.keep_runs, on_step=on_count, output_dir=output_dir
    )
    return StepResult(
        name="checks",
        ok=outcome.success,
        seconds=time.perf_counter() - started,
        failures=list(outcome.failures),
        detail=f"{outcome.checks_run} expectations"
        + (f", Data Docs: {outcome.docs_path}" if outcome.docs_path else ""),
        items=outcome.checks_run,
    )
