"""Where things are: the project the user is in, never where the package is installed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "warehouse/yusuan.duckdb"
# Where extraction writes the raw tables by default (relative to the project root; committed).
DEFAULT_RAW_TABLES = Path("seeds") / "raw"
# The environment variable telling dbt another folder of raw tables (models/staging/_raw__sources.yml)
RAW_TABLES_ENV = "YUSUAN_RAW_TABLES"
# Where the Great Expectations checkpoint writes by default (relative to the project root).
DEFAULT_CHECKS_OUTPUT = Path("gx") / "uncommitted"
# Checkpoint runs whose stored results and Data Docs pages are kept (YUSUAN_KEEP_RUNS).
KEEP_RUNS = 30


class EnvironmentProblem(Exception):
    """The command cannot run here (exit code 2)."""


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (default: cwd) holding dbt_project.yml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "dbt_project.yml").is_file():
            return folder
    raise EnvironmentProblem(f"no dbt_project.yml in {here} or any parent: run yusuan inside a yusuan project")


def checks_output_dir(root: Path, warehouse: Path) -> Path:
    """The folder the Great Expectations checkpoint writes to: its frames/, validations/ (the
    stored results) and data_docs/local_site/ (the Data Docs). The committed context (gx/ with
    its suites and checkpoint) is only read.

    ``YUSUAN_GX_DIR`` when set (relative to ``root``, like YUSUAN_DB); else, for a ``warehouse``
    (the DuckDB file, or the Spark engine's folder) outside the project ``root``, the folder
    ``<warehouse>.gx`` beside it (``/srv/w/yusuan.duckdb`` -> ``/srv/w/yusuan.duckdb.gx``, as DuckDB
    names its ``.wal`` and ``.tmp``): a run pointed elsewhere writes none of the checkpoint's output
    into the project (nor its raw tables: ``raw_tables_dir``), and each warehouse keeps its own
    Data Docs and results; else ``<root>/gx/uncommitted`` (the default)."""
    configured = os.environ.get("YUSUAN_GX_DIR", "").strip()
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_absolute() else root / path
    return _beside(root, warehouse, ".gx") or root / DEFAULT_CHECKS_OUTPUT


def raw_tables_dir(root: Path, warehouse: Path) -> Path:
    """The folder extraction writes the raw tables to (``raw_*.csv``) and dbt reads them from.

    For a ``warehouse`` (the DuckDB file) outside the project ``root``, the folder
    ``<warehouse>.raw`` beside it (``/srv/w/yusuan.duckdb`` -> ``/srv/w/yusuan.duckdb.raw``, as
    ``checks_output_dir`` puts ``<warehouse>.gx``): a run pointed elsewhere leaves the project's
    committed ``seeds/raw`` as it is, and each warehouse is built from its own tables (the build
    tells dbt the folder in ``RAW_TABLES_ENV``). Else ``<root>/seeds/raw`` (the default). The
    document cache stays in the project (``Settings.cache_dir``): it is ignored by git and keyed
    by content and extractor version, so every warehouse of the project shares it safely."""
    return _beside(root, warehouse, ".raw") or root / DEFAULT_RAW_TABLES


def _beside(root: Path, warehouse: Path, suffix: str) -> Path | None:
    """``<warehouse><suffix>`` when ``warehouse`` is outside the project ``root``, else None."""
    where = Path(warehouse).expanduser().resolve()
    if not where.is_relative_to(Path(root).resolve()):
        return where.with_name(where.name + suffix)
    return None


@dataclass(frozen=True)
class Settings:
    """Validated on construction: every path exists or can be created."""

    root: Path
    raw_dir: Path
    seeds_dir: Path
    db_path: Path
    workers: int
    keep_runs: int = KEEP_RUNS

    def __post_init__(self) -> None:
        if not self.raw_dir.is_dir():
            raise EnvironmentProblem(f"raw folder not found: {self.raw_dir}")
        if self.workers < 1:
            raise EnvironmentProblem(f"workers must be at least 1, got {self.workers}")
        if self.keep_runs < 1:
            raise EnvironmentProblem(f"YUSUAN_KEEP_RUNS must be at least 1, got {self.keep_runs}")

    @property
    def cache_dir(self) -> Path:
        """Where extracted documents are kept between runs (by content and extractor version)."""
        return self.root / ".yusuan" / "cache"

    @classmethod
    def load(cls, raw: Path | None = None, workers: int | None = None, start: Path | None = None) -> Settings:
        """The settings of the project at or above ``start`` (default: the current folder).

        raw: the documents folder (default ``<root>/data/raw``; relative to the current folder);
        workers: extraction processes (default: the CPU count). The database is YUSUAN_DB or
        ``warehouse/yusuan.duckdb`` (relative to the root); the raw tables go where
        ``raw_tables_dir`` says for it; YUSUAN_KEEP_RUNS checkpoint runs are kept (default 30).
        Raises EnvironmentProblem when no dbt_project.yml is found, the raw folder does not
        exist, or a setting is not a positive whole number.
        """
        root = find_root(start)
        raw_dir = (raw if raw is not None else root / "data" / "raw").expanduser()
        raw_dir = (Path.cwd() / raw_dir).resolve() if not raw_dir.is_absolute() else raw_dir
        db = Path(os.environ.get("YUSUAN_DB") or DEFAULT_DB).expanduser()
        db = db if db.is_absolute() else root / db
        keep = os.environ.get("YUSUAN_KEEP_RUNS", "").strip() or str(KEEP_RUNS)
        if not keep.isdigit():
            raise EnvironmentProblem(f"YUSUAN_KEEP_RUNS must be a whole number of runs, got {keep!r}")
        return cls(
            root=root,
            raw_dir=raw_dir,
            seeds_dir=raw_tables_dir(root, db),
            db_path=db,
            workers=workers or os.cpu_count() or 1,
            keep_runs=int(keep),
        )
