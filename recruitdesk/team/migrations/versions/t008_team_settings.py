"""The team's own settings, sealed under the firm key (``team.firm_profile``): the firm profile first.

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t008
Revises: t007
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't008'
down_revision = 't007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_settings',
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('name'),
    )
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: the settings are read by every
    member (a letter is signed with the firm profile) and written by administrators only."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_settings" TO "{name}"')


def downgrade() -> None:
    op.drop_table('team_settings')
