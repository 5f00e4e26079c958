"""A team note's edits never overwrite: the replaced content is kept as a revision (t015), on a real PostgreSQL.

The revision is written in the edit's transaction and only when the version read matched: a
colleague's edit in between is a conflict and leaves no revision. The history reads every version
oldest first with its writer and time. What the server holds is ciphertext (a pg_dump has the
revision's sealed bytes, never its body; the client reads the body back), and erasing the candidate
deletes the revisions with them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from recruitdesk.team import membership, notes, records
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.fields import FieldDamaged
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import CANDIDATE_TABLES, note_revisions

FIRST = notes.NoteContent("Quarrelled with the Zeebrugge foreman over overtime", "LinkedIn", False)
SECOND = notes.NoteContent("Zeebrugge: left after a reorganisation, not a quarrel", "LinkedIn", True)


@pytest.fixture
def team(team_engine, keychain, second_keychain, clock):
    """(admin, colleague, candidate id, note id): an online-screening note written by the admin."""
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    colleague_id = membership.add_member(team_engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id),
                                         Role.RECRUITER, "Colleague Cas", clock)
    colleague = membership.open_as_member(team_engine, second_keychain, colleague_id)
    candidate = add_candidate(team_engine, admin, PersonalFields("Wendelien Oosterbroek"), clock)
    note = notes.add_note(team_engine, admin, candidate, "online_screening", FIRST, clock)
    return admin, colleague, candidate, note


def _revision_count(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(note_revisions))


def test_an_edit_keeps_the_replaced_content_with_who_replaced_it_and_when(team_engine, team, clock):
    admin, colleague, candidate, note = team
    created = clock.now()
    clock.advance(hours=3)
    assert notes.update_note(team_engine, colleague, note, 1, SECOND, clock) == 2

    history = notes.history_of(team_engine, admin, note)
    assert [(v.version, v.content) for v in history] == [(1, FIRST), (2, SECOND)]
    assert history[0].author == member_holder(admin.member_id) and history[0].written_at == created
    assert history[1].author == member_holder(colleague.member_id) and history[1].written_at == created + dt.timedelta(hours=3)
    assert notes.notes_of(team_engine, admin, candidate)[0].content == SECOND


def test_a_stale_version_is_a_conflict_and_writes_no_revision(team_engine, team, clock):
    admin, colleague, _candidate, note = team
    notes.update_note(team_engine, colleague, note, 1, SECOND, clock)
    with pytest.raises(records.RecordVersionConflict):
        notes.update_note(team_engine, admin, note, 1, notes.NoteContent("Mine, over a version I did not see"), clock)
    assert _revision_count(team_engine) == 1
    assert [v.content for v in notes.history_of(team_engine, admin, note)] == [FIRST, SECOND]


def test_a_change_of_the_discussed_flag_alone_keeps_no_revision(team_engine, team, clock):
    admin, _colleague, _candidate, note = team
    notes.update_note(team_engine, admin, note, 1, notes.NoteContent(FIRST.body, FIRST.source, True), clock)
    assert _revision_count(team_engine) == 0
    assert [v.version for v in notes.history_of(team_engine, admin, note)] == [1]


def test_the_server_holds_the_revision_sealed_and_erasure_takes_it(postgres_server, team_engine, team, clock):
    admin, colleague, candidate, note = team
    notes.update_note(team_engine, colleague, note, 1, SECOND, clock)
    with team_engine.connect() as connection:
        sealed = bytes(connection.scalar(select(note_revisions.c.content_sealed)))
    dump = postgres_server.dump_of_all()
    assert sealed.hex().encode() in dump  # control: the scan finds the revision's ciphertext
    assert notes.history_of(team_engine, colleague, note)[0].content.body == FIRST.body  # the client reads it back
    for secret in ("Quarrelled", "foreman", "overtime"):
        assert secret.encode() not in dump, secret
    assert note_revisions.name in CANDIDATE_TABLES  # vacuumed with the candidate's other rows

    erase_candidate(team_engine, admin, candidate, clock)
    assert _revision_count(team_engine) == 0
    assert sealed.hex().encode() not in postgres_server.dump_of_all()


def test_a_revision_cannot_be_read_as_another_version(team_engine, team, clock):
    """The associated data binds the note and the version: a row moved to another version does not open."""
    admin, colleague, _candidate, note = team
    notes.update_note(team_engine, colleague, note, 1, SECOND, clock)
    notes.update_note(team_engine, admin, note, 2, notes.NoteContent("Third", "LinkedIn", True), clock)
    with team_engine.begin() as connection:
        connection.execute(note_revisions.update().where(note_revisions.c.version == 1).values(version=7))
    with pytest.raises(FieldDamaged):
        notes.history_of(team_engine, admin, note)
