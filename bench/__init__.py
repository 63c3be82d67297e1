"""Benchmarks: ``python -m bench`` (``make bench``) runs every ``bench_*.py`` module.

Each module has ``run() -> dict`` returning its figures; data sets come from
``bench.dataset`` (the demo generator's small and large shops, built once and cached).
"""
