"""One retention check a day per team, run by whichever member's client gets there first.

Every client tries at start-up; only one may run it. The client takes a session-level
``pg_try_advisory_lock`` on a key derived from the team's id (never waiting: a client that does
not get it skips at once, so no window hangs behind a colleague's check). The holder runs the
check unless the team's meta table says it already ran today, records today's date, and
releases the lock; a client that dies mid-check loses its session and so the lock, and the next
client runs the check again (it has to be safe to repeat, as the local vault's check is).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from typing import Callable
from uuid import UUID

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.dialects.postgresql import insert

from recruitdesk.clock import Clock
from recruitdesk.team import schema_version
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_retention_check
from recruitdesk.team.schema import meta

CHECKED_ON = "retention_checked_on"


class Outcome(enum.Enum):
    RAN = "ran"
    RUNNING_ELSEWHERE = "running-elsewhere"  # another member's client holds the lock right now
    DONE_TODAY = "done-today"


def lock_key(team_id: UUID) -> int:
    """A signed 64-bit advisory lock key that belongs to this team's check alone."""
    digest = hashlib.sha256(b"recruitdesk team retention check\0" + team_id.bytes).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@translate_faults
def run_daily_check(engine: Engine, team: OpenTeam, clock: Clock, check: Callable[[], object]) -> Outcome:
    """Run ``check`` if no other client is running it and it has not run today (a DPO's client never runs it)."""
    require_retention_check(team.role)
    key = lock_key(team.keys.team_id)
    with engine.connect() as connection:
        taken = connection.scalar(select(func.pg_try_advisory_lock(key)))
        connection.commit()  # the lock belongs to the session and outlives this transaction
        if not taken:
            return Outcome.RUNNING_ELSEWHERE
        try:
            return _run_once_today(connection, clock, check)
        finally:
            connection.rollback()
            connection.execute(select(func.pg_advisory_unlock(key)))
            connection.commit()


def _run_once_today(connection: Connection, clock: Clock, check: Callable[[], object]) -> Outcome:
    today = clock.today()
    if last_checked_on(connection) == today:
        return Outcome.DONE_TODAY
    schema_version.require_writable(connection)
    check()
    connection.execute(insert(meta).values(name=CHECKED_ON, value=today.isoformat())
                       .on_conflict_do_update(index_elements=[meta.c.name], set_={"value": today.isoformat()}))
    connection.commit()
    return Outcome.RAN


def last_checked_on(connection: Connection) -> dt.date | None:
    value = connection.scalar(select(meta.c.value).where(meta.c.name == CHECKED_ON))
    return dt.date.fromisoformat(value) if value else None
