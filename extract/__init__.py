"""yusuan extraction: budget disclosure documents -> raw CSV seeds.

The parsing modules (``NATIVE_SOURCES``) are plain Python, and ``make venv`` also compiles
them with mypyc into C extensions next to their sources (``scripts/build_native.py``),
which parses about 1.5x faster with identical output. The compiled modules are used only
while they were built from exactly the sources on disk: ``native.stamp`` holds a digest
of those sources, and when it does not match (a source edited since the build), or
``YUSUAN_PURE_PYTHON=1`` is set, every compiled module is bypassed and its ``.py`` file is
imported instead, all of them together (compiled modules call each other directly, so a
mix of old compiled and new Python code is never run). ``native_status()`` says which.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

__version__ = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent
# Relative to the package; compiled together as one mypyc group (extract/native__mypyc*.so).
NATIVE_SOURCES = (
    "spaces.py",
    "numbers.py",
    "names.py",
    "reference.py",
    "schema.py",
    "result.py",
    "read.py",
    "detect.py",
    "completeness.py",
    "tables/*.py",
    "narrative/*.py",
)
NATIVE_GROUP = "extract.native"
STAMP = PACKAGE_DIR / "native.stamp"


def native_source_files() -> list[Path]:
    files: set[Path] = set()
    for pattern in NATIVE_SOURCES:
        files.update(PACKAGE_DIR.glob(pattern))
    return sorted(files)


def native_digest() -> str:
    """sha256 over the compiled sources (relative path and content of each, in order)."""
    digest = hashlib.sha256()
    for path in native_source_files():
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([__name__, *parts])


def _has_extension(path: Path) -> bool:
    stem = path.with_suffix("").name
    return any(path.with_name(stem + suffix).exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES)


class _PurePython(importlib.abc.MetaPathFinder):
    """Import the listed modules from their .py files, never from a compiled extension."""

    def __init__(self, sources: dict[str, Path]):
        self.sources = sources

    def find_spec(self, fullname, path=None, target=None):
        source = self.sources.get(fullname)
        if source is None:
            return None
        search = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, source, submodule_search_locations=search)


def native_build_state() -> str:
    """'native' when every compiled module exists and was built from the sources on disk."""
    sources = native_source_files()
    if not any(_has_extension(p) for p in sources):
        return "not built"
    try:
        stamp = STAMP.read_text().strip()
    except OSError:
        stamp = ""
    if stamp != native_digest() or not all(_has_extension(p) for p in sources):
        return "out of date with the sources (make native rebuilds it)"
    return "native"


_STATE = native_build_state()
if _STATE == "native" and os.environ.get("YUSUAN_PURE_PYTHON", "") not in ("", "0"):
    _STATE = "disabled by YUSUAN_PURE_PYTHON"
if _STATE != "native":
    sys.meta_path.insert(0, _PurePython({_module_name(p): p for p in native_source_files()}))


def native_status() -> str:
    """'native' when the compiled parsers are in use, else why the pure-Python ones are."""
    return _STATE
