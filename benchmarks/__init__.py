"""Reproducible benchmarks for smallsteps; run from the repo root as `python -m benchmarks.x`."""
