"""The team's audit chain: each candidate write names its member, and a changed or missing entry is detected."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from recruitdesk.team import audit, membership
from recruitdesk.team.candidates import PersonalFields, add_candidate, erase_candidate, update_candidate
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
