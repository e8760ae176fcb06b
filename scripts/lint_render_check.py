"""Check that `make lint` lints the SQL dbt runs: sqlfluff's jinja rendering against dbt's compile.

`.sqlfluff` renders the models and data tests with sqlfluff's jinja templater and the shims of
`scripts/lint/dbt_shims` (no dbt process). This script compiles the project with dbt into a
temporary folder (database `yusuan`, the name the shims render) and renders every `.sql` file
under models/ and tests/ with the lint's configuration; it prints each file whose two texts
differ (a unified diff) and exits 1 if any does, 0 when all are identical.

Run it after changing a macro's dispatch, a dbt or dbt-duckdb version, the sources'
external_location or the shims: `.venv/bin/python scripts/lint_render_check.py` from the
project root (~15 CPU-s: dbt's parse and compile of the project). `--compiled DIR` compares
with dbt's compiled SQL of a build already made instead (DIR = `<project>/target/compiled/yusuan`
of a project built into a database file named yusuan.duckdb; `tests/e2e/test_lint_render.py`
passes the bundled run's), ~2 CPU-s.
"""

from __future__ import annotations

import argparse
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


def compare(compiled_root: Path) -> int:
    """Print each model or data test whose lint rendering differs from `compiled_root/<path>`;
    return how many differ (or failed to render, or were not compiled)."""
    linter = Linter(config=FluffConfig.from_path(str(ROOT)))
    differing = 0
    compared = 0
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
    return differing


def main() -> int:
    """Compile (or take `--compiled`), compare every model and data test; 0 when all are identical."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiled", type=Path, help="dbt's compiled SQL of a build already made")
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.compiled is not None:
        return 1 if compare(args.compiled.resolve()) else 0
    with tempfile.TemporaryDirectory(prefix="yusuan-lint-render-") as tmp:
        return 1 if compare(dbt_compiled(Path(tmp))) else 0


if __name__ == "__main__":
    sys.exit(main())
