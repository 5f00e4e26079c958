"""Suppression entries copied from a team vault, with the digest keys they were made under.

``vault migrate --from-team`` copies the team's suppression list into the new local vault. The
entries are HMAC digests of e-mail addresses and phone numbers whose values are gone (the people
were erased), so they cannot be re-keyed under this vault's identifier-hash key: the team's digest
key(s) come along instead, sealed under a key derived from the local master key, in
``suppression_keys``; each carried entry names its key in ``suppression_list.key_id`` (NULL for
every entry made here, under this vault's own key). Nothing to fill in for existing vaults.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suppression_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("key_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("regions", sa.String(length=20), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    # Native ADD COLUMN (nullable, no default): no copy of the table.
    op.add_column("suppression_list", sa.Column("key_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE suppression_list DROP COLUMN key_id")
    op.drop_table("suppression_keys")
