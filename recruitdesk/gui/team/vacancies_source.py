"""The vacancy dialogs' source while a team is open (``gui.vacancies.source.VacanciesSource``).

The local New / Edit vacancy and "Vacancy filled…" dialogs save a team's vacancy through
``services.team_vacancies``: an edit and a closing go over the version the window read, so a
colleague's newer save is not overwritten; it comes back as a ``VacancyConflict``, said here in
words (with what the server holds now) and shown in the dialog, which stays open with what was
typed. The server's clock gives the opening and closing days (today), and a team's vacancy keeps
its status through an edit (closing and cancelling are their own actions), so the dialogs offer
neither.

The local vacancy window shows a team's vacancy through it too: the applicants as the board's cards
(``applicant_cards``), each move over the version the card shows; a colleague's move first comes back
as an ``ApplicationConflict``, said in words, nothing changed. CVs are imported into a team's
vacancy as into a local one (``imports``: the window routes them to the team's import, ``gui.team.cv_drop``).
A team keeps no rating, tag or interview contact on an application, so the window offers none;
a DPO reads only, and is told why. A rejection is followed by a note that the letters can be drafted
("Write rejection messages…").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from recruitdesk.gui.team.applicant_cards import ApplicantCard, cards_of
from recruitdesk.gui.team.member_dialogs import role_name
from recruitdesk.gui.vacancies.source import VacancyValues, Work
from recruitdesk.services.stages import stage_after
from recruitdesk.services.team_vacancies import (REJECTED, ApplicantRow, ApplicationConflict, TeamVacancies, TeamVacancyRow,
                                                 VacancyConflict, VacancyEdit, stage_label, status_label)


def _edit(values: VacancyValues) -> VacancyEdit:
    return VacancyEdit(values.title, values.client, values.location, values.owner, tuple(values.stages))


def _row(vacancy: object) -> TeamVacancyRow:
    assert isinstance(vacancy, TeamVacancyRow), "a team's vacancy"
    return vacancy


def _card(card: object) -> ApplicantCard:
    assert isinstance(card, ApplicantCard) and card.vacancy_id is not None, "a team applicant's card, read with its vacancy"
    return card


def _matches(row: TeamVacancyRow, words: list[str]) -> bool:
    """Every word in the title, client, location or owner (opened here: the server cannot search them)."""
    text = " ".join(part for part in (row.title, row.client, row.location, row.owner) if part).casefold()
    return all(word in text for word in words)


class TeamVacanciesSource:
    chooses_days = False
    sets_status = False
    counts_stages = False  # the server counts a vacancy's applications, not per stage
    rates = False
    imports = True  # Import CVs into vacancy…, and CVs dropped on a vacancy or its board
    writes_letters = True

    def __init__(self, service: TeamVacancies) -> None:
        self.service = service

    def list_vacancies(self, search: str, statuses: tuple[str, ...] | None) -> list[object]:
        """As a local vault lists them: the matching ones, open and on hold first, newest first."""
        words = search.casefold().split()
        rows = [row for row in self.service.vacancies() if (statuses is None or row.status in statuses) and _matches(row, words)]
        rows.sort(key=lambda row: (not row.is_active, -row.opened_on.toordinal()))
        return list(rows)

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

    # --- the vacancy window ------------------------------------------------------------------
    def read_only_reason(self) -> str:
        if self.service.may_write:
            return ""
        return QCoreApplication.translate(
            "TeamVacanciesSource", "Your role is {role}: you can only read the vacancies. Moving applicants and closing a "
                                   "vacancy is for recruiters and administrators.").format(role=role_name(self.service.desk.role))

    def board(self, vacancy_id: object) -> tuple[object, list[object]]:
        assert isinstance(vacancy_id, UUID), "a team vacancy's id"
        return self.service.vacancy(vacancy_id), list(cards_of(self.service.applicants(vacancy_id), vacancy_id))

    def move(self, card: object, stage: str) -> Work:
        chosen = _card(card)
        applicant, vacancy_id = chosen.applicant, chosen.vacancy_id
        assert vacancy_id is not None
        return lambda: self.service.move(vacancy_id, applicant.application_id, applicant.version, stage)

    def move_by(self, card: object, steps: int, stages: tuple[str, ...]) -> Work:
        chosen = _card(card)
        stage = stage_after(stages, chosen.stage, steps)
        return self.move(chosen, stage) if stage != chosen.stage else (lambda: chosen.applicant)

    def move_refusal(self, result: object) -> str:
        if not isinstance(result, ApplicationConflict):
            return ""
        return QCoreApplication.translate(
            "VacanciesWindow", "A colleague moved {name} meanwhile (now: {stage}). Nothing was changed; the list "
                               "shows where they are now.").format(name=result.theirs.full_name,
                                                                   stage=stage_label(result.theirs.stage))

    def moved_id(self, result: object) -> object:
        return result.application_id if isinstance(result, ApplicantRow) else None

    def moved_note(self, result: object) -> str:
        if isinstance(result, ApplicantRow) and result.stage == REJECTED:
            return QCoreApplication.translate("VacanciesWindow", "{name} was rejected. Write rejection messages… drafts the "
                                                                 "letter.").format(name=result.full_name)
        return ""

    def rate(self, card: object, rating: int | None) -> Work:
        raise NotImplementedError("a team keeps no rating on the board")  # ``rates`` is False: never offered

    def set_tags(self, card: object, tags: list[str]) -> Work:
        raise NotImplementedError("a team keeps no tags on an application")

    def interview_scheduled(self, card: object, on: dt.date) -> Work:
        raise NotImplementedError("a team records contacts through Candidate > Record a contact…")
