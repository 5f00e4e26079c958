"""Helpers for tests that need a vault's internals (its database key, file paths)."""

from __future__ import annotations

from recruitdesk.vault import database
from recruitdesk.vault.vault import Vault


def database_key_of(vault: Vault) -> bytes:
    """The raw SQLCipher key of an open vault (tests only: proves what is on disk)."""
    return database.database_key(vault._master, vault.vault_id)


def insert_candidates(vault: Vault, count: int) -> list[int]:
    """``count`` plain candidates (rows and search-index entries) in one bulk transaction.

    For tests about volume: adding them one by one through the service costs about 20 ms each
    on a busy machine. Their countdowns are left for the daily check to compute.
    """
    import datetime as dt
    import uuid

    from sqlalchemy import select, text

    from recruitdesk.store import search_index
    from recruitdesk.store.models import Candidate

    now = vault.clock.now().replace(tzinfo=None)
    rows = []
    for number in range(count):
        uid = str(uuid.uuid4())
        applied = vault.clock.today() - dt.timedelta(days=number % 900)
        rows.append({"uid": uid, "full_name": f"Bulk Candidate {number}", "source": "application", "situation": "applicant",
                     "applied_on": applied, "last_contact_on": applied, "created_at": now, "updated_at": now,
                     "wrapped_key": vault.candidate_keys.new_wrapped_key(uid)})
    with vault.session() as session, session.begin():
        first = session.scalar(select(Candidate.id).order_by(Candidate.id.desc()).limit(1)) or 0
        session.execute(Candidate.__table__.insert(), rows)
        ids = session.scalars(select(Candidate.id).where(Candidate.id > first).order_by(Candidate.id)).all()
        session.execute(text(f"INSERT INTO {search_index.TABLE}(rowid, tokens) VALUES (:id, :tokens)"),
                        [{"id": search_index.row_id(candidate_id), "tokens": search_index.tokens_for(vault.candidate_keys, row["full_name"], None, "")}
                         for candidate_id, row in zip(ids, rows, strict=True)])
    return list(ids)
