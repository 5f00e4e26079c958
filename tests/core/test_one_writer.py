"""One writer per process: writes queue instead of failing with "database is locked", reads
never wait, background jobs write in short batches, and the WAL ends small.

Nothing here depends on an idle machine: threads are coordinated with events and joined with
generous timeouts; the only durations asserted are lower bounds that the code must respect
(a save really waited for a lock held longer than the busy timeout).
"""

from __future__ import annotations

import threading
import time

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select, text

from recruitdesk import errors, settings
from recruitdesk.demo import seed_demo_candidates
from recruitdesk.services import maintenance
from recruitdesk.services.candidate_detail import candidate_detail, update_profile
from recruitdesk.services.firm_settings import FirmSettings, read_firm_settings, save_firm_settings
from recruitdesk.services.retention_alerts import run_daily_check
from recruitdesk.store.models import Candidate, RetentionState
from recruitdesk.vault import database
from recruitdesk.vault.write_gate import NestedWriteError, WriteGate
from tests.support.vaults import database_key_of, insert_candidates

JOIN_SECONDS = 120  # a generous bound for a loaded machine; never an expected duration


def _seed(vault, count: int) -> None:
    with vault.session() as session, session.begin():
        seed_demo_candidates(session, vault.candidate_keys, vault.clock, count=count)


def _raw_connection(vault) -> sqlcipher.Connection:
    """A connection outside the vault's engine and gate, as another program would have."""
    return database.connect(vault.database_path, database_key_of(vault))


def _in_thread(function, *args):
    outcome: dict = {}

    def run():
        try:
            outcome["result"] = function(*args)
        except BaseException as exc:  # the test reports it
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


# --- the gate ------------------------------------------------------------------------------
def test_the_write_gate_serves_waiters_in_arrival_order():
    gate = WriteGate()
    gate.acquire()
    order, threads = [], []
    for number in range(5):
        def take(number=number):
            gate.acquire()
            order.append(number)
            gate.release()

        thread = threading.Thread(target=take, daemon=True)
        thread.start()
        threads.append(thread)
        deadline = time.monotonic() + JOIN_SECONDS
        while len(gate._waiting) < number + 1 and time.monotonic() < deadline:  # queued, in this order
            time.sleep(0.001)
    gate.release()
    for thread in threads:
        thread.join(JOIN_SECONDS)
    assert order == [0, 1, 2, 3, 4]


def test_a_nested_write_on_the_same_thread_is_refused_instead_of_deadlocking(new_vault):
    vault, _ = new_vault
    with vault.session() as outer, outer.begin():
        outer.execute(text("SELECT 1"))
        with pytest.raises(NestedWriteError):
            with vault.session() as inner, inner.begin():
                inner.execute(text("SELECT 1"))
    save_firm_settings(vault, FirmSettings(firm_name="After"))  # the gate was given back
    assert read_firm_settings(vault).firm_name == "After"


# --- writes wait, never fail -----------------------------------------------------------------
def test_a_save_waits_for_another_connection_holding_the_lock_past_the_busy_timeout(new_vault):
    vault, _ = new_vault
    holder = _raw_connection(vault)
    hold_seconds = database.BUSY_TIMEOUT_MILLISECONDS / 1000 + 1.5
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO settings(key, value) VALUES ('firm_name', '\"Other program\"')")
        started = time.monotonic()
        thread, outcome = _in_thread(save_firm_settings, vault, FirmSettings(firm_name="Ours", auto_lock_minutes=3))
        time.sleep(hold_seconds)
        assert thread.is_alive(), "the save must still be waiting while the other connection writes"
        holder.execute("COMMIT")
    finally:
        holder.close()
    thread.join(JOIN_SECONDS)
    assert not thread.is_alive()
    assert "error" not in outcome, outcome.get("error")
    assert time.monotonic() - started >= hold_seconds
    assert read_firm_settings(vault).firm_name == "Ours"


def test_after_a_generous_limit_the_user_is_told_the_vault_is_busy(new_vault):
    vault, _ = new_vault
    engine = database.make_engine(vault.database_path, database_key_of(vault), WriteGate(), write_wait_seconds=0)
    holder = _raw_connection(vault)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(errors.VaultBusy) as raised:
            with engine.execution_options(vault_access=database.WRITE).begin() as connection:
                connection.execute(text("SELECT 1"))
        assert str(vault.folder) in raised.value.message()
    finally:
        holder.close()
        engine.dispose()


def test_reads_do_not_wait_for_a_writer(new_vault):
    vault, _ = new_vault
    _seed(vault, 5)
    writing, finish = threading.Event(), threading.Event()

    def long_write():
        with vault.session() as session, session.begin():
            session.execute(text("UPDATE candidates SET city = 'Gouda'"))
            writing.set()
            finish.wait(JOIN_SECONDS)

    thread, outcome = _in_thread(long_write)
    assert writing.wait(JOIN_SECONDS)
    try:
        with vault.read_session() as session:  # would hang until `finish` if reads queued on writes
            cities = set(session.scalars(select(Candidate.city)))
        assert "Gouda" not in cities  # the committed snapshot, not the open transaction
        assert vault.write_gate.held
    finally:
        finish.set()
        thread.join(JOIN_SECONDS)
    assert "error" not in outcome


def test_a_write_in_a_read_session_fails_loudly(new_vault):
    vault, _ = new_vault
    with vault.read_session() as session:
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            settings.put(session, "firm_name", "Nope")
            session.flush()


# --- background jobs in batches --------------------------------------------------------------
def test_the_daily_check_on_thousands_of_candidates_lets_every_edit_from_another_thread_land(new_vault, clock):
    vault, _ = new_vault
    ids = insert_candidates(vault, 3000)
    clock.advance(days=1)  # the daily maintenance is due
    batches = []
    real = maintenance.recompute_all

    def counting(session, clock_, ids_=None, **only):
        batches.append(ids_ or only.get("only_ids"))
        return real(session, clock_, ids_, **only)

    edited = ids[::100]
    edits_started = threading.Event()

    def edits():
        edits_started.wait(JOIN_SECONDS)
        for number, candidate_id in enumerate(edited):
            update_profile(vault, candidate_id, f"Edited {number}", None, None, f"City {number}", None)

    maintenance.recompute_all = counting
    try:
        editor, edit_outcome = _in_thread(edits)

        def check():
            edits_started.set()
            return run_daily_check(vault)

        checker, check_outcome = _in_thread(check)
        checker.join(JOIN_SECONDS)
        editor.join(JOIN_SECONDS)
    finally:
        maintenance.recompute_all = real
    assert not checker.is_alive() and not editor.is_alive()
    assert "error" not in check_outcome, check_outcome.get("error")
    assert "error" not in edit_outcome, edit_outcome.get("error")
    # The bulk-added candidates have no countdown yet: the check computes theirs, 3000 / 500, never all at once.
    assert len(batches) == 6 and all(batch is not None for batch in batches)
    for number, candidate_id in enumerate(edited):
        detail = candidate_detail(vault, candidate_id)
        assert (detail.profile.name, detail.profile.city) == (f"Edited {number}", f"City {number}")
    today = clock.now().replace(tzinfo=None)
    with vault.read_session() as session:
        fresh = session.scalar(select(func.count()).select_from(RetentionState).where(RetentionState.computed_at == today))
        assert settings.get(session, "daily_maintenance_on") == clock.today().isoformat()
    assert fresh == len(ids)


def test_the_index_merge_runs_in_bounded_steps_and_ends(new_vault):
    vault, _ = new_vault
    for _ in range(6):  # several transactions: several index segments
        _seed(vault, 20)
    steps = maintenance.merge_index_in_steps(vault, pages=2)
    assert steps >= 2
    assert maintenance.merge_index_in_steps(vault, pages=2) == 1  # nothing left to merge
    from recruitdesk.services.candidate_search import search_candidates

    with vault.read_session() as session:
        name = session.scalar(select(Candidate.full_name).order_by(Candidate.id.desc()).limit(1))
    assert search_candidates(vault, name.split()[0])


def test_after_a_days_work_the_wal_is_back_to_a_small_size(new_vault, clock, tmp_path):
    from recruitdesk.services.consents import give_consent
    from recruitdesk.services.importing import import_files
    from recruitdesk.services.consents import RESERVE_PURPOSE
    from tests.importing.make_files import belgian_national_number, dutch_cv_lines, write_docx, write_pdf

    vault, _ = new_vault
    insert_candidates(vault, 2000)
    assert database.wal_size(vault.database_path) > 256 * 1024  # the day's work really goes through the WAL
    files = []
    for number in range(3):
        files.append(write_pdf(tmp_path / f"cv{number}.pdf", dutch_cv_lines(f"Pieter Jansen {number}", f"pieter{number}@example.nl", f"0470 11 22 3{number}", belgian_national_number(serial=f"0{number}1"))))
        files.append(write_docx(tmp_path / f"cv{number}.docx", dutch_cv_lines(f"Anna de Vries {number}", f"anna{number}@example.nl", f"0470 99 88 7{number}", belgian_national_number(serial=f"0{number}3"))))
    results = import_files(vault, files)
    assert [r.status for r in results] == ["imported"] * len(files)
    with vault.read_session() as session:
        ids = session.scalars(select(Candidate.id).limit(50)).all()
    for candidate_id in ids:
        update_profile(vault, candidate_id, "Renamed Person", None, None, "Utrecht", None)
        give_consent(vault, candidate_id, RESERVE_PURPOSE, clock.today(), "email", text="Ja")
    clock.advance(days=1)
    run_daily_check(vault)
    assert database.wal_size(vault.database_path) <= 64 * 1024
