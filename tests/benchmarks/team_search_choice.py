"""The team vault's search choice, measured: blind tokens on the server or a client-side encrypted index.

    .venv/bin/python -m tests.benchmarks.team_search_choice [--size 10000]

Starts a throwaway PostgreSQL server (tests/support/postgres.py), creates a team, and builds the
same ``size`` synthetic candidates (the names and CV texts of run_benchmarks) two ways:

* blind tokens: every prefix's HMAC token in ``team_candidate_tokens`` (bulk COPY), searched
  with one SQL statement over TCP loopback, as a client on another machine would;
* client-side index: prefix -> candidate numbers in memory, serialised (JSON), compressed and
  sealed with AES-GCM into one ``bytea`` row; a client fetches, opens and loads it at start,
  then searches in memory.

Prints build time, size on the server, start cost, and the median and 95th-percentile latency
of run_benchmarks' 40 queries (five rounds). Not a pytest test; the figures go into
docs/team-vault.md.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
import uuid
import zlib

from sqlalchemy import create_engine, text

from recruitdesk.clock import ManualClock
from recruitdesk.store.search_index import MAX_PREFIX, prefixes, words
from recruitdesk.team import blind_tokens, membership
from recruitdesk.team.candidates import PersonalFields, add_candidate, search
from recruitdesk.vault import crypto
from recruitdesk.vault.keychain import MemoryKeychain
from tests.benchmarks.run_benchmarks import SEED, cv_text, name_pools, percentile, search_queries
from tests.support import postgres


def synthetic_people(size: int) -> list[tuple[str, str, str]]:
    first_names, last_names, cities = name_pools()
    rng = random.Random(SEED)
    people = []
    for number in range(1, size + 1):
        first, last, city = rng.choice(first_names), rng.choice(last_names), rng.choice(cities)
        name = f"{first} {last}"
        email = f"{first}.{last}{number}@example.be".lower().replace(" ", "")
        people.append((name, email, cv_text(rng, name, email, city)))
    return people


def timed(samples: list[float], run, query: str) -> int:
    started = time.perf_counter()
    found = len(run(query))
    samples.append(time.perf_counter() - started)
    return found


def latency(run, queries: list[str]) -> tuple[float, float, float]:
    run("warmup")
    samples: list[float] = []
    hits = [timed(samples, run, query) for _ in range(5) for query in queries]
    return statistics.median(samples), percentile(samples, 0.95), statistics.median(hits)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    people = synthetic_people(args.size)
    server = postgres.start_server()
    try:
        tcp_url = f"postgresql+psycopg://{postgres.USER}@127.0.0.1:{server.port}/{postgres.DATABASE}"
        engine = create_engine(tcp_url)
        clock = ManualClock()
        team, _ = membership.create_team(engine, MemoryKeychain(), clock, "Bench admin")
        search_key = team.keys.search_key
        ids = [uuid.uuid4() for _ in people]

        # --- blind tokens on the server ------------------------------------------------------
        started = time.perf_counter()
        token_sets = [blind_tokens.tokens_for(search_key, person) for person in people]
        hashing = time.perf_counter() - started
        token_rows = sum(len(found) for found in token_sets)
        started = time.perf_counter()
        # Only the token table is measured: load it without its candidates (no foreign key to check).
        with engine.begin() as connection:
            connection.execute(text("ALTER TABLE team_candidate_tokens DROP CONSTRAINT team_candidate_tokens_candidate_id_fkey"))
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            with cursor.copy("COPY team_candidate_tokens (candidate_id, tokens) FROM STDIN") as copy:
                for candidate_id, found in zip(ids, token_sets, strict=True):
                    copy.write_row((candidate_id, sorted(found)))
            raw.commit()
        finally:
            raw.close()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE team_candidate_tokens"))
            token_bytes = connection.scalar(text("SELECT pg_total_relation_size('team_candidate_tokens')"))
        loading = time.perf_counter() - started
        queries = search_queries()
        token_latency = latency(lambda query: search(engine, team, query), queries)

        started = time.perf_counter()
        for name, email, body in people[:50]:
            add_candidate(engine, team, PersonalFields(name, email, body), clock)
        one_add = (time.perf_counter() - started) / 50

        # --- a client-side encrypted index ---------------------------------------------------
        started = time.perf_counter()
        index: dict[str, list[int]] = {}
        for number, person in enumerate(people):
            for prefix in prefixes(person):
                index.setdefault(prefix, []).append(number)
        index_key = crypto.random_key()
        sealed = crypto.seal(index_key, zlib.compress(json.dumps(index, separators=(",", ":")).encode(), 6), b"team-index")
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE team_search_blob (id int PRIMARY KEY, sealed bytea NOT NULL)"))
            connection.execute(text("INSERT INTO team_search_blob VALUES (1, :sealed)"), {"sealed": sealed})
        building = time.perf_counter() - started

        started = time.perf_counter()
        with engine.connect() as connection:
            fetched = bytes(connection.scalar(text("SELECT sealed FROM team_search_blob WHERE id = 1")))
        loaded: dict[str, list[int]] = json.loads(zlib.decompress(crypto.unseal(index_key, fetched, b"team-index")))
        loaded_sets = {prefix: set(numbers) for prefix, numbers in loaded.items()}
        start_cost = time.perf_counter() - started

        def client_search(query: str) -> list[uuid.UUID]:
            found: set[int] | None = None
            for word in dict.fromkeys(words(query)):
                matches = loaded_sets.get(word[:MAX_PREFIX], set())
                found = set(matches) if found is None else found & matches
            return sorted(ids[number] for number in (found or ()))[:1000]

        client_latency = latency(client_search, queries)
        started = time.perf_counter()
        crypto.seal(index_key, zlib.compress(json.dumps(loaded, separators=(",", ":")).encode(), 6), b"team-index")
        reseal = time.perf_counter() - started
        engine.dispose()
    finally:
        postgres.stop_server(server)

    print(f"{args.size} candidates, {len(queries)} queries x 5, PostgreSQL over TCP loopback")
    print(f"blind tokens : {token_rows} token rows, HMAC {hashing:5.1f} s, COPY+index {loading:5.1f} s, "
          f"{token_bytes / 1e6:6.1f} MB on the server; search median {token_latency[0] * 1000:6.2f} ms "
          f"p95 {token_latency[1] * 1000:6.2f} ms (hits {token_latency[2]:.0f}); one add_candidate {one_add * 1000:5.1f} ms")
    print(f"client index : {len(index)} prefixes, build+seal+upload {building:5.1f} s, blob {len(sealed) / 1e6:6.1f} MB; "
          f"start (fetch+open+load) {start_cost:5.2f} s; search median {client_latency[0] * 1000:6.2f} ms "
          f"p95 {client_latency[1] * 1000:6.2f} ms (hits {client_latency[2]:.0f}); re-seal after a change {reseal:5.2f} s")


if __name__ == "__main__":
    main()
