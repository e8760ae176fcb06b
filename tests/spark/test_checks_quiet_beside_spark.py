"""The GE checks stay quiet when the Spark environment is installed beside them.

great_expectations imports pyspark when it can, and pyspark warns on import about the pinned
pandas; that warning once came after a run's own last lines (which say what failed and why).
Runs with the Spark environment (`make spark-test`), where pyspark is importable.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.spark

ROOT = Path(__file__).resolve().parents[2]


def test_importing_great_expectations_for_the_checks_prints_no_pyspark_warning(tmp_path):
    script = tmp_path / "import_gx.py"  # a file, not `python -c`: pyspark treats -c as a doctest run
    script.write_text(
        "import importlib.util\n"
        "assert importlib.util.find_spec('pyspark') is not None, 'pyspark is not installed'\n"
        "from yusuan.checks import great_expectations\n"
        "print(great_expectations().__version__)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-W", "always", str(script)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), done.stdout
    assert "pyspark" not in done.stderr.lower(), done.stderr
