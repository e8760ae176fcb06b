"""yusuan extraction: budget disclosure documents -> raw CSV seeds.

Plain Python. ``make native`` may compile the parsing modules into ordinary extension
modules beside their sources (an opt-in build step, see docs/performance.md); the ``yusuan``
command refuses to run a compiled build older than its sources (yusuan/native.py).
"""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

#: the package folder (compiled modules have no ``__file__`` of their own source)
PACKAGE_DIR = Path(__file__).resolve().parent
