"""A database login per member: the login's name beside the member and their invitation, and
the members' groups allowed to read the revision table (a member's client checks it on open).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t003
Revises: t002
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't003'
down_revision = 't002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('team_members', sa.Column('login', sa.String(length=63), nullable=True))
    op.add_column('team_invites', sa.Column('login', sa.String(length=63), nullable=True))
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    for role in ("dpo", "recruiter", "admin"):
        name = f"rdteam_{team_id.hex[:16]}_{role}"
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT SELECT ON "team_alembic_version" TO "{name}"')


def downgrade() -> None:
    op.drop_column('team_invites', 'login')
    op.drop_column('team_members', 'login')
