"""Adding candidates, recording the facts retention clocks need, and listing them.

Every change of a fact (an outcome, a contact, a consent) recomputes that candidate's
countdown in the same transaction, so the list is never stale.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.clock import Clock
from recruitdesk.identifiers import firm_regions, normalise_phone
from recruitdesk.services.countdown import load_candidate, recompute, refresh_expiries
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate, Consent, ContactEvent, Procedure, RetentionState
from recruitdesk.vault.candidate_keys import CandidateKeys
from recruitdesk.vault.vault import Vault


@dataclass(frozen=True)
class CandidateRow:
    """One line of the candidate table: only what the list shows, nothing decrypted."""

    id: int
    name: str
    email: str | None
    source: str
    last_contact_on: dt.date | None
    due_on: dt.date | None
    has_consent: bool
    restricted: bool = False  # processing restricted after a rights request (Candidate.situation)


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


def record_contact(vault: Vault, candidate_id: int, on: dt.date, channel: str | None = None) -> None:
    """A contact log entry; it moves the last-contact anchor."""
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        candidate.contacts.append(ContactEvent(on=on, channel=channel))
        _touch(candidate, on, vault.clock)
        refresh_expiries(session, candidate, vault.clock.today())
        recompute(session, candidate, vault.clock)
        audit.record(session, vault.clock, "candidate.contact", candidate_uid=candidate.uid)


def _touch(candidate: Candidate, on: dt.date, clock: Clock) -> None:
    if candidate.last_contact_on is None or on > candidate.last_contact_on:
        candidate.last_contact_on = on
    candidate.updated_at = clock.now().replace(tzinfo=None)


def candidate_rows(vault: Vault) -> list[CandidateRow]:
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
        )
        .outerjoin(RetentionState, RetentionState.candidate_id == Candidate.id)
        .order_by(Candidate.full_name)
    )
    with vault.read_session() as session:
        return [CandidateRow(*row[:-1], restricted=bool(row[-1])) for row in session.execute(query)]
