"""Rights requests carried out in the team vault: a candidate's processing restricted, and the
suppression list of people who objected or asked for erasure (keyed digests only).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t005
Revises: t003
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't005'
down_revision = 't003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('team_candidates', sa.Column('restricted', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table(
        'team_suppression',
        sa.Column('digest', sa.LargeBinary(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('basis', sa.String(length=20), nullable=False),
        sa.Column('basis_on', sa.Date(), nullable=False),
        sa.Column('request_id', sa.Uuid(), nullable=True),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['request_id'], ['team_requests.request_id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('digest'),
    )
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: the suppression list is
    written by whoever completes a request (a recruiter or an admin) and read by every member."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT, INSERT, UPDATE, DELETE"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_suppression" TO "{name}"')


def downgrade() -> None:
    op.drop_table('team_suppression')
    op.drop_column('team_candidates', 'restricted')
