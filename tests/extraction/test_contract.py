"""The raw CSV contract in extract/schema.py and the dbt sources YAML must agree."""

from __future__ import annotations

from pathlib import Path

import yaml

from extract.schema import RAW_TABLES

ROOT = Path(__file__).resolve().parents[2]


def test_sources_yaml_matches_schema():
    sources = yaml.safe_load((ROOT / "models" / "staging" / "_raw__sources.yml").read_text(encoding="utf-8"))
    (raw,) = [s for s in sources["sources"] if s["name"] == "raw"]
    declared = {t["name"]: tuple(c["name"] for c in t["columns"]) for t in raw["tables"]}
    assert declared == RAW_TABLES
