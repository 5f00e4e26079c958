"""Applications: a candidate in a vacancy's procedure, moved through its stages.

An application is a ``Procedure`` row with a vacancy, so the retention engine sees every one
without knowing about vacancies: moving to Hired, Rejected or Withdrawn ends that procedure on
the move's date with that outcome, and an application still in an open stage keeps the
candidate's procedure open. Every change recomputes the candidate's countdown in the same
transaction and leaves a dated ``StageMove`` and an audit entry (codes and ids only).
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruitdesk import audit
from recruitdesk.clock import Clock
from recruitdesk.services.candidates import record_contact
from recruitdesk.services.countdown import load_candidate, recompute, refresh_expiries
from recruitdesk.services.stages import (
    DEFAULT_STAGES, AlreadyApplied, ApplicationNotFound, InvalidRating, TagsTooLong, VacancyClosed,
    is_final, outcome_of, stage_after, stage_code, stage_label, stages_from_json,
)
from recruitdesk.services.vacancies import ACTIVE_STATUSES, VacancyRow, load_vacancy, vacancy_row_of
from recruitdesk.store.models import Candidate, Procedure, StageMove, Vacancy
from recruitdesk.vault.vault import Vault

__all__ = ["ApplicationRow", "CandidateApplication", "candidate_applications", "apply", "apply_in", "applications_in", "applications_of", "move_stage", "move_by", "vacancy_board",
           "open_vacancy", "record_contact", "set_rating", "set_tags", "end_application"]

TAGS_MAX = 400


@dataclass(frozen=True)
class ApplicationRow:
    """One card on the board: the application and its candidate's name (nothing decrypted)."""

    id: int
    candidate_id: int
    name: str
    vacancy_id: int
    stage: str
    stage_changed_on: dt.date | None
    applied_on: dt.date | None
    outcome: str
    ended_on: dt.date | None
    rating: int | None
    tags: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "candidate": self.candidate_id, "name": self.name, "vacancy": self.vacancy_id,
            "stage": self.stage, "stage_name": stage_label(self.stage),
            "stage_changed_on": self.stage_changed_on.isoformat() if self.stage_changed_on else None,
            "applied_on": self.applied_on.isoformat() if self.applied_on else None, "outcome": self.outcome,
            "ended_on": self.ended_on.isoformat() if self.ended_on else None, "rating": self.rating, "tags": list(self.tags),
        }


def _tags(text: str | None) -> tuple[str, ...]:
    return tuple(tag for tag in (part.strip() for part in (text or "").split(",")) if tag)


def _row(procedure: Procedure, name: str) -> ApplicationRow:
    return ApplicationRow(procedure.id, procedure.candidate_id, name, procedure.vacancy_id or 0, procedure.stage or DEFAULT_STAGES[0],
                          procedure.stage_changed_on, procedure.applied_on, procedure.outcome, procedure.ended_on,
                          procedure.rating, _tags(procedure.tags))


def _rows(session: Session, *conditions) -> list[ApplicationRow]:
    """Plain columns, not ORM objects: a board of 2,000 applications loads in milliseconds."""
    query = (select(Procedure.id, Procedure.candidate_id, Candidate.full_name, Procedure.vacancy_id, Procedure.stage,
                    Procedure.stage_changed_on, Procedure.applied_on, Procedure.outcome, Procedure.ended_on, Procedure.rating,
                    Procedure.tags)
             .join(Candidate, Candidate.id == Procedure.candidate_id)
             .where(Procedure.vacancy_id.is_not(None), *conditions).order_by(Candidate.full_name, Procedure.id))
    return [ApplicationRow(id_, candidate_id, name, vacancy_id or 0, stage or DEFAULT_STAGES[0], changed, applied, outcome, ended,
                           rating, _tags(tags))
            for id_, candidate_id, name, vacancy_id, stage, changed, applied, outcome, ended, rating, tags in session.execute(query)]


def applications_in(vault: Vault, vacancy_id: int) -> list[ApplicationRow]:
    """Every application in a vacancy, by candidate name (the board and the list)."""
    with vault.read_session() as session:
        load_vacancy(session, vacancy_id)
        return _rows(session, Procedure.vacancy_id == vacancy_id)


def vacancy_board(vault: Vault, vacancy_id: int) -> tuple[VacancyRow, list[ApplicationRow]]:
    """The vacancy and its applications, read together (the board window's one load)."""
    with vault.read_session() as session:
        vacancy = load_vacancy(session, vacancy_id)
        return vacancy_row_of(session, vacancy), _rows(session, Procedure.vacancy_id == vacancy_id)


def applications_of(vault: Vault, candidate_id: int) -> list[ApplicationRow]:
    with vault.read_session() as session:
        load_candidate(session, candidate_id)
        return _rows(session, Procedure.candidate_id == candidate_id)


@dataclass(frozen=True)
class CandidateApplication:
    """One of a candidate's applications, as the candidate pane lists it: which vacancy, where
    the candidate stands in it and how it ended (vacancy fields are the firm's own, not personal)."""

    id: int | UUID  # a team vault's records have UUIDs (``team_detail``)
    vacancy_id: int | UUID
    vacancy: str
    client: str | None
    vacancy_status: str
    stage: str
    applied_on: dt.date | None
    outcome: str
    ended_on: dt.date | None
    rating: int | None


def candidate_applications(session: Session, candidate_id: int) -> list[CandidateApplication]:
    """The candidate's applications, newest first, read inside the caller's session."""
    query = (select(Procedure.id, Vacancy.id, Vacancy.title, Vacancy.client, Vacancy.status, Procedure.stage, Procedure.applied_on,
                    Procedure.outcome, Procedure.ended_on, Procedure.rating)
             .join(Vacancy, Vacancy.id == Procedure.vacancy_id)
             .where(Procedure.candidate_id == candidate_id)
             .order_by(Procedure.applied_on.desc(), Procedure.id.desc()))
    return [CandidateApplication(id_, vacancy_id, title, client, status, stage or DEFAULT_STAGES[0], applied, outcome, ended, rating)
            for id_, vacancy_id, title, client, status, stage, applied, outcome, ended, rating in session.execute(query)]


def _load(session: Session, application_id: int) -> Procedure:
    procedure = session.get(Procedure, application_id)
    if procedure is None or procedure.vacancy_id is None:
        raise ApplicationNotFound(id=application_id)
    return procedure


def _active(vacancy: Vacancy) -> Vacancy:
    if vacancy.status not in ACTIVE_STATUSES:
        raise VacancyClosed(id=vacancy.id)
    return vacancy


def open_vacancy(session: Session, vacancy_id: int) -> Vacancy:
    """The vacancy, if applications may still join or move (open or on hold)."""
    return _active(load_vacancy(session, vacancy_id))


# --- applying --------------------------------------------------------------------------------
def apply(vault: Vault, candidate_id: int, vacancy_id: int, on: dt.date | None = None) -> int:
    """Put a candidate in a vacancy's procedure, applied on ``on`` (default today); returns the
    application's number."""
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        vacancy = _active(load_vacancy(session, vacancy_id))
        return apply_in(session, vault.clock, candidate, vacancy, on or vault.clock.today()).id


def apply_in(session: Session, clock: Clock, candidate: Candidate, vacancy: Vacancy, on: dt.date) -> Procedure:
    """The building block inside a caller's transaction (an import into a vacancy).

    A candidate's open procedure that belongs to no vacancy (added by hand or imported with an
    application date) is that same application, now known to be for this vacancy: it is adopted
    instead of leaving a second open procedure behind that would keep the candidate active.
    """
    existing = next((p for p in candidate.procedures if p.vacancy_id == vacancy.id), None)
    if existing is not None:
        raise AlreadyApplied(candidate=candidate.id, application=existing.id)
    first_stage = stages_from_json(vacancy.stages_json)[0]
    procedure = next((p for p in candidate.procedures if p.vacancy_id is None and p.outcome == "open"), None)
    if procedure is None:
        procedure = Procedure(outcome="open")
        candidate.procedures.append(procedure)
    procedure.vacancy_id, procedure.title, procedure.client = vacancy.id, vacancy.title, vacancy.client
    procedure.applied_on, procedure.stage, procedure.stage_changed_on = on, first_stage, on
    if candidate.applied_on is None or on < candidate.applied_on:
        candidate.applied_on = on
    if candidate.last_contact_on is None or on > candidate.last_contact_on:
        candidate.last_contact_on = on
    session.flush()
    session.add(StageMove(procedure_id=procedure.id, from_stage=None, to_stage=first_stage, on=on,
                          at=clock.now().replace(tzinfo=None), actor=audit.current_actor()))
    audit.record(session, clock, "application.added", candidate_uid=candidate.uid, vacancy=vacancy.id, application=procedure.id)
    session.flush()
    refresh_expiries(session, candidate, clock.today())
    recompute(session, candidate, clock)
    return procedure


# --- stages ----------------------------------------------------------------------------------
def move_stage(vault: Vault, application_id: int, stage: str, on: dt.date | None = None) -> ApplicationRow:
    """Move an application to ``stage`` (a code or its words) on ``on`` (default today).

    A final stage ends the procedure with its outcome on that date; moving back to an open
    stage reopens it. The candidate's countdown is recomputed at once."""
    with vault.session() as session, session.begin():
        procedure = _load(session, application_id)
        vacancy = _active(load_vacancy(session, procedure.vacancy_id or 0))
        code = _stage_code(vacancy, stage)
        candidate = load_candidate(session, procedure.candidate_id)
        end_application(session, vault.clock, candidate, procedure, code, on or vault.clock.today())
        return _row(procedure, candidate.full_name)


def move_by(vault: Vault, application_id: int, steps: int, on: dt.date | None = None) -> ApplicationRow:
    """Move to the next (``steps=1``) or previous (``-1``) stage of the vacancy's list; at
    either end the application stays where it is."""
    with vault.read_session() as session:
        procedure = _load(session, application_id)
        stages = stages_from_json(load_vacancy(session, procedure.vacancy_id or 0).stages_json)
        current = procedure.stage if procedure.stage in stages else stages[0]
    return move_stage(vault, application_id, stage_after(stages, current, steps), on)


def _stage_code(vacancy: Vacancy, stage: str) -> str:
    return stage_code(stages_from_json(vacancy.stages_json), stage)


AuditBatch = list[tuple[str, str | None, dict[str, object]]]


def end_application(session: Session, clock: Clock, candidate: Candidate, procedure: Procedure, stage: str, on: dt.date,
                    batch: AuditBatch | None = None) -> None:
    """Set the stage and what it means for the procedure, record the move and recompute.

    Shared by ``move_stage`` and closing a vacancy, inside the caller's transaction. With
    ``batch`` (closing a vacancy), the audit entry is collected there and the caller writes the
    entries and recomputes the candidates once for all (``audit.record_many``)."""
    previous = procedure.stage
    if previous != stage:
        session.add(StageMove(procedure_id=procedure.id, from_stage=previous, to_stage=stage, on=on,
                              at=clock.now().replace(tzinfo=None), actor=audit.current_actor()))
    procedure.stage, procedure.stage_changed_on = stage, on
    procedure.outcome = outcome_of(stage)
    procedure.ended_on = on if is_final(stage) else None
    details: dict[str, object] = {"application": procedure.id, "stage": stage if stage in DEFAULT_STAGES else "custom",
                                  "outcome": procedure.outcome}
    if batch is not None:
        batch.append(("application.stage_moved", candidate.uid, details))
        return
    audit.record(session, clock, "application.stage_moved", candidate_uid=candidate.uid, **details)
    session.flush()
    refresh_expiries(session, candidate, clock.today())
    recompute(session, candidate, clock)


# --- rating and tags -------------------------------------------------------------------------
def set_rating(vault: Vault, application_id: int, rating: int | None, blind: bool = False) -> ApplicationRow:
    """Set (or clear) the 1-5 rating; ``blind``: given in the blind review, before the identity was shown."""
    if rating is not None and (not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5):
        raise InvalidRating()
    with vault.session() as session, session.begin():
        procedure = _load(session, application_id)
        procedure.rating = rating
        procedure.rating_blind = blind and rating is not None
        candidate = load_candidate(session, procedure.candidate_id)
        audit.record(session, vault.clock, "application.rated", candidate_uid=candidate.uid, application=procedure.id,
                     blind=bool(procedure.rating_blind))
        return _row(procedure, candidate.full_name)


def set_tags(vault: Vault, application_id: int, tags: list[str] | tuple[str, ...]) -> ApplicationRow:
    """Replace the tags (each trimmed, once, in the given order)."""
    cleaned: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).replace(",", " ").split())
        if tag and tag.casefold() not in (t.casefold() for t in cleaned):
            cleaned.append(tag)
    text = ", ".join(cleaned) or None
    if text is not None and len(text) > TAGS_MAX:
        raise TagsTooLong(limit=TAGS_MAX)
    with vault.session() as session, session.begin():
        procedure = _load(session, application_id)
        procedure.tags = text
        candidate = load_candidate(session, procedure.candidate_id)
        audit.record(session, vault.clock, "application.tagged", candidate_uid=candidate.uid, application=procedure.id)
        return _row(procedure, candidate.full_name)
