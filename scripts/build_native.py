"""Opt-in: compile the parsing modules with mypyc into extension modules beside their sources.

    make native          # build, then prove the build writes the same bytes as plain Python
    make native-clean    # remove every compiled module (plain Python again)

Not part of `make venv`, `make run` or `make test` (they run plain Python; no compiler needed).
C sources and objects go under build/native/; on success extract/native.stamp records the
digest of the sources compiled, and the `yusuan` command refuses (exit code 2) a build whose
sources changed since (yusuan/native.py). Why and when it pays: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_DIR = ROOT / "build" / "native"
sys.path.insert(0, str(ROOT))

from yusuan import native  # noqa: E402

_EXTRACT = (
    "import sys; from pathlib import Path; from extract.pipeline import extract_all; "
    "extract_all(Path(sys.argv[1]), Path(sys.argv[2]), workers=1); import extract.spaces as s; print(s.__file__)"
)


def clean() -> None:
    native.STAMP.unlink(missing_ok=True)
    for path in native.compiled_files():
        path.unlink()


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()  # never leave extensions of an older build beside a failed one
    sources = [p.relative_to(ROOT).as_posix() for p in native.source_files()]
    digest = native.source_digest()
    os.chdir(ROOT)  # mypy reads [tool.mypy] from pyproject.toml; module names from the paths
    started = time.perf_counter()
    try:
        extensions = mypycify(sources, opt_level="3", group_name=native.GROUP, target_dir=str(BUILD_DIR / "c"))
        setup(
            name="yusuan-native",
            ext_modules=extensions,
            script_args=["-q", "build_ext", "--inplace", "--build-temp", str(BUILD_DIR / "temp")],
        )
    except (Exception, SystemExit) as exc:  # mypy type errors exit; a missing compiler raises
        clean()
        sys.exit(f"build_native: compiling the parsers failed ({exc}); nothing compiled is left (plain Python runs)")
    if native.source_digest() != digest:
        clean()
        sys.exit("build_native: the sources changed during the build; run it again")
    native.STAMP.write_text(digest + "\n")
    print(f"build_native: {len(sources)} modules compiled in {time.perf_counter() - started:.1f}s")


def _extract(package_root: Path, raw: Path, out: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT, str(raw), str(out)],
        env=env,
        cwd=package_root,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def verify(n_generated: int = 120) -> None:
    """The compiled build writes byte-identical CSVs to plain Python on the bundled documents and
    ``n_generated`` synthetic ones (every layout, both units, several encodings); exit 1 if not."""
    from bench import corpus

    with tempfile.TemporaryDirectory(prefix="yusuan-native-") as tmp:
        work = Path(tmp)
        raw = work / "raw"
        shutil.copytree(ROOT / "data" / "raw", raw)
        corpus.generate(n_generated, seed=23, out=raw / "generated", workers=1)
        plain = work / "plain"
        shutil.copytree(ROOT / "extract", plain / "extract", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
        shutil.copytree(ROOT / "seeds" / "reference", plain / "seeds" / "reference")
        compiled_module = _extract(ROOT, raw, work / "out_compiled")
        plain_module = _extract(plain, raw, work / "out_plain")
        if not compiled_module.endswith(".so") or not plain_module.endswith(".py"):
            sys.exit(f"build_native: verify ran {compiled_module} and {plain_module}, not compiled and plain")
        names = sorted(p.name for p in (work / "out_plain").glob("raw_*.csv"))
        differ = [n for n in names if (work / "out_plain" / n).read_bytes() != (work / "out_compiled" / n).read_bytes()]
        if differ or not names:
            clean()
            sys.exit(
                f"build_native: compiled and plain-Python output differ in {differ or 'every file'}; build removed"
            )
    print(f"build_native: compiled output byte-identical to plain Python ({len(names)} CSVs, {n_generated + 5} files)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules and the stamp")
    args = parser.parse_args()
    if args.clean:
        clean()
        print("build_native: compiled modules removed; the plain-Python parsers run")
        return
    build()
    verify()


if __name__ == "__main__":
    main()
