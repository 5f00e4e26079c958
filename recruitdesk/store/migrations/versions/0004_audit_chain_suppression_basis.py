"""Audit hash chain, a basis for every suppression entry, the outplacement start date.

- ``audit_entries`` gain ``seq`` and ``mac`` (existing entries are sealed into the chain by the
  app on first use: the key is not available to a migration), and ``audit_chain_head`` holds
  the chain's last link.
- ``suppression_list`` entries gain their basis (objection, erasure request, manual), the
  request and its date, and removal fields. Entries that a routine erasure (retention expiry or
  a manual erase without a request) put there have no basis and are removed.
- ``candidates.outplacement_started_on``: the anchor of an outplacement clock.
- The daily recompute marker is cleared, so every countdown is recomputed under the new rules
  at the next unlock.

Revision ID: 0004
Revises: 0005
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("mac", sa.LargeBinary(), nullable=True))
        batch_op.create_unique_constraint("uq_audit_entries_seq", ["seq"])
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_mac", sa.LargeBinary(), nullable=False),
        sa.Column("mac", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suppression_list", schema=None) as batch_op:
        batch_op.add_column(sa.Column("basis", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("rights_request_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("basis_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("removed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("removal_reason", sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f("ix_suppression_list_rights_request_id"), ["rights_request_id"], unique=False)
    op.execute("DELETE FROM suppression_list WHERE reason NOT IN ('objection', 'erased_request')")
    op.execute("UPDATE suppression_list SET basis = 'objection' WHERE reason = 'objection'")
    op.execute("UPDATE suppression_list SET basis = 'erasure_request' WHERE reason = 'erased_request'")
    op.execute("UPDATE suppression_list SET basis_on = date(added_at)")
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outplacement_started_on", sa.Date(), nullable=True))
    op.execute("DELETE FROM settings WHERE key = 'daily_maintenance_on'")


def downgrade() -> None:
    # Native DROP COLUMN, never a batch copy of ``candidates``: dropping the old table would
    # cascade (foreign keys are on) to every document, consent and note of every candidate.
    op.execute("ALTER TABLE candidates DROP COLUMN outplacement_started_on")
    op.execute("DROP INDEX IF EXISTS ix_suppression_list_rights_request_id")
    for column in ("removal_reason", "removed_on", "basis_on", "rights_request_id", "basis"):
        op.execute(f"ALTER TABLE suppression_list DROP COLUMN {column}")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_entries_seq", type_="unique")
        batch_op.drop_column("mac")
        batch_op.drop_column("seq")
