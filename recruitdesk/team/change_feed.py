"""Live refresh between members: every candidate write announces itself with NOTIFY.

The announcement is sent inside the writing transaction, so PostgreSQL delivers it only if the
write commits (a refused save or a rollback announces nothing). Its payload is the opaque
candidate id and the new version (0 when erased): other members' windows reload that row, and
the server learns nothing it did not already see in the write itself. A content record (a
document, note, consent, request, vacancy, tag or tag link) announces its kind, its opaque id,
its candidate's id (empty for firm records) and its version (0 when deleted). A new retention
policy, once every countdown follows it, announces its version: every deadline may have moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, NoReturn
from uuid import UUID

import psycopg
from sqlalchemy import Connection, Engine, func, select

from recruitdesk.team.faults import driver_fault

CHANNEL = "recruitdesk_team_changes"
ERASED = 0
POLICY = "policy"  # the payload's first part when the team's countdowns follow a new policy


@dataclass(frozen=True)
class Change:
    candidate_id: UUID
    version: int  # ERASED when the candidate is gone

    @property
    def erased(self) -> bool:
        return self.version == ERASED


@dataclass(frozen=True)
class RecordChange:
    kind: str  # document, note, consent, request, vacancy, tag, tag-link
    record_id: UUID
    candidate_id: UUID | None  # None for firm records (vacancies, tags)
    version: int  # ERASED when the record is gone

    @property
    def erased(self) -> bool:
        return self.version == ERASED


@dataclass(frozen=True)
class PolicyChange:
    version: int  # the policy version every countdown now follows


def announce(connection: Connection, candidate_id: UUID, version: int) -> None:
    connection.execute(select(func.pg_notify(CHANNEL, f"{candidate_id}:{version}")))


def announce_record(connection: Connection, kind: str, record_id: UUID, candidate_id: UUID | None, version: int) -> None:
    connection.execute(select(func.pg_notify(CHANNEL, f"{kind}:{record_id}:{candidate_id or ''}:{version}")))


def announce_policy(connection: Connection, version: int) -> None:
    connection.execute(select(func.pg_notify(CHANNEL, f"{POLICY}:{version}")))


def parse(payload: str) -> Change | RecordChange | PolicyChange | None:
    """The change a payload describes, or None for anything else on the channel."""
    parts = payload.split(":")
    try:
        if len(parts) == 2 and parts[0] == POLICY:
            return PolicyChange(int(parts[1]))
        if len(parts) == 2:
            return Change(UUID(parts[0]), int(parts[1]))
        if len(parts) == 4 and parts[0]:
            return RecordChange(parts[0], UUID(parts[1]), UUID(parts[2]) if parts[2] else None, int(parts[3]))
    except ValueError:
        return None
    return None


class ChangeListener:
    """A dedicated connection that LISTENs for the team's changes (one per client)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            self._connection = psycopg.connect(conninfo, autocommit=True)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            self._raise_fault(error, connected=False)

    def changes(self, timeout: float, stop_after: int | None = None) -> Iterator[Change | RecordChange | PolicyChange]:
        """Changes as they arrive, until ``timeout`` seconds pass or ``stop_after`` arrived."""
        try:
            for notice in self._connection.notifies(timeout=timeout, stop_after=stop_after):
                change = parse(notice.payload)
                if change is not None:
                    yield change
        except psycopg.Error as error:
            self._raise_fault(error, connected=True)

    def _raise_fault(self, error: psycopg.Error, connected: bool) -> NoReturn:
        """A lost or refused listening connection is reported like any other team server fault."""
        fault = driver_fault(error, self._engine, connected)
        if fault is None:
            raise error
        raise fault from None

    def close(self) -> None:
        self._connection.close()
