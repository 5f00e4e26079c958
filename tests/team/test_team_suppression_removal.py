"""Removing an entry from the team's suppression list (``team.suppression.remove_entry``, revision t012).

A removed entry no longer matches, under the team's own key and under a key carried in by
``vault migrate``; the written reason is sealed under the firm key (a pg_dump holds no trace of
it); the removal is audited naming the member; only an administrator removes, refused by the
client and, for a modified client, by the server; a later request for the person adds them again.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from recruitdesk.errors import TeamServerRefusedWrite
from recruitdesk.identifiers import digests_under
from recruitdesk.team import audit, enrolment, membership, server_roles, suppression
from recruitdesk.team import candidates as candidates_module
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import suppression as suppression_table
from recruitdesk.vault.keychain import MemoryKeychain

REASON = "Mevrouw Verhaegen gaf opnieuw toestemming per brief"
RECEIVED = dt.date(2026, 2, 1)


@pytest.fixture
def team(team_engine, keychain, second_keychain, logins, clock):
    """An admin, a recruiter and a DPO, each connected with a login of their own role's group."""
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    server_roles.install(team_engine, admin.keys.team_id)
    members = {Role.ADMIN: (admin, team_engine)}
    for role, name in ((Role.RECRUITER, "Rik"), (Role.DPO, "Dora")):
        login, engine = logins(role.value)
        server_roles.assign(team_engine, admin.keys.team_id, login, role)
        code = enrolment.invite(team_engine, admin, name, role, clock).code
        members[role] = (enrolment.redeem(engine, MemoryKeychain(), code, clock), engine)
    return members


def _suppress(engine, member, email: str, clock) -> None:
    with engine.begin() as connection:
        suppression.suppress(connection, member, email, None, suppression.OBJECTION, None, RECEIVED, clock)


def _matches(engine, member, email: str) -> bool:
    with engine.connect() as connection:
        return suppression.is_suppressed(connection, member, email, None) is not None


def _only_entry(engine, member) -> suppression.ListedEntry:
    [entry] = suppression.list_entries(engine, member)
    return entry


def test_a_removed_entry_no_longer_matches_keeps_its_history_and_is_audited_with_the_member(team, clock, postgres_server):
    admin, engine = team[Role.ADMIN]
    recruiter, recruiter_engine = team[Role.RECRUITER]
    _suppress(recruiter_engine, recruiter, "objector@example.be", clock)  # a recruiter completing a request adds to the list
    assert _matches(engine, admin, "Objector@example.be")  # control: on the list before
    entry = _only_entry(engine, admin)
    assert (entry.kind, entry.basis, entry.basis_on, entry.removed_at) == ("email", suppression.OBJECTION, RECEIVED, None)
    clock.advance(days=3)
    suppression.remove_entry(engine, admin, entry.entry_id, f"  {REASON}  ", clock)
    assert not _matches(engine, admin, "objector@example.be")
    assert not _matches(recruiter_engine, recruiter, "objector@example.be")
    assert suppression.list_entries(engine, admin) == []
    [removed] = suppression.list_entries(engine, admin, include_removed=True)
    assert (removed.entry_id, removed.removed_at, removed.removed_by, removed.reason) == (
        entry.entry_id, clock.now(), audit.actor_of(admin), REASON)
    last = audit.entries(engine)[-1]
    assert (last.action, last.actor, last.detail, last.record_id, last.candidate_id) == (
        suppression.REMOVED, audit.actor_of(admin), suppression.OBJECTION, entry.entry_id, None)
    with pytest.raises(suppression.SuppressionEntryGone):  # removed once: nothing more to remove
        suppression.remove_entry(engine, admin, entry.entry_id, REASON, clock)
    # The reason is sealed: neither a raw row nor a dump of the cluster holds it.
    with engine.connect() as connection:
        raw = connection.execute(select(suppression_table)).one()
    assert REASON.encode() not in repr(tuple(raw)).encode() and b"Verhaegen" not in raw.removed_sealed
    assert b"Verhaegen" not in postgres_server.dump_of_all()
    # A later request for the same person puts them back, as a new entry; the removed one stays.
    _suppress(recruiter_engine, recruiter, "objector@example.be", clock)
    assert _matches(engine, admin, "objector@example.be")
    assert len(suppression.list_entries(engine, admin, include_removed=True)) == 2


def test_a_removal_needs_a_written_reason(team, clock):
    admin, engine = team[Role.ADMIN]
    _suppress(engine, admin, "objector@example.be", clock)
    entry = _only_entry(engine, admin)
    for reason in ("", "   ", "ok"):
        with pytest.raises(ValueError):
            suppression.remove_entry(engine, admin, entry.entry_id, reason, clock)
    assert _matches(engine, admin, "objector@example.be")


def test_an_entry_under_a_carried_key_is_removed_too(team, clock):
    admin, engine = team[Role.ADMIN]
    local_key = bytes(range(32))
    [(kind, digest)] = digests_under(local_key, "carried@example.be")
    with engine.begin() as connection:
        suppression.carry_in(connection, admin, local_key, ("BE", "NL"),
                             [suppression.CarriedEntry(digest, kind, suppression.MANUAL, RECEIVED, None)], clock)
    assert _matches(engine, admin, "carried@example.be")
    entry = _only_entry(engine, admin)
    assert entry.carried and entry.basis == suppression.MANUAL
    suppression.remove_entry(engine, admin, entry.entry_id, REASON, clock)
    assert not _matches(engine, admin, "carried@example.be")
    with engine.connect() as connection:  # and a migration back to a local vault leaves it behind
        assert suppression.entries_by_key(connection, admin) == []


@pytest.fixture
def modified_client(monkeypatch):
    """A client that claims a role and never asks the server which one it has."""
    monkeypatch.setattr(candidates_module, "require_current_role", lambda connection, team: None)


@pytest.mark.parametrize("role", [Role.RECRUITER, Role.DPO])
def test_only_an_administrator_removes_a_modified_client_is_refused_by_the_server(team, role, modified_client, clock):
    admin, engine = team[Role.ADMIN]
    member, member_engine = team[role]
    _suppress(engine, admin, "objector@example.be", clock)
    entry = _only_entry(member_engine, member)  # every member sees the list
    with pytest.raises(NotAllowed):  # the client's own check first
        suppression.remove_entry(member_engine, member, entry.entry_id, REASON, clock)
    liar = OpenTeam(member.keys, member.member_id, Role.ADMIN)
    with pytest.raises(TeamServerRefusedWrite):
        suppression.remove_entry(member_engine, liar, entry.entry_id, REASON, clock)
    with pytest.raises(ProgrammingError) as raw, member_engine.begin() as connection:  # nor a plain DELETE
        connection.execute(text('DELETE FROM "team_suppression"'))
    assert "permission denied" in str(raw.value)
    assert _matches(engine, admin, "objector@example.be")
    suppression.remove_entry(engine, admin, entry.entry_id, REASON, clock)  # control: the admin's login removes it
    assert not _matches(member_engine, member, "objector@example.be")
