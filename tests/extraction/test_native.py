"""The mypyc-compiled parsers (make native) give byte-identical output to the pure-Python ones,
and are never used once a source has changed since they were built."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import RAW, ROOT

import extract
from bench import corpus

_EXTRACT = (
    "import sys; from pathlib import Path; import extract; from extract.pipeline import extract_all; "
    "extract_all(Path(sys.argv[1]), Path(sys.argv[2]), workers=1); print(extract.native_status())"
)


def _extract(raw: Path, out: Path, pure: bool, package_root: Path = ROOT) -> str:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    env.pop("YUSUAN_PURE_PYTHON", None)
    if pure:
        env["YUSUAN_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT, str(raw), str(out)],
        env=env,
        cwd=package_root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Path:
    """The bundled documents and 120 generated ones (every layout, both units, several encodings)."""
    raw = tmp_path_factory.mktemp("native_raw")
    for path in RAW.iterdir():
        shutil.copy2(path, raw / path.name)
    corpus.generate(120, seed=23, out=raw / "generated", workers=1)
    return raw


def test_the_compiled_build_is_in_use_when_make_built_it():
    # `make pytest` sets this unless NATIVE=0: a build that silently fell back would hide here
    if os.environ.get("YUSUAN_EXPECT_NATIVE") == "1":
        assert extract.native_status() == "native"
    else:  # run by hand: the state follows the files on disk and YUSUAN_PURE_PYTHON
        built = extract.native_build_state()
        disabled = os.environ.get("YUSUAN_PURE_PYTHON", "") not in ("", "0") and built == "native"
        assert extract.native_status() == ("disabled by YUSUAN_PURE_PYTHON" if disabled else built)


def test_compiled_and_pure_python_parsers_write_the_same_bytes(documents, tmp_path):
    compiled, pure = tmp_path / "compiled", tmp_path / "pure"
    compiled_state = _extract(documents, compiled, pure=False)
    assert _extract(documents, pure, pure=True) != "native"
    assert compiled_state == extract.native_status()
    names = sorted(p.name for p in pure.glob("raw_*.csv"))
    assert names == sorted(p.name for p in compiled.glob("raw_*.csv"))
    assert len(names) >= 10
    for name in names:
        assert (compiled / name).read_bytes() == (pure / name).read_bytes(), name
    lines = (pure / "raw_function_lines.csv").read_bytes().count(b"\n")
    assert lines > 120 * 50  # the generated documents were parsed, not refused


def test_an_edited_source_switches_every_compiled_module_off(tmp_path):
    """A copy of the package whose parser source differs from the build: the copy runs pure Python."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "extract", copy / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "seeds" / "reference", copy / "seeds" / "reference")
    spaces = copy / "extract" / "spaces.py"
    spaces.write_text(spaces.read_text(encoding="utf-8") + "\n# edited after the build\n", encoding="utf-8")
    probe = (
        "import extract, extract.tables.grid as g, extract.spaces as s; "
        "print(extract.native_status()); print(g.__file__); print(s.__file__)"
    )
    env = {**os.environ, "PYTHONPATH": str(copy)}
    env.pop("YUSUAN_PURE_PYTHON", None)
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=copy, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] != "native"
    assert out[1].endswith("grid.py") and out[2].endswith("spaces.py")  # unchanged modules too
    assert out[1].startswith(str(copy))
