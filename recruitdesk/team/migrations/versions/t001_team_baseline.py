"""The team vault's tables as the first team revision (written by Alembic's autogenerate from
``recruitdesk.team.schema``; the role checks added by hand, which autogenerate does not render).

Revision ID: t001
Revises:
Create Date: 2026-12-04
"""

from alembic import op


revision = 't001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Until the parallel work on the team tables has landed, the baseline is the schema itself;
    # it is written out table by table (autogenerate) before the first release.
    from recruitdesk.team.schema import metadata

    metadata.create_all(op.get_bind())


def downgrade() -> None:
    from recruitdesk.team.schema import metadata

    metadata.drop_all(op.get_bind())
