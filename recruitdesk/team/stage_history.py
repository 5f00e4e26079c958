"""Each move of a team application between stages: the history behind the board's "in this stage since".

The local vault keeps a dated ``StageMove`` per move; the team keeps the same in ``team_stage_moves``
(revision t014). What the server learns: that an opaque application of an opaque candidate moved on
a day, when the row was written and which member moved it (their holder name, as a note's author).
It never sees the stages moved from and to: a stage may be a firm's own words and the sequence is a
person's progress, so both are sealed under the candidate's key, bound to the row by its id. The
rows go with the application and the candidate (ON DELETE CASCADE) and are vacuumed with them
(``schema.CANDIDATE_TABLES``). Applications moved before t014 have no rows: their history starts
with their next move, and until then the board shows only the day they applied.

Written inside the caller's write (applying, moving, closing a vacancy, ``vault migrate``), so a move
and its history commit together.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import audit, records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import candidates, stage_moves

KIND = "stage_move"


@dataclass(frozen=True)
class TeamStageMove:
    move_id: UUID
    application_id: UUID
    candidate_id: UUID
    from_stage: str | None  # None: the first stage, when the candidate applied
    to_stage: str
    moved_on: dt.date
    moved_by: str  # "member:<uuid>" or "recovery"
    recorded_at: dt.datetime


def _aad(team: OpenTeam, candidate_id: UUID, move_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, move_id, "content")


def record_move(connection: Connection, team: OpenTeam, key: bytes, candidate_id: UUID, application_id: UUID,
                from_stage: str | None, to_stage: str, day: dt.date, clock: Clock,
                recorded_at: dt.datetime | None = None) -> UUID:
    """One move by the acting member inside the caller's write, its stages sealed under the candidate's
    ``key``. A copy from a local vault (``vault migrate``) passes the moment the move was made there
    (``recorded_at``, keeping the order) and names the copying member, as its notes do: the local
    vault's actor is a computer's user name, which stays behind."""
    move_id = uuid.uuid4()
    connection.execute(insert(stage_moves).values(
        move_id=move_id, application_id=application_id, candidate_id=candidate_id, moved_on=day,
        recorded_at=recorded_at or clock.now(), moved_by=audit.actor_of(team),
        content_sealed=records.seal_json(key, _aad(team, candidate_id, move_id), {"from": from_stage, "to": to_stage})))
    return move_id


def last_move_days(connection: Connection, application_ids: Collection[UUID]) -> dict[UUID, dt.date]:
    """The day of each application's latest move, from the plain columns alone (nothing opened);
    an application without history (moved only before t014) is not in the answer."""
    if not application_ids:
        return {}
    rows = connection.execute(select(stage_moves.c.application_id, stage_moves.c.moved_on)
                              .where(stage_moves.c.application_id.in_(list(application_ids)))
                              .order_by(stage_moves.c.application_id, stage_moves.c.recorded_at.desc(),
                                        stage_moves.c.moved_on.desc())).all()
    found: dict[UUID, dt.date] = {}
    for application_id, moved_on in rows:
        found.setdefault(application_id, moved_on)
    return found


def _moves(connection: Connection, team: OpenTeam, where) -> list[TeamStageMove]:
    rows = connection.execute(select(stage_moves, candidates.c.epoch_id, candidates.c.wrapped_key)
                              .join(candidates, candidates.c.candidate_id == stage_moves.c.candidate_id)
                              .where(where).order_by(stage_moves.c.recorded_at, stage_moves.c.move_id)).all()
    result = []
    for row in rows:
        key = team.keys.candidate_key(row.candidate_id, row.epoch_id, bytes(row.wrapped_key))
        value = records.open_json(key, _aad(team, row.candidate_id, row.move_id), row.content_sealed)
        result.append(TeamStageMove(row.move_id, row.application_id, row.candidate_id, value["from"], value["to"], row.moved_on,
                                    row.moved_by, row.recorded_at))
    return result


@translate_faults
def moves_of_application(engine: Engine, team: OpenTeam, application_id: UUID) -> list[TeamStageMove]:
    """The application's moves in the order they were made, stages opened here."""
    with engine.connect() as connection:
        return _moves(connection, team, stage_moves.c.application_id == application_id)


@translate_faults
def moves_of_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamStageMove]:
    """Every move of the candidate's applications, in the order they were made (``vault migrate``)."""
    with engine.connect() as connection:
        return _moves(connection, team, stage_moves.c.candidate_id == candidate_id)
