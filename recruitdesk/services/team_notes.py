"""A team's screening notes for the Screening notes dialog, in the local vault's view types.

The dialog (``gui.candidates.notes``) is one widget for both kinds of vault, so a team's notes are
given as ``services.notes.NoteView`` with the team's UUIDs as ids and the members' names as authors,
each with its whole history (``team.notes.history_of``: an edit never overwrites). The rules are the
local notes' own (``notes.checked_note``): an online screening names its source, a note is not empty.

An edit is saved over the version read (:class:`TeamNoteView` carries it). A colleague's edit in
between gives a ``notes.NoteConflict``: nothing was saved, the colleague's version comes back to be
shown and the typed text with it, so the user can save theirs over the colleague's (which is then
kept as a revision) or leave it. A change of the "discussed" flag alone is saved without a revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.services import notes
from recruitdesk.services.notes import NoteConflict
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import member_names, unknown_member
from recruitdesk.team import notes as team_notes
from recruitdesk.team import records
from recruitdesk.team.membership import OpenTeam


@dataclass(frozen=True)
class TeamNoteView(notes.NoteView):
    """A team note as read: the version an edit is saved over."""

    version: int = 0


def notes_of(desk: TeamDesk, candidate_id: UUID) -> list[TeamNoteView]:
    """One team candidate's notes, oldest first, each with every version."""
    return desk.run(lambda engine, team: _views(engine, team, candidate_id))


def get_note(desk: TeamDesk, candidate_id: UUID, note_id: UUID) -> TeamNoteView:
    for view in notes_of(desk, candidate_id):
        if view.id == note_id:
            return view
    raise notes.NoteNotFound(id=note_id)


def add_note(desk: TeamDesk, candidate_id: UUID, kind: str, body: str, source: str | None = None,
             discussed_with_candidate: bool = False) -> TeamNoteView:
    """Check (the local rules) and write a note for every member."""
    kind, body, source = notes.checked_note(kind, body, source)
    content = team_notes.NoteContent(body, source, bool(discussed_with_candidate))
    note_id = desk.run(lambda engine, team: team_notes.add_note(engine, team, candidate_id, kind, content, desk.clock))
    return get_note(desk, candidate_id, note_id)


def edit_note(desk: TeamDesk, read: notes.NoteView, body: str, discussed_with_candidate: bool) -> TeamNoteView | NoteConflict:
    """Save the typed body and flag over the version read; a colleague's newer version gives a :class:`NoteConflict`."""
    assert isinstance(read, TeamNoteView) and isinstance(read.id, UUID) and isinstance(read.candidate_id, UUID), "read by notes_of"
    body = notes.checked_body(body)
    discussed = bool(discussed_with_candidate) if read.kind == notes.ONLINE_SCREENING else read.discussed_with_candidate
    if body == read.body and discussed == read.discussed_with_candidate:
        return read
    content = team_notes.NoteContent(body, read.source, discussed)
    note_id, candidate_id = read.id, read.candidate_id
    try:
        desk.run(lambda engine, team: team_notes.update_note(engine, team, note_id, read.version, content, desk.clock))
    except records.RecordVersionConflict:
        return NoteConflict(get_note(desk, candidate_id, note_id), body, discussed)
    return get_note(desk, candidate_id, note_id)


def _views(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamNoteView]:
    names = member_names(engine, team)

    def name(holder: str) -> str:
        return names.get(holder, unknown_member())

    views = []
    for note in team_notes.notes_of(engine, team, candidate_id):
        history = tuple(notes.NoteVersion(v.content.body, name(v.author), v.written_at)
                        for v in team_notes.history_of(engine, team, note.note_id))
        content = note.content
        views.append(TeamNoteView(note.note_id, candidate_id, note.kind, content.source, content.discussed_with_candidate,
                                  name(note.author), note.created_at, content.body, history, note.version))
    return views
