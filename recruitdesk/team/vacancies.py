"""Vacancies in the team store: the firm's jobs, title and client sealed under the firm key.

A vacancy is firm data: it outlives every applicant's erasure, so it is sealed under the firm
key (``firm_key``), not a candidate's. Plain on the server: an opaque id, a version, the status
code (open, on_hold, filled, cancelled), the opened and closed dates. Sealed: title, client,
location, owner and the ordered stage codes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Connection, Engine, insert, select

from recruitdesk.clock import Clock
from recruitdesk.team import applications, records
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import vacancies

KIND = "vacancy"
STATUSES = ("open", "on_hold", "filled", "cancelled")


@dataclass(frozen=True)
class VacancyFields:
    title: str = field(repr=False)
    client: str | None = field(default=None, repr=False)
    location: str | None = field(default=None, repr=False)
    owner: str | None = field(default=None, repr=False)
    stages: tuple[str, ...] = ()
    status: str = "open"
    opened_on: dt.date | None = None  # today when None
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class TeamVacancy:
    vacancy_id: UUID
    version: int
    fields: VacancyFields


def _aad(team: OpenTeam, vacancy_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.FIRM, KIND, vacancy_id, "content")


def _columns(team: OpenTeam, key: bytes, vacancy_id: UUID, vacancy: VacancyFields, clock: Clock) -> dict:
    if vacancy.status not in STATUSES:
        raise ValueError(vacancy.status)
    sealed = records.seal_json(key, _aad(team, vacancy_id), {"title": vacancy.title, "client": vacancy.client,
                                                            "location": vacancy.location, "owner": vacancy.owner,
                                                            "stages": list(vacancy.stages)})
    return {"status": vacancy.status, "opened_on": vacancy.opened_on or clock.today(), "closed_on": vacancy.closed_on,
            "content_sealed": sealed}


@translate_faults
def add_vacancy(engine: Engine, team: OpenTeam, vacancy: VacancyFields, clock: Clock) -> UUID:
    vacancy_id = uuid.uuid4()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.firm_key_of(connection, team)
        connection.execute(insert(vacancies).values(vacancy_id=vacancy_id, version=1, updated_at=clock.now(),
                                                    **_columns(team, key, vacancy_id, vacancy, clock)))
        records.record_change(connection, team, KIND, records.ADDED, vacancy_id, None, 1, clock)
    return vacancy_id


@translate_faults
def all_vacancies(engine: Engine, team: OpenTeam) -> list[TeamVacancy]:
    with engine.connect() as connection:
        rows = connection.execute(select(vacancies).order_by(vacancies.c.opened_on, vacancies.c.vacancy_id)).all()
        if not rows:
            return []
        key = records.firm_key_of(connection, team)
    result = []
    for row in rows:
        value = records.open_json(key, _aad(team, row.vacancy_id), row.content_sealed)
        result.append(TeamVacancy(row.vacancy_id, row.version, VacancyFields(
            value["title"], value["client"], value["location"], value["owner"], tuple(value["stages"]), row.status,
            row.opened_on, row.closed_on)))
    return result


class StageInUse(Exception):
    """The edit removes a stage that still holds applications: nothing was saved."""

    def __init__(self, stage: str, count: int) -> None:
        super().__init__(f"stage in use by {count} applications")  # the stage may be the firm's words: not in str()
        self.stage, self.count = stage, count


@translate_faults
def update_vacancy(engine: Engine, team: OpenTeam, vacancy_id: UUID, expected_version: int, vacancy: VacancyFields,
                   clock: Clock) -> int:
    """Save the vacancy over ``expected_version``; a stage it removes must be empty (``StageInUse``)."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        key = records.firm_key_of(connection, team)
        _refuse_removing_a_stage_in_use(connection, team, key, vacancy_id, expected_version, vacancy.stages)
        saved = records.save_version(connection, vacancies, vacancies.c.vacancy_id, KIND, vacancy_id, expected_version, clock,
                                     _columns(team, key, vacancy_id, vacancy, clock))
        records.record_change(connection, team, KIND, records.UPDATED, vacancy_id, None, saved, clock)
    return saved


def _refuse_removing_a_stage_in_use(connection: Connection, team: OpenTeam, key: bytes, vacancy_id: UUID, expected_version: int,
                                    stages: tuple[str, ...]) -> None:
    """Raise ``StageInUse`` for the first stage (in the vacancy's order) the edit removes while an
    application sits in it. The vacancy's row is locked first, so an application moved or added
    meanwhile (which holds it shared) is counted, or waits for this save."""
    row = connection.execute(select(vacancies.c.version, vacancies.c.content_sealed).where(vacancies.c.vacancy_id == vacancy_id)
                             .with_for_update()).one_or_none()
    if row is None or row.version != expected_version:
        return  # gone or changed meanwhile: the save says so
    before = applications.stages_with_finals(tuple(records.open_json(key, _aad(team, vacancy_id), row.content_sealed)["stages"]))
    kept = applications.stages_with_finals(stages)
    removed = [stage for stage in before if stage not in kept]
    if not removed:
        return
    counted = applications.stage_counts(connection, team, vacancy_id)
    for stage in removed:
        if counted.get(stage):
            raise StageInUse(stage, counted[stage])
