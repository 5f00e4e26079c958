"""The team window's contact and rejection-letter calls (``services.team_contacts``) on a real server.

A contact moves the last contact and the deadline as the team's policy says; rejected applicants
get the local app's letter in their CV's language with the dates the countdown will show once it is
sent; marking a letter sent records that contact; a DPO may read but not record.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from email import message_from_bytes
from email.policy import default

import pytest

from recruitdesk import errors
from recruitdesk.services import team_policy
from recruitdesk.services.team_contacts import ContactInTheFuture, TeamContacts, mailto_url
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_facts import FactsConflict
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role

DUTCH_CV = ("Ervaren boekhouder met kennis van loonadministratie en fiscaliteit. Ik heb gewerkt bij een accountantskantoor "
            "in Gent en ben op zoek naar een nieuwe uitdaging in een groeiend bedrijf.")
FRENCH_CV = ("Comptable expérimentée, spécialisée dans la paie et la fiscalité. J'ai travaillé pendant huit ans dans un "
             "cabinet à Liège et je cherche un nouveau défi au sein d'une entreprise en croissance.")


@pytest.fixture
def desk(team_folder, keychain, clock):
    opened = TeamDesk.open(team_folder, keychain, clock)
    team_policy.choose(opened, "it1")  # 4 weeks after the last contact for whoever was not hired
    yield opened
    opened.close()


@pytest.fixture
def closed_vacancy(desk, clock):
    """Payroll officer filled by Bram; Anna (Dutch CV) and Chloé (French CV) rejected by the closing, 10 days later."""
    vacancies = TeamVacancies(desk)
    anna = desk.add(PersonalFields("Anna Peeters", "anna@example.org", DUTCH_CV))
    bram = desk.add(PersonalFields("Bram Maes", "bram@example.org"))
    chloe = desk.add(PersonalFields("Chloé Lambert", "chloe@example.org", FRENCH_CV))
    vacancy = vacancies.add(VacancyEdit("Payroll officer", "Acme NV"))
    applied = {c.candidate_id: vacancies.apply(vacancy.vacancy_id, c.candidate_id) for c in (anna, bram, chloe)}
    clock.advance(days=10)
    vacancies.close(vacancy.vacancy_id, vacancies.vacancy(vacancy.vacancy_id).version, hired={applied[bram.candidate_id].application_id})
    return vacancy.vacancy_id, anna.candidate_id, bram.candidate_id, chloe.candidate_id, applied


def test_a_contact_moves_the_last_contact_and_the_deadline_by_the_policy(desk, colleague, closed_vacancy, clock):
    _vacancy, anna, _bram, _chloe, _applied = closed_vacancy
    closed_on = clock.today()
    assert desk.row(anna).deadline == closed_on + dt.timedelta(weeks=4)
    clock.advance(days=9)
    contacts = TeamContacts(desk)

    view = contacts.record(anna, clock.today(), "interview_scheduled", "phone")

    assert view.due_on == clock.today() + dt.timedelta(weeks=4)  # it1: 4 weeks after the last contact
    assert desk.row(anna).deadline == view.due_on
    assert colleague.row(anna).deadline == view.due_on  # the server's deadline, as every member reads it
    [line] = TeamContacts(colleague).history(anna)
    assert (line.on, line.kind, line.channel, line.kind_text, line.channel_text) == (
        clock.today(), "interview_scheduled", "phone", "Interview scheduled", "Phone")
    with pytest.raises(ContactInTheFuture) as refused:
        contacts.record(anna, clock.today() + dt.timedelta(days=1))
    assert "after today" in refused.value.message()
    assert len(contacts.history(anna)) == 1


def test_rejected_applicants_get_letters_in_their_language_and_marking_sent_moves_the_countdown(desk, closed_vacancy, clock,
                                                                                               tmp_path):
    vacancy_id, anna, bram, chloe, applied = closed_vacancy
    contacts = TeamContacts(desk)
    rejected = contacts.rejected_applications(vacancy_id)
    assert set(rejected) == {applied[anna].application_id, applied[chloe].application_id}
    clock.advance(days=5)

    drafts = {draft.candidate_id: draft for draft in contacts.drafts(vacancy_id, rejected)}
    assert set(drafts) == {anna, chloe}
    dutch, french = drafts[anna], drafts[chloe]
    assert (dutch.language, french.language) == ("nl", "fr")
    assert dutch.subject == "Uw sollicitatie voor Payroll officer"
    assert dutch.body.startswith("Geachte Anna Peeters,") and french.body.startswith("Bonjour Chloé Lambert,")
    sent_by = clock.today() + dt.timedelta(weeks=4)  # the letter names the date the countdown shows once it is sent
    assert dutch.keep_until == french.keep_until == sent_by
    assert mailto_url(dutch).startswith("mailto:anna@example.org?subject=")
    eml = message_from_bytes(contacts.eml_bytes(french), policy=default)
    assert (eml["To"], eml["X-Unsent"]) == ("Chloé Lambert <chloe@example.org>", "1")
    assert desk.row(anna).deadline == clock.today() - dt.timedelta(days=5) + dt.timedelta(weeks=4)  # not moved yet
    assert contacts.sent_applications(rejected, [anna, chloe]) == set()

    view = contacts.record_rejection_sent(dutch)

    assert view.due_on == sent_by == desk.row(anna).deadline
    [line] = contacts.history(anna)
    assert (line.kind, line.channel, line.application_id, line.kind_text) == (
        "rejection_sent", "email", applied[anna].application_id, "Rejection message sent")
    assert line.asked_reserve  # it1 keeps a reserve: the letter asked, its sentence is kept with the contact
    assert contacts.sent_applications(rejected, [anna, chloe]) == {applied[anna].application_id}
    exported = desk.export(anna, tmp_path / "export")  # an access request's answer lists the letter and its question
    data = json.loads(next(exported.path.rglob("data.json")).read_text(encoding="utf-8"))
    assert [(c["on"], c["kind"], c["channel"], c["wording"]) for c in data["contacts"]] == [
        (clock.today().isoformat(), "rejection_sent", "email", dutch.reserve_wording)]
    english = contacts.draft(anna, applied[anna].application_id, "Payroll officer", "en")
    assert english.language == "en" and english.subject == "Your application for Payroll officer"
    assert bram not in drafts


def test_a_dpo_reads_contacts_but_cannot_record_or_mark_sent(tmp_path, team_folder, desk, closed_vacancy, team_database_url,
                                                            keychain, second_keychain, clock):
    vacancy_id, anna, _bram, _chloe, _applied = closed_vacancy
    TeamContacts(desk).record(anna, clock.today(), "message_sent", "email")
    invitation = invite_member(team_folder, keychain, clock, "Dora DPO", Role.DPO)
    folder = tmp_path / "dpo"
    join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
    dpo_desk = TeamDesk.open(folder, second_keychain, clock)
    try:
        dpo = TeamContacts(dpo_desk)
        assert not dpo.may_write and [line.kind for line in dpo.history(anna)] == ["message_sent"]
        [draft, _other] = dpo.drafts(vacancy_id, dpo.rejected_applications(vacancy_id))
        with pytest.raises(errors.TeamActionNotAllowed):
            dpo.record(anna, clock.today())
        with pytest.raises(errors.TeamActionNotAllowed):
            dpo.record_rejection_sent(draft)
        assert len(dpo.history(anna)) == 1
    finally:
        dpo_desk.close()


def test_a_colleagues_retention_edit_after_a_contact_keeps_the_contact_and_is_no_conflict(desk, colleague, closed_vacancy, clock):
    _vacancy, anna, _bram, _chloe, _applied = closed_vacancy
    facts, version_read = colleague.facts(anna)  # a colleague opens the retention dialog
    clock.advance(days=6)
    TeamContacts(desk).record(anna, clock.today(), "message_sent", "email")

    saved = colleague.save_facts(anna, version_read, replace(facts, legal_hold_reason="Dispute about the interview"))

    assert not isinstance(saved, FactsConflict) and saved.on_hold
    released = colleague.save_facts(anna, saved.version, replace(facts, legal_hold_reason=None))
    assert released.due_on == clock.today() + dt.timedelta(weeks=4)  # still counted from the contact
