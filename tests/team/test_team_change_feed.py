"""Live refresh: a member's committed writes reach another member's LISTEN connection, refused ones do not."""

from __future__ import annotations

import uuid

import pytest

from recruitdesk.team import membership
from recruitdesk.team.candidates import PersonalFields, TeamCandidateNotFound, VersionConflict, add_candidate, update_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.change_feed import Change, ChangeListener, RecordChange, parse
from recruitdesk.team.roles import Role


def test_committed_writes_are_announced_to_other_members_and_refused_ones_are_not(team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    member_id = membership.add_member(team_engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id),
                                      Role.RECRUITER, "Colleague", clock)
    colleague = membership.open_as_member(team_engine, second_keychain, member_id)
    listener = ChangeListener(team_engine)
    try:
        candidate_id = add_candidate(team_engine, admin, PersonalFields("Ilse De Smet"), clock)
        assert list(listener.changes(timeout=5, stop_after=1)) == [Change(candidate_id, 1)]

        update_candidate(team_engine, colleague, candidate_id, 1, PersonalFields("Ilse De Smet-Maes"), clock)
        with pytest.raises(VersionConflict):
            update_candidate(team_engine, admin, candidate_id, 1, PersonalFields("Ilse D."), clock)
        with pytest.raises(TeamCandidateNotFound):
            erase_candidate(team_engine, admin, uuid.uuid4(), clock)
        erase_candidate(team_engine, admin, candidate_id, clock)
        changes = list(listener.changes(timeout=5, stop_after=2))
        assert changes == [Change(candidate_id, 2), Change(candidate_id, 0)] and changes[1].erased
        assert list(listener.changes(timeout=0.3)) == []  # the refused save and the unknown erasure announced nothing
    finally:
        listener.close()


def test_a_foreign_payload_on_the_channel_is_ignored():
    assert parse("hello") is None and parse("not-a-uuid:3") is None


def test_a_content_records_payload_names_its_kind_record_candidate_and_version():
    record, candidate = uuid.uuid4(), uuid.uuid4()
    assert parse(f"document:{record}:{candidate}:3") == RecordChange("document", record, candidate, 3)
    assert parse(f"vacancy:{record}::0") == RecordChange("vacancy", record, None, 0)
    assert parse(f"vacancy:{record}::0").erased
    assert parse("note:not-a-uuid::1") is None and parse(f":{record}::1") is None and parse("a:b:c:d:e") is None
