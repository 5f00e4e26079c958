"""The data-subject request register in the team store: plain dates, sealed details.

The register's row is what the firm must be able to show a regulator even after the candidate is
erased, so it stays: an opaque id, the kind code (access, erasure, ...), the received, due,
extended-to and completed dates, a version, the recording member's opaque holder name, and the
candidate's opaque id until they are erased (then NULL, by ON DELETE SET NULL). Everything a person wrote (who asked and how to reach them,
the identity check, the reason for an extension, the outcome) is in ``team_request_details``,
sealed under the candidate's key. When the candidate is erased (by Delete…, or by completing an
erasure request), what the firm must still show is sealed again under the firm key first and
unlinked from them (``keep_register_details``): the identity check, the reason for an extension and
the outcome, as the local register keeps them; who asked and how to reach them go with the
candidate. A request
about someone not in the vault has its details under the firm key: their name, e-mail address
and phone number are sealed there with the rest (the e-mail and phone are what an erasure or
objection puts on the suppression list when it is completed), so the server sees none of them.

Completing a request that carries an action (erasure, restriction, objection, consent
withdrawal) is ``request_actions.complete_carrying_out``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Connection, Engine, insert, select, update

from recruitdesk.clock import Clock
from recruitdesk.team import audit, fields, records, request_locks
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.roles import reads_whole_audit
from recruitdesk.team.schema import request_details, requests

KIND = request_locks.KIND


@dataclass(frozen=True)
class RequestDetails:
    """The personal part of a request, sealed."""

    requester: str | None = field(default=None, repr=False)
    identity_check: str | None = field(default=None, repr=False)
    extension_reason: str | None = field(default=None, repr=False)
    outcome: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)  # of a person who is not a candidate (a candidate's are their own)
    phone: str | None = field(default=None, repr=False)

    @classmethod
    def opened(cls, values: dict) -> "RequestDetails":
        """The details as sealed, by the names this version knows (older rows lack the e-mail and phone)."""
        return cls(**{name: values.get(name) for name in _DETAIL_FIELDS})


@dataclass(frozen=True)
class RequestDates:
    received_on: dt.date
    due_on: dt.date
    extended_to: dt.date | None = None
    completed_on: dt.date | None = None


@dataclass(frozen=True)
class TeamRequest:
    request_id: UUID
    candidate_id: UUID | None
    version: int
    kind: str
    recorded_by: str  # "member:<uuid>" or "recovery"
    dates: RequestDates
    details: RequestDetails | None  # None once the candidate was erased: their details went with them


_DETAIL_FIELDS = ("requester", "identity_check", "extension_reason", "outcome", "email", "phone")


def _aad(team: OpenTeam, candidate_id: UUID | None, request_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, request_id, "details")


def _key(connection: Connection, team: OpenTeam, candidate_id: UUID | None, for_write: bool) -> bytes:
    if candidate_id is None:
        return records.firm_key_of(connection, team)
    return records.candidate_key(connection, team, candidate_id, for_write)


def sealed_details(team: OpenTeam, key: bytes, candidate_id: UUID | None, request_id: UUID, details: RequestDetails) -> bytes:
    return records.seal_json(key, _aad(team, candidate_id, request_id),
                             {name: getattr(details, name) for name in _DETAIL_FIELDS}, fields.LONG_BUCKET)


def date_columns(dates: RequestDates) -> dict:
    return {"received_on": dates.received_on, "due_on": dates.due_on, "extended_to": dates.extended_to,
            "completed_on": dates.completed_on}


@translate_faults
def record_request(engine: Engine, team: OpenTeam, candidate_id: UUID | None, kind: str, dates: RequestDates,
                   details: RequestDetails, clock: Clock) -> UUID:
    request_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = _key(connection, team, candidate_id, for_write=True)
        connection.execute(insert(requests).values(request_id=request_id, candidate_id=candidate_id, version=1, kind=kind,
                                                   recorded_by=audit.actor_of(team), updated_at=clock.now(), **date_columns(dates)))
        connection.execute(insert(request_details).values(request_id=request_id, candidate_id=candidate_id,
                                                          content_sealed=sealed_details(team, key, candidate_id, request_id, details)))
        records.record_change(connection, team, KIND, records.ADDED, request_id, candidate_id, 1, clock)
    return request_id


@translate_faults
def register(engine: Engine, team: OpenTeam, candidate_id: UUID | None = None) -> list[TeamRequest]:
    """The register, oldest first, with the details where they still exist: every request for the DPO
    and admins, the requests a recruiter recorded for a recruiter (``roles.reads_whole_audit``);
    with ``candidate_id``, only that candidate's (the Candidate dock)."""
    statement = (select(requests, request_details.c.content_sealed)
                 .join(request_details, request_details.c.request_id == requests.c.request_id, isouter=True)
                 .order_by(requests.c.received_on, requests.c.request_id))
    if candidate_id is not None:
        statement = statement.where(requests.c.candidate_id == candidate_id)
    if not reads_whole_audit(team.role):
        statement = statement.where(requests.c.recorded_by == audit.actor_of(team))
    with engine.connect() as connection:
        rows = connection.execute(statement).all()
        result = []
        for row in rows:
            details = None
            if row.content_sealed is not None:
                key = _key(connection, team, row.candidate_id, for_write=False)
                details = RequestDetails.opened(records.open_json(key, _aad(team, row.candidate_id, row.request_id), row.content_sealed))
            result.append(TeamRequest(row.request_id, row.candidate_id, row.version, row.kind, row.recorded_by,
                                      RequestDates(row.received_on, row.due_on, row.extended_to, row.completed_on), details))
    return result


@translate_faults
def update_request(engine: Engine, team: OpenTeam, request_id: UUID, expected_version: int, dates: RequestDates,
                   details: RequestDetails, clock: Clock) -> int:
    """Extend, complete or annotate a request; returns the new version. The request's candidate is
    locked before the request, as an erasure locks them (``request_locks``)."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        candidate_id = request_locks.lock_request(connection, request_id, expected_version, exclusive=False)
        has_details = connection.scalar(select(request_details.c.request_id).where(request_details.c.request_id == request_id))
        saved = records.save_version(connection, requests, requests.c.request_id, KIND, request_id, expected_version, clock,
                                     date_columns(dates))
        if has_details is not None:  # an erased candidate's details are not written back
            reseal_details(connection, team, request_id, candidate_id, details)
        records.record_change(connection, team, KIND, records.UPDATED, request_id, candidate_id, saved, clock)
    return saved


def reseal_details(connection: Connection, team: OpenTeam, request_id: UUID, candidate_id: UUID | None,
                   details: RequestDetails) -> None:
    """Write the request's details again, sealed under the candidate's key (the firm key without one)."""
    key = _key(connection, team, candidate_id, for_write=True)
    connection.execute(update(request_details).where(request_details.c.request_id == request_id)
                       .values(content_sealed=sealed_details(team, key, candidate_id, request_id, details)))


def keep_register_details(connection: Connection, team: OpenTeam, candidate_id: UUID,
                          typed: dict[UUID, RequestDetails] | None = None) -> None:
    """Inside an erasure's write, before the candidate's row goes (their lock already held): every
    request about them keeps its identity check, extension reason and outcome, sealed again under the
    firm key and unlinked from them; the requester's name, e-mail address and phone number go.

    ``typed``: details a member saves in the same write (completing an erasure request), kept
    instead of the stored ones. Without this, an erasure took every request's details with it by
    cascade, and the register could no longer show how an access request was answered."""
    rows = connection.execute(select(request_details.c.request_id, request_details.c.content_sealed)
                              .where(request_details.c.candidate_id == candidate_id)).all()
    if not rows:
        return
    candidate_key = records.candidate_key(connection, team, candidate_id)
    firm_key = records.firm_key_of(connection, team)
    for row in rows:
        stored = (typed or {}).get(row.request_id) or RequestDetails.opened(
            records.open_json(candidate_key, _aad(team, candidate_id, row.request_id), row.content_sealed))
        kept = RequestDetails(None, stored.identity_check, stored.extension_reason, stored.outcome)
        connection.execute(update(request_details).where(request_details.c.request_id == row.request_id)
                           .values(candidate_id=None, content_sealed=sealed_details(team, firm_key, None, row.request_id, kept)))
    connection.execute(update(requests).where(requests.c.candidate_id == candidate_id).values(candidate_id=None))
