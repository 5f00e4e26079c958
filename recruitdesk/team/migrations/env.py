"""Alembic environment of the team vault's tables: always runs on a connection handed in by
``recruitdesk.team.schema_migrations``, with a version table of its own, so a team database
never mistakes its revision for a local vault's."""

from alembic import context

from recruitdesk.team.schema import metadata
from recruitdesk.team.schema_migrations import VERSION_TABLE

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
