"""The vacancy board on a team vault for the command line: ``vacancy ...``, ``apply`` and ``stage``.

``commands.team_work`` calls these when ``--vault`` names a team folder, so a script that adds a
vacancy, puts a candidate in it and moves them on keeps working after the move to a team vault.
Everything goes through the Vacancies dock's service (``services.team_vacancies``): the same
checks, the same version read before each save, the same refusals (a DPO reads only). A team's
ids are opaque, so a vacancy or an application is named by the first characters of its id (as
``vacancy list`` and ``apply`` print them) and a candidate also by words of their name.

The rows returned have the local rows' shape (``VacancyRow``, ``ApplicationRow``): the local
commands' printers print them, and ``--json`` gives the same keys, with the ids as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable
from uuid import UUID

from sqlalchemy import Engine, select

from recruitdesk import errors
from recruitdesk.i18n import N_
from recruitdesk.services.stages import ApplicationNotFound, VacancyNotFound, stage_code, stage_label
from recruitdesk.services.team_commands import TeamEntryAmbiguous, candidate_named
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_vacancies import (ApplicantRow, ApplicationConflict, TeamVacancies, TeamVacancyRow, VacancyConflict,
                                                 VacancyEdit)
from recruitdesk.services.vacancies import ACTIVE_STATUSES, ON_HOLD, OPEN
from recruitdesk.team import applications as team_applications
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import applications as applications_table

SHORT = 8  # the characters of an opaque id shown, as ``candidates list`` shows a candidate's


class TeamVacancyChanged(errors.RecruitDeskError):
    code = "team-vacancy-changed"
    exit_code = 1
    template = N_("errors", "Another member changed vacancy {id} at the same moment. Nothing was saved; try again.")


class TeamApplicationMoved(errors.RecruitDeskError):
    code = "team-application-moved"
    exit_code = 1
    template = N_("errors", "Another member moved application {id} at the same moment. Nothing was changed; try again.")


@dataclass(frozen=True)
class BoardVacancy:
    """A team vacancy as a local ``VacancyRow`` shows it: its fields and its applications per stage."""

    id: UUID
    title: str
    client: str | None
    location: str | None
    owner: str | None
    opened_on: dt.date
    closed_on: dt.date | None
    status: str
    stages: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    version: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, stage: str) -> int:
        return self.counts.get(stage, 0)

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id), "title": self.title, "client": self.client, "location": self.location, "owner": self.owner,
            "opened_on": self.opened_on.isoformat(), "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "status": self.status, "stages": list(self.stages), "stage_names": [stage_label(s) for s in self.stages],
            "counts": {stage: self.count(stage) for stage in self.stages}, "applications": self.total,
        }


@dataclass(frozen=True)
class BoardApplication:
    """A team application as a local ``ApplicationRow`` shows it (a team keeps no rating or tags on it)."""

    id: UUID
    candidate_id: UUID
    name: str
    vacancy_id: UUID
    stage: str
    stage_changed_on: dt.date | None
    applied_on: dt.date | None
    outcome: str
    ended_on: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id), "candidate": str(self.candidate_id), "name": self.name, "vacancy": str(self.vacancy_id),
            "stage": self.stage, "stage_name": stage_label(self.stage),
            "stage_changed_on": self.stage_changed_on.isoformat() if self.stage_changed_on else None,
            "applied_on": self.applied_on.isoformat() if self.applied_on else None, "outcome": self.outcome,
            "ended_on": self.ended_on.isoformat() if self.ended_on else None, "rating": None, "tags": [],
        }


def _board_application(row: ApplicantRow, vacancy_id: UUID) -> BoardApplication:
    return BoardApplication(row.application_id, row.candidate_id, row.full_name, vacancy_id, row.stage, row.stage_changed_on,
                            row.applied_on, row.outcome, row.ended_on)


def _stage_counts(engine: Engine, team: OpenTeam, vacancy_id: UUID) -> dict[str, int]:
    """The vacancy's applications per stage: each stage opened with its applicant's key, no name opened."""
    with engine.connect() as connection:
        return team_applications.stage_counts(connection, team, vacancy_id)


def _board_vacancy(service: TeamVacancies, row: TeamVacancyRow) -> BoardVacancy:
    counts = service.desk.run(lambda engine, team: _stage_counts(engine, team, row.vacancy_id)) if row.applicants else {}
    return BoardVacancy(row.vacancy_id, row.title, row.client, row.location, row.owner, row.opened_on, row.closed_on, row.status,
                        row.stages, counts, row.version)


def _by_prefix(ids: Iterable[UUID], reference: str, not_found: Exception) -> UUID:
    digits = reference.strip().casefold().replace("-", "")
    found = [item for item in ids if digits and item.hex.startswith(digits)]
    if len(found) == 1:
        return found[0]
    if found:
        raise TeamEntryAmbiguous(count=len(found), id=reference)
    raise not_found


def _vacancy_named(service: TeamVacancies, reference: str) -> TeamVacancyRow:
    rows = {row.vacancy_id: row for row in service.vacancies()}
    return rows[_by_prefix(rows, reference, VacancyNotFound(id=reference))]


def _applicant(service: TeamVacancies, vacancy_id: UUID, application_id: UUID) -> ApplicantRow:
    found = next((row for row in service.applicants(vacancy_id) if row.application_id == application_id), None)
    if found is None:
        raise errors.TeamVacancyGone()
    return found


@translate_faults
def _application_vacancies(engine: Engine, team: OpenTeam) -> dict[UUID, UUID]:
    """Every application's id with its vacancy's (both plain on the server): an application is named by its id alone."""
    with engine.connect() as connection:
        return {row.application_id: row.vacancy_id
                for row in connection.execute(select(applications_table.c.application_id, applications_table.c.vacancy_id))}


# --- vacancies -------------------------------------------------------------------------------------
def add_vacancy(desk: TeamDesk, title: str, client: str | None, location: str | None, owner: str | None,
                opened_on: dt.date | None, stages: list[str] | None) -> BoardVacancy:
    """A new open vacancy, checked as the New vacancy dialog checks it."""
    service = TeamVacancies(desk)
    row = service.add(VacancyEdit(title, client, location, owner, tuple(stages) if stages is not None else None), opened_on)
    return _board_vacancy(service, row)


def list_vacancies(desk: TeamDesk, search: str | None, statuses: tuple[str, ...] | None) -> list[BoardVacancy]:
    """As a local vault lists them: every word of ``search`` in the title, client, location or owner (opened
    here), in ``statuses``; open and on hold first, newest first."""
    service = TeamVacancies(desk)
    words = (search or "").casefold().split()

    def matches(row: TeamVacancyRow) -> bool:
        text = " ".join(part for part in (row.title, row.client, row.location, row.owner) if part).casefold()
        return all(word in text for word in words)

    rows = [row for row in service.vacancies() if (statuses is None or row.status in statuses) and matches(row)]
    rows.sort(key=lambda row: (row.status not in ACTIVE_STATUSES, -row.opened_on.toordinal(), row.vacancy_id.hex))
    return [_board_vacancy(service, row) for row in rows]


def close_vacancy(desk: TeamDesk, reference: str, hired: Iterable[str], on: dt.date | None,
                  cancelled: bool) -> tuple[BoardVacancy, list[UUID], list[UUID]]:
    """Close the vacancy over the version just read, as "Vacancy filled…" does; returns it with the hired
    and the applications that ended as not hired (every other one still open)."""
    service = TeamVacancies(desk)
    row = _vacancy_named(service, reference)
    applicants = service.applicants(row.vacancy_id)
    open_applications = [applicant.application_id for applicant in applicants if applicant.is_open]
    every = [applicant.application_id for applicant in applicants]
    chosen = {_by_prefix(every, name, ApplicationNotFound(id=name)) for name in hired}
    closed = service.close(row.vacancy_id, row.version, chosen, cancelled=cancelled, on=on)
    if isinstance(closed, VacancyConflict):
        raise TeamVacancyChanged(id=row.vacancy_id.hex[:SHORT])
    rejected = [application for application in open_applications if application not in chosen]
    return _board_vacancy(service, closed), sorted(chosen, key=str), rejected


def set_vacancy_status(desk: TeamDesk, reference: str, on_hold: bool) -> BoardVacancy:
    """``vacancy hold`` (on hold) or ``vacancy reopen`` (open again), over the version just read."""
    service = TeamVacancies(desk)
    row = _vacancy_named(service, reference)
    saved = service.set_status(row.vacancy_id, row.version, ON_HOLD if on_hold else OPEN)
    if isinstance(saved, VacancyConflict):
        raise TeamVacancyChanged(id=row.vacancy_id.hex[:SHORT])
    return _board_vacancy(service, saved)


# --- applications ------------------------------------------------------------------------------------
def apply(desk: TeamDesk, candidate: str, vacancy: str, on: dt.date | None) -> BoardApplication:
    """Put the candidate ``candidate`` names in the vacancy ``vacancy`` names, at its first stage."""
    service = TeamVacancies(desk)
    found = candidate_named(desk, candidate)
    row = _vacancy_named(service, vacancy)
    return _board_application(service.apply(row.vacancy_id, found.candidate_id, on), row.vacancy_id)


def move(desk: TeamDesk, application: str, stage: str, on: dt.date | None) -> BoardApplication:
    """Move the application to ``stage`` (its code or words, one of its vacancy's), over the version just read."""
    service = TeamVacancies(desk)
    owners = desk.run(_application_vacancies)
    application_id = _by_prefix(owners, application, ApplicationNotFound(id=application))
    vacancy = service.vacancy(owners[application_id])
    if not vacancy.is_active:
        raise errors.TeamVacancyClosed()
    code = stage_code(vacancy.stages, stage)
    read = _applicant(service, vacancy.vacancy_id, application_id)
    moved = service.move(vacancy.vacancy_id, application_id, read.version, code, on)
    if isinstance(moved, ApplicationConflict):
        raise TeamApplicationMoved(id=application_id.hex[:SHORT])
    return _board_application(moved, vacancy.vacancy_id)


__all__ = ["BoardVacancy", "BoardApplication", "TeamVacancyChanged", "TeamApplicationMoved", "add_vacancy", "list_vacancies",
           "close_vacancy", "set_vacancy_status", "apply", "move"]
