"""The team vault's request register and audit log, as the team window shows them.

The rules are the local vault's (``services.rights_requests``): a request is answered within one
calendar month of receipt; the answer period may be extended by one or two months, with the
reasons the person is told, and only while the first month runs; completing needs an outcome and
a recorded identity check. A request may be about a candidate of the team or about a person who
is not one (someone who asks whether the firm holds anything, or objects although it holds
nothing): their name, e-mail address and phone number are sealed with the request's details, and
completing their erasure or objection puts the e-mail and phone on the team's suppression list,
so a CV of theirs dropped later is not stored. The register and the audit follow the member's role
(``team.roles.reads_whole_audit``): the DPO and admins read every request and every audit entry,
a recruiter the requests they recorded and the entries of their own actions. A DPO changes nothing.

Everything runs through the window's :class:`~recruitdesk.services.team_desk.TeamDesk` (one pool,
the member's open keys), on a worker thread: names are decrypted on this computer. What the window
must not see becomes a translated error: a request another member changed meanwhile
(:class:`TeamRequestChanged`), a request gone (:class:`TeamRequestGone`); server faults already
are ``TeamServerError`` (``team.faults``). The audit rows carry opaque ids and member names only,
never a candidate's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk.errors import RecruitDeskError
from recruitdesk.dates import long_date
from recruitdesk.i18n import N_, translate
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidate_detail import NAME_MAX, NameTooLong, validate_email, validate_phone
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.team import audit, device_keys, firm_profile, hold_releases, key_renewal, member_admin, records, request_actions, suppression
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import rights_requests as team_requests
from recruitdesk.team.key_hierarchy import RECOVERY_HOLDER, member_holder
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import Role, reads_whole_audit
from recruitdesk.team.retention import FACTS_DETAIL, POLICY_SET
from recruitdesk.team.applications import IDENTITY_REVEALED

__all__ = ["KINDS", "ERASURE", "RegisterRow", "TeamRegister", "AuditRow", "TeamAudit", "TeamRequestChanged", "TeamRequestGone",
           "RequestCompletionDate", "RequestPerson", "TeamRequestPersonMissing", "TeamObjectionNeedsContact",
           "register_person_request", "suppresses_person", "answer_due_date", "latest_extension", "one_month_more", "read_register",
           "register_request", "extend_request", "record_identity_check", "complete_request", "erases_candidate", "action_of", "OBJECTION", "RESTRICTION", "CONSENT_WITHDRAWAL", "CARRIED_OUT", "ERASE", "RESTRICT", "read_audit", "action_words", "ID_PREFIX"]

KINDS = rr.KINDS
ERASURE = rr.ERASURE
OBJECTION = rr.OBJECTION
RESTRICTION, CONSENT_WITHDRAWAL = rr.RESTRICTION, rr.CONSENT_WITHDRAWAL
CARRIED_OUT = (ERASURE, OBJECTION, RESTRICTION, CONSENT_WITHDRAWAL)  # the kinds whose completion acts on the candidate
ERASE, RESTRICT = request_actions.ERASE, request_actions.RESTRICT
WRITING_ROLES = (Role.RECRUITER, Role.ADMIN)  # a DPO reads the register and changes nothing (``team.roles``)
SUPPRESSION_BASIS = suppression.BASIS_OF_REQUEST  # ERASURE and OBJECTION, the bases they give
ID_PREFIX = 8  # the characters of an opaque id shown (enough to find it, never a name)
answer_due_date = rr.answer_due_date
latest_extension = rr.latest_extension


def one_month_more(received_on: dt.date) -> dt.date:
    """The deadline of an extension by one month (``latest_extension`` is the one by two)."""
    return rr.add_months(received_on, rr.FIRST_PERIOD_MONTHS + 1)


# --- errors ----------------------------------------------------------------------------------
class TeamRequestChanged(RecruitDeskError):
    code = "team-request-changed"
    template = N_("errors", "Another member changed request {id} after you opened the register. Nothing was saved; "
                            "the register now shows their change, look at it and try again.")


class TeamRequestGone(RecruitDeskError):
    code = "team-request-gone"
    template = N_("errors", "Request {id} is no longer in the team vault. Nothing was saved.")


class TeamRequestPersonMissing(RecruitDeskError):
    code = "team-request-person-missing"
    template = N_("errors", "Say who the request is about: a name, an e-mail address or a phone number.")


class TeamObjectionNeedsContact(RecruitDeskError):
    code = "team-objection-needs-contact"
    template = N_("errors", "An objection puts the person's e-mail address or phone number on the team's suppression list "
                            "when it is completed: give at least one.")


class RequestCompletionDate(RecruitDeskError):
    code = "request-completion-date"
    template = N_("errors", "A request is completed between the day it was received ({received}) and today ({today}).")


# --- the register ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RegisterRow:
    """One request as the register shows it; ``name`` is the candidate's (decrypted here) or the requester's."""

    request_id: UUID
    version: int
    kind: str
    candidate_id: UUID | None
    name: str | None
    recorded_by: str  # the member's name
    received_on: dt.date
    due_on: dt.date
    extended_to: dt.date | None
    completed_on: dt.date | None
    identity_check: str | None
    extension_reason: str | None
    outcome: str | None
    overdue: bool  # open and past its deadline on the day the register was read
    erased: bool = False  # the candidate was erased: who asked went with them, the rest of the details stays
    email: str | None = None  # of a person who is not a candidate (decrypted here)
    phone: str | None = None

    @property
    def short_id(self) -> str:
        return str(self.request_id)[:ID_PREFIX]

    @property
    def deadline(self) -> dt.date:
        return self.extended_to or self.due_on

    @property
    def who(self) -> str | None:
        """Whom the request is about, in the register's words: the name, else the e-mail address or phone number."""
        return self.name or self.email or self.phone

    @property
    def about_person(self) -> bool:
        """About a person who is not a candidate (registered without one), rather than an erased candidate."""
        return self.candidate_id is None and not self.erased and bool(self.name or self.email or self.phone)

    @property
    def is_open(self) -> bool:
        return self.completed_on is None

    def may_extend_on(self, day: dt.date) -> bool:
        """Open, within the first month, and not yet extended as far as the law allows."""
        return self.is_open and day <= self.due_on and self.extended_to != latest_extension(self.received_on)


@dataclass(frozen=True)
class TeamRegister:
    rows: list[RegisterRow]
    role: Role
    today: dt.date

    @property
    def whole(self) -> bool:
        """Every request of the team (DPO, admin), or only those this member recorded (recruiter)."""
        return reads_whole_audit(self.role)

    @property
    def may_write(self) -> bool:
        return self.role in WRITING_ROLES

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.overdue)


def read_register(desk: TeamDesk) -> TeamRegister:
    """The register as this member may read it, the open requests by deadline first, then the completed ones."""
    today = desk.clock.today()
    rows = desk.run(lambda engine, team: _register_rows(engine, team, today))
    open_rows = sorted((row for row in rows if row.is_open), key=lambda row: (row.deadline, str(row.request_id)))
    done = sorted((row for row in rows if not row.is_open), key=lambda row: (row.completed_on or today, str(row.request_id)),
                  reverse=True)
    return TeamRegister(open_rows + done, desk.role, today)


def _register_rows(engine: Engine, team: OpenTeam, today: dt.date) -> list[RegisterRow]:
    requests = team_requests.register(engine, team)
    names = member_names(engine, team)
    candidates: dict[UUID, str | None] = {}
    for request in requests:
        if request.candidate_id is not None and request.candidate_id not in candidates:
            candidates[request.candidate_id] = _candidate_name(engine, team, request.candidate_id)
    rows = []
    for request in requests:
        details = request.details or team_requests.RequestDetails()
        dates = request.dates
        name = candidates.get(request.candidate_id) if request.candidate_id is not None else details.requester
        deadline = dates.extended_to or dates.due_on
        rows.append(RegisterRow(request.request_id, request.version, request.kind, request.candidate_id, name,
                                names.get(request.recorded_by, unknown_member()), dates.received_on, dates.due_on,
                                dates.extended_to, dates.completed_on, details.identity_check, details.extension_reason,
                                details.outcome, dates.completed_on is None and deadline < today, _about_erased(request),
                                details.email, details.phone))
    return rows


def _about_erased(request: team_requests.TeamRequest) -> bool:
    """About a candidate since erased: their details kept for the register name nobody (a request about a
    person who is not a candidate always names them, ``register_person_request``); before the tenth
    session an erasure took the details too."""
    details = request.details
    if details is None:
        return request.candidate_id is None
    return request.candidate_id is None and not (details.requester or details.email or details.phone)


def _candidate_name(engine: Engine, team: OpenTeam, candidate_id: UUID) -> str | None:
    try:
        return team_candidates.read_candidate(engine, team, candidate_id).personal.full_name
    except team_candidates.TeamCandidateNotFound:  # erased after the register was read
        return None


def member_names(engine: Engine, team: OpenTeam) -> dict[str, str]:
    """The audit's and register's actor ids ("member:<uuid>", "recovery") in words."""
    names = {member_holder(member.member_id): member.label or unknown_member()
             for member in member_admin.list_members(engine, team)}
    names[RECOVERY_HOLDER] = translate("team register", "recovery key")
    return names


def unknown_member() -> str:
    return translate("team register", "unknown member")


# --- registering, extending, completing ------------------------------------------------------
def register_request(desk: TeamDesk, candidate_id: UUID, kind: str, received_on: dt.date, identity_check: str) -> UUID:
    """Record a request about ``candidate_id`` received on ``received_on``; the answer is due one month later."""
    if kind not in KINDS:
        raise rr.UnknownRequestKind(kind=kind, choices=", ".join(KINDS))
    if received_on > desk.clock.today():
        raise rr.RequestDateInFuture(date=long_date(received_on))
    dates = team_requests.RequestDates(received_on, answer_due_date(received_on))
    details = team_requests.RequestDetails(identity_check=(identity_check or "").strip() or None)
    return desk.run(lambda engine, team: team_requests.record_request(engine, team, candidate_id, kind, dates, details, desk.clock))


@dataclass(frozen=True)
class RequestPerson:
    """Whom a request without a candidate is about; sealed on this computer, never seen by the server."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


def register_person_request(desk: TeamDesk, kind: str, received_on: dt.date, identity_check: str, person: RequestPerson) -> UUID:
    """Record a request about a person who is not a candidate (the local register's "without a candidate"):
    the same kinds, dates and answer period as any request; at least a name, e-mail address or phone
    number, and for an objection an e-mail address or phone number (what its completion suppresses)."""
    if kind not in KINDS:
        raise rr.UnknownRequestKind(kind=kind, choices=", ".join(KINDS))
    name = (person.name or "").strip() or None
    if name is not None and len(name) > NAME_MAX:
        raise NameTooLong(max=NAME_MAX)
    email = validate_email(person.email)
    phone = (person.phone or "").strip() or None
    validate_phone(phone)
    if name is None and email is None and phone is None:
        raise TeamRequestPersonMissing()
    if kind == OBJECTION and email is None and phone is None:
        raise TeamObjectionNeedsContact()
    if received_on > desk.clock.today():
        raise rr.RequestDateInFuture(date=long_date(received_on))
    dates = team_requests.RequestDates(received_on, answer_due_date(received_on))
    details = team_requests.RequestDetails(requester=name, identity_check=(identity_check or "").strip() or None, email=email,
                                           phone=phone)
    return desk.run(lambda engine, team: team_requests.record_request(engine, team, None, kind, dates, details, desk.clock))


def extend_request(desk: TeamDesk, row: RegisterRow, until: dt.date, reason: str) -> int:
    """Extend the answer period to ``until`` (one or two months beyond the first), with the reasons; the new version."""
    reason = (reason or "").strip()
    if len(reason) < rr.MIN_REASON_LENGTH:
        raise rr.ExtensionReasonRequired()
    _require_open(row)
    latest = latest_extension(row.received_on)
    if until not in (one_month_more(row.received_on), latest):
        raise rr.ExtensionTooLong(date=long_date(latest))
    if desk.clock.today() > row.due_on:
        raise rr.ExtensionTooLate(date=long_date(row.due_on))
    if row.extended_to is not None and until <= row.extended_to:
        raise rr.ExtensionNotLonger(id=row.short_id, date=long_date(row.extended_to))
    dates = team_requests.RequestDates(row.received_on, row.due_on, until, None)
    return _update(desk, row, dates, _details(row, extension_reason=reason))


def record_identity_check(desk: TeamDesk, row: RegisterRow, how: str) -> int:
    """How the requester proved who they are, sealed with the request's details (as the local
    ``rights_requests.record_identity_check``: an empty answer is refused); the new version."""
    how = (how or "").strip()
    if not how:
        raise rr.IdentityNotChecked(id=row.short_id)
    dates = team_requests.RequestDates(row.received_on, row.due_on, row.extended_to, row.completed_on)
    return _update(desk, row, dates, _details(row, identity_check=how))


def complete_request(desk: TeamDesk, row: RegisterRow, outcome: str, identity_check: str, completed_on: dt.date,
                     action: str | None = None) -> int:
    """Record what was done and when; the identity check must be recorded. Returns the new version.

    A request about a candidate still in the vault carries its action out in the same transaction,
    as in the local register: an erasure request erases them for every member (one on legal hold
    is refused and the request stays open), a restriction restricts them, a consent withdrawal
    withdraws every running consent; an objection needs ``action`` (``ERASE`` or ``RESTRICT``).
    Erasure and objection requests put the person's e-mail and phone on the suppression list, a
    candidate's or, for a request without one, those registered with it (``suppresses_person``)."""
    outcome = (outcome or "").strip()
    identity = (identity_check or "").strip()
    if not outcome:
        raise rr.OutcomeRequired()
    _require_open(row)
    if not identity:
        raise rr.IdentityNotChecked(id=row.short_id)
    today = desk.clock.today()
    if not row.received_on <= completed_on <= today:
        raise RequestCompletionDate(received=long_date(row.received_on), today=long_date(today))
    dates = team_requests.RequestDates(row.received_on, row.due_on, row.extended_to, completed_on)
    details = _details(row, identity_check=identity, outcome=outcome)
    basis = SUPPRESSION_BASIS.get(row.kind)
    if basis is not None and suppresses_person(row):
        def complete_suppressing(engine, team, request_id, version, dates, details, clock) -> int:
            return request_actions.complete_suppressing(engine, team, request_id, version, dates, details, basis, clock)
        return _update(desk, row, dates, details, complete_suppressing)
    carried = action_of(row, action)
    if carried is None:
        return _update(desk, row, dates, details)

    def carry_out(engine, team, request_id, version, dates, details, clock) -> int:
        return request_actions.complete_carrying_out(engine, team, request_id, version, dates, details, carried, clock, basis)
    return _update(desk, row, dates, details, carry_out)


def action_of(row: RegisterRow, chosen: str | None = None) -> str | None:
    """What completing this request does to its candidate (None: it records the answer only)."""
    if row.candidate_id is None:
        return None
    if row.kind == rr.OBJECTION:
        if chosen not in (ERASE, RESTRICT):
            raise rr.ActionRequired()
        return chosen
    return {ERASURE: ERASE, rr.RESTRICTION: RESTRICT, rr.CONSENT_WITHDRAWAL: request_actions.WITHDRAW_CONSENTS}.get(row.kind)


def suppresses_person(row: RegisterRow) -> bool:
    """Completing this request about a person who is not a candidate puts their e-mail address or phone number
    on the suppression list (an erasure or objection request that registered one)."""
    return row.about_person and row.kind in SUPPRESSION_BASIS and bool(row.email or row.phone)


def erases_candidate(row: RegisterRow, chosen: str | None = None) -> bool:
    """Completing this request erases a candidate (an erasure request, or an objection ending in erasure)."""
    return row.candidate_id is not None and (row.kind == ERASURE or (row.kind == rr.OBJECTION and chosen == ERASE))


def _require_open(row: RegisterRow) -> None:
    if row.completed_on is not None:
        raise rr.RequestAlreadyCompleted(id=row.short_id, date=long_date(row.completed_on))


def _details(row: RegisterRow, **changed: str) -> team_requests.RequestDetails:
    unlinked = row.candidate_id is None
    values = {"requester": row.name if unlinked else None, "identity_check": row.identity_check,
              "extension_reason": row.extension_reason, "outcome": row.outcome, "email": row.email if unlinked else None,
              "phone": row.phone if unlinked else None, **changed}
    return team_requests.RequestDetails(**values)


def _update(desk: TeamDesk, row: RegisterRow, dates: team_requests.RequestDates, details: team_requests.RequestDetails,
            write: Callable[..., int] = team_requests.update_request) -> int:
    def save(engine: Engine, team: OpenTeam) -> int:
        try:
            return write(engine, team, row.request_id, row.version, dates, details, desk.clock)
        except records.RecordVersionConflict:
            raise TeamRequestChanged(id=row.short_id) from None
        except records.RecordNotFound:
            raise TeamRequestGone(id=row.short_id) from None

    return desk.run(save)


# --- the audit log ---------------------------------------------------------------------------
ACTION_WORDS = {
    audit.ADDED: N_("team audit", "Candidate added"),
    audit.UPDATED: N_("team audit", "Candidate changed"),
    audit.ERASED: N_("team audit", "Candidate erased"),
    audit.MEMBER_INVITED: N_("team audit", "Member invited"),
    audit.MEMBER_JOINED: N_("team audit", "Member joined"),
    audit.ROLE_CHANGED: N_("team audit", "Role changed"),
    audit.MEMBER_REVOKED: N_("team audit", "Member revoked"),
    audit.REVOCATION_FINISHED: N_("team audit", "Revocation finished"),
    device_keys.RENEWED: N_("team audit", "Device key renewed"),
    key_renewal.STARTED: N_("team audit", "Renewal of every candidate key started"),
    key_renewal.RENEWED: N_("team audit", "Candidate key renewed"),
    key_renewal.FINISHED: N_("team audit", "Every candidate key renewed"),
    POLICY_SET: N_("team audit", "Retention policy set"),
    firm_profile.SAVED: N_("team audit", "Firm profile changed"),
    "processing-record-exported": N_("team audit", "Record of processing activities written"),  # ``team_processing_record``
    "request-added": N_("team audit", "Request registered"),
    "request-updated": N_("team audit", "Request extended or completed"),
    "note-added": N_("team audit", "Note added"),
    "note-updated": N_("team audit", "Note changed"),
    "note-deleted": N_("team audit", "Note deleted"),
    "document-added": N_("team audit", "Document added"),
    "document-updated": N_("team audit", "Document changed"),
    "document-deleted": N_("team audit", "Document deleted"),
    "consent-added": N_("team audit", "Consent recorded"),
    "consent-updated": N_("team audit", "Consent changed"),
    "vacancy-added": N_("team audit", "Vacancy added"),
    "vacancy-updated": N_("team audit", "Vacancy changed"),
    "application-added": N_("team audit", "Added to a vacancy"),
    "application-updated": N_("team audit", "Application moved or rated"),
    IDENTITY_REVEALED: N_("team audit", "Identity revealed in a blind review"),
    "tag-added": N_("team audit", "Tag added"),
    "tag-updated": N_("team audit", "Tag changed"),
    "tag-link-added": N_("team audit", "Tag given to a candidate"),
    "tag-link-deleted": N_("team audit", "Tag taken from a candidate"),
    suppression.REMOVED: N_("team audit", "Entry removed from the suppression list"),
    "contact-added": N_("team audit", "Contact recorded"),
    "candidate-exported": N_("team audit", "Candidate's data exported"),
    "audit-exported": N_("team audit", "Audit log exported"),  # ``services.team_audit.EXPORTED``
}
FACTS_WORDS = N_("team audit", "Retention facts changed")
RELEASED_WORDS = N_("team audit", "Legal hold released")
RELEASED_WHY = N_("team audit", "Legal hold released: {reason}")
RESTRICTED_WORDS = N_("team audit", "Processing restricted")


def action_words(action: str, detail: str | None = None) -> str:
    """The action in the current language; a code nobody translated yet is shown as it is stored."""
    if action == audit.UPDATED and detail == FACTS_DETAIL:
        return translate("team audit", FACTS_WORDS)
    if action == audit.UPDATED and detail == hold_releases.RELEASED_DETAIL:
        return translate("team audit", RELEASED_WORDS)
    if action == audit.UPDATED and detail == request_actions.RESTRICTED_DETAIL:
        return translate("team audit", RESTRICTED_WORDS)
    words = ACTION_WORDS.get(action)
    return translate("team audit", words) if words else action


def released_words(reason: str) -> str:
    """A hold's release with the reason it was given, for the candidate's timeline (never the audit log's rows)."""
    return translate("team audit", RELEASED_WHY).format(reason=reason)


@dataclass(frozen=True)
class AuditRow:
    number: int
    at: dt.datetime
    member: str  # the acting member's name, or "recovery key"
    action: str  # in words
    candidate: str | None  # the first characters of the candidate's opaque id, never a name
    about_member: str | None  # the member a member change is about
    role: Role | None  # the role given by an invitation, a join or a role change


@dataclass(frozen=True)
class TeamAudit:
    rows: list[AuditRow]  # newest first
    broken_at: int | None  # the first entry that does not link; None: the chain is intact
    role: Role

    @property
    def intact(self) -> bool:
        return self.broken_at is None

    @property
    def whole(self) -> bool:
        return reads_whole_audit(self.role)


def read_audit(desk: TeamDesk) -> TeamAudit:
    """The audit entries this member may read, newest first, and whether the whole chain links.

    The whole log in words; the Audit window's filters and export are ``services.team_audit``'s."""
    return desk.run(_audit)


def _audit(engine: Engine, team: OpenTeam) -> TeamAudit:
    chain = audit.chain_for(engine, team)
    names = member_names(engine, team)
    rows = []
    for entry in reversed(chain.entries):
        about = names.get(member_holder(entry.member_id), unknown_member()) if entry.member_id is not None else None
        role = Role(entry.detail) if entry.member_id is not None and entry.detail in {r.value for r in Role} else None
        rows.append(AuditRow(entry.entry_id, entry.at, names.get(entry.actor, unknown_member()),
                             action_words(entry.action, entry.detail),
                             str(entry.candidate_id)[:ID_PREFIX] if entry.candidate_id is not None else None, about, role))
    return TeamAudit(rows, chain.broken_at, team.role)
