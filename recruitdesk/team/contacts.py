"""Contacts with a team candidate: a message, an interview planned, a rejection letter sent.

A contact is a retention fact: under a rule counting from the last contact it moves the deadline,
as in the local vault (``services.candidates.record_contact``). Recording one writes, in ONE
transaction, the contact row (``team_contacts``, everything about it sealed under the candidate's
key: the day, the kind, the channel, the application it was about and a consent sentence the
message quoted), the candidate's sealed facts with the new last contact, and the countdown computed
again from them; then the audit entry naming the member and the change notice.

Like an application's move or a consent, a contact is not a change of the candidate's record nor
of the facts a colleague edits by hand (their versions stay): the facts are changed under the
candidate's refresh lock (``retention.lock_for_refresh``), and a colleague's retention edit is
laid over the stored facts as they are at their save, so the last contact is never lost.

The server learns that someone recorded something about an opaque candidate at a moment, as
with every record; it never learns the day of the contact, its kind or its wording.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from typing import Callable
from uuid import UUID

from sqlalchemy import Connection, Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.team import fields, records, retention
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import applications, contacts

KIND = "contact"
ADDED = f"{KIND}-{records.ADDED}"  # the audit action (the kind stays sealed: a rejection sent would tell an outcome)


@dataclass(frozen=True)
class ContactTerms:
    """What happened; ``kind`` is a code (contact, interview_scheduled, message_sent, rejection_sent)."""

    on: dt.date
    kind: str
    channel: str | None = None
    application_id: UUID | None = None
    wording: str | None = field(default=None, repr=False)  # the consent sentence the message asked the candidate to agree to
    wording_version: str | None = None


@dataclass(frozen=True)
class TeamContact:
    contact_id: UUID
    candidate_id: UUID
    recorded_at: dt.datetime
    terms: ContactTerms


def _aad(team: OpenTeam, candidate_id: UUID, contact_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, contact_id, "content")


def _seal(team: OpenTeam, key: bytes, candidate_id: UUID, contact_id: UUID, terms: ContactTerms) -> bytes:
    value = {"on": terms.on.isoformat(), "kind": terms.kind, "channel": terms.channel,
             "application": str(terms.application_id) if terms.application_id else None,
             "wording": terms.wording, "wording_version": terms.wording_version}
    return records.seal_json(key, _aad(team, candidate_id, contact_id), value, fields.LONG_BUCKET)


def _open(team: OpenTeam, key: bytes, row) -> TeamContact:
    value = records.open_json(key, _aad(team, row.candidate_id, row.contact_id), row.content_sealed)
    terms = ContactTerms(dt.date.fromisoformat(value["on"]), value["kind"], value["channel"],
                         UUID(value["application"]) if value["application"] else None, value["wording"],
                         value["wording_version"])
    return TeamContact(row.contact_id, row.candidate_id, row.recorded_at, terms)


@translate_faults
def record_contact(engine: Engine, team: OpenTeam, candidate_id: UUID, terms: ContactTerms, clock: Clock) -> UUID:
    """Record the contact and move the candidate's last contact to its day (never back: an older
    contact recorded late is kept in the history but leaves a later last contact as it is)."""
    contact_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        retention.lock_for_refresh(connection, candidate_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        if terms.application_id is not None:
            owner = connection.scalar(select(applications.c.candidate_id)
                                      .where(applications.c.application_id == terms.application_id))
            if owner != candidate_id:
                raise records.RecordNotFound("application", terms.application_id)
        retention.follow_in_facts(connection, team, candidate_id, key, clock, _with_last_contact(terms.on))
        insert_contact(connection, team, key, candidate_id, terms, clock, contact_id)  # audited last
    return contact_id


def insert_contact(connection: Connection, team: OpenTeam, key: bytes, candidate_id: UUID, terms: ContactTerms, clock: Clock,
                   contact_id: UUID | None = None) -> UUID:
    """The contact row, audited and announced, inside the caller's write; the facts are the caller's
    (``vault migrate`` copies facts that already name the last contact)."""
    contact_id = contact_id or uuid.uuid4()
    connection.execute(insert(contacts).values(contact_id=contact_id, candidate_id=candidate_id, recorded_at=clock.now(),
                                               content_sealed=_seal(team, key, candidate_id, contact_id, terms)))
    records.record_change(connection, team, KIND, records.ADDED, contact_id, candidate_id, 1, clock)
    return contact_id


def _with_last_contact(on: dt.date) -> Callable[[CandidateFacts], CandidateFacts | None]:
    """The facts with ``on`` as the last contact if it is later (None: an older contact changes nothing)."""
    def edit(facts: CandidateFacts) -> CandidateFacts | None:
        if facts.last_contact_on is not None and facts.last_contact_on >= on:
            return None
        return replace(facts, last_contact_on=on)
    return edit


@translate_faults
def contacts_of(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamContact]:
    """The candidate's contacts, opened here, by day (then by when they were recorded)."""
    with engine.connect() as connection:
        key = records.candidate_key(connection, team, candidate_id)
        rows = connection.execute(select(contacts).where(contacts.c.candidate_id == candidate_id)).all()
    opened = [_open(team, key, row) for row in rows]
    return sorted(opened, key=lambda contact: (contact.terms.on, contact.recorded_at, str(contact.contact_id)))
