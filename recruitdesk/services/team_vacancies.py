"""The team window's vacancies and applications: what the Vacancies dock (on a team) and "Add to vacancy" call.

Built on an open :class:`TeamDesk` (its pool, its open keys, its reopening after a key change);
every call may run on a worker thread and none touches Qt. Titles, clients, stage names and the
applicants' names are opened here, on the member's machine (``team.vacancies``,
``team.applications``). A save that meets a colleague's newer version returns a conflict value
(:class:`VacancyConflict`, :class:`ApplicationConflict`) carrying what the server holds now, so the
window can show both and nothing is lost; a vacancy or application gone meanwhile is
``errors.TeamVacancyGone``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk import errors
from recruitdesk.i18n import translate
from recruitdesk.services.stages import (HIRED, REJECTED, StageInUse, VacancyFieldTooLong, VacancyTitleRequired,
                                         normalise_stages, stage_label)
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_vault import opened_team
from recruitdesk.services.vacancies import ACTIVE_STATUSES, CANCELLED, FILLED, LIMITS, STATUS_LABELS
from recruitdesk.team import applications as team_applications
from recruitdesk.team import candidates as team_candidates
from recruitdesk.team import records, vacancy_closing
from recruitdesk.team import vacancies as team_vacancies
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.vacancies import TeamVacancy, VacancyFields
from recruitdesk.vault.keychain import Keychain

__all__ = ["TeamVacancies", "TeamVacancyRow", "VacancyEdit", "VacancyConflict", "ApplicantRow", "ApplicationConflict",
           "CandidateApplicationRow", "HIRED", "REJECTED", "stage_label", "status_label", "list_team_vacancies"]

T = TypeVar("T")


def status_label(status: str) -> str:
    template = STATUS_LABELS.get(status)
    return translate("vacancies", template) if template else status


@dataclass(frozen=True)
class VacancyEdit:
    """What the vacancy dialog edits; ``stages`` None: the default stages."""

    title: str
    client: str | None = None
    location: str | None = None
    owner: str | None = None
    stages: tuple[str, ...] | None = None


@dataclass(frozen=True)
class TeamVacancyRow:
    """One line of the Vacancies dock."""

    vacancy_id: UUID
    version: int
    title: str
    client: str | None
    location: str | None
    owner: str | None
    stages: tuple[str, ...]  # open stages, then hired, rejected, withdrawn
    status: str
    opened_on: dt.date
    closed_on: dt.date | None
    applicants: int
    still_open: int

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def id(self) -> UUID:
        """The vacancy's id, under the name a local ``VacancyRow`` gives it (the shared list reads it)."""
        return self.vacancy_id

    @property
    def total(self) -> int:
        """Its applications, as a local ``VacancyRow`` counts them (the vacancy window's header)."""
        return self.applicants

    def to_json(self) -> dict[str, object]:
        return {"id": str(self.vacancy_id), "title": self.title, "client": self.client, "location": self.location,
                "owner": self.owner, "status": self.status, "opened_on": self.opened_on.isoformat(),
                "closed_on": self.closed_on.isoformat() if self.closed_on else None, "stages": list(self.stages),
                "applications": self.applicants, "still_open": self.still_open}

    def edit(self) -> VacancyEdit:
        return VacancyEdit(self.title, self.client, self.location, self.owner,
                           tuple(s for s in self.stages if s not in team_applications.FINAL_STAGES))


@dataclass(frozen=True)
class VacancyConflict:
    """A vacancy saved (or closed) by a colleague after this window read it: ``theirs`` is the server's now."""

    vacancy_id: UUID
    mine: VacancyEdit | None  # None for a closing
    my_version: int
    theirs: TeamVacancyRow


@dataclass(frozen=True)
class ApplicantRow:
    """One application of a vacancy, with the applicant's name opened here."""

    application_id: UUID
    candidate_id: UUID
    full_name: str
    version: int
    stage: str
    outcome: str
    applied_on: dt.date
    ended_on: dt.date | None
    stage_changed_on: dt.date | None = None  # the day of its latest move; None: moved only before the history (t014)

    @property
    def is_open(self) -> bool:
        return self.ended_on is None


@dataclass(frozen=True)
class ApplicationConflict:
    """An application a colleague moved after this window read it; ``theirs`` is where it is now."""

    application_id: UUID
    my_version: int
    theirs: ApplicantRow


@dataclass(frozen=True)
class CandidateApplicationRow:
    """One of a candidate's applications, with the vacancy's title opened here."""

    application_id: UUID
    vacancy_id: UUID
    title: str
    stage: str
    outcome: str
    applied_on: dt.date
    ended_on: dt.date | None


def _text(name: str, value: str | None) -> str | None:
    cleaned = " ".join((value or "").split()) or None
    if cleaned is not None and len(cleaned) > LIMITS[name]:
        raise VacancyFieldTooLong(field=name, limit=LIMITS[name])
    return cleaned


def _checked(edit: VacancyEdit) -> VacancyEdit:
    title = _text("title", edit.title)
    if title is None:
        raise VacancyTitleRequired()
    return VacancyEdit(title, _text("client", edit.client), _text("location", edit.location), _text("owner", edit.owner),
                       normalise_stages(list(edit.stages) if edit.stages is not None else None))


class TeamVacancies:
    """The vacancies of the team a :class:`TeamDesk` holds open."""

    def __init__(self, desk: TeamDesk) -> None:
        self._desk = desk

    @property
    def may_write(self) -> bool:
        return self._desk.may_write

    @property
    def desk(self) -> TeamDesk:
        """The team window's desk, for the features of the Vacancies dock built on it (the blind review)."""
        return self._desk

    @property
    def closed(self) -> bool:
        """The team window closed its desk: nothing more is asked of the server."""
        return self._desk.closed

    # --- vacancies -------------------------------------------------------------------------
    def vacancies(self) -> list[TeamVacancyRow]:
        """Every vacancy with its title and client opened and its applicant counts (plain on the server)."""
        def read(engine: Engine, team: OpenTeam) -> tuple[list[TeamVacancy], dict[UUID, tuple[int, int]]]:
            return team_vacancies.all_vacancies(engine, team), team_applications.counts(engine)
        listed, counts = self._run(read)
        return [_row(vacancy, counts.get(vacancy.vacancy_id, (0, 0))) for vacancy in listed]

    def vacancy(self, vacancy_id: UUID) -> TeamVacancyRow:
        found = next((row for row in self.vacancies() if row.vacancy_id == vacancy_id), None)
        if found is None:
            raise errors.TeamVacancyGone()
        return found

    def add(self, edit: VacancyEdit, opened_on: dt.date | None = None) -> TeamVacancyRow:
        """A new open vacancy, opened ``opened_on`` (today; the command line's ``--opened``)."""
        checked = _checked(edit)
        fields = VacancyFields(checked.title, checked.client, checked.location, checked.owner, checked.stages or (),
                               opened_on=opened_on)
        vacancy_id = self._run(lambda engine, team: team_vacancies.add_vacancy(engine, team, fields, self._desk.clock))
        return self.vacancy(vacancy_id)

    def save(self, vacancy_id: UUID, version_read: int, edit: VacancyEdit) -> TeamVacancyRow | VacancyConflict:
        """Save the edit over ``version_read``; status and dates stay as the server holds them. Removing
        a stage that still holds applications is refused (``StageInUse``, naming it and how many)."""
        checked = _checked(edit)
        current = self.vacancy(vacancy_id)
        fields = VacancyFields(checked.title, checked.client, checked.location, checked.owner, checked.stages or (),
                               current.status, current.opened_on, current.closed_on)
        try:
            self._run(lambda engine, team: team_vacancies.update_vacancy(engine, team, vacancy_id, version_read, fields,
                                                                         self._desk.clock))
        except records.RecordVersionConflict:
            return VacancyConflict(vacancy_id, checked, version_read, self.vacancy(vacancy_id))
        except team_vacancies.StageInUse as in_use:  # the local vault's refusal, in the same words
            raise StageInUse(stage=stage_label(in_use.stage), count=in_use.count) from None
        return self.vacancy(vacancy_id)

    def close(self, vacancy_id: UUID, version_read: int, hired: Collection[UUID] = (),
              cancelled: bool = False, on: dt.date | None = None) -> TeamVacancyRow | VacancyConflict:
        """Close as filled (``hired``: application ids) or cancelled: every open application ends today
        (``on``: that day, the command line's ``--on``) and every applicant's clock starts, in one transaction."""
        status = CANCELLED if cancelled else FILLED
        try:
            self._run(lambda engine, team: vacancy_closing.close(engine, team, vacancy_id, version_read, status, hired,
                                                                 self._desk.clock, on))
        except records.RecordVersionConflict:
            return VacancyConflict(vacancy_id, None, version_read, self.vacancy(vacancy_id))
        return self.vacancy(vacancy_id)

    def set_status(self, vacancy_id: UUID, version_read: int, status: str) -> TeamVacancyRow | VacancyConflict:
        """On hold, or open (again): the command line's ``vacancy hold|reopen``, as a local vault changes it.
        Nobody in the procedure moves; a reopened filled or cancelled vacancy loses its closing day."""
        current = self.vacancy(vacancy_id)
        fields = VacancyFields(current.title, current.client, current.location, current.owner,
                               tuple(s for s in current.stages if s not in team_applications.FINAL_STAGES),
                               status, current.opened_on, None)
        try:
            self._run(lambda engine, team: team_vacancies.update_vacancy(engine, team, vacancy_id, version_read, fields,
                                                                         self._desk.clock))
        except records.RecordVersionConflict:
            return VacancyConflict(vacancy_id, None, version_read, self.vacancy(vacancy_id))
        return self.vacancy(vacancy_id)

    # --- applications ----------------------------------------------------------------------
    def applicants(self, vacancy_id: UUID) -> list[ApplicantRow]:
        """The vacancy's applications with the applicants' names opened here, by day of applying, then name."""
        def read(engine: Engine, team: OpenTeam) -> list[ApplicantRow]:
            listed = team_applications.applications_of_vacancy(engine, team, vacancy_id)
            if not listed:
                return []
            names = {row.candidate_id: row.full_name for row in team_candidates.list_candidates(
                engine, team, only={a.candidate_id for a in listed})}
            rows = [ApplicantRow(a.application_id, a.candidate_id, names.get(a.candidate_id, ""), a.version, a.stage, a.outcome,
                                 a.applied_on, a.ended_on, a.stage_changed_on) for a in listed]
            return sorted(rows, key=lambda row: (row.applied_on, row.full_name.casefold(), str(row.application_id)))
        return self._run(read)

    def applications_of(self, candidate_id: UUID) -> list[CandidateApplicationRow]:
        def read(engine: Engine, team: OpenTeam) -> list[CandidateApplicationRow]:
            listed = team_applications.applications_of_candidate(engine, team, candidate_id)
            titles = {v.vacancy_id: v.fields.title for v in team_vacancies.all_vacancies(engine, team)} if listed else {}
            return [CandidateApplicationRow(a.application_id, a.vacancy_id, titles.get(a.vacancy_id, ""), a.stage, a.outcome,
                                            a.applied_on, a.ended_on) for a in listed]
        return self._run(read)

    def apply(self, vacancy_id: UUID, candidate_id: UUID, on: dt.date | None = None) -> ApplicantRow:
        """Put the candidate in the vacancy at its first stage today (``on``: that day); their countdown follows."""
        application_id = self._run(lambda engine, team: team_applications.apply(engine, team, vacancy_id, candidate_id,
                                                                                self._desk.clock, on))
        return self._applicant(vacancy_id, application_id)

    def move(self, vacancy_id: UUID, application_id: UUID, version_read: int, stage: str,
             on: dt.date | None = None) -> ApplicantRow | ApplicationConflict:
        """Move to ``stage``; rejected or withdrawn ends the procedure today (``on``: that day) and starts the clock."""
        try:
            self._run(lambda engine, team: team_applications.move(engine, team, application_id, version_read, stage,
                                                                  self._desk.clock, on))
        except records.RecordVersionConflict:
            return ApplicationConflict(application_id, version_read, self._applicant(vacancy_id, application_id))
        return self._applicant(vacancy_id, application_id)

    def reject(self, vacancy_id: UUID, application_id: UUID, version_read: int) -> ApplicantRow | ApplicationConflict:
        return self.move(vacancy_id, application_id, version_read, REJECTED)

    def _applicant(self, vacancy_id: UUID, application_id: UUID) -> ApplicantRow:
        found = next((row for row in self.applicants(vacancy_id) if row.application_id == application_id), None)
        if found is None:
            raise errors.TeamVacancyGone()
        return found

    def _run(self, operation: Callable[[Engine, OpenTeam], T]) -> T:
        """Through the desk (reopening after a key change); a vacancy record gone is said as such."""
        def call(engine: Engine, team: OpenTeam) -> T:
            try:
                return operation(engine, team)
            except records.RecordNotFound as gone:
                if gone.kind in (team_vacancies.KIND, team_applications.KIND):
                    raise errors.TeamVacancyGone() from None
                raise
        return self._desk.run(call)


def list_team_vacancies(folder: Path, keychain: Keychain) -> list[TeamVacancyRow]:
    """``recruitdesk team vacancies``: every vacancy of the folder's team, opened on this computer."""
    with opened_team(folder, keychain) as (engine, team):
        listed, counts = team_vacancies.all_vacancies(engine, team), team_applications.counts(engine)
    return [_row(vacancy, counts.get(vacancy.vacancy_id, (0, 0))) for vacancy in listed]


def _row(vacancy: TeamVacancy, counts: tuple[int, int]) -> TeamVacancyRow:
    fields = vacancy.fields
    assert fields.opened_on is not None  # stored vacancies always have their opening day
    return TeamVacancyRow(vacancy.vacancy_id, vacancy.version, fields.title, fields.client, fields.location, fields.owner,
                          team_applications.stages_with_finals(fields.stages), fields.status, fields.opened_on,
                          fields.closed_on, counts[0], counts[1])
