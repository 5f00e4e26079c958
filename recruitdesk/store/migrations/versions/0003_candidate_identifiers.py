"""Keyed hashes of national numbers per candidate, for duplicate detection at import.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidate_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("identifier_hash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("candidate_identifiers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_candidate_identifiers_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_candidate_identifiers_identifier_hash"), ["identifier_hash"], unique=False)


def downgrade() -> None:
    op.drop_table("candidate_identifiers")
