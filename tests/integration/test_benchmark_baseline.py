"""The benchmark's vault builder runs in both of its modes.

`python3 dev.py bench` is run by hand, so nothing else notices when a change to the vault's
database functions leaves the plain-SQLite baseline (tests/benchmarks/plain_sqlite.py, which
replaces three of them) behind: a new keyword argument of ``verify_integrity`` once made every
plain build fail. This builds and prepares a small vault in each mode through the same child
processes the benchmark uses.
"""

from __future__ import annotations

import importlib.util
import inspect
import sys
from pathlib import Path

import pytest

from recruitdesk.vault import database

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(f"benchmark_{name}", BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_plain_baseline_replaces_functions_with_the_same_parameters():
    plain = _load("plain_sqlite")
    for name in ("connect", "verify_integrity", "check_existing_file"):
        original = inspect.signature(getattr(database, name)).parameters
        replacement = inspect.signature(getattr(plain, f"_{name}")).parameters
        assert list(replacement) == list(original), name


@pytest.mark.parametrize("mode", ["sqlcipher", "plain"])
def test_the_benchmark_builds_and_prepares_a_small_vault(mode, tmp_path):
    bench = _load("run_benchmarks")
    folder = tmp_path / mode / "vault"
    built = bench.child("build", mode, folder=str(folder), size=40, today="2026-03-02")
    assert built["recovery_key"]
    header = (folder / "vault.db").read_bytes()[:16]
    assert (header == b"SQLite format 3\x00") == (mode == "plain")  # the baseline really is unencrypted
    bench.child("prepare", mode, folder=str(folder), recovery_key=built["recovery_key"], today="2026-03-03", first_start=True)
