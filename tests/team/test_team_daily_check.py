"""One retention check a day per team: two members' clients try at once and exactly one runs it."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from sqlalchemy import text

from recruitdesk.team import membership
from recruitdesk.team.daily_check import Outcome, lock_key, run_daily_check
from recruitdesk.team.roles import Role
from recruitdesk.team.server import open_engine


@pytest.fixture
def two_clients(team_engine, keychain, second_keychain, clock):
    """The admin's and a colleague's client, each with its own connection pool, as on two machines."""
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    colleague_id = membership.add_member(team_engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id),
                                         Role.RECRUITER, "Colleague", clock)
    engines = [open_engine(team_engine.url), open_engine(team_engine.url)]
    clients = [(engines[0], membership.open_as_member(engines[0], keychain, admin.member_id)),
               (engines[1], membership.open_as_member(engines[1], second_keychain, colleague_id))]
    yield clients
    for engine in engines:
        engine.dispose()


def test_two_clients_starting_at_once_run_the_check_exactly_once(two_clients, clock):
    ran: list[int] = []
    loser_done = threading.Event()
    start = threading.Barrier(2)
    outcomes: dict[int, Outcome] = {}

    def check(number: int) -> None:
        ran.append(number)
        assert loser_done.wait(timeout=20), "the other client waited for the lock instead of skipping"

    def client(number: int) -> None:
        engine, team = two_clients[number]
        start.wait(timeout=20)
        outcomes[number] = run_daily_check(engine, team, clock, lambda: check(number))
        if outcomes[number] is not Outcome.RAN:
            loser_done.set()

    threads = [threading.Thread(target=client, args=(number,)) for number in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(ran) == 1
    assert sorted(outcome.value for outcome in outcomes.values()) == ["ran", "running-elsewhere"]
    assert outcomes[ran[0]] is Outcome.RAN

    # Later the same day nobody runs it again; the next day exactly one client does.
    other = 1 - ran[0]
    assert run_daily_check(*two_clients[other], clock, lambda: ran.append(other)) is Outcome.DONE_TODAY
    clock.advance(dt.timedelta(days=1))
    assert run_daily_check(*two_clients[other], clock, lambda: ran.append(other)) is Outcome.RAN
    assert run_daily_check(*two_clients[ran[0]], clock, lambda: ran.append(99)) is Outcome.DONE_TODAY
    assert ran == [ran[0], other]


def test_a_failed_check_releases_the_lock_and_is_not_recorded_as_done(two_clients, clock):
    (engine, team), (other_engine, other_team) = two_clients

    def failing() -> None:
        raise RuntimeError("check failed")

    with pytest.raises(RuntimeError):
        run_daily_check(engine, team, clock, failing)
    with other_engine.connect() as connection:  # no session still holds the team's lock
        held = connection.scalar(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"))
    assert held == 0
    assert run_daily_check(other_engine, other_team, clock, lambda: None) is Outcome.RAN


def test_each_team_has_its_own_lock_key(two_clients):
    (_, team), _ = two_clients
    assert lock_key(team.keys.team_id) == lock_key(team.keys.team_id) != lock_key(uuid.uuid4())
    assert -(2**63) <= lock_key(team.keys.team_id) < 2**63
