"""The opt-in compiled parsers (``make native``): which sources they cover and whether a build is current.

``make native`` (scripts/build_native.py) compiles the parsing modules of ``extract`` with mypyc
into ordinary extension modules beside their sources and writes ``extract/native.stamp``, a
digest of the sources it compiled. Python then imports an extension module before its ``.py``
file, so there is no switch at run time: a build is either current or refused. The ``yusuan``
command calls :func:`stale_build` before it imports a parser and stops with exit code 2 when
the sources changed since the build; ``make native`` rebuilds, ``make native-clean`` removes it.
Nothing here imports ``extract`` (it must run before a possibly stale module is loaded).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "extract"
#: relative to the extract package; compiled together as one mypyc group (extract/native__mypyc*.so)
SOURCES = (
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
GROUP = "extract.native"
STAMP = PACKAGE_DIR / "native.stamp"


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """The compiled modules' sources, sorted."""
    files: set[Path] = set()
    for pattern in SOURCES:
        files.update(package_dir.glob(pattern))
    return sorted(files)


def source_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """sha256 hex over the sources (relative path and content of each, in order)."""
    digest = hashlib.sha256()
    for path in source_files(package_dir):
        digest.update(path.relative_to(package_dir).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every extension module under the package (empty when nothing was compiled)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in package_dir.rglob("*") if p.name.endswith(suffixes))


def is_built(package_dir: Path = PACKAGE_DIR) -> bool:
    """True when any compiled extension module lies under ``package_dir`` (current or not)."""
    return bool(compiled_files(package_dir))


def stale_build(package_dir: Path = PACKAGE_DIR) -> str | None:
    """None when no compiled build exists or it was built from the sources on disk; else why not.

    A build whose stamp is missing or differs from the sources' digest would run old parsing
    code in place of the edited source: the caller refuses it (exit code 2)."""
    if not is_built(package_dir):
        return None
    stamp = package_dir / STAMP.name
    try:
        built_from = stamp.read_text(encoding="utf-8").strip()
    except OSError:
        built_from = ""
    if built_from == source_digest(package_dir):
        return None
    return (
        f"the compiled parsers under {package_dir} are older than their sources: run `make native` to "
        "rebuild them or `make native-clean` to use the plain-Python parsers"
    )


def parsers_in_use() -> str:
    """'compiled parsers' or 'plain-Python parsers' (call after stale_build() passed)."""
    return "compiled parsers" if is_built() else "plain-Python parsers"
