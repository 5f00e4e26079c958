"""What SQLCipher's ``cipher_memory_security`` and the page cache size cost, on one vault.

    .venv/bin/python tests/benchmarks/memory_security_benchmark.py VAULT_DIR RECOVERY_KEY [--rounds 3]
        [--cache-mb 2,64]

``cipher_memory_security`` is process-wide and cannot be turned off again once on, so every
configuration runs in a fresh child process, alternating, ``--rounds`` times; the figures are
medians over the rounds. Each child opens the vault with the recovery key and times the list load
(``candidate_rows``), the search behind the search field (``candidate_search.search_candidates``,
every match) and the index lookup the benchmark table shows (``search_index.search``, limit
1000), with the queries of run_benchmarks.py. Use a copy of a vault kept by
``dev.py bench --keep``: nothing is written except the schema check at open.

Times are the measuring thread's CPU time (``time.thread_time``), not wall-clock time: on a
machine shared with other work the wall clock mostly measures the wait for a core, while the
CPU time of a single-threaded call is what the call itself costs (I/O is from the page cache).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))


def queries() -> list[str]:
    """The same 40 queries as run_benchmarks.measure (its seed and word lists)."""
    import run_benchmarks as rb

    return rb.search_queries()


def measure(folder: Path, recovery_key: str, memory_security: bool, cache_mb: int, plain: bool) -> dict:
    if plain:
        import plain_sqlite

        plain_sqlite.enable()
    from recruitdesk.clock import SystemClock
    from recruitdesk.services.candidate_search import search_candidates
    from recruitdesk.services.candidates import candidate_rows
    from recruitdesk.store import search_index
    from recruitdesk.vault import database
    from recruitdesk.vault.vault import Vault

    database.MEMORY_SECURITY = memory_security
    database.PAGE_CACHE_KIB = cache_mb * 1024
    vault = Vault.open(folder, None, SystemClock(), recovery_key)
    try:
        from sqlalchemy import text

        with vault.read_session() as session:
            state = session.execute(text("PRAGMA cipher_memory_security")).first()
            cache = session.execute(text("PRAGMA cache_size")).scalar_one()
        lists = []
        for _ in range(3):
            started = time.thread_time()
            count = len(candidate_rows(vault))
            lists.append(time.thread_time() - started)
        words = queries()
        field, index = [], []
        search_candidates(vault, "warmup")
        slowest: dict[str, float] = {}
        for _ in range(3):
            for query in words:
                started = time.thread_time()
                search_candidates(vault, query)
                field.append(time.thread_time() - started)
                slowest[query] = min(slowest.get(query, 1e9), field[-1])
        with vault.read_session() as session:
            for _ in range(3):
                for query in words:
                    started = time.thread_time()
                    search_index.search(session, vault.candidate_keys, query)
                    index.append(time.thread_time() - started)
    finally:
        vault.close()
    return {"memory_security": None if state is None else str(state[0]), "cache_size": cache, "rows": count,
            "list_s": statistics.median(lists), "field_p50_s": statistics.median(field), "field_p95_s": percentile(field, 0.95),
            "index_p50_s": statistics.median(index), "index_p95_s": percentile(index, 0.95),
            "slowest": sorted(slowest.items(), key=lambda item: -item[1])[:4]}


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("recovery_key")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cache-mb", default="64", help="page cache sizes to compare, MB (default: %(default)s)")
    parser.add_argument("--memory-security", default="off,on", help="off, on or both (default: %(default)s)")
    parser.add_argument("--plain", action="store_true", help="the vault is a plain SQLite twin (run_benchmarks.py)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        security, cache = args.child.split(":")
        print(json.dumps(measure(args.folder, args.recovery_key, security == "on", int(cache), args.plain)))
        return 0
    configurations = [(security, int(cache)) for cache in args.cache_mb.split(",") for security in args.memory_security.split(",")]
    results: dict[str, list[dict]] = {}
    for _round in range(args.rounds):
        for security, cache in configurations:
            command = [sys.executable, __file__, str(args.folder), args.recovery_key, "--child", f"{security}:{cache}",
                       *(["--plain"] if args.plain else [])]
            output = subprocess.run(command, capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL).stdout
            figures = json.loads(output.strip().splitlines()[-1])
            results.setdefault(f"memory_security={security} cache={cache}MB", []).append(figures)
            print(f"{security:>3} {cache:>3} MB: " + ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                                          for k, v in figures.items() if k != "slowest"), flush=True)
            print("        slowest searches (s): " + ", ".join(f"{query!r} {took:.4f}" for query, took in figures["slowest"]), flush=True)
    print(f"medians over {args.rounds} rounds (load average {'/'.join(f'{x:.1f}' for x in os.getloadavg())}, "
          f"{dt.datetime.now():%Y-%m-%d %H:%M}):")
    for name, runs in results.items():
        keys = [key for key, value in runs[0].items() if isinstance(value, float)]
        print(f"  {name}: " + ", ".join(f"{key}={statistics.median(run[key] for run in runs) * 1000:.1f} ms" for key in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
