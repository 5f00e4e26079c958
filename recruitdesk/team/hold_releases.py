"""The releases of a team candidate's legal hold, each with the written reason it needed.

A hold is kept for a legal claim (GDPR Art. 17(3)(e)); ending it is a decision, so, as in the local
vault, it needs a written reason. The local vault asks for it and keeps only its length in the
audit trail (it has no column for the text). A team keeps the text: one row per release in
``team_hold_releases`` (t016), the reason sealed under the candidate's key with associated data
naming the release, so only members read it and it goes with the candidate when they are erased
(the row cascades, the key is shredded). The release is written in the facts save that ends the
hold (``retention.record_facts``), and its audit entry names the release (``RELEASED_DETAIL``), so
the candidate's timeline says "Legal hold released" with the reason beside it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Connection, Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import audit, records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import candidates, hold_releases

KIND = "hold-release"  # the associated data's record kind
RELEASED_DETAIL = "hold-released"  # the audit entry's detail of a facts save that released a hold (a code)


@dataclass(frozen=True)
class HoldRelease:
    release_id: UUID
    candidate_id: UUID
    released_by: str  # "member:<uuid>" or "recovery"
    released_at: dt.datetime
    reason: str = field(repr=False)


def _aad(team: OpenTeam, candidate_id: UUID, release_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, release_id, "reason")


def record_release(connection: Connection, team: OpenTeam, candidate_id: UUID, key: bytes, reason: str, clock: Clock) -> UUID:
    """Keep the release's reason, sealed under the candidate's ``key``, inside the caller's facts save; its id."""
    release_id = uuid.uuid4()
    connection.execute(insert(hold_releases).values(
        release_id=release_id, candidate_id=candidate_id, released_by=audit.actor_of(team), released_at=clock.now(),
        content_sealed=records.seal_text(key, _aad(team, candidate_id, release_id), reason)))
    return release_id


@translate_faults
def releases_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[HoldRelease]:
    """The candidate's releases, oldest first, their reasons opened on this computer."""
    with engine.connect() as connection:
        rows = connection.execute(select(hold_releases, candidates.c.epoch_id, candidates.c.wrapped_key)
                                  .join(candidates, candidates.c.candidate_id == hold_releases.c.candidate_id)
                                  .where(hold_releases.c.candidate_id == candidate_id)
                                  .order_by(hold_releases.c.released_at, hold_releases.c.release_id)).all()
    found = []
    for row in rows:
        key = team.keys.candidate_key(row.candidate_id, row.epoch_id, bytes(row.wrapped_key))
        reason = records.open_text(key, _aad(team, row.candidate_id, row.release_id), row.content_sealed) or ""
        found.append(HoldRelease(row.release_id, row.candidate_id, row.released_by, row.released_at, reason))
    return found
