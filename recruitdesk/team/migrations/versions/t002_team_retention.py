"""Retention in the team store: each candidate's sealed facts, the next day time alone changes
their countdown, the policy version it was computed by, and the team's policy table.

Written by hand (the columns and table match ``recruitdesk.team.schema``; the migration test compares
them). A team created before this revision keeps its candidates' deadlines until the next daily
check, which computes every candidate whose ``policy_version`` is empty from their first day in the
team (the only fact the team held) and the team's policy.

Revision ID: t002
Revises: t001
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't002'
down_revision = 't001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('team_candidates', sa.Column('facts_sealed', sa.LargeBinary(), nullable=True))
    op.add_column('team_candidates', sa.Column('next_change', sa.Date(), nullable=True))
    op.add_column('team_candidates', sa.Column('policy_version', sa.Integer(), nullable=True))
    op.create_index('team_candidates_by_next_change', 'team_candidates', ['next_change'], unique=False)
    op.create_table('team_policies',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('preset', sa.String(length=32), nullable=True),
    sa.Column('rules_json', sa.String(), nullable=False),
    sa.Column('set_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('set_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('version')
    )
    _grant_to_existing_groups()


def _grant_to_existing_groups() -> None:
    """A team made before this revision already has its group roles: give them the policy table
    (read for every member, every privilege for an admin), as ``server_roles.install`` does."""
    connection = op.get_bind()
    team_id = connection.scalar(sa.text("SELECT team_id FROM team"))
    if team_id is None:
        return
    prefix = f"rdteam_{team_id.hex[:16]}_"
    for role, privileges in (("dpo", "SELECT"), ("recruiter", "SELECT"), ("admin", "ALL")):
        name = prefix + role
        if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}):
            op.execute(f'GRANT {privileges} ON "team_policies" TO "{name}"')


def downgrade() -> None:
    op.drop_table('team_policies')
    op.drop_index('team_candidates_by_next_change', table_name='team_candidates')
    op.drop_column('team_candidates', 'policy_version')
    op.drop_column('team_candidates', 'next_change')
    op.drop_column('team_candidates', 'facts_sealed')
