"""The team's audit chain: every candidate write and member change records which member made it, linked by hashes.

An entry is written inside the same transaction as the change it records, so a save and its
entry commit together or not at all. Entries hold opaque ids only (the acting member's holder
name, the candidate's id and version, the action and the moment), never personal data.

Each entry's hash covers the previous entry's hash, so a deleted, reordered or altered entry
breaks ``verify``. Appending takes a transaction-scoped advisory lock, which makes entry numbers
follow commit order even when several members save at once. The hash is unkeyed: it proves the
chain is whole, but someone who can write to the server could rebuild a consistent false chain;
a keyed chain (under a key only members hold) comes with the audit's full design.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from sqlalchemy import Connection, Engine, func, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.key_hierarchy import RECOVERY_HOLDER, member_holder
from recruitdesk.team.roles import Role, reads_whole_audit
from recruitdesk.team.schema import audit

GENESIS = bytes(32)
APPEND_LOCK = 0x52444155_44495431  # "RDAUDIT1": one chain per team database
ADDED, UPDATED, ERASED = "candidate-added", "candidate-updated", "candidate-erased"
# Member changes name the member they are about in ``member_id``; ``detail`` holds the role given.
MEMBER_INVITED, MEMBER_JOINED, ROLE_CHANGED = "member-invited", "member-joined", "member-role-changed"
MEMBER_REVOKED, REVOCATION_FINISHED = "member-revoked", "revocation-finished"


class Acting(Protocol):
    """Who acts (an open team, ``membership.OpenTeam``): a member, or the recovery kit when ``member_id`` is None."""

    member_id: UUID | None
    role: Role


class AuditChainBroken(Exception):
    """An entry is missing, moved or altered: the chain does not link at ``entry_id``."""

    def __init__(self, entry_id: int) -> None:
        super().__init__(f"audit chain broken at entry {entry_id}")
        self.entry_id = entry_id


@dataclass(frozen=True)
class AuditEntry:
    entry_id: int
    actor: str
    action: str
    candidate_id: UUID | None
    version: int | None
    at: dt.datetime
    member_id: UUID | None = None
    detail: str | None = None
    record_id: UUID | None = None  # the content record changed (document, note, ...), if any


def actor_of(team: Acting) -> str:
    """Who acts: the member's holder name, or the recovery kit."""
    return member_holder(team.member_id) if team.member_id is not None else RECOVERY_HOLDER


def append(connection: Connection, team: Acting, action: str, candidate_id: UUID | None, version: int | None,
           clock: Clock, member_id: UUID | None = None, detail: str | None = None, record_id: UUID | None = None) -> None:
    """Record one change; call it last in the write's transaction (the lock is held until commit).

    ``record_id`` names a content record (its ``version`` is then the record's), so a document
    or a vacancy changed is as traceable as a candidate."""
    connection.execute(select(func.pg_advisory_xact_lock(APPEND_LOCK)))
    last = connection.execute(select(audit.c.entry_id, audit.c.entry_hash).order_by(audit.c.entry_id.desc()).limit(1)).one_or_none()
    entry = AuditEntry(last.entry_id + 1 if last else 1, actor_of(team), action, candidate_id, version, clock.now(),
                       member_id, detail, record_id)
    previous = last.entry_hash if last else GENESIS
    connection.execute(insert(audit).values(entry_id=entry.entry_id, actor=entry.actor, action=entry.action,
                                            candidate_id=entry.candidate_id, version=entry.version, at=entry.at,
                                            member_id=entry.member_id, detail=entry.detail, record_id=entry.record_id,
                                            previous_hash=previous, entry_hash=entry_hash(previous, entry)))


def entry_hash(previous: bytes, entry: AuditEntry) -> bytes:
    moment = entry.at.astimezone(dt.timezone.utc).isoformat()
    fields: tuple[str, ...] = (str(entry.entry_id), entry.actor, entry.action, str(entry.candidate_id or ""),
                               str(entry.version or ""), moment, str(entry.member_id or ""), entry.detail or "")
    if entry.record_id is not None:  # entries without a record keep the hash they always had
        fields += (str(entry.record_id),)
    return hashlib.sha256(previous + "\x1f".join(fields).encode()).digest()


@translate_faults
def entries_for(engine: Engine, team: Acting) -> list[AuditEntry]:
    """The chain as a member may read it: whole for an admin or the DPO, a recruiter's own entries otherwise.

    The whole chain is verified in every case, so a recruiter's view is as trustworthy as the DPO's."""
    found = entries(engine)
    if reads_whole_audit(team.role):
        return found
    return [entry for entry in found if entry.actor == actor_of(team)]


def entries(engine: Engine) -> list[AuditEntry]:
    """Every entry in order, after checking the chain links from the first to the last."""
    chain = read_chain(engine)
    if chain.broken_at is not None:
        raise AuditChainBroken(chain.broken_at)
    return chain.entries


@translate_faults
def entries_about(engine: Engine, team: Acting, candidate_id: UUID) -> list[AuditEntry]:
    """One candidate's entries in order (the Candidate dock's timeline), as a member may read the audit:
    all of them for an admin or the DPO, a recruiter's own otherwise (``entries_for``'s rule).

    Read by the candidate's index, without verifying the whole chain: the timeline says what happened
    to one candidate; the audit log window is where the chain is verified."""
    statement = select(audit).where(audit.c.candidate_id == candidate_id).order_by(audit.c.entry_id)
    if not reads_whole_audit(team.role):
        statement = statement.where(audit.c.actor == actor_of(team))
    with engine.connect() as connection:
        rows = connection.execute(statement).all()
    return [AuditEntry(row.entry_id, row.actor, row.action, row.candidate_id, row.version, row.at, row.member_id, row.detail,
                       row.record_id) for row in rows]


@dataclass(frozen=True)
class ChainReading:
    """Every entry as stored, and the number of the first one that does not link (None: the chain is whole)."""

    entries: list[AuditEntry]
    broken_at: int | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def read_chain(engine: Engine) -> ChainReading:
    """Every entry, verified, without refusing a broken chain: the DPO's window must still show what is there,
    and where the chain stops linking (an entry altered, removed or moved), rather than nothing.

    Each entry's ``entry_hash`` is recomputed from the previous entry's stored hash, so an altered entry
    breaks at itself, a removed one at its successor."""
    with engine.connect() as connection:
        rows = connection.execute(select(audit).order_by(audit.c.entry_id)).all()
    previous, found, broken_at = GENESIS, [], None
    for number, row in enumerate(rows, start=1):
        entry = AuditEntry(row.entry_id, row.actor, row.action, row.candidate_id, row.version, row.at, row.member_id, row.detail,
                           row.record_id)
        links = row.entry_id == number and row.previous_hash == previous and row.entry_hash == entry_hash(previous, entry)
        if not links and broken_at is None:
            broken_at = number
        previous = row.entry_hash
        found.append(entry)
    return ChainReading(found, broken_at)


@translate_faults
def chain_for(engine: Engine, team: Acting) -> ChainReading:
    """``read_chain`` as a member may read it (``entries_for``'s rule): whole for an admin or the DPO, a
    recruiter's own entries otherwise; the whole chain is verified in every case."""
    chain = read_chain(engine)
    if reads_whole_audit(team.role):
        return chain
    return ChainReading([entry for entry in chain.entries if entry.actor == actor_of(team)], chain.broken_at)
