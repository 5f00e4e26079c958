"""Removing an entry from the team's suppression list: who removed it, when, and why (sealed).

Each entry gets an opaque id (``entry_id``, the new primary key, so the list can name an entry
without its digest) and three removal columns: ``removed_at`` and ``removed_by`` (the member's
holder name) plain, the written reason sealed under the firm key (``removed_sealed``), since a
reason may name someone. A removed row stays, not matching; a later request for the same person
adds a new row, so the digest is unique among the active rows only (a partial unique index).

Only administrators remove: the recruiter group keeps INSERT (completing a request suppresses) and
loses UPDATE and DELETE on the list, the DPO group reads it. A downgrade gives the recruiters back
what t005 granted and drops the removed rows with the columns (they no longer matched).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t012
Revises: t011
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't012'
down_revision = 't011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('team_suppression', sa.Column('entry_id', sa.Uuid(), nullable=True))
    op.execute('UPDATE "team_suppression" SET entry_id = gen_random_uuid()')
    op.alter_column('team_suppression', 'entry_id', nullable=False)
    op.drop_constraint('team_suppression_pkey', 'team_suppression', type_='primary')
    op.create_primary_key('team_suppression_pkey', 'team_suppression', ['entry_id'])
    op.add_column('team_suppression', sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('team_suppression', sa.Column('removed_by', sa.String(length=64), nullable=True))
    op.add_column('team_suppression', sa.Column('removed_sealed', sa.LargeBinary(), nullable=True))
    op.create_index('uq_team_suppression_active', 'team_suppression', ['digest'], unique=True,
                    postgresql_where=sa.text('removed_at IS NULL'))
    _regrant(revoke=True)


def _recruiter_group() -> str | None:
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return None
    name = f"rdteam_{team_id.hex[:16]}_recruiter"
    return name if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}) else None


def _regrant(revoke: bool) -> None:
    """A team made before this revision already has its group roles: the recruiters lose (or, on a
    downgrade, get back) UPDATE and DELETE on the list; the DPO's SELECT and the admins' ALL stay."""
    name = _recruiter_group()
    if name is None:
        return
    if revoke:
        op.execute(f'REVOKE UPDATE, DELETE ON "team_suppression" FROM "{name}"')
    else:
        op.execute(f'GRANT UPDATE, DELETE ON "team_suppression" TO "{name}"')


def downgrade() -> None:
    op.drop_index('uq_team_suppression_active', table_name='team_suppression')
    op.execute('DELETE FROM "team_suppression" WHERE removed_at IS NOT NULL')
    op.drop_column('team_suppression', 'removed_sealed')
    op.drop_column('team_suppression', 'removed_by')
    op.drop_column('team_suppression', 'removed_at')
    op.drop_constraint('team_suppression_pkey', 'team_suppression', type_='primary')
    op.drop_column('team_suppression', 'entry_id')
    op.create_primary_key('team_suppression_pkey', 'team_suppression', ['digest'])
    _regrant(revoke=False)
