"""The Candidate dock shows a team's selected candidate: one dock for both kinds of vault.

A team folder opens in the main window (as the app opens it); clicking a candidate's line fills the
same dock a local vault fills: profile, documents with an in-app preview of a real PDF decrypted in
memory, applications, consents, notes, rights requests and the timeline, all read from a real
PostgreSQL server. A colleague's save refreshes it; Lock leaves no name in it. The profile is typed
and saved in the dock as a local one is, over the version read: a colleague's newer save opens the
team's conflict dialog, and each choice does what it says with nothing lost (the CV text the dock
does not show included); a DPO's dock is read-only. The service below is checked on its own too: a
recruiter's timeline holds only what the audit rules let them read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from recruitdesk.gui.team.conflict_dialog import ConflictDialog

from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.candidates.detail import PDF_PAGE, TEXT_PAGE
from recruitdesk.gui.vacancies.vacancy_window import BOARD_TAB
from recruitdesk.services import team_detail, team_documents, team_register
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_in_app, select_candidate
from tests.gui.user_actions import menu_item
from tests.importing.make_files import write_pdf

WAIT = 30_000




@pytest.fixture
def lena(colleague, clock, tmp_path):
    """A candidate with a record of every kind, written by a colleague's client."""
    candidate = colleague.add(PersonalFields("Lena Maes", "lena@example.org", cv_text="Payroll specialist, Belgian law",
                                             phone="+32 470 12 34 56", city="Gent"))
    cid = candidate.candidate_id
    pdf = write_pdf(tmp_path / "lena-cv.pdf", ["Lena Maes", "Payroll specialist in Gent"])
    assert [outcome.added for outcome in team_documents.add_files(colleague, cid, [pdf])] == [True]
    colleague.give_consent(cid, clock.today(), "email")
    colleague.add_note(cid, "Strong on Belgian payroll law\nSecond line")
    team_register.register_request(colleague, cid, "access", clock.today(), "ID card shown")
    vacancies = TeamVacancies(colleague)
    vacancy = vacancies.add(VacancyEdit("Payroll officer", "Acme NV"))
    vacancies.apply(vacancy.vacancy_id, cid)
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    return cid




def shown_candidate(qtbot, controller, panel, name: str):
    """Click the candidate's line; returns the dock's pane once it shows them."""
    pane = controller.window.candidate_detail.pane
    select_candidate(qtbot, panel, name)
    qtbot.waitUntil(lambda: pane.detail is not None and pane.name_field.text() == name, timeout=WAIT)
    return pane


def list_texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_the_dock_shows_the_selected_team_candidate_with_every_record_and_a_pdf_preview(qtbot, controller, team_folder, lena):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    dock = window.candidate_detail.dock
    assert dock.isVisible() and {d for d in window.findChildren(QDockWidget) if d.isVisible()} == {dock, panel.dashboard.dock}
    pane = window.candidate_detail.pane
    assert pane.message_label.isVisible() and not pane.body.isVisible()  # nothing selected yet
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    assert (pane.email_field.text(), pane.phone_field.text(), pane.city_field.text()) == ("lena@example.org", "+32 470 12 34 56",
                                                                                          "Gent")
    assert not pane.name_field.isReadOnly() and pane.save_button.isVisible()  # edited in the dock, as a local one
    documents = list_texts(pane.documents_list)
    assert len(documents) == 1 and documents[0].startswith("lena-cv.pdf · added ")
    qtbot.waitUntil(lambda: pane.preview_stack.currentIndex() in (PDF_PAGE, TEXT_PAGE), timeout=WAIT)
    assert "Payroll specialist in Gent" in pane.text_view.toPlainText()  # the text extracted at import, decrypted here
    assert pane.pdf_document is not None, "QtPdf ships with PySide6: the preview must not fall back to text in the tests"
    qtbot.waitUntil(lambda: pane.preview_stack.currentIndex() == PDF_PAGE, timeout=WAIT)
    assert pane.pdf_document.pageCount() == 1
    application = pane.applications_list.topLevelItem(0)
    assert application.text(0) == "Payroll officer (Acme NV)"
    assert len(list_texts(pane.consents_list)) == 1 and "given" in list_texts(pane.consents_list)[0]
    notes = list_texts(pane.notes_list)
    assert len(notes) == 1 and "Strong on Belgian payroll law" in notes[0] and "Second line" not in notes[0]
    assert "Anna Admin" in notes[0]  # the author is the member's name, not an opaque id
    requests = list_texts(pane.requests_list)
    assert len(requests) == 1 and "received" in requests[0] and "answer by" in requests[0]
    timeline = list_texts(pane.timeline_list)
    assert any("Candidate added" in entry for entry in timeline) and any("Document added" in entry for entry in timeline)
    assert not any("candidate-" in entry for entry in timeline)  # every action in words


def test_a_colleagues_save_refreshes_the_dock_and_another_line_shows_another_candidate(qtbot, controller, team_folder, colleague,
                                                                                     lena):
    panel = open_in_app(qtbot, controller, team_folder)
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    stored = colleague.candidate(lena)
    saved = colleague.save(lena, stored.version, PersonalFields("Lena Maes-Claes", "lena@example.org", stored.personal.cv_text,
                                                                stored.personal.phone, "Brugge"))
    assert saved.personal.full_name == "Lena Maes-Claes", saved
    qtbot.waitUntil(lambda: pane.name_field.text() == "Lena Maes-Claes" and pane.city_field.text() == "Brugge", timeout=WAIT)
    shown_candidate(qtbot, controller, panel, "Jonas Peeters")
    assert list_texts(pane.documents_list) == [] and pane.preview_placeholder.text() == "No documents."


def test_lock_leaves_no_name_in_the_dock_and_the_local_window_gets_its_dock_back(qtbot, controller, team_folder, lena):
    panel = open_in_app(qtbot, controller, team_folder)
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    window = controller.window
    assert "Lena" in pane.name_field.text()  # the control
    menu_item(window, "&Vault", "&Lock").trigger()
    assert window.team is None
    texts = [pane.name_field.text(), pane.email_field.text(), pane.text_view.toPlainText(), *list_texts(pane.notes_list),
             *list_texts(pane.documents_list), pane.message_label.text()]
    assert not any("Lena" in text or "lena" in text or "Payroll" in text for text in texts)
    assert pane.detail is None and pane.source is window.candidate_detail._local  # the dock follows the local table again


def test_a_recruiters_timeline_holds_their_own_entries_and_a_candidates_requests_only(team_folder, team_database_url, colleague,
                                                                                    keychain, second_keychain, clock, tmp_path,
                                                                                    lena):
    invitation = invite_member(team_folder, keychain, clock, "Rita Recruiter", Role.RECRUITER)
    folder = tmp_path / "rita"
    join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
    rita = TeamDesk.open(folder, second_keychain, clock)
    try:
        rita.add_note(lena, "Called her back")
        other = colleague.rows()
        jonas = next(row.candidate_id for row in other if row.full_name == "Jonas Peeters")
        team_register.register_request(colleague, jonas, "erasure", clock.today() - dt.timedelta(days=1), "ID card shown")
        mine = team_detail.candidate_detail(rita, lena)
        admins = team_detail.candidate_detail(colleague, lena)
    finally:
        rita.close()
    assert [entry.text() for entry in mine.timeline] == ["Note added"]  # only her own entry about Lena
    assert len(admins.timeline) > len(mine.timeline) and admins.timeline[0].text() == "Candidate added"
    assert [request.kind for request in admins.requests] == ["access"]  # Jonas's erasure request is not Lena's
    assert mine.requests == ()  # a recruiter reads the requests she recorded
    assert sorted(note.author for note in admins.notes) == ["Anna Admin", "Rita Recruiter"]  # written at the same moment: either order


# --- the profile edited in the dock ------------------------------------------------------------
def retype(qtbot, field, text: str) -> None:
    """Select what the field holds (Ctrl+A) and type over it, as a user does."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def shown_conflict(qtbot, panel) -> ConflictDialog:
    found: list[ConflictDialog] = []
    qtbot.waitUntil(lambda: bool(found.extend(d for d in panel.findChildren(ConflictDialog) if d.isVisible()) or found), timeout=WAIT)
    return found[0]


def test_a_profile_typed_in_the_dock_is_saved_to_the_team_and_shows_in_the_list_and_a_colleagues_read(
        qtbot, controller, team_folder, colleague, lena, monkeypatch):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    local_reloads: list[bool] = []
    monkeypatch.setattr(window, "reload", lambda: local_reloads.append(True))
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    retype(qtbot, pane.name_field, "Lena Maes-Claes")
    retype(qtbot, pane.city_field, "Leuven")
    with qtbot.waitSignal(pane.saved, timeout=WAIT):
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    stored = colleague.candidate(lena)
    assert (stored.personal.full_name, stored.personal.city, stored.version) == ("Lena Maes-Claes", "Leuven", 2)
    assert stored.personal.cv_text == "Payroll specialist, Belgian law"  # not shown in the dock, kept by its save
    assert (stored.personal.email, stored.personal.phone) == ("lena@example.org", "+32470123456")  # written as a local vault writes it
    assert window.statusBar().currentMessage() == "The candidate's details were saved."
    qtbot.waitUntil(lambda: "Lena Maes-Claes" in panel.model.names(), timeout=WAIT)  # the save's change notice
    assert "Lena Maes" not in panel.model.names() and local_reloads == []  # the local vault's list is not read

    retype(qtbot, pane.phone_field, "+32 9 123 45 67")  # Enter saves too, over the version just saved
    with qtbot.waitSignal(pane.saved, timeout=WAIT):
        qtbot.keyClick(pane.phone_field, Qt.Key.Key_Return)
    stored = colleague.candidate(lena)
    assert (stored.personal.phone, stored.personal.city, stored.version) == ("+3291234567", "Leuven", 3)
    assert stored.personal.cv_text == "Payroll specialist, Belgian law"


def test_a_team_profile_without_a_name_is_refused_in_the_dock_and_nothing_is_saved(qtbot, controller, team_folder, colleague, lena):
    panel = open_in_app(qtbot, controller, team_folder)
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    retype(qtbot, pane.name_field, "   ")
    with qtbot.waitSignal(pane.save_failed, timeout=WAIT):
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert pane.error_label.isVisible() and pane.error_label.text() == "Enter the candidate's name."
    assert colleague.candidate(lena).version == 1 and pane.name_field.text() == "   "


@pytest.mark.parametrize("choice", ["keep mine", "take the server's", "merge", "close"])
def test_a_colleagues_save_between_the_read_and_the_save_opens_the_conflict_dialog_and_loses_nothing(
        qtbot, controller, team_folder, colleague, lena, choice):
    panel = open_in_app(qtbot, controller, team_folder)
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    retype(qtbot, pane.city_field, "Leuven")
    retype(qtbot, pane.email_field, "lena.maes@mail.example")
    theirs = colleague.save(lena, 1, PersonalFields("Lena Maes", "lena@example.org", "Payroll specialist, Belgian and Dutch law",
                                                    "+32 470 99 99 99", "Brugge"))
    assert theirs.version == 2
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    conflict = shown_conflict(qtbot, panel)
    assert conflict.isModal() and conflict.mine_fields["city"].text() == "Leuven" and conflict.their_fields["city"].text() == "Brugge"
    assert conflict.mine_fields["email"].text() == "lena.maes@mail.example"
    if choice == "close":
        qtbot.keyClick(conflict, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: pane.save_button.isEnabled(), timeout=WAIT)
        assert (pane.city_field.text(), pane.email_field.text()) == ("Leuven", "lena.maes@mail.example")  # the typed text stays
        assert colleague.candidate(lena).version == 2
        qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)  # Save shows the conflict again
        again = shown_conflict(qtbot, panel)
        assert again.mine_fields["city"].text() == "Leuven" and again.their_fields["city"].text() == "Brugge"
        qtbot.keyClick(again, Qt.Key.Key_Escape)
        return
    window = controller.window
    with qtbot.waitSignal(pane.theirs_shown if choice == "take the server's" else pane.saved, timeout=WAIT):
        if choice == "keep mine":
            qtbot.mouseClick(conflict.keep_mine_button, Qt.MouseButton.LeftButton)
        elif choice == "take the server's":
            qtbot.mouseClick(conflict.take_theirs_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(conflict.merge_button, Qt.MouseButton.LeftButton)
            assert conflict.merge_form.editors["city"].text() == "Leuven"  # the merge starts from the user's text
            retype(qtbot, conflict.merge_form.editors["email"], "lena.maes at mail")
            qtbot.mouseClick(conflict.save_merged_button, Qt.MouseButton.LeftButton)  # refused under the form, nothing saved
            assert conflict.isVisible() and conflict.merge_error.isVisible() and "not a valid email address" in conflict.merge_error.text()
            assert colleague.candidate(lena).version == 2
            retype(qtbot, conflict.merge_form.editors["email"], "lena.maes@mail.example")
            retype(qtbot, conflict.merge_form.editors["phone"], "+32 470 99 99 99")
            qtbot.mouseClick(conflict.save_merged_button, Qt.MouseButton.LeftButton)
    stored = colleague.candidate(lena)
    expected = {"keep mine": ("lena.maes@mail.example", "Leuven", "+32470123456", 3),  # checked and written as a local vault does
                "take the server's": ("lena@example.org", "Brugge", "+32 470 99 99 99", 2),
                "merge": ("lena.maes@mail.example", "Leuven", "+32470999999", 3)}[choice]
    assert (stored.personal.email, stored.personal.city, stored.personal.phone, stored.version) == expected
    assert stored.personal.cv_text == "Payroll specialist, Belgian and Dutch law"  # the colleague's CV text is kept
    assert (pane.email_field.text(), pane.city_field.text(), pane.phone_field.text()) == expected[:3]  # the dock shows what was kept
    assert not pane.is_editing()
    assert window.statusBar().currentMessage() == (  # taking theirs saved nothing, and the window does not say it did
        "Your colleague's version is shown. Nothing you typed was saved." if choice == "take the server's"
        else "The candidate's details were saved.")
    qtbot.waitUntil(lambda: panel.model.row_of(lena) is not None and panel.model.row_at(panel.model.row_of(lena)).version == expected[3],
                    timeout=WAIT)
    if choice != "take the server's":  # the dock's next save goes over the version it saved
        retype(qtbot, pane.city_field, "Antwerpen")
        with qtbot.waitSignal(pane.saved, timeout=WAIT):
            qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
        assert colleague.candidate(lena).personal.city == "Antwerpen"


def test_a_dpos_dock_is_read_only(qtbot, clock, team_folder, team_database_url, keychain, second_keychain, colleague, lena, tmp_path):
    invitation = invite_member(team_folder, keychain, clock, "Dora DPO", Role.DPO)
    folder = tmp_path / "dora"
    join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
    app = AppController(clock, lambda: second_keychain, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                        tick_milliseconds=20)
    qtbot.addWidget(app.window)
    try:
        panel = open_in_app(qtbot, app, folder)
        pane = shown_candidate(qtbot, app, panel, "Lena Maes")
        assert all(field.isReadOnly() for field in (pane.name_field, pane.email_field, pane.phone_field, pane.city_field,
                                                    pane.linkedin_field))
        assert not pane.save_button.isVisible()
        qtbot.keyClicks(pane.city_field, "Leuven")
        qtbot.keyClick(pane.city_field, Qt.Key.Key_Return)
        assert pane.city_field.text() == "Gent" and colleague.candidate(lena).version == 1
    finally:
        app.shutdown()


def test_show_on_the_board_opens_the_vacancy_window_at_the_candidates_card(qtbot, controller, team_folder, colleague, lena,
                                                                          clock):
    clock.advance(days=1)
    TeamVacancies(colleague).add(VacancyEdit("Warehouse lead"))  # newer: the list's first, chosen when it is read
    panel = open_in_app(qtbot, controller, team_folder)
    pane = shown_candidate(qtbot, controller, panel, "Lena Maes")
    bar = pane.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # Applications
    assert pane.tabs.currentIndex() == 1 and pane.open_application_button.isVisible()
    vacancies = controller.window.vacancies  # the window's Vacancies dock, on the team's vacancies
    qtbot.waitUntil(lambda: vacancies.panel is not None and not vacancies.panel.loading, timeout=WAIT)
    assert vacancies.panel.current_row().title == "Warehouse lead"
    qtbot.mouseClick(pane.open_application_button, Qt.MouseButton.LeftButton)
    board = vacancies.board_window  # the local vacancy window, on the team's vacancy
    assert board is not None and board.isVisible()
    application = next(row for row in TeamVacancies(colleague).applications_of(lena))
    qtbot.waitUntil(lambda: board.board.current_application() == application.application_id, timeout=WAIT)
    assert board.tabs.currentIndex() == BOARD_TAB and board.vacancy.title == "Payroll officer"
    assert vacancies.panel.current_row().title == "Payroll officer"  # the list chooses its vacancy too
