"""Digest keys carried into this vault with a team's suppression list (``vault migrate --from-team``).

A suppression entry is an HMAC digest of an e-mail address or phone number whose owner was erased,
so it cannot be re-keyed under this vault's own identifier-hash key. The team's digest key (and any
key the team itself carried in) comes along, sealed under a key derived from this vault's master key
(``CandidateKeys.seal_carried_key``); every check of the list then also computes the digests under
each carried key. A vault that never received a team's list has none, and pays one empty query.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk.identifiers import digests_under
from recruitdesk.store.models import SuppressionKey
from recruitdesk.vault.candidate_keys import CandidateKeys


@dataclass(frozen=True)
class CarriedKey:
    id: int
    key: bytes
    regions: tuple[str, ...]  # the phone regions the digests were normalised in, in order


def carried_keys(session: Session, keys: CandidateKeys) -> list[CarriedKey]:
    return [CarriedKey(row.id, keys.open_carried_key(row.uid, row.key_sealed), tuple(filter(None, row.regions.split(","))))
            for row in session.scalars(select(SuppressionKey).order_by(SuppressionKey.id))]


def carried_digests(session: Session, keys: CandidateKeys, email: str | None, phone: str | None) -> list[bytes]:
    """The e-mail address's and phone number's digests under every carried key (none in most vaults)."""
    return [digest for carried in carried_keys(session, keys) for _kind, digest in digests_under(carried.key, email, phone, carried.regions)]


def add_key(session: Session, keys: CandidateKeys, key: bytes, regions: tuple[str, ...], now: dt.datetime) -> int:
    """Keep a carried digest key, sealed; returns its id (what the entries under it name in ``key_id``)."""
    uid = str(uuid.uuid4())
    row = SuppressionKey(uid=uid, key_sealed=keys.seal_carried_key(uid, key), regions=",".join(regions), added_at=now)
    session.add(row)
    session.flush()
    return row.id
