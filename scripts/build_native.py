"""Compile the parsing modules with mypyc, in place (`make native`; run by `make venv`).

The extensions land next to their sources (extract/**/*.so plus the group's shared
library extract/native__mypyc*.so); C sources and objects under build/native/. On success
extract/native.stamp records the digest of the sources they were built from: the package
uses the compiled modules only while that digest matches (see extract/__init__.py).

    .venv/bin/python scripts/build_native.py           # build
    .venv/bin/python scripts/build_native.py --if-stale  # build unless already built from these sources
    .venv/bin/python scripts/build_native.py --clean   # remove every compiled module
"""

from __future__ import annotations

import argparse
import importlib.machinery
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_DIR = ROOT / "build" / "native"
os.environ["YUSUAN_PURE_PYTHON"] = "1"  # this script never runs compiled code
sys.path.insert(0, str(ROOT))

import extract  # noqa: E402


def compiled_files() -> list[Path]:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in extract.PACKAGE_DIR.rglob("*") if p.name.endswith(suffixes))


def clean() -> None:
    extract.STAMP.unlink(missing_ok=True)
    for path in compiled_files():
        path.unlink()


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    clean()  # never leave extensions of an older build beside a failed one
    sources = [p.relative_to(ROOT).as_posix() for p in extract.native_source_files()]
    digest = extract.native_digest()
    os.chdir(ROOT)  # mypy reads [tool.mypy] from pyproject.toml; module names from the paths
    started = time.perf_counter()
    try:
        extensions = mypycify(sources, opt_level="3", group_name=extract.NATIVE_GROUP, target_dir=str(BUILD_DIR / "c"))
        setup(
            name="yusuan-native",
            ext_modules=extensions,
            script_args=["-q", "build_ext", "--inplace", "--build-temp", str(BUILD_DIR / "temp")],
        )
    except (Exception, SystemExit) as exc:  # mypy type errors exit; a missing compiler raises
        clean()
        sys.exit(
            f"build_native: compiling the parsers failed ({exc}); nothing compiled is left, the "
            "pure-Python parsers will run (same output, slower). Needs gcc and the Python headers; "
            "`make NATIVE=0 ...` skips this step."
        )
    if extract.native_digest() != digest:
        sys.exit("build_native: the sources changed during the build; run it again")
    extract.STAMP.write_text(digest + "\n")
    print(f"build_native: {len(sources)} modules compiled in {time.perf_counter() - started:.1f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules and the stamp")
    parser.add_argument("--if-stale", action="store_true", help="build only when the sources changed since the build")
    args = parser.parse_args()
    if args.if_stale and extract.native_build_state() == "native":
        print("build_native: compiled parsers up to date")
    elif args.clean:
        clean()
        print("build_native: compiled modules removed; the pure-Python parsers are used")
    else:
        build()


if __name__ == "__main__":
    main()
