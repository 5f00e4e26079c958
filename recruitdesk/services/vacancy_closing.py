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

from recruitdesk import audit
from recruitdesk.services.applications import end_application
from recruitdesk.services.countdown import load_candidate
from recruitdesk.services.stages import HIRED, REJECTED, HiredNotInVacancy, HiredWhenCancelled, UnknownVacancyStatus, VacancyClosed
from recruitdesk.services.vacancies import ACTIVE_STATUSES, CANCELLED, FILLED, load_vacancy
from recruitdesk.store.models import Procedure
from recruitdesk.vault.vault import Vault


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
        for application in applications:
            if application.id in hired_ids:
                if application.outcome == "hired":
                    continue
                stage = HIRED
            elif application.outcome == "open":
                stage = REJECTED
            else:
                continue
            candidate = load_candidate(session, application.candidate_id)
            end_application(session, vault.clock, candidate, application, stage, day)
            if stage == REJECTED:
                rejected.append(application.id)
        vacancy.status, vacancy.closed_on = status, day
        audit.record(session, vault.clock, "vacancy.closed", vacancy=vacancy.id, status=status,
                     hired=len(hired_ids), rejected=len(rejected))
    return rejected
