"""What every content record of the team store shares: sealing, versions, audit and announcement.

A content record is a candidate's document, note, consent or request details (sealed under the
candidate's key, so the epoch design of erasure covers them), or a vacancy or tag (sealed under
the firm key, ``firm_key``). Each sealed value's associated data names the team, the owner
(the candidate, or the firm), the record kind, the record's id and the column, so the server
cannot move a ciphertext to another record or column. Values are padded before sealing
(``fields.pad``) so lengths say little.

Every record has a version. A change names the version it started from; when another member
saved (or deleted) in between, ``RecordVersionConflict`` carries both versions and nothing is
written. Every committed change appends an audit entry naming the acting member and the record,
and announces itself on the change feed, in the same transaction as the change.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn
from uuid import UUID

from sqlalchemy import Column, Connection, Table, delete, select, update

from recruitdesk.clock import Clock
from recruitdesk.team import audit, change_feed, fields, firm_key
from recruitdesk.team.candidates import StaleTeamKeys, TeamCandidateNotFound, VersionConflict, require_current_generation
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_candidate_writes
from recruitdesk.team.schema import candidates
from recruitdesk.vault import crypto

MEDIUM_BUCKET = 256  # a vacancy's title and client, a consent's channel: one length for most values
ADDED, UPDATED, DELETED = "added", "updated", "deleted"
FIRM = "firm"


class RecordNotFound(Exception):
    """No record of this kind with this id (deleted, erased with its candidate, or never there)."""

    def __init__(self, kind: str, record_id: UUID) -> None:
        super().__init__(f"{kind} {record_id} not found")
        self.kind = kind
        self.record_id = record_id


class RecordVersionConflict(VersionConflict):
    """Another member saved or deleted this record after the caller read it."""

    def __init__(self, kind: str, record_id: UUID, expected: int, current: int) -> None:
        super().__init__(record_id, expected, current)
        self.args = (f"{kind} {record_id}: expected version {expected}, server has {current}",)
        self.kind = kind
        self.record_id = record_id


def owner_of(candidate_id: UUID | None) -> str:
    return f"candidate/{candidate_id}" if candidate_id is not None else FIRM


def record_aad(team_id: UUID, owner: str, kind: str, record_id: UUID, column: str) -> bytes:
    return f"recruitdesk/team/{team_id}/{owner}/{kind}/{record_id}/{column}".encode()


def seal_bytes(key: bytes, aad: bytes, data: bytes, bucket: int = fields.LONG_BUCKET) -> bytes:
    return crypto.seal(key, fields.pad(data, bucket), aad)


def open_bytes(key: bytes, aad: bytes, sealed: bytes) -> bytes:
    try:
        return fields.unpad(crypto.unseal(key, bytes(sealed), aad))
    except crypto.SealBroken as exc:
        raise fields.FieldDamaged(aad.decode().rsplit("/", 1)[-1]) from exc


def seal_text(key: bytes, aad: bytes, text: str | None, bucket: int = fields.SHORT_BUCKET) -> bytes | None:
    return None if text is None else seal_bytes(key, aad, text.encode("utf-8"), bucket)


def open_text(key: bytes, aad: bytes, sealed: bytes | None) -> str | None:
    return None if sealed is None else open_bytes(key, aad, sealed).decode("utf-8")


def seal_json(key: bytes, aad: bytes, value: dict[str, Any], bucket: int = MEDIUM_BUCKET) -> bytes:
    return seal_bytes(key, aad, json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8"), bucket)


def open_json(key: bytes, aad: bytes, sealed: bytes) -> dict[str, Any]:
    return json.loads(open_bytes(key, aad, sealed))


def begin_write(connection: Connection, team: OpenTeam) -> None:
    """The gate of every record write: the role, then the key generation and vault format (``candidates``)."""
    require_candidate_writes(team.role)
    require_current_generation(connection, team)


def candidate_key(connection: Connection, team: OpenTeam, candidate_id: UUID, for_write: bool = False) -> bytes:
    """The candidate's key; a write holds a share lock on their row, so an erasure waits for it (and vice versa)."""
    statement = select(candidates.c.epoch_id, candidates.c.wrapped_key).where(candidates.c.candidate_id == candidate_id)
    row = connection.execute(statement.with_for_update(read=True) if for_write else statement).one_or_none()
    if row is None:
        raise TeamCandidateNotFound(str(candidate_id))
    return team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))


def firm_key_of(connection: Connection, team: OpenTeam) -> bytes:
    """The firm key for vacancies, tags and requests about nobody in the vault. A client whose keys
    are older than the server's (a revocation since it opened the team) is told to reopen."""
    try:
        return firm_key.firm_key(connection, team.keys)
    except firm_key.NoFirmKey:
        newest = firm_key.newest_generation(connection)
        if newest is not None and newest > team.keys.generation:
            raise StaleTeamKeys(f"generation {team.keys.generation}, server has {newest}") from None
        raise


def save_version(connection: Connection, table: Table, id_column: Column, kind: str, record_id: UUID, expected: int,
                 clock: Clock, values: dict[str, Any]) -> int:
    """UPDATE ... WHERE version = expected; the new version, or the conflict (or absence) explained."""
    saved = connection.execute(update(table).where(id_column == record_id, table.c.version == expected)
                               .values(version=table.c.version + 1, updated_at=clock.now(), **values)
                               .returning(table.c.version)).scalar_one_or_none()
    if saved is None:
        _refuse(connection, table, id_column, kind, record_id, expected)
    return int(saved)


def delete_version(connection: Connection, table: Table, id_column: Column, kind: str, record_id: UUID, expected: int) -> None:
    """DELETE ... WHERE version = expected: a record a colleague changed meanwhile is not deleted unseen."""
    deleted = connection.execute(delete(table).where(id_column == record_id, table.c.version == expected)
                                 .returning(id_column)).scalar_one_or_none()
    if deleted is None:
        _refuse(connection, table, id_column, kind, record_id, expected)


def _refuse(connection: Connection, table: Table, id_column: Column, kind: str, record_id: UUID, expected: int) -> NoReturn:
    current = connection.scalar(select(table.c.version).where(id_column == record_id))
    if current is None:
        raise RecordNotFound(kind, record_id)
    raise RecordVersionConflict(kind, record_id, expected, current)


def record_change(connection: Connection, team: OpenTeam, kind: str, action: str, record_id: UUID,
                  candidate_id: UUID | None, version: int | None, clock: Clock) -> None:
    """The audit entry (acting member, record, version) and the announcement, last in the write's transaction."""
    audit.append(connection, team, f"{kind}-{action}", candidate_id, version, clock, record_id=record_id)
    change_feed.announce_record(connection, kind, record_id, candidate_id, version or change_feed.ERASED)
