"""Alembic environment: always runs on a connection handed in by ``recruitdesk.store.migrate``.

Migrations never open the database themselves: only the vault knows the key.
"""

from alembic import context

from recruitdesk.store.models import Base
from recruitdesk.store.search_index import is_search_table

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=lambda name, type_, parent: not (type_ == "table" and is_search_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
