"""Benchmark support: a synthetic corpus generator (see bench.corpus and bench/run.py)."""
