"""A request written while a colleague erases its candidate, on a real server: the two queue instead of deadlocking.

Erasing a candidate (Delete…) locks their row, then by the foreign keys every request about them.
Completing or extending a request locks the candidate before the request (``request_locks``), so
whichever starts second waits for the first and then meets its result as a domain error in words;
neither is ever aborted as a deadlock (``TeamServerBusy``). Each test holds one side between its
locks, starts the other, knows from ``pg_stat_activity`` that the other waits for a lock, then lets
the first go on.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace

import pytest
from sqlalchemy import text

from recruitdesk.team import countdowns, membership, request_actions, rights_requests
from recruitdesk.team.candidates import PersonalFields, TeamCandidateNotFound, add_candidate, read_candidate
from recruitdesk.team.erasure import erase_candidate

SOFIE = PersonalFields("Sofie Wouters", "sofie.wouters@example.be", phone="+32 470 98 76 54")
ERASER, WRITER = "eraser", "request writer"
DONE = rights_requests.RequestDetails(identity_check="ID card shown", outcome="done")
WAIT = 15  # seconds: the bound of every wait below, never reached when the code is right


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    return team


def _request(engine, team, clock, kind):
    sofie = add_candidate(engine, team, SOFIE, clock)
    today = clock.today()
    dates = rights_requests.RequestDates(today, today + dt.timedelta(days=30))
    request_id = rights_requests.record_request(engine, team, sofie, kind, dates,
                                                rights_requests.RequestDetails(identity_check="ID card shown"), clock)
    return sofie, request_id, dates


class Hold:
    """Pauses ``owner``'s thread inside ``function`` (where it holds its first locks) until released."""

    def __init__(self, monkeypatch, module, name: str, owner: str) -> None:
        self.inside, self.release = threading.Event(), threading.Event()
        real = getattr(module, name)

        def paused(*args, **kwargs):
            if threading.current_thread().name == owner and not self.inside.is_set():
                self.inside.set()
                assert self.release.wait(WAIT)
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, paused)


def _start(name: str, results: list, operation) -> threading.Thread:
    def run():
        try:
            results.append(operation())
        except Exception as error:  # noqa: BLE001 - the outcome is asserted by the test
            results.append(error)
    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def _wait_until_a_session_waits_for_a_lock(engine) -> None:
    """Poll the server's own lock state (bounded) until another session of this database waits for a lock."""
    deadline = time.monotonic() + WAIT
    with engine.connect() as connection:
        while time.monotonic() < deadline:
            waiting = connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"))
            connection.rollback()  # a fresh snapshot of pg_stat_activity at the next read
            if waiting:
                return
            threading.Event().wait(0.02)
    raise AssertionError("the second write never waited for the first one's lock")


def _race(engine, hold: Hold, first: threading.Thread, second_name: str, second_results: list, second_operation) -> None:
    assert hold.inside.wait(WAIT)  # the first write holds its locks
    second = _start(second_name, second_results, second_operation)
    _wait_until_a_session_waits_for_a_lock(engine)
    hold.release.set()
    first.join(WAIT)
    second.join(WAIT)
    assert not first.is_alive() and not second.is_alive()


def test_a_completion_started_during_a_delete_waits_and_finds_the_candidate_gone(team_engine, admin, clock, monkeypatch):
    """Delete… holds the candidate's row (checking for a legal hold) when a colleague completes an
    erasure request about them: the completion waits for the candidate, then refuses with the
    candidate gone, and the request stays open, now without them."""
    sofie, request_id, dates = _request(team_engine, admin, clock, "erasure")
    hold = Hold(monkeypatch, countdowns, "open_facts", ERASER)  # delete_candidate opens the facts under its row lock
    erased: list = []
    completed: list = []
    eraser = _start(ERASER, erased, lambda: erase_candidate(team_engine, admin, sofie, clock))

    _race(team_engine, hold, eraser, WRITER, completed, lambda: request_actions.complete_carrying_out(
        team_engine, admin, request_id, 1, replace(dates, completed_on=clock.today()), DONE, request_actions.ERASE, clock))

    assert erased == [None], erased
    assert len(completed) == 1 and isinstance(completed[0], TeamCandidateNotFound), completed
    [still] = rights_requests.register(team_engine, admin)
    assert still.candidate_id is None and still.version == 1 and still.dates.completed_on is None


def test_a_delete_started_during_a_completion_waits_and_finds_the_candidate_erased_by_it(team_engine, admin, clock, monkeypatch):
    """A completion of an erasure request holds its locks when a colleague chooses Delete… on the
    candidate: the delete waits, then finds the candidate already erased by the completion."""
    sofie, request_id, dates = _request(team_engine, admin, clock, "erasure")
    hold = Hold(monkeypatch, request_actions, "keep_register_details", WRITER)
    completed: list = []
    erased: list = []
    writer = _start(WRITER, completed, lambda: request_actions.complete_carrying_out(
        team_engine, admin, request_id, 1, replace(dates, completed_on=clock.today()), DONE, request_actions.ERASE, clock))

    _race(team_engine, hold, writer, ERASER, erased, lambda: erase_candidate(team_engine, admin, sofie, clock))

    assert completed == [2], completed
    assert len(erased) == 1 and isinstance(erased[0], TeamCandidateNotFound), erased
    [done] = rights_requests.register(team_engine, admin)
    assert done.candidate_id is None and done.dates.completed_on == clock.today() and done.details == DONE
    with pytest.raises(TeamCandidateNotFound):
        read_candidate(team_engine, admin, sofie)


def test_an_extension_started_during_a_delete_waits_and_finds_the_candidate_gone(team_engine, admin, clock, monkeypatch):
    """Extending a request seals its details under the candidate's key, so it too waits for a Delete… holding them."""
    sofie, request_id, dates = _request(team_engine, admin, clock, "access")
    hold = Hold(monkeypatch, countdowns, "open_facts", ERASER)
    erased: list = []
    extended: list = []
    eraser = _start(ERASER, erased, lambda: erase_candidate(team_engine, admin, sofie, clock))

    _race(team_engine, hold, eraser, WRITER, extended, lambda: rights_requests.update_request(
        team_engine, admin, request_id, 1, replace(dates, extended_to=dates.due_on + dt.timedelta(days=30)),
        replace(DONE, extension_reason="many documents"), clock))

    assert erased == [None], erased
    assert len(extended) == 1 and isinstance(extended[0], TeamCandidateNotFound), extended
    [still] = rights_requests.register(team_engine, admin)
    assert still.candidate_id is None and still.version == 1 and still.dates.extended_to is None


def test_a_delete_started_during_an_extension_waits_and_then_erases(team_engine, admin, clock, monkeypatch):
    """An extension holds its locks when a colleague chooses Delete…: the extension is saved, then the candidate erased."""
    sofie, request_id, dates = _request(team_engine, admin, clock, "access")
    hold = Hold(monkeypatch, rights_requests, "reseal_details", WRITER)
    extended: list = []
    erased: list = []
    longer = replace(dates, extended_to=dates.due_on + dt.timedelta(days=30))
    writer = _start(WRITER, extended, lambda: rights_requests.update_request(
        team_engine, admin, request_id, 1, longer, replace(DONE, extension_reason="many documents"), clock))

    _race(team_engine, hold, writer, ERASER, erased, lambda: erase_candidate(team_engine, admin, sofie, clock))

    assert extended == [2], extended
    assert erased == [None], erased
    [kept] = rights_requests.register(team_engine, admin)
    assert kept.candidate_id is None and kept.version == 2 and kept.dates.extended_to == longer.extended_to
    assert kept.details == rights_requests.RequestDetails(  # what the register must show stays, under the firm key
        identity_check="ID card shown", extension_reason="many documents", outcome="done")
