"""The stage history of team applications, on a real PostgreSQL server.

Every move (applying, moving, closing a vacancy) leaves a row with its day and the moving member;
the stages are sealed under the candidate's key, so a stage a firm typed itself is in what the
client reads and in no dump of the server; the rows go with the candidate on erasure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from recruitdesk.retention.presets import get_preset
from recruitdesk.team import applications, audit, membership, stage_history, vacancy_closing
from recruitdesk.team import retention as team_retention
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.team.roles import Role
from recruitdesk.team.schema import CANDIDATE_TABLES, stage_moves
from recruitdesk.team.vacancies import VacancyFields, add_vacancy, all_vacancies

OWN_STAGE = "Proefdag bij Zwaluwstaartmeubel"


@pytest.fixture
def admin(team_engine, keychain, clock):
    team, _recovery = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    team_retention.set_policy(team_engine, team, get_preset("nl-ap").policy, "nl-ap", clock)
    return team


@pytest.fixture
def vacancy(team_engine, admin, clock):
    return add_vacancy(team_engine, admin, VacancyFields("Ingenieur", "Klant", stages=("new", OWN_STAGE, "offer")), clock)


def _history(engine, team, application_id):
    return [(move.from_stage, move.to_stage, move.moved_on, move.moved_by)
            for move in stage_history.moves_of_application(engine, team, application_id)]


def _checkpoint(engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("CHECKPOINT"))


def test_each_move_is_recorded_with_its_day_and_member(team_engine, admin, keychain, second_keychain, vacancy, clock):
    anna = add_candidate(team_engine, admin, PersonalFields("Anna Peeters"), clock)
    applied_on = clock.today()
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    public_key = membership.new_device_key(second_keychain, admin.keys.team_id)
    rita_id = membership.add_member(team_engine, admin, public_key, Role.RECRUITER, "Rita Recruiter", clock)
    rita = membership.open_as_member(team_engine, second_keychain, rita_id)
    clock.advance(days=4)
    version = applications.move(team_engine, rita, application_id, 1, OWN_STAGE, clock)
    clock.advance(days=6)
    applications.move(team_engine, admin, application_id, version, applications.REJECTED, clock)

    assert _history(team_engine, admin, application_id) == [
        (None, "new", applied_on, audit.actor_of(admin)),
        ("new", OWN_STAGE, applied_on + dt.timedelta(days=4), audit.actor_of(rita)),
        (OWN_STAGE, applications.REJECTED, applied_on + dt.timedelta(days=10), audit.actor_of(admin)),
    ]
    [listed] = applications.applications_of_vacancy(team_engine, rita, vacancy)
    assert listed.stage_changed_on == applied_on + dt.timedelta(days=10)


def test_a_move_to_the_same_stage_and_a_closing_are_recorded_as_the_local_vault_does(team_engine, admin, vacancy, clock):
    anna = add_candidate(team_engine, admin, PersonalFields("Anna Peeters"), clock)
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    version = applications.move(team_engine, admin, application_id, 1, "new", clock)  # no move: no row
    assert len(_history(team_engine, admin, application_id)) == 1
    clock.advance(days=2)
    [row] = [v for v in all_vacancies(team_engine, admin) if v.vacancy_id == vacancy]
    vacancy_closing.close(team_engine, admin, vacancy, row.version, vacancy_closing.CANCELLED, (), clock)
    assert _history(team_engine, admin, application_id)[-1][:3] == ("new", applications.REJECTED, clock.today())
    assert version == 2


def test_an_application_moved_before_the_history_shows_no_day_of_its_last_move(team_engine, admin, vacancy, clock):
    """Moves made before t014 left no row: such an application has no day of its last move until it moves."""
    anna = add_candidate(team_engine, admin, PersonalFields("Anna Peeters"), clock)
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    with team_engine.begin() as connection:
        connection.execute(stage_moves.delete())
    assert applications.applications_of_vacancy(team_engine, admin, vacancy)[0].stage_changed_on is None
    clock.advance(days=3)
    applications.move(team_engine, admin, application_id, 1, OWN_STAGE, clock)
    assert applications.applications_of_vacancy(team_engine, admin, vacancy)[0].stage_changed_on == clock.today()
    assert _history(team_engine, admin, application_id) == [("new", OWN_STAGE, clock.today(), audit.actor_of(admin))]


def test_the_stages_are_sealed_and_go_with_the_candidate(postgres_server, team_engine, admin, vacancy, clock):
    assert stage_moves.name in CANDIDATE_TABLES  # vacuumed with the candidate
    anna = add_candidate(team_engine, admin, PersonalFields("Anna Peeters"), clock)
    kept = add_candidate(team_engine, admin, PersonalFields("Kees Blijft"), clock)
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    kept_application = applications.apply(team_engine, admin, vacancy, kept, clock)
    applications.move(team_engine, admin, application_id, 1, OWN_STAGE, clock)
    _checkpoint(team_engine)

    assert OWN_STAGE in [move.to_stage for move in stage_history.moves_of_application(team_engine, admin, application_id)]
    dump = postgres_server.dump_of_all()
    assert b"Zwaluwstaartmeubel" not in dump
    with team_engine.connect() as connection:
        sealed = [bytes(value) for value in connection.scalars(
            select(stage_moves.c.content_sealed).where(stage_moves.c.candidate_id == anna))]
    assert len(sealed) == 2 and all(value.hex().encode() in dump for value in sealed)  # control: the rows, as ciphertext

    erase_candidate(team_engine, admin, anna, clock)
    _checkpoint(team_engine)

    with team_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(stage_moves).where(stage_moves.c.candidate_id == anna)) == 0
    assert len(_history(team_engine, admin, kept_application)) == 1
    dump = postgres_server.dump_of_all()
    assert not any(value.hex().encode() in dump for value in sealed)


def test_a_dpo_reads_the_history(team_engine, admin, second_keychain, vacancy, clock):
    anna = add_candidate(team_engine, admin, PersonalFields("Anna Peeters"), clock)
    application_id = applications.apply(team_engine, admin, vacancy, anna, clock)
    public_key = membership.new_device_key(second_keychain, admin.keys.team_id)
    dpo = membership.open_as_member(team_engine, second_keychain,
                                    membership.add_member(team_engine, admin, public_key, Role.DPO, "Dora DPO", clock))
    assert _history(team_engine, dpo, application_id) == [(None, "new", clock.today(), audit.actor_of(admin))]
