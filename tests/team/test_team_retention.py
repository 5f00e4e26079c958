"""Retention in a team vault on a real PostgreSQL server: every candidate's countdown computed by the
local vault's engine from sealed facts and the team's policy, kept current by consents, fact changes,
policy changes and one daily check per team, and carried unchanged both ways by ``vault migrate``."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from recruitdesk.retention import engine as retention_engine
from recruitdesk.retention.facts import CandidateFacts, ConsentFacts, ProcedureFacts
from recruitdesk.retention.presets import PRESETS, get_preset
from recruitdesk.services import team_vault
from recruitdesk.services.candidates import add_candidate as add_local_candidate
from recruitdesk.services.consents import give_consent
from recruitdesk.services.countdown import load_candidate, status_of
from recruitdesk.services.retention import set_legal_hold
from recruitdesk.services.vault_access import open_vault
from recruitdesk.services.vault_migration import migrate_to_local, migrate_to_team
from recruitdesk.team import daily_check, membership
from recruitdesk.team import retention as team_retention
from recruitdesk.team.candidates import PersonalFields, VersionConflict, add_candidate, read_candidate
from recruitdesk.team.change_feed import ChangeListener, PolicyChange, parse
from recruitdesk.team.consents import ConsentTerms, add_consent, consents_of, update_consent
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import candidates

RESERVE = "recruitment_reserve"
HOLD_REASON = "Tribunal case Ghent 2026/4471 (Verhoeven)"


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _recovery = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    team_retention.set_policy(team_engine, team, get_preset("nl-ap").policy, "nl-ap", clock)
    return team


def _expected(facts: CandidateFacts, preset: str, today: dt.date) -> dt.date | None:
    return retention_engine.evaluate(facts, get_preset(preset).policy, today).due_on


def _stored(engine, candidate_id):
    with engine.connect() as connection:
        return connection.execute(select(candidates.c.deadline, candidates.c.next_change, candidates.c.policy_version)
                                  .where(candidates.c.candidate_id == candidate_id)).one()


def _join(engine, admin, keychain, role, clock):
    member_id = membership.add_member(engine, admin, membership.new_device_key(keychain, admin.keys.team_id), role, "Colleague", clock)
    return membership.open_as_member(engine, keychain, member_id)


def test_every_added_candidate_has_the_countdown_the_local_engine_computes(team_engine, admin, clock):
    today = clock.today()
    plain = add_candidate(team_engine, admin, PersonalFields("Anna Peeters"), clock)
    hired = CandidateFacts(created_on=today, applied_on=today - dt.timedelta(days=40),
                           procedures=(ProcedureFacts("hired", today - dt.timedelta(days=40), today - dt.timedelta(days=3)),))
    with_facts = add_candidate(team_engine, admin, PersonalFields("Bram Maes"), clock, hired)

    assert _stored(team_engine, plain).deadline == _expected(CandidateFacts(created_on=today, applied_on=today), "nl-ap", today)
    assert _stored(team_engine, with_facts).deadline == _expected(hired, "nl-ap", today)
    assert _stored(team_engine, with_facts).deadline != _stored(team_engine, plain).deadline  # the facts matter (control)
    assert _stored(team_engine, plain).policy_version == 1
    with team_engine.connect() as connection:
        assert connection.scalar(select(candidates.c.candidate_id).where(candidates.c.deadline.is_(None))) is None


def test_facts_are_sealed_and_a_change_recomputes_with_the_version_check(team_engine, admin, keychain, clock):
    today = clock.today()
    candidate_id = add_candidate(team_engine, admin, PersonalFields("Carla Verhoeven"), clock)
    facts, version = team_retention.facts_of(team_engine, admin, candidate_id)
    held = CandidateFacts(created_on=facts.created_on, applied_on=facts.applied_on, legal_hold_reason=HOLD_REASON)
    saved = team_retention.record_facts(team_engine, admin, candidate_id, version, held, clock)

    assert saved == version + 1  # the facts' own version; the candidate's record version stays (their name was not edited)
    assert read_candidate(team_engine, admin, candidate_id).version == 1
    assert _stored(team_engine, candidate_id).deadline is None  # a legal hold stops the clock, as in the local vault
    assert team_retention.status_of(team_engine, admin, candidate_id, today).kind == retention_engine.LEGAL_HOLD
    assert team_retention.facts_of(team_engine, admin, candidate_id)[0].legal_hold_reason == HOLD_REASON
    with pytest.raises(VersionConflict):  # a colleague still holding the old version
        team_retention.record_facts(team_engine, admin, candidate_id, version, facts, clock)

    dump = _table_bytes(team_engine)
    assert b"Tribunal" not in dump and b"4471" not in dump
    assert b"Tribunal" in _table_bytes(team_engine, plaintext=HOLD_REASON)  # the scan finds the reason in plaintext (control)


def _table_bytes(engine, plaintext: str | None = None) -> bytes:
    with engine.begin() as connection:
        if plaintext is not None:
            connection.execute(text("CREATE TEMPORARY TABLE plain_control (reason text)"))
            connection.execute(text("INSERT INTO plain_control VALUES (:reason)"), {"reason": plaintext})
            rows = connection.execute(text("SELECT reason FROM plain_control")).all()
        else:
            rows = connection.execute(text("SELECT * FROM team_candidates")).all()
    return repr(rows).encode() + b"".join(bytes(value) for row in rows for value in row if isinstance(value, (bytes, memoryview)))


def test_a_reserve_consent_moves_the_countdown_and_its_withdrawal_moves_it_back(team_engine, admin, clock):
    today = clock.today()
    not_hired = CandidateFacts(created_on=today, applied_on=today - dt.timedelta(days=30),
                               procedures=(ProcedureFacts("not_hired", today - dt.timedelta(days=30), today),))
    candidate_id = add_candidate(team_engine, admin, PersonalFields("Dirk Claes"), clock, not_hired)
    before = _stored(team_engine, candidate_id).deadline
    assert before == _expected(not_hired, "nl-ap", today)

    consent_id = add_consent(team_engine, admin, candidate_id, ConsentTerms(RESERVE, today, "email", "Keep my CV for a year"), clock)
    with_reserve = CandidateFacts(created_on=today, applied_on=not_hired.applied_on, procedures=not_hired.procedures,
                                  consents=(ConsentFacts(RESERVE, today),))
    assert _stored(team_engine, candidate_id).deadline == _expected(with_reserve, "nl-ap", today) != before

    [consent] = consents_of(team_engine, admin, candidate_id)
    withdrawn = ConsentTerms(RESERVE, today, "email", "Keep my CV for a year", withdrawn_on=today)
    update_consent(team_engine, admin, consent_id, consent.version, withdrawn, clock)
    ended = CandidateFacts(created_on=today, applied_on=not_hired.applied_on, procedures=not_hired.procedures,
                           consents=(ConsentFacts(RESERVE, today, withdrawn_on=today),))
    assert _stored(team_engine, candidate_id).deadline == _expected(ended, "nl-ap", today)


def test_the_daily_check_runs_once_per_team_and_recomputes_only_what_is_due(team_engine, admin, keychain, second_keychain, clock):
    today = clock.today()
    later = today + dt.timedelta(days=10)
    rejected = CandidateFacts(created_on=today, applied_on=today - dt.timedelta(days=30),
                              procedures=(ProcedureFacts("not_hired", today - dt.timedelta(days=30), today),))
    due_later = add_candidate(team_engine, admin, PersonalFields("Els Wouters"), clock, rejected)
    # In the reserve until the consent's withdrawal, recorded ahead, takes effect in 10 days.
    add_consent(team_engine, admin, due_later, ConsentTerms(RESERVE, today, "email", withdrawn_on=later), clock)
    scheduled = CandidateFacts(created_on=today, applied_on=rejected.applied_on, procedures=rejected.procedures,
                               consents=(ConsentFacts(RESERVE, today, withdrawn_on=later),))
    settled = add_candidate(team_engine, admin, PersonalFields("Frank Jacobs"), clock)
    assert _stored(team_engine, due_later).next_change == later
    deadline_before = _stored(team_engine, due_later).deadline

    colleague = _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)
    first = team_retention.run_check(team_engine, admin, clock)
    assert (first.outcome, first.recomputed) == (daily_check.Outcome.RAN, 0)  # nothing due today
    assert team_retention.run_check(team_engine, colleague, clock).outcome == daily_check.Outcome.DONE_TODAY

    clock.advance(days=10)
    result = team_retention.run_check(team_engine, colleague, clock)
    assert (result.outcome, result.recomputed) == (daily_check.Outcome.RAN, 1)  # only the candidate whose day came
    assert _stored(team_engine, due_later).deadline == _expected(scheduled, "nl-ap", clock.today()) != deadline_before
    assert _stored(team_engine, settled).next_change is None


def test_a_policy_change_is_an_admins_and_recomputes_everyone(team_engine, admin, keychain, second_keychain, clock):
    ids = [add_candidate(team_engine, admin, PersonalFields(f"Greet Peeters{n}"), clock) for n in range(3)]
    colleague = _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)
    today = clock.today()
    default = CandidateFacts(created_on=today, applied_on=today)
    # a preset under which these candidates' deadline differs, so the recomputation shows (control)
    other = next(name for name in PRESETS if _expected(default, name, today) != _expected(default, "nl-ap", today))
    with pytest.raises(NotAllowed):
        team_retention.set_policy(team_engine, colleague, get_preset(other).policy, other, clock)

    version = team_retention.set_policy(team_engine, admin, get_preset(other).policy, other, clock)
    assert version == 2 and team_retention.active_policy(team_engine)[1:] == (2, other)
    assert team_retention.recompute_due(team_engine, colleague, clock) == 3
    for candidate_id in ids:
        stored = _stored(team_engine, candidate_id)
        assert stored.policy_version == 2
        assert stored.deadline == _expected(default, other, today)
    assert team_retention.recompute_due(team_engine, colleague, clock) == 0  # now current


def test_a_policy_applied_recomputes_everyone_then_tells_the_other_members_windows(team_engine, admin, clock):
    """The notice comes once the deadlines are the new policy's: a window reloading at it reads them."""
    today = clock.today()
    ids = [add_candidate(team_engine, admin, PersonalFields(f"Greet Peeters{n}"), clock) for n in range(2)]
    default = CandidateFacts(created_on=today, applied_on=today)
    other = next(name for name in PRESETS if _expected(default, name, today) != _expected(default, "nl-ap", today))
    listener = ChangeListener(team_engine)
    try:
        version, recomputed = team_retention.apply_policy(team_engine, admin, get_preset(other).policy, other, clock)
        assert (version, recomputed) == (2, 2)
        assert list(listener.changes(timeout=5, stop_after=1)) == [PolicyChange(2)]
        assert list(listener.changes(timeout=0.3)) == []  # one notice for the whole change
    finally:
        listener.close()
    assert {_stored(team_engine, candidate_id).deadline for candidate_id in ids} == {_expected(default, other, today)}
    assert parse("policy:2") == PolicyChange(2) and parse("policy:x") is None


def test_a_team_vault_is_created_with_the_chosen_preset(team_engine, keychain, clock, tmp_path):
    url = team_engine.url.render_as_string(hide_password=False)
    team_vault.create_team_vault(tmp_path / "team", url, "Admin Aline", keychain, clock, preset="nl-ap")
    assert team_retention.active_policy(team_engine) == (get_preset("nl-ap").policy, 1, "nl-ap")


def test_countdowns_survive_a_copy_to_the_team_and_back(new_vault, vault_folder, keychain, clock, team_engine, tmp_path):
    vault, _ = new_vault
    today = clock.today()
    applied = add_local_candidate(vault, "Hanne Willems", applied_on=today - dt.timedelta(days=20))
    reserve = add_local_candidate(vault, "Ivo De Smet", applied_on=today - dt.timedelta(days=50))
    give_consent(vault, reserve, RESERVE, today - dt.timedelta(days=5), "email", text="Keep my CV")
    held = add_local_candidate(vault, "Jana Mertens", applied_on=today - dt.timedelta(days=90))
    set_legal_hold(vault, held, HOLD_REASON)
    with vault.read_session() as session:
        from recruitdesk.services.countdown import active_policy

        policy, _ = active_policy(session)
        local = {load_candidate(session, i).full_name: status_of(load_candidate(session, i), policy, today).due_on
                 for i in (applied, reserve, held)}
    assert local["Jana Mertens"] is None and local["Hanne Willems"] != local["Ivo De Smet"]  # three different clocks (control)

    url = team_engine.url.render_as_string(hide_password=False)
    migrate_to_team(vault, tmp_path / "team", url, "Admin Aline", keychain, clock)
    vault.close()
    with team_vault.opened_team(tmp_path / "team", keychain) as (engine, team):
        with engine.connect() as connection:
            rows = connection.execute(select(candidates.c.candidate_id, candidates.c.deadline)).all()
        in_team = {read_candidate(engine, team, candidate_id).personal.full_name: deadline for candidate_id, deadline in rows}
    assert in_team == local

    migrate_to_local(tmp_path / "team", keychain, tmp_path / "back", clock)
    with open_vault(tmp_path / "back", keychain, clock) as copy, copy.read_session() as session:
        from recruitdesk.services.countdown import active_policy as local_policy

        policy, _ = local_policy(session)
        ids = [candidate.id for candidate in session.scalars(select(candidates_local()))]
        back = {load_candidate(session, i).full_name: status_of(load_candidate(session, i), policy, today).due_on for i in ids}
        reasons = {load_candidate(session, i).full_name: (load_candidate(session, i).retention.legal_hold_reason
                                                          if load_candidate(session, i).retention else None) for i in ids}
    assert back == local
    assert reasons["Jana Mertens"] == HOLD_REASON


def candidates_local():
    from recruitdesk.store.models import Candidate

    return Candidate
