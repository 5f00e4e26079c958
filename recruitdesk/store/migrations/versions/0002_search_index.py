"""Full-text search index over candidates, with FTS5 secure-delete.

'secure-delete' makes a DELETE rewrite the index segments so a deleted candidate's terms are
gone, not merely marked deleted. It needs the row's text at deletion time, so the table keeps
its own content: a contentless table with contentless_delete=1 would only write tombstones and
leave every term on disk (measured: the erasure proof found them).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE candidate_search USING fts5("
        "name, email, body, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO candidate_search(candidate_search, rank) VALUES('secure-delete', 1)")


def downgrade() -> None:
    op.execute("DROP TABLE candidate_search")
