"""Registry of layout readers. A new layout is one module with NAME, score() and read_rows()."""

from __future__ import annotations

from collections.abc import Sequence

from extract.tables import layout_cells, layout_tsv

READERS = (layout_cells, layout_tsv)
MIN_SCORE = 0.8


def detect(lines: Sequence[str]):
    """The reader that fits the table lines best, or None when none fits well enough."""
    scored = sorted(((reader.score(lines), reader.NAME, reader) for reader in READERS), reverse=True)
    best_score, _, best = scored[0]
    return best if best_score >= MIN_SCORE else None
