"""The facts about one candidate that retention clocks depend on, and the situation they put them in.

Kept separate from the database models so the engine is a pure function that property tests
can drive with generated facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Situations, in precedence order: the first that holds decides which rules run.
OUTPLACEMENT = "outplacement"
RESERVE = "reserve"
PROCEDURE_OPEN = "procedure_open"
HIRED = "hired"
NOT_HIRED = "not_hired"
SOURCED = "sourced"
SITUATIONS = (OUTPLACEMENT, RESERVE, PROCEDURE_OPEN, HIRED, NOT_HIRED, SOURCED)

RESERVE_PURPOSE = "recruitment_reserve"


@dataclass(frozen=True)
class ProcedureFacts:
    outcome: str  # open, hired, not_hired, withdrawn
    applied_on: dt.date | None = None
    ended_on: dt.date | None = None


@dataclass(frozen=True)
class ConsentFacts:
    purpose: str
    given_on: dt.date
    withdrawn_on: dt.date | None = None
    expires_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return (
            self.given_on <= day
            and (self.withdrawn_on is None or self.withdrawn_on > day)
            and (self.expires_on is None or self.expires_on > day)
        )


@dataclass(frozen=True)
class CandidateFacts:
    created_on: dt.date
    source: str = "application"  # application, job_site, referral, sourced, outplacement
    applied_on: dt.date | None = None
    last_contact_on: dt.date | None = None
    procedures: tuple[ProcedureFacts, ...] = ()
    consents: tuple[ConsentFacts, ...] = field(default=())
    legal_hold_reason: str | None = None
    extended_until: dt.date | None = None
    extension_reason: str | None = None
    outplacement_started_on: dt.date | None = None

    @property
    def outplacement_start(self) -> dt.date:
        """The start of the outplacement, a fact of its own; the application date until it is recorded."""
        return self.outplacement_started_on or self.application_date

    # --- derived anchors ---------------------------------------------------------------
    @property
    def application_date(self) -> dt.date:
        dates = [p.applied_on for p in self.procedures if p.applied_on] + ([self.applied_on] if self.applied_on else [])
        return min(dates) if dates else self.created_on

    @property
    def last_contact(self) -> dt.date:
        dates = [d for d in (self.last_contact_on, self.applied_on, self.procedure_end) if d]
        return max(dates) if dates else self.created_on

    @property
    def procedure_end(self) -> dt.date | None:
        ended = [p.ended_on for p in self.procedures if p.outcome != "open" and p.ended_on]
        return max(ended) if ended else None

    def reserve_consent(self, today: dt.date) -> ConsentFacts | None:
        active = [c for c in self.consents if c.purpose == RESERVE_PURPOSE and c.active_on(today)]
        return max(active, key=lambda c: c.given_on) if active else None

    def withdrawn_reserve_consent(self) -> ConsentFacts | None:
        withdrawn = [c for c in self.consents if c.purpose == RESERVE_PURPOSE and c.withdrawn_on]
        return max(withdrawn, key=lambda c: c.withdrawn_on or dt.date.min) if withdrawn else None

    def situation(self, today: dt.date) -> str:
        if self.source == "outplacement":
            return OUTPLACEMENT
        if any(p.outcome == "open" for p in self.procedures):
            return PROCEDURE_OPEN
        if self.reserve_consent(today) is not None:
            return RESERVE
        latest = max(self.procedures, key=lambda p: (p.ended_on or dt.date.min, p.applied_on or dt.date.min), default=None)
        if latest is not None and latest.outcome == "hired":
            return HIRED
        if latest is not None:
            return NOT_HIRED
        if self.source == "sourced":
            return SOURCED
        return NOT_HIRED if self.applied_on else SOURCED
