"""The retention facts a recruiter records for a team candidate, as the team window edits them.

The team store keeps a candidate's whole ``CandidateFacts`` sealed (``team.countdowns``); the
window edits the part a recruiter decides day to day: how the candidate came in, when they
applied, the latest procedure's outcome and end, a legal hold with its reason and an extension
with its end and reason. :func:`apply_edit` lays such an edit over the stored facts, keeping what
the window does not show (earlier procedures, the last contact, an outplacement's start); a
reopening (:func:`with_outcome` ``open``) adds a new procedure from its day beside the one that
ended, as a local vault's ``record_outcome`` does, unless one is running already; and
:func:`check_edit` refuses what the local vault refuses too (a hold or an extension without a
written reason, an extension that does not end after today).

The Record facts… dialog records one fact at a time (:func:`with_application`, :func:`with_outcome`, :func:`with_hold`,
:func:`released`, :func:`with_extension`), each laid over the facts as read and saved over their
version; when a colleague saved first, :func:`merged` lays the facts the user changed over the
colleague's version (the dialog's "Merge" choice).

The countdown itself (:class:`RetentionView`) is the engine's, with its translated explanation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from recruitdesk import errors
from recruitdesk.retention import engine
from recruitdesk.retention.engine import RetentionStatus
from recruitdesk.retention.explain import explain
from recruitdesk.retention.facts import RESERVE_PURPOSE, CandidateFacts, ProcedureFacts

MIN_REASON = 5  # characters of a written reason, as the local vault asks
OPEN = "open"  # a procedure still running has no end date
_FACT_GROUPS = (("source",), ("applied_on",), ("outcome", "ended_on", "reopened_on"), ("legal_hold_reason", "release_reason"),
                ("extended_until", "extension_reason"))


@dataclass(frozen=True)
class TeamFacts:
    """The facts the team window shows and edits; ``outcome`` None: no procedure recorded.

    ``reopened_on``: the user asked for a new procedure from that day (Reopen), not read from the facts."""

    source: str
    applied_on: dt.date | None = None
    outcome: str | None = None
    ended_on: dt.date | None = None
    legal_hold_reason: str | None = None
    extended_until: dt.date | None = None
    extension_reason: str | None = None
    reopened_on: dt.date | None = None
    # an edit that ends the hold: why (:func:`released`); kept sealed with the release (``team.hold_releases``),
    # not a stored fact, so facts read from the store have None
    release_reason: str | None = None


@dataclass(frozen=True)
class RetentionView:
    """A candidate's countdown as the retention dialog shows it, with the facts and the version read."""

    kind: str  # engine.DUE, OVERDUE, LEGAL_HOLD, EXTENDED
    due_on: dt.date | None
    days_left: int | None
    explanation: str
    facts: TeamFacts
    version: int
    reserve_consent_since: dt.date | None
    last_contact_on: dt.date | None = None

    @property
    def on_hold(self) -> bool:
        return self.kind == engine.LEGAL_HOLD


@dataclass(frozen=True)
class FactsConflict:
    """Facts refused because another member saved the candidate first: both versions, nothing lost.

    Saving ``mine`` again with ``their_version`` as the version read keeps the user's facts."""

    candidate_id: object
    mine: TeamFacts
    my_version: int
    theirs: TeamFacts
    their_version: int


def edit_of(facts: CandidateFacts) -> TeamFacts:
    """The window's part of the stored facts (the latest procedure stands for the candidate's procedure)."""
    latest = facts.procedures[-1] if facts.procedures else None
    return TeamFacts(facts.source, facts.applied_on, latest.outcome if latest else None, latest.ended_on if latest else None,
                     facts.legal_hold_reason, facts.extended_until, facts.extension_reason)


def check_edit(edit: TeamFacts, today: dt.date) -> TeamFacts:
    """The edit with its reasons trimmed (a procedure ended without a day ends today), or the translated
    refusal the local vault gives for the same."""
    hold = (edit.legal_hold_reason or "").strip() or None
    extension = (edit.extension_reason or "").strip() or None
    if edit.legal_hold_reason is not None and len(hold or "") < MIN_REASON:
        raise errors.ReasonRequired()
    if edit.extended_until is not None:
        if len(extension or "") < MIN_REASON:
            raise errors.ReasonRequired()
        if edit.extended_until <= today:
            raise errors.ExtensionNotLater()
    ended = (edit.ended_on or today) if edit.outcome not in (None, OPEN) else None
    release = ((edit.release_reason or "").strip() or None) if hold is None else None  # a hold kept is not released
    return replace(edit, legal_hold_reason=hold, extension_reason=extension if edit.extended_until else None, ended_on=ended,
                   reopened_on=edit.reopened_on if edit.outcome == OPEN else None, release_reason=release)


def apply_edit(facts: CandidateFacts, edit: TeamFacts) -> CandidateFacts:
    """``facts`` with the window's edit laid over them; what the window does not show is kept. A
    reopening adds an open procedure from its day when none is running (a running one stays as it is)."""
    procedures = list(facts.procedures)
    if edit.reopened_on is not None:
        if not any(procedure.outcome == OPEN for procedure in procedures):
            procedures.append(ProcedureFacts(OPEN, edit.reopened_on, None))
    elif edit.outcome is None:
        procedures = procedures[:-1]
    else:
        applied = procedures[-1].applied_on if procedures else edit.applied_on
        latest = ProcedureFacts(edit.outcome, applied, edit.ended_on)
        procedures = procedures[:-1] + [latest] if procedures else [latest]
    return replace(facts, source=edit.source, applied_on=edit.applied_on, procedures=tuple(procedures),
                   legal_hold_reason=edit.legal_hold_reason, extended_until=edit.extended_until,
                   extension_reason=edit.extension_reason)


def view_of(status: RetentionStatus, facts: CandidateFacts, version: int, today: dt.date) -> RetentionView:
    consent = facts.reserve_consent(today)
    return RetentionView(status.kind, status.due_on, status.days_left(today), explain(status), edit_of(facts), version,
                         consent.given_on if consent is not None and consent.purpose == RESERVE_PURPOSE else None,
                         facts.last_contact_on)


def with_application(edit: TeamFacts, source: str, applied_on: dt.date | None) -> TeamFacts:
    """How the candidate came in and the day they applied (None: not known)."""
    return replace(edit, source=source, applied_on=applied_on)


def with_outcome(edit: TeamFacts, outcome: str, on: dt.date) -> TeamFacts:
    """The procedure's outcome on ``on`` (``open``: a new procedure from ``on``, without an end)."""
    if outcome == OPEN:
        return replace(edit, outcome=OPEN, ended_on=None, reopened_on=on)
    return replace(edit, outcome=outcome, ended_on=on, reopened_on=None)


def with_hold(edit: TeamFacts, reason: str) -> TeamFacts:
    """On legal hold for ``reason`` (:func:`check_edit` refuses one too short)."""
    return replace(edit, legal_hold_reason=reason)


def released(edit: TeamFacts, reason: str) -> TeamFacts:
    """The hold ended; as the local vault, only with a written reason why."""
    if len(reason.strip()) < MIN_REASON:
        raise errors.ReasonRequired()
    return replace(edit, legal_hold_reason=None, release_reason=reason.strip())


def with_extension(edit: TeamFacts, until: dt.date, reason: str) -> TeamFacts:
    """Kept until ``until`` for ``reason`` (:func:`check_edit` refuses a short reason or a past day)."""
    return replace(edit, extended_until=until, extension_reason=reason)


def merged(read: TeamFacts, mine: TeamFacts, theirs: TeamFacts) -> TeamFacts:
    """``theirs`` with every fact the user changed from ``read`` taken from ``mine`` (an outcome with its
    day, an extension with its reason: a pair changes together)."""
    changed: dict[str, object] = {}
    for group in _FACT_GROUPS:
        if any(getattr(mine, name) != getattr(read, name) for name in group):
            changed.update({name: getattr(mine, name) for name in group})
    return replace(theirs, **changed)  # type: ignore[arg-type]
