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

import datetime as dt
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruitdesk import settings
from recruitdesk.services.countdown import countdown_basis, recompute_all, refresh_all_expiries
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate, RetentionState, RowCount
from recruitdesk.vault.vault import Vault

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

BATCH_SIZE = 500  # candidates per transaction: about 50 ms of recompute on a laptop
MERGE_PAGES = 500  # index pages merged per transaction
MAX_MERGE_STEPS = 100_000  # a guard only: a 100k-CV index is merged in a few hundred steps
FOLD_BATCH = 20  # candidates whose older index rows one transaction folds away


def candidate_batches(vault: Vault, size: int = BATCH_SIZE) -> list[tuple[int, int]]:
    """(first id, last id) of consecutive batches of at most ``size`` candidates."""
    with vault.read_session() as session:
        ids = session.scalars(select(Candidate.id).order_by(Candidate.id)).all()
    return [(ids[start], ids[min(start + size, len(ids)) - 1]) for start in range(0, len(ids), size)]


def in_candidates(vault: Vault, progress: Progress, batch_size: int | None = None) -> Progress:
    """``progress`` as candidates done of all candidates, for the batch progress of
    ``recompute_in_batches`` with the same ``batch_size``: every batch but the last is full, so
    after batch k of n, min(k * size, candidates) are done. What a person wants to read
    ("1,200 of 10,000"), where the batches are an implementation detail."""
    size = batch_size or BATCH_SIZE
    with vault.read_session() as session:
        total = session.scalar(select(func.count()).select_from(Candidate)) or 0

    def report(batch: int, _batches: int) -> None:
        progress(min(batch * size, total), total)

    return report


def recompute_in_batches(vault: Vault, batch_size: int | None = None, progress: Progress | None = None,
                         cancelled: Cancelled | None = None) -> int:
    """Every countdown recomputed, ``batch_size`` candidates per transaction; returns how many.

    What a new policy (or firm default, or engine) needs: each batch also moves the expiry of
    the reserve consents in force, which follows the policy. Only a run that reaches the end
    records the basis it computed for (``retention_computed_for``); a cancelled or interrupted
    run leaves the old one, so the next daily check recomputes everyone again.
    """
    with vault.read_session() as session:
        basis = countdown_basis(session)
    batches = candidate_batches(vault, batch_size or BATCH_SIZE)
    count = 0
    for number, ids in enumerate(batches, 1):
        if cancelled is not None and cancelled():
            return count
        with vault.session() as session, session.begin():
            refresh_all_expiries(session, vault.clock.today(), ids)
            session.flush()
            count += recompute_all(session, vault.clock, ids)
        vault.checkpoint(full=False)
        if progress is not None:
            progress(number, len(batches))
    with vault.session() as session, session.begin():
        settings.put(session, "retention_computed_for", basis)
    return count


def due_for_update(session: Session, today: dt.date) -> list[int]:
    """Candidates whose countdown may have changed by ``today`` without a new fact: their next
    transition day has come (an indexed range query), or they have no countdown row yet
    (candidates added in bulk; the two tables' row counts, kept by triggers, are compared first, so
    the usual answer costs two indexed lookups and reads no whole index)."""
    due = list(session.scalars(select(RetentionState.candidate_id).where(RetentionState.next_transition_on <= today)))
    counts = dict(session.execute(select(RowCount.name, RowCount.count)).all())  # kept by triggers (0011)
    if counts["candidates"] != counts["retention_states"]:  # a countdown row cascades away with its candidate: never more rows than candidates
        due += session.scalars(select(Candidate.id).outerjoin(RetentionState).where(RetentionState.candidate_id.is_(None)))
    return sorted(set(due))


def recompute_due(vault: Vault, batch_size: int | None = None) -> int:
    """The daily countdown update when the basis is unchanged: only the candidates
    ``due_for_update`` names are evaluated, ``batch_size`` per transaction; returns how many.

    Every service that changes a candidate's facts recomputes that candidate in the same
    transaction, and a change of basis recomputes everyone, so nobody else can have changed.
    """
    with vault.read_session() as session:
        ids = due_for_update(session, vault.clock.today())
    size = batch_size or BATCH_SIZE
    count = 0
    for start in range(0, len(ids), size):
        with vault.session() as session, session.begin():
            count += recompute_all(session, vault.clock, only_ids=ids[start : start + size])
        vault.checkpoint(full=False)
    return count


def countdowns_current(vault: Vault) -> bool:
    """Whether the last whole-vault recompute was for the policy, firm defaults and engine in force."""
    with vault.read_session() as session:
        return settings.get(session, "retention_computed_for") == countdown_basis(session)


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


def fold_index_rows(vault: Vault, batch: int = FOLD_BATCH) -> int:
    """Fold away the older index rows that adding documents left (``search_index.extend_candidate``),
    ``batch`` candidates per short transaction; returns how many candidates were folded.

    Each row deleted is a secure-delete, the cost adding a document no longer pays while the
    recruiter waits; here it runs once a day in the background."""
    folded = 0
    while True:
        with vault.session() as session, session.begin():
            candidate_ids = search_index.candidates_with_older_rows(session, batch)
            for candidate_id in candidate_ids:
                search_index.fold_candidate(session, candidate_id)
        folded += len(candidate_ids)
        if len(candidate_ids) < batch:
            break
        vault.checkpoint(full=False)
    return folded


def finish_index_purge(vault: Vault) -> bool:
    """After a bulk erasure's delete markers (``search_index.remove_candidates(secure=False)``):
    merge the whole index into one segment, so no segment keeps an erased candidate's tokens,
    and clear the mark in the same transaction. Runs at the end of an erasure spread over several
    transactions (one that fits in one merges the index inside it) and, if that was interrupted,
    at the next unlock. Returns whether there was anything to do.

    One transaction, not bounded steps like ``merge_index_in_steps``: the exception to this
    module's rule, for the one job that must rewrite every index page at once. In steps, every
    page a step frees is zeroed (secure_delete) and written, then written again when the next
    step reuses it, and each step adds a commit and a checkpoint with their fsyncs. Measured at
    100,000 candidates after erasing 1,000: 16,000 WAL pages in steps of 500 against 8,700 in one
    merge; the erasure took 2.1 s of CPU against 1.9 s, and 2.5-3.1 s against 2.2 s of wall
    time. A save made meanwhile waits for this merge (about a second at 100k), once per bulk
    erasure; every freed page is still zeroed (checked on the 100k benchmark vault).
    """
    with vault.read_session() as session:
        if not settings.get(session, "search_index_purge_pending"):
            return False
    with vault.session() as session, session.begin():
        search_index.optimize(session)
        settings.put(session, "search_index_purge_pending", False)
    return True


def daily_maintenance(vault: Vault, day: str, batch_size: int | None = None, progress: Progress | None = None) -> bool:
    """Keep every countdown right, and once per calendar day (``day``) merge the index.

    When the policy, a firm default or the engine changed since the last whole-vault recompute
    (or that recompute was interrupted), everyone is recomputed, with ``progress``, even when
    the day's work was already done. Otherwise, once a day, only the candidates whose next
    transition day has come are: fact changes recompute their own candidate in between, so the
    first start of the day costs no more than any other. Returns whether anything ran.
    """
    with vault.read_session() as session:
        done_today = settings.get(session, "daily_maintenance_on") == day
    current = countdowns_current(vault)
    if not current:
        recompute_in_batches(vault, batch_size, progress)
    if done_today:
        return not current
    if current:
        recompute_due(vault, batch_size)
    fold_index_rows(vault)
    merge_index_in_steps(vault)  # keeps later erasures fast
    with vault.session() as session, session.begin():
        settings.put(session, "daily_maintenance_on", day)
    vault.checkpoint()
    return True
