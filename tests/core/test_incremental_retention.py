"""The daily check evaluates only the candidates whose countdown can have changed.

Each countdown row keeps its next transition day (``retention_states.next_transition_on``);
fact changes recompute their own candidate at once, and a new policy (or firm default, or
engine) recomputes everyone. These tests move the injectable clock instead of waiting, and
check the stored countdowns against the engine evaluated afresh, so a candidate the daily
check wrongly skipped shows up as a wrong deadline.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from recruitdesk import settings
from recruitdesk.retention.presets import get_preset
from recruitdesk.services import countdown, maintenance
from recruitdesk.services.candidates import new_candidate, record_outcome
from recruitdesk.services.consents import RESERVE_PURPOSE, give_consent, withdraw
from recruitdesk.services.countdown import active_policy, status_of, with_facts
from recruitdesk.services.retention import change_policy, install_policy
from recruitdesk.services.retention_alerts import run_daily_check
from recruitdesk.store.models import RetentionState
from tests.support.vaults import insert_candidates


def _not_hired_with_reserve(vault, clock, name: str) -> tuple[int, int]:
    """A candidate not hired a month ago who gave reserve consent then; returns (candidate, consent)."""
    ended = clock.today() - dt.timedelta(days=30)
    with vault.session() as session, session.begin():
        candidate_id = new_candidate(session, vault.candidate_keys, vault.clock, name, applied_on=ended - dt.timedelta(days=20)).id
    record_outcome(vault, candidate_id, "not_hired", ended)
    consent = give_consent(vault, candidate_id, RESERVE_PURPOSE, ended, "email", text="Yes, keep my CV")
    return candidate_id, consent.id


def _states(vault) -> dict[int, RetentionState]:
    with vault.read_session() as session:
        return {state.candidate_id: state for state in session.scalars(select(RetentionState))}


def _stale_countdowns(vault) -> list[int]:
    """Candidates whose stored deadline differs from the engine's answer for today."""
    today = vault.clock.today()
    with vault.read_session() as session:
        policy, version = active_policy(session)
        return [c.id for c in session.scalars(with_facts())
                if c.retention is None or (c.retention.due_on, c.retention.rule, c.retention.policy_version)
                != (status_of(c, policy, today).due_on, status_of(c, policy, today).rule_id, version)]


@pytest.fixture
def reserve_vault(new_vault, clock):
    """Six reserve candidates whose consent is withdrawn on days ahead (+10, +20, +30 days for
    three of them) and four plain ones; the first daily check has run."""
    vault, _ = new_vault
    withdrawals = {}
    for number, days in enumerate((10, 20, 30, None, None, None)):
        candidate_id, consent_id = _not_hired_with_reserve(vault, clock, f"Reserve {number}")
        if days is not None:
            withdraw(vault, consent_id, clock.today() + dt.timedelta(days=days))
            withdrawals[candidate_id] = clock.today() + dt.timedelta(days=days)
    with vault.session() as session, session.begin():
        for number in range(4):
            new_candidate(session, vault.candidate_keys, vault.clock, f"Plain {number}", applied_on=clock.today())
    run_daily_check(vault)
    return vault, withdrawals


def test_a_facts_change_stores_that_candidates_next_transition(new_vault, clock):
    vault, _ = new_vault
    candidate_id, consent_id = _not_hired_with_reserve(vault, clock, "Ilse Vos")
    assert _states(vault)[candidate_id].next_transition_on is None  # every date is behind us
    withdraw(vault, consent_id, clock.today() + dt.timedelta(days=12))
    assert _states(vault)[candidate_id].next_transition_on == clock.today() + dt.timedelta(days=12)
    assert _stale_countdowns(vault) == []


def test_the_daily_check_with_a_moved_clock_recomputes_exactly_the_due_candidates(reserve_vault, clock, monkeypatch):
    vault, withdrawals = reserve_vault
    before = {cid: (state.due_on, state.computed_at) for cid, state in _states(vault).items()}
    clock.advance(days=20)
    assert sorted(_stale_countdowns(vault)) == sorted(cid for cid, day in withdrawals.items() if day <= clock.today())  # control
    evaluated: list[int] = []
    real = maintenance.recompute_all

    def spy(session, clock_, ids=None, **only):
        evaluated.extend(only.get("only_ids") or ())
        return real(session, clock_, ids, **only)

    monkeypatch.setattr(maintenance, "recompute_all", spy)
    run_daily_check(vault)
    due = sorted(cid for cid, day in withdrawals.items() if day <= clock.today())
    assert sorted(evaluated) == due and len(due) == 2
    after = _states(vault)
    assert {cid for cid in after if after[cid].computed_at != before[cid][1]} == set(due)
    assert all(after[cid].due_on != before[cid][0] for cid in due)  # the withdrawal really moved their deadline
    assert _stale_countdowns(vault) == []
    # The one still ahead is picked up on its own day, and only then.
    evaluated.clear()
    clock.advance(days=9)
    run_daily_check(vault)
    assert evaluated == []
    clock.advance(days=1)
    run_daily_check(vault)
    assert evaluated == [cid for cid, day in withdrawals.items() if day == clock.today()]
    assert _stale_countdowns(vault) == []


def test_a_daily_check_after_a_policy_change_still_recomputes_everyone(reserve_vault, clock):
    vault, _ = reserve_vault
    insert_candidates(vault, 30)
    clock.advance(days=1)
    run_daily_check(vault)
    # A policy installed whose recompute never ran (the app closed half-way): the same day's
    # next check must still recompute everyone, not only the due ones.
    with vault.session() as session, session.begin():
        version = install_policy(session, vault.clock, get_preset("it1").policy, "it1")
    clock.advance(hours=1)
    assert len(_stale_countdowns(vault)) == len(_states(vault))  # control: nobody is right under the new policy
    run_daily_check(vault)
    states = _states(vault)
    assert {state.policy_version for state in states.values()} == {version}
    assert {state.computed_at for state in states.values()} == {clock.now().replace(tzinfo=None)}
    assert _stale_countdowns(vault) == []


def test_a_cancelled_policy_change_is_finished_by_the_next_check_with_progress(new_vault, clock, monkeypatch):
    vault, _ = new_vault
    monkeypatch.setattr(maintenance, "BATCH_SIZE", 10)
    insert_candidates(vault, 24)
    run_daily_check(vault)
    steps: list[tuple[int, int]] = []
    change_policy(vault, get_preset("it1").policy, "it1", progress=lambda done, total: steps.append((done, total)),
                  cancelled=lambda: len(steps) >= 1)
    assert steps == [(1, 3)]  # one batch of 10 done, then cancelled
    assert _stale_countdowns(vault)
    steps.clear()
    run_daily_check(vault, progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert _stale_countdowns(vault) == []
    steps.clear()
    run_daily_check(vault, progress=lambda done, total: steps.append((done, total)))
    assert steps == []  # computed for this policy now: nothing more to do today


def test_a_new_engine_or_firm_default_recomputes_everyone(reserve_vault, clock, monkeypatch):
    vault, _ = reserve_vault
    with vault.read_session() as session:
        recorded = settings.get(session, "retention_computed_for")
        assert recorded == countdown.countdown_basis(session)
    monkeypatch.setattr(countdown, "ENGINE_REVISION", countdown.ENGINE_REVISION + 1)
    clock.advance(hours=2)
    run_daily_check(vault)
    assert {s.computed_at for s in _states(vault).values()} == {clock.now().replace(tzinfo=None)}


def test_candidates_added_in_bulk_without_a_countdown_get_one_at_the_next_check(new_vault, clock):
    vault, _ = new_vault
    ids = insert_candidates(vault, 40)
    assert not _states(vault)
    clock.advance(days=1)
    run_daily_check(vault)
    assert set(_states(vault)) == set(ids)
    assert _stale_countdowns(vault) == []


def test_a_vault_made_at_revision_0004_gets_next_transition_days_at_its_first_check(new_vault, vault_folder, keychain, clock):
    from alembic import command

    from recruitdesk.services.vault_access import open_vault
    from recruitdesk.store import migrate

    vault, _ = new_vault
    candidate_id, consent_id = _not_hired_with_reserve(vault, clock, "Koen Claes")
    withdraw(vault, consent_id, clock.today() + dt.timedelta(days=5))
    with vault.engine.begin() as connection:  # the schema and settings as revision 0004 left them
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(retention_states)")]
        assert "next_transition_on" not in columns
        connection.exec_driver_sql("INSERT OR REPLACE INTO settings(key, value) VALUES ('daily_maintenance_on', ?)",
                                   (f'"{clock.today().isoformat()}"',))
    vault.close()

    with open_vault(vault_folder, keychain, clock) as upgraded:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.engine.connect() as connection:
            indexes = {row[1] for row in connection.exec_driver_sql("PRAGMA index_list(retention_states)")}
        assert "ix_retention_states_next_transition_on" in indexes
        assert _states(upgraded)[candidate_id].next_transition_on is None  # the migration cannot run the engine
        run_daily_check(upgraded)  # the same day: the day's work was done, but not for this basis
        assert _states(upgraded)[candidate_id].next_transition_on == clock.today() + dt.timedelta(days=5)
        with upgraded.read_session() as session:
            assert settings.get(session, "retention_computed_for") == countdown.countdown_basis(session)
