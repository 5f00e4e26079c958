"""Removing a candidate's rows: the one routine behind erasure, restore and backup scrubbing.

Deletes the candidate (documents, notes, consents, procedures, identifiers and the wrapped
candidate key follow by ON DELETE CASCADE, as do a backup's sealed personal columns) and their
search-index row. With secure_delete on, the freed space is zeroed; callers fold the WAL.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate

CHUNK = 500  # uids per query, well below SQLite's bound-parameter limit


def remove_candidate(session: Session, candidate: Candidate) -> None:
    search_index.remove_candidate(session, candidate.id)
    session.delete(candidate)


def remove_candidates_by_uid(session: Session, uids: set[str]) -> list[str]:
    """Remove every candidate whose uid is in ``uids``; returns the uids found and removed."""
    removed = []
    ordered = sorted(uids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        for candidate in session.scalars(select(Candidate).where(Candidate.uid.in_(chunk))).all():
            removed.append(candidate.uid)
            remove_candidate(session, candidate)
    return removed
