"""The team window's vacancy calls (``services.team_vacancies``) on a real server, without a window.

Two desks stand for two members' windows: a save over a stale version comes back as a conflict
value with the server's version, a closing starts every applicant's clock, bad input is refused in
translated words, a DPO reads but may not write.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from recruitdesk import errors
from recruitdesk.services.stages import StageInUse, VacancyTitleRequired
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_vacancies import (ApplicationConflict, TeamVacancies, VacancyConflict, VacancyEdit,
                                                 stage_label, status_label)
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role


@pytest.fixture
def desk(team_folder, keychain, clock):
    opened = TeamDesk.open(team_folder, keychain, clock)
    yield opened
    opened.close()


def test_add_edit_and_a_colleagues_newer_save_is_a_conflict(desk, colleague):
    mine, theirs = TeamVacancies(desk), TeamVacancies(colleague)
    with pytest.raises(VacancyTitleRequired):
        mine.add(VacancyEdit("   "))
    added = mine.add(VacancyEdit("  Payroll   officer ", "Acme NV", stages=("New", "Assessment")))
    assert (added.title, added.client, added.status, added.applicants) == ("Payroll officer", "Acme NV", "open", 0)
    assert added.stages == ("new", "Assessment", "hired", "rejected", "withdrawn")
    assert status_label(added.status) == "Open" and stage_label("new") == "New"

    saved = theirs.save(added.vacancy_id, added.version, VacancyEdit("Payroll lead", "Acme NV", stages=added.edit().stages))
    assert not isinstance(saved, VacancyConflict) and saved.version == added.version + 1
    stale = mine.save(added.vacancy_id, added.version, VacancyEdit("Payroll officer (senior)", "Acme NV"))
    assert isinstance(stale, VacancyConflict)
    assert stale.theirs.title == "Payroll lead" and stale.mine.title == "Payroll officer (senior)"
    assert mine.vacancy(added.vacancy_id).title == "Payroll lead"  # nothing overwritten


def test_applicants_move_reject_and_close_as_filled(desk, colleague, clock, tmp_path):
    vacancies = TeamVacancies(desk)
    anna = desk.add(PersonalFields("Anna Peeters"))
    bram = desk.add(PersonalFields("Bram Maes"))
    vacancy = vacancies.add(VacancyEdit("Payroll officer", "Acme NV"))
    first = vacancies.apply(vacancy.vacancy_id, anna.candidate_id)
    second = vacancies.apply(vacancy.vacancy_id, bram.candidate_id)
    with pytest.raises(errors.TeamAlreadyApplied):
        vacancies.apply(vacancy.vacancy_id, anna.candidate_id)
    assert [(a.full_name, a.stage, a.is_open) for a in vacancies.applicants(vacancy.vacancy_id)] == [
        ("Anna Peeters", "new", True), ("Bram Maes", "new", True)]
    assert [(a.title, a.stage) for a in vacancies.applications_of(anna.candidate_id)] == [("Payroll officer", "new")]

    moved = TeamVacancies(colleague).move(vacancy.vacancy_id, first.application_id, first.version, "interview")
    assert not isinstance(moved, ApplicationConflict) and moved.stage == "interview"
    stale = vacancies.reject(vacancy.vacancy_id, first.application_id, first.version)
    assert isinstance(stale, ApplicationConflict) and stale.theirs.stage == "interview"

    clock.advance(days=12)
    listed = vacancies.vacancy(vacancy.vacancy_id)
    assert (listed.applicants, listed.still_open) == (2, 2)
    closed = vacancies.close(vacancy.vacancy_id, listed.version, hired={second.application_id})
    assert not isinstance(closed, VacancyConflict)
    assert (closed.status, closed.closed_on, closed.still_open) == ("filled", clock.today(), 0)
    assert desk.row(anna.candidate_id).deadline == clock.today() + dt.timedelta(weeks=4)  # rejected by the closing
    assert desk.status(bram.candidate_id).facts.outcome == "hired"
    exported = desk.export(anna.candidate_id, tmp_path / "export")  # an access request's answer names the vacancy
    data = json.loads(next(exported.path.rglob("data.json")).read_text(encoding="utf-8"))
    assert [(a["title"], a["client"], a["outcome"], a["ended_on"], a["stage"], a["rating"]) for a in data["applications"]] == [
        ("Payroll officer", "Acme NV", "not_hired", clock.today().isoformat(), "rejected", None)]
    with pytest.raises(errors.TeamVacancyClosed):
        vacancies.close(vacancy.vacancy_id, closed.version, cancelled=True)
    stale_close = vacancies.close(vacancy.vacancy_id, listed.version, cancelled=True)
    assert isinstance(stale_close, VacancyConflict) and stale_close.theirs.status == "filled"


def test_removing_a_stage_that_holds_applicants_is_refused_naming_it_and_how_many_and_nothing_changes(desk, colleague):
    vacancies = TeamVacancies(desk)
    vacancy = vacancies.add(VacancyEdit("Payroll officer", "Acme NV", stages=("New", "Assessment", "Interview")))
    applied = [vacancies.apply(vacancy.vacancy_id, desk.add(PersonalFields(name)).candidate_id)
               for name in ("Anna Peeters", "Bram Maes", "Chloé Lambert")]
    for application in applied[:2]:
        vacancies.move(vacancy.vacancy_id, application.application_id, application.version, "Assessment")
    before = vacancies.vacancy(vacancy.vacancy_id)

    theirs = TeamVacancies(colleague)  # a colleague's client, which read the same version
    with pytest.raises(StageInUse) as caught:
        theirs.save(vacancy.vacancy_id, before.version, VacancyEdit("Payroll lead", "Acme NV", stages=("New", "Interview")))
    assert caught.value.message() == ("The stage \"Assessment\" still holds applications (2); "
                                      "move them to another stage before removing it.")
    with pytest.raises(StageInUse) as caught:  # a default stage is named in words, in the current language
        theirs.save(vacancy.vacancy_id, before.version, VacancyEdit("Payroll lead", "Acme NV", stages=("Assessment", "Interview")))
    assert caught.value.message().startswith("The stage \"New\" still holds applications (1);")
    after = vacancies.vacancy(vacancy.vacancy_id)
    assert (after.version, after.title, after.stages) == (before.version, "Payroll officer", before.stages)  # nothing saved
    assert sorted(a.stage for a in vacancies.applicants(vacancy.vacancy_id)) == ["Assessment", "Assessment", "new"]

    saved = theirs.save(vacancy.vacancy_id, before.version, VacancyEdit("Payroll lead", "Acme NV", stages=("New", "Assessment")))
    assert not isinstance(saved, VacancyConflict)  # an empty stage may go
    assert saved.stages == ("new", "Assessment", "hired", "rejected", "withdrawn")


def test_a_dpo_reads_the_vacancies_but_may_not_add_one(tmp_path, team_folder, desk, team_database_url, keychain,
                                                       second_keychain, clock):
    TeamVacancies(desk).add(VacancyEdit("Payroll officer"))
    invitation = invite_member(team_folder, keychain, clock, "Dora DPO", Role.DPO)
    folder = tmp_path / "dpo"
    join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
    dpo_desk = TeamDesk.open(folder, second_keychain, clock)
    try:
        dpo = TeamVacancies(dpo_desk)
        assert [row.title for row in dpo.vacancies()] == ["Payroll officer"] and not dpo.may_write
        with pytest.raises(errors.TeamActionNotAllowed):
            dpo.add(VacancyEdit("Forbidden"))
    finally:
        dpo_desk.close()


def test_an_access_export_holds_the_applications_stage_and_rating(desk, clock, tmp_path):
    """The recruiter's judgement of an application is the candidate's data too (Art. 15)."""
    from recruitdesk.team import applications

    vacancies = TeamVacancies(desk)
    vacancy = vacancies.add(VacancyEdit("Payroll officer", "Acme NV"))
    anna = desk.add(PersonalFields("Anna Peeters"))
    applied = vacancies.apply(vacancy.vacancy_id, anna.candidate_id)
    moved = vacancies.move(vacancy.vacancy_id, applied.application_id, applied.version, "interview")
    desk.run(lambda engine, team: applications.rate(engine, team, applied.application_id, moved.version, 4, clock))
    exported = desk.export(anna.candidate_id, tmp_path / "export")
    data = json.loads(next(exported.path.rglob("data.json")).read_text(encoding="utf-8"))
    assert [(a["title"], a["stage"], a["rating"], a["tags"]) for a in data["applications"]] == [("Payroll officer", "interview", 4, [])]
