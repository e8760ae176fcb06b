"""Check that `make lint` lints the SQL dbt runs: sqlfluff's jinja rendering against dbt's compile.

`.sqlfluff` renders the models and data tests with sqlfluff's jinja templater and the shims of
`scripts/lint/dbt_shims` (no dbt process). This script compiles the project with dbt into a
temporary folder (database `yusuan`, the name the shims render) and renders every `.sql` file
under models/ and tests/ with the lint's configuration; it prints each file whose two texts
differ (a unified diff) and exits 1 if any does, 0 when all are identical.

Run it after changing a macro's dispatch, a dbt or dbt-duckdb version, the sources'
external_location or the shims: `.venv/bin/python scripts/lint_render_check.py` from the
project root (~15 CPU-s: dbt's parse and compile of the project).
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlfluff.core import FluffConfig, Linter

ROOT = Path(__file__).resolve().parents[1]


def dbt_compiled(target: Path) -> Path:
    """Compile the project into `target`; return the folder of its compiled SQL (models/, tests/)."""
    env = dict(os.environ, YUSUAN_DB=str(target / "yusuan.duckdb"), DO_NOT_TRACK="1")
    dbt = Path(sys.executable).with_name("dbt")
    subprocess.run(
        [str(dbt), "compile", "--profiles-dir", ".", "--quiet", "--target-path", str(target)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return target / "compiled" / "yusuan"


def main() -> int:
    """Compare every model's and data test's two renderings; print the differences; 0 if none."""
    os.chdir(ROOT)
    linter = Linter(config=FluffConfig.from_root())
    differing = 0
    compared = 0
    with tempfile.TemporaryDirectory(prefix="yusuan-lint-render-") as tmp:
        compiled_root = dbt_compiled(Path(tmp))
        for folder in ("models", "tests"):
            for path in sorted(Path(folder).rglob("*.sql")):
                compiled_path = compiled_root / path
                if not compiled_path.exists():
                    print(f"{path}: dbt compiled no such node")
                    differing += 1
                    continue
                rendered = linter.render_file(str(path), linter.config)
                if rendered.templater_violations:
                    print(f"{path}: {rendered.templater_violations[0].desc()}")
                    differing += 1
                    continue
                ours = str(rendered.templated_variants[0]).rstrip()
                theirs = compiled_path.read_text(encoding="utf-8").rstrip()
                compared += 1
                if ours != theirs:
                    differing += 1
                    sys.stdout.writelines(
                        difflib.unified_diff(
                            theirs.splitlines(keepends=True),
                            ours.splitlines(keepends=True),
                            f"dbt compile: {path}",
                            f"sqlfluff jinja: {path}",
                        )
                    )
                    print()
    print(f"{compared} files compared, {differing} differ or failed")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
