"""The Great Expectations checkpoint over the marts (run by ``yusuan build`` after dbt)."""

from __future__ import annotations

import warnings
from types import ModuleType


def great_expectations() -> ModuleType:
    """The ``great_expectations`` module, imported without the warnings of optional libraries it
    probes on import.

    GE imports pyspark when it is installed (``make spark-venv``), and pyspark warns on import about
    the pinned pandas (a FutureWarning: "PySpark does not yet fully support pandas >= 3.0.0").
    The DuckDB checks never use pyspark; left alone, that warning was printed after the run's own
    last lines, which say what failed and why. Other warnings are kept.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"pyspark(\.|$)")
        import great_expectations as gx
    return gx
