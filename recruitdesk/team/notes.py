"""Screening notes in the team store: the body, source and "discussed with the candidate" sealed.

Plain on the server: an opaque id, the candidate's id, a version, the note's kind code
(interview, phone_screen, online_screening), the writing member's opaque holder name and two
times. A note is edited with its version (a colleague's edit in between is a conflict, both
versions kept) and goes with its candidate on erasure.

Notes are evidence of how a candidate was assessed, so an edit never overwrites: the content it
replaces goes, in the same transaction and only when the version matched, into
``team_note_revisions`` (t015), sealed under the candidate's key with associated data naming the
note and the replaced version (a row cannot be passed off as another note's or another version's),
with the replacing member's holder name and the time. :func:`history_of` reads every version back,
oldest first, the way the local vault's ``services.notes`` shows them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Sequence
from uuid import UUID

from sqlalchemy import Connection, Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import audit, fields, records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import note_revisions, notes

KIND = "note"
REVISION_KIND = "note-revision"  # the associated data of a replaced version


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


@dataclass(frozen=True)
class NoteVersion:
    """One version of a note: its content, who wrote it and when (version 1: the note's author)."""

    version: int
    author: str  # "member:<uuid>" or "recovery"
    written_at: dt.datetime
    content: NoteContent


def _aad(team: OpenTeam, candidate_id: UUID, note_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, note_id, "content")


def _revision_aad(team: OpenTeam, candidate_id: UUID, note_id: UUID, version: int) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), REVISION_KIND, note_id, f"content.v{version}")


def _seal(key: bytes, aad: bytes, content: NoteContent) -> bytes:
    value = {"body": content.body, "source": content.source, "discussed": content.discussed_with_candidate}
    return records.seal_json(key, aad, value, fields.LONG_BUCKET)


def _open(key: bytes, aad: bytes, sealed: bytes) -> NoteContent:
    value = records.open_json(key, aad, sealed)
    return NoteContent(value["body"], value["source"], bool(value["discussed"]))


def _sealed(team: OpenTeam, key: bytes, candidate_id: UUID, note_id: UUID, content: NoteContent) -> bytes:
    return _seal(key, _aad(team, candidate_id, note_id), content)


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
def copy_note(engine: Engine, team: OpenTeam, candidate_id: UUID, kind: str,
              versions: Sequence[tuple[NoteContent, dt.datetime]], clock: Clock) -> UUID:
    """A note carried in by ``vault migrate`` with every version (content, written at), oldest first, in one
    transaction: the last is its content, each earlier one a revision replaced at the next one's time. The
    migrating member is the writer of each (the local vault names its writers in words, not as members)."""
    note_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        actor = audit.actor_of(team)
        (current, _), first_at = versions[-1], versions[0][1]
        connection.execute(insert(notes).values(note_id=note_id, candidate_id=candidate_id, version=len(versions), kind=kind,
                                                author=actor, created_at=first_at, updated_at=versions[-1][1],
                                                content_sealed=_sealed(team, key, candidate_id, note_id, current)))
        for number, ((content, _at), (_next, replaced_at)) in enumerate(zip(versions, versions[1:], strict=False), start=1):
            connection.execute(insert(note_revisions).values(
                revision_id=uuid.uuid4(), note_id=note_id, candidate_id=candidate_id, version=number, replaced_by=actor,
                replaced_at=replaced_at, content_sealed=_seal(key, _revision_aad(team, candidate_id, note_id, number), content)))
        records.record_change(connection, team, KIND, records.ADDED, note_id, candidate_id, len(versions), clock)
    return note_id


@translate_faults
def notes_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamNote]:
    with engine.connect() as connection:
        key = records.candidate_key(connection, team, candidate_id)
        rows = connection.execute(select(notes).where(notes.c.candidate_id == candidate_id)
                                  .order_by(notes.c.created_at, notes.c.note_id)).all()
    return [TeamNote(row.note_id, candidate_id, row.version, row.kind, row.author, row.created_at,
                     _open(key, _aad(team, candidate_id, row.note_id), row.content_sealed)) for row in rows]


@translate_faults
def history_of(engine: Engine, team: OpenTeam, note_id: UUID) -> list[NoteVersion]:
    """Every version of one note, oldest first; the last is its current content.

    Version 1 was written by the note's author when it was made; each later version by the member
    who replaced the one before it (the revision's ``replaced_by``), at that time."""
    with engine.connect() as connection:
        note = connection.execute(select(notes).where(notes.c.note_id == note_id)).one_or_none()
        if note is None:
            raise records.RecordNotFound(KIND, note_id)
        key = records.candidate_key(connection, team, note.candidate_id)
        rows = _revision_rows(connection, note_id)
    candidate_id = note.candidate_id
    contents = [_open(key, _revision_aad(team, candidate_id, note_id, row.version), row.content_sealed) for row in rows]
    contents.append(_open(key, _aad(team, candidate_id, note_id), note.content_sealed))
    writers = [(note.author, note.created_at)] + [(row.replaced_by, row.replaced_at) for row in rows]
    versions = [1] + [row.version + 1 for row in rows]
    return [NoteVersion(version, author, at, content)
            for version, (author, at), content in zip(versions, writers, contents, strict=True)]


def _revision_rows(connection: Connection, note_id: UUID) -> list:
    return list(connection.execute(select(note_revisions).where(note_revisions.c.note_id == note_id)
                                   .order_by(note_revisions.c.version)).all())


@translate_faults
def update_note(engine: Engine, team: OpenTeam, note_id: UUID, expected_version: int, content: NoteContent, clock: Clock) -> int:
    """Save ``content`` over ``expected_version``; the new version, or ``RecordVersionConflict`` (nothing written).

    A changed body or source keeps the replaced content as a revision; a change of the "discussed"
    flag alone does not (as in the local vault, where the flag is not versioned)."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = connection.scalar(select(notes.c.candidate_id).where(notes.c.note_id == note_id))
        if candidate_id is None:
            raise records.RecordNotFound(KIND, note_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        current = connection.execute(select(notes.c.version, notes.c.content_sealed).where(notes.c.note_id == note_id)
                                     .with_for_update()).one()
        saved = records.save_version(connection, notes, notes.c.note_id, KIND, note_id, expected_version, clock,
                                     {"content_sealed": _sealed(team, key, candidate_id, note_id, content)})
        # Only here, the version having matched: what the edit replaced, kept as a revision.
        replaced = _open(key, _aad(team, candidate_id, note_id), current.content_sealed)
        if (replaced.body, replaced.source) != (content.body, content.source):
            connection.execute(insert(note_revisions).values(
                revision_id=uuid.uuid4(), note_id=note_id, candidate_id=candidate_id, version=current.version,
                replaced_by=audit.actor_of(team), replaced_at=clock.now(),
                content_sealed=_seal(key, _revision_aad(team, candidate_id, note_id, current.version), replaced)))
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
