"""CV import benchmark (a script, not a test): run by hand with

    python tests/benchmarks/import_benchmark.py [CORPUS_DIR] [--rounds N]

Prints CVs per second for (1) preview through the sandboxed worker (extraction + field and
sensitive-data detection), (2) a full import into a throwaway vault, (3) the same readers
called in-process with no sandbox (raw library time), the ratio between them, and peak memory
of this process and of the worker (ru_maxrss, POSIX).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from recruitdesk.clock import ManualClock  # noqa: E402
from recruitdesk.importing.extract.dispatch import extract_file  # noqa: E402
from recruitdesk.importing.limits import Limits  # noqa: E402
from recruitdesk.importing.sources import expand  # noqa: E402
from recruitdesk.services.importing import import_files, preview  # noqa: E402
from recruitdesk.services.vault_access import create_vault  # noqa: E402
from recruitdesk.vault.keychain import MemoryKeychain  # noqa: E402


def corpus_files(folder: Path) -> list[Path]:
    return [path for path in expand([folder]) if path.name not in ("MANIFEST.tsv", "README.md")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = corpus_files(Path(args.corpus))
    print(f"{len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB, {args.rounds} rounds")

    # Raw: the same readers in this process (imports warmed up first, as the worker does).
    extract_file(files[0], Limits())
    started = time.perf_counter()
    for _ in range(args.rounds):
        for path in files:
            extract_file(path, Limits())
    raw = (time.perf_counter() - started) / args.rounds

    started = time.perf_counter()
    for _ in range(args.rounds):
        preview(files)
    sandboxed = (time.perf_counter() - started) / args.rounds

    with tempfile.TemporaryDirectory() as folder:
        vault, _ = create_vault(Path(folder) / "vault", MemoryKeychain(), ManualClock(dt.datetime(2026, 3, 2, 9, 0)))
        started = time.perf_counter()
        results = import_files(vault, files, on_duplicate="create")
        imported = time.perf_counter() - started
        vault.close()
    statuses = {status: sum(1 for r in results if r.status == status) for status in ("imported", "duplicate", "failed")}

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"raw extraction in-process : {len(files) / raw:6.1f} files/s ({raw:.2f} s per pass)")
    print(f"preview (sandboxed worker): {len(files) / sandboxed:6.1f} files/s ({sandboxed:.2f} s per pass, incl. one worker start)")
    print(f"full import into a vault  : {len(files) / imported:6.1f} files/s ({imported:.2f} s; {statuses})")
    print(f"ratio preview / raw       : {sandboxed / raw:6.2f}x")
    print(f"ratio import / raw        : {imported / raw:6.2f}x")
    print(f"peak memory: this process {own:.0f} MB (includes the in-process raw pass), largest worker {children:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
