"""The team's suppression list: people who objected or asked for erasure, recognised if they come back.

As in the local vault (``services.suppression``), the list keeps keyed digests of the person's
e-mail address and phone number, normalised by ``recruitdesk.identifiers`` exactly as the local
vault normalises them, never the values. The digest key is derived from the firm key, which every
member holds and which a revocation re-seals without replacing (``firm_key``): a digest written in
one key generation still matches in the next, and the server, which never has the firm key,
cannot test an address against the list. A revoked member who kept the firm key could, with a copy
of the server's data; docs/team-vault.md says so. Renewing the firm key (``firm_key_renewal``) carries
the old own key like a local vault's (below), so the entries from before still match and the new
ones are made under a key the leaver never had.

``vault migrate`` carries a local vault's list in as it is: its digests, under the local vault's
identifier-hash key, cannot be re-keyed (the values are gone), so that key comes along sealed under
the firm key (``suppression_keys``) and every check also computes the digests under each carried
key. A recruiter's manual "do not contact again" from a local vault keeps its basis (``manual``).

An administrator may remove an entry with a written reason (``remove_entry``; here, through
``roles``, and on the server, where the recruiter group may only INSERT into the list): the row
stays, no longer matching, so the list's history can be shown; the server sees that an entry was
removed, when and by which member, while the reason, which may name someone, is sealed under the
firm key. A later request for the same person adds a new entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from uuid import UUID

import uuid

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.dialects.postgresql import insert

from recruitdesk.clock import Clock
from recruitdesk.identifiers import DEFAULT_REGIONS, digests_under
from recruitdesk.team import audit, records
from recruitdesk.team.candidates import require_current_generation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_suppression_removal
from recruitdesk.team.schema import suppression, suppression_keys
from recruitdesk.vault import crypto

OBJECTION, ERASURE_REQUEST, MANUAL = "objection", "erasure_request", "manual"
BASES = (OBJECTION, ERASURE_REQUEST)  # what completing a request in the team puts on the list
CARRIED_BASES = (*BASES, MANUAL)  # and what a local vault's list may bring in (``vault migrate``)
BASIS_OF_REQUEST = {"erasure": ERASURE_REQUEST, "objection": OBJECTION}  # the request kinds (the register's codes) that suppress
REMOVED = "suppression-removed"  # the audit action of a removal (the basis in ``detail``, the entry in ``record_id``)
REASON_MINIMUM = 5  # characters: a few words, as the local vault asks (``services.suppression``)
_ACTIVE = suppression.c.removed_at.is_(None)


@dataclass(frozen=True)
class SuppressionHit:
    """Why a person is on the list: the basis and the day the request was received (no identity)."""

    basis: str
    basis_on: dt.date


def own_key(connection: Connection, team: OpenTeam) -> bytes:
    """The team's own digest key, derived from the firm key for this list only."""
    return own_key_from(records.firm_key_of(connection, team))


def own_key_from(firm: bytes) -> bytes:
    return crypto.derive_key(firm, "recruitdesk/team/suppression")


@dataclass(frozen=True)
class DigestKey:
    """A key digests on the list were made under: the team's own (``key_id`` None) or a carried one."""

    key_id: UUID | None
    key: bytes = field(repr=False)
    regions: tuple[str, ...]  # the phone regions the digests were normalised in, in order


def key_aad(team: OpenTeam, key_id: UUID) -> bytes:
    return f"recruitdesk/team/{team.keys.team_id}/{records.FIRM}/suppression-key/{key_id}".encode()


def digest_keys(connection: Connection, team: OpenTeam) -> list[DigestKey]:
    """The team's own key first, then every carried one (opened with the firm key)."""
    firm = records.firm_key_of(connection, team)
    found = [DigestKey(None, own_key_from(firm), DEFAULT_REGIONS)]
    for row in connection.execute(select(suppression_keys.c.key_id, suppression_keys.c.key_sealed).order_by(suppression_keys.c.added_at,
                                                                                                          suppression_keys.c.key_id)):
        value = records.open_json(firm, key_aad(team, row.key_id), row.key_sealed)
        found.append(DigestKey(row.key_id, bytes.fromhex(value["key"]), tuple(value["regions"])))
    return found


def _digests(connection: Connection, team: OpenTeam, email: str | None, phone: str | None) -> list[tuple[str, bytes]]:
    """Under the team's own key: what a new entry is written with."""
    return digests_under(own_key(connection, team), email, phone, DEFAULT_REGIONS)


def suppress(connection: Connection, team: OpenTeam, email: str | None, phone: str | None, basis: str, request_id: UUID,
             basis_on: dt.date, clock: Clock) -> int:
    """Put the person's identifiers on the list inside the caller's write; returns how many were new."""
    if basis not in BASES:
        raise ValueError(basis)
    rows = [{"entry_id": uuid.uuid4(), "digest": digest, "kind": kind, "basis": basis, "basis_on": basis_on, "request_id": request_id,
             "added_at": clock.now()} for kind, digest in _digests(connection, team, email, phone)]
    if not rows:
        return 0
    added = connection.execute(insert(suppression).values(rows).on_conflict_do_nothing(
        index_elements=[suppression.c.digest], index_where=_ACTIVE).returning(suppression.c.digest)).all()
    return len(added)


def is_suppressed(connection: Connection, team: OpenTeam, email: str | None, phone: str | None) -> SuppressionHit | None:
    """The earliest entry for the person's e-mail address or phone number, if any: their digests
    under the team's own key and under every key carried in with a local vault's list."""
    digests = [digest for key in digest_keys(connection, team) for _kind, digest in digests_under(key.key, email, phone, key.regions)]
    if not digests:
        return None
    row = connection.execute(select(suppression.c.basis, suppression.c.basis_on).where(suppression.c.digest.in_(digests), _ACTIVE)
                             .order_by(suppression.c.basis_on).limit(1)).one_or_none()
    return SuppressionHit(row.basis, row.basis_on) if row is not None else None


@dataclass(frozen=True)
class CarriedEntry:
    """One entry as ``vault migrate`` moves it: the digest as it is, never a value."""

    digest: bytes = field(repr=False)
    kind: str
    basis: str
    basis_on: dt.date
    request_id: UUID | None


def carry_in(connection: Connection, team: OpenTeam, key: bytes, regions: tuple[str, ...], entries: list[CarriedEntry],
             clock: Clock) -> int:
    """Keep a local vault's digest key (sealed under the firm key) and its entries, inside the
    caller's write; returns how many entries were added. A digest already on the list is an error."""
    if any(entry.basis not in CARRIED_BASES for entry in entries):
        raise ValueError("unknown basis")
    key_id = uuid.uuid4()
    connection.execute(suppression_keys.insert().values(
        key_id=key_id, added_at=clock.now(),
        key_sealed=records.seal_json(records.firm_key_of(connection, team), key_aad(team, key_id),
                                     {"key": key.hex(), "regions": list(regions)})))
    if entries:
        connection.execute(suppression.insert(), [
            {"entry_id": uuid.uuid4(), "digest": entry.digest, "kind": entry.kind, "basis": entry.basis, "basis_on": entry.basis_on, "request_id": entry.request_id,
             "added_at": clock.now(), "key_id": key_id} for entry in entries])
    return len(entries)


def entries_by_key(connection: Connection, team: OpenTeam) -> list[tuple[DigestKey, list[CarriedEntry]]]:
    """Every key with the active entries made under it, for ``vault migrate --from-team``; a key no
    active entry was made under stays behind (nothing to check under it, nothing to expose), and so
    do removed entries, as a local vault's removed entries stay behind when it is migrated."""
    grouped: dict[UUID | None, list[CarriedEntry]] = {}
    for row in connection.execute(select(suppression).where(_ACTIVE).order_by(suppression.c.added_at, suppression.c.digest)):
        grouped.setdefault(row.key_id, []).append(CarriedEntry(row.digest, row.kind, row.basis, row.basis_on, row.request_id))
    return [(key, grouped[key.key_id]) for key in digest_keys(connection, team) if grouped.get(key.key_id)]


# --- the list as a member sees it, and removing an entry ----------------------------------------
class SuppressionEntryGone(Exception):
    """The entry is not on the list (any more): removed by another administrator, or never there."""

    def __init__(self, entry_id: UUID) -> None:
        super().__init__(f"suppression entry {entry_id} is not active")
        self.entry_id = entry_id


@dataclass(frozen=True)
class ListedEntry:
    """One entry as the list shows it: the kind of identifier and why, never whose (no digest)."""

    entry_id: UUID
    kind: str
    basis: str
    basis_on: dt.date
    request_id: UUID | None
    carried: bool  # made under a key carried in by ``vault migrate``
    removed_at: dt.datetime | None = None
    removed_by: str | None = None  # the removing member's holder name
    reason: str | None = field(default=None, repr=False)  # opened with the firm key


def reason_aad(team: OpenTeam, entry_id: UUID) -> bytes:
    return f"recruitdesk/team/{team.keys.team_id}/{records.FIRM}/suppression/{entry_id}/removed".encode()


@translate_faults
def list_entries(engine: Engine, team: OpenTeam, include_removed: bool = False) -> list[ListedEntry]:
    """The entries in the order they were added (removed ones too when asked, with their reasons)."""
    query = select(suppression).order_by(suppression.c.added_at, suppression.c.kind, suppression.c.entry_id)
    if not include_removed:
        query = query.where(_ACTIVE)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
        firm = records.firm_key_of(connection, team) if any(row.removed_sealed is not None for row in rows) else None
    found = []
    for row in rows:
        reason = None
        if row.removed_sealed is not None and firm is not None:
            reason = str(records.open_json(firm, reason_aad(team, row.entry_id), row.removed_sealed)["reason"])
        found.append(ListedEntry(row.entry_id, row.kind, row.basis, row.basis_on, row.request_id, row.key_id is not None,
                                 row.removed_at, row.removed_by, reason))
    return found


@translate_faults
def remove_entry(engine: Engine, team: OpenTeam, entry_id: UUID, reason: str, clock: Clock) -> None:
    """Take an entry off the list (it no longer matches, under whichever key it was made), with the
    written reason sealed on the row and an audit entry naming the member, in one transaction.

    Raises ``NotAllowed`` for a member who is not an administrator, ``ValueError`` for a reason
    shorter than a few words (the caller checks first, in the user's words), and
    ``SuppressionEntryGone`` when the entry is not active (nothing written)."""
    require_suppression_removal(team.role)
    reason = reason.strip()
    if len(reason) < REASON_MINIMUM:
        raise ValueError("a removal needs a written reason")
    with engine.begin() as connection:
        require_current_generation(connection, team)
        sealed = records.seal_json(records.firm_key_of(connection, team), reason_aad(team, entry_id), {"reason": reason})
        basis = connection.scalar(update(suppression).where(suppression.c.entry_id == entry_id, _ACTIVE)
                                  .values(removed_at=clock.now(), removed_by=audit.actor_of(team), removed_sealed=sealed)
                                  .returning(suppression.c.basis))
        if basis is None:
            raise SuppressionEntryGone(entry_id)
        audit.append(connection, team, REMOVED, None, None, clock, detail=basis, record_id=entry_id)
