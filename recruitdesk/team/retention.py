"""Retention in a team vault: the policy, each candidate's facts, and the one daily check per team.

The same engine and presets as the local vault count every team candidate's deadline on a
member's machine (``countdowns``); this module is the team's write side of it:

* the policy: an admin sets it (a new version, audited); the countdowns follow at the next
  recomputation, which ``apply_policy`` does at once (then tells the other members' windows)
  and the daily check would do anyway;
* a candidate's facts: recorded with the version the member read, so two members changing a
  candidate's situation at once get the same conflict as for their name;
* the daily check: whichever member's client takes the team's advisory lock first
  (``daily_check``) recomputes the candidates whose next change is due or whose deadline came
  from an older policy, in short transactions, so no window waits behind it.

What a deadline means (alerts, erasure) is the caller's: ``due_within`` lists the candidates due in
a window of days from the plain deadlines alone, without opening anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable
from uuid import UUID

from sqlalchemy import Connection, Engine, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.retention.engine import RetentionStatus
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.retention.policy import Policy
from recruitdesk.team import audit, change_feed, countdowns, daily_check, fields, hold_releases, records
from recruitdesk.team.candidates import TeamCandidateNotFound, VersionConflict, require_current_generation
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import require_member_management, require_retention_check
from recruitdesk.team.schema import candidates, policies

POLICY_SET = "policy-set"
FACTS_DETAIL = "retention-facts"  # the audit entry's detail of a facts change (a code, never personal)
BATCH = 200  # candidates recomputed per transaction by the daily check

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TeamCheckResult:
    outcome: daily_check.Outcome
    recomputed: int


@translate_faults
def set_policy(engine: Engine, team: OpenTeam, policy: Policy, preset: str | None, clock: Clock,
               expected_version: int | None = None) -> int:
    """Store a new version of the team's policy (an admin's action); returns the version.

    ``expected_version``: the version the admin's rows replace (what their window showed). When a
    colleague saved another one meanwhile, ``TeamPolicyChanged`` says so and nothing is stored: a
    policy decides when every candidate is deleted, so it is never replaced unseen. Two saves at the
    same moment both read the same newest version; the version's primary key lets only one insert."""
    require_member_management(team.role)
    try:
        with engine.begin() as connection:
            require_current_generation(connection, team)
            current = connection.scalar(select(func.max(policies.c.version))) or 0
            if expected_version is not None and current != expected_version:
                raise errors.TeamPolicyChanged(version=current)
            version = current + 1
            connection.execute(insert(policies).values(version=version, preset=preset, rules_json=policy.to_json(),
                                                       set_at=clock.now(), set_by=audit.actor_of(team)))
            audit.append(connection, team, POLICY_SET, None, version, clock, detail=(preset or "custom")[:32])
    except IntegrityError as clash:  # a colleague's version took this number between our read and our insert
        if expected_version is None:
            raise
        with engine.connect() as connection:
            raise errors.TeamPolicyChanged(version=connection.scalar(select(func.max(policies.c.version))) or 0) from clash
    return version


def apply_policy(engine: Engine, team: OpenTeam, policy: Policy, preset: str | None, clock: Clock,
                 progress: Progress | None = None, expected_version: int | None = None) -> tuple[int, int]:
    """``policy`` in force as a new version, every countdown computed again at once, then a notice to
    every member's window (sent after the recomputation: a window that reloads at the notice reads
    the new deadlines). Returns the version and how many candidates were recomputed."""
    version = set_policy(engine, team, policy, preset, clock, expected_version)
    recomputed = recompute_due(engine, team, clock, progress)
    announce_policy(engine, version)
    return version, recomputed


@translate_faults
def announce_policy(engine: Engine, version: int) -> None:
    with engine.begin() as connection:
        change_feed.announce_policy(connection, version)


@translate_faults
def active_policy(engine: Engine) -> tuple[Policy, int, str | None]:
    """The policy in force, its version and the preset it came from (None: custom, or the default of an older team)."""
    with engine.connect() as connection:
        rules, version = countdowns.active_policy(connection)
        preset = connection.scalar(select(policies.c.preset).where(policies.c.version == version)) if version else None
    return rules, version, preset if version else countdowns.DEFAULT_PRESET


@translate_faults
def facts_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> tuple[CandidateFacts, int]:
    """The candidate's facts (consents included, as the engine counts them) and the facts' version
    (``record_facts`` checks it; a personal-field save does not change it)."""
    facts, version, _status = _read(engine, team, candidate_id, None)
    return facts, version


@translate_faults
def countdown_of(engine: Engine, team: OpenTeam, candidate_id: UUID, today: dt.date) -> tuple[RetentionStatus, CandidateFacts, int]:
    """The countdown with its reason (for the candidate's page), the facts it came from and the
    facts' version: one read, the facts opened once."""
    facts, version, status = _read(engine, team, candidate_id, today)
    assert status is not None
    return status, facts, version


def status_of(engine: Engine, team: OpenTeam, candidate_id: UUID, today: dt.date) -> RetentionStatus:
    return countdown_of(engine, team, candidate_id, today)[0]


def _read(engine: Engine, team: OpenTeam, candidate_id: UUID, today: dt.date | None):
    with engine.connect() as connection:
        row = _row(connection, candidate_id)
        key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
        facts = countdowns.open_facts(key, team.keys.team_id, candidate_id, row.facts_sealed, row.created_on)
        facts = replace(facts, consents=countdowns.consent_facts(connection, candidate_id))
        status = countdowns.evaluate(facts, countdowns.active_policy(connection)[0], today) if today is not None else None
    return facts, row.facts_version, status


@translate_faults
def record_facts(engine: Engine, team: OpenTeam, candidate_id: UUID, expected_version: int,
                 facts: CandidateFacts | Callable[[CandidateFacts], CandidateFacts], clock: Clock,
                 release_reason: str | None = None) -> int:
    """Save the candidate's facts if nobody saved their facts since ``expected_version`` (a colleague's
    edit of the name or e-mail meanwhile is no conflict: the two are versioned apart); the countdown
    is computed again in the same transaction. Returns the facts' new version.

    ``facts`` may be an edit of the stored facts, applied to them as read under the row's lock: an
    application moved meanwhile (which changes a procedure without a new facts version,
    ``applications``) is then kept instead of overwritten.

    ``release_reason``: this save ends a legal hold, for this written reason, kept sealed in the same
    transaction (``hold_releases``); the audit entry then says the hold was released and names the release."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        row = _row(connection, candidate_id, lock=True)
        if row.facts_version != expected_version:
            raise VersionConflict(candidate_id, expected_version, row.facts_version)
        key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
        if callable(facts):
            facts = facts(countdowns.open_facts(key, team.keys.team_id, candidate_id, row.facts_sealed, row.created_on))
        stored = replace(facts, created_on=row.created_on, consents=())
        values = countdowns.columns(connection, key, team.keys.team_id, candidate_id, stored, clock.today())
        saved = connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id)
                                   .values(facts_version=row.facts_version + 1, updated_at=clock.now(), **values)
                                   .returning(candidates.c.facts_version)).scalar_one()
        if release_reason is not None:
            release_id = hold_releases.record_release(connection, team, candidate_id, key, release_reason, clock)
            audit.append(connection, team, audit.UPDATED, candidate_id, row.version, clock, detail=hold_releases.RELEASED_DETAIL,
                         record_id=release_id)
        else:
            audit.append(connection, team, audit.UPDATED, candidate_id, row.version, clock, detail=FACTS_DETAIL)
        change_feed.announce(connection, candidate_id, row.version)  # the same record version: re-read, the deadline moved
    return saved


def lock_for_refresh(connection: Connection, candidate_id: UUID) -> None:
    """Take the candidate row's update lock first, in a write that will refresh the countdown (a
    consent change): two such writes then queue instead of deadlocking on a share lock each."""
    found = connection.scalar(select(candidates.c.candidate_id).where(candidates.c.candidate_id == candidate_id)
                              .with_for_update(key_share=True))
    if found is None:
        raise TeamCandidateNotFound(str(candidate_id))


def refresh(connection: Connection, team: OpenTeam, candidate_id: UUID, clock: Clock) -> None:
    """Compute the candidate's countdown again inside the caller's write (a consent given or
    withdrawn moves it). Not a change of the candidate's record: their version stays."""
    row = _row(connection, candidate_id)
    key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
    facts = countdowns.open_facts(key, team.keys.team_id, candidate_id, row.facts_sealed, row.created_on)
    values = countdowns.columns(connection, key, team.keys.team_id, candidate_id, facts, clock.today(),
                                sealed=bytes(row.facts_sealed) if row.facts_sealed is not None else None)
    connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id).values(**values))


def follow_in_facts(connection: Connection, team: OpenTeam, candidate_id: UUID, key: bytes, clock: Clock,
                    edit: Callable[[CandidateFacts], CandidateFacts | None]) -> None:
    """Lay ``edit`` over the candidate's sealed facts as stored and compute the countdown again, inside
    the caller's write, without a new candidate or facts version: an application moved or a contact
    recorded is a fact that follows from another record, not a colleague's hand edit to conflict with.
    The caller holds ``lock_for_refresh``; ``edit`` returning None leaves the facts as they are."""
    row = connection.execute(select(candidates.c.created_on, candidates.c.facts_sealed)
                             .where(candidates.c.candidate_id == candidate_id)).one()
    changed = edit(countdowns.open_facts(key, team.keys.team_id, candidate_id, row.facts_sealed, row.created_on))
    if changed is None:
        return
    values = countdowns.columns(connection, key, team.keys.team_id, candidate_id, changed, clock.today())
    connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id).values(**values))


@translate_faults
def recompute_due(engine: Engine, team: OpenTeam, clock: Clock, progress: Progress | None = None) -> int:
    """Compute again every countdown that may have changed: the next change is due, the policy is
    newer than the one it was computed by, or it was never computed. In transactions of ``BATCH``."""
    require_retention_check(team.role)
    today = clock.today()
    with engine.connect() as connection:
        _rules, version = countdowns.active_policy(connection)
        ids = list(connection.scalars(select(candidates.c.candidate_id).where(_stale(today, version))
                                      .order_by(candidates.c.candidate_id)))
    for start in range(0, len(ids), BATCH):
        with engine.begin() as connection:
            records.begin_write(connection, team)
            policy = countdowns.active_policy(connection)
            for candidate_id in ids[start:start + BATCH]:
                row = connection.execute(select(candidates).where(candidates.c.candidate_id == candidate_id)
                                         .with_for_update(key_share=True, skip_locked=True)).one_or_none()
                if row is None:  # erased meanwhile, or a colleague is saving them (their save recomputes)
                    continue
                key = team.keys.candidate_key(candidate_id, row.epoch_id, bytes(row.wrapped_key))
                facts = countdowns.open_facts(key, team.keys.team_id, candidate_id, row.facts_sealed, row.created_on)
                sealed = bytes(row.facts_sealed) if row.facts_sealed is not None else None
                values = countdowns.columns(connection, key, team.keys.team_id, candidate_id, facts, today, policy, sealed)
                connection.execute(update(candidates).where(candidates.c.candidate_id == candidate_id).values(**values))
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))
    return len(ids)


def _stale(today: dt.date, version: int):
    return or_(candidates.c.next_change <= today, candidates.c.policy_version.is_(None),
               candidates.c.policy_version != version)


def run_check(engine: Engine, team: OpenTeam, clock: Clock, progress: Progress | None = None) -> TeamCheckResult:
    """Today's retention check for the whole team, by this client if no colleague's client runs or ran it."""
    counted: list[int] = []
    outcome = daily_check.run_daily_check(engine, team, clock, lambda: counted.append(recompute_due(engine, team, clock, progress)))
    return TeamCheckResult(outcome, sum(counted))


@translate_faults
def due_within(engine: Engine, today: dt.date, days: int) -> list[tuple[UUID, dt.date]]:
    """The candidates whose deadline falls on or before ``today + days`` (overdue ones included), soonest first."""
    limit = today + dt.timedelta(days=days)
    with engine.connect() as connection:
        rows = connection.execute(select(candidates.c.candidate_id, candidates.c.deadline)
                                  .where(candidates.c.deadline <= limit)
                                  .order_by(candidates.c.deadline, candidates.c.candidate_id)).all()
    return [(candidate_id, deadline) for candidate_id, deadline in rows]


@dataclass(frozen=True)
class DueCountdown:
    """A candidate the retention dashboard lists: their name and countdown, opened on this computer."""

    candidate_id: UUID
    full_name: str
    status: RetentionStatus


@translate_faults
def due_countdowns(engine: Engine, team: OpenTeam, today: dt.date, days: int, limit: int) -> tuple[list[DueCountdown], int, int]:
    """The candidates overdue or due within ``days`` of ``today`` (at most ``limit``, soonest first) and
    those on legal hold (no deadline), each countdown evaluated again for ``today`` so its reason is
    exact; with the counts of overdue and due-soon candidates, counted on the plain deadlines.

    The server picks the rows by their plain deadlines; only those few are opened here (name, facts
    and consents), never the whole list."""
    horizon = today + dt.timedelta(days=days)
    due = candidates.c.deadline <= horizon
    columns = (candidates.c.candidate_id, candidates.c.epoch_id, candidates.c.wrapped_key, candidates.c.name_sealed,
               candidates.c.created_on, candidates.c.facts_sealed)
    with engine.connect() as connection:
        overdue_count = connection.scalar(select(func.count()).where(candidates.c.deadline < today)) or 0
        soon_count = connection.scalar(select(func.count()).where(candidates.c.deadline >= today, due)) or 0
        rows = list(connection.execute(select(*columns).where(due).order_by(candidates.c.deadline, candidates.c.candidate_id)
                                       .limit(limit)).all())
        rows += connection.execute(select(*columns).where(candidates.c.deadline.is_(None))
                                   .order_by(candidates.c.candidate_id).limit(limit)).all()
        policy = countdowns.active_policy(connection)[0]
        consents = countdowns.consent_facts_of(connection, [row.candidate_id for row in rows]) if rows else {}
        found = []
        for row in rows:
            key = team.keys.candidate_key(row.candidate_id, row.epoch_id, bytes(row.wrapped_key))
            label = str(row.candidate_id)
            name = fields.decrypt_text(key, team.keys.team_label, label, "name", row.name_sealed) or ""
            facts = countdowns.open_facts(key, team.keys.team_id, row.candidate_id, row.facts_sealed, row.created_on)
            facts = replace(facts, consents=consents.get(row.candidate_id, ()))
            found.append(DueCountdown(row.candidate_id, name, countdowns.evaluate(facts, policy, today)))
    return found, overdue_count, soon_count


def _row(connection: Connection, candidate_id: UUID, lock: bool = False):
    statement = select(candidates.c.version, candidates.c.facts_version, candidates.c.epoch_id, candidates.c.wrapped_key,
                       candidates.c.created_on, candidates.c.facts_sealed).where(candidates.c.candidate_id == candidate_id)
    row = connection.execute(statement.with_for_update(key_share=True) if lock else statement).one_or_none()
    if row is None:
        raise TeamCandidateNotFound(str(candidate_id))
    return row
