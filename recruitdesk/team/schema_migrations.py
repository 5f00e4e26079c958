"""The team vault's tables in an Alembic chain of their own, on PostgreSQL.

A team is created by upgrading an empty database to the newest revision, and every client that
opens a team brings an older layout up to date first. The upgrade runs in one transaction under
a transaction-level advisory lock, so two clients starting at once do not both migrate (the
second waits, then finds nothing to do); PostgreSQL's transactional DDL means a failed upgrade
leaves the previous layout intact. A client older than the database's layout does not migrate
down: ``team_meta.schema_version`` refuses its writes (``schema_version.require_writable``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

VERSION_TABLE = "team_alembic_version"
UPGRADE_LOCK = 0x7465616D  # pg_advisory_xact_lock key shared by every client upgrading a team database


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:  # only if the migrations folder were missing from the installed package
        raise RuntimeError("the team schema migrations are not installed")
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the team database's tables to this client's newest revision (creating them on an empty database)."""
    from alembic import command

    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
        current = current_revision(connection)
        if current == head_revision() or (current is not None and current not in known_revisions()):
            return  # up to date, or written by a newer client: its writes guard stays in charge
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
