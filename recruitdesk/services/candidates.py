"""Adding candidates, recording the facts retention clocks need, and listing them.

Every change of a fact (an outcome, a contact, a consent) recomputes that candidate's
countdown in the same transaction, so the list is never stale.
"""

from __future__ import annotations

import datetime as dt
import gc
import uuid
from contextlib import contextmanager
from functools import cache, partial
from typing import Any, Iterable, Iterator, NamedTuple

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
    result processing took a third of the load at 100,000 rows. Fetching row by row still made
    the driver build a tuple and up to nine objects per row (half of the load's CPU time), so
    SQLite joins each column into one text (:func:`_columns_sql`) and Python splits them, in C.
    The few distinct dates and sources are parsed and kept once each and shared by the rows,
    and the cyclic garbage collector waits while the rows are built (it rescanned the growing
    heap over and over: a quarter of the building time)."""
    with vault.read_session() as session:
        cursor = session.connection().connection.cursor()
        try:
            with _collector_paused():
                cursor.execute(_columns_sql())
                joined: tuple = tuple(cursor.fetchone() or (0,) * 10)
                rows = _rows_from_columns(*joined)
                if rows is None:  # a name or e-mail holding a separator: row by row instead
                    cursor.execute(_rows_sql())
                    rows = _rows_one_by_one(cursor.fetchall())
                return rows
        finally:
            cursor.close()


_SEPARATOR, _NO_EMAIL = "\x1f", "\x1e"  # the unit separator between texts; a missing e-mail
_FLAGS = {"0": False, "1": True}  # SQLite answers the three tests with 0 or 1


def _rows_from_columns(count: int, ids: str | None, names: str | None, emails: str | None, sources: str | None,
                       contacts: str | None, dues: str | None, consents: str | None, restricted: str | None,
                       held: str | None) -> list[CandidateRow] | None:
    """The rows from the joined columns; None if a column does not split into ``count`` values."""
    if not count:
        return []
    columns = (ids.split(","), names.split(_SEPARATOR), emails.split(_SEPARATOR), sources.split(_SEPARATOR),  # type: ignore[union-attr]
               contacts.split(","), dues.split(","), consents, restricted, held)  # type: ignore[union-attr]
    if any(len(column) != count for column in columns):  # type: ignore[arg-type]
        return None
    day, shared, no_email = _Days(), _Shared(), {_NO_EMAIL: None}
    id_texts, name_list, email_texts, source_texts, contact_texts, due_texts = columns[:6]
    make = partial(tuple.__new__, CandidateRow)
    return list(map(make, zip(
        map(int, id_texts), name_list, map(no_email.get, email_texts, email_texts), map(shared.__getitem__, source_texts),
        map(day.__getitem__, contact_texts), map(day.__getitem__, due_texts), map(_FLAGS.__getitem__, consents),  # type: ignore[arg-type]
        map(_FLAGS.__getitem__, restricted), map(_FLAGS.__getitem__, held),  # type: ignore[arg-type]
        strict=True)))


def _rows_one_by_one(fetched: Iterable[Any]) -> list[CandidateRow]:
    day, shared = _Days(), _Shared()
    flag = (False, True)
    return [CandidateRow(row_id, name, email, shared[source], day[contact], day[due], flag[consent], flag[restricted], flag[held])
            for row_id, name, email, source, contact, due, consent, restricted, held in fetched]


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
            Candidate.id.label("id"),
            Candidate.full_name.label("name"),
            Candidate.email.label("email"),
            Candidate.source.label("source"),
            Candidate.last_contact_on.label("contact"),
            RetentionState.due_on.label("due"),
            consent.label("consent"),
            (Candidate.situation == RESTRICTED).label("restricted"),
            RetentionState.legal_hold_reason.is_not(None).label("held"),
        )
        .outerjoin(RetentionState, RetentionState.candidate_id == Candidate.id)
    )
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


@cache
def _columns_sql() -> str:
    """The rows of :func:`_rows_sql` as one row of nine texts: each column joined, in the same
    order (one scan feeds every ``group_concat``); a missing e-mail or date as a marker."""
    return (
        "SELECT count(*), group_concat(id, ','), group_concat(name, char(31)), "
        "group_concat(ifnull(email, char(30)), char(31)), group_concat(source, char(31)), "
        "group_concat(ifnull(contact, ''), ','), group_concat(ifnull(due, ''), ','), "
        "group_concat(ifnull(consent, 0), ''), group_concat(ifnull(restricted, 0), ''), group_concat(ifnull(held, 0), '') "
        f"FROM ({_rows_sql()})"
    )
