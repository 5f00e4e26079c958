"""Search index without plaintext: keyed tokens of word prefixes replace the FTS5 text index.

Migration 0002's ``candidate_search`` kept names, e-mails and the whole CV text under the
database key only. It is dropped (with secure_delete on, its pages are zeroed) and replaced by
``candidate_tokens``, whose only column holds keyed tokens (see store.search_index). Tokens
need the vault's search key, which a migration does not have, so the setting
``search_index_stale`` asks the first unlock to rebuild the index (services.search_rebuild).

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-04
"""

from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP TABLE IF EXISTS candidate_search")
    op.execute("CREATE VIRTUAL TABLE candidate_tokens USING fts5(tokens, tokenize='ascii', detail=none)")
    op.execute("INSERT INTO candidate_tokens(candidate_tokens, rank) VALUES('secure-delete', 1)")
    op.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('search_index_stale', 'true')")


def downgrade() -> None:
    op.execute("DROP TABLE candidate_tokens")
    op.execute(
        "CREATE VIRTUAL TABLE candidate_search USING fts5("
        "name, email, body, tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute("INSERT INTO candidate_search(candidate_search, rank) VALUES('secure-delete', 1)")
