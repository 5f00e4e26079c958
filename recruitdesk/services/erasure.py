"""Erasing candidates for real, with proof.

Deleting a candidate removes their row and everything hanging off it (documents, notes,
consents, procedures, the wrapped candidate key), their search-index entry, and then folds and
truncates the WAL, so no page of the database file or its log still holds their data
(SQLCipher's secure_delete zeroes freed content; FTS5 secure-delete rewrites index segments).

Backups are reached by crypto-erasure and scrubbing (services.key_erasure): every known backup
key file is rewritten without the candidates' keys, so no copy of a backup database can be
read for them, and every known backup database loses their rows too. An interrupted erasure is
finished at the next unlock.

What remains is allowed to remain: a ledger entry naming only the random uid (so restoring an
older backup erases them again), an audit entry, anonymous counts by month, source and
outcome, and, only when they asked for the erasure, keyed hashes of their email and phone on the
suppression list linked to that request (so the import flags them if their CV comes back; the
hashes cannot be turned back into the values).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from recruitdesk import audit, errors
from recruitdesk.retention.policy import Policy
from recruitdesk.services.countdown import active_policy, is_due_now, status_of, with_facts
from recruitdesk.services.key_erasure import erase_from_backups
from recruitdesk.services.maintenance import merge_index_in_steps
from recruitdesk.services.retention import due_now
from recruitdesk.services.suppression import suppress
from recruitdesk.store import candidate_removal
from recruitdesk.store.models import AnonymousStatistic, Candidate, ErasureLedgerEntry
from recruitdesk.vault.vault import Vault

REASONS = ("retention_due", "request", "manual")  # what the ledger may say, decided by erasure_reason
# Above this many candidates, the search index is merged first (see maintenance.merge_index_in_steps).
BULK_THRESHOLD = 10
ERASE_BATCH = 100  # candidates per transaction


@dataclass(frozen=True)
class ErasureReport:
    erased: list[int]
    missing: list[int]


def erase_candidates(vault: Vault, candidate_ids: list[int], *, request_id: int | None = None) -> ErasureReport:
    """Erase the candidates, or none of them if one is on legal hold (``CandidateOnLegalHold``).

    The reason in the ledger is the service's to decide, from each candidate's own state:
    ``request`` when a rights request is being completed, ``retention_due`` when their deadline
    has come (``countdown.is_due_now``), otherwise ``manual``.
    """
    erased, missing = [], []
    erased_uids: list[dict[str, str]] = []  # {"uid", "erased_at", "reason"} for the backups
    unique = list(dict.fromkeys(candidate_ids))
    # All are checked for a hold before the first is erased: all or nothing. Each batch checks
    # again, so a hold placed while a long erasure runs still stops the batches after it.
    refuse_if_held(vault, unique)
    if len(unique) > BULK_THRESHOLD:
        merge_index_in_steps(vault)
    # Bounded transactions: a save queued meanwhile waits for one batch, not the whole erasure.
    # Each candidate's erasure (row, index entry, ledger, audit) is complete within one batch.
    for start in range(0, len(unique), ERASE_BATCH):
        with vault.session() as session, session.begin():
            policy, _version = active_policy(session)
            today = vault.clock.today()
            found = []
            for candidate_id in unique[start : start + ERASE_BATCH]:
                candidate = session.scalars(with_facts().where(Candidate.id == candidate_id)).first()
                if candidate is None:
                    missing.append(candidate_id)
                    continue
                _refuse_if_held(candidate)
                found.append(candidate)
            for candidate in found:
                reason = erasure_reason(candidate, policy, today, request_id)
                erased_uids.append(dict(uid=candidate.uid, erased_at=vault.clock.now().replace(tzinfo=None).isoformat(), reason=reason))
                erased.append(candidate.id)
                _erase_one(session, vault, candidate, reason, request_id)
    if erased:
        _clear_write_ahead_log(vault)
        erase_from_backups(vault, erased_uids)
    return ErasureReport(erased, missing)


def erase_candidate(vault: Vault, candidate_id: int, *, request_id: int | None = None) -> None:
    report = erase_candidates(vault, [candidate_id], request_id=request_id)
    if report.missing:
        raise errors.CandidateNotFound(id=candidate_id)


def erase_due(vault: Vault, on: dt.date | None = None) -> ErasureReport:
    """Erase every candidate whose deadline has come on ``on`` (default today); holds are skipped.

    ``on`` only chooses who (``retention apply --on DATE``); the ledger's reason is still derived
    from today, so someone erased ahead of their real deadline is recorded as ``manual``.
    """
    ids = due_now(vault, on)
    return erase_candidates(vault, ids) if ids else ErasureReport([], [])


def erasure_reason(candidate: Candidate, policy: Policy, today: dt.date, request_id: int | None) -> str:
    """``request``, ``retention_due`` (deadline come) or ``manual`` (erased before it)."""
    if request_id is not None:
        return "request"
    return "retention_due" if is_due_now(status_of(candidate, policy, today), today) else "manual"


def refuse_if_held(vault: Vault, candidate_ids: list[int]) -> None:
    """Raise ``CandidateOnLegalHold`` for the first held candidate; lets a caller that does more
    than erase (completing a rights request) refuse before it changes anything."""
    with vault.read_session() as session:
        for candidate in session.scalars(with_facts().where(Candidate.id.in_(candidate_ids)).order_by(Candidate.id)):
            _refuse_if_held(candidate)


def _refuse_if_held(candidate: Candidate) -> None:
    hold = candidate.retention.legal_hold_reason if candidate.retention is not None else None
    if hold:
        raise errors.CandidateOnLegalHold(id=candidate.id, reason=hold)


def _erase_one(session: Session, vault: Vault, candidate: Candidate, reason: str, request_id: int | None) -> None:
    now = vault.clock.now().replace(tzinfo=None)
    latest = max(candidate.procedures, key=lambda p: p.ended_on or p.applied_on or dt.date.min, default=None)
    month = (candidate.applied_on or candidate.created_at.date()).strftime("%Y-%m")
    _count(session, month, candidate.source, latest.outcome if latest else "none")
    uid = candidate.uid
    if reason == "request" and request_id is not None:
        # Keyed hashes only, on the basis of the erasure request: flags the person if their CV
        # comes back, without keeping who they were. A routine erasure adds nothing.
        suppress(session, vault.candidate_keys, vault.clock, candidate.email, candidate.phone, basis="erasure_request", request_id=request_id)
    candidate_removal.remove_candidate(session, candidate)
    session.add(ErasureLedgerEntry(candidate_uid=uid, erased_at=now, reason=reason, rights_request_id=request_id))
    audit.record(session, vault.clock, "candidate.erased", candidate_uid=uid, reason=reason)


def _count(session: Session, month: str, source: str, outcome: str) -> None:
    row = session.get(AnonymousStatistic, (month, source, outcome))
    if row is None:
        session.add(AnonymousStatistic(month=month, source=source, outcome=outcome, count=1))
    else:
        row.count += 1


def _clear_write_ahead_log(vault: Vault, attempts: int = 5) -> None:
    """Checkpoint(TRUNCATE): copy the latest pages into the database and empty the WAL."""
    for _ in range(attempts):
        with vault.engine.connect() as connection:
            busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        if busy == 0:
            return
    raise errors.ErasureIncomplete()
