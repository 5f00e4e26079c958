"""The team vault benchmark: N synthetic candidates on a throwaway PostgreSQL server, over TCP loopback.

    .venv/bin/python tests/benchmarks/team_benchmark.py --size 10000 [--keep DIR]
    (``python3 dev.py bench`` runs it for every size beside the local vault; ``--no-team`` leaves it out)

The team vault exists today as its core (recruitdesk/team/): no service, window or CLI calls it
yet. So this measures honestly what exists, the data side of each user operation, and says so in
its table: opening the team vault (connect, unseal the team and epoch keys with the device key)
and loading the candidate list with every name decrypted (what the window would show first),
search as you type over the local benchmark's 40 queries, adding, saving and erasing one
candidate, and the server's sizes.

The people are the local benchmark's (``run_benchmarks.synthetic_people``: same seed, names,
e-mails and CV texts, same candidate ids), so the search hit counts of both vaults must agree:
the table shows both. The build encrypts every field and computes every blind token exactly as
``candidates.add_candidate`` does, and loads them with COPY in large transactions (indexes and
constraints dropped meanwhile and rebuilt, as for any bulk load); it writes no audit entries for
the built candidates (the measured writes do). ``--keep DIR`` keeps the built cluster in
DIR/team-<size> and reuses it while the size, the generator and the team's storage modules are
unchanged; the measured writes add their own candidates and erase them again, so a kept cluster
stays as built.

The driver (``run``) starts the server and runs two child processes: ``build`` (when needed) and
``measure`` (a fresh process, so its peak memory is the client's). Not a pytest test;
tests/team/test_team_benchmark.py runs it at a tiny size so it cannot rot.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import run_benchmarks as local  # noqa: E402 - beside this file

from tests.support import postgres  # noqa: E402

# Bump when build() writes different data, so clusters kept with --keep are rebuilt.
TEAM_BUILD_FORMAT = 1
# The storage modules a kept cluster depends on (the tables, the tokens, the field and key formats):
# a change to any of them rebuilds it.
STORAGE_MODULES = ("schema.py", "blind_tokens.py", "fields.py", "key_hierarchy.py", "countdowns.py")
CHUNK = 5000  # candidates per COPY transaction
WRITES = 5  # candidates added, saved and erased by the measurement
ROUNDS = 5  # rounds of the 40 queries
FIRST_KEYSTROKES = ("a", "e", "j", "p", "s")
TOKEN_TABLE, CANDIDATE_TABLE = "team_candidate_tokens", "team_candidates"


# --- the driver ----------------------------------------------------------------------------------
def fingerprint(size: int) -> dict:
    sources = hashlib.sha256()
    for name in STORAGE_MODULES:
        sources.update((ROOT / "recruitdesk" / "team" / name).read_bytes())
    return {"size": size, "seed": local.SEED, "format": TEAM_BUILD_FORMAT, "storage": sources.hexdigest()[:16]}


def run(size: int, today: dt.date, keep: Path | None = None, say=print) -> dict:
    """Build (or reuse) a team vault of ``size`` candidates on its own server and measure it."""
    home = keep / f"team-{size}" if keep is not None else Path(tempfile.mkdtemp(prefix="recruitdesk-team-bench-"))
    meta_path = home / "build.json"
    built = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
    if built is not None and built.get("fingerprint") != fingerprint(size):
        say(f"team {size}: the kept cluster is out of date; building it again")
        shutil.rmtree(home, ignore_errors=True)
        built = None
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o755)  # as root, the server runs as its own account and must reach the cluster inside
    server = postgres.start_server(home / "cluster", postgres.BENCHMARK_SETTINGS)
    try:
        if built is None:
            say(f"team {size}: building the team vault on PostgreSQL")
            built = child("build", url=server.tcp_url, size=size, today=today.isoformat())
            built.update(fingerprint=fingerprint(size), built_on=today.isoformat())
            meta_path.write_text(json.dumps(built, indent=1), encoding="utf-8")
            say(f"team {size}: built in {built['build_s']:.1f} s ({built['tokens']:,} tokens)")
        else:
            say(f"team {size}: reusing the kept cluster built {built['built_on']} ({home})")
        measured = child("measure", url=server.tcp_url, today=today.isoformat(), team_id=built["team_id"],
                         member_id=built["member_id"], device_key=built["device_key"])
        measured.update(window(server.tcp_url, built, home, size, say))
    finally:
        server.stop()
        if keep is None:
            shutil.rmtree(home, ignore_errors=True)
    measured.update(build_s=built["build_s"], tokens=built["tokens"], size=size,
                    server_version=measured.get("server_version", "?"))
    say(f"team {size}: measured: " + ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in measured.items()))
    return measured


def window(url: str, built: dict, home: Path, size: int, say=print) -> dict:
    """Start to usable window on the team vault, three times: ``team_launch.py`` (the app's own
    start on a team folder, the device key in a memory keychain) until the smoke test's ready line,
    which the team window prints once its list is shown; the median, and the peak memory."""
    from recruitdesk.services.team_vault import TEAM_FILE, TeamProfile

    folder = home / "member-folder"
    folder.mkdir(exist_ok=True)
    profile = TeamProfile(url.replace("postgresql+psycopg://", "postgresql://"), uuid.UUID(built["team_id"]),
                          uuid.UUID(built["member_id"]), "Benchmark admin")
    (folder / TEAM_FILE).write_text(json.dumps(profile.to_json()), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECRUITDESK_LANG="en", XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.pop("RECRUITDESK_VAULT", None)
    command = [sys.executable, str(Path(__file__).with_name("team_launch.py")), "--folder", str(folder),
               "--team-id", built["team_id"], "--device-key", built["device_key"]]
    starts, firsts, peaks = [], [], []
    for _ in range(3):
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   stdin=subprocess.DEVNULL)
        ready, usable = None, None
        assert process.stdout is not None and process.stderr is not None
        for line in process.stdout:
            if line.startswith("RecruitDesk window ready:"):
                ready = time.perf_counter() - started
            elif line.startswith("first rows shown after seconds: ") and usable is None:
                usable = time.perf_counter() - started
        stderr = process.stderr.read()
        _pid, status, usage = os.wait4(process.pid, 0)
        if ready is None or os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"the team window did not come up: {stderr[-2000:]}")
        starts.append(ready)
        firsts.append(usable if usable is not None else ready)
        peaks.append(usage.ru_maxrss / 1024)
    say(f"team {size}: window usable in {statistics.median(firsts):.2f} s, whole list in {statistics.median(starts):.2f} s")
    return {"window_first_s": statistics.median(firsts), "window_s": statistics.median(starts), "window_peak_mb": max(peaks)}


def child(task: str, **arguments) -> dict:
    command = [sys.executable, __file__, "--child", task, "--child-args", json.dumps(arguments)]
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        raise RuntimeError(f"team benchmark {task} failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- building (a child process) ------------------------------------------------------------------
def build(url: str, size: int, today: dt.date) -> dict:
    """A team with one admin, then ``size`` candidates encrypted and tokenised like add_candidate, loaded by COPY."""
    from sqlalchemy import create_engine, text

    from recruitdesk.clock import ManualClock
    from recruitdesk.store.search_index import prefixes
    from recruitdesk.team import blind_tokens, membership
    from recruitdesk.team.candidates import PersonalFields, sealed_columns
    from recruitdesk.retention.engine import next_change
    from recruitdesk.retention.facts import CandidateFacts
    from recruitdesk.retention.presets import get_preset
    from recruitdesk.team import countdowns
    from recruitdesk.team import retention as team_retention
    from recruitdesk.team.schema import candidates
    from recruitdesk.vault.keychain import MemoryKeychain

    started = time.perf_counter()
    clock = ManualClock(dt.datetime.combine(today, dt.time(9, 0), tzinfo=dt.timezone.utc))
    engine = create_engine(url)
    keychain = MemoryKeychain()
    team, _recovery = membership.create_team(engine, keychain, clock, "Benchmark admin")
    device_key = keychain.load_device_key(membership.keychain_account(team.keys.team_id))
    assert device_key is not None and team.member_id is not None
    search_key = team.keys.search_key
    known: dict[str, int] = {}  # the same HMAC for the same prefix: computed once per build

    def token(prefix: str) -> int:
        found = known.get(prefix)
        if found is None:
            found = known[prefix] = blind_tokens.token(search_key, prefix)
        return found

    now = clock.now()
    people = local.synthetic_people(size, today)
    sealed_names = [column.name for column in candidates.c if column.name.endswith("_sealed") and column.name != "facts_sealed"]
    policy = get_preset(countdowns.DEFAULT_PRESET).policy
    version = team_retention.set_policy(engine, team, policy, countdowns.DEFAULT_PRESET, clock)
    token_count = 0
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        restore = drop_indexes(cursor, (TOKEN_TABLE, CANDIDATE_TABLE))
        raw.commit()
        while chunk := list(itertools.islice(people, CHUNK)):
            token_rows = []
            with cursor.copy(f"COPY {CANDIDATE_TABLE} (candidate_id, version, epoch_id, wrapped_key, created_on, updated_at, "
                             f"deadline, next_change, policy_version, facts_sealed, {', '.join(sealed_names)}) FROM STDIN") as copy:
                for person in chunk:
                    candidate_id = uuid.UUID(person.uid)
                    personal = PersonalFields(person.name, person.email, person.cv_text, phone=local.synthetic_phone(person.cid),
                                              city=person.city)
                    key, epoch_id, wrapped = team.keys.new_candidate_key(candidate_id)
                    sealed = sealed_columns(team, candidate_id, key, personal)
                    # the countdown as insert_candidate starts it (applied on their first day, no consent yet)
                    facts = CandidateFacts(created_on=person.applied, applied_on=person.applied)
                    facts_sealed = countdowns.seal_facts(key, team.keys.team_id, candidate_id, facts)
                    deadline = countdowns.evaluate(facts, policy, today).due_on
                    copy.write_row((candidate_id, 1, epoch_id, wrapped, person.applied, now, deadline, next_change(facts, today), version,
                                    facts_sealed, *(sealed[name] for name in sealed_names)))
                    found = sorted({token(prefix) for prefix in prefixes((person.name, person.email, person.cv_text))})
                    token_count += len(found)
                    token_rows.append((candidate_id, found))
            write_tokens(cursor, token_rows)
            raw.commit()
        for statement in restore:
            cursor.execute(statement)
        raw.commit()
    finally:
        raw.close()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f"VACUUM ANALYZE {CANDIDATE_TABLE}"))
        connection.execute(text(f"VACUUM ANALYZE {TOKEN_TABLE}"))
    engine.dispose()
    return {"build_s": time.perf_counter() - started, "tokens": token_count, "team_id": str(team.keys.team_id),
            "member_id": str(team.member_id), "device_key": device_key.hex()}


def write_tokens(cursor, token_rows: list[tuple[uuid.UUID, list[int]]]) -> None:
    """The blind tokens of a chunk of candidates, in the token table's layout: one row per candidate, its tokens in an array."""
    with cursor.copy(f"COPY {TOKEN_TABLE} (candidate_id, tokens) FROM STDIN") as copy:
        for candidate_id, found in token_rows:
            copy.write_row((candidate_id, found))


def drop_indexes(cursor, tables: tuple[str, ...]) -> list[str]:
    """Drop the tables' constraints and indexes before a bulk load; returns the statements that restore them."""
    # Their own keys and the foreign keys of every table pointing at them (documents, notes... at candidates).
    cursor.execute("SELECT DISTINCT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint "
                   "WHERE (conrelid = ANY(%s::regclass[]) AND contype IN ('p', 'u', 'f')) "
                   "OR (confrelid = ANY(%s::regclass[]) AND contype = 'f')", (list(tables), list(tables)))
    constraints = cursor.fetchall()
    indexes = []
    for table in tables:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname NOT IN "
                       "(SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass)", (table, table))
        indexes += cursor.fetchall()
    constraints.sort(key=lambda item: item[2] != "f")  # foreign keys go first and come back last
    for table, name, _kind, _definition in constraints:
        cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _definition in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    return ([f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}' for table, name, _kind, definition in reversed(constraints)]
            + [definition for _name, definition in indexes])


# --- measuring (a child process) -----------------------------------------------------------------
def measure(url: str, today: dt.date, team_id: str, member_id: str, device_key: str) -> dict:
    from sqlalchemy import text

    from recruitdesk.clock import ManualClock
    from recruitdesk.team import membership, server
    from recruitdesk.team.candidates import PersonalFields, add_candidate, list_candidates, read_candidate, search, update_candidate
    from recruitdesk.team.erasure import erase_candidate
    from recruitdesk.vault.keychain import MemoryKeychain

    clock = ManualClock(dt.datetime.combine(today, dt.time(10, 0), tzinfo=dt.timezone.utc))
    keychain = MemoryKeychain()
    keychain.store_device_key(membership.keychain_account(uuid.UUID(team_id)), bytes.fromhex(device_key))
    member = uuid.UUID(member_id)
    results: dict[str, object] = {}

    opens, lists, starts = [], [], []
    for _ in range(3):  # each from a new connection pool, as a client starting
        started = time.perf_counter()
        engine = server.open_engine(url)
        team = membership.open_as_member(engine, keychain, member)
        opened = time.perf_counter()
        rows = list_candidates(engine, team)
        listed = time.perf_counter()
        opens.append(opened - started)
        lists.append(listed - opened)
        starts.append(listed - started)
        engine.dispose()
    results.update(open_s=statistics.median(opens), list_s=statistics.median(lists), start_s=statistics.median(starts),
                   list_rows=len(rows))
    del rows

    engine = server.open_engine(url)
    team = membership.open_as_member(engine, keychain, member)
    search(engine, team, "warmup")
    samples, hits = [], []
    for _ in range(ROUNDS):
        for query in local.search_queries():
            started = time.perf_counter()
            hits.append(len(search(engine, team, query)))
            samples.append(time.perf_counter() - started)
    results.update(search_median_s=statistics.median(samples), search_p95_s=local.percentile(samples, 0.95),
                   search_hits_median=statistics.median(hits), search_hits=hits[:len(local.search_queries())])
    letters = []  # the first keystroke: a prefix nearly every candidate has (not among the 40 queries)
    for _ in range(ROUNDS):
        for letter in FIRST_KEYSTROKES:
            started = time.perf_counter()
            search(engine, team, letter)
            letters.append(time.perf_counter() - started)
    results["search_letter_max_s"] = max(letters)

    rng = random.Random(local.SEED + 3)
    added, adds, updates, erases = [], [], [], []
    for number in range(WRITES):
        name = f"Benchmark Writer{number}"
        email = f"writer{number}@example.be"
        personal = PersonalFields(name, email, local.cv_text(rng, name, email, "Gent"))
        started = time.perf_counter()
        added.append(add_candidate(engine, team, personal, clock))
        adds.append(time.perf_counter() - started)
    for candidate_id in added:
        current = read_candidate(engine, team, candidate_id)
        changed = PersonalFields(current.personal.full_name, current.personal.email, (current.personal.cv_text or "") + "\nSaved again.")
        started = time.perf_counter()
        update_candidate(engine, team, candidate_id, current.version, changed, clock)
        updates.append(time.perf_counter() - started)
    for candidate_id in added:
        started = time.perf_counter()
        erase_candidate(engine, team, candidate_id, clock)
        erases.append(time.perf_counter() - started)
    results.update(add_s=statistics.median(adds), update_s=statistics.median(updates), erase_s=statistics.median(erases))

    with engine.connect() as connection:
        results["db_mb"] = connection.scalar(text("SELECT pg_database_size(current_database())")) / 1e6
        results["token_mb"] = connection.scalar(text(f"SELECT pg_total_relation_size('{TOKEN_TABLE}')")) / 1e6
        results["candidates_mb"] = connection.scalar(text(f"SELECT pg_total_relation_size('{CANDIDATE_TABLE}')")) / 1e6
        results["server_version"] = connection.scalar(text("SHOW server_version")).split()[0]
    engine.dispose()
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


# --- the table ------------------------------------------------------------------------------------
ROWS = [
    ("window_first_s", "Start to usable window: the app started on a team folder (`recruitdesk --vault DIR`, the device key "
     "in the keychain) until its first page of names is shown and search works / local: later starts, whole list", "s",
     ("window_s",)),
    ("window_s", "Start until the whole list of names is shown (decrypted on a worker while the window is in use)", "s", None),
    ("window_peak_mb", "Peak memory, window process / local: later starts", "MB", ("window_rss_mb",)),
    # key, label, unit, the local vault's figure beside it (a key of the local measurement, a sum of keys, or None)
    ("start_s", "Start, data side: open the team vault and load the candidate list with every name decrypted, from a new "
     "connection pool (the two rows below together)", "s", ("unlock_s", "list_s")),
    ("open_s", "Open the team vault (`membership.open_as_member`: connect, unseal the team key with the device key, "
     "then the epoch keys) / local: unlock (`Vault.open`)", "s", ("unlock_s",)),
    ("list_s", "Candidate list with names decrypted (`candidates.list_candidates`) / local: `candidate_rows`", "s", ("list_s",)),
    ("search_median_s", "Search as you type, median (`candidates.search`: blind tokens, one statement over TCP)", "s",
     ("search_median_s",)),
    ("search_p95_s", "Search as you type, 95th percentile", "s", ("search_p95_s",)),
    ("search_letter_max_s", "Search for one letter (the first keystroke: a, e, j, p, s; 5 rounds), slowest", "s", None),
    ("search_hits_median", "Search hits, median (the same people and queries: equal when both find the same)", "", ("search_hits_median",)),
    ("add_s", "Add a candidate with a CV text (`add_candidate`: fields, tokens, audit entry, notification)", "s", None),
    ("update_s", "Save a changed candidate (`update_candidate`: fields, tokens replaced, audit entry)", "s", None),
    ("erase_s", "Erase 1 candidate (`erase_candidate`: delete, audit entry, VACUUM of both tables) / local: "
     "`erasure.erase_candidates`", "s", ("erase_1_s",)),
    ("db_mb", "Database size on the server (`pg_database_size`) / local: vault.db + WAL", "MB", ("db_mb",)),
    ("candidates_mb", "of which the candidate table (ciphertext; CV texts padded to 4 KiB)", "MB", None),
    ("token_mb", "of which the search token table with its indexes", "MB", None),
    ("tokens", "Search tokens (one per distinct word prefix of 1-12 characters per candidate)", "", None),
    ("peak_rss_mb", "Peak memory, measuring process (ru_maxrss)", "MB", ("peak_rss_mb",)),
    ("build_s", "Setup: bulk build (encrypt, tokenise, COPY, index; not a user operation)", "s", ("setup_insert_s",)),
]


def _cell(value, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit in ("s", "MB"):
        return local.fmt(value, unit)
    return f"{value:,.0f}"


def markdown(team: dict, beside: dict | None) -> list[str]:
    """The team section of BENCHMARKS.md for one size, with the local SQLCipher vault's figures of the same run."""
    size = team["size"]
    lines = [f"## Team vault on PostgreSQL, {size:,} candidates", "",
             f"PostgreSQL {team.get('server_version', '?')} started for the run (fsync on, shared_buffers 128 MB), reached over "
             "TCP loopback; the same synthetic people, CV texts and 40 queries as the local vault. The window row starts the app "
             "on a team folder as a member would; the data-side rows below it split that start up.", "",
             "| Operation | Team vault (PostgreSQL) | Local vault (SQLCipher), same run |", "| --- | ---: | ---: |"]
    for key, label, unit, local_keys in ROWS:
        mine = team.get(key)
        theirs = None
        if beside is not None and local_keys is not None and all(beside.get(name) is not None for name in local_keys):
            theirs = sum(beside[name] for name in local_keys)
        lines.append(f"| {label} | {_cell(mine, unit)} | {_cell(theirs, unit)} |")
    lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The team vault benchmark (PostgreSQL over TCP loopback)")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="keep the built cluster in this folder and reuse it in later runs")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-args", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        arguments = json.loads(args.child_args)
        today = dt.date.fromisoformat(arguments.pop("today"))
        result = build(today=today, **arguments) if args.child == "build" else measure(today=today, **arguments)
        print(json.dumps(result))
        return 0
    figures = run(args.size, dt.date.today(), args.keep, say=lambda message: print(f"[bench] {message}", flush=True))
    print("\n".join(markdown(figures, None)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
