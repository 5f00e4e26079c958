"""The retention facts' own version beside the candidate's: a colleague's retention edit and an
edit of the name or e-mail no longer refuse each other.

Written by hand, matching ``recruitdesk.team.schema`` (the migration test compares them).

Revision ID: t006
Revises: t004
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = 't006'
down_revision = 't004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('team_candidates', sa.Column('facts_version', sa.Integer(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('team_candidates', 'facts_version')
