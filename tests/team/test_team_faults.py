"""The team server's faults, each on the real server: a clear translated error, nothing half-written, a retry works.

One server for the module; the tests that restart it (pg_ctl restart --mode fast) share it.
"""

from __future__ import annotations

import logging
import time
import uuid

import psycopg
import pytest
from sqlalchemy import create_engine, event, func, select, text, update

from recruitdesk import i18n
from recruitdesk.errors import (TeamSchemaNewer, TeamServerBusy, TeamServerConnectionLost, TeamServerError, TeamServerLoginRefused,
                                TeamServerTlsUnavailable, TeamServerUnreachable)
from recruitdesk.team import audit, membership
from recruitdesk.team.faults import driver_fault
from recruitdesk.team.change_feed import ChangeListener
from recruitdesk.team.candidates import PersonalFields, add_candidate, read_candidate, search, update_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import candidates, meta
from recruitdesk.team.server import open_engine, server_label
from recruitdesk.vault.keychain import MemoryKeychain
from tests.support import postgres

SOFIE = PersonalFields("Sofie Wouters", "sofie.wouters@example.org", "Welder, TIG and MIG, Gent")
SOFIE_MOVED = PersonalFields("Sofie Wouters", "sofie@example.net", "Welder, TIG and MIG, now living in Brugge")


@pytest.fixture
def engine(team_engine):
    """The team database through the client's own pool (timeouts, pre-ping), with a short lock wait."""
    engine = open_engine(team_engine.url, busy_after_seconds=0.5)
    yield engine
    engine.dispose()


@pytest.fixture
def admin(engine, keychain, clock):
    team, _ = membership.create_team(engine, keychain, clock, "Admin Aline")
    return team


def _assert_clean(error: TeamServerError, *secrets: str) -> None:
    """The error is the only thing a user sees: no driver error chained to it, no SQL, no data."""
    assert error.__cause__ is None and error.__suppress_context__
    for shown in (error.message(), str(error)):
        assert "SELECT" not in shown.upper().split() and "INSERT" not in shown.upper().split()
        for secret in secrets:
            assert secret not in shown


def _assert_translated(error: TeamServerError) -> None:
    english = error.message()
    try:
        for language in ("nl", "fr"):
            i18n.set_language(language)
            assert error.message() != english and error.params["server"] in error.message()
    finally:
        i18n.set_language("en")


def test_a_server_that_does_not_answer_is_named_and_nothing_is_kept_locally(postgres_server, clock):
    closed_port = postgres._free_port()
    engine = open_engine(f"postgresql+psycopg://{postgres.USER}@127.0.0.1:{closed_port}/{postgres.DATABASE}")
    keychain = MemoryKeychain()
    with pytest.raises(TeamServerUnreachable) as caught:
        membership.create_team(engine, keychain, clock, "Admin Aline")
    assert f"127.0.0.1:{closed_port}" in caught.value.message() and caught.value.code == "team-server-unreachable"
    assert keychain._keys == {}  # no device key was kept for a team that was never created
    _assert_clean(caught.value)
    _assert_translated(caught.value)


def test_a_wrong_password_is_refused_clearly_and_the_right_one_works(postgres_server, clock):
    role, database = f"member_{uuid.uuid4().hex[:8]}", f"pw_{uuid.uuid4().hex[:8]}"
    superuser = create_engine(postgres_server.url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with superuser.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'right-horse-battery'"))
        connection.execute(text(f'CREATE DATABASE "{database}" OWNER {role}'))
    postgres_server.require_password_for(role)
    wrong = open_engine(f"postgresql+psycopg://{role}:staple-wrong@127.0.0.1:{postgres_server.port}/{database}")
    right = open_engine(f"postgresql+psycopg://{role}:right-horse-battery@127.0.0.1:{postgres_server.port}/{database}")
    try:
        deadline = time.monotonic() + 10  # pg_ctl reload is asynchronous: wait until the new rule is read
        while True:
            with pytest.raises(TeamServerError) as caught:
                membership.create_team(wrong, MemoryKeychain(), clock, "Admin Aline")
            if isinstance(caught.value, TeamServerLoginRefused) or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert isinstance(caught.value, TeamServerLoginRefused)
        assert f"127.0.0.1:{postgres_server.port}" in caught.value.message()
        _assert_clean(caught.value, "staple-wrong", "right-horse-battery")
        _assert_translated(caught.value)

        team, _ = membership.create_team(right, MemoryKeychain(), clock, "Admin Aline")
        assert read_candidate(right, team, add_candidate(right, team, SOFIE, clock)).personal == SOFIE
    finally:
        wrong.dispose()
        right.dispose()
        with superuser.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{database}"'))
        superuser.dispose()


def test_tls_required_of_a_server_without_tls_sends_nothing(postgres_server, team_engine, clock):
    url = team_engine.url.set(query={"sslmode": "require"}, host="127.0.0.1", port=postgres_server.port)
    engine = open_engine(url)
    try:
        with pytest.raises(TeamServerTlsUnavailable) as caught:
            membership.create_team(engine, MemoryKeychain(), clock, "Admin Aline")
    finally:
        engine.dispose()
    assert server_label(url) == f"127.0.0.1:{postgres_server.port}" and server_label(url) in caught.value.message()
    _assert_clean(caught.value)
    _assert_translated(caught.value)
    with team_engine.connect() as connection:  # nothing reached the database
        assert connection.scalar(text("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'team%'")) == 0


def test_after_a_restart_between_saves_the_next_save_reconnects_by_itself(postgres_server, engine, admin, clock):
    candidate_id = add_candidate(engine, admin, SOFIE, clock)
    postgres_server.restart()
    assert update_candidate(engine, admin, candidate_id, 1, SOFIE_MOVED, clock) == 2
    assert read_candidate(engine, admin, candidate_id).personal == SOFIE_MOVED


def test_the_live_refresh_connection_reports_a_server_it_cannot_reach_or_loses(postgres_server, engine, admin, clock):
    closed = open_engine(f"postgresql+psycopg://{postgres.USER}@127.0.0.1:{postgres._free_port()}/{postgres.DATABASE}")
    with pytest.raises(TeamServerUnreachable):
        ChangeListener(closed)
    listener = ChangeListener(engine)
    try:
        postgres_server.restart()
        with pytest.raises(TeamServerConnectionLost) as caught:
            list(listener.changes(timeout=5))
        _assert_clean(caught.value)
    finally:
        listener.close()
    listener = ChangeListener(engine)  # a new listener after the restart hears the next save
    try:
        candidate_id = add_candidate(engine, admin, SOFIE, clock)
        assert [change.candidate_id for change in listener.changes(timeout=5, stop_after=1)] == [candidate_id]
    finally:
        listener.close()


def _restart_when(engine, postgres_server, statement_start: str) -> list[str]:
    """Restart the server just before the client sends the statement starting with ``statement_start``."""
    fired: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def restart_once(connection, cursor, statement, parameters, context, executemany):
        if not fired and statement.lstrip().upper().startswith(statement_start):
            fired.append(statement_start)
            postgres_server.restart()

    return fired


def test_a_restart_in_the_middle_of_an_update_leaves_the_old_version_whole_and_a_retry_saves(
        postgres_server, engine, admin, clock, caplog):
    candidate_id = add_candidate(engine, admin, SOFIE, clock)
    fired = _restart_when(engine, postgres_server, "INSERT INTO TEAM_CANDIDATE_TOKENS")  # after the row's UPDATE was sent
    with caplog.at_level(logging.DEBUG), pytest.raises(TeamServerConnectionLost) as caught:
        update_candidate(engine, admin, candidate_id, 1, SOFIE_MOVED, clock)
    assert fired
    _assert_clean(caught.value, "Sofie", "Brugge")
    _assert_translated(caught.value)
    assert "team-server-connection-lost" in caplog.text
    assert not any(word in caplog.text for word in ("Sofie", "Wouters", "Brugge", "Traceback"))

    saved = read_candidate(engine, admin, candidate_id)
    assert saved.version == 1 and saved.personal == SOFIE  # the row's update was rolled back with the rest
    assert search(engine, admin, "Gent") == [candidate_id] and search(engine, admin, "Brugge") == []
    assert [entry.version for entry in audit.entries(engine)] == [1]

    assert update_candidate(engine, admin, candidate_id, 1, SOFIE_MOVED, clock) == 2  # the retry
    assert read_candidate(engine, admin, candidate_id).personal == SOFIE_MOVED
    assert search(engine, admin, "Brugge") == [candidate_id] and search(engine, admin, "Gent") == []
    assert [entry.version for entry in audit.entries(engine)] == [1, 2]


def test_a_restart_in_the_middle_of_adding_leaves_no_candidate_and_a_retry_adds_one(postgres_server, engine, admin, clock):
    fired = _restart_when(engine, postgres_server, "INSERT INTO TEAM_CANDIDATE_TOKENS")
    with pytest.raises(TeamServerConnectionLost):
        add_candidate(engine, admin, SOFIE, clock)
    assert fired
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(candidates)) == 0
    assert search(engine, admin, "Sofie") == [] and audit.entries(engine) == []
    candidate_id = add_candidate(engine, admin, SOFIE, clock)
    assert search(engine, admin, "Sofie") == [candidate_id]


def test_a_colleague_holding_a_lock_makes_a_save_fail_as_busy_instead_of_hanging(engine, admin, second_keychain, clock):
    candidate_id = add_candidate(engine, admin, SOFIE, clock)
    colleague_id = membership.add_member(engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id),
                                         Role.RECRUITER, "Colleague", clock)
    colleague = membership.open_as_member(engine, second_keychain, colleague_id)
    holder = engine.connect()
    try:
        holder.begin()
        holder.execute(text("SELECT generation FROM team FOR UPDATE"))  # what a revocation holds while it rotates keys
        started = time.monotonic()
        with pytest.raises(TeamServerBusy) as caught:
            update_candidate(engine, colleague, candidate_id, 1, SOFIE_MOVED, clock)
        assert time.monotonic() - started < 5
        assert caught.value.params["seconds"] == 1 and "1 second" in caught.value.message()
        _assert_clean(caught.value, "Sofie")
        translated = caught.value.message()
        i18n.set_language("nl")
        try:
            assert caught.value.message() != translated
        finally:
            i18n.set_language("en")
    finally:
        holder.rollback()
        holder.close()
    assert read_candidate(engine, colleague, candidate_id).version == 1
    assert update_candidate(engine, colleague, candidate_id, 1, SOFIE_MOVED, clock) == 2  # free again: the save goes through


def test_a_vault_upgraded_by_a_newer_app_refuses_this_apps_writes_but_still_reads(engine, admin, second_keychain, clock):
    candidate_id = add_candidate(engine, admin, SOFIE, clock)
    with engine.begin() as connection:
        connection.execute(update(meta).where(meta.c.name == "schema_version").values(value="2"))

    with pytest.raises(TeamSchemaNewer) as caught:
        add_candidate(engine, admin, SOFIE_MOVED, clock)
    assert caught.value.params == {"found": 2, "supported": 1} and "2" in caught.value.message()
    with pytest.raises(TeamSchemaNewer):
        update_candidate(engine, admin, candidate_id, 1, SOFIE_MOVED, clock)
    with pytest.raises(TeamSchemaNewer):
        erase_candidate(engine, admin, candidate_id, clock)
    with pytest.raises(TeamSchemaNewer):
        membership.add_member(engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id),
                              Role.RECRUITER, "Colleague", clock)
    i18n.set_language("fr")
    try:
        assert caught.value.message() != translate_en(caught.value)
    finally:
        i18n.set_language("en")

    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(candidates)) == 1
    assert read_candidate(engine, admin, candidate_id) .personal == SOFIE
    assert [entry.action for entry in audit.entries(engine)] == [audit.ADDED]


def translate_en(error: TeamServerError) -> str:
    return error.template.format(**error.params)


@pytest.mark.parametrize("error", [psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure])
def test_a_transaction_the_server_rolled_back_for_another_is_busy_not_a_lost_connection(engine, error):
    """A deadlock or serialization failure: the server rolled this transaction back so another could go on;
    nothing was stored and trying again works. Said as busy, not as a server that went away."""
    fault = driver_fault(error("deadlock detected"), engine, connected=True)
    assert isinstance(fault, TeamServerBusy) and "Try again" in fault.message()
