"""A team vacancy's applicants as cards of the shared vacancy board (gui/vacancies/board.py).

The board reads a ``Card``: an id, a name, a stage, dates, a rating and tags. A team's
``ApplicantRow`` has a UUID, a full name and a version to save over, the day of its latest move
from the team's stage history (none for an application moved only before that history, t014), and
no rating or tags: this adapter gives the board what it reads, so the team's window shows the very
board a local vacancy does instead of a copy of it (its "in this stage since" included). No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from recruitdesk.services.team_vacancies import ApplicantRow


@dataclass(frozen=True)
class ApplicantCard:
    """One applicant on the board; ``applicant`` is the row the window saves over, in ``vacancy_id``."""

    applicant: ApplicantRow
    vacancy_id: UUID | None = None

    @property
    def id(self) -> UUID:
        return self.applicant.application_id

    @property
    def name(self) -> str:
        return self.applicant.full_name

    @property
    def stage(self) -> str:
        return self.applicant.stage

    @property
    def applied_on(self) -> dt.date | None:
        return self.applicant.applied_on

    @property
    def stage_changed_on(self) -> dt.date | None:
        return self.applicant.stage_changed_on

    @property
    def ended_on(self) -> dt.date | None:
        return self.applicant.ended_on

    @property
    def outcome(self) -> str:
        """"open" while the procedure runs, as a local application's (the "Vacancy filled…" dialog lists those)."""
        return "open" if self.applicant.is_open else self.applicant.stage

    @property
    def rating(self) -> int | None:
        return None

    @property
    def tags(self) -> tuple[str, ...]:
        return ()


def cards_of(applicants: list[ApplicantRow], vacancy_id: UUID | None = None) -> list[ApplicantCard]:
    return [ApplicantCard(applicant, vacancy_id) for applicant in applicants]
