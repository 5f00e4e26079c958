"""Benchmarks are scripts run by hand (`python3 dev.py bench`), never collected as tests."""

collect_ignore_glob = ["*.py"]
