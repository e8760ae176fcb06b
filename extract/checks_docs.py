"""Data Docs offline (placeholder)."""

from pathlib import Path


def make_offline(site: Path) -> None:
    return None
