"""Each candidate's retention countdown: the facts, the cached deadline, and what is due now.

The engine is pure; this module feeds it from the database and stores its answer in
``retention_states`` so the candidate table can sort 100k rows by due date in SQL. Every change
of facts recomputes that candidate (and first moves the expiry of a reserve consent whose anchor
moved); a change of policy recomputes everyone.

It sits below every service that changes facts (candidates, consents, retention, importing),
and imports none of them, so those services can all build on it without importing each other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Iterable

from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, select
from sqlalchemy.orm import Session, selectinload

from recruitdesk import errors, settings
from recruitdesk.clock import Clock
from recruitdesk.retention import engine
from recruitdesk.retention.defaults import fallback_rule
from recruitdesk.retention.facts import RESERVE, RESERVE_PURPOSE, SITUATIONS, CandidateFacts, ConsentFacts, ProcedureFacts
from recruitdesk.retention.policy import Policy
from recruitdesk.retention.presets import get_preset
from recruitdesk.store.models import Candidate, Consent, Procedure, RetentionPolicy, RetentionState


# --- policy --------------------------------------------------------------------------------
def active_policy(session: Session) -> tuple[Policy, int]:
    """The policy in force and its version."""
    row = session.scalars(select(RetentionPolicy).where(RetentionPolicy.active.is_(True)).order_by(RetentionPolicy.version.desc())).first()
    if row is None:
        return get_preset(settings.get(session, "retention_preset")).policy, 0
    return Policy.from_json(row.rules_json), row.version


# The version of the countdown rules in this code (the engine, the firm defaults): raise it when
# a change to them must recompute every stored countdown at the next daily check.
ENGINE_REVISION = 1


def countdown_basis(session: Session) -> str:
    """What every stored countdown is computed from: the policy in force (its version and rules),
    the firm defaults the engine falls back on, and the engine's revision, as one fingerprint.

    The daily check compares it with ``retention_computed_for`` (written when a whole-vault
    recompute finishes): a new policy, a changed firm default or a new engine means everyone is
    recomputed; otherwise only the candidates whose next transition day has come.
    """
    policy, version = active_policy(session)
    defaults = [repr(fallback_rule(situation)) for situation in SITUATIONS]
    basis = json.dumps([ENGINE_REVISION, version, policy.to_json(), defaults], sort_keys=True)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


# --- facts and countdowns ------------------------------------------------------------------
def facts_of(candidate: Candidate) -> CandidateFacts:
    state = candidate.retention
    return CandidateFacts(
        created_on=candidate.created_at.date(),
        source=candidate.source,
        applied_on=candidate.applied_on,
        last_contact_on=candidate.last_contact_on,
        procedures=tuple(ProcedureFacts(p.outcome, p.applied_on, p.ended_on) for p in candidate.procedures),
        # A consent's expires_on is the policy's reserve deadline, kept for display; the engine
        # derives that deadline itself, so a stale stored copy can never cut retention short.
        consents=tuple(ConsentFacts(c.purpose, c.given_on, c.withdrawn_on) for c in candidate.consents),
        legal_hold_reason=state.legal_hold_reason if state else None,
        extended_until=state.extended_until if state else None,
        extension_reason=state.extension_reason if state else None,
        outplacement_started_on=candidate.outplacement_started_on,
    )


def status_of(candidate: Candidate, policy: Policy, today: dt.date) -> engine.RetentionStatus:
    return engine.evaluate(facts_of(candidate), policy, today)


def is_due_now(status: engine.RetentionStatus, today: dt.date) -> bool:
    """Whether the deadline has come: due today or earlier, and not held.

    The one definition of "due now": ``retention apply``, the daily automatic erasure, the
    erasure ledger's reason and the GUI's overdue rows all ask this.
    """
    return status.kind != engine.LEGAL_HOLD and status.due_on is not None and status.due_on <= today


def retention_state(candidate: Candidate) -> RetentionState:
    """The candidate's cached countdown row, created on first use (holds and extensions live there)."""
    if candidate.retention is None:
        candidate.retention = RetentionState(candidate_id=candidate.id)
    return candidate.retention


def recompute(session: Session, candidate: Candidate, clock: Clock, policy: tuple[Policy, int] | None = None) -> engine.RetentionStatus:
    """The candidate's countdown and next transition day, from their facts as they are now."""
    rules, version = policy or active_policy(session)
    facts = facts_of(candidate)
    status = engine.evaluate(facts, rules, clock.today())
    state = retention_state(candidate)
    state.due_on = status.due_on
    state.rule = status.rule_id
    state.policy_version = version
    state.next_transition_on = engine.next_change(facts, clock.today())
    state.computed_at = clock.now().replace(tzinfo=None)
    return status


def with_facts() -> Select[Candidate]:
    """Candidates with everything the engine reads loaded in a few queries."""
    return select(Candidate).options(
        selectinload(Candidate.procedures), selectinload(Candidate.consents), selectinload(Candidate.retention)
    )


def facts_by_id(session: Session, ids: tuple[int, int] | None = None, only_ids: Collection[int] | None = None
                ) -> tuple[dict[int, CandidateFacts], set[int]]:
    """Every candidate's facts read as plain columns in four queries, and which of them have a
    countdown row. ``ids`` (first, last) and ``only_ids`` limit the candidates read.

    Reading through the ORM costs about half a millisecond per candidate (measured: 45 s for
    100k); plain column reads grouped in Python keep it to a fraction of that.
    """
    chosen = None if only_ids is None else sorted(only_ids)

    def only(column: Any, query: Select) -> Select:
        if chosen is not None:
            query = query.where(column.in_(chosen))
        return query if ids is None else query.where(column.between(*ids))

    procedures: dict[int, list[ProcedureFacts]] = {}
    for row in session.execute(only(Procedure.candidate_id, select(Procedure.candidate_id, Procedure.outcome, Procedure.applied_on, Procedure.ended_on))):
        procedures.setdefault(row[0], []).append(ProcedureFacts(row[1], row[2], row[3]))
    consents: dict[int, list[ConsentFacts]] = {}
    for row in session.execute(only(Consent.candidate_id, select(Consent.candidate_id, Consent.purpose, Consent.given_on, Consent.withdrawn_on))):
        consents.setdefault(row[0], []).append(ConsentFacts(row[1], row[2], row[3]))
    states: dict[int, tuple[str | None, dt.date | None, str | None]] = {row[0]: (row[1], row[2], row[3]) for row in session.execute(only(RetentionState.candidate_id,
        select(RetentionState.candidate_id, RetentionState.legal_hold_reason, RetentionState.extended_until, RetentionState.extension_reason)))}
    facts: dict[int, CandidateFacts] = {}
    for candidate_id, created_at, source, applied_on, last_contact_on, outplacement_started_on in session.execute(
        only(Candidate.id, select(Candidate.id, Candidate.created_at, Candidate.source, Candidate.applied_on, Candidate.last_contact_on,
                                  Candidate.outplacement_started_on))
    ):
        hold, extended_until, extension_reason = states.get(candidate_id, (None, None, None))
        facts[candidate_id] = CandidateFacts(
            created_on=created_at.date(), source=source, applied_on=applied_on, last_contact_on=last_contact_on,
            procedures=tuple(procedures.get(candidate_id, ())), consents=tuple(consents.get(candidate_id, ())),
            legal_hold_reason=hold, extended_until=extended_until, extension_reason=extension_reason,
            outplacement_started_on=outplacement_started_on,
        )
    return facts, set(states)


def recompute_all(session: Session, clock: Clock, ids: tuple[int, int] | None = None, *, only_ids: Collection[int] | None = None) -> int:
    """Recompute every countdown (after a policy change) in a few bulk statements.

    The facts are read as plain columns (``facts_by_id``) and written back with one executemany
    UPDATE (and INSERT for candidates without a countdown row yet). ``ids`` (first, last) limits
    the work to one batch of candidates, so a whole-vault recompute can write in short
    transactions (see services.maintenance); ``only_ids`` limits it to these candidates (at most
    a few hundred: the daily check's due ones).
    """
    policy, version = active_policy(session)
    today, now = clock.today(), clock.now().replace(tzinfo=None)
    facts, with_state = facts_by_id(session, ids, only_ids)
    updates: list[dict[str, object]] = []
    inserts: list[dict[str, object]] = []
    for candidate_id, candidate_facts in facts.items():
        status = engine.evaluate(candidate_facts, policy, today)
        values: dict[str, object] = {"cid": candidate_id, "due_on": status.due_on, "rule": status.rule_id, "version": version, "now": now,
                                     "next_on": engine.next_change(candidate_facts, today)}
        (updates if candidate_id in with_state else inserts).append(values)
    table = cast(Table, RetentionState.__table__)  # declarative models are mapped to a Table
    if updates:
        session.execute(
            table.update().where(table.c.candidate_id == bindparam("cid")).values(
                due_on=bindparam("due_on"), rule=bindparam("rule"), policy_version=bindparam("version"), computed_at=bindparam("now"),
                next_transition_on=bindparam("next_on")),
            updates,
        )
    if inserts:
        session.execute(table.insert(), [
            {"candidate_id": v["cid"], "due_on": v["due_on"], "rule": v["rule"], "policy_version": v["version"], "computed_at": v["now"],
             "next_transition_on": v["next_on"]}
            for v in inserts
        ])
    session.expire_all()
    return len(updates) + len(inserts)


def load_candidate(session: Session, candidate_id: int) -> Candidate:
    candidate = session.scalars(with_facts().where(Candidate.id == candidate_id)).first()
    if candidate is None:
        raise errors.CandidateNotFound(id=candidate_id)
    return candidate


def due_now_ids(session: Session, on: dt.date) -> list[int]:
    """Candidates whose deadline has come on ``on`` (``is_due_now``), soonest first.

    The cached due dates pick the rows in SQL; the engine then re-evaluates them for ``on``.
    """
    policy, _ = active_policy(session)
    query = (
        with_facts().join(RetentionState, RetentionState.candidate_id == Candidate.id)
        .where(RetentionState.due_on <= on, RetentionState.legal_hold_reason.is_(None))
        .order_by(RetentionState.due_on, Candidate.id)
    )
    return [candidate.id for candidate in session.scalars(query) if is_due_now(status_of(candidate, policy, on), on)]


# --- reserve consent expiry ----------------------------------------------------------------
def policy_expiry(session: Session, candidate: Candidate, purpose: str, given_on: dt.date, policy: Policy | None = None) -> dt.date | None:
    """When consent for ``purpose`` given on ``given_on`` ends under the active policy.

    For the recruitment reserve this is the earliest deadline of the policy's reserve rules,
    computed by the engine from the candidate's facts as if the consent were in force.
    """
    if purpose != RESERVE_PURPOSE:
        return None
    policy = policy or active_policy(session)[0]
    consent = ConsentFacts(purpose, given_on)
    deadline = engine.earliest_deadline(policy, RESERVE, facts_of(candidate), consent)
    return deadline.due_on if deadline is not None else None


def refresh_expiries(session: Session, candidate: Candidate, today: dt.date, policy: Policy | None = None) -> int:
    """Move the expiry of reserve consents still in force when their anchors moved.

    The reserve rule counts from a fact that can change after consent was given (IT1: 12 months
    after the *last* contact; the Dutch DPA: 1 year after the end of a procedure that may still
    have been open). Call this whenever such a fact changes, before recomputing retention.
    Consents that already ended are history and stay as they are. Returns how many changed.
    """
    changed = 0
    for consent in candidate.consents:
        if consent.purpose != RESERVE_PURPOSE or consent.withdrawn_on is not None:
            continue
        if consent.expires_on is not None and consent.expires_on <= today:
            continue
        expiry = policy_expiry(session, candidate, consent.purpose, consent.given_on, policy)
        if expiry != consent.expires_on:
            consent.expires_on = expiry
            changed += 1
    return changed


def refresh_all_expiries(session: Session, today: dt.date, ids: tuple[int, int] | None = None) -> int:
    """refresh_expiries for every candidate with a reserve consent in force (after a policy
    change); ``ids`` (first, last) limits it to one batch of candidates."""
    query = with_facts().join(Consent).where(Consent.purpose == RESERVE_PURPOSE, Consent.withdrawn_on.is_(None)).distinct()
    if ids is not None:
        query = query.where(Candidate.id.between(*ids))
    candidates: Iterable[Candidate] = session.scalars(query)
    policy = active_policy(session)[0]  # once, not per consent
    return sum(refresh_expiries(session, candidate, today, policy) for candidate in candidates)
