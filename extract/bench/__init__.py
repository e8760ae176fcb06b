"""Benchmark support: a synthetic corpus generator (see extract.bench.corpus and scripts/bench.py)."""
