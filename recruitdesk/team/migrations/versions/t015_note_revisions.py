"""The versions a note's edits replaced, sealed under the candidate's key (``team.notes``).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t015
Revises: t014
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't015'
down_revision = 't014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_note_revisions',
        sa.Column('revision_id', sa.Uuid(), nullable=False),
        sa.Column('note_id', sa.Uuid(), nullable=False),
        sa.Column('candidate_id', sa.Uuid(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('replaced_by', sa.String(length=64), nullable=False),
        sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['note_id'], ['team_notes.note_id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('revision_id'),
        sa.UniqueConstraint('note_id', 'version', name='uq_team_note_revisions_note_version'),
    )
    op.create_index(op.f('ix_team_note_revisions_note_id'), 'team_note_revisions', ['note_id'], unique=False)
    op.create_index(op.f('ix_team_note_revisions_candidate_id'), 'team_note_revisions', ['candidate_id'], unique=False)
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: revisions are written by the
    members who write notes (a recruiter or an administrator) and read by every member (the DPO too)."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT, INSERT, UPDATE, DELETE"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_note_revisions" TO "{name}"')


def downgrade() -> None:
    op.drop_index(op.f('ix_team_note_revisions_candidate_id'), table_name='team_note_revisions')
    op.drop_index(op.f('ix_team_note_revisions_note_id'), table_name='team_note_revisions')
    op.drop_table('team_note_revisions')
