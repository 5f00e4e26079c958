"""The register of data-subject requests, with the deadlines of GDPR Art. 12(3).

A request is answered within one calendar month of receipt (31 January -> 28/29 February, the
same clamping as retention periods). The firm may extend by up to two further months, but only
with reasons and only while the first month runs (the person must be told within it); the
register refuses anything else with a typed error, so a late or open-ended extension cannot be
recorded by accident.

Completion records what was done. Some kinds carry their action with them, so the proof is in
the same place as the request:

- erasure: the candidate is erased through ``services.erasure``; the erasure ledger entry names
  the request (``rights_request_id``) and is the proof;
- objection: the person's email and phone go on the suppression list as keyed hashes (so an
  objector who comes back is flagged, without keeping who they are), then their data is erased
  or restricted, as the recruiter chooses;
- restriction: the candidate is marked restricted (``situation = "restricted"``);
- consent withdrawal: every consent still in force is withdrawn and retention recomputed.

Requests are audited by number and kind only; the free texts (identity check, outcome) stay in
the encrypted database and never reach the audit log.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruitdesk import audit, errors
from recruitdesk.dates import long_date
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.retention.periods import add_months
from recruitdesk.services.consents import withdraw_all
from recruitdesk.services.erasure import erase_candidate, refuse_if_held
from recruitdesk.services.countdown import load_candidate
from recruitdesk.identifiers import firm_regions, identifier_hashes
from recruitdesk.services.suppression import is_suppressed, suppress  # noqa: F401 - part of this module's API
from recruitdesk.store.models import Candidate, RightsRequest
from recruitdesk.vault.vault import Vault

ACCESS = "access"
PORTABILITY = "portability"
RECTIFICATION = "rectification"
ERASURE = "erasure"
RESTRICTION = "restriction"
OBJECTION = "objection"
CONSENT_WITHDRAWAL = "consent_withdrawal"
KINDS = (ACCESS, PORTABILITY, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, CONSENT_WITHDRAWAL)

KIND_LABELS = {
    ACCESS: N_("requests", "Access to data"),
    PORTABILITY: N_("requests", "Data portability"),
    RECTIFICATION: N_("requests", "Rectification"),
    ERASURE: N_("requests", "Erasure"),
    RESTRICTION: N_("requests", "Restriction of processing"),
    OBJECTION: N_("requests", "Objection"),
    CONSENT_WITHDRAWAL: N_("requests", "Consent withdrawal"),
}

ERASE = "erase"
RESTRICT = "restrict"
ACTIONS = (ERASE, RESTRICT)
RESTRICTED = "restricted"  # Candidate.situation of a person whose processing is restricted

FIRST_PERIOD_MONTHS = 1
MAX_EXTENSION_MONTHS = 2
MIN_REASON_LENGTH = 5


# --- errors ----------------------------------------------------------------------------------
class RequestError(RecruitDeskError):
    exit_code = 2


class UnknownRequestKind(RequestError):
    code = "unknown-request-kind"
    template = N_("errors", "\"{kind}\" is not a kind of request. Choose one of: {choices}.")


class RequestNotFound(RequestError):
    code = "request-not-found"
    exit_code = 3
    template = N_("errors", "There is no request with number {id}.")


class RequestDateInFuture(RequestError):
    code = "request-date-in-future"
    template = N_("errors", "A request cannot be received on a day that has not come yet ({date}).")


class RequestAlreadyCompleted(RequestError):
    code = "request-already-completed"
    template = N_("errors", "Request {id} was already completed on {date}.")


class ExtensionReasonRequired(RequestError):
    code = "request-extension-reason-required"
    template = N_("errors", "Extending the answer period needs the reasons you will give the person (at least a few words).")


class ExtensionTooLate(RequestError):
    code = "request-extension-too-late"
    template = N_(
        "errors",
        "The answer period can only be extended within the first month, which ended on {date}. Answer the request now.",
    )


class ExtensionTooLong(RequestError):
    code = "request-extension-too-long"
    template = N_("errors", "The answer period can be extended by one or two months only, to {date} at the latest.")


class ExtensionNotLonger(RequestError):
    code = "request-extension-not-longer"
    template = N_("errors", "Request {id} is already extended to {date}; a new extension must end later.")


class IdentityNotChecked(RequestError):
    code = "request-identity-not-checked"
    template = N_("errors", "Record how the person's identity was checked before completing request {id}.")


class OutcomeRequired(RequestError):
    code = "request-outcome-required"
    template = N_("errors", "Say what was done to complete the request (a few words).")


class ActionRequired(RequestError):
    code = "request-action-required"
    template = N_("errors", "An objection ends in erasure or in restriction: choose one.")


class NothingToSuppress(RequestError):
    code = "request-nothing-to-suppress"
    template = N_("errors", "Request {id} has no email address or phone number to put on the suppression list. Link the candidate or give one.")


class RequestNeedsCandidate(RequestError):
    code = "request-needs-candidate"
    template = N_("errors", "Request {id} is not linked to a candidate, so there is nothing to restrict. Link it first.")


# --- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestView:
    id: int | UUID  # a team vault's records have UUIDs (``team_detail``)
    kind: str
    candidate_id: int | UUID | None
    candidate_name: str | None
    received_on: dt.date
    identity_check: str | None
    due_on: dt.date
    extended_to: dt.date | None
    extension_reason: str | None
    completed_on: dt.date | None
    outcome: str | None

    @property
    def deadline(self) -> dt.date:
        """The date the answer is due, taking an extension into account."""
        return self.extended_to or self.due_on

    @property
    def is_open(self) -> bool:
        return self.completed_on is None

    def overdue_on(self, day: dt.date) -> bool:
        return self.is_open and self.deadline < day

    def days_left(self, day: dt.date) -> int:
        return (self.deadline - day).days

    def to_json(self) -> dict:
        def iso(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        return {"id": self.id, "kind": self.kind, "candidate_id": self.candidate_id, "candidate": self.candidate_name,
                "received": iso(self.received_on), "identity_check": self.identity_check, "due": iso(self.due_on),
                "extended_to": iso(self.extended_to), "extension_reason": self.extension_reason,
                "deadline": iso(self.deadline), "completed": iso(self.completed_on), "outcome": self.outcome}


def _view(session: Session, request: RightsRequest) -> RequestView:
    candidate = session.get(Candidate, request.candidate_id) if request.candidate_id else None
    name = candidate.full_name if candidate is not None else None
    return RequestView(request.id, request.kind, request.candidate_id, name, request.received_on, request.identity_check,
                       request.due_on, request.extended_to, request.extension_reason, request.completed_on, request.outcome)


def get_request(vault: Vault, request_id: int) -> RequestView:
    with vault.read_session() as session:
        return _view(session, _load(session, request_id))


def list_requests(vault: Vault, open_only: bool = False, candidate_id: int | None = None) -> list[RequestView]:
    """Requests, the most urgent open ones first, then completed ones newest first."""
    query = select(RightsRequest)
    if open_only:
        query = query.where(RightsRequest.completed_on.is_(None))
    if candidate_id is not None:
        query = query.where(RightsRequest.candidate_id == candidate_id)
    with vault.read_session() as session:
        views = [_view(session, r) for r in session.scalars(query)]
    open_views = sorted((v for v in views if v.is_open), key=lambda v: (v.deadline, v.id))
    done = sorted((v for v in views if not v.is_open), key=lambda v: (v.completed_on, v.id), reverse=True)
    return open_views + done


def answer_due_date(received_on: dt.date) -> dt.date:
    """One calendar month after receipt, clamped at month end (Art. 12(3))."""
    return add_months(received_on, FIRST_PERIOD_MONTHS)


def latest_extension(received_on: dt.date) -> dt.date:
    return add_months(received_on, FIRST_PERIOD_MONTHS + MAX_EXTENSION_MONTHS)


# --- registering and extending ---------------------------------------------------------------
def register(
    vault: Vault,
    kind: str,
    received_on: dt.date | None = None,
    candidate_id: int | None = None,
    identity_check: str | None = None,
) -> RequestView:
    """Register a request received on ``received_on`` (today by default); the due date follows."""
    if kind not in KINDS:
        raise UnknownRequestKind(kind=kind, choices=", ".join(KINDS))
    received_on = received_on or vault.clock.today()
    if received_on > vault.clock.today():
        raise RequestDateInFuture(date=long_date(received_on))
    with vault.session() as session, session.begin():
        candidate = _candidate(session, candidate_id)
        request = RightsRequest(kind=kind, received_on=received_on, due_on=answer_due_date(received_on),
                                identity_check=(identity_check or "").strip() or None,
                                candidate_id=candidate.id if candidate else None)
        session.add(request)
        session.flush()
        audit.record(session, vault.clock, "request.registered", candidate_uid=candidate.uid if candidate else None,
                     request_id=request.id, kind=kind)
        return _view(session, request)


def record_identity_check(vault: Vault, request_id: int, how: str) -> RequestView:
    """How the requester proved who they are (e.g. "replied from the address on file")."""
    how = (how or "").strip()
    if not how:
        raise IdentityNotChecked(id=request_id)
    with vault.session() as session, session.begin():
        request = _load(session, request_id)
        request.identity_check = how
        audit.record(session, vault.clock, "request.identity_checked", request_id=request.id)
        return _view(session, request)


def link_candidate(vault: Vault, request_id: int, candidate_id: int) -> RequestView:
    with vault.session() as session, session.begin():
        request = _load(session, request_id)
        candidate = load_candidate(session, candidate_id)
        request.candidate_id = candidate.id
        audit.record(session, vault.clock, "request.linked", candidate_uid=candidate.uid, request_id=request.id)
        return _view(session, request)


def extend(vault: Vault, request_id: int, months: int, reason: str) -> RequestView:
    """Extend the answer period to ``months`` (1 or 2) beyond the first month, with reasons.

    Allowed only until the first month's due date (inclusive) and never beyond three months from
    receipt in total; an extension may be lengthened within those limits, never shortened.
    """
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON_LENGTH:
        raise ExtensionReasonRequired()
    with vault.session() as session, session.begin():
        request = _load(session, request_id)
        _require_open(request)
        latest = latest_extension(request.received_on)
        if not 1 <= months <= MAX_EXTENSION_MONTHS:
            raise ExtensionTooLong(date=long_date(latest))
        if vault.clock.today() > request.due_on:
            raise ExtensionTooLate(date=long_date(request.due_on))
        until = add_months(request.received_on, FIRST_PERIOD_MONTHS + months)
        if request.extended_to is not None and until <= request.extended_to:
            raise ExtensionNotLonger(id=request.id, date=long_date(request.extended_to))
        request.extended_to = until
        request.extension_reason = reason
        audit.record(session, vault.clock, "request.extended", request_id=request.id, kind=request.kind, months=months)
        return _view(session, request)


# --- completing ------------------------------------------------------------------------------
def complete(
    vault: Vault,
    request_id: int,
    outcome: str,
    action: str | None = None,
    on: dt.date | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> RequestView:
    """Complete a request, saying what was done; erasure, objection, restriction and consent
    withdrawal carry out their action (see the module docstring).

    ``action`` (``erase`` or ``restrict``) is required for an objection. ``email``/``phone``
    put an objector on the suppression list even when they are not (or no longer) a candidate.
    """
    outcome = (outcome or "").strip()
    if not outcome:
        raise OutcomeRequired()
    if action is not None and action not in ACTIONS:
        raise ActionRequired()
    with vault.read_session() as session:
        request = _load(session, request_id)
        _require_open(request)
        if not request.identity_check:
            raise IdentityNotChecked(id=request.id)
        kind, candidate_id = request.kind, request.candidate_id
        candidate = session.get(Candidate, candidate_id) if candidate_id else None
        identifiers = (email or (candidate.email if candidate else None), phone or (candidate.phone if candidate else None))
        regions = firm_regions(session)
    if kind == ERASURE:
        action = ERASE
    elif kind == RESTRICTION:
        action = RESTRICT
    elif kind == OBJECTION and action is None:
        raise ActionRequired()
    elif kind != OBJECTION:
        action = None
    if action == RESTRICT and candidate_id is None:
        raise RequestNeedsCandidate(id=request_id)
    if kind == OBJECTION and not identifier_hashes(vault.candidate_keys, *identifiers, regions=regions):
        raise NothingToSuppress(id=request_id)
    if action == ERASE and candidate_id is None:
        action = None  # nobody linked (no data held, or already erased): the outcome says so
    if action == ERASE and candidate_id is not None:
        refuse_if_held(vault, [candidate_id])  # before anything changes: the request stays open

    if kind == OBJECTION:
        with vault.session() as session, session.begin():
            added = suppress(session, vault.candidate_keys, vault.clock, *identifiers, basis="objection", request_id=request_id)
            audit.record(session, vault.clock, "request.suppressed", request_id=request_id, identifiers=added)
    if kind == CONSENT_WITHDRAWAL and candidate_id is not None:
        withdraw_all(vault, candidate_id, on)
    if action == RESTRICT and candidate_id is not None:
        _restrict(vault, candidate_id)
    log_not_cleared: errors.ErasureIncomplete | None = None
    if action == ERASE and candidate_id is not None:
        try:
            erase_candidate(vault, candidate_id, request_id=request_id)
        except errors.ErasureIncomplete as problem:  # erased and committed; only the WAL is pending
            log_not_cleared = problem

    with vault.session() as session, session.begin():
        request = _load(session, request_id)
        request.completed_on = on or vault.clock.today()
        request.outcome = outcome
        linked = session.get(Candidate, request.candidate_id) if request.candidate_id else None
        uid = linked.uid if linked is not None else None
        audit.record(session, vault.clock, "request.completed", candidate_uid=uid, request_id=request.id, kind=kind,
                     done=action or "none")
        view = _view(session, request)
    if log_not_cleared is not None:
        raise log_not_cleared  # the request is completed; the user still learns the log is pending
    return view


def _restrict(vault: Vault, candidate_id: int) -> None:
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        candidate.situation = RESTRICTED
        candidate.updated_at = vault.clock.now().replace(tzinfo=None)
        audit.record(session, vault.clock, "candidate.restricted", candidate_uid=candidate.uid)


# --- alerts ----------------------------------------------------------------------------------
def due_requests(vault: Vault, on: dt.date, within_days: int) -> list[RequestView]:
    """Open requests overdue or due within ``within_days`` of ``on``, soonest first."""
    horizon = on + dt.timedelta(days=within_days)
    deadline = func.coalesce(RightsRequest.extended_to, RightsRequest.due_on)
    query = select(RightsRequest).where(RightsRequest.completed_on.is_(None), deadline <= horizon)
    with vault.read_session() as session:
        views = [_view(session, r) for r in session.scalars(query)]
    return sorted(views, key=lambda v: (v.deadline, v.id))


@dataclass(frozen=True)
class RequestSummary:
    day: dt.date
    window_days: int
    overdue: list[RequestView]
    due_soon: list[RequestView]

    @property
    def needs_attention(self) -> int:
        return len(self.overdue) + len(self.due_soon)

    def headline(self) -> str:
        """One sentence for the banner next to the retention alerts; empty when nothing is due."""
        parts = []
        if self.due_soon:
            parts.append(translate("alerts", "%n requests must be answered within {days} days.", None, len(self.due_soon))
                         .format(days=self.window_days))
        if self.overdue:
            parts.append(translate("alerts", "%n requests are overdue.", None, len(self.overdue)))
        return " ".join(parts)


def summarise(vault: Vault, day: dt.date | None = None, window_days: int = 7) -> RequestSummary:
    day = day or vault.clock.today()
    items = due_requests(vault, day, window_days)
    return RequestSummary(day, window_days, [i for i in items if i.overdue_on(day)], [i for i in items if not i.overdue_on(day)])


# --- helpers ---------------------------------------------------------------------------------
def _load(session: Session, request_id: int) -> RightsRequest:
    request = session.get(RightsRequest, request_id)
    if request is None:
        raise RequestNotFound(id=request_id)
    return request


def _candidate(session: Session, candidate_id: int | None) -> Candidate | None:
    if candidate_id is None:
        return None
    return load_candidate(session, candidate_id)


def _require_open(request: RightsRequest) -> None:
    if request.completed_on is not None:
        raise RequestAlreadyCompleted(id=request.id, date=long_date(request.completed_on))
