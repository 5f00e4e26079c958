"""Candidate > Record a contact… and the rejection letters in the team window, used as a recruiter
uses them, on a real server (policy it1: whoever was not hired is kept 4 weeks after the last contact).

Closing a vacancy as filled offers the letters at once, each in the applicant's language; one opens
in the mail program, another is saved as an .eml file, marking one sent moves that candidate's
deadline in the list, and her yes to the reserve question is recorded with the letter's sentence. Rejecting an applicant by hand enables "Write rejection messages…", which
shows a letter already marked sent as such. A contact recorded from the Candidate menu moves the
deadline too (the local vault's dialog, on the team's source); a DPO reads the contacts there, records
none and is told why, and sees no letters button.
"""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.policy import default
from urllib.parse import unquote

import pytest
import shiboken6
from PySide6.QtCore import Qt

from recruitdesk.dates import long_date, short_date
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.rejections.dialog import RejectionDraftsDialog
from recruitdesk.gui.candidates.contact_dialog import ContactDialog
from recruitdesk.gui.team.table_model import DEADLINE
from recruitdesk.gui.vacancies.vacancy_window import LIST_TAB
from recruitdesk.gui.vacancies.dialogs import CloseVacancyDialog
from recruitdesk.gui.team.panel import TeamPanel
from tests.gui.import_support import move_card
from tests.gui.team.team_support import hosted_team, open_board, show_view
from recruitdesk.services import team_policy
from recruitdesk.services.team_contacts import TeamContacts
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.user_actions import click_row, choose_in_combo, click, menu_item, tick

WAIT = 20_000
DUTCH_CV = ("Ervaren boekhouder met kennis van loonadministratie en fiscaliteit. Ik heb gewerkt bij een accountantskantoor "
            "in Gent en ben op zoek naar een nieuwe uitdaging in een groeiend bedrijf.")
FRENCH_CV = ("Comptable expérimentée, spécialisée dans la paie et la fiscalité. J'ai travaillé pendant huit ans dans un "
             "cabinet à Liège et je cherche un nouveau défi au sein d'une entreprise en croissance.")


@pytest.fixture
def window(qtbot, team_folder, keychain, clock, colleague):
    team_policy.choose(colleague, "it1")
    shown = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignals([shown.rows_loaded, shown.checked], timeout=WAIT):
        shown.open_team()
    yield shown
    shown.close()
    assert shown.listener is None and shown.desk is None


@pytest.fixture
def payroll(colleague):
    """Anna (Dutch CV), Bram and Chloé (French CV) in the open vacancy Payroll officer."""
    service = TeamVacancies(colleague)
    vacancy = service.add(VacancyEdit("Payroll officer", "Acme NV"))
    people = {}
    for name, email, cv in (("Anna Peeters", "anna@example.org", DUTCH_CV), ("Bram Maes", "bram@example.org", None),
                            ("Chloé Lambert", "chloe@example.org", FRENCH_CV)):
        people[name] = colleague.add(PersonalFields(name, email, cv)).candidate_id
        service.apply(vacancy.vacancy_id, people[name])
    return vacancy.vacancy_id, people


def _reload(qtbot, window: TeamPanel) -> None:
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()


def _select_candidate(qtbot, window: TeamPanel, name: str) -> None:
    row = window.model.names().index(name)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_candidate()[1] == name


def _click_item(qtbot, list_widget, text: str) -> None:
    [item] = list_widget.findItems(text, Qt.MatchFlag.MatchStartsWith)
    qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=list_widget.visualItemRect(item).center())
    assert list_widget.currentItem() is item


def _drag_to_rejected(board, name: str) -> None:
    """Drag ``name``'s card to the Rejected column (the mime data its column gives a drag, dropped there)."""
    column, row = next((column, row) for column in board.board.columns.values() for row in range(column.count())
                       if column.cards.rows[row].name == name)
    move_card(board.board.columns["rejected"], column.cards.mimeData([column.cards.index(row)]))


def _deadline(window: TeamPanel, name: str) -> str:
    return window.model.index(window.model.names().index(name), DEADLINE).data()


def _open_vacancies(qtbot, window: TeamPanel):
    """Vacancies > Vacancies (the window's dock, on the team's vacancies), with its one vacancy chosen."""
    menu_item(window, "Vaca&ncies", "&Vacancies").trigger()
    shown = window.main.vacancies
    qtbot.waitUntil(lambda: shown.panel is not None and not shown.panel.loading and shown.panel.model.rowCount() == 1,
                    timeout=WAIT)
    click_row(qtbot, shown.panel.table, 0)
    return shown


def _letters(qtbot, window: TeamPanel) -> RejectionDraftsDialog:
    qtbot.waitUntil(lambda: window.contact_actions.letters_dialog is not None, timeout=WAIT)
    dialog = window.contact_actions.letters_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.busy() and dialog.list.count() > 0, timeout=WAIT)
    return dialog


def test_closing_offers_letters_in_each_language_and_marking_sent_moves_the_deadline(qtbot, window, payroll, colleague, clock,
                                                                                   tmp_path):
    vacancy_id, people = payroll
    _reload(qtbot, window)
    urls: list[str] = []
    window.contact_actions.open_url = lambda url: urls.append(url.toString(url.ComponentFormattingOption.FullyEncoded)) or True
    saved_to = tmp_path / "Chloé.eml"
    window.contact_actions.choose_path = lambda _parent, _suggested: str(saved_to)
    vacancies = _open_vacancies(qtbot, window)
    clock.advance(days=7)
    closed_on = clock.today()

    menu_item(window, "Vaca&ncies", "Vacancy &filled…").trigger()  # the board opens, then the dialog over its applicants
    qtbot.waitUntil(lambda: vacancies.close_dialog_ is not None, timeout=WAIT)
    closing = vacancies.close_dialog_
    assert isinstance(closing, CloseVacancyDialog)
    [bram] = [check for check in closing.hired_checks.values() if check.text().startswith("Bram Maes (")]
    tick(qtbot, bram)
    click(qtbot, closing.buttons.button(closing.buttons.StandardButton.Ok))

    letters = _letters(qtbot, window)
    assert sorted(letters.list.item(row).text() for row in range(letters.list.count())) == [
        "Anna Peeters (NL)", "Chloé Lambert (FR)"]
    qtbot.waitUntil(lambda: _deadline(window, "Anna Peeters") == short_date(closed_on + dt.timedelta(weeks=4)), timeout=WAIT)

    clock.advance(days=3)
    _click_item(qtbot, letters.list, "Anna Peeters")
    assert letters.subject_edit.text() == "Uw sollicitatie voor Payroll officer"
    assert letters.body_edit.toPlainText().startswith("Geachte Anna Peeters,")
    click(qtbot, letters.open_button)
    [url] = urls
    assert url.startswith("mailto:anna@example.org?subject=") and "Geachte Anna Peeters" in unquote(url)
    with qtbot.waitSignal(letters.sent_recorded, timeout=WAIT):
        click(qtbot, letters.sent_button)
    assert letters.list.currentItem().text() == "Anna Peeters (NL): sent" and not letters.sent_button.isEnabled()
    sent_due = clock.today() + dt.timedelta(weeks=4)  # it1: 4 weeks after the last contact, the letter
    qtbot.waitUntil(lambda: _deadline(window, "Anna Peeters") == short_date(sent_due), timeout=WAIT)
    assert colleague.row(people["Anna Peeters"]).deadline == sent_due
    # drafted on the closing day, the letter names the date a letter sent that day keeps the data until
    assert long_date(closed_on + dt.timedelta(weeks=4), "nl") in letters.body_edit.toPlainText()

    clock.advance(days=2)  # Anna answers yes to the reserve question
    click(qtbot, letters.answer_button)
    answer = letters.consent_dialog
    assert isinstance(answer, ConsentDialog) and answer.windowTitle() == "Record reserve answer"
    assert answer.text_edit.toPlainText() == letters.current_draft().reserve_wording
    assert answer.version_edit.text() == "rejection-reserve-1" and answer.channel_combo.currentData() == "email"
    assert long_date(clock.today() - dt.timedelta(days=2)) in answer.asked_label.text()
    with qtbot.waitSignal(letters.consent_recorded, timeout=WAIT):
        click(qtbot, answer.buttons.button(answer.buttons.StandardButton.Save))
    reserve_due = colleague.row(people["Anna Peeters"]).deadline
    assert reserve_due > sent_due  # the reserve keeps her longer
    assert letters.status_label.text() == (f"Anna Peeters stays in the recruitment reserve until {long_date(reserve_due)}; "
                                           "the consent and its wording are recorded.")
    qtbot.waitUntil(lambda: _deadline(window, "Anna Peeters") == short_date(reserve_due), timeout=WAIT)

    _click_item(qtbot, letters.list, "Chloé Lambert")
    assert letters.body_edit.toPlainText().startswith("Bonjour Chloé Lambert,")
    click(qtbot, letters.save_button)
    qtbot.waitUntil(saved_to.exists, timeout=WAIT)
    message = message_from_bytes(saved_to.read_bytes(), policy=default)
    assert (message["To"], message["X-Unsent"]) == ("Chloé Lambert <chloe@example.org>", "1")
    assert _deadline(window, "Chloé Lambert") == short_date(closed_on + dt.timedelta(weeks=4))  # not sent: not moved
    [line] = TeamContacts(colleague).history(people["Anna Peeters"])
    assert (line.kind, line.on, line.asked_reserve) == ("rejection_sent", sent_due - dt.timedelta(weeks=4), True)
    assert TeamContacts(colleague).history(people["Chloé Lambert"]) == []
    assert vacancy_id


def test_rejecting_by_hand_enables_write_rejection_messages_which_knows_what_was_sent(qtbot, window, payroll, colleague, clock):
    vacancy_id, people = payroll
    _reload(qtbot, window)
    vacancies = _open_vacancies(qtbot, window)
    board = open_board(qtbot, vacancies)  # the local vacancy window, on the team's vacancy
    assert board.letters_button.isVisible() and not board.letters_button.isEnabled()  # nobody rejected yet

    show_view(qtbot, board, LIST_TAB)
    applications = board.list
    qtbot.mouseClick(applications.viewport(), Qt.MouseButton.LeftButton,
                     pos=applications.visualRect(applications.model_.index(0, 0)).center())
    assert applications.model_.rows[0].name == "Anna Peeters"
    _drag_to_rejected(board, "Anna Peeters")
    qtbot.waitUntil(lambda: board.letters_button.isEnabled(), timeout=WAIT)
    # The move's own change notice may reload the board (and enable the button) before the move's task reports
    # back on the window's thread, so the note is waited for rather than expected at once.
    qtbot.waitUntil(lambda: "Anna Peeters was rejected" in board.note_label.text(), timeout=WAIT)
    assert not board.problem_label.isVisible(), board.problem_label.text()
    contacts = TeamContacts(colleague)
    [draft] = contacts.drafts(vacancy_id, contacts.rejected_applications(vacancy_id))
    contacts.record_rejection_sent(draft)  # a colleague sent it already

    click(qtbot, board.letters_button)
    letters = _letters(qtbot, window)
    assert letters.list.item(0).text() == "Anna Peeters (NL): sent"
    assert not letters.sent_button.isEnabled()
    letters.language_combo.setFocus()
    qtbot.keyClicks(letters.language_combo, "English")
    qtbot.waitUntil(lambda: letters.subject_edit.text() == "Your application for Payroll officer", timeout=WAIT)


def test_record_a_contact_moves_the_deadline_and_lists_the_history(qtbot, window, payroll, colleague, clock):
    vacancy_id, people = payroll
    service = TeamVacancies(colleague)
    service.close(vacancy_id, service.vacancy(vacancy_id).version, hired=())
    _reload(qtbot, window)
    closed_on = clock.today()
    clock.advance(days=10)
    _select_candidate(qtbot, window, "Bram Maes")
    assert _deadline(window, "Bram Maes") == short_date(closed_on + dt.timedelta(weeks=4))

    menu_item(window, "&Candidate", "Record a &contact…").trigger()
    dialog = window.contact_actions.contact_dialog
    assert isinstance(dialog, ContactDialog) and not dialog.read_only_label.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.history.count() == 1, timeout=WAIT)
    assert dialog.history.item(0).text() == "No contact recorded yet."
    choose_in_combo(qtbot, dialog.kind_combo, "Interview scheduled")
    choose_in_combo(qtbot, dialog.channel_combo, "Phone")
    with qtbot.waitSignal(dialog.recorded, timeout=WAIT):
        click(qtbot, dialog.record_button)

    due = clock.today() + dt.timedelta(weeks=4)
    assert dialog.status_label.text() == f"Recorded. The candidate's data is now kept until {long_date(due)}."
    qtbot.waitUntil(lambda: dialog.history.item(0).text() == f"{short_date(clock.today())}: Interview scheduled (Phone)",
                    timeout=WAIT)
    qtbot.waitUntil(lambda: _deadline(window, "Bram Maes") == short_date(due), timeout=WAIT)
    assert colleague.row(people["Bram Maes"]).deadline == due

    TeamContacts(colleague).record(people["Bram Maes"], clock.today(), "message_sent", "email")  # a colleague, live
    qtbot.waitUntil(lambda: dialog.history.count() == 2, timeout=WAIT)

    colleague.erase(people["Bram Maes"])  # erased by a colleague: the dialog about them closes
    qtbot.waitUntil(lambda: window.contact_actions.contact_dialog is None and not (shiboken6.isValid(dialog) and dialog.isVisible()),
                    timeout=WAIT)


def test_a_dpo_reads_the_contacts_records_none_and_sees_no_letters_button(qtbot, tmp_path, team_folder, colleague, payroll,
                                                                          team_database_url, keychain, second_keychain, clock):
    _vacancy_id, people = payroll
    TeamContacts(colleague).record(people["Anna Peeters"], clock.today(), "message_sent", "email")
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    dpo_window = hosted_team(qtbot, tmp_path / "dora", lambda: second_keychain, clock)
    with qtbot.waitSignal(dpo_window.rows_loaded, timeout=WAIT):
        dpo_window.open_team()
    try:
        _select_candidate(qtbot, dpo_window, "Anna Peeters")
        menu_item(dpo_window, "&Candidate", "Record a &contact…").trigger()
        dialog = dpo_window.contact_actions.contact_dialog
        assert isinstance(dialog, ContactDialog)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.history.count() == 1, timeout=WAIT)
        assert dialog.history.item(0).text() == f"{short_date(clock.today())}: Message sent (E-mail)"
        assert dialog.read_only_label.isVisible()
        assert dialog.read_only_label.text() == ("As data protection officer you see the contacts with the candidate; recruiters "
                                                 "and administrators record them.")
        assert not any(control.isEnabled() for control in (dialog.kind_combo, dialog.channel_combo, dialog.date_edit,
                                                           dialog.record_button))
        dialog.reject()
        vacancies = _open_vacancies(qtbot, dpo_window)
        assert not open_board(qtbot, vacancies).letters_button.isVisible()
    finally:
        dpo_window.close()
