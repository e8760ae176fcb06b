"""The Spark session of a ``--engine spark`` run, and where its files go.

Under ``spark-submit`` (a cluster) or with ``SPARK_REMOTE`` set (Spark Connect), the session
is the one those provide and nothing here overrides their settings. Run from plain Python, it
is a local session: ``YUSUAN_SPARK_MASTER`` (default ``local[2]``), a driver of
``YUSUAN_SPARK_DRIVER_MEMORY`` (default 2g), ``YUSUAN_SPARK_SHUFFLE_PARTITIONS`` shuffle
partitions (default 4), no web UI.

The session is built without a Hive metastore: dbt (dbt-spark, method ``session``) runs in the
same process and uses this session, so the raw tables it declares and the models it builds live
in the session's catalog for the length of the run; the marts are exported as Parquet before it
ends (see ``yusuan/spark_build.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from yusuan.project import EnvironmentProblem

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_MASTER = "local[2]"
DEFAULT_DRIVER_MEMORY = "2g"
DEFAULT_SHUFFLE_PARTITIONS = "4"


def spark_dir(root: Path) -> Path:
    """Where a Spark run writes: ``YUSUAN_SPARK_DIR`` or ``<project>/warehouse/spark``;
    raw/<raw table>/ (extraction), marts/<mart>/ (the marts' Parquet export)."""
    configured = os.environ.get("YUSUAN_SPARK_DIR", "").strip()
    path = Path(configured).expanduser() if configured else root / "warehouse" / "spark"
    return path if path.is_absolute() else root / path


def get_session(root: Path) -> SparkSession:
    """The active session, or a new local one configured as the module docstring says.

    Raises EnvironmentProblem when pyspark is not installed or Java cannot be started.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise EnvironmentProblem(
            "the Spark engine needs pyspark and dbt-spark: run `make spark-venv` (or pip install '.[spark]')"
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName("yusuan")
    if not os.environ.get("SPARK_REMOTE") and not _under_spark_submit():
        warehouse = spark_dir(root) / "spark-warehouse"
        # the Python workers are this interpreter (its environment has the project installed)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (
            builder.master(os.environ.get("YUSUAN_SPARK_MASTER") or DEFAULT_MASTER)
            .config("spark.driver.memory", os.environ.get("YUSUAN_SPARK_DRIVER_MEMORY") or DEFAULT_DRIVER_MEMORY)
            .config(
                "spark.sql.shuffle.partitions",
                os.environ.get("YUSUAN_SPARK_SHUFFLE_PARTITIONS") or DEFAULT_SHUFFLE_PARTITIONS,
            )
            .config("spark.sql.warehouse.dir", str(warehouse))
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.log.structuredLogging.enabled", "false")
        )
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # no java, a JVM that does not start, an unreachable Connect server
        raise EnvironmentProblem(f"could not start Spark ({type(exc).__name__}: {exc}); is Java 17 installed?") from exc
    # dbt-spark asks for the session once per statement: no warning each time that it exists
    session.sparkContext.setLogLevel(os.environ.get("YUSUAN_SPARK_LOG_LEVEL") or "ERROR")
    return session


def _under_spark_submit() -> bool:
    """spark-submit starts the JVM first and hands its gateway to Python in the environment."""
    return "PYSPARK_GATEWAY_PORT" in os.environ
