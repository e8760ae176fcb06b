"""`make lint` checks the SQL dbt runs: sqlfluff renders the models and data tests with its jinja
templater and scripts/lint/dbt_shims, not with dbt, so its rendering must be dbt's text."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_lint_renders_every_model_and_data_test_as_the_bundled_build_compiled_it(bundled_run):
    assert bundled_run.returncode == 0, bundled_run.output[-2000:]
    compiled = bundled_run.project / "target" / "compiled" / "yusuan"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lint_render_check.py"), "--compiled", str(compiled)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    compared = int(done.stdout.strip().splitlines()[-1].split()[0])
    models_and_tests = [*(ROOT / "models").rglob("*.sql"), *(ROOT / "tests").rglob("*.sql")]
    assert compared == len(models_and_tests) >= 70
