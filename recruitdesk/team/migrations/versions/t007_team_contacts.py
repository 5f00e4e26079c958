"""The contacts recorded with a team candidate, sealed under their key (``team.contacts``).

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t007
Revises: t006
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't007'
down_revision = 't006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'team_contacts',
        sa.Column('contact_id', sa.Uuid(), nullable=False),
        sa.Column('candidate_id', sa.Uuid(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('contact_id'),
    )
    op.create_index(op.f('ix_team_contacts_candidate_id'), 'team_contacts', ['candidate_id'], unique=False)
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: contacts are written by the
    members who write candidates (a recruiter or an admin) and read by every member."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT, INSERT, UPDATE, DELETE"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_contacts" TO "{name}"')


def downgrade() -> None:
    op.drop_index(op.f('ix_team_contacts_candidate_id'), table_name='team_contacts')
    op.drop_table('team_contacts')
