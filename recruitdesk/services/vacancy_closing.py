"""Closing a vacancy: the moment the statements start the clock for every applicant at once.

"Six weeks after the end of the procedure": when a vacancy is filled, everyone still in it is
no longer in a procedure. ``close_vacancy`` ends every still-open application in ONE write
transaction (the hired as hired, the others as not hired, all on the closing date), sets the
vacancy's status and closing date and recomputes those candidates' countdowns, so they all
start together or not at all. It returns the rejected applications, for the rejection messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.services.applications import AuditBatch, end_application
from recruitdesk.services.countdown import active_policy, recompute, refresh_expiries, with_facts
from recruitdesk.services.stages import HIRED, REJECTED, HiredNotInVacancy, HiredWhenCancelled, UnknownVacancyStatus, VacancyClosed
from recruitdesk.services.vacancies import ACTIVE_STATUSES, CANCELLED, FILLED, load_vacancy
from recruitdesk.store.models import Candidate, Procedure
from recruitdesk.vault.vault import Vault


CHUNK = 500  # candidate ids per query, well below SQLite's bound-parameter limit


def _load_candidates(session: Session, ids: set[int]) -> dict[int, Candidate]:
    """The candidates with everything the engine reads, in a few queries."""
    found: dict[int, Candidate] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        for candidate in session.scalars(with_facts().where(Candidate.id.in_(ordered[start:start + CHUNK]))):
            found[candidate.id] = candidate
    return found


def close_vacancy(vault: Vault, vacancy_id: int, hired: Iterable[int] = (), on: dt.date | None = None,
                  status: str = FILLED) -> list[int]:
    """Close the vacancy as ``filled`` (with the ``hired`` application numbers) or ``cancelled``.

    Every application still open ends on ``on`` (default today): the hired ones as hired, the
    others as not hired. Applications that had already ended stay as they were, unless listed
    as hired (a candidate moved to Rejected by mistake, then hired after all). Returns the numbers of the applications ended as not
    hired by this closing, in board order.
    """
    if status not in (FILLED, CANCELLED):
        raise UnknownVacancyStatus(status=status)
    hired_ids = set(hired)
    if status == CANCELLED and hired_ids:
        raise HiredWhenCancelled()
    day = on or vault.clock.today()
    rejected: list[int] = []
    with vault.session() as session, session.begin():
        vacancy = load_vacancy(session, vacancy_id)
        if vacancy.status not in ACTIVE_STATUSES:
            raise VacancyClosed(id=vacancy.id)
        applications = list(session.scalars(select(Procedure).where(Procedure.vacancy_id == vacancy.id).order_by(Procedure.id)))
        known = {p.id for p in applications}
        for application_id in sorted(hired_ids - known):
            raise HiredNotInVacancy(id=application_id)
        ending: list[tuple[Procedure, str]] = []
        for application in applications:
            if application.id in hired_ids:
                if application.outcome != "hired":
                    ending.append((application, HIRED))
            elif application.outcome == "open":
                ending.append((application, REJECTED))
        candidates = _load_candidates(session, {application.candidate_id for application, _stage in ending})
        batch: AuditBatch = []
        with session.no_autoflush:
            for application, stage in ending:
                end_application(session, vault.clock, candidates[application.candidate_id], application, stage, day, batch)
                if stage == REJECTED:
                    rejected.append(application.id)
        # One read of the audit chain, one flush and one policy for everyone: a vacancy with
        # 2,000 applicants closes in seconds, not minutes.
        audit.record_many(session, vault.clock, batch)
        session.flush()
        policy = active_policy(session)
        for candidate in candidates.values():
            refresh_expiries(session, candidate, vault.clock.today())
            recompute(session, candidate, vault.clock, policy)
        vacancy.status, vacancy.closed_on = status, day
        audit.record(session, vault.clock, "vacancy.closed", vacancy=vacancy.id, status=status,
                     hired=len(hired_ids), rejected=len(rejected))
    return rejected
