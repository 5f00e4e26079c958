"""Where the vacancy dialogs save: one New / Edit vacancy dialog and one "Vacancy filled…" dialog
for both kinds of vault.

The dialogs (``gui.vacancies.dialogs``) show the fields and ask; a source says what may be chosen
and gives the write to run on the database worker. A local vault's source writes its SQLCipher
file through ``services.vacancies`` and ``services.vacancy_closing`` (the user picks the opening
and closing days, and Edit… offers open / on hold / reopen). A team's source
(``gui.team.vacancies_source``) writes through ``services.team_vacancies`` over the version read:
a colleague's newer save comes back as a conflict, which the source says in words (``refusal``)
and the dialog shows, staying open with what was typed. The dialogs never ask which backend they
are on.

The vacancy window (``gui.vacancies.vacancy_window``) reads a vacancy's board and saves its moves
through the same source: ``board`` reads the vacancy and its applications as cards, ``move`` and
``move_by`` give the write of a move; a move a colleague made first comes back as a refusal in
words (``move_refusal``), nothing changed. What only a local vault keeps (ratings, tags, an
interview contact, CVs imported into a vacancy) is offered where ``rates`` and ``imports`` say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Callable, Protocol

from recruitdesk.services.applications import (ApplicationRow, move_by, move_stage, record_contact, set_rating, set_tags,
                                               vacancy_board)
from recruitdesk.services.vacancies import VacancyRow, add_vacancy, edit_vacancy, list_vacancies
from recruitdesk.services.vacancy_closing import close_vacancy
from recruitdesk.vault.vault import Vault

Work = Callable[[], object]  # one write, run on the database worker


@dataclass(frozen=True)
class VacancyValues:
    """What the vacancy dialog holds when the user saves; ``status`` None: unchanged."""

    title: str
    client: str
    location: str
    owner: str
    stages: list[str]
    opened_on: dt.date
    status: str | None = None


class ShownVacancy(Protocol):
    """What the dialogs read of a vacancy (a local ``VacancyRow``, a team's ``TeamVacancyRow``)."""

    @property
    def title(self) -> str: ...
    @property
    def client(self) -> str | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def owner(self) -> str | None: ...
    @property
    def opened_on(self) -> dt.date: ...
    @property
    def stages(self) -> tuple[str, ...]: ...
    @property
    def status(self) -> str: ...
    @property
    def is_active(self) -> bool: ...


class VacanciesSource(Protocol):
    @property
    def counts_stages(self) -> bool: ...  # the list shows the applications per stage

    def list_vacancies(self, search: str, statuses: tuple[str, ...] | None) -> list[Any]: ...  # on a worker

    @property
    def chooses_days(self) -> bool: ...  # the user picks the opening and closing days (else: today, the server's)

    @property
    def sets_status(self) -> bool: ...  # Edit… offers open, on hold and reopening

    def add(self, values: VacancyValues) -> Work: ...

    def save(self, vacancy: object, values: VacancyValues) -> Work: ...

    def close(self, vacancy: object, hired: Collection[object], on: dt.date) -> Work: ...

    def refusal(self, result: object) -> str: ...  # a stored write: ""; a colleague's newer save, in words

    def saved_id(self, result: object) -> object: ...  # the vacancy a stored add or save wrote

    def rejected(self, result: object, still_open: list[object], hired: Collection[object]) -> list[object]: ...

    # --- the vacancy window ------------------------------------------------------------------
    @property
    def rates(self) -> bool: ...  # ratings, tags and "Interview scheduled…" on an application

    @property
    def imports(self) -> bool: ...  # CVs imported (or dropped) into the vacancy

    @property
    def writes_letters(self) -> bool: ...  # the window offers "Write rejection messages…" (a team's)

    def read_only_reason(self) -> str: ...  # why the user may change nothing; "" if they may

    def board(self, vacancy_id: object) -> tuple[object, list[object]]: ...  # on a worker: the vacancy, its cards

    def move(self, card: object, stage: str) -> Work: ...

    def move_by(self, card: object, steps: int, stages: tuple[str, ...]) -> Work: ...

    def move_refusal(self, result: object) -> str: ...  # a stored move: ""; a colleague's move first, in words

    def moved_id(self, result: object) -> object: ...  # the application a stored move wrote

    def moved_note(self, result: object) -> str: ...  # what to say after a stored move ("" for nothing)

    def rate(self, card: object, rating: int | None) -> Work: ...

    def set_tags(self, card: object, tags: list[str]) -> Work: ...

    def interview_scheduled(self, card: object, on: dt.date) -> Work: ...


class LocalVacanciesSource:
    """A local vault's vacancies: the dialogs' writes through the vault's services."""

    chooses_days = True
    sets_status = True
    counts_stages = True
    rates = True
    imports = True
    writes_letters = False  # a local vault offers the letters when a vacancy closes (``vacancy_closed``)

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def list_vacancies(self, search: str, statuses: tuple[str, ...] | None) -> list[Any]:
        return list(list_vacancies(self._vault, search, statuses))

    def add(self, values: VacancyValues) -> Work:
        return lambda: add_vacancy(self._vault, values.title, client=values.client, location=values.location,
                                   owner=values.owner, opened_on=values.opened_on, stages=values.stages)

    def save(self, vacancy: object, values: VacancyValues) -> Work:
        assert isinstance(vacancy, VacancyRow), "a local vacancy"
        changed: dict[str, object] = {"client": values.client, "location": values.location, "owner": values.owner}
        if values.status is not None:
            changed["status"] = values.status
        return lambda: edit_vacancy(self._vault, vacancy.id, title=values.title, stages=values.stages, **changed)

    def close(self, vacancy: object, hired: Collection[object], on: dt.date) -> Work:
        assert isinstance(vacancy, VacancyRow), "a local vacancy"
        numbers = [number for number in hired if isinstance(number, int)]
        return lambda: close_vacancy(self._vault, vacancy.id, hired=numbers, on=on)

    def refusal(self, result: object) -> str:
        return ""  # a local vault has no colleague saving meanwhile

    def saved_id(self, result: object) -> object:
        return result.id if isinstance(result, VacancyRow) else result

    def rejected(self, result: object, still_open: list[object], hired: Collection[object]) -> list[object]:
        return list(result) if isinstance(result, list) else []

    def read_only_reason(self) -> str:
        return ""

    def board(self, vacancy_id: object) -> tuple[object, list[object]]:
        assert isinstance(vacancy_id, int), "a local vacancy's number"
        vacancy, applications = vacancy_board(self._vault, vacancy_id)
        return vacancy, list(applications)

    def move(self, card: object, stage: str) -> Work:
        row = _application(card)
        return lambda: move_stage(self._vault, row.id, stage)

    def move_by(self, card: object, steps: int, stages: tuple[str, ...]) -> Work:
        row = _application(card)  # from the stage stored, which the board shows
        return lambda: move_by(self._vault, row.id, steps)

    def move_refusal(self, result: object) -> str:
        return ""

    def moved_id(self, result: object) -> object:
        return result.id if isinstance(result, ApplicationRow) else None

    def moved_note(self, result: object) -> str:
        return ""

    def rate(self, card: object, rating: int | None) -> Work:
        row = _application(card)
        return lambda: set_rating(self._vault, row.id, rating)

    def set_tags(self, card: object, tags: list[str]) -> Work:
        row = _application(card)
        return lambda: set_tags(self._vault, row.id, tags)

    def interview_scheduled(self, card: object, on: dt.date) -> Work:
        """A contact of kind "interview scheduled" within the application (the timeline shows it)."""
        row = _application(card)

        def record() -> ApplicationRow:
            record_contact(self._vault, row.candidate_id, on, kind="interview_scheduled", application_id=row.id)
            return row
        return record


def _application(card: object) -> ApplicationRow:
    assert isinstance(card, ApplicationRow), "a local application"
    return card
