"""Row counts kept by triggers, for the daily check.

The daily check makes sure every candidate has a countdown row (candidates added in bulk get
theirs there) by comparing how many rows ``candidates`` and ``retention_states`` hold. Counting
100,000 rows reads a whole index; on the first check after a start, every one of those pages is
read from disk and decrypted, which made the check three and a half times slower than on a plain
file. The two numbers now live in ``row_counts``, kept exact by triggers on insert and delete
(rows removed by a cascade fire them too), and the check reads two rows.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COUNTED = ("candidates", "retention_states")


def upgrade() -> None:
    op.execute("CREATE TABLE row_counts (name VARCHAR(64) NOT NULL PRIMARY KEY, count INTEGER NOT NULL)")
    for table in COUNTED:
        op.execute(f"INSERT INTO row_counts(name, count) VALUES ('{table}', (SELECT count(*) FROM {table}))")
        op.execute(f"CREATE TRIGGER {table}_counted_in AFTER INSERT ON {table} "
                   f"BEGIN UPDATE row_counts SET count = count + 1 WHERE name = '{table}'; END")
        op.execute(f"CREATE TRIGGER {table}_counted_out AFTER DELETE ON {table} "
                   f"BEGIN UPDATE row_counts SET count = count - 1 WHERE name = '{table}'; END")


def downgrade() -> None:
    for table in COUNTED:
        op.execute(f"DROP TRIGGER {table}_counted_in")
        op.execute(f"DROP TRIGGER {table}_counted_out")
    op.execute("DROP TABLE row_counts")
