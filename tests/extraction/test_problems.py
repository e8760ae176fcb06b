"""Every problem code the extractor uses or writes is in the catalogue (extract/problems.py),
with the severity it is used with. A failure names the line to add."""

from __future__ import annotations

import ast
import csv

from conftest import ROOT

from extract.problems import BY_CODE, CATALOGUE

# calls that carry a problem code: problem(severity, code, ...), Problem(severity, code, ...),
# ReadError(code, ...) (always an 'error': the document cannot be read), warn_once(key, code, ...)
_CALLS = {"problem": 1, "Problem": 1, "ReadError": 0, "warn_once": 1}
_FIXED_SEVERITY = {"ReadError": "error", "warn_once": "warning"}


def _codes_in_source() -> dict[tuple[str, str], list[str]]:
    """(code, severity) -> where, for every literal code passed to a problem call under extract/."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted((ROOT / "extract").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = _CALLS.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            code = node.args[position]
            if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
                continue
            severity = _FIXED_SEVERITY.get(name or "")
            if severity is None:
                given = node.args[0]
                severity = given.value if isinstance(given, ast.Constant) else "?"
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            found.setdefault((code.value, severity), []).append(where)
    return found


def _missing(used: dict[tuple[str, str], list[str]]) -> list[str]:
    lines = []
    for (code, severity), where in sorted(used.items()):
        entry = BY_CODE.get(code)
        if entry is None:
            lines.append(
                f'add to CATALOGUE in extract/problems.py: ProblemCode("{code}", "{severity}", "<what it means>"),'
                f"  # used at {', '.join(where)}"
            )
        elif entry.severity != severity:
            lines.append(
                f"{code}: the catalogue says {entry.severity!r} but {', '.join(where)} uses {severity!r}: "
                "use one severity per code (or a new code)"
            )
    return lines


def test_every_code_the_extractor_raises_is_catalogued():
    used = _codes_in_source()
    assert len(used) >= 25  # the scan finds the calls
    missing = _missing(used)
    assert not missing, "\n".join(missing)


def test_every_code_in_the_raw_problems_is_catalogued():
    with (ROOT / "seeds" / "raw" / "raw_problems.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows  # the bundled documents have findings
    used: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        used.setdefault((row["code"], row["severity"]), []).append(f"raw_problems document {row['document_id']}")
    missing = _missing(used)
    assert not missing, "\n".join(missing)


def test_the_catalogue_is_well_formed():
    assert len(BY_CODE) == len(CATALOGUE), "a code is listed twice"
    for entry in CATALOGUE:
        assert entry.code.isidentifier() and entry.code == entry.code.lower(), entry.code
        assert entry.severity in ("error", "partial", "warning"), entry
        assert entry.meaning, entry.code
