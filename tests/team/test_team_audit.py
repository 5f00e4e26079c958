"""The team's audit chain: each candidate write names its member, and a changed or missing entry is detected."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from recruitdesk.team import audit, membership
from recruitdesk.team.candidates import PersonalFields, add_candidate, update_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.key_hierarchy import RECOVERY_HOLDER, member_holder
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import audit as audit_table

NELE = PersonalFields("Nele Peeters", "nele@example.org", "Nurse")


def test_every_write_names_the_acting_member_or_the_recovery_kit(team_engine, keychain, second_keychain, clock):
    admin, recovery_text = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    colleague = membership.open_as_member(team_engine, second_keychain, membership.add_member(
        team_engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id), Role.RECRUITER, "Colleague", clock))
    recovered = membership.open_with_recovery(team_engine, recovery_text)

    candidate_id = add_candidate(team_engine, admin, NELE, clock)
    update_candidate(team_engine, colleague, candidate_id, 1, PersonalFields("Nele Peeters", cv_text="Head nurse"), clock)
    erase_candidate(team_engine, recovered, candidate_id, clock)

    entries = audit.entries(team_engine)
    assert [(entry.actor, entry.action, entry.candidate_id, entry.version) for entry in entries] == [
        (member_holder(admin.member_id), audit.MEMBER_JOINED, None, None),  # the colleague's device added by the admin
        (member_holder(admin.member_id), audit.ADDED, candidate_id, 1),
        (member_holder(colleague.member_id), audit.UPDATED, candidate_id, 2),
        (RECOVERY_HOLDER, audit.ERASED, candidate_id, None),
    ]
    assert (entries[0].member_id, entries[0].detail) == (colleague.member_id, "recruiter")
    assert all(entry.at == clock.now() for entry in entries)


@pytest.mark.parametrize("tamper", ["altered actor", "deleted entry"])
def test_an_altered_or_deleted_entry_breaks_the_chain(team_engine, keychain, second_keychain, clock, tamper):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    candidate_id = add_candidate(team_engine, admin, NELE, clock)
    for version in (1, 2, 3):
        update_candidate(team_engine, admin, candidate_id, version, NELE, clock)
    assert len(audit.entries(team_engine)) == 4
    with team_engine.begin() as connection:
        if tamper == "altered actor":
            connection.execute(update(audit_table).where(audit_table.c.entry_id == 2).values(actor="member:someone-else"))
        else:
            connection.execute(delete(audit_table).where(audit_table.c.entry_id == 3))
    with pytest.raises(audit.AuditChainBroken) as caught:
        audit.entries(team_engine)
    assert caught.value.entry_id in (2, 3)


def test_reading_the_chain_shows_every_entry_and_where_a_tampered_one_breaks_it(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    colleague = membership.open_as_member(team_engine, second_keychain, membership.add_member(
        team_engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id), Role.RECRUITER, "Colleague", clock))
    candidate_id = add_candidate(team_engine, colleague, NELE, clock)
    update_candidate(team_engine, admin, candidate_id, 1, NELE, clock)
    whole = audit.read_chain(team_engine)
    assert whole.intact and [entry.entry_id for entry in whole.entries] == [1, 2, 3]
    own = audit.chain_for(team_engine, colleague)
    assert own.intact and [entry.action for entry in own.entries] == [audit.ADDED]  # a recruiter's own actions
    assert len(audit.chain_for(team_engine, admin).entries) == 3

    with team_engine.begin() as connection:  # the version of entry 3 changed, its hash left as it was
        connection.execute(update(audit_table).where(audit_table.c.entry_id == 3).values(version=7))
    tampered = audit.read_chain(team_engine)
    assert tampered.broken_at == 3 and not tampered.intact and len(tampered.entries) == 3
    assert audit.chain_for(team_engine, colleague).broken_at == 3  # a recruiter learns it too
    with pytest.raises(audit.AuditChainBroken):
        audit.entries(team_engine)
