"""Each release of a legal hold with its written reason, sealed under the candidate's key (``team.hold_releases``).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t016
Revises: t015
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't016'
down_revision = 't015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_hold_releases',
        sa.Column('release_id', sa.Uuid(), nullable=False),
        sa.Column('candidate_id', sa.Uuid(), nullable=False),
        sa.Column('released_by', sa.String(length=64), nullable=False),
        sa.Column('released_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('release_id'),
    )
    op.create_index(op.f('ix_team_hold_releases_candidate_id'), 'team_hold_releases', ['candidate_id'], unique=False)
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: releases are written by the members
    who release a hold (a recruiter or an administrator) and read by every member (the DPO too)."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT, INSERT, UPDATE, DELETE"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_hold_releases" TO "{name}"')


def downgrade() -> None:
    op.drop_index(op.f('ix_team_hold_releases_candidate_id'), table_name='team_hold_releases')
    op.drop_table('team_hold_releases')
