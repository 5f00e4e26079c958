"""Applications and closing vacancies in a team vault, on a real PostgreSQL server.

Applying opens a procedure in the candidate's sealed facts; a closed vacancy ends every open
application in one transaction and starts every applicant's clock on the closing day; the server
holds the links and dates, never a title, a client or a stage name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from recruitdesk import errors
from recruitdesk.retention import engine as retention_engine
from recruitdesk.retention.facts import CandidateFacts, ProcedureFacts
from recruitdesk.retention.presets import get_preset
from recruitdesk.team import applications, audit, countdowns, membership, vacancy_closing
from recruitdesk.team import retention as team_retention
from recruitdesk.team.candidates import PersonalFields, add_candidate, read_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.records import RecordVersionConflict
from recruitdesk.team.roles import NotAllowed, Role
from recruitdesk.team.schema import applications as applications_table
from recruitdesk.team.schema import candidates, vacancies
from recruitdesk.team.vacancies import VacancyFields, add_vacancy, all_vacancies

TITLE, CLIENT, OWN_STAGE = "Zeldzame Kwaliteitsingenieur", "Brouwerij Vandermeulen", "Proefdag bij de klant"
FOUR_WEEKS = dt.timedelta(weeks=4)


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _recovery = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    team_retention.set_policy(team_engine, team, get_preset("nl-ap").policy, "nl-ap", clock)
    return team


@pytest.fixture
def vacancy(team_engine, admin, clock):
    fields = VacancyFields(TITLE, CLIENT, stages=("new", OWN_STAGE, "offer"))
    return add_vacancy(team_engine, admin, fields, clock)


def _candidate(engine, team, clock, name):
    return add_candidate(engine, team, PersonalFields(name), clock)


def _stored(engine, candidate_id):
    with engine.connect() as connection:
        return connection.execute(select(candidates.c.version, candidates.c.deadline)
                                  .where(candidates.c.candidate_id == candidate_id)).one()


def _vacancy(engine, team, vacancy_id):
    return next(v for v in all_vacancies(engine, team) if v.vacancy_id == vacancy_id)


def test_applying_opens_a_procedure_and_keeps_the_candidate_version(team_engine, admin, vacancy, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    before = _stored(team_engine, anna)
    clock.advance(days=3)
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)

    status, facts, version = team_retention.countdown_of(team_engine, admin, anna, clock.today())
    assert status.situation == "procedure_open"
    assert facts.procedures == (ProcedureFacts("open", clock.today(), None),)
    assert version == before.version  # the candidate's fields were not changed: no conflict for a colleague
    [listed] = applications.applications_of_vacancy(team_engine, admin, vacancy)
    assert (listed.application_id, listed.candidate_id, listed.stage, listed.outcome) == (application_id, anna, "new", "open")
    assert applications.applications_of_candidate(team_engine, admin, anna) == [listed]
    assert applications.counts(team_engine) == {vacancy: (1, 1)}
    actions = [(entry.action, entry.record_id, entry.actor) for entry in audit.entries(team_engine)]
    assert ("application-added", application_id, audit.actor_of(admin)) in actions
    with pytest.raises(errors.TeamAlreadyApplied):
        applications.apply(team_engine, admin, vacancy, anna, clock)


def test_rejecting_one_application_starts_that_clock(team_engine, admin, vacancy, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    version = applications.move(team_engine, admin, application_id, 1, OWN_STAGE, clock)
    assert team_retention.status_of(team_engine, admin, anna, clock.today()).situation == "procedure_open"
    clock.advance(days=10)
    applications.move(team_engine, admin, application_id, version, "rejected", clock)

    assert _stored(team_engine, anna).deadline == clock.today() + FOUR_WEEKS
    [listed] = applications.applications_of_candidate(team_engine, admin, anna)
    assert (listed.stage, listed.outcome, listed.ended_on) == ("rejected", "not_hired", clock.today())
    with pytest.raises(errors.TeamUnknownStage):
        applications.move(team_engine, admin, application_id, listed.version, "Typed by nobody", clock)


def test_a_stale_version_is_a_conflict_and_changes_nothing(team_engine, admin, vacancy, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    applications.move(team_engine, admin, application_id, 1, OWN_STAGE, clock)
    with pytest.raises(RecordVersionConflict) as raised:
        applications.move(team_engine, admin, application_id, 1, "rejected", clock)
    assert (raised.value.expected, raised.value.current) == (1, 2)
    assert applications.applications_of_candidate(team_engine, admin, anna)[0].stage == OWN_STAGE
    read = _vacancy(team_engine, admin, vacancy)
    with pytest.raises(RecordVersionConflict):
        vacancy_closing.close(team_engine, admin, vacancy, read.version + 1, "cancelled", (), clock)
    assert _vacancy(team_engine, admin, vacancy).fields.status == "open"


def test_closing_as_filled_starts_every_applicants_clock_on_the_closing_day(team_engine, admin, vacancy, clock):
    anna, bram, cor = (_candidate(team_engine, admin, clock, name) for name in ("Anna Peeters", "Bram Maes", "Cor Smit"))
    applied = clock.today()
    hired = applications.apply(team_engine, admin, vacancy, anna, clock)
    applications.apply(team_engine, admin, vacancy, bram, clock)
    withdrawn = applications.apply(team_engine, admin, vacancy, cor, clock)
    clock.advance(days=5)
    applications.move(team_engine, admin, withdrawn, 1, "withdrawn", clock)
    withdrawn_on = clock.today()
    clock.advance(days=20)
    closing_day = clock.today()

    version = vacancy_closing.close(team_engine, admin, vacancy, 1, "filled", {hired}, clock)

    closed = _vacancy(team_engine, admin, vacancy)
    assert (closed.version, closed.fields.status, closed.fields.closed_on) == (version, "filled", closing_day)
    policy = get_preset("nl-ap").policy
    hired_facts = CandidateFacts(created_on=applied, applied_on=applied, procedures=(ProcedureFacts("hired", applied, closing_day),))
    assert _stored(team_engine, anna).deadline == retention_engine.evaluate(hired_facts, policy, closing_day).due_on
    assert team_retention.status_of(team_engine, admin, anna, closing_day).situation == "hired"
    assert _stored(team_engine, bram).deadline == closing_day + FOUR_WEEKS  # rejected by the closing, on its day
    assert _stored(team_engine, cor).deadline == withdrawn_on + FOUR_WEEKS  # had ended before: left as it was
    outcomes = {a.candidate_id: (a.stage, a.ended_on) for a in applications.applications_of_vacancy(team_engine, admin, vacancy)}
    assert outcomes == {anna: ("hired", closing_day), bram: ("rejected", closing_day), cor: ("withdrawn", withdrawn_on)}
    assert applications.counts(team_engine) == {vacancy: (3, 0)}

    with pytest.raises(errors.TeamVacancyClosed):
        vacancy_closing.close(team_engine, admin, vacancy, version, "cancelled", (), clock)
    with pytest.raises(errors.TeamVacancyClosed):
        applications.apply(team_engine, admin, vacancy, _candidate(team_engine, admin, clock, "Dirk Jans"), clock)


def test_hiring_someone_not_in_the_vacancy_is_refused(team_engine, admin, vacancy, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    applications.apply(team_engine, admin, vacancy, anna, clock)
    other = add_vacancy(team_engine, admin, VacancyFields("Other"), clock)
    elsewhere = applications.apply(team_engine, admin, other, _candidate(team_engine, admin, clock, "Bram Maes"), clock)
    with pytest.raises(errors.TeamHiredNotInVacancy) as raised:
        vacancy_closing.close(team_engine, admin, vacancy, 1, "filled", {elsewhere}, clock)
    assert "Only a candidate in this vacancy" in raised.value.message()
    with pytest.raises(errors.TeamHiredWhenCancelled):
        vacancy_closing.close(team_engine, admin, vacancy, 1, "cancelled", {elsewhere}, clock)
    assert _vacancy(team_engine, admin, vacancy).fields.status == "open"


def test_a_failure_midway_through_a_closing_leaves_nothing_changed(team_engine, admin, vacancy, clock, monkeypatch):
    people = [_candidate(team_engine, admin, clock, name) for name in ("Anna Peeters", "Bram Maes", "Cor Smit")]
    for person in people:
        applications.apply(team_engine, admin, vacancy, person, clock)
    clock.advance(days=7)
    before = {person: _stored(team_engine, person) for person in people}
    with team_engine.connect() as connection:
        entries_before = connection.scalar(select(func.count()).select_from(audit.audit))
    real = countdowns.columns
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the machine lost power")
        return real(*args, **kwargs)
    monkeypatch.setattr(countdowns, "columns", failing)
    with pytest.raises(RuntimeError):
        vacancy_closing.close(team_engine, admin, vacancy, 1, "filled", (), clock)
    monkeypatch.undo()

    assert len(calls) == 2  # the first applicant had been ended inside the transaction
    assert {person: _stored(team_engine, person) for person in people} == before
    assert all(a.outcome == "open" for a in applications.applications_of_vacancy(team_engine, admin, vacancy))
    assert _vacancy(team_engine, admin, vacancy).fields.status == "open"
    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(audit.audit)) == entries_before
    # Control: the same closing without the fault ends them all.
    vacancy_closing.close(team_engine, admin, vacancy, 1, "filled", (), clock)
    assert all(_stored(team_engine, person).deadline == clock.today() + FOUR_WEEKS for person in people)


def test_an_erased_candidates_applications_are_gone(team_engine, admin, vacancy, clock):
    anna, bram = _candidate(team_engine, admin, clock, "Anna Peeters"), _candidate(team_engine, admin, clock, "Bram Maes")
    applications.apply(team_engine, admin, vacancy, anna, clock)
    kept = applications.apply(team_engine, admin, vacancy, bram, clock)
    erase_candidate(team_engine, admin, anna, clock)
    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(applications_table)
                                 .where(applications_table.c.candidate_id == anna)) == 0
    assert [a.application_id for a in applications.applications_of_vacancy(team_engine, admin, vacancy)] == [kept]
    assert applications.counts(team_engine) == {vacancy: (1, 1)}


def test_a_dpo_may_not_apply_move_or_close(team_engine, admin, vacancy, keychain, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    member = membership.add_member(team_engine, admin, membership.new_device_key(keychain, admin.keys.team_id), Role.DPO,
                                   "Dora DPO", clock)
    dpo = membership.open_as_member(team_engine, keychain, member)
    with pytest.raises(NotAllowed):
        applications.apply(team_engine, dpo, vacancy, _candidate(team_engine, admin, clock, "Bram Maes"), clock)
    with pytest.raises(NotAllowed):
        applications.move(team_engine, dpo, application_id, 1, "rejected", clock)
    with pytest.raises(NotAllowed):
        vacancy_closing.close(team_engine, dpo, vacancy, 1, "cancelled", (), clock)
    assert [a.stage for a in applications.applications_of_vacancy(team_engine, dpo, vacancy)] == ["new"]  # reading is fine


def test_the_server_holds_no_title_client_or_stage_name(postgres_server, team_engine, admin, vacancy, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    applications.move(team_engine, admin, application_id, 1, OWN_STAGE, clock)
    assert read_candidate(team_engine, admin, anna).personal.full_name == "Anna Peeters"

    dump = postgres_server.dump(team_engine.url.database)
    assert b"team_applications" in dump and str(application_id).encode() in dump  # the links are there, opaque
    for secret in (TITLE, CLIENT, OWN_STAGE, "Anna Peeters", '"stage"'):
        assert secret.encode() not in dump, secret
    # Control: the same scan finds a value stored in plain text.
    with team_engine.begin() as connection:
        connection.execute(vacancies.update().values(status="on_hold"))
    assert b"on_hold" in postgres_server.dump(team_engine.url.database)


def test_a_closing_waits_for_an_application_being_added_and_ends_it_too(team_engine, admin, vacancy, clock, monkeypatch):
    """The application's write holds the vacancy (FOR SHARE) until it commits: a colleague's closing
    meanwhile waits, then finds the new application open and ends it, so nobody is left running."""
    import threading

    anna, bram = _candidate(team_engine, admin, clock, "Anna Peeters"), _candidate(team_engine, admin, clock, "Bram Maes")
    applications.apply(team_engine, admin, vacancy, anna, clock)
    inside, release = threading.Event(), threading.Event()
    real = applications.follow_in_facts

    def paused(*args, **kwargs):
        inside.set()
        assert release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(applications, "follow_in_facts", paused)
    added = []
    applying = threading.Thread(target=lambda: added.append(applications.apply(team_engine, admin, vacancy, bram, clock)))
    applying.start()
    assert inside.wait(10)
    monkeypatch.setattr(applications, "follow_in_facts", real)
    closed = []
    closing = threading.Thread(target=lambda: closed.append(vacancy_closing.close(team_engine, admin, vacancy, 1, "filled", (), clock)))
    closing.start()
    closing.join(1.0)
    assert closing.is_alive()  # waiting for the application's transaction
    release.set()
    applying.join(10)
    closing.join(10)
    assert added and closed
    assert applications.counts(team_engine) == {vacancy: (2, 0)}
    assert {a.candidate_id: a.stage for a in applications.applications_of_vacancy(team_engine, admin, vacancy)} == {
        anna: "rejected", bram: "rejected"}
    assert _stored(team_engine, bram).deadline == clock.today() + FOUR_WEEKS


def test_a_facts_edit_keeps_the_procedure_an_application_changed_meanwhile(team_engine, admin, vacancy, clock):
    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    _facts, version = team_retention.facts_of(team_engine, admin, anna)  # a colleague's retention dialog reads here
    applications.apply(team_engine, admin, vacancy, anna, clock)  # then the candidate enters a vacancy
    team_retention.record_facts(team_engine, admin, anna, version,
                                lambda stored: replace(stored, legal_hold_reason="Tribunal case 2026/17"), clock)
    facts, _version = team_retention.facts_of(team_engine, admin, anna)
    assert facts.procedures == (ProcedureFacts("open", clock.today(), None),) and facts.legal_hold_reason == "Tribunal case 2026/17"


def test_a_blind_rating_is_sealed_beside_the_stage_and_a_reveal_is_an_audit_entry_without_it(team_engine, admin, vacancy, clock):
    candidate_id = _candidate(team_engine, admin, clock, "Zita Vandermeulen")
    application_id = applications.apply(team_engine, admin, vacancy, candidate_id, clock)
    with pytest.raises(applications.NotRatedBlind):
        applications.record_reveal(team_engine, admin, application_id, clock)
    with team_engine.connect() as connection:
        before = connection.scalar(select(applications_table.c.content_sealed).where(
            applications_table.c.application_id == application_id))

    saved = applications.rate(team_engine, admin, application_id, 1, 4, clock)
    with pytest.raises(RecordVersionConflict):
        applications.rate(team_engine, admin, application_id, 1, 2, clock)  # a colleague's rating meanwhile
    applications.move(team_engine, admin, application_id, saved, OWN_STAGE, clock)
    [found] = applications.applications_of_vacancy(team_engine, admin, vacancy)
    assert (found.stage, found.review) == (OWN_STAGE, applications.Review(4, True, admin.member_id))  # the move kept it
    with team_engine.connect() as connection:
        after = connection.scalar(select(applications_table.c.content_sealed).where(
            applications_table.c.application_id == application_id))
    assert len(bytes(after)) == len(bytes(before))  # the same padded length: the server cannot tell a rated application
    assert b"rating" not in bytes(after) and OWN_STAGE.encode() not in bytes(after)

    assert applications.record_reveal(team_engine, admin, application_id, clock) == candidate_id
    newest = audit.entries(team_engine)[-1]
    assert (newest.action, newest.actor, newest.candidate_id, newest.record_id, newest.detail) == (
        applications.IDENTITY_REVEALED, audit.actor_of(admin), candidate_id, application_id, None)


def test_a_rating_and_a_move_at_the_same_moment_queue_instead_of_deadlocking(team_engine, admin, vacancy, clock, monkeypatch):
    """A move (and a closing) locks the candidate, then the application; a rating takes its locks in the same
    order, so the two queue: the rating, started second, meets the move's new version as a conflict in words.
    (Locking the application first, the rating waited for the candidate while the move waited for the
    application: PostgreSQL aborted one of them as a deadlock.)"""
    import threading

    anna = _candidate(team_engine, admin, clock, "Anna Peeters")
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    inside, release = threading.Event(), threading.Event()
    real = applications.end_or_move

    def paused(*args, **kwargs):  # the move holds the candidate's lock here
        inside.set()
        assert release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(applications, "end_or_move", paused)
    moved, rated = [], []

    def run(results, operation):
        try:
            results.append(operation())
        except Exception as error:  # noqa: BLE001 - the outcome is asserted below
            results.append(error)

    mover = threading.Thread(target=run, args=(moved, lambda: applications.move(team_engine, admin, application_id, 1, OWN_STAGE, clock)))
    mover.start()
    assert inside.wait(10)
    rater = threading.Thread(target=run, args=(rated, lambda: applications.rate(team_engine, admin, application_id, 1, 4, clock)))
    rater.start()
    rater.join(1.0)
    assert rater.is_alive()  # waiting for the move
    release.set()
    mover.join(15)
    rater.join(15)
    assert moved == [2], moved
    assert len(rated) == 1 and isinstance(rated[0], RecordVersionConflict), rated
