"""Full-text search index over candidates, contentless and with FTS5 secure-delete.

Contentless (content='') so the index keeps no second copy of the text; contentless_delete=1
so rows can still be deleted; 'secure-delete' so a deleted candidate's terms are removed from
the index segments instead of being merely marked deleted.

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
        "name, email, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO candidate_search(candidate_search, rank) VALUES('secure-delete', 1)")


def downgrade() -> None:
    op.execute("DROP TABLE candidate_search")
