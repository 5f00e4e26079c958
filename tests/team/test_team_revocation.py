"""Revoking a member on a real PostgreSQL server: the team key rotates, their device opens nothing new."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from recruitdesk.team import membership
from recruitdesk.team.candidates import PersonalFields, StaleTeamKeys, add_candidate, read_candidate, search
from recruitdesk.team.fields import decrypt_text
from recruitdesk.team.key_hierarchy import EpochRetired
from recruitdesk.team.revocation import CannotRevokeSelf, revoke_member
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import candidates, team_key_wraps
from recruitdesk.vault.keychain import MemoryKeychain

BEFORE = PersonalFields("Sofie Vermeulen", "sofie@example.be", "Payroll officer")
AFTER = PersonalFields("Thomas Wouters", "thomas@example.be", "Payroll manager")


def _join(engine, admin, keychain, role, clock):
    member_id = membership.add_member(engine, admin, membership.new_device_key(keychain, admin.keys.team_id), role, "Member", clock)
    return membership.open_as_member(engine, keychain, member_id)


def test_a_revoked_device_opens_nothing_new_while_the_others_carry_on(team_engine, keychain, second_keychain, clock):
    admin, recovery_text = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    leaver_keychain = MemoryKeychain()
    colleague = _join(team_engine, admin, second_keychain, Role.RECRUITER, clock)
    leaver = _join(team_engine, admin, leaver_keychain, Role.RECRUITER, clock)
    sofie = add_candidate(team_engine, admin, BEFORE, clock)
    assert read_candidate(team_engine, leaver, sofie).personal == BEFORE
    with team_engine.connect() as connection:
        kept_copy = connection.execute(select(candidates).where(candidates.c.candidate_id == sofie)).one()

    admin = revoke_member(team_engine, admin, leaver.member_id, clock)
    thomas = add_candidate(team_engine, admin, AFTER, clock)

    with pytest.raises(membership.NotAMember):
        membership.open_as_member(team_engine, leaver_keychain, leaver.member_id)
    with pytest.raises(StaleTeamKeys):  # a client still open from before the rotation must reopen
        add_candidate(team_engine, colleague, AFTER, clock)
    for other in (membership.open_as_member(team_engine, second_keychain, colleague.member_id),
                  membership.open_with_recovery(team_engine, recovery_text), admin):
        assert other.keys.generation == 2
        assert read_candidate(team_engine, other, sofie).personal == BEFORE
        assert read_candidate(team_engine, other, thomas).personal == AFTER
        assert search(team_engine, other, "payroll") == sorted([sofie, thomas])

    # The keys the leaver still holds in memory open nothing on the server any more...
    with pytest.raises(EpochRetired):
        read_candidate(team_engine, leaver, thomas)
    with pytest.raises(EpochRetired):
        read_candidate(team_engine, leaver, sofie)
    assert search(team_engine, leaver, "payroll") == []  # every token was recomputed under the new search key
    # ...but what they copied while a member stays readable to them: the documented limit.
    old_key = leaver.keys.candidate_key(sofie, kept_copy.epoch_id, kept_copy.wrapped_key)
    assert decrypt_text(old_key, leaver.keys.team_id, sofie, "name", kept_copy.name_sealed) == BEFORE.full_name

    with team_engine.connect() as connection:
        wraps = connection.execute(select(team_key_wraps.c.generation, team_key_wraps.c.holder)).all()
    assert sorted(wraps) == sorted([(2, "recovery"), (2, f"member:{admin.member_id}"), (2, f"member:{colleague.member_id}")])


def test_only_an_admin_revokes_and_never_their_own_device(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    dpo = _join(team_engine, admin, second_keychain, Role.DPO, clock)
    with pytest.raises(NotAllowed):
        revoke_member(team_engine, dpo, admin.member_id, clock)
    with pytest.raises(CannotRevokeSelf):
        revoke_member(team_engine, admin, admin.member_id, clock)
    assert membership.open_as_member(team_engine, second_keychain, dpo.member_id).keys.generation == 1
