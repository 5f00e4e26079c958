"""The vacancy dialogs' source while a team is open (``gui.vacancies.source.VacanciesSource``).

The local New / Edit vacancy and "Vacancy filled…" dialogs save a team's vacancy through
``services.team_vacancies``: an edit and a closing go over the version the window read, so a
colleague's newer save is not overwritten; it comes back as a ``VacancyConflict``, said here in
words (with what the server holds now) and shown in the dialog, which stays open with what was
typed. The server's clock gives the opening and closing days (today), and a team's vacancy keeps
its status through an edit (closing and cancelling are their own actions), so the dialogs offer
neither.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from recruitdesk.gui.vacancies.source import VacancyValues, Work
from recruitdesk.services.team_vacancies import TeamVacancies, TeamVacancyRow, VacancyConflict, VacancyEdit, status_label


def _edit(values: VacancyValues) -> VacancyEdit:
    return VacancyEdit(values.title, values.client, values.location, values.owner, tuple(values.stages))


def _row(vacancy: object) -> TeamVacancyRow:
    assert isinstance(vacancy, TeamVacancyRow), "a team's vacancy"
    return vacancy


class TeamVacanciesSource:
    chooses_days = False
    sets_status = False

    def __init__(self, service: TeamVacancies) -> None:
        self.service = service

    def add(self, values: VacancyValues) -> Work:
        return lambda: self.service.add(_edit(values))

    def save(self, vacancy: object, values: VacancyValues) -> Work:
        row = _row(vacancy)
        return lambda: self.service.save(row.vacancy_id, row.version, _edit(values))

    def close(self, vacancy: object, hired: Collection[object], on: dt.date) -> Work:
        row = _row(vacancy)
        chosen = {application for application in hired if isinstance(application, UUID)}
        return lambda: self.service.close(row.vacancy_id, row.version, chosen)

    def refusal(self, result: object) -> str:
        if not isinstance(result, VacancyConflict):
            return ""
        return QCoreApplication.translate(
            "VacancyDialogs", "A colleague changed this vacancy meanwhile (it is now \"{title}\", {status}). "
                              "Nothing was saved; close this dialog and try again.").format(
            title=result.theirs.title, status=status_label(result.theirs.status))

    def saved_id(self, result: object) -> object:
        return result.vacancy_id if isinstance(result, TeamVacancyRow) else result

    def rejected(self, result: object, still_open: list[object], hired: Collection[object]) -> list[object]:
        return [application for application in still_open if application not in hired]
