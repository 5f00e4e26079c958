"""Applications: a team candidate in a vacancy's procedure (``team.applications``).

Plain on the server: opaque candidate and vacancy ids, a version, the applied and ended dates
(``ended_on`` NULL while open); the stage and outcome are sealed under the candidate's key.
Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Numbered t004 but written after t005 (the suppression list) landed first: it follows t005, so the
chain is t003 -> t005 -> t004 and a database already at t005 moves on to it.

Revision ID: t004
Revises: t005
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't004'
down_revision = 't005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('team_applications',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_id', sa.Uuid(), nullable=False),
    sa.Column('vacancy_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_sealed', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['team_candidates.candidate_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vacancy_id'], ['team_vacancies.vacancy_id']),
    sa.PrimaryKeyConstraint('application_id'),
    sa.UniqueConstraint('candidate_id', 'vacancy_id', name='uq_team_applications_candidate_vacancy')
    )
    op.create_index(op.f('ix_team_applications_candidate_id'), 'team_applications', ['candidate_id'], unique=False)
    op.create_index(op.f('ix_team_applications_vacancy_id'), 'team_applications', ['vacancy_id'], unique=False)
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    # The member groups (``server_roles``) get the same rights as on every other content table.
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT, INSERT, UPDATE, DELETE"), ("admin", "ALL")):
        name = f"rdteam_{team_id.hex[:16]}_{role}"
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_applications" TO "{name}"')


def downgrade() -> None:
    op.drop_index(op.f('ix_team_applications_vacancy_id'), table_name='team_applications')
    op.drop_index(op.f('ix_team_applications_candidate_id'), table_name='team_applications')
    op.drop_table('team_applications')
