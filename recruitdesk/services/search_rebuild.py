"""Rebuilding the keyed-token search index from the encrypted data.

Needed after migration 0005 (which cannot compute tokens: it has no keys) and after a restore
(backups never carry the index). Runs at unlock when ``search_index_stale`` is set.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from recruitdesk import settings
from recruitdesk.services.documents import reindex
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate
from recruitdesk.vault.candidate_keys import CandidateKeys


def rebuild_search_index(session: Session, keys: CandidateKeys) -> int:
    """Index every candidate afresh; returns how many were indexed."""
    search_index.clear(session)
    count = 0
    for candidate in session.scalars(select(Candidate).options(selectinload(Candidate.documents))):
        reindex(session, keys, candidate)
        count += 1
    search_index.optimize(session)
    settings.put(session, "search_index_stale", False)
    return count


def rebuild_if_stale(session: Session, keys: CandidateKeys) -> bool:
    if not settings.get(session, "search_index_stale"):
        return False
    rebuild_search_index(session, keys)
    return True
