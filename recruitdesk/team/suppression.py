"""The team's suppression list: people who objected or asked for erasure, recognised if they come back.

As in the local vault (``services.suppression``), the list keeps keyed digests of the person's
e-mail address and phone number, normalised by ``recruitdesk.identifiers`` exactly as the local
vault normalises them, never the values. The digest key is derived from the firm key, which every
member holds and which a revocation re-seals without replacing (``firm_key``): a digest written in
one key generation still matches in the next, and the server, which never has the firm key,
cannot test an address against the list. A revoked member who kept the firm key could, with a copy
of the server's data; docs/team-vault.md says so.

``vault migrate`` carries a local vault's list in as it is: its digests, under the local vault's
identifier-hash key, cannot be re-keyed (the values are gone), so that key comes along sealed under
the firm key (``suppression_keys``) and every check also computes the digests under each carried
key. A recruiter's manual "do not contact again" from a local vault keeps its basis (``manual``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from uuid import UUID

import uuid

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert

from recruitdesk.clock import Clock
from recruitdesk.identifiers import DEFAULT_REGIONS, digests_under
from recruitdesk.team import records
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import suppression, suppression_keys
from recruitdesk.vault import crypto

OBJECTION, ERASURE_REQUEST, MANUAL = "objection", "erasure_request", "manual"
BASES = (OBJECTION, ERASURE_REQUEST)  # what completing a request in the team puts on the list
CARRIED_BASES = (*BASES, MANUAL)  # and what a local vault's list may bring in (``vault migrate``)
BASIS_OF_REQUEST = {"erasure": ERASURE_REQUEST, "objection": OBJECTION}  # the request kinds (the register's codes) that suppress


@dataclass(frozen=True)
class SuppressionHit:
    """Why a person is on the list: the basis and the day the request was received (no identity)."""

    basis: str
    basis_on: dt.date


def own_key(connection: Connection, team: OpenTeam) -> bytes:
    """The team's own digest key, derived from the firm key for this list only."""
    return crypto.derive_key(records.firm_key_of(connection, team), "recruitdesk/team/suppression")


@dataclass(frozen=True)
class DigestKey:
    """A key digests on the list were made under: the team's own (``key_id`` None) or a carried one."""

    key_id: UUID | None
    key: bytes = field(repr=False)
    regions: tuple[str, ...]  # the phone regions the digests were normalised in, in order


def _key_aad(team: OpenTeam, key_id: UUID) -> bytes:
    return f"recruitdesk/team/{team.keys.team_id}/{records.FIRM}/suppression-key/{key_id}".encode()


def digest_keys(connection: Connection, team: OpenTeam) -> list[DigestKey]:
    """The team's own key first, then every carried one (opened with the firm key)."""
    firm = records.firm_key_of(connection, team)
    found = [DigestKey(None, crypto.derive_key(firm, "recruitdesk/team/suppression"), DEFAULT_REGIONS)]
    for row in connection.execute(select(suppression_keys.c.key_id, suppression_keys.c.key_sealed).order_by(suppression_keys.c.added_at,
                                                                                                          suppression_keys.c.key_id)):
        value = records.open_json(firm, _key_aad(team, row.key_id), row.key_sealed)
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
    rows = [{"digest": digest, "kind": kind, "basis": basis, "basis_on": basis_on, "request_id": request_id,
             "added_at": clock.now()} for kind, digest in _digests(connection, team, email, phone)]
    if not rows:
        return 0
    added = connection.execute(insert(suppression).values(rows).on_conflict_do_nothing().returning(suppression.c.digest)).all()
    return len(added)


def is_suppressed(connection: Connection, team: OpenTeam, email: str | None, phone: str | None) -> SuppressionHit | None:
    """The earliest entry for the person's e-mail address or phone number, if any: their digests
    under the team's own key and under every key carried in with a local vault's list."""
    digests = [digest for key in digest_keys(connection, team) for _kind, digest in digests_under(key.key, email, phone, key.regions)]
    if not digests:
        return None
    row = connection.execute(select(suppression.c.basis, suppression.c.basis_on).where(suppression.c.digest.in_(digests))
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
        key_sealed=records.seal_json(records.firm_key_of(connection, team), _key_aad(team, key_id),
                                     {"key": key.hex(), "regions": list(regions)})))
    if entries:
        connection.execute(suppression.insert(), [
            {"digest": entry.digest, "kind": entry.kind, "basis": entry.basis, "basis_on": entry.basis_on, "request_id": entry.request_id,
             "added_at": clock.now(), "key_id": key_id} for entry in entries])
    return len(entries)


def entries_by_key(connection: Connection, team: OpenTeam) -> list[tuple[DigestKey, list[CarriedEntry]]]:
    """Every key with the entries made under it, for ``vault migrate --from-team``; a key no entry
    was made under stays behind (nothing to check under it, nothing to expose)."""
    grouped: dict[UUID | None, list[CarriedEntry]] = {}
    for row in connection.execute(select(suppression).order_by(suppression.c.added_at, suppression.c.digest)):
        grouped.setdefault(row.key_id, []).append(CarriedEntry(row.digest, row.kind, row.basis, row.basis_on, row.request_id))
    return [(key, grouped[key.key_id]) for key in digest_keys(connection, team) if grouped.get(key.key_id)]
