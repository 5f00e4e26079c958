"""The consent wording a message asked the candidate to agree to, kept with that contact.

A rejection letter may ask whether the candidate wants to stay in the recruitment reserve and
quote the consent sentence (with a version code). When the candidate says yes, days later, the
consent must be recorded with exactly the wording that was sent; so "Mark as sent" keeps that
sentence with the contact (``contact_events.wording_enc``, encrypted with the candidate's key
like every other piece of correspondence, and ``wording_version``). Both are empty for every
earlier contact: nothing to fill in.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Native ADD COLUMN (nullable, no default): no copy of the table.
    op.add_column("contact_events", sa.Column("wording_version", sa.String(length=40), nullable=True))
    op.add_column("contact_events", sa.Column("wording_enc", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE contact_events DROP COLUMN wording_enc")
    op.execute("ALTER TABLE contact_events DROP COLUMN wording_version")
