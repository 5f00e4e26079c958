"""Roles enforced twice: the client refuses a DPO's writes, and the server refuses them from a modified client.

Each member connects with a database login of their own in their role's group
(``server_roles``). A "malicious" DPO client is simulated by an open team that claims another
role and a client that skips its check of the role on the server, so every client-side check
lets the statement through and PostgreSQL must refuse it.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import ProgrammingError

from recruitdesk import i18n
from recruitdesk.errors import TeamServerRefusedWrite
from recruitdesk.team import audit, daily_check, enrolment, epochs, member_admin, membership, server_roles
from recruitdesk.team.candidates import PersonalFields, add_candidate, read_candidate, search, update_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team import candidates as candidates_module
from recruitdesk.team import revocation as revocation_module
from recruitdesk.team import erasure as erasure_module
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.revocation import start_revocation
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import audit as audit_table, candidates, members
from recruitdesk.vault.keychain import MemoryKeychain

ANNA = PersonalFields("Anna De Smet", "anna@example.be", "Controller, Antwerpen")


def _translated(error) -> None:
    english = error.message()
    try:
        for language, polite in (("nl", r"\buw?\b"), ("fr", r"\b(vous|votre|vos)\b")):
            i18n.set_language(language)
            assert error.message() != english and re.search(polite, error.message(), re.IGNORECASE)
    finally:
        i18n.set_language("en")


@pytest.fixture
def team(team_engine, keychain, second_keychain, logins, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    server_roles.install(team_engine, admin.keys.team_id)
    anna = add_candidate(team_engine, admin, ANNA, clock)
    dpo_login, dpo_engine = logins("dpo")
    server_roles.assign(team_engine, admin.keys.team_id, dpo_login, Role.DPO)
    code = enrolment.invite(team_engine, admin, "Dora DPO", Role.DPO, clock).code
    dpo = enrolment.redeem(dpo_engine, second_keychain, code, clock)  # the DPO's own login is enough to join
    return admin, dpo, dpo_engine, anna


def test_a_dpo_reads_but_every_write_is_refused_by_the_client_with_a_translated_message(team_engine, team, clock):
    admin, dpo, dpo_engine, anna = team
    assert read_candidate(dpo_engine, dpo, anna).personal == ANNA
    assert search(dpo_engine, dpo, "controller") == [anna]
    assert [entry.action for entry in audit.entries_for(dpo_engine, dpo)][-2:] == [audit.MEMBER_INVITED, audit.MEMBER_JOINED]
    refused = [
        lambda: add_candidate(dpo_engine, dpo, ANNA, clock),
        lambda: update_candidate(dpo_engine, dpo, anna, 1, ANNA, clock),
        lambda: erase_candidate(dpo_engine, dpo, anna, clock),
        lambda: enrolment.invite(dpo_engine, dpo, "Friend", Role.RECRUITER, clock),
        lambda: member_admin.change_role(dpo_engine, dpo, dpo.member_id, Role.ADMIN, clock),
        lambda: start_revocation(dpo_engine, dpo, admin.member_id, clock),
        lambda: epochs.start_epoch(dpo_engine, dpo, clock),
        lambda: daily_check.run_daily_check(dpo_engine, dpo, clock, lambda: None),
    ]
    for attempt in refused:
        with pytest.raises(NotAllowed) as caught:
            attempt()
        assert caught.value.role == Role.DPO
        _translated(caught.value)
    assert "data protection officer" in caught.value.message()
    assert len(audit.entries(team_engine)) == 3  # nothing was written after: added, invited, joined


@pytest.fixture
def modified_client(monkeypatch):
    """A client whose every role check is gone: it claims a role and never asks the server which one it has."""
    for module in (candidates_module, erasure_module, revocation_module):
        monkeypatch.setattr(module, "require_current_role", lambda connection, team: None)


def test_a_modified_dpo_client_is_refused_by_the_server(team_engine, team, modified_client, clock):
    admin, dpo, dpo_engine, anna = team
    liar = OpenTeam(dpo.keys, dpo.member_id, Role.ADMIN)  # the client's own check is bypassed
    for attempt in (lambda: add_candidate(dpo_engine, liar, ANNA, clock),
                    lambda: update_candidate(dpo_engine, liar, anna, 1, PersonalFields("Someone else"), clock),
                    lambda: erase_candidate(dpo_engine, liar, anna, clock),
                    lambda: member_admin.change_role(dpo_engine, liar, dpo.member_id, Role.ADMIN, clock),
                    lambda: start_revocation(dpo_engine, liar, admin.member_id, clock),
                    lambda: epochs.start_epoch(dpo_engine, liar, clock)):
        with pytest.raises(TeamServerRefusedWrite) as caught:
            attempt()
        assert caught.value.__cause__ is None and "UPDATE" not in caught.value.message()
    _translated(caught.value)
    for statement in (update(audit_table).values(actor="member:someone-else"), delete(audit_table),
                      update(members).values(role="admin"), delete(candidates)):
        with pytest.raises(ProgrammingError) as raw:
            with dpo_engine.begin() as connection:
                connection.execute(statement)
        assert "permission denied" in str(raw.value)
    assert read_candidate(team_engine, admin, anna).personal == ANNA and read_candidate(team_engine, admin, anna).version == 1
    roles = {member.member_id: member.role for member in member_admin.list_members(team_engine, admin)}
    assert roles[dpo.member_id] == Role.DPO
    assert len(audit.entries(team_engine)) == 3  # the chain is whole and nothing was appended


def test_a_recruiter_login_works_with_candidates_but_cannot_rewrite_the_audit_or_the_members(team_engine, team, logins,
                                                                                             modified_client, clock):
    admin, _, _, anna = team
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    recruiter = enrolment.redeem(engine, MemoryKeychain(), enrolment.invite(team_engine, admin, "Rik", Role.RECRUITER, clock).code, clock)
    assert update_candidate(engine, recruiter, anna, 1, PersonalFields("Anna De Smet", cv_text="Controller, Gent"), clock) == 2
    added = add_candidate(engine, recruiter, ANNA, clock)
    erase_candidate(engine, recruiter, added, clock)
    for statement in (update(audit_table).values(actor="member:someone-else"), delete(audit_table),
                      update(members).values(role="admin")):
        with pytest.raises(ProgrammingError) as raw:
            with engine.begin() as connection:
                connection.execute(statement)
        assert "permission denied" in str(raw.value)
    liar = OpenTeam(recruiter.keys, recruiter.member_id, Role.ADMIN)
    with pytest.raises(TeamServerRefusedWrite):
        member_admin.change_role(engine, liar, recruiter.member_id, Role.ADMIN, clock)
    # Control: the same role change by the admin's (owner) login goes through.
    member_admin.change_role(team_engine, admin, recruiter.member_id, Role.ADMIN, clock)
    assert [entry.action for entry in audit.entries(team_engine)][-1] == audit.ROLE_CHANGED


def test_only_an_admins_login_may_write_the_firm_profile_a_modified_recruiter_client_is_refused(team_engine, team, logins,
                                                                                                 modified_client, clock):
    from recruitdesk.team import firm_profile

    admin, dpo, dpo_engine, _anna = team
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    recruiter = enrolment.redeem(engine, MemoryKeychain(), enrolment.invite(team_engine, admin, "Rik", Role.RECRUITER, clock).code, clock)
    profile = firm_profile.FirmProfile("Acme Recruiting BV", "privacy@acme.example")
    with pytest.raises(NotAllowed):  # the client's own check first
        firm_profile.save_profile(engine, recruiter, 0, profile, clock)
    for liar, liar_engine in ((OpenTeam(recruiter.keys, recruiter.member_id, Role.ADMIN), engine),
                              (OpenTeam(dpo.keys, dpo.member_id, Role.ADMIN), dpo_engine)):
        with pytest.raises(TeamServerRefusedWrite):
            firm_profile.save_profile(liar_engine, liar, 0, profile, clock)
    assert firm_profile.read_profile(engine, recruiter).version == 0
    # Control: the admin's login saves it, and the recruiter's and the DPO's logins read it.
    assert firm_profile.save_profile(team_engine, admin, 0, profile, clock) == 1
    assert firm_profile.read_profile(engine, recruiter).profile == firm_profile.read_profile(dpo_engine, dpo).profile == profile


def test_every_login_checks_the_carried_suppression_keys_but_only_an_admins_may_add_one(team_engine, team, logins, clock):
    """The keys ``vault migrate`` carries in with a local vault's suppression list: read by every
    member's import check, written by an administrator's migration only."""
    import datetime as dt

    from recruitdesk.identifiers import digests_under
    from recruitdesk.team import suppression

    admin, dpo, dpo_engine, _anna = team
    login, engine = logins("recruiter")
    server_roles.assign(team_engine, admin.keys.team_id, login, Role.RECRUITER)
    recruiter = enrolment.redeem(engine, MemoryKeychain(), enrolment.invite(team_engine, admin, "Rik", Role.RECRUITER, clock).code, clock)
    local_key = bytes(range(32))
    [(kind, digest)] = digests_under(local_key, "objector@example.be")
    entry = suppression.CarriedEntry(digest, kind, suppression.OBJECTION, dt.date(2026, 2, 1), None)
    with pytest.raises(ProgrammingError) as raw, engine.begin() as connection:
        suppression.carry_in(connection, recruiter, local_key, ("BE", "NL"), [entry], clock)
    assert "permission denied" in str(raw.value)
    with team_engine.begin() as connection:  # control: the admin's (owner) login adds it
        assert suppression.carry_in(connection, admin, local_key, ("BE", "NL"), [entry], clock) == 1
    hit = suppression.SuppressionHit(suppression.OBJECTION, dt.date(2026, 2, 1))
    for member, member_engine in ((recruiter, engine), (dpo, dpo_engine)):
        with member_engine.connect() as connection:
            assert suppression.is_suppressed(connection, member, "Objector@example.be", None) == hit
            assert suppression.is_suppressed(connection, member, "someone.else@example.be", None) is None
