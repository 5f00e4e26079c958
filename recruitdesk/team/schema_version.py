"""The team vault's format version, so an older client never writes into a newer layout.

The version lives in ``team_meta`` (written when the team is created, raised by a future
migration). A client reads it inside every write transaction, under the same share lock on the
team row the key-generation check takes; a version above ``SCHEMA_VERSION`` refuses the write
with ``TeamSchemaNewer`` before anything is sent, so a newer client's data is never rewritten
by code that does not know its columns.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from recruitdesk.errors import TeamSchemaNewer
from recruitdesk.team.schema import meta

SCHEMA_VERSION = 1
KEY = "schema_version"


def record(connection: Connection) -> None:
    """Write this client's version into a new team's meta table."""
    connection.execute(insert(meta).values(name=KEY, value=str(SCHEMA_VERSION)))


def stored(connection: Connection) -> int:
    value = connection.scalar(select(meta.c.value).where(meta.c.name == KEY))
    return int(value) if value is not None else SCHEMA_VERSION


def require_writable(connection: Connection) -> None:
    found = stored(connection)
    if found > SCHEMA_VERSION:
        raise TeamSchemaNewer(found=found, supported=SCHEMA_VERSION)
