"""The team's suppression list: people who objected or asked for erasure, recognised if they come back.

As in the local vault (``services.suppression``), the list keeps keyed digests of the person's
e-mail address and phone number, normalised by ``recruitdesk.identifiers`` exactly as the local
vault normalises them, never the values. The digest key is derived from the firm key, which every
member holds and which a revocation re-seals without replacing (``firm_key``): a digest written in
one key generation still matches in the next, and the server, which never has the firm key,
cannot test an address against the list. A revoked member who kept the firm key could, with a copy
of the server's data; docs/team-vault.md says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert

from recruitdesk.clock import Clock
from recruitdesk.identifiers import DEFAULT_REGIONS, EMAIL, PHONE, normalise_email, normalise_phone
from recruitdesk.team import records
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import suppression
from recruitdesk.vault import crypto

OBJECTION, ERASURE_REQUEST = "objection", "erasure_request"
BASES = (OBJECTION, ERASURE_REQUEST)
BASIS_OF_REQUEST = {"erasure": ERASURE_REQUEST, "objection": OBJECTION}  # the request kinds (the register's codes) that suppress


@dataclass(frozen=True)
class SuppressionHit:
    """Why a person is on the list: the basis and the day the request was received (no identity)."""

    basis: str
    basis_on: dt.date


def _digests(connection: Connection, team: OpenTeam, email: str | None, phone: str | None) -> list[tuple[str, bytes]]:
    key = crypto.derive_key(records.firm_key_of(connection, team), "recruitdesk/team/suppression")
    found = []
    if email and email.strip():
        found.append((EMAIL, crypto.keyed_hash(key, f"{EMAIL}:{normalise_email(email)}".encode())))
    if phone:
        normalised = normalise_phone(phone, DEFAULT_REGIONS)
        if normalised.lstrip("+"):
            found.append((PHONE, crypto.keyed_hash(key, f"{PHONE}:{normalised}".encode())))
    return found


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
    """The earliest entry for the person's e-mail address or phone number, if any."""
    digests = [digest for _kind, digest in _digests(connection, team, email, phone)]
    if not digests:
        return None
    row = connection.execute(select(suppression.c.basis, suppression.c.basis_on).where(suppression.c.digest.in_(digests))
                             .order_by(suppression.c.basis_on).limit(1)).one_or_none()
    return SuppressionHit(row.basis, row.basis_on) if row is not None else None
