"""Each countdown's next transition date, so the daily check evaluates only who is due.

``retention_states.next_transition_on`` (indexed): the first later day on which a candidate's
countdown may change without any new fact. Computing it needs the retention engine and the
policy, which a migration does not run; the column starts empty and the app's record of which
policy the countdowns were computed for (setting ``retention_computed_for``) is cleared, so the
first daily check after the upgrade recomputes every countdown once, in short batches, and
fills the column (services.maintenance.update_countdowns).

Revision ID: 0007
Revises: 0008
Create Date: 2026-12-04
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Native ADD COLUMN and CREATE INDEX: no copy of the table.
    op.add_column("retention_states", sa.Column("next_transition_on", sa.Date(), nullable=True))
    op.create_index("ix_retention_states_next_transition_on", "retention_states", ["next_transition_on"], unique=False)
    op.execute("DELETE FROM settings WHERE key IN ('retention_computed_for', 'daily_maintenance_on')")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_retention_states_next_transition_on")
    op.execute("ALTER TABLE retention_states DROP COLUMN next_transition_on")
    op.execute("DELETE FROM settings WHERE key = 'retention_computed_for'")
