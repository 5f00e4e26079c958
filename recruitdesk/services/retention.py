"""Retention decisions the firm takes: the policy in force, what is due, legal holds, extensions.

The countdowns themselves (facts, cached deadlines, "due now") live in ``services.countdown``,
which every fact-changing service shares; a change of policy recomputes everyone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruitdesk import audit, errors, settings
from recruitdesk.clock import Clock
from recruitdesk.retention import engine
from recruitdesk.retention.explain import explain
from recruitdesk.retention.policy import Policy
from recruitdesk.services.countdown import (
    active_policy, due_now_ids, load_candidate, recompute, retention_state, status_of, with_facts,
)
from recruitdesk.services.maintenance import Cancelled, Progress, recompute_in_batches
from recruitdesk.store.models import Candidate, RetentionPolicy, RetentionState
from recruitdesk.vault.vault import Vault


# --- policy --------------------------------------------------------------------------------
def install_policy(session: Session, clock: Clock, policy: Policy, preset: str | None) -> int:
    """Make ``policy`` the active one as a new version; returns the version."""
    latest = session.scalar(select(RetentionPolicy.version).order_by(RetentionPolicy.version.desc()).limit(1)) or 0
    for row in session.scalars(select(RetentionPolicy).where(RetentionPolicy.active.is_(True))):
        row.active = False
    version = latest + 1
    session.add(RetentionPolicy(version=version, preset=preset, rules_json=policy.to_json(), created_at=clock.now().replace(tzinfo=None), active=True))
    if preset:
        settings.put(session, "retention_preset", preset)
    audit.record(session, clock, "retention.policy_changed", version=version, preset=preset or "custom")
    return version


def change_policy(vault: Vault, policy: Policy, preset: str | None = None, progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> int:
    """Install a new policy version, then recompute every countdown in short batches.

    ``progress(done, total)`` is called after each batch. Saves made meanwhile wait for one
    batch at most (the one-writer rule). If the recompute is cancelled or interrupted, the
    vault records that its countdowns are not yet computed for this policy, and the next
    daily check (at the next start at the latest) recomputes everyone again.
    """
    with vault.session() as session, session.begin():
        version = install_policy(session, vault.clock, policy, preset)
    recompute_in_batches(vault, progress=progress, cancelled=cancelled)
    return version


# --- alerts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueItem:
    id: int | UUID  # a team vault's candidates have UUIDs (``team_dashboard``)
    name: str
    due: dt.date | None
    overdue: bool
    kind: str
    rule: str

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "due": self.due.isoformat() if self.due else None,
                "overdue": self.overdue, "status": self.kind, "rule": self.rule}


def due_items(vault: Vault, on: dt.date, within_days: int, include_holds: bool = False, limit: int | None = None) -> list[DueItem]:
    """Candidates overdue or due within ``within_days`` of ``on`` (and on hold, if asked), soonest first.

    The cached due dates pick the rows in SQL; the engine then re-evaluates those rows for ``on``
    so the explanation and status are exact for that day.
    """
    horizon = on + dt.timedelta(days=within_days)
    with vault.read_session() as session:
        policy, _ = active_policy(session)
        query = with_facts().join(RetentionState, RetentionState.candidate_id == Candidate.id)
        if include_holds:
            query = query.where((RetentionState.due_on <= horizon) | RetentionState.legal_hold_reason.is_not(None))
        else:
            query = query.where(RetentionState.due_on <= horizon, RetentionState.legal_hold_reason.is_(None))
        if limit is not None:
            query = query.order_by(RetentionState.due_on.is_(None), RetentionState.due_on, Candidate.id).limit(limit)
        items = []
        for candidate in session.scalars(query):
            status = status_of(candidate, policy, on)
            if status.kind == engine.LEGAL_HOLD and include_holds:
                items.append(DueItem(candidate.id, candidate.full_name, None, False, status.kind, explain(status)))
            elif status.due_on is not None and status.due_on <= horizon:
                items.append(DueItem(candidate.id, candidate.full_name, status.due_on, status.due_on < on, status.kind, explain(status)))
    return sorted(items, key=lambda item: (item.due or dt.date.max, item.name))


def held_items(vault: Vault, on: dt.date) -> list[DueItem]:
    """Candidates on legal hold, with the hold's reason as explanation."""
    with vault.read_session() as session:
        policy, _ = active_policy(session)
        query = with_facts().join(RetentionState, RetentionState.candidate_id == Candidate.id).where(
            RetentionState.legal_hold_reason.is_not(None))
        items = [DueItem(c.id, c.full_name, None, False, engine.LEGAL_HOLD, explain(status_of(c, policy, on)))
                 for c in session.scalars(query)]
    return sorted(items, key=lambda item: item.name)


def due_counts(vault: Vault, on: dt.date, within_days: int) -> tuple[int, int, int]:
    """(overdue, due within the window, on hold), counted in SQL from the cached due dates."""
    horizon = on + dt.timedelta(days=within_days)
    no_hold = RetentionState.legal_hold_reason.is_(None)
    with vault.read_session() as session:
        def count(*conditions) -> int:
            return session.scalar(select(func.count()).select_from(RetentionState).where(*conditions)) or 0

        return (
            count(no_hold, RetentionState.due_on < on),
            count(no_hold, RetentionState.due_on >= on, RetentionState.due_on <= horizon),
            count(RetentionState.legal_hold_reason.is_not(None)),
        )


def due_now(vault: Vault, on: dt.date | None = None) -> list[int]:
    """Candidates whose deadline has come on ``on`` (default today), not held: what
    ``retention apply``, the daily automatic erasure and the GUI's overdue view erase."""
    with vault.session() as session:
        return due_now_ids(session, on or vault.clock.today())


# --- holds and extensions ------------------------------------------------------------------
def _require_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise errors.ReasonRequired()
    return reason


def set_legal_hold(vault: Vault, candidate_id: int, reason: str) -> None:
    reason = _require_reason(reason)
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        retention_state(candidate).legal_hold_reason = reason
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "retention.legal_hold_set", candidate_uid=candidate.uid)


def release_legal_hold(vault: Vault, candidate_id: int, reason: str) -> None:
    """End a legal hold, so the candidate's deadline runs again and erasure is allowed.

    A hold exists for legal claims (GDPR Art. 17(3)(e)), so ending it is a decision that needs a
    written reason (``ReleaseReasonRequired`` without one). The reason is firm-written text that
    may name people, and the audit log holds ids and codes only (it outlives erasure); so, as
    for the hold's own reason (kept on the retention row, not in the log), the release's text
    is not copied into the log: the entry ``retention.legal_hold_released`` records the
    candidate's uid and the reason's length, proving a reason was given. The schema has no
    column for a release reason and the hold row's reason is cleared, so the text itself is
    not kept; keeping it would need a new column (a migration).
    """
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise errors.ReleaseReasonRequired()
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        if candidate.retention is not None:
            candidate.retention.legal_hold_reason = None
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "retention.legal_hold_released", candidate_uid=candidate.uid, reason_length=len(reason))


def extend(vault: Vault, candidate_id: int, until: dt.date, reason: str) -> None:
    reason = _require_reason(reason)
    if until <= vault.clock.today():
        raise errors.ExtensionNotLater()
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        state = retention_state(candidate)
        state.extended_until = until
        state.extension_reason = reason
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "retention.extended", candidate_uid=candidate.uid, until=until.isoformat())
