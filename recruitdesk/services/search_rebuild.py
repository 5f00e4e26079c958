"""Rebuilding the keyed-token search index from the encrypted data.

Needed after migration 0005 (which cannot compute tokens: it has no keys) and after a restore
(backups never carry the index). Runs at unlock when ``search_index_stale`` is set, before the
vault is handed out.

The vault rebuild runs in short batches (the one-writer rule: a save waits for one batch, not
for the whole index), and is resumable: the index is cleared once, at the start, and
``search_index_rebuilt_to`` records the last candidate id indexed after every batch. The index
stays marked stale until the last batch is in, so an interrupted rebuild is never trusted: the
next unlock carries on from the recorded id.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from recruitdesk import settings
from recruitdesk.services.documents import reindex
from recruitdesk.services.maintenance import Progress, merge_index_in_steps
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.vault import Vault

REBUILD_BATCH = 100  # candidates per transaction (a few tenths of a second): decrypting CV text is most of the cost
NOT_STARTED = -1  # ``search_index_rebuilt_to`` when no rebuild is under way


def rebuild_search_index(session: Session, keys: CandidateKeys) -> int:
    """Index every candidate afresh in this one transaction; returns how many were indexed.

    For a database nobody else writes to yet (a restored backup being prepared): the vault's
    own rebuild is ``rebuild_in_batches``.
    """
    search_index.clear(session)
    count = 0
    for candidate in session.scalars(select(Candidate).options(selectinload(Candidate.documents))):
        reindex(session, keys, candidate)
        count += 1
    search_index.optimize(session)
    settings.put(session, "search_index_stale", False)
    settings.put(session, "search_index_rebuilt_to", NOT_STARTED)
    return count


def rebuild_in_batches(vault: Vault, batch_size: int | None = None, progress: Progress | None = None) -> int:
    """Index every candidate, ``batch_size`` per transaction, carrying on from where an
    interrupted rebuild stopped; returns how many were indexed by this call."""
    size = batch_size or REBUILD_BATCH
    with vault.session() as session, session.begin():
        done_to = settings.get(session, "search_index_rebuilt_to")
        if done_to == NOT_STARTED:
            # Delete markers, not FTS5 secure-delete row by row (a minute for 3,000 indexed CVs
            # in one transaction): the closing merge drops the old entries with the markers.
            search_index.clear(session, secure=False)
            done_to = 0
            settings.put(session, "search_index_rebuilt_to", done_to)
        remaining = session.scalar(select(func.count()).select_from(Candidate).where(Candidate.id > done_to)) or 0
    total = -(-remaining // size)
    count = number = 0
    while True:
        with vault.session() as session, session.begin():
            batch = session.scalars(select(Candidate).where(Candidate.id > done_to).order_by(Candidate.id).limit(size)
                                    .options(selectinload(Candidate.documents))).all()
            for candidate in batch:
                reindex(session, vault.candidate_keys, candidate)
            if batch:
                done_to = batch[-1].id
                settings.put(session, "search_index_rebuilt_to", done_to)
        if not batch:
            break
        count += len(batch)
        number += 1
        vault.checkpoint(full=False)
        if progress is not None:
            progress(min(number, total), total)
    merge_index_in_steps(vault)
    with vault.session() as session, session.begin():
        settings.put(session, "search_index_stale", False)
        settings.put(session, "search_index_rebuilt_to", NOT_STARTED)
    vault.checkpoint()
    return count


def rebuild_if_stale(vault: Vault, progress: Progress | None = None) -> bool:
    """Rebuild (or finish rebuilding) the vault's index when it is marked stale."""
    with vault.read_session() as session:
        if not settings.get(session, "search_index_stale"):
            return False
    rebuild_in_batches(vault, progress=progress)
    return True
