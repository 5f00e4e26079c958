"""An index of the audit chain by candidate: the Candidate dock reads one candidate's timeline
from the chain, which at 100,000 candidates holds hundreds of thousands of entries.

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t009
Revises: t008
Create Date: 2026-12-05
"""

from alembic import op

revision = 't009'
down_revision = 't008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('team_audit_by_candidate', 'team_audit', ['candidate_id'])


def downgrade() -> None:
    op.drop_index('team_audit_by_candidate', table_name='team_audit')
