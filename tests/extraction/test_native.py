"""The opt-in compiled parsers (make native) are never run stale: a build whose sources changed
since it was compiled is refused by the command (exit code 2) before any parser is imported.

(That a fresh build writes the same bytes as plain Python is checked by `make native` itself,
scripts/build_native.py verify: the default test run has no compiled build to compare.)
"""

from __future__ import annotations

import importlib.machinery
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from yusuan import native

_EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package_copy(tmp_path: Path) -> Path:
    """A project holding copies of both packages and the bundled documents; returns its root."""
    root = tmp_path / "project"
    for folder in ("extract", "yusuan", "seeds", "data"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy2(ROOT / "dbt_project.yml", root / "dbt_project.yml")
    return root


def _fake_build(package: Path) -> Path:
    """An 'extension module' that crashes if anything imports it, and a stamp of the current sources."""
    compiled = package / f"spaces{_EXTENSION}"
    compiled.write_bytes(b"not a shared object: importing this fails")
    (package / native.STAMP.name).write_text(native.source_digest(package) + "\n")
    return compiled


def test_no_build_and_a_current_build_are_accepted(tmp_path):
    package = _package_copy(tmp_path) / "extract"
    assert native.compiled_files(package) == []
    assert native.stale_build(package) is None
    _fake_build(package)
    assert native.compiled_files(package) == [package / f"spaces{_EXTENSION}"]
    assert native.stale_build(package) is None


def test_an_edited_source_or_a_missing_stamp_makes_the_build_stale(tmp_path):
    package = _package_copy(tmp_path) / "extract"
    _fake_build(package)
    grid = package / "tables" / "grid.py"
    grid.write_text(grid.read_text(encoding="utf-8") + "\n# edited after the build\n", encoding="utf-8")
    assert "older than their sources" in (native.stale_build(package) or "")
    (package / native.STAMP.name).unlink()
    assert "make native" in (native.stale_build(package) or "")


def test_the_command_refuses_a_stale_build_before_importing_a_parser(tmp_path):
    root = _package_copy(tmp_path)
    _fake_build(root / "extract")
    spaces = root / "extract" / "spaces.py"
    spaces.write_text(spaces.read_text(encoding="utf-8") + "\n# edited after the build\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", "from yusuan.cli import main; main()", "extract"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "older than their sources" in done.stdout
    assert "make native" in done.stdout


def test_this_checkout_runs_plain_python_unless_built():
    import extract.spaces

    built = native.is_built()
    assert extract.spaces.__file__.endswith(".so") == built
    assert native.parsers_in_use() == ("compiled parsers" if built else "plain-Python parsers")


def test_the_compiled_modules_type_check(tmp_path):
    # mypyc compiles only what mypy accepts: a type error in a parser breaks `make native`
    # (the build itself, ~2 min with gcc, is not part of the default test run)
    sources = [str(path) for path in native.source_files()]
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), *sources],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
