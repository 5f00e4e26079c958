"""Closing a team vacancy: a filled (or cancelled) vacancy starts every applicant's clock at once.

"After the end of the procedure": when a vacancy closes, nobody is in its procedure any more.
``close`` ends every still-open application in ONE transaction (the hired as hired, everyone else
as rejected, all on the closing day), recomputes those candidates' countdowns from their sealed
facts, and sets the vacancy's status and closing day: all of it commits, or none of it.

The open applications are found by the plain ``ended_on IS NULL``; only the applicants being
ended are opened (with their own keys), each application read once. Candidates are locked in id
order before their applications, so two members' closings or a closing and an application's move
queue instead of deadlocking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from uuid import UUID

from sqlalchemy import Engine, or_, select

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.team import records
from recruitdesk.team.applications import ACTIVE_STATUSES, HIRED, REJECTED, move_row, open_all
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import applications, candidates, vacancies
from recruitdesk.team.vacancies import KIND as VACANCY

FILLED, CANCELLED = "filled", "cancelled"


@translate_faults
def close(engine: Engine, team: OpenTeam, vacancy_id: UUID, expected_version: int, status: str, hired: Collection[UUID],
          clock: Clock, on: dt.date | None = None) -> int:
    """Close the vacancy read at ``expected_version`` as ``filled`` (``hired``: application ids of this
    vacancy) or ``cancelled``; returns the vacancy's new version. An application that had ended is
    left as it was, unless it is among the hired (rejected by mistake, hired after all)."""
    if status not in (FILLED, CANCELLED):
        raise ValueError(status)
    hired_ids = set(hired)
    if status == CANCELLED and hired_ids:
        raise errors.TeamHiredWhenCancelled()
    day = on or clock.today()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        row = connection.execute(select(vacancies.c.version, vacancies.c.status).where(vacancies.c.vacancy_id == vacancy_id)
                                 .with_for_update()).one_or_none()
        if row is None:
            raise errors.TeamVacancyGone()
        if row.version != expected_version:
            raise records.RecordVersionConflict(VACANCY, vacancy_id, expected_version, row.version)
        if row.status not in ACTIVE_STATUSES:
            raise errors.TeamVacancyClosed()
        ending_filter = (applications.c.vacancy_id == vacancy_id,
                         or_(applications.c.ended_on.is_(None), applications.c.application_id.in_(hired_ids)))
        connection.execute(select(candidates.c.candidate_id)  # the applicants first, in id order, as a move locks them
                           .where(candidates.c.candidate_id.in_(select(applications.c.candidate_id).where(*ending_filter)))
                           .order_by(candidates.c.candidate_id).with_for_update(key_share=True)).all()
        ending = connection.execute(select(applications).where(*ending_filter)
                                    .order_by(applications.c.application_id).with_for_update()).all()
        if hired_ids - {item.application_id for item in ending}:
            raise errors.TeamHiredNotInVacancy()
        for item in ending:
            stage = HIRED if item.application_id in hired_ids else REJECTED
            key = records.candidate_key(connection, team, item.candidate_id, for_write=True)
            opened = open_all(team, key, item.candidate_id, item.application_id, item.content_sealed)
            if stage == HIRED and item.ended_on is not None and opened[1] == "hired":
                continue
            move_row(connection, team, item, key, opened, stage, day, clock)
        saved = records.save_version(connection, vacancies, vacancies.c.vacancy_id, VACANCY, vacancy_id, expected_version, clock,
                                     {"status": status, "closed_on": day})
        records.record_change(connection, team, VACANCY, records.UPDATED, vacancy_id, None, saved, clock)
    return saved

