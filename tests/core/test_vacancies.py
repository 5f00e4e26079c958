"""Vacancies and applications: the countdowns take their facts from the recruiter's own work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from recruitdesk.services import applications, vacancies
from recruitdesk.services.candidates import add_candidate, record_contact
from recruitdesk.services.countdown import load_candidate, status_of, active_policy
from recruitdesk.services.retention import due_now
from recruitdesk.services.stages import (
    AlreadyApplied, ApplicationNotFound, HiredNotInVacancy, InvalidRating, StageInUse, UnknownStage, VacancyClosed,
    VacancyNotFound, VacancyTitleRequired,
)
from recruitdesk.services.vacancy_closing import close_vacancy
from recruitdesk.store.models import AuditEntry, ContactEvent, RetentionState, StageMove

JAN = dt.date(2026, 1, 5)


def _due(vault, candidate_id):
    with vault.read_session() as session:
        state = session.get(RetentionState, candidate_id)
        return state.due_on, state.rule


def _status(vault, candidate_id, on):
    with vault.read_session() as session:
        policy, _ = active_policy(session)
        return status_of(load_candidate(session, candidate_id), policy, on)


def test_a_candidate_in_two_vacancies_stays_until_the_later_procedure_ends(new_vault):
    """Hold-out: one vacancy closed, the other still open -> not due; once the second closes,
    the countdown (nl-ap: 4 weeks after the procedure) runs from the later end."""
    vault, _ = new_vault
    developer = vacancies.add_vacancy(vault, "Java developer", client="Acme", opened_on=JAN)
    tester = vacancies.add_vacancy(vault, "Test engineer", opened_on=JAN)
    lena = add_candidate(vault, "Lena Jacobs", applied_on=JAN)
    first = applications.apply(vault, lena, developer, on=JAN)
    applications.apply(vault, lena, tester, on=dt.date(2026, 1, 12))

    assert close_vacancy(vault, developer, hired=[], on=dt.date(2026, 2, 2)) == [first]
    two_months_later = dt.date(2026, 4, 1)  # 4 weeks after the first end have long passed
    assert _status(vault, lena, two_months_later).situation == "procedure_open"
    assert lena not in due_now(vault, two_months_later)

    close_vacancy(vault, tester, on=dt.date(2026, 5, 4))
    assert _due(vault, lena) == (dt.date(2026, 6, 1), "not_hired")
    assert lena not in due_now(vault, dt.date(2026, 5, 31))
    assert lena in due_now(vault, dt.date(2026, 6, 1))


def test_closing_ends_every_open_application_in_one_go_and_starts_the_countdowns(new_vault):
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Accountant", opened_on=JAN)
    ids = [add_candidate(vault, name, applied_on=JAN) for name in ("Ann", "Bert", "Cato", "Dirk")]
    apps = [applications.apply(vault, candidate, vacancy, on=JAN) for candidate in ids]
    applications.move_stage(vault, apps[3], "withdrawn", on=dt.date(2026, 1, 20))  # ended before closing
    applications.move_stage(vault, apps[0], "Interview", on=dt.date(2026, 1, 22))

    closed_on = dt.date(2026, 2, 9)
    rejected = close_vacancy(vault, vacancy, hired=[apps[0]], on=closed_on)

    assert rejected == [apps[1], apps[2]]
    board = {row.id: row for row in applications.applications_in(vault, vacancy)}
    assert (board[apps[0]].stage, board[apps[0]].outcome, board[apps[0]].ended_on) == ("hired", "hired", closed_on)
    for rejected_id in rejected:
        assert (board[rejected_id].stage, board[rejected_id].outcome, board[rejected_id].ended_on) == ("rejected", "not_hired", closed_on)
    assert (board[apps[3]].outcome, board[apps[3]].ended_on) == ("withdrawn", dt.date(2026, 1, 20))
    for candidate in ids[1:3]:
        assert _due(vault, candidate) == (closed_on + dt.timedelta(weeks=4), "not_hired")
    row = vacancies.vacancy_row(vault, vacancy)
    assert (row.status, row.closed_on, row.counts) == ("filled", closed_on, {"hired": 1, "rejected": 2, "withdrawn": 1})
    with pytest.raises(VacancyClosed):
        applications.move_stage(vault, apps[1], "new")
    with vault.read_session() as session:
        actions = [a for a, in session.execute(select(AuditEntry.action).where(AuditEntry.action.like("vacancy.%")))]
    assert actions == ["vacancy.added", "vacancy.closed"]


def test_closing_is_all_or_nothing(new_vault):
    """A hire that is not in the vacancy stops the whole closing: nobody's procedure ends."""
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Welder")
    other = vacancies.add_vacancy(vault, "Driver")
    stranger = applications.apply(vault, add_candidate(vault, "Stijn"), other)
    mine = applications.apply(vault, add_candidate(vault, "Mia"), vacancy)
    with pytest.raises(HiredNotInVacancy) as caught:
        close_vacancy(vault, vacancy, hired=[stranger])
    assert caught.value.message() == f"Application {stranger} is not an application in this vacancy, so it cannot be marked as hired here."
    assert applications.applications_in(vault, vacancy)[0].outcome == "open"
    assert vacancies.vacancy_row(vault, vacancy).status == "open"
    assert mine


def test_stage_moves_are_dated_audited_and_a_final_stage_ends_the_procedure(new_vault, clock):
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Nurse", stages=["New", "Phone call", "Interview"])
    assert vacancies.vacancy_row(vault, vacancy).stages == ("new", "Phone call", "interview", "hired", "rejected", "withdrawn")
    candidate = add_candidate(vault, "Noor")
    application = applications.apply(vault, candidate, vacancy)
    assert applications.move_by(vault, application, 1).stage == "Phone call"
    assert applications.move_by(vault, application, 1).stage == "interview"
    assert applications.move_by(vault, application, -1).stage == "Phone call"
    ended = applications.move_stage(vault, application, "Rejected", on=dt.date(2026, 3, 10))
    assert (ended.outcome, ended.ended_on) == ("not_hired", dt.date(2026, 3, 10))
    assert _due(vault, candidate) == (dt.date(2026, 4, 7), "not_hired")
    reopened = applications.move_stage(vault, application, "interview")
    assert (reopened.outcome, reopened.ended_on) == ("open", None)
    with vault.read_session() as session:
        moves = [(m.from_stage, m.to_stage) for m in session.scalars(select(StageMove).order_by(StageMove.id))]
        audited = [a for a, in session.execute(select(AuditEntry.details_json).where(AuditEntry.action == "application.stage_moved"))]
    assert moves == [(None, "new"), ("new", "Phone call"), ("Phone call", "interview"), ("interview", "Phone call"),
                     ("Phone call", "rejected"), ("rejected", "interview")]
    assert all("Phone call" not in text for text in audited)  # the firm's own words stay out of the log
    with pytest.raises(UnknownStage) as caught:
        applications.move_stage(vault, application, "Offer")
    assert caught.value.message() == "\"Offer\" is not a stage of this vacancy. Its stages are: New, Phone call, Interview, Hired, Rejected, Withdrawn."
    with pytest.raises(StageInUse):
        vacancies.edit_vacancy(vault, vacancy, stages=["New", "Phone call"])
    assert vacancies.edit_vacancy(vault, vacancy, stages=["New", "Interview", "Offer"]).stages[:3] == ("new", "interview", "offer")


def test_removing_a_stage_that_holds_applicants_is_refused_naming_it_and_how_many_and_nothing_changes(new_vault):
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Nurse", stages=["New", "Phone call", "Interview"])
    for name in ("Noor", "Omar"):
        applications.move_stage(vault, applications.apply(vault, add_candidate(vault, name), vacancy), "Phone call")
    with pytest.raises(StageInUse) as caught:
        vacancies.edit_vacancy(vault, vacancy, title="Head nurse", stages=["New", "Interview"])
    assert caught.value.message() == ("The stage \"Phone call\" still holds applications (2); "
                                      "move them to another stage before removing it.")
    row = vacancies.vacancy_row(vault, vacancy)
    assert (row.title, row.stages) == ("Nurse", ("new", "Phone call", "interview", "hired", "rejected", "withdrawn"))
    assert vacancies.edit_vacancy(vault, vacancy, stages=["New", "Phone call"]).stages[:2] == ("new", "Phone call")  # an empty one goes


def test_apply_adopts_the_open_procedure_without_a_vacancy_and_refuses_twice(new_vault):
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Chef")
    candidate = add_candidate(vault, "Karel", applied_on=dt.date(2026, 2, 1))
    application = applications.apply(vault, candidate, vacancy, on=dt.date(2026, 2, 1))
    with vault.read_session() as session:
        procedures = load_candidate(session, candidate).procedures
        assert [(p.id, p.vacancy_id, p.title) for p in procedures] == [(application, vacancy, "Chef")]
    with pytest.raises(AlreadyApplied):
        applications.apply(vault, candidate, vacancy)
    with pytest.raises(VacancyNotFound) as caught:
        applications.apply(vault, candidate, 999)
    assert caught.value.exit_code == 3
    with pytest.raises(ApplicationNotFound):
        applications.move_stage(vault, 999, "new")


def test_rating_tags_contacts_and_search(new_vault):
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Data analyst", client="Brouwerij De Zon", location="Gent", owner="Sofie")
    vacancies.add_vacancy(vault, "Plumber", location="Brugge")
    candidate = add_candidate(vault, "Wout")
    application = applications.apply(vault, candidate, vacancy, on=dt.date(2026, 2, 20))
    assert applications.set_rating(vault, application, 4).rating == 4
    with pytest.raises(InvalidRating):
        applications.set_rating(vault, application, 6)
    assert applications.set_tags(vault, application, ["SQL", " python ", "sql", ""]).tags == ("SQL", "python")
    record_contact(vault, candidate, dt.date(2026, 3, 1), channel="phone", kind="interview_scheduled", application_id=application)
    with vault.read_session() as session:
        event = session.scalars(select(ContactEvent)).one()
        assert (event.kind, event.procedure_id, load_candidate(session, candidate).last_contact_on) == (
            "interview_scheduled", application, dt.date(2026, 3, 1))
    assert [row.title for row in vacancies.list_vacancies(vault, search="zon gent")] == ["Data analyst"]
    assert [row.title for row in vacancies.list_vacancies(vault, search="brugge")] == ["Plumber"]
    listed = vacancies.list_vacancies(vault)[-1]
    assert listed.counts == {"new": 1} and listed.total == 1
    with pytest.raises(VacancyTitleRequired):
        vacancies.add_vacancy(vault, "   ")


def test_a_mailed_application_imported_into_a_vacancy_applied_on_the_mail_date(new_vault, tmp_path):
    """Import into a vacancy: the application date is the mail's (as the preview offers it), the
    candidate's countdown counts from there, and a second import of the same person adds no
    second application."""
    from recruitdesk.services.importing import import_files, preview
    from tests.importing import make_files
    from tests.importing.test_mail_intake import SENT, write_eml

    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Boekhouder", opened_on=dt.date(2025, 10, 1))
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.dutch_cv_lines()).read_bytes()
    mail = write_eml(tmp_path / "sollicitatie.eml", sender="Griet Van den Broeck <griet.vdb@example.be>",
                     attachments=[("CV Griet.pdf", cv, "application/pdf")])
    [item] = preview([mail])
    assert item.applied_on == SENT.date()
    [result] = import_files(vault, [item], vacancy_id=vacancy)
    assert result.status == "imported"
    [application] = applications.applications_in(vault, vacancy)
    assert (application.candidate_id, application.applied_on, application.stage) == (result.candidate_id, SENT.date(), "new")
    with vault.read_session() as session:
        candidate = load_candidate(session, result.candidate_id)
        assert [(p.vacancy_id, p.applied_on) for p in candidate.procedures] == [(vacancy, SENT.date())]
    [again] = import_files(vault, [mail], vacancy_id=vacancy, on_duplicate="attach")
    assert again.status == "duplicate" and len(applications.applications_in(vault, vacancy)) == 1
    closed = vacancies.add_vacancy(vault, "Closed one")
    close_vacancy(vault, closed)
    with pytest.raises(VacancyClosed):
        import_files(vault, [mail], vacancy_id=closed)


def test_hold_and_reopen_resurrect_nobody_and_lose_nobody(new_vault):
    """On hold and back changes no application; reopening a filled vacancy keeps every ended
    application ended with its countdown running, until the recruiter moves one back."""
    vault, _ = new_vault
    vacancy = vacancies.add_vacancy(vault, "Planner", opened_on=JAN)
    ids = [add_candidate(vault, name, applied_on=JAN) for name in ("Ann", "Bert", "Cato")]
    apps = [applications.apply(vault, candidate, vacancy, on=JAN) for candidate in ids]
    assert vacancies.edit_vacancy(vault, vacancy, status="on_hold").status == "on_hold"
    assert [row.outcome for row in applications.applications_in(vault, vacancy)] == ["open", "open", "open"]
    applications.move_stage(vault, apps[2], "screening", on=dt.date(2026, 1, 12))  # moves still work on hold
    vacancies.edit_vacancy(vault, vacancy, status="open")
    closed_on = dt.date(2026, 2, 9)
    close_vacancy(vault, vacancy, hired=[apps[0]], on=closed_on)
    before = {row.id: (row.stage, row.outcome, row.ended_on) for row in applications.applications_in(vault, vacancy)}
    dues = [_due(vault, candidate) for candidate in ids]

    row = vacancies.edit_vacancy(vault, vacancy, status="open")

    assert (row.status, row.closed_on, row.total) == ("open", None, 3)
    assert {r.id: (r.stage, r.outcome, r.ended_on) for r in applications.applications_in(vault, vacancy)} == before
    assert [_due(vault, candidate) for candidate in ids] == dues  # no countdown stopped or restarted
    # the recruiter brings Cato back on purpose: that procedure is open again, Bert's still ended
    applications.move_stage(vault, apps[2], "interview", on=dt.date(2026, 2, 16))
    assert _status(vault, ids[2], dt.date(2026, 6, 1)).situation == "procedure_open"
    assert _due(vault, ids[1]) == dues[1]
    with pytest.raises(vacancies.UnknownVacancyStatus):
        vacancies.edit_vacancy(vault, vacancy, status="filled")
    with vault.read_session() as session:
        entries = [(a, d) for a, d in session.execute(select(AuditEntry.action, AuditEntry.details_json)
                                                      .where(AuditEntry.action.in_(("vacancy.status_changed", "vacancy.reopened"))))]
    assert [action for action, _details in entries] == ["vacancy.status_changed", "vacancy.status_changed", "vacancy.reopened"]
    assert '"before": "filled"' in entries[2][1] and '"after": "open"' in entries[2][1]
