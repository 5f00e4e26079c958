"""An index on candidates.phone, for the duplicate check at import.

Every imported file is compared with the vault by e-mail (indexed since 0001) and by phone
(not indexed): at 100,000 candidates the phone lookup scanned the whole table, about 60 ms per
file. Phones are stored normalised (E.164 where valid, see identifiers.normalise_phone), so an
equality lookup on an index finds the same rows.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-04
"""

from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_candidates_phone", "candidates", ["phone"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_candidates_phone", table_name="candidates")
