"""yusuan extraction: budget disclosure documents -> raw CSV seeds."""

__version__ = "0.1.0"
