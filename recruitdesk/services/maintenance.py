"""Whole-vault background work, cut into short write transactions.

The vault has one writer at a time (recruitdesk.vault.write_gate). A job that rewrote every
countdown or the whole search index in one transaction would hold the write lock for seconds at
100k candidates, and every save made meanwhile (from the GUI, or another thread) would wait that
long. Here each step is a bounded batch in its own transaction: between batches the gate goes
to whoever queued (a save waits for at most one batch), and a PASSIVE checkpoint folds the
batch's pages back into the database so the WAL stays small; a TRUNCATE checkpoint ends the job.

Every function takes an optional ``progress(done, total)`` and ``cancelled()``; a cancelled job
stops between batches, with every finished batch kept (each batch is complete on its own).
"""

from __future__ import annotations

from typing import Callable

from sqlalchemy import select

from recruitdesk import settings
from recruitdesk.services.countdown import recompute_all
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate
from recruitdesk.vault.vault import Vault

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

BATCH_SIZE = 500  # candidates per transaction: about 50 ms of recompute on a laptop
MERGE_PAGES = 500  # index pages merged per transaction
MAX_MERGE_STEPS = 100_000  # a guard only: a 100k-CV index is merged in a few hundred steps


def candidate_batches(vault: Vault, size: int = BATCH_SIZE) -> list[tuple[int, int]]:
    """(first id, last id) of consecutive batches of at most ``size`` candidates."""
    with vault.read_session() as session:
        ids = session.scalars(select(Candidate.id).order_by(Candidate.id)).all()
    return [(ids[start], ids[min(start + size, len(ids)) - 1]) for start in range(0, len(ids), size)]


def recompute_in_batches(vault: Vault, batch_size: int = BATCH_SIZE, progress: Progress | None = None,
                         cancelled: Cancelled | None = None) -> int:
    """Every countdown recomputed, ``batch_size`` candidates per transaction; returns how many."""
    batches = candidate_batches(vault, batch_size)
    count = 0
    for number, ids in enumerate(batches, 1):
        if cancelled is not None and cancelled():
            break
        with vault.session() as session, session.begin():
            count += recompute_all(session, vault.clock, ids)
        vault.checkpoint(full=False)
        if progress is not None:
            progress(number, len(batches))
    return count


def merge_index_in_steps(vault: Vault, pages: int = MERGE_PAGES, cancelled: Cancelled | None = None) -> int:
    """Merge the search index to one segment (what 'optimize' does) in bounded steps; returns the steps."""
    for step in range(1, MAX_MERGE_STEPS + 1):
        if cancelled is not None and cancelled():
            return step - 1
        with vault.session() as session, session.begin():
            worked = search_index.merge_step(session, pages)
        if not worked:
            return step
        vault.checkpoint(full=False)
    return MAX_MERGE_STEPS


def daily_maintenance(vault: Vault, day: str, batch_size: int = BATCH_SIZE) -> bool:
    """Once per calendar day (``day``): recompute every countdown and merge the index.

    Fact changes recompute their own candidate in between, and a policy change recomputes
    everyone, so once a day is enough. Returns whether it ran.
    """
    with vault.read_session() as session:
        if settings.get(session, "daily_maintenance_on") == day:
            return False
    recompute_in_batches(vault, batch_size)
    merge_index_in_steps(vault)  # keeps later erasures fast
    with vault.session() as session, session.begin():
        settings.put(session, "daily_maintenance_on", day)
    vault.checkpoint()
    return True
