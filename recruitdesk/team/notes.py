"""Screening notes in the team store: the body, source and "discussed with the candidate" sealed.

Plain on the server: an opaque id, the candidate's id, a version, the note's kind code
(interview, phone_screen, online_screening), the writing member's opaque holder name and two
times. A note is edited with its version (a colleague's edit in between is a conflict, both
versions kept) and goes with its candidate on erasure.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import audit, fields, records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import notes

KIND = "note"


@dataclass(frozen=True)
class NoteContent:
    body: str = field(repr=False)
    source: str | None = field(default=None, repr=False)
    discussed_with_candidate: bool = False


@dataclass(frozen=True)
class TeamNote:
    note_id: UUID
    candidate_id: UUID
    version: int
    kind: str
    author: str  # "member:<uuid>" or "recovery"
    created_at: dt.datetime
    content: NoteContent


def _aad(team: OpenTeam, candidate_id: UUID, note_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, note_id, "content")


def _sealed(team: OpenTeam, key: bytes, candidate_id: UUID, note_id: UUID, content: NoteContent) -> bytes:
    value = {"body": content.body, "source": content.source, "discussed": content.discussed_with_candidate}
    return records.seal_json(key, _aad(team, candidate_id, note_id), value, fields.LONG_BUCKET)


@translate_faults
def add_note(engine: Engine, team: OpenTeam, candidate_id: UUID, kind: str, content: NoteContent, clock: Clock) -> UUID:
    note_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        now = clock.now()
        connection.execute(insert(notes).values(note_id=note_id, candidate_id=candidate_id, version=1, kind=kind,
                                                author=audit.actor_of(team), created_at=now, updated_at=now,
                                                content_sealed=_sealed(team, key, candidate_id, note_id, content)))
        records.record_change(connection, team, KIND, records.ADDED, note_id, candidate_id, 1, clock)
    return note_id


@translate_faults
def notes_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamNote]:
    with engine.connect() as connection:
        key = records.candidate_key(connection, team, candidate_id)
        rows = connection.execute(select(notes).where(notes.c.candidate_id == candidate_id)
                                  .order_by(notes.c.created_at, notes.c.note_id)).all()
    result = []
    for row in rows:
        value = records.open_json(key, _aad(team, candidate_id, row.note_id), row.content_sealed)
        result.append(TeamNote(row.note_id, candidate_id, row.version, row.kind, row.author, row.created_at,
                               NoteContent(value["body"], value["source"], bool(value["discussed"]))))
    return result


@translate_faults
def update_note(engine: Engine, team: OpenTeam, note_id: UUID, expected_version: int, content: NoteContent, clock: Clock) -> int:
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = connection.scalar(select(notes.c.candidate_id).where(notes.c.note_id == note_id))
        if candidate_id is None:
            raise records.RecordNotFound(KIND, note_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        saved = records.save_version(connection, notes, notes.c.note_id, KIND, note_id, expected_version, clock,
                                     {"content_sealed": _sealed(team, key, candidate_id, note_id, content)})
        records.record_change(connection, team, KIND, records.UPDATED, note_id, candidate_id, saved, clock)
    return saved


@translate_faults
def delete_note(engine: Engine, team: OpenTeam, note_id: UUID, expected_version: int, clock: Clock) -> None:
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = connection.scalar(select(notes.c.candidate_id).where(notes.c.note_id == note_id))
        if candidate_id is None:
            raise records.RecordNotFound(KIND, note_id)
        records.delete_version(connection, notes, notes.c.note_id, KIND, note_id, expected_version)
        records.record_change(connection, team, KIND, records.DELETED, note_id, candidate_id, None, clock)
