"""Adding candidates, recording the facts retention clocks need, and listing them.

Every change of a fact (an outcome, a contact, a consent) recomputes that candidate's
countdown in the same transaction, so the list is never stale.
"""

from __future__ import annotations

import datetime as dt
import uuid
from functools import cache
from typing import NamedTuple

from sqlalchemy import exists, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.clock import Clock
from recruitdesk.identifiers import firm_regions, normalise_phone
from recruitdesk.services.countdown import load_candidate, recompute, refresh_expiries
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate, Consent, ContactEvent, Procedure, RetentionState
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.vault import Vault


class CandidateRow(NamedTuple):
    """One line of the candidate table: only what the list shows, nothing decrypted.

    A named tuple, not a frozen dataclass: building 100,000 of them at each list load cost
    a quarter of the load (a frozen dataclass sets every field through object.__setattr__)."""

    id: int
    name: str
    email: str | None
    source: str
    last_contact_on: dt.date | None
    due_on: dt.date | None
    has_consent: bool
    restricted: bool = False  # processing restricted after a rights request (Candidate.situation)
    on_hold: bool = False  # a legal hold suspends the deadline (RetentionState.legal_hold_reason)


def add_candidate(
    vault: Vault,
    full_name: str,
    email: str | None = None,
    phone: str | None = None,
    city: str | None = None,
    applied_on: dt.date | None = None,
    source: str = "application",
    outplacement_started_on: dt.date | None = None,
) -> int:
    """Add one candidate in its own transaction; returns the new candidate's number."""
    with vault.session() as session, session.begin():
        return new_candidate(session, vault.candidate_keys, vault.clock, full_name, email=email, phone=phone,
                             city=city, applied_on=applied_on, source=source,
                             outplacement_started_on=outplacement_started_on).id


def new_candidate(
    session: Session,
    keys: CandidateKeys,
    clock: Clock,
    full_name: str,
    email: str | None = None,
    phone: str | None = None,
    city: str | None = None,
    applied_on: dt.date | None = None,
    source: str = "application",
    outplacement_started_on: dt.date | None = None,
) -> Candidate:
    """The building block inside a caller's transaction (an import batch, demo seeding); the GUI
    and the CLI use ``add_candidate``. The phone is stored normalised (identifiers.normalise_phone),
    as an import and a profile edit store it, so the duplicate check finds a typed-in number."""
    uid = str(uuid.uuid4())
    now = clock.now().replace(tzinfo=None)
    candidate = Candidate(
        uid=uid,
        full_name=full_name.strip(),
        email=(email or "").strip().lower() or None,
        phone=normalise_phone(phone, firm_regions(session)) if phone and phone.strip() else None,
        city=city,
        source=source,
        applied_on=applied_on,
        last_contact_on=applied_on,
        created_at=now,
        updated_at=now,
        wrapped_key=keys.new_wrapped_key(uid),
        outplacement_started_on=outplacement_started_on,
    )
    session.add(candidate)
    session.flush()
    if applied_on is not None and source != "outplacement":
        candidate.procedures.append(Procedure(applied_on=applied_on, outcome="open"))
    search_index.index_candidate(session, keys, candidate.id, candidate.full_name, candidate.email, "")
    audit.record(session, clock, "candidate.added", candidate_uid=uid, source=source)
    session.flush()
    recompute(session, candidate, clock)
    return candidate


RESTRICTED = "restricted"  # Candidate.situation of a person whose processing is restricted (rights_requests.RESTRICTED)

OUTCOMES = ("open", "hired", "not_hired", "withdrawn")


def record_outcome(vault: Vault, candidate_id: int, outcome: str, on: dt.date) -> None:
    """Close the open procedure with ``outcome`` on ``on``, or (``open``) start a new procedure."""
    if outcome not in OUTCOMES:
        raise ValueError(outcome)
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        open_procedures = [p for p in candidate.procedures if p.outcome == "open"]
        if outcome == "open":
            if not open_procedures:
                candidate.procedures.append(Procedure(applied_on=on, outcome="open"))
        elif open_procedures:
            for procedure in open_procedures:
                procedure.outcome, procedure.ended_on = outcome, on
        else:
            latest = max(candidate.procedures, key=lambda p: p.ended_on or dt.date.min, default=None)
            if latest is None:
                candidate.procedures.append(Procedure(applied_on=candidate.applied_on or on, outcome=outcome, ended_on=on))
            else:
                latest.outcome, latest.ended_on = outcome, on
        _touch(candidate, on, vault.clock)
        session.flush()
        refresh_expiries(session, candidate, vault.clock.today())
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "candidate.outcome", candidate_uid=candidate.uid, outcome=outcome)


# ContactEvent.kind: what the contact was. The timeline shows each (services.candidate_detail).
CONTACT_KINDS = ("contact", "interview_scheduled", "message_sent", "rejection_sent")
CONTACT_WORDING_FIELD = "contact.wording"


def record_contact(vault: Vault, candidate_id: int, on: dt.date, channel: str | None = None, kind: str = "contact",
                   application_id: int | None = None, wording: str | None = None, wording_version: str | None = None) -> None:
    """A contact log entry (``kind``, optionally within one application); it moves the
    last-contact anchor and recomputes the countdown. ``wording``: the consent sentence the
    message asked the candidate to agree to, kept encrypted with its ``wording_version``."""
    if kind not in CONTACT_KINDS:
        raise ValueError(kind)
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        if application_id is not None and all(p.id != application_id for p in candidate.procedures):
            raise ValueError(application_id)
        event = ContactEvent(on=on, channel=channel, kind=kind, procedure_id=application_id)
        if wording:
            event.wording_version = wording_version
            event.wording_enc = vault.candidate_keys.encrypt_text(candidate.uid, candidate.wrapped_key, CONTACT_WORDING_FIELD, wording)
        candidate.contacts.append(event)
        _touch(candidate, on, vault.clock)
        refresh_expiries(session, candidate, vault.clock.today())
        recompute(session, candidate, vault.clock)
        action = "candidate.contact" if kind == "contact" else f"contact.{kind}"
        details = {"application": application_id} if application_id is not None else {}
        audit.record(session, vault.clock, action, candidate_uid=candidate.uid, channel=channel, **details)


def _touch(candidate: Candidate, on: dt.date, clock: Clock) -> None:
    if candidate.last_contact_on is None or on > candidate.last_contact_on:
        candidate.last_contact_on = on
    candidate.updated_at = clock.now().replace(tzinfo=None)


def candidate_rows(vault: Vault) -> list[CandidateRow]:
    """Every candidate's table row, in no particular order: the table model sorts (an ORDER BY
    full_name walked the name index and read the table pages in random order, 2.6x slower on
    SQLCipher at 100k, where each page read from disk is decrypted and checked).

    The query is SQLAlchemy's, run on the session's own DB-API cursor: SQLAlchemy's per-row
    result processing took a third of the load at 100,000 rows. The few distinct dates and
    sources are parsed and kept once each and shared by the rows (a dictionary lookup instead of
    a date parsed per row: a third less time building the rows, and 200,000 fewer objects in
    the window's memory)."""
    with vault.read_session() as session:
        cursor = session.connection().connection.cursor()
        try:
            cursor.execute(_rows_sql())
            day, shared = _Days(), _Shared()
            flag = (False, True)  # SQLite answers the three tests with 0 or 1
            return [CandidateRow(row_id, name, email, shared[source], day[contact], day[due],
                                 flag[consent], flag[restricted], flag[held])
                    for row_id, name, email, source, contact, due, consent, restricted, held in cursor.fetchall()]
        finally:
            cursor.close()


class _Days(dict):
    """ISO text (SQLite keeps dates so) to a date, each distinct date parsed once; None stays None."""

    def __missing__(self, text: str | None) -> dt.date | None:
        value = dt.date.fromisoformat(text) if text else None
        self[text] = value
        return value


class _Shared(dict):
    """One string object per distinct value (a source code repeated on 100,000 rows)."""

    def __missing__(self, text: str) -> str:
        self[text] = text
        return text


@cache
def _rows_sql() -> str:
    consent = (
        exists()
        .where(Consent.candidate_id == Candidate.id, Consent.withdrawn_on.is_(None))
        .correlate(Candidate)
    )
    query = (
        select(
            Candidate.id,
            Candidate.full_name,
            Candidate.email,
            Candidate.source,
            Candidate.last_contact_on,
            RetentionState.due_on,
            consent,
            Candidate.situation == RESTRICTED,
            RetentionState.legal_hold_reason.is_not(None),
        )
        .outerjoin(RetentionState, RetentionState.candidate_id == Candidate.id)
    )
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
