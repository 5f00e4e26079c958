"""Adding and listing candidates."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.clock import Clock
from recruitdesk.store.models import Candidate, Consent, RetentionState
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


def add_candidate(
    session: Session,
    keys: CandidateKeys,
    clock: Clock,
    full_name: str,
    email: str | None = None,
    phone: str | None = None,
    city: str | None = None,
    applied_on: dt.date | None = None,
    source: str = "application",
) -> Candidate:
    uid = str(uuid.uuid4())
    now = clock.now().replace(tzinfo=None)
    candidate = Candidate(
        uid=uid,
        full_name=full_name.strip(),
        email=(email or "").strip().lower() or None,
        phone=phone,
        city=city,
        source=source,
        applied_on=applied_on,
        last_contact_on=applied_on,
        created_at=now,
        updated_at=now,
        wrapped_key=keys.new_wrapped_key(uid),
    )
    session.add(candidate)
    session.flush()
    audit.record(session, clock, "candidate.added", candidate_uid=uid, source=source)
    return candidate


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
        )
        .outerjoin(RetentionState, RetentionState.candidate_id == Candidate.id)
        .order_by(Candidate.full_name)
    )
    with vault.session() as session:
        return [CandidateRow(*row) for row in session.execute(query)]
