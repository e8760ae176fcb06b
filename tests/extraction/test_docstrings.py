"""Every public entry point of the packages says what it takes and gives: a docstring check.

Public entry point: a function defined at module level whose name has no leading underscore,
and a method (properties included) without a leading underscore of a module-level class
whose name has no leading underscore, in any module of ``extract/``, ``yusuan/`` or
``bench/``. Dunder methods (``__init__``, ``__post_init__`` …) and nested functions are not
entry points. Nothing is allow-listed.

Also checked: no issue number in the code or its docstrings ('issue 14', 'issue #3').
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("extract", "yusuan", "bench")
_ISSUE_NUMBER = re.compile(r"\bissues?\s*#?\s*\d+", re.IGNORECASE)


def _modules() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def public_functions(path: Path) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """(qualified name, node) of every public entry point of one module, in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            found.append((node.name, node))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for member in node.body:
                if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef) and not member.name.startswith("_"):
                    found.append((f"{node.name}.{member.name}", member))
    return found


def test_the_checker_sees_the_packages():
    names = {f"{p.relative_to(ROOT).as_posix()}::{name}" for p in _modules() for name, _ in public_functions(p)}
    # one module-level function, one method, one property of each package's best-known entry points
    assert {
        "extract/pipeline.py::process",
        "extract/result.py::ParseResult.problem",
        "extract/read.py::SourceFile.document_id",
        "yusuan/cli.py::main",
        "bench/corpus.py::generate",
    } <= names
    assert len(names) > 300


def test_every_public_function_has_a_docstring():
    missing = [
        f"{path.relative_to(ROOT).as_posix()}:{node.lineno} {name}"
        for path in _modules()
        for name, node in public_functions(path)
        if not (ast.get_docstring(node) or "").strip()
    ]
    assert not missing, "public functions without a docstring:\n" + "\n".join(missing)


def test_no_issue_numbers_in_code():
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{number}: {line.strip()}"
        for path in _modules()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _ISSUE_NUMBER.search(line)
    ]
    assert not found, "issue numbers belong in the tracker, not the code:\n" + "\n".join(found)
