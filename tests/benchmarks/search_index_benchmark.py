"""Search speed and size: the old plaintext FTS5 index against the keyed-token index, same data.

    .venv/bin/python -m tests.benchmarks.search_index_benchmark [--size 10000]

Builds ``size`` synthetic candidates (the CV texts of run_benchmarks) into one scratch
SQLCipher database holding both indexes (migration 0002's ``candidate_search`` with name,
e-mail and CV text; 0005's ``candidate_tokens``), then runs the same 40 queries five times on
each and prints median and 95th-percentile latency, build time and size on disk. Not a pytest
test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from recruitdesk.store import search_index
from recruitdesk.vault import crypto, database
from recruitdesk.vault.candidate_keys import CandidateKeys
from tests.benchmarks.run_benchmarks import SEED, cv_text, name_pools, percentile, search_queries

LEGACY_DDL = "CREATE VIRTUAL TABLE candidate_search USING fts5(name, email, body, tokenize='unicode61 remove_diacritics 2')"
TOKENS_DDL = "CREATE VIRTUAL TABLE candidate_tokens USING fts5(tokens, tokenize='ascii', detail=none)"


def legacy_search(session: Session, query: str, limit: int = 1000) -> list[int]:
    words = [word.replace('"', "") for word in query.split() if word.strip('"')]
    expression = " ".join(f'"{word}"*' for word in words)
    return [row[0] for row in session.execute(text("SELECT rowid FROM candidate_search WHERE candidate_search MATCH :q ORDER BY rank LIMIT :l"), {"q": expression, "l": limit})]


def table_bytes(session: Session, table: str) -> int:
    """Bytes of the index segments plus the stored content (this SQLCipher build has no dbstat)."""
    segments = session.execute(text(f"SELECT sum(length(block)) FROM {table}_data")).scalar() or 0
    columns = [row[1] for row in session.execute(text(f"PRAGMA table_info({table}_content)")) if row[1] != "id"]
    content = session.execute(text(f"SELECT sum({' + '.join(f'length({c})' for c in columns)}) FROM {table}_content")).scalar() or 0
    return segments + content


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    first_names, last_names, cities = name_pools()
    keys = CandidateKeys(crypto.random_key())
    rng = random.Random(SEED)
    rows = []
    for cid in range(1, args.size + 1):
        first, last, city = rng.choice(first_names), rng.choice(last_names), rng.choice(cities)
        name = f"{first} {last}"
        email = f"{first}.{last}{cid}@example.be".lower().replace(" ", "")
        rows.append((cid, name, email, cv_text(rng, name, email, city)))
    with tempfile.TemporaryDirectory() as scratch:
        engine = database.make_engine(Path(scratch) / "bench.db", crypto.random_key())
        with Session(engine) as session, session.begin():
            session.execute(text(LEGACY_DDL))
            session.execute(text(TOKENS_DDL))
            started = time.perf_counter()
            session.execute(text("INSERT INTO candidate_search(rowid, name, email, body) VALUES (:id, :n, :e, :b)"),
                            [dict(id=c, n=n, e=e, b=b) for c, n, e, b in rows])
            legacy_build = time.perf_counter() - started
            started = time.perf_counter()
            session.execute(text("INSERT INTO candidate_tokens(rowid, tokens) VALUES (:id, :t)"),
                            [dict(id=c, t=search_index.tokens_for(keys, n, e, b)) for c, n, e, b in rows])
            tokens_build = time.perf_counter() - started
            for table in ("candidate_search", "candidate_tokens"):
                session.execute(text(f"INSERT INTO {table}({table}) VALUES('optimize')"))
        queries = search_queries()
        with Session(engine) as session:
            results = {}
            for label, run in (("plaintext FTS5 (0002)", lambda q: legacy_search(session, q)),
                               ("keyed tokens (0005)", lambda q: search_index.search(session, keys, q))):
                run("warmup")
                samples, hits = [], []
                for _ in range(5):
                    for query in queries:
                        started = time.perf_counter()
                        hits.append(len(run(query)))
                        samples.append(time.perf_counter() - started)
                results[label] = (statistics.median(samples), percentile(samples, 0.95), statistics.median(hits))
            sizes = {"plaintext FTS5 (0002)": table_bytes(session, "candidate_search"), "keyed tokens (0005)": table_bytes(session, "candidate_tokens")}
        engine.dispose()
    builds = {"plaintext FTS5 (0002)": legacy_build, "keyed tokens (0005)": tokens_build}
    print(f"{args.size} candidates, {len(queries)} queries x 5")
    for label, (median, p95, hits) in results.items():
        print(f"{label:24} median {median * 1000:6.2f} ms  p95 {p95 * 1000:6.2f} ms  hits(median) {hits:6.0f}  "
              f"build {builds[label]:6.1f} s  size {sizes[label] / 1e6:6.1f} MB")


if __name__ == "__main__":
    main()
