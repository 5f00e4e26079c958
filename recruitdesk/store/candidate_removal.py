"""Removing candidates' rows: the one routine behind erasure, restore and backup scrubbing.

Set-based: for a batch of candidates, one DELETE per table that hangs off ``candidates`` with
ON DELETE CASCADE (documents, notes, consents, procedures, identifiers, the countdown, ...),
one per search-index table, then one for the candidates themselves. Anything the schema adds
later still goes with its candidate: the final DELETE cascades. Tables missing from an older
backup's schema are skipped. With secure_delete on, the freed space is zeroed; callers fold
the WAL.
"""

from __future__ import annotations

from sqlalchemy import Column, Table, delete, select, text
from sqlalchemy.orm import Session

from recruitdesk.store import search_index
from recruitdesk.store.models import Base, Candidate

CHUNK = 500  # ids per statement, well below SQLite's bound-parameter limit


def dependent_tables() -> list[tuple[Table, Column]]:
    """(table, column) of every table whose rows are deleted with their candidate, those that
    others point to last (consents before the documents their evidence refers to)."""
    found = []
    for table in reversed(Base.metadata.sorted_tables):
        for key in table.foreign_keys:
            if key.column is Candidate.__table__.c.id and (key.ondelete or "").upper() == "CASCADE":
                found.append((table, key.parent))
    return found


def remove_candidates(session: Session, candidate_ids: list[int], secure_index: bool = True) -> None:
    """Delete these candidates and everything hanging off them, one statement per table per chunk.

    ``secure_index=False``: see ``search_index.remove_candidates`` (the caller merges the index)."""
    present = _present_tables(session)
    ordered = sorted(set(candidate_ids))
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        search_index.remove_candidates(session, chunk, secure=secure_index)
        for table, column in dependent_tables():
            if table.name in present:
                session.execute(delete(table).where(column.in_(chunk)))
        session.execute(delete(Candidate).where(Candidate.id.in_(chunk)).execution_options(synchronize_session=False))


def remove_candidates_by_uid(session: Session, uids: set[str]) -> list[str]:
    """Remove every candidate whose uid is in ``uids``; returns the uids found and removed."""
    found: dict[int, str] = {}
    ordered = sorted(uids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        found.update((row[0], row[1]) for row in session.execute(select(Candidate.id, Candidate.uid).where(Candidate.uid.in_(chunk))))
    remove_candidates(session, list(found))
    return [found[candidate_id] for candidate_id in sorted(found)]


def _present_tables(session: Session) -> set[str]:
    cached = session.info.get("present_tables")
    if cached is None:
        cached = set(session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())
        session.info["present_tables"] = cached
    return cached
