"""Applications in the team store: a candidate in a vacancy's procedure, moved through its stages.

What the server learns (``team_applications``): that an opaque candidate id is linked to an opaque
vacancy id, the application's version, the day it started and the day it ended (NULL while it
runs, so a closing finds the vacancy's open applications without opening anyone). It never sees
a stage's name (a firm may type its own) or the outcome: both are sealed under the candidate's
key, so erasing the candidate (the row goes by ON DELETE CASCADE, the key with their epoch)
takes them along. The vacancy's title and client stay sealed under the firm key (``vacancies``).
Each move (applying included) also leaves a row of the stage history (``stage_history``, t014): the
day and the moving member plain, the stages sealed under the candidate's key.

Retention follows the statements' "after the end of the procedure": each application is one of
the candidate's procedures in their sealed facts (``retention.facts``). Applying adds an open
procedure, a final stage (hired, rejected, withdrawn) ends it on that day, moving back to an open
stage opens it again; the candidate's countdown is computed again in the same transaction. Like a
consent (``consents``), this is not a change of the candidate's record: their version stays, so a
colleague editing the candidate's name meanwhile is not told of a conflict that is none.

A blind review's rating (1-5, who rated, whether it was given blind) is sealed in the same content
(``rate``), so the server learns only that the application changed; moving the application keeps it.
Revealing who wrote a CV (``record_reveal``) is an audit entry naming the acting member.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from uuid import UUID

from sqlalchemy import Connection, Engine, func, insert, select

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.retention.facts import CandidateFacts, ProcedureFacts
from recruitdesk.team import audit, records, retention, stage_history
from recruitdesk.team.faults import translate_faults
from recruitdesk.team.membership import OpenTeam
from recruitdesk.team.schema import applications, candidates, vacancies

KIND = "application"
NEW, HIRED, REJECTED, WITHDRAWN = "new", "hired", "rejected", "withdrawn"
DEFAULT_STAGES = ("new", "screening", "interview", "offer", HIRED, REJECTED, WITHDRAWN)
FINAL_STAGES = (HIRED, REJECTED, WITHDRAWN)
OUTCOME_OF_STAGE = {HIRED: "hired", REJECTED: "not_hired", WITHDRAWN: "withdrawn"}
OPEN = "open"
ACTIVE_STATUSES = ("open", "on_hold")
IDENTITY_REVEALED = "review-identity-revealed"  # the audit action of a blind review's "Reveal identity"


@dataclass(frozen=True)
class Review:
    """A blind review's rating of the application, sealed with its stage."""

    rating: int
    blind: bool
    rated_by: UUID | None  # the member who rated (None: the recovery kit)


class NotRatedBlind(Exception):
    """The identity is revealed only after a blind rating was stored."""


@dataclass(frozen=True)
class TeamApplication:
    application_id: UUID
    candidate_id: UUID
    vacancy_id: UUID
    version: int
    stage: str
    outcome: str  # open, hired, not_hired, withdrawn
    applied_on: dt.date
    ended_on: dt.date | None
    review: Review | None = None
    stage_changed_on: dt.date | None = None  # the day of its latest move (None: moved only before t014)


def outcome_of(stage: str) -> str:
    return OUTCOME_OF_STAGE.get(stage, OPEN)


def _aad(team: OpenTeam, candidate_id: UUID, application_id: UUID) -> bytes:
    return records.record_aad(team.keys.team_id, records.owner_of(candidate_id), KIND, application_id, "content")


def seal_content(team: OpenTeam, key: bytes, candidate_id: UUID, application_id: UUID, stage: str,
                 outcome: str | None = None, review: Review | None = None) -> bytes:
    value: dict[str, object] = {"stage": stage, "outcome": outcome or outcome_of(stage)}
    if review is not None:
        value["review"] = {"rating": review.rating, "blind": review.blind,
                           "by": str(review.rated_by) if review.rated_by is not None else None}
    return records.seal_json(key, _aad(team, candidate_id, application_id), value)


def open_content(team: OpenTeam, key: bytes, candidate_id: UUID, application_id: UUID, sealed: bytes) -> tuple[str, str]:
    stage, outcome, _review = open_all(team, key, candidate_id, application_id, sealed)
    return stage, outcome


def open_all(team: OpenTeam, key: bytes, candidate_id: UUID, application_id: UUID,
             sealed: bytes) -> tuple[str, str, Review | None]:
    """Stage, outcome and the review's rating (None: not rated; applications stored before ratings have none)."""
    value = records.open_json(key, _aad(team, candidate_id, application_id), sealed)
    found = value.get("review")
    review = (Review(int(found["rating"]), bool(found["blind"]), UUID(found["by"]) if found.get("by") else None)
              if found else None)
    return value["stage"], value["outcome"], review


# --- the vacancy as an application's write sees it -------------------------------------------------
def active_vacancy_stages(connection: Connection, team: OpenTeam, vacancy_id: UUID, lock: bool = False) -> tuple[str, ...]:
    """The stages of a vacancy that still takes changes; a share lock (``lock``) makes a closing wait
    for this write, so it cannot miss an application added meanwhile."""
    statement = select(vacancies.c.status, vacancies.c.content_sealed).where(vacancies.c.vacancy_id == vacancy_id)
    row = connection.execute(statement.with_for_update(read=True) if lock else statement).one_or_none()
    if row is None:
        raise errors.TeamVacancyGone()
    if row.status not in ACTIVE_STATUSES:
        raise errors.TeamVacancyClosed()
    aad = records.record_aad(team.keys.team_id, records.FIRM, "vacancy", vacancy_id, "content")
    stages = tuple(records.open_json(records.firm_key_of(connection, team), aad, row.content_sealed)["stages"])
    return stages_with_finals(stages)


def stages_with_finals(stages: tuple[str, ...]) -> tuple[str, ...]:
    """A vacancy's stages as applications move through them: the defaults when none were stored,
    and always the three final stages (retention depends on them)."""
    open_stages = tuple(stage for stage in stages if stage not in FINAL_STAGES) or DEFAULT_STAGES[:4]
    return (*open_stages, *FINAL_STAGES)


# --- the candidate's facts follow --------------------------------------------------------------------
def follow_in_facts(connection: Connection, team: OpenTeam, candidate_id: UUID, key: bytes, clock: Clock,
                    before: ProcedureFacts | None, after: ProcedureFacts) -> None:
    """Replace the procedure ``before`` (None: a new application) by ``after`` in the candidate's sealed
    facts and compute the countdown again, without a new candidate version. The caller holds
    ``retention.lock_for_refresh``. A procedure someone changed by hand meanwhile is not found:
    ``after`` is added, so the fact of this application is never lost."""
    def replaced(facts: CandidateFacts) -> CandidateFacts:
        procedures = list(facts.procedures)
        if before is not None and before in procedures:
            procedures[procedures.index(before)] = after
        elif before != after:
            procedures.append(after)
        return replace(facts, procedures=tuple(procedures))

    retention.follow_in_facts(connection, team, candidate_id, key, clock, replaced)


def procedure_of(outcome: str, applied_on: dt.date, ended_on: dt.date | None) -> ProcedureFacts:
    return ProcedureFacts(outcome, applied_on, ended_on if outcome != OPEN else None)


# --- writes ------------------------------------------------------------------------------------------
@translate_faults
def apply(engine: Engine, team: OpenTeam, vacancy_id: UUID, candidate_id: UUID, clock: Clock,
          on: dt.date | None = None) -> UUID:
    """Put the candidate in the vacancy at its first stage, applied ``on`` (today); their procedure opens."""
    with engine.begin() as connection:
        records.begin_write(connection, team)
        stages = active_vacancy_stages(connection, team, vacancy_id, lock=True)  # the vacancy first, then the candidate,
        application_id = apply_in(connection, team, vacancy_id, candidate_id, clock, on or clock.today(), stages)
        if application_id is None:
            raise errors.TeamAlreadyApplied()
    return application_id


def apply_in(connection: Connection, team: OpenTeam, vacancy_id: UUID, candidate_id: UUID, clock: Clock, day: dt.date,
             stages: tuple[str, ...]) -> UUID | None:
    """``apply`` inside the caller's write (a CV imported into the vacancy: the candidate and their application
    in one transaction), after ``active_vacancy_stages(lock=True)`` gave ``stages``; None when the candidate
    is in the vacancy's procedure already."""
    retention.lock_for_refresh(connection, candidate_id)  # as a closing locks them: no deadlock between the two
    already = connection.scalar(select(applications.c.application_id).where(
        applications.c.candidate_id == candidate_id, applications.c.vacancy_id == vacancy_id))
    if already is not None:
        return None
    application_id = uuid.uuid4()
    key = records.candidate_key(connection, team, candidate_id, for_write=True)
    connection.execute(insert(applications).values(
        application_id=application_id, candidate_id=candidate_id, vacancy_id=vacancy_id, version=1, applied_on=day,
        ended_on=None, updated_at=clock.now(), content_sealed=seal_content(team, key, candidate_id, application_id, stages[0])))
    stage_history.record_move(connection, team, key, candidate_id, application_id, None, stages[0], day, clock)
    follow_in_facts(connection, team, candidate_id, key, clock, None, procedure_of(OPEN, day, None))
    records.record_change(connection, team, KIND, records.ADDED, application_id, candidate_id, 1, clock)
    return application_id


def insert_application(connection: Connection, team: OpenTeam, key: bytes, candidate_id: UUID, vacancy_id: UUID, stage: str,
                       outcome: str, applied_on: dt.date, ended_on: dt.date | None, clock: Clock,
                       review: Review | None = None) -> UUID:
    """An application as another vault kept it (``vault migrate``, its rating included), inside the caller's
    write; the candidate's facts already list its procedure, so they are left as they are."""
    application_id = uuid.uuid4()
    connection.execute(insert(applications).values(
        application_id=application_id, candidate_id=candidate_id, vacancy_id=vacancy_id, version=1, applied_on=applied_on,
        ended_on=ended_on if outcome != OPEN else None, updated_at=clock.now(),
        content_sealed=seal_content(team, key, candidate_id, application_id, stage, outcome, review)))
    records.record_change(connection, team, KIND, records.ADDED, application_id, candidate_id, 1, clock)
    return application_id


@translate_faults
def move(engine: Engine, team: OpenTeam, application_id: UUID, expected_version: int, stage: str, clock: Clock,
         on: dt.date | None = None) -> int:
    """Move the application to ``stage`` (one of the vacancy's); a final stage ends the procedure
    ``on`` that day (rejected, withdrawn, hired), an open stage opens it again. Returns the new version."""
    day = on or clock.today()
    with engine.begin() as connection:
        records.begin_write(connection, team)
        row = connection.execute(select(applications.c.candidate_id, applications.c.vacancy_id)
                                 .where(applications.c.application_id == application_id)).one_or_none()
        if row is None:
            raise errors.TeamVacancyGone()
        if stage not in active_vacancy_stages(connection, team, row.vacancy_id, lock=True):
            raise errors.TeamUnknownStage()
        retention.lock_for_refresh(connection, row.candidate_id)
        saved = end_or_move(connection, team, application_id, expected_version, stage, day, clock)
    return saved


def end_or_move(connection: Connection, team: OpenTeam, application_id: UUID, expected_version: int, stage: str,
                day: dt.date, clock: Clock) -> int:
    """One application to ``stage`` inside the caller's write (which holds the candidate's refresh lock),
    over the version the member read."""
    row = connection.execute(select(applications).where(applications.c.application_id == application_id)
                             .with_for_update()).one_or_none()
    if row is None:
        raise errors.TeamVacancyGone()
    if row.version != expected_version:
        raise records.RecordVersionConflict(KIND, application_id, expected_version, row.version)
    key = records.candidate_key(connection, team, row.candidate_id, for_write=True)
    return move_row(connection, team, row, key, open_all(team, key, row.candidate_id, application_id, row.content_sealed),
                    stage, day, clock)


def move_row(connection: Connection, team: OpenTeam, row, key: bytes, opened: tuple[str, str, Review | None], stage: str,
             day: dt.date, clock: Clock) -> int:
    """The application ``row`` (all its columns, read under its update lock) to ``stage``: the stage
    sealed, the facts and countdown following. ``opened`` is its content as ``open_all`` opened it with
    the candidate's ``key``, so a caller that looked inside already does not open it again."""
    application_id = row.application_id
    previous, outcome, review = opened
    new_outcome = outcome_of(stage)
    ended_on = day if new_outcome != OPEN else None
    if new_outcome == outcome and outcome != OPEN:
        ended_on = row.ended_on  # rejected after withdrawn keeps the day it ended
    saved = records.save_version(connection, applications, applications.c.application_id, KIND, application_id, row.version, clock,
                                 {"ended_on": ended_on,
                                  "content_sealed": seal_content(team, key, row.candidate_id, application_id, stage,
                                                                 review=review)})
    if previous != stage:  # the history, as the local vault keeps it: a real move only
        stage_history.record_move(connection, team, key, row.candidate_id, application_id, previous, stage, day, clock)
    before = procedure_of(outcome, row.applied_on, row.ended_on)
    after = procedure_of(new_outcome, row.applied_on, ended_on)
    if before != after:
        follow_in_facts(connection, team, row.candidate_id, key, clock, before, after)
    records.record_change(connection, team, KIND, records.UPDATED, application_id, row.candidate_id, saved, clock)
    return saved


# --- the blind review ----------------------------------------------------------------------------------
@translate_faults
def rate(engine: Engine, team: OpenTeam, application_id: UUID, expected_version: int, rating: int, clock: Clock,
         blind: bool = True) -> int:
    """Seal the member's rating into the application over ``expected_version`` (a colleague's rating or move
    meanwhile is ``records.RecordVersionConflict``); stage and outcome stay. Returns the new version."""
    with engine.begin() as connection:
        records.begin_write(connection, team)  # a DPO's role stops here
        # The candidate's lock first, then the application's: the order a move and a closing take them in
        # (the other way round, a rating and a move at the same moment deadlocked).
        candidate_id = connection.scalar(select(applications.c.candidate_id).where(applications.c.application_id == application_id))
        if candidate_id is None:
            raise records.RecordNotFound(KIND, application_id)
        key = records.candidate_key(connection, team, candidate_id, for_write=True)
        row = connection.execute(select(applications).where(applications.c.application_id == application_id)
                                 .with_for_update()).one_or_none()
        if row is None:
            raise records.RecordNotFound(KIND, application_id)
        stage, outcome, _before = open_all(team, key, row.candidate_id, application_id, row.content_sealed)
        sealed = seal_content(team, key, row.candidate_id, application_id, stage, outcome, Review(rating, blind, team.member_id))
        saved = records.save_version(connection, applications, applications.c.application_id, KIND, application_id,
                                     expected_version, clock, {"content_sealed": sealed})
        records.record_change(connection, team, KIND, records.UPDATED, application_id, row.candidate_id, saved, clock)
    return saved


@translate_faults
def record_reveal(engine: Engine, team: OpenTeam, application_id: UUID, clock: Clock) -> UUID:
    """The audit entry of "Reveal identity" (the acting member, the candidate, the application), written
    before anything is shown; refused (``NotRatedBlind``) until a blind rating is stored. Returns the candidate."""
    with engine.begin() as connection:
        # no row lock: a DPO's login may only read the tables (and append to the audit chain)
        row = connection.execute(select(applications).where(applications.c.application_id == application_id)).one_or_none()
        if row is None:
            raise records.RecordNotFound(KIND, application_id)
        key = records.candidate_key(connection, team, row.candidate_id)
        _stage, _outcome, review = open_all(team, key, row.candidate_id, application_id, row.content_sealed)
        if review is None or not review.blind:
            raise NotRatedBlind()
        audit.append(connection, team, IDENTITY_REVEALED, row.candidate_id, row.version, clock, record_id=application_id)
    return row.candidate_id


# --- reads ---------------------------------------------------------------------------------------------
def _opened(team: OpenTeam, rows, moved_on: dict[UUID, dt.date] | None = None) -> list[TeamApplication]:
    result = []
    moved_on = moved_on or {}
    for row in rows:
        key = team.keys.candidate_key(row.candidate_id, row.epoch_id, bytes(row.wrapped_key))
        stage, outcome, review = open_all(team, key, row.candidate_id, row.application_id, row.content_sealed)
        result.append(TeamApplication(row.application_id, row.candidate_id, row.vacancy_id, row.version, stage, outcome,
                                      row.applied_on, row.ended_on, review, moved_on.get(row.application_id)))
    return result


def _select():
    return (select(applications, candidates.c.epoch_id, candidates.c.wrapped_key)
            .join(candidates, candidates.c.candidate_id == applications.c.candidate_id)
            .order_by(applications.c.applied_on, applications.c.application_id))


@translate_faults
def applications_of_vacancy(engine: Engine, team: OpenTeam, vacancy_id: UUID) -> list[TeamApplication]:
    """Every application to the vacancy, stages opened with each applicant's key, with the day of
    each one's latest move (plain: nothing more opened)."""
    with engine.connect() as connection:
        rows = connection.execute(_select().where(applications.c.vacancy_id == vacancy_id)).all()
        moved_on = stage_history.last_move_days(connection, [row.application_id for row in rows])
    return _opened(team, rows, moved_on)


@translate_faults
def applications_of_candidate(engine: Engine, team: OpenTeam, candidate_id: UUID) -> list[TeamApplication]:
    with engine.connect() as connection:
        rows = connection.execute(_select().where(applications.c.candidate_id == candidate_id)).all()
        moved_on = stage_history.last_move_days(connection, [row.application_id for row in rows])
    return _opened(team, rows, moved_on)


def stage_counts(connection: Connection, team: OpenTeam, vacancy_id: UUID) -> dict[str, int]:
    """How many of the vacancy's applications sit in each stage, inside the caller's transaction (the
    stages are sealed: each applicant's key opens theirs)."""
    found: dict[str, int] = {}
    for application in _opened(team, connection.execute(_select().where(applications.c.vacancy_id == vacancy_id)).all()):
        found[application.stage] = found.get(application.stage, 0) + 1
    return found


@translate_faults
def counts(engine: Engine) -> dict[UUID, tuple[int, int]]:
    """Per vacancy: (applications, still open), from the plain columns alone."""
    with engine.connect() as connection:
        rows = connection.execute(select(applications.c.vacancy_id, func.count(),
                                         func.count().filter(applications.c.ended_on.is_(None)))
                                  .group_by(applications.c.vacancy_id)).all()
    return {vacancy_id: (int(total), int(still_open)) for vacancy_id, total, still_open in rows}
