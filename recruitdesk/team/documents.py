"""A candidate's documents in the team store: the file and its extracted text under the candidate's key.

The server holds, per document, an opaque id, the candidate's id, a version, the kind code (cv,
application, evidence) and two times; the file name, media type, content and text are sealed and
padded to 4 KiB. The text's word prefixes become blind tokens (``team_document_tokens``), so a
search finds a candidate by a word of any of their documents without the server reading it.
Documents go with their candidate on erasure (ON DELETE CASCADE), and their key with its epoch.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Connection, Engine, delete, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import blind_tokens, fields, records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import TeamKeys
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import document_tokens, documents

KIND = "document"


@dataclass(frozen=True)
class TeamDocument:
    document_id: UUID
    candidate_id: UUID
    version: int
    kind: str
    filename: str
    media_type: str
    text: str | None = field(repr=False)
    added_at: dt.datetime
    content: bytes | None = field(default=None, repr=False)  # None when listed without contents


def document_aad(team_id: UUID, candidate_id: UUID, document_id: UUID, column: str) -> bytes:
    return records.record_aad(team_id, records.owner_of(candidate_id), KIND, document_id, column)


def token_rows(search_key: bytes, candidate_id: UUID, document_id: UUID, text: str | None) -> list[dict]:
    """The document's row of the token table (its text's tokens in one sorted array), or none without text."""
    found = blind_tokens.tokens_for(search_key, (text,))
    return [{"document_id": document_id, "candidate_id": candidate_id, "tokens": sorted(found)}] if found else []


def insert_document(connection: Connection, team: OpenTeam, candidate_id: UUID, filename: str, media_type: str,
                    content: bytes, text: str | None, clock: Clock, kind: str = "cv") -> UUID:
    """Add a document inside the caller's transaction (after ``records.begin_write``)."""
    key = records.candidate_key(connection, team, candidate_id, for_write=True)
    document_id = uuid.uuid4()
    now = clock.now()
    connection.execute(insert(documents).values(
        document_id=document_id, candidate_id=candidate_id, version=1, kind=kind, added_at=now, updated_at=now,
        filename_sealed=records.seal_text(key, document_aad(team.keys.team_id, candidate_id, document_id, "filename"), filename),
        media_type_sealed=records.seal_text(key, document_aad(team.keys.team_id, candidate_id, document_id, "media_type"), media_type),
        content_sealed=records.seal_bytes(key, document_aad(team.keys.team_id, candidate_id, document_id, "content"), content),
        text_sealed=records.seal_text(key, document_aad(team.keys.team_id, candidate_id, document_id, "text"), text, fields.LONG_BUCKET)))
    rows = token_rows(team.keys.search_key, candidate_id, document_id, text)
    if rows:
        connection.execute(insert(document_tokens), rows)
    records.record_change(connection, team, KIND, records.ADDED, document_id, candidate_id, 1, clock)
    return document_id


@translate_faults
def add_document(engine: Engine, team: OpenTeam, candidate_id: UUID, filename: str, media_type: str, content: bytes,
                 text: str | None, clock: Clock, kind: str = "cv") -> UUID:
    with engine.begin() as connection:
        records.begin_write(connection, team)
        return insert_document(connection, team, candidate_id, filename, media_type, content, text, clock, kind)


@translate_faults
def read_document(engine: Engine, team: OpenTeam, document_id: UUID) -> TeamDocument:
    with engine.connect() as connection:
        row = connection.execute(select(documents).where(documents.c.document_id == document_id)).one_or_none()
        if row is None:
            raise records.RecordNotFound(KIND, document_id)
        key = records.candidate_key(connection, team, row.candidate_id)
    return _document(team, key, row, with_content=True)


@translate_faults
def documents_of(engine: Engine, team: OpenTeam, candidate_id: UUID, with_content: bool = False) -> list[TeamDocument]:
    """The candidate's documents, oldest first, without their contents (``read_document`` opens one)
    unless ``with_content`` (the window's list shows each file's exact size, which only the contents know)."""
    columns = [column for column in documents.c if with_content or column.name != "content_sealed"]
    with engine.connect() as connection:
        key = records.candidate_key(connection, team, candidate_id)
        rows = connection.execute(select(*columns).where(documents.c.candidate_id == candidate_id)
                                  .order_by(documents.c.added_at, documents.c.document_id)).all()
    return [_document(team, key, row, with_content=with_content) for row in rows]


def _document(team: OpenTeam, key: bytes, row, with_content: bool) -> TeamDocument:
    def aad(column: str) -> bytes:
        return document_aad(team.keys.team_id, row.candidate_id, row.document_id, column)

    return TeamDocument(row.document_id, row.candidate_id, row.version, row.kind,
                        records.open_text(key, aad("filename"), row.filename_sealed) or "",
                        records.open_text(key, aad("media_type"), row.media_type_sealed) or "",
                        records.open_text(key, aad("text"), row.text_sealed), row.added_at,
                        records.open_bytes(key, aad("content"), row.content_sealed) if with_content else None)


@translate_faults
def update_document(engine: Engine, team: OpenTeam, document_id: UUID, expected_version: int, filename: str,
                    text: str | None, clock: Clock) -> int:
    """Rename a document or correct its text (an OCR fix); its tokens follow. Returns the new version."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = _candidate_of(connection, document_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        saved = records.save_version(connection, documents, documents.c.document_id, KIND, document_id, expected_version, clock, {
            "filename_sealed": records.seal_text(key, document_aad(team.keys.team_id, candidate_id, document_id, "filename"), filename),
            "text_sealed": records.seal_text(key, document_aad(team.keys.team_id, candidate_id, document_id, "text"), text, fields.LONG_BUCKET)})
        connection.execute(delete(document_tokens).where(document_tokens.c.document_id == document_id))
        rows = token_rows(team.keys.search_key, candidate_id, document_id, text)
        if rows:
            connection.execute(insert(document_tokens), rows)
        records.record_change(connection, team, KIND, records.UPDATED, document_id, candidate_id, saved, clock)
    return saved


@translate_faults
def delete_document(engine: Engine, team: OpenTeam, document_id: UUID, expected_version: int, clock: Clock) -> None:
    """Delete one document (its tokens go by cascade); a consent citing it keeps its other evidence."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = _candidate_of(connection, document_id)
        records.delete_version(connection, documents, documents.c.document_id, KIND, document_id, expected_version)
        records.record_change(connection, team, KIND, records.DELETED, document_id, candidate_id, None, clock)


def _candidate_of(connection: Connection, document_id: UUID) -> UUID:
    candidate_id = connection.scalar(select(documents.c.candidate_id).where(documents.c.document_id == document_id))
    if candidate_id is None:
        raise records.RecordNotFound(KIND, document_id)
    return candidate_id


@dataclass(frozen=True)
class RetokenisedDocument:
    """One document's tokens under a new search key, for the text read at ``version``."""

    document_id: UUID
    candidate_id: UUID
    version: int
    tokens: list[dict] = field(repr=False)


def rotation_rows(connection: Connection, candidate_ids: list[UUID]) -> list:
    """The documents of a revocation batch's candidates (id, candidate, version, sealed text)."""
    if not candidate_ids:
        return []
    return list(connection.execute(select(documents.c.document_id, documents.c.candidate_id, documents.c.version,
                                          documents.c.text_sealed).where(documents.c.candidate_id.in_(candidate_ids))).all())


def retokenised(keys: TeamKeys, candidate_keys: dict[UUID, bytes], rows) -> list[RetokenisedDocument]:
    """Each document's tokens with ``keys``' search key (a revocation's new one), before any lock is taken."""
    found = []
    for row in rows:
        text = records.open_text(candidate_keys[row.candidate_id], document_aad(keys.team_id, row.candidate_id, row.document_id, "text"),
                                 row.text_sealed)
        found.append(RetokenisedDocument(row.document_id, row.candidate_id, row.version,
                                         token_rows(keys.search_key, row.candidate_id, row.document_id, text)))
    return found


def apply_retokenised(connection: Connection, prepared: list[RetokenisedDocument]) -> None:
    """Replace the tokens of the documents still at the version read; one changed or deleted meanwhile was
    tokenised by its writer, who already held the new keys (every write checks the key generation)."""
    if not prepared:
        return
    locked = dict(connection.execute(select(documents.c.document_id, documents.c.version)
                                     .where(documents.c.document_id.in_([item.document_id for item in prepared]))
                                     .with_for_update()).all())
    ready = [item for item in prepared if locked.get(item.document_id) == item.version]
    if not ready:
        return
    connection.execute(delete(document_tokens).where(document_tokens.c.document_id.in_([item.document_id for item in ready])))
    rows = [row for item in ready for row in item.tokens]
    if rows:
        connection.execute(insert(document_tokens), rows)
