"""``yusuan --help`` reads as a person expects: a flag is its name alone, a value option names
what it takes (DIR, N, duckdb|spark), never a type placeholder such as '<bool>'."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from yusuan.cli import app

COMMANDS = ("extract", "build", "run", "export", "report")


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_no_type_placeholders(command):
    text = _help(*([command] if command else []))
    assert not re.search(r"<(?:bool|int|str|path|float)>", text), text
    assert re.search(r"^\s+-h, --help\s+Show this message and exit\.$", text, re.M), text


def test_flags_and_values_are_named():
    text = _help("run")
    assert re.search(r"^\s+--full\s+Extract every document again", text, re.M), text
    assert re.search(r"^\s+--allow-empty\s+Load even when", text, re.M), text
    assert re.search(r"^\s+--raw DIR\s+Folder of source documents", text, re.M), text
    assert re.search(r"^\s+--workers N\s+Extraction processes", text, re.M), text
    assert re.search(r"^\s+--engine duckdb\|spark\s+duckdb \(this machine", text, re.M), text
    assert re.search(r"^\s+--format parquet\|csv\s+", _help("export"), re.M)
    assert re.search(r"^\s+--version\s+Print the versions and exit\.$", _help(), re.M)


def test_the_command_list_names_every_command():
    text = _help()
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", text, re.M), text


@pytest.mark.parametrize("command", ["extract", "run"])
def test_workers_below_one_is_refused_before_any_work(command):
    result = CliRunner().invoke(app, [command, "--workers", "0"], env={"COLUMNS": "120"})
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--workers'" in result.output, result.output
