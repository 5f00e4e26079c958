"""Vacancies: adding, editing and listing them with the number of applications per stage.

A vacancy is the firm's own record (no personal data), so the list is read with plain column
queries: one for the vacancies, one grouped count of their applications per stage; both stay
fast at hundreds of vacancies and thousands of applications. Closing a vacancy, which ends the
procedures of its applicants, lives in ``services.vacancy_closing``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.i18n import N_
from recruitdesk.services.stages import (
    StageInUse, UnknownVacancyStatus, VacancyFieldTooLong, VacancyNotFound, VacancyTitleRequired, normalise_stages,
    stage_label, stages_from_json,
)
from recruitdesk.store.models import Procedure, Vacancy
from recruitdesk.vault.vault import Vault

OPEN, ON_HOLD, FILLED, CANCELLED = "open", "on_hold", "filled", "cancelled"
STATUSES = (OPEN, ON_HOLD, FILLED, CANCELLED)
ACTIVE_STATUSES = (OPEN, ON_HOLD)  # applications can move; closing ends them
STATUS_LABELS = {
    OPEN: N_("vacancies", "Open"),
    ON_HOLD: N_("vacancies", "On hold"),
    FILLED: N_("vacancies", "Filled"),
    CANCELLED: N_("vacancies", "Cancelled"),
}
LIMITS = {"title": 200, "client": 200, "location": 200, "owner": 120}


@dataclass(frozen=True)
class VacancyRow:
    """One line of the vacancy list: its fields and how many applications sit in each stage."""

    id: int
    title: str
    client: str | None
    location: str | None
    owner: str | None
    opened_on: dt.date
    closed_on: dt.date | None
    status: str
    stages: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    def count(self, stage: str) -> int:
        return self.counts.get(stage, 0)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "title": self.title, "client": self.client, "location": self.location, "owner": self.owner,
            "opened_on": self.opened_on.isoformat(), "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "status": self.status, "stages": list(self.stages), "stage_names": [stage_label(s) for s in self.stages],
            "counts": {stage: self.count(stage) for stage in self.stages}, "applications": self.total,
        }


def _text(name: str, value: str | None) -> str | None:
    value = " ".join((value or "").split()) or None
    if value is not None and len(value) > LIMITS[name]:
        raise VacancyFieldTooLong(field=name, limit=LIMITS[name])
    return value


def _title(value: str | None) -> str:
    title = _text("title", value)
    if title is None:
        raise VacancyTitleRequired()
    return title


def load_vacancy(session: Session, vacancy_id: int) -> Vacancy:
    vacancy = session.get(Vacancy, vacancy_id)
    if vacancy is None:
        raise VacancyNotFound(id=vacancy_id)
    return vacancy


def add_vacancy(vault: Vault, title: str, client: str | None = None, location: str | None = None, owner: str | None = None,
                opened_on: dt.date | None = None, stages: list[str] | None = None) -> int:
    """A new open vacancy (default stages unless given); returns its number."""
    values = {"title": _title(title), "client": _text("client", client), "location": _text("location", location),
              "owner": _text("owner", owner)}
    with vault.session() as session, session.begin():
        vacancy = Vacancy(**values, opened_on=opened_on or vault.clock.today(), status=OPEN,
                          stages_json=json.dumps(list(normalise_stages(stages))), created_at=vault.clock.now().replace(tzinfo=None))
        session.add(vacancy)
        session.flush()
        audit.record(session, vault.clock, "vacancy.added", vacancy=vacancy.id)
        return vacancy.id


_UNCHANGED = object()


def edit_vacancy(vault: Vault, vacancy_id: int, *, title: object = _UNCHANGED, client: object = _UNCHANGED,
                 location: object = _UNCHANGED, owner: object = _UNCHANGED, status: object = _UNCHANGED,
                 stages: object = _UNCHANGED) -> VacancyRow:
    """Change what is given. A stage that still holds applications cannot be removed.

    ``status`` here is open or on hold; filling or cancelling ends procedures and goes through
    ``close_vacancy``. Putting a vacancy on hold, or back to open, changes no application: the
    procedures still open stay open (the candidates stay active), the ended ones stay ended.

    Reopening a filled or cancelled vacancy (status open or on hold again) is deliberately just
    as quiet. Closing ended every open application on the closing day, started those
    candidates' countdowns, and may have been followed by rejection letters: the candidates
    were told. So reopening brings nobody back by itself, which would stop countdowns behind
    the recruiter's back and break what the letters said; and it drops nobody either: every
    application stays on the board, in Hired, Rejected or Withdrawn, with its end date and its
    countdown running. The recruiter brings back the ones who are really in again by moving
    them to an open stage, one dated and audited move each, which reopens that procedure
    (``applications.move_stage``). Each status change is audited with the old and the new
    status (``vacancy.status_changed``; ``vacancy.reopened`` when it was closed).
    """
    if status is not _UNCHANGED and status not in ACTIVE_STATUSES:
        raise UnknownVacancyStatus(status=status)
    with vault.session() as session, session.begin():
        vacancy = load_vacancy(session, vacancy_id)
        if title is not _UNCHANGED:
            vacancy.title = _title(title)  # type: ignore[arg-type]
        for name, value in (("client", client), ("location", location), ("owner", owner)):
            if value is not _UNCHANGED:
                setattr(vacancy, name, _text(name, value))  # type: ignore[arg-type]
        if stages is not _UNCHANGED:
            new = normalise_stages(stages)  # type: ignore[arg-type]
            in_use = _counts(session, [vacancy.id]).get(vacancy.id, {})
            for stage, count in in_use.items():
                if stage not in new and count:
                    raise StageInUse(stage=stage_label(stage), count=count)
            vacancy.stages_json = json.dumps(list(new))
        audit.record(session, vault.clock, "vacancy.edited", vacancy=vacancy.id)
        if status is not _UNCHANGED and status != vacancy.status:
            reopened = vacancy.status not in ACTIVE_STATUSES
            audit.record(session, vault.clock, "vacancy.reopened" if reopened else "vacancy.status_changed",
                         vacancy=vacancy.id, before=vacancy.status, after=str(status))
            vacancy.status, vacancy.closed_on = str(status), None
        session.flush()
        return _row(vacancy, _counts(session, [vacancy.id]).get(vacancy.id, {}))


def _counts(session: Session, ids: list[int] | None = None) -> dict[int, dict[str, int]]:
    query = select(Procedure.vacancy_id, Procedure.stage, func.count()).where(Procedure.vacancy_id.is_not(None))
    if ids is not None:
        query = query.where(Procedure.vacancy_id.in_(ids))
    counts: dict[int, dict[str, int]] = {}
    for vacancy_id, stage, count in session.execute(query.group_by(Procedure.vacancy_id, Procedure.stage)):
        counts.setdefault(vacancy_id or 0, {})[stage or ""] = count
    return counts


def _row(vacancy: Vacancy, counts: dict[str, int]) -> VacancyRow:
    return VacancyRow(vacancy.id, vacancy.title, vacancy.client, vacancy.location, vacancy.owner, vacancy.opened_on,
                      vacancy.closed_on, vacancy.status, stages_from_json(vacancy.stages_json), dict(counts))


def list_vacancies(vault: Vault, search: str | None = None, statuses: tuple[str, ...] | None = None) -> list[VacancyRow]:
    """Vacancies matching ``search`` (words in the title, client, location or owner) and
    ``statuses``: open and on hold first, newest first, with counts per stage."""
    query = select(Vacancy)
    for word in (search or "").split():
        pattern = f"%{word.replace('%', '').replace('_', '')}%"
        query = query.where(or_(Vacancy.title.ilike(pattern), Vacancy.client.ilike(pattern),
                                Vacancy.location.ilike(pattern), Vacancy.owner.ilike(pattern)))
    if statuses:
        query = query.where(Vacancy.status.in_(statuses))
    query = query.order_by(Vacancy.status.not_in(ACTIVE_STATUSES), Vacancy.opened_on.desc(), Vacancy.id.desc())
    with vault.read_session() as session:
        vacancies = list(session.scalars(query))
        counts = _counts(session)
        return [_row(vacancy, counts.get(vacancy.id, {})) for vacancy in vacancies]


def vacancy_row(vault: Vault, vacancy_id: int) -> VacancyRow:
    with vault.read_session() as session:
        return vacancy_row_of(session, load_vacancy(session, vacancy_id))


def vacancy_row_of(session: Session, vacancy: Vacancy) -> VacancyRow:
    return _row(vacancy, _counts(session, [vacancy.id]).get(vacancy.id, {}))
