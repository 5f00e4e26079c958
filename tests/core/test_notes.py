"""Screening notes: typed, encrypted with the candidate key, edits keep their history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from recruitdesk.services import notes
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.erasure import erase_candidate
from recruitdesk.store.models import AuditEntry, ScreeningNote, ScreeningNoteRevision

BODY = "Sterke Python-ervaring; wil liefst hybride werken in Gent."


@pytest.fixture
def candidate_id(new_vault, clock):
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        return new_candidate(session, vault.candidate_keys, clock, "Lotte De Smet", email="lotte@example.be").id


def test_note_body_is_encrypted_and_read_back(new_vault, clock, candidate_id):
    vault, _ = new_vault
    view = notes.add_note(vault, candidate_id, "interview", BODY, author="Recruiter A")
    assert (view.kind, view.body, view.author, view.created_at) == ("interview", BODY, "Recruiter A", dt.datetime(2026, 3, 2, 9, 0))
    assert not view.edited and not view.needs_discussion
    with vault.session() as session:
        row = session.get(ScreeningNote, view.id)
        assert BODY.encode() not in row.body_enc
        audit = [(e.action, e.details_json) for e in session.scalars(select(AuditEntry).where(AuditEntry.action.like("note.%")))]
    assert audit == [("note.added", f'{{"kind": "interview", "note_id": {view.id}}}')]


def test_edits_keep_history(new_vault, clock, candidate_id):
    vault, _ = new_vault
    view = notes.add_note(vault, candidate_id, "phone_screen", "First impression: good.", author="A")
    clock.advance(hours=2)
    notes.edit_note(vault, view.id, "First impression: good. Salary expectation discussed.", author="B")
    clock.advance(days=1)
    edited = notes.edit_note(vault, view.id, "Final version.", author="C")
    assert edited.body == "Final version."
    assert [(v.body, v.author) for v in edited.history] == [
        ("First impression: good.", "A"),
        ("First impression: good. Salary expectation discussed.", "B"),
        ("Final version.", "C"),
    ]
    assert [v.written_at for v in edited.history] == [dt.datetime(2026, 3, 2, 9), dt.datetime(2026, 3, 2, 11), dt.datetime(2026, 3, 3, 11)]
    assert notes.edit_note(vault, view.id, "Final version.", author="D").history == edited.history  # no change, no revision
    with vault.session() as session:
        revisions = session.scalars(select(ScreeningNoteRevision)).all()
        assert len(revisions) == 2 and all(b"First" not in r.body_enc for r in revisions)


def test_online_screening_needs_a_source_and_tracks_discussion(new_vault, candidate_id):
    vault, _ = new_vault
    with pytest.raises(notes.ScreeningSourceRequired):
        notes.add_note(vault, candidate_id, "online_screening", "Public talk at a meetup.")
    view = notes.add_note(vault, candidate_id, "online_screening", "Public talk at a meetup.", source="LinkedIn")
    assert view.source == "LinkedIn" and view.needs_discussion
    assert not notes.set_discussed(vault, view.id).needs_discussion
    assert [n.id for n in notes.notes_of(vault, candidate_id)] == [view.id]


def test_bad_input_gets_typed_errors(new_vault, candidate_id):
    vault, _ = new_vault
    with pytest.raises(notes.UnknownNoteKind):
        notes.add_note(vault, candidate_id, "gossip", "x")
    with pytest.raises(notes.NoteBodyRequired):
        notes.add_note(vault, candidate_id, "interview", "   ")
    with pytest.raises(notes.NoteNotFound) as missing:
        notes.edit_note(vault, 4242, "x")
    assert missing.value.message() == "There is no screening note with number 4242."


def test_erasure_takes_notes_and_history_with_it(new_vault, candidate_id):
    vault, _ = new_vault
    view = notes.add_note(vault, candidate_id, "interview", BODY)
    notes.edit_note(vault, view.id, "changed")
    erase_candidate(vault, candidate_id)
    with vault.session() as session:
        assert session.scalars(select(ScreeningNote)).all() == []
        assert session.scalars(select(ScreeningNoteRevision)).all() == []
