"""RecruitDesk benchmarks on synthetic vaults, SQLCipher against plain SQLite; writes BENCHMARKS.md.

    python3 dev.py bench [--sizes 1000,10000,100000] [--output BENCHMARKS.md] [--work DIR] [--keep DIR]
    python tests/benchmarks/run_benchmarks.py ...            (the same, with the venv's Python)

``--keep DIR`` keeps the built vaults in DIR and reuses them in later runs (building the 100k
pair takes minutes): a kept vault is reused while its size, the generator and the schema
migrations are unchanged, and every run measures a fresh copy of it (the measurements erase,
import and run the daily check). Without ``--keep`` the vaults are built in a temporary folder
and deleted at the end.

For every size and for both kinds of database (SQLCipher as shipped, and the same app on a
plain SQLite file, see plain_sqlite.py) it:

1. builds a vault of N synthetic candidates in a child process: bulk inserts through SQLAlchemy
   Core (candidates, one procedure each, some consents, one text CV each encrypted with the
   candidate key, the FTS5 index row), then ``services.countdown.recompute_all`` (recorded as
   computed for the policy in force, as a finished policy change leaves it) and an 'optimize' of
   the search index (what the daily check keeps it at);
2. copies it to the run's work folder and runs today's daily check there
   (``maintenance.daily_maintenance``), so the next starts are later starts of the day;
3. times "start to usable window" three times: ``recruitdesk --smoke-test`` on that vault
   (offscreen, unlocked with RECRUITDESK_RECOVERY_KEY, keychain disabled), from process start,
   through the unlock, to the ready line printed once the list is shown, plus the window
   process's peak RSS; then three "first starts of the day" the same way, each after marking
   the daily check as last run yesterday, so it is due while the window starts;
4. in a fresh child process times unlock (``Vault.open``), list load
   (``services.candidates.candidate_rows``), search (``store.search_index.search``, median and
   95th percentile over 200 queries), the retention sweep as the daily check runs it on the
   next day with nothing changed (``maintenance.daily_maintenance``: ``recompute_due`` on the
   candidates whose next transition day has come, and the index merge), recomputing everyone
   as a policy change does (``maintenance.recompute_in_batches``), the alert summary
   (``retention_alerts.summarise``), adding a CV to a candidate
   (``services.documents.attach_document``), CV import throughput
   (``services.importing.import_files`` on 40 synthetic .txt/.docx CVs, extraction worker
   included), a single-candidate export (``exporting.export_candidate``), erasure of 1 and of 1000
   candidates (``services.erasure.erase_candidates``, batched: one call for all 1000), and its
   own peak RSS.

5. then, for the same size, the team vault on PostgreSQL beside these figures (team_benchmark.py:
   a throwaway server, the same people and queries over TCP loopback; ``--no-team`` leaves it out,
   ``--keep`` keeps its built cluster too).

Operations that do not exist (yet) in this checkout are reported as n/a. Each child process
measures one kind of database only, so peak memory is per kind. The header states whether
SQLCipher's ``cipher_memory_security`` was on (read back from the vault's connection). Nothing
here is a pytest test.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import hashlib
import itertools
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import gui_launch  # noqa: E402 - beside this file

MODES = ("sqlcipher", "plain")
SEED = 20260301
# Bump when build_vault() writes different data, so vaults kept with --keep are rebuilt.
BUILD_FORMAT = 3
# The synthetic names come from the demo's English pools whatever the machine's language, so a
# vault built from SEED holds the same people everywhere (and the same as before the pools were
# split per language: the English ones are the old lists).
NAME_LANGUAGE = "en"
SKILLS = ["Java", "Python", "Kotlin", "C#", ".NET", "SQL", "PostgreSQL", "Oracle", "SAP", "Azure", "AWS", "Docker",
          "Kubernetes", "Linux", "Windows", "Active Directory", "ITIL", "Scrum", "Agile", "React", "Angular",
          "TypeScript", "Spring", "Hibernate", "Terraform", "Ansible", "Cisco", "networking", "firewall", "VMware",
          "Power BI", "Excel", "Tableau", "machine learning", "data warehouse", "ETL", "Salesforce", "ServiceNow"]
ROLES = ["Java developer", "data analyst", "service desk agent", "project manager", "network engineer",
         "system administrator", "business analyst", "test engineer", "DevOps engineer", "scrum master"]
EMPLOYERS = ["Colruyt", "Proximus", "KBC", "Belfius", "Philips", "ASML", "ING", "Rabobank", "bol.com", "Telenet",
             "Delhaize", "Barco", "Ordina", "Cegeka", "Sopra Steria", "Capgemini"]
FILLER = ["verantwoordelijk voor", "responsable de", "worked on", "migratie van", "mise en place de", "support for",
          "team of", "klanten", "clients", "projects", "projecten", "met succes", "avec succès", "in close contact with"]


# --- synthetic data ----------------------------------------------------------------------------
def name_pools() -> tuple[list[str], list[str], list[str]]:
    """First names, last names and cities of the synthetic candidates (``NAME_LANGUAGE``).

    Imported when called: a child process enables the plain-SQLite twin before the app loads."""
    from recruitdesk.demo import CITIES, FIRST_NAMES, LAST_NAMES

    return FIRST_NAMES[NAME_LANGUAGE], LAST_NAMES[NAME_LANGUAGE], CITIES[NAME_LANGUAGE]


def search_queries() -> list[str]:
    """The 40 search queries every benchmark times: names, name prefixes, skills, and two-word
    combinations, drawn from their own seed so they do not depend on the vault's size."""
    first_names, last_names, _cities = name_pools()
    rng = random.Random(SEED + 2)
    return ([rng.choice(first_names) for _ in range(10)] + [rng.choice(last_names).split()[-1][:4] for _ in range(10)]
            + [rng.choice(SKILLS).split()[0] for _ in range(10)]
            + [f"{rng.choice(SKILLS).split()[0]} {rng.choice(['Gent', 'Utrecht', 'Leuven', 'Rotterdam'])}" for _ in range(5)]
            + [f"{rng.choice(first_names)} {rng.choice(ROLES).split()[0]}" for _ in range(5)])


def cv_text(rng: random.Random, name: str, email: str, city: str) -> str:
    lines = [name, email, city, ""]
    for _ in range(3):
        start = rng.randint(2005, 2023)
        lines.append(f"{start}-{start + rng.randint(1, 4)} {rng.choice(ROLES)} at {rng.choice(EMPLOYERS)}")
        lines.append(" ".join(rng.choice(FILLER) + " " + rng.choice(SKILLS) for _ in range(5)) + ".")
    lines.append("Skills: " + ", ".join(rng.sample(SKILLS, 8)))
    return "\n".join(lines)


@dataclass(frozen=True)
class SyntheticPerson:
    """One synthetic candidate: what the local vault stores and what the team vault encrypts."""

    cid: int
    uid: str
    name: str
    email: str
    city: str
    source: str
    title: str
    applied: dt.date
    outcome: str
    ended: dt.date | None
    reserve_consent: bool
    cv_text: str


def synthetic_phone(cid: int) -> str:
    return f"+32 470 {cid % 1000000:06d}"


def synthetic_people(size: int, today: dt.date) -> Iterator[SyntheticPerson]:
    """The benchmark's ``size`` candidates, always the same for a seed (local and team benchmarks alike)."""
    from recruitdesk.demo import SOURCES

    first_names, last_names, cities = name_pools()
    rng = random.Random(SEED)
    for cid in range(1, size + 1):
        first, last, city = rng.choice(first_names), rng.choice(last_names), rng.choice(cities)
        name = f"{first} {last}"
        email = f"{first}.{last}{cid}@example.{'be' if cid % 2 else 'nl'}".lower().replace(" ", "")
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        applied = today - dt.timedelta(days=rng.randint(0, 900))
        outcome = rng.choices(["open", "not_hired", "hired", "withdrawn"], [30, 50, 15, 5])[0]
        ended = None if outcome == "open" else min(today, applied + dt.timedelta(days=rng.randint(7, 60)))
        source, title = rng.choice(SOURCES), rng.choice(ROLES)
        reserve_consent = outcome == "not_hired" and rng.random() < 0.2
        yield SyntheticPerson(cid, uid, name, email, city, source, title, applied, outcome, ended, reserve_consent,
                              cv_text(rng, name, email, city))


def build_vault(folder: Path, size: int, today: dt.date) -> dict:
    """Create a vault with ``size`` candidates; returns its recovery key and setup timings."""
    from sqlalchemy import insert, text as sql

    from recruitdesk.clock import ManualClock
    from recruitdesk import settings
    from recruitdesk.services.countdown import countdown_basis, recompute_all
    from recruitdesk.services.vault_access import create_vault
    from recruitdesk.store import search_index
    from recruitdesk.store.models import Candidate, Consent, Document, Procedure
    from recruitdesk.vault.keychain import MemoryKeychain

    clock = ManualClock(dt.datetime.combine(today, dt.time(9, 0)))
    started = time.perf_counter()
    vault, recovery_key = create_vault(folder, MemoryKeychain(), clock, preset="nl-ap")
    keys, now = vault.candidate_keys, clock.now().replace(tzinfo=None)
    index_sql = sql(f"INSERT INTO {search_index.TABLE}(rowid, tokens) VALUES (:id, :tokens)")
    chunk = 2000
    people = synthetic_people(size, today)
    with vault.session() as session, session.begin():
        for _chunk_start in range(1, size + 1, chunk):
            candidates, procedures, consents, documents, index_rows = [], [], [], [], []
            for person in itertools.islice(people, chunk):
                cid, uid, name, email, city, applied, ended = (person.cid, person.uid, person.name, person.email, person.city,
                                                               person.applied, person.ended)
                wrapped = keys.new_wrapped_key(uid)
                candidates.append(dict(id=cid, uid=uid, full_name=name, email=email, phone=synthetic_phone(cid),
                                       city=city, source=person.source, situation="applicant", applied_on=applied,
                                       last_contact_on=ended or applied, created_at=now, updated_at=now, wrapped_key=wrapped))
                procedures.append(dict(candidate_id=cid, title=person.title, applied_on=applied, outcome=person.outcome, ended_on=ended))
                if person.reserve_consent:
                    consents.append(dict(candidate_id=cid, purpose="recruitment_reserve", given_on=ended, channel="email",
                                         text_version="bench-1"))
                body = person.cv_text
                content = body.encode()
                documents.append(dict(
                    candidate_id=cid, kind="cv", media_type="text/plain", size=len(content),
                    content_hash=keys.identifier_hash("content", content.hex()),
                    filename_enc=keys.encrypt_text(uid, wrapped, "document.filename", f"CV {name}.txt"),
                    content_enc=keys.encrypt(uid, wrapped, "document.content", content),
                    text_enc=keys.encrypt_text(uid, wrapped, "document.text", body), added_at=now))
                index_rows.append(dict(id=search_index.row_id(cid), tokens=search_index.tokens_for(keys, name, email, body)))
            session.execute(insert(Candidate.__table__), candidates)
            session.execute(insert(Procedure.__table__), procedures)
            if consents:
                session.execute(insert(Consent.__table__), consents)
            session.execute(insert(Document.__table__), documents)
            session.execute(index_sql, index_rows)
        inserted = time.perf_counter()
        recompute_all(session, clock)
        settings.put(session, "retention_computed_for", countdown_basis(session))
    with vault.session() as session, session.begin():
        search_index.optimize(session)
    vault.close()
    done = time.perf_counter()
    return {"recovery_key": recovery_key, "insert_s": inserted - started, "recompute_s": done - inserted,
            "db_bytes": sum(p.stat().st_size for p in folder.glob("vault.db*"))}


def make_cv_files(folder: Path, count: int) -> list[Path]:
    """Synthetic CVs to import: half plain text, half .docx (python-docx)."""
    import docx

    rng = random.Random(SEED + 1)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(count):
        first, last = rng.choice(["Ilse", "Koen", "Nadia", "Pieter", "Élodie", "Mehmet"]), rng.choice(["Vos", "Claes", "Bakker", "Dubois"])
        email = f"{first}.{last}.import{number}@example.be".lower()
        body = cv_text(rng, f"{first} {last}", email, "Gent").replace("é", "e")
        if number % 2:
            path = folder / f"cv-{number:03d}.txt"
            path.write_text(body, encoding="utf-8")
        else:
            path = folder / f"cv-{number:03d}.docx"
            document = docx.Document()
            for line in body.splitlines():
                document.add_paragraph(line)
            document.save(path)
        files.append(path)
    return files


# --- measuring (inside a child process) --------------------------------------------------------
FILTER_ROUNDS = 21


def timed(function, repeat: int = 1, clock=time.perf_counter) -> float:
    """Median seconds over ``repeat`` calls (wall clock; ``time.thread_time`` for CPU time)."""
    samples = []
    for _ in range(repeat):
        started = clock()
        function()
        samples.append(clock() - started)
    return statistics.median(samples)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(folder: Path, recovery_key: str, size: int, today: dt.date, scratch: Path, quick: bool = False) -> dict:
    from recruitdesk.clock import ManualClock
    from recruitdesk.services import erasure, maintenance, retention_alerts
    from recruitdesk.services.candidates import candidate_rows
    from recruitdesk.store import search_index
    from recruitdesk.vault.vault import Vault

    clock = ManualClock(dt.datetime.combine(today, dt.time(10, 0)))
    results: dict[str, object] = {}

    def unlock():
        Vault.open(folder, None, clock, recovery_key).close()

    results["unlock_s"] = timed(unlock, 3)
    vault = Vault.open(folder, None, clock, recovery_key)
    try:
        results["memory_security"] = memory_security(vault)
        rows = []
        results["list_s"] = timed(lambda: rows.append(len(candidate_rows(vault))), 3)
        results["list_rows"] = rows[-1]
        results["list_cpu_s"] = timed(lambda: candidate_rows(vault), 3, time.thread_time)  # logged, not in the table
        results.update(table_model_timings(candidate_rows(vault), today))

        queries = search_queries()
        samples, cpu, hits = [], [], []
        with vault.session() as session:
            search_index.search(session, vault.candidate_keys, "warmup")
            for _ in range(5):
                for query in queries:
                    started, started_cpu = time.perf_counter(), time.thread_time()
                    hits.append(len(search_index.search(session, vault.candidate_keys, query)))
                    samples.append(time.perf_counter() - started)
                    cpu.append(time.thread_time() - started_cpu)
        results["search_p95_cpu_s"] = percentile(cpu, 0.95)
        results["search_median_s"] = statistics.median(samples)
        results["search_p95_s"] = percentile(samples, 0.95)
        results["search_hits_median"] = statistics.median(hits)

        def next_day_check():
            # What the first start of each day runs: nothing changed since yesterday's check,
            # so only the candidates whose next transition day has come are evaluated.
            clock.advance(days=1)
            maintenance.daily_maintenance(vault, clock.today().isoformat())

        results["sweep_s"] = timed(next_day_check, 2)  # the next two days; the clock stays there
        results["recompute_everyone_s"] = timed(lambda: maintenance.recompute_in_batches(vault), 2)
        results["recompute_batch_size"] = maintenance.BATCH_SIZE
        results["summarise_s"] = timed(lambda: retention_alerts.summarise(vault), 3)

        if quick:  # the rows below take most of a run: left out (n/a) by --quick
            return results
        results["attach_s"] = attach_cv(vault, clock)
        results.update(import_throughput(vault, scratch))
        results["export_s"] = export_one(vault, scratch, size)

        ids = list(range(size, 0, -1))  # erase from the end; the export used low ids
        one = [timed(lambda cid=cid: erasure.erase_candidates(vault, [cid])) for cid in ids[:3]]
        results["erase_1_s"] = statistics.median(one)
        many = min(1000, size // 2)
        batch = ids[3:3 + many]
        results["erase_many_n"] = many
        results["erase_many_s"] = timed(lambda: erasure.erase_candidates(vault, batch))
    finally:
        vault.close()
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def memory_security(vault) -> str:
    """What ``PRAGMA cipher_memory_security`` says on the vault's own connection (ON/OFF), or
    n/a on plain SQLite, where SQLCipher's pragmas are not answered."""
    from sqlalchemy import text as sql

    with vault.read_session() as session:
        row = session.execute(sql("PRAGMA cipher_memory_security")).first()
    return "n/a" if row is None else ("ON" if str(row[0]) in ("1", "ON", "on") else "OFF")


def prepare_day(folder: Path, recovery_key: str, today: dt.date, first_start: bool) -> dict:
    """Run today's daily check (the starts after it are later starts of the day) or, with
    ``first_start``, mark it as last run yesterday so the next start runs it."""
    from recruitdesk import settings
    from recruitdesk.clock import ManualClock
    from recruitdesk.services.maintenance import daily_maintenance
    from recruitdesk.vault.vault import Vault

    clock = ManualClock(dt.datetime.combine(today, dt.time(8, 0)))
    vault = Vault.open(folder, None, clock, recovery_key)
    try:
        with vault.session() as session, session.begin():
            # A fresh copy has no backup, so every start's daily check would write one (minutes
            # at 100k, before the window process can exit): backups are not measured here.
            settings.put(session, "backup_interval_days", 0)
        started = time.perf_counter()
        if first_start:
            with vault.session() as session, session.begin():
                settings.put(session, "daily_maintenance_on", (today - dt.timedelta(days=1)).isoformat())
        else:
            daily_maintenance(vault, today.isoformat())
        took = time.perf_counter() - started
    finally:
        vault.close()
    return {"took_s": took}


SORT_ROUNDS = 3  # six clicks (three columns, both directions) per round; a round's median swung 14-19 ms at 100k


def table_model_timings(rows, today: dt.date) -> dict:
    """Sort and filter in the window's table model (in the model, no QSortFilterProxyModel)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from recruitdesk.gui.candidates.table_model import DAYS_LEFT, NAME, STATUS, CandidateTableModel

    app = QApplication.instance() or QApplication([])
    model = CandidateTableModel(lambda: today)
    slowest = []
    for _round in range(SORT_ROUNDS):  # each round from a fresh load, before any idle time: the costliest clicks
        model.set_rows(rows)
        slowest.append(max(timed(lambda column=column, order=order: model.sort(column, order))
                           for column in (NAME, STATUS, DAYS_LEFT) for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)))
    model.set_rows(rows)  # the same clicks again from a fresh load, in CPU time (logged, not in the table)
    sorts_cpu = [timed(lambda column=column, order=order: model.sort(column, order), clock=time.thread_time)
                 for column in (NAME, STATUS, DAYS_LEFT) for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)]
    wanted = {row.id for row in rows[:: max(1, len(rows) // 100)]}  # a 1% search result
    # Filtering takes tens of microseconds at 1k: a median of 3 swung by 2x with other work on
    # the machine, so take 21 filter/clear pairs.
    filters, clears = [], []
    for _ in range(FILTER_ROUNDS):
        filters.append(timed(lambda: model.set_filter(wanted)))
        clears.append(timed(lambda: model.set_filter(None)))
    del app
    return {"sort_s": statistics.median(slowest), "sort_cpu_max_s": max(sorts_cpu), "filter_s": statistics.median(filters), "filter_clear_s": statistics.median(clears)}


def attach_cv(vault, clock) -> float | None:
    try:
        from recruitdesk.services.documents import attach_document
        from recruitdesk.store.models import Candidate
    except ImportError:
        return None
    samples = []
    for cid in range(11, 21):
        with vault.session() as session, session.begin():
            candidate = session.get(Candidate, cid)
            started = time.perf_counter()
            attach_document(session, vault.candidate_keys, clock, candidate, "cover letter.txt", "text/plain",
                            b"Motivation letter " * 40, "Motivation letter for the data analyst role. " * 20, kind="other")
            session.flush()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def import_throughput(vault, scratch: Path) -> dict:
    try:
        from recruitdesk.services.importing import import_files
    except ImportError:
        return {"import_files_per_s": None}
    files = make_cv_files(scratch / "cvs", 40)
    started = time.perf_counter()
    results = import_files(vault, files, on_duplicate="create")
    took = time.perf_counter() - started
    imported = sum(1 for result in results if result.status == "imported")
    return {"import_files_per_s": len(files) / took, "import_imported": imported, "import_files": len(files)}


def export_one(vault, scratch: Path, size: int) -> float | None:
    try:
        from recruitdesk.services.exporting import export_candidate
    except ImportError:
        return None
    samples = []
    for cid in (1, 2, 3, 4, 5):
        out = scratch / f"export-{cid}"
        started = time.perf_counter()
        export_candidate(vault, cid, out)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


# --- the window (a child process of the driver) ------------------------------------------------
def start_window(folder: Path, recovery_key: str, mode: str, home: Path) -> tuple[float, float, float]:
    """Seconds from process start to the ready line, the window process's peak RSS in MB, and its
    CPU seconds (all threads) until ready."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RECRUITDESK_RECOVERY_KEY=recovery_key, RECRUITDESK_LANG="en",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.pop("RECRUITDESK_VAULT", None)
    command = [sys.executable, str(HERE / "gui_launch.py"), *(["--plain"] if mode == "plain" else []),
               "--smoke-test", "--vault", str(folder)]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL)
    ready, cpu = None, float("nan")
    for line in process.stdout:
        if line.startswith("RecruitDesk window ready:"):
            ready = time.perf_counter() - started
        elif line.startswith(gui_launch.CPU_LINE):
            cpu = float(line[len(gui_launch.CPU_LINE):])
    stderr = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if ready is None or process.returncode != 0:
        raise RuntimeError(f"the window did not come up ({mode}, exit {process.returncode}): {stderr[-2000:]}")
    return ready, usage.ru_maxrss / 1024, cpu


# --- the driver --------------------------------------------------------------------------------
def child(task: str, mode: str, **kwargs) -> dict:
    command = [sys.executable, __file__, "--child", task, "--mode", mode, "--child-args", json.dumps(kwargs)]
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if result.returncode != 0:
        raise RuntimeError(f"{task} ({mode}) failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_child(task: str, mode: str, arguments: dict) -> int:
    if mode == "plain":
        import plain_sqlite

        plain_sqlite.enable()
    today = dt.date.fromisoformat(arguments["today"])
    folder = Path(arguments["folder"])
    if task == "build":
        result = build_vault(folder, arguments["size"], today)
    elif task == "prepare":
        result = prepare_day(folder, arguments["recovery_key"], today, arguments["first_start"])
    else:
        result = measure(folder, arguments["recovery_key"], arguments["size"], today, Path(arguments["scratch"]),
                         arguments.get("quick", False))
    print(json.dumps(result))
    return 0


def build_fingerprint(size: int) -> dict:
    """What a kept vault must match to be reused: its size, the generator, the schema and the
    search index's row numbering (the migrations' names and contents, and ``search_index.SLOT_BITS``)."""
    from recruitdesk.store import search_index

    folder = ROOT / "recruitdesk" / "store" / "migrations" / "versions"
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in sorted(folder.glob("*.py")))).hexdigest()[:16]
    versions = sorted(path.name for path in folder.glob("*.py"))
    return {"size": size, "seed": SEED, "format": BUILD_FORMAT, "migrations": versions, "migrations_sha256": digest,
            "slot_bits": search_index.SLOT_BITS}


def built_vault(mode: str, size: int, work: Path, keep: Path | None, today: dt.date) -> tuple[Path, dict]:
    """A vault to measure in ``work``: a copy of the kept one when it still fits, else a new build
    (kept for later runs with ``keep``)."""
    folder = work / f"{mode}-{size}" / "vault"
    home = keep / f"{mode}-{size}" if keep is not None else None
    meta_path = home / "build.json" if home is not None else None
    fingerprint = build_fingerprint(size)
    if home is not None and meta_path is not None and meta_path.exists():
        built = json.loads(meta_path.read_text(encoding="utf-8"))
        if built.get("fingerprint") == fingerprint and (home / "vault").is_dir():
            say(f"{size}: reusing the kept {mode} vault built {built['built_on']} ({home})")
            shutil.copytree(home / "vault", folder)
            return folder, built
        say(f"{size}: the kept {mode} vault is out of date; building it again")
        shutil.rmtree(home, ignore_errors=True)
    say(f"{size}: building the {mode} vault")
    target = home / "vault" if home is not None else folder
    built = child("build", mode, folder=str(target), size=size, today=today.isoformat())
    built.update(fingerprint=fingerprint, built_on=today.isoformat())
    say(f"{size}: {mode} vault built (insert {built['insert_s']:.1f} s, countdowns {built['recompute_s']:.1f} s, "
        f"{built['db_bytes'] / 1e6:.0f} MB)")
    if home is not None and meta_path is not None:
        meta_path.write_text(json.dumps(built, indent=1), encoding="utf-8")
        shutil.copytree(target, folder)
    return folder, built


def benchmark_size(size: int, work: Path, today: dt.date, keep: Path | None = None, quick: bool = False) -> dict:
    figures: dict[str, dict] = {}
    for mode in MODES:
        folder, built = built_vault(mode, size, work, keep, today)
        key = built["recovery_key"]
        prepared = child("prepare", mode, folder=str(folder), today=today.isoformat(), recovery_key=key, first_start=False)
        say(f"{size}: {mode} daily check run for today ({prepared['took_s']:.1f} s)")
        home = work / f"{mode}-{size}" / "home"
        windows = [start_window(folder, key, mode, home) for _ in range(3)]
        say(f"{size}: {mode} window ready in {statistics.median(w[0] for w in windows):.2f} s "
            f"({statistics.median(w[2] for w in windows):.2f} s of CPU)")
        first_starts = []
        for _ in range(3):
            child("prepare", mode, folder=str(folder), today=today.isoformat(), recovery_key=key, first_start=True)
            first_starts.append(start_window(folder, key, mode, home))
        say(f"{size}: {mode} first start of the day ready in {statistics.median(w[0] for w in first_starts):.2f} s "
            f"({statistics.median(w[2] for w in first_starts):.2f} s of CPU)")
        scratch = work / f"{mode}-{size}" / "scratch"
        scratch.mkdir(parents=True, exist_ok=True)
        measured = child("measure", mode, folder=str(folder), size=size, today=today.isoformat(),
                         recovery_key=key, scratch=str(scratch), quick=quick)
        measured.update(window_s=statistics.median(w[0] for w in windows), window_rss_mb=max(w[1] for w in windows),
                        first_window_s=statistics.median(w[0] for w in first_starts),
                        first_window_rss_mb=max(w[1] for w in first_starts),
                        setup_insert_s=built["insert_s"], db_mb=built["db_bytes"] / 1e6)
        figures[mode] = measured
        say(f"{size}: {mode} measured: " + ", ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in measured.items()))
        shutil.rmtree(work / f"{mode}-{size}", ignore_errors=True)
    return figures


ROWS = [
    # key, label, unit (s -> shown in ms or s), note
    ("window_s", "Start to usable window, later starts (`recruitdesk --smoke-test`: process start, unlock with the recovery key, list shown)", "s"),
    ("first_window_s", "Start to usable window, first start of the day (the daily check due)", "s"),
    ("unlock_s", "Unlock (`Vault.open` + close)", "s"),
    ("list_s", "List load (`candidate_rows`, all candidates)", "s"),
    ("sort_s", "Sort the table by a column (in the model): the slowest of 6 clicks right after a load, before any idle time (median of 3 loads)", "s"),
    ("filter_s", "Filter the table to a 1% search result (in the model; median of 21)", "s"),
    ("filter_clear_s", "Clear the filter", "s"),
    ("search_median_s", "Search latency, median (`search_index.search`)", "s"),
    ("search_p95_s", "Search latency, 95th percentile", "s"),
    ("sweep_s", "Retention sweep, the next day's check with nothing changed (`maintenance.daily_maintenance`: "
     "`recompute_due` + index merge)", "s"),
    ("recompute_everyone_s", "Recompute everyone (policy change; `maintenance.recompute_in_batches`, "
     "batches of {batch_size})", "s"),
    ("summarise_s", "Retention alert summary (`retention_alerts.summarise`)", "s"),
    ("attach_s", "Add a document to a candidate (`documents.attach_document`)", "s"),
    ("import_files_per_s", "CV import throughput (`importing.import_files`, 40 .txt/.docx)", "files/s"),
    ("export_s", "Single-candidate export (`export_candidate`, folder)", "s"),
    ("erase_1_s", "Erase 1 candidate (`erasure.erase_candidates`)", "s"),
    ("erase_many_s", "Erase {erase_many_n} candidates in one call", "s"),
    ("peak_rss_mb", "Peak memory, measuring process (ru_maxrss)", "MB"),
    ("window_rss_mb", "Peak memory, window process, later starts (ru_maxrss)", "MB"),
    ("first_window_rss_mb", "Peak memory, window process, first start of the day", "MB"),
    ("db_mb", "Database size on disk (vault.db + WAL)", "MB"),
    ("setup_insert_s", "Setup: bulk insert (not a user operation)", "s"),
]


def fmt(value, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "s":
        return f"{value * 1000:.2f} ms" if value < 0.01 else (f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s")
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} {unit}"


def ratio(encrypted, plain, unit: str) -> str:
    if encrypted is None or plain is None or plain == 0:
        return "n/a"
    value = (plain / encrypted) if unit == "files/s" else (encrypted / plain)  # always "how many times the cost"
    return f"{value:.2f}x"


def machine_info() -> list[str]:
    import sqlcipher3.dbapi2 as sqlcipher
    import PySide6

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    connection = sqlcipher.connect(":memory:")
    cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
    linked = connection.execute("SELECT sqlite_version()").fetchone()[0]
    connection.close()
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md"],
                                 cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        commit, changed = "?", ""
    try:
        load = "load average at the end {:.1f} / {:.1f} / {:.1f} (1/5/15 min; other work was running on this machine)".format(*os.getloadavg())
    except (OSError, AttributeError):
        load = ""
    return [
        f"- Date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}; commit {commit}"
        + (" (plus uncommitted work in progress)" if changed else ""),
        f"- Machine: {platform.system()} {platform.release()} ({platform.machine()}), {cpu}, {os.cpu_count()} logical CPUs, {memory}",
        f"- Python {platform.python_version()}, SQLCipher {cipher} (SQLite {linked}) via sqlcipher3; plain baseline: the "
        f"same build opened without a key (no codec: plain SQLite); PySide6 {PySide6.__version__}, Qt platform offscreen",
        *([f"- {load}"] if load else []),
    ]


def memory_security_line(figures: dict[int, dict]) -> list[str]:
    """The header line on SQLCipher's cipher_memory_security, as the vaults reported it."""
    seen = {figures[size]["sqlcipher"].get("memory_security") for size in figures} - {None}
    if not seen:
        return []
    state = "/".join(sorted(seen))
    return [f"- SQLCipher `cipher_memory_security`: {state} (read back from the vault's connection; the decision and its "
            "measured cost are in README.md, Security model)"]


def write_markdown(path: Path, sizes: list[int], figures: dict[int, dict], total_s: float,
                   import_lines: list[str] = (), team_lines: list[str] = ()) -> None:
    lines = [
        "# RecruitDesk benchmarks",
        "",
        "Generated by `python3 dev.py bench` (tests/benchmarks/run_benchmarks.py); do not edit by hand, run it again "
        "after changes that touch the database, the services or start-up.",
        "",
        *machine_info(),
        *memory_security_line(figures),
        f"- Sizes: {', '.join(f'{s:,}' for s in sizes)} candidates; the whole run took {total_s / 60:.1f} min",
        "",
        "Each vault holds N synthetic candidates with one procedure each (30% open, 50% not hired, 15% hired, 5% withdrawn),",
        "a recruitment-reserve consent for a fifth of the rejected, and a text CV of about 0.6 KB each (stored encrypted",
        "with the candidate key, and in the FTS5 index). **SQLCipher** is the shipped configuration; **plain** is the same",
        "code on an unencrypted SQLite file (tests/benchmarks/plain_sqlite.py: the same SQLite build opened without a key;",
        "same schema, pragmas, secure_delete and FTS5 secure-delete, same per-candidate AES-GCM), so the **ratio** (SQLCipher / plain; for throughput plain /",
        "SQLCipher) is the cost of encrypting the database file. Times are medians (unlock, list, summary: 3 runs; retention",
        "sweep: the checks of the next two days; recompute everyone: 2 runs; window:",
        "3 starts, from process start through the unlock with the recovery key to the painted list, after today's daily",
        "check ran (later starts) or with it due (first start of the day: it runs after the list is painted); search:",
        "200 queries of names, name prefixes, skills and two-word combinations, limit 1000; export: 5",
        "candidates; erase 1: 3 runs). Erasure includes the WAL checkpoint(TRUNCATE). Import runs the sandboxed extraction",
        "worker (one worker start per batch included). The index is optimized as the daily check keeps it; automatic",
        "backups are off in the measured copies.",
        "",
    ]
    for size in sizes:
        encrypted, plain = figures[size]["sqlcipher"], figures[size]["plain"]
        lines += [f"## {size:,} candidates", "", "| Operation | SQLCipher | plain SQLite | ratio |", "| --- | ---: | ---: | ---: |"]
        for key, label, unit in ROWS:
            label = label.format(erase_many_n=encrypted.get("erase_many_n", 1000),
                                 batch_size=encrypted.get("recompute_batch_size", "?"))
            lines.append(f"| {label} | {fmt(encrypted.get(key), unit)} | {fmt(plain.get(key), unit)} | "
                         f"{ratio(encrypted.get(key), plain.get(key), unit)} |")
        lines.append("")
    lines += list(team_lines)
    lines += list(import_lines)
    path.write_text("\n".join(lines), encoding="utf-8")


def team_section(sizes: list[int], figures: dict[int, dict], today: dt.date, keep: Path | None) -> list[str]:
    """The team vault on PostgreSQL at every size, beside the SQLCipher figures of this run."""
    import team_benchmark  # beside this file
    from tests.support import postgres

    if sizes and postgres.server_bin_folder() is None:
        raise SystemExit("PostgreSQL's initdb/pg_ctl were not found (Debian package 'postgresql'); "
                         "install it or leave the team vault out with --no-team")
    lines: list[str] = []
    for size in sizes:
        lines += team_benchmark.markdown(team_benchmark.run(size, today, keep, say), figures[size]["sqlcipher"])
    return lines


def say(message: str) -> None:
    print(f"[bench] {message}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="RecruitDesk benchmarks; writes BENCHMARKS.md")
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated candidate counts (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--work", type=Path, help="folder for the synthetic vaults (default: a temporary folder)")
    parser.add_argument("--keep", type=Path, help="keep the built vaults in this folder and reuse them in later runs")
    parser.add_argument("--corpus", type=Path, help="the shared CV corpus (default: RECRUITDESK_CORPUS or ../shared/corpus)")
    parser.add_argument("--import-only", action="store_true", help="only the CV import accuracy and throughput section")
    parser.add_argument("--quick", action="store_true", help="leave out the slow rows (adding a document, import, export, "
                        "erasure) and the import section: for quick runs while working on start-up, the list, sorting or search")
    parser.add_argument("--no-team", action="store_true", help="leave out the team vault on PostgreSQL (team_benchmark.py)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--child-args", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return run_child(args.child, args.mode, json.loads(args.child_args))

    # An installed RecruitDesk starts from compiled bytecode; without it every window start here
    # would also compile the app's modules (PYTHONDONTWRITEBYTECODE stops Python caching them).
    compileall.compile_dir(ROOT / "recruitdesk", quiet=1)
    sizes = [] if args.import_only else [int(part.replace("_", "")) for part in args.sizes.split(",") if part.strip()]
    today = dt.date.today()
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="recruitdesk-bench-", dir=args.work))
    figures = {}
    try:
        for size in sizes:
            figures[size] = benchmark_size(size, work, today, args.keep, args.quick)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    team_lines = [] if args.no_team else team_section(sizes, figures, today, args.keep)
    import_lines: list[str] = []
    if not args.quick:
        say("CV import: field accuracy (synthetic set, shared corpus) and throughput on the corpus PDFs")
        import import_accuracy  # beside this file

        import_lines = import_accuracy.markdown(import_accuracy.measure(args.corpus))
        print("\n".join(import_lines), flush=True)
    write_markdown(args.output, sizes, figures, time.perf_counter() - started, import_lines, team_lines)
    say(f"wrote {args.output} in {(time.perf_counter() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
