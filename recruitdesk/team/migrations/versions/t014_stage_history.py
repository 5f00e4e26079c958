"""Each move of a team application between stages, its stages sealed under the candidate's key
(``team.stage_history``). Applications moved before this revision have no history: their first
recorded move is the next one.

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t014
Revises: t013
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't014'
down_revision = 't013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_stage_moves',
        sa.Column('move_id', sa.Uuid(), nullable=False),
        sa.Column('application_id', sa.Uuid(), nullable=False),
        sa.Column('candidate_id', sa.Uuid(), nullable=False),
        sa.Column('moved_on', sa.Date(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('moved_by', sa.String(length=64), nullable=False),
        sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['team_applications.application_id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('move_id'),
    )
    op.create_index(op.f('ix_team_stage_moves_application_id'), 'team_stage_moves', ['application_id'], unique=False)
    op.create_index(op.f('ix_team_stage_moves_candidate_id'), 'team_stage_moves', ['candidate_id'], unique=False)
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: moves are written by the members
    who move applications (a recruiter or an admin) and read by every member."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT, INSERT, UPDATE, DELETE"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_stage_moves" TO "{name}"')


def downgrade() -> None:
    op.drop_index(op.f('ix_team_stage_moves_candidate_id'), table_name='team_stage_moves')
    op.drop_index(op.f('ix_team_stage_moves_application_id'), table_name='team_stage_moves')
    op.drop_table('team_stage_moves')
