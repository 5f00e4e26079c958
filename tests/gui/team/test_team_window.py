"""The team window used as a recruiter uses it, on a real PostgreSQL server with a second client beside it.

The second client (``colleague``: its own pool and open keys, as another recruiter's window has) adds,
edits and erases; the window under test must show it without a click, keep both versions on a
conflict, and say in words what is wrong when the server goes away, then work again once it is back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from recruitdesk import i18n
from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.new_candidate import NewCandidateDialog
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.gui.team.table_model import CONSENT, DEADLINE, EMAIL, LAST_CONTACT, SOURCE
from recruitdesk.services import team_register
from recruitdesk.services.team_contacts import TeamContacts
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import deadline_of_a_candidate_added, hosted_team, open_team_window, select_candidate
from tests.gui.user_actions import click, menu_item

WAIT = 20_000


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignal(shown.rows_loaded, timeout=WAIT):
        shown.open_team()
    yield shown
    shown.close()
    assert shown.listener is None and shown.desk is None


def _open_candidate(qtbot, window: TeamPanel, name: str):
    """Select the candidate's line and click Open; returns the Candidate dock's pane once it shows them."""
    select_candidate(qtbot, window, name)
    pane = window.main.candidate_detail.pane
    click(qtbot, window.open_button)
    qtbot.waitUntil(lambda: pane.detail is not None and pane.name_field.text() == name, timeout=WAIT)
    return pane


def _new_candidate_dialog(qtbot, window: TeamPanel):
    """Click New candidate…; returns the dialog it opens (the local vault's)."""
    with qtbot.waitSignal(window.new_candidate_opened, timeout=WAIT) as opened:
        click(qtbot, window.new_button)
    dialog = opened.args[0]
    assert isinstance(dialog, NewCandidateDialog) and dialog.isVisible()
    return dialog


def _texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_window_names_the_team_and_server_lists_the_candidates_and_search_narrows_them(qtbot, team_folder, colleague,
                                                                                           keychain, clock):
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    window = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.open_team()
    try:
        title = f"{team_folder.name} – team vault on {colleague.server} – RecruitDesk"  # no name given: the folder's
        qtbot.waitUntil(lambda: window.window().windowTitle() == title, timeout=WAIT)
        assert "you are Anna Admin" in window.vault_info.text() and f'"{team_folder.name}"' in window.vault_info.text()
        assert colleague.server in window.vault_info.text() and "Team vault" in window.vault_info.text()
        assert window.model.names() == ["Jonas Peeters", "Sofie Wouters"]
        assert window.model.index(1, EMAIL).data() == "sofie@example.org" and window.model.index(1, DEADLINE).data()
        assert window.count_label.text() == "2 candidates"
        qtbot.mouseClick(window.search_field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(window.search_field, "wout")
        qtbot.waitUntil(lambda: window.model.names() == ["Sofie Wouters"], timeout=WAIT)
        window.search_field.clear()
        qtbot.waitUntil(lambda: len(window.model.names()) == 2, timeout=WAIT)
    finally:
        window.close()
    assert window.listener is None


def test_a_new_candidate_is_added_in_the_local_dialog_saved_on_the_server_selected_and_its_name_is_not_there_in_plaintext(
        qtbot, window, colleague, clock, postgres_server, team_database_url):
    dialog = _new_candidate_dialog(qtbot, window)
    intro = [label.text() for label in dialog.findChildren(QLabel) if "policy" in label.text()]
    assert intro == ["Only the name is required. The retention countdown starts today, under the retention policy."]
    assert not dialog.applied_edit.isVisible() and not dialog.source_combo.isVisible()  # the team counts from today
    assert dialog.focusWidget() is dialog.name_field
    qtbot.keyClicks(dialog.email_field, "annelies.verbruggen@example.be")
    click(qtbot, _save_button(dialog))  # no name: refused in words, the typed text stays
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=WAIT)
    assert dialog.error_label.text() == "Enter the candidate's name." and dialog.isVisible()
    assert dialog.email_field.text() == "annelies.verbruggen@example.be" and colleague.rows() == []
    qtbot.keyClicks(dialog.name_field, "Annelies Verbruggen")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click(qtbot, _save_button(dialog))
    assert saved.args[1] is False  # not on the suppression list
    qtbot.waitUntil(lambda: window.selected_candidate() is not None, timeout=WAIT)  # the new line, selected
    assert window.selected_candidate() == (saved.args[0], "Annelies Verbruggen") and window.editing.dialog is None  # closed
    assert window.main.statusBar().currentMessage() == "Candidate added; the retention countdown has started."
    pane = window.main.candidate_detail.pane
    qtbot.waitUntil(lambda: pane.name_field.text() == "Annelies Verbruggen", timeout=WAIT)  # the dock follows the selection
    [row] = colleague.rows()
    assert (row.full_name, row.email) == ("Annelies Verbruggen", "annelies.verbruggen@example.be")
    assert row.deadline == deadline_of_a_candidate_added(clock.today())
    assert window.model.index(0, DEADLINE).data() == short_date(row.deadline)

    database = make_url(team_database_url).database
    assert b"Annelies" not in postgres_server.dump(database) and b"verbruggen@" not in postgres_server.dump(database)
    control = create_engine(team_database_url)
    with control.begin() as connection:  # the control: the same scan finds a name stored in plaintext on purpose
        connection.execute(text("CREATE TABLE plaintext_control (name text)"))
        connection.execute(text("INSERT INTO plaintext_control VALUES ('Annelies Verbruggen')"))
    control.dispose()
    assert b"Annelies Verbruggen" in postgres_server.dump(database)


def test_a_person_on_the_teams_suppression_list_is_added_with_a_warning(qtbot, window, colleague, clock):
    erased = colleague.add(PersonalFields("Ilse Maes", "ilse@example.org"))
    team_register.register_request(colleague, erased.candidate_id, "erasure", clock.today(), "ID card shown")
    colleague.erase(erased.candidate_id)  # erased with the request open: on the suppression list
    dialog = _new_candidate_dialog(qtbot, window)
    qtbot.keyClicks(dialog.name_field, "Ilse Maes")
    qtbot.keyClicks(dialog.email_field, "ilse@example.org")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        click(qtbot, _save_button(dialog))
    assert saved.args[1] is True
    assert "on the suppression list" in window.main.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.model.names() == ["Ilse Maes"], timeout=WAIT)  # added anyway, as a local vault adds them


def test_open_a_double_click_and_enter_show_the_candidate_in_the_dock_raised_and_focused(qtbot, window, colleague):
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    qtbot.waitUntil(lambda: len(window.model.names()) == 2, timeout=WAIT)
    main = window.main
    detail = main.candidate_detail
    dock, pane = detail.dock, detail.pane

    def shown(name: str) -> None:
        qtbot.waitUntil(lambda: pane.name_field.text() == name, timeout=WAIT)
        assert dock.isVisible() and not dock.visibleRegion().isEmpty()  # shown and on top of its tab group
        assert main.focusWidget() is pane  # the keyboard goes to the dock

    select_candidate(qtbot, window, "Sofie Wouters")
    dock.close()  # the user closed the dock
    main.tabifyDockWidget(dock, window.dashboard.dock)
    window.dashboard.dock.raise_()  # another dock on top of it
    click(qtbot, window.open_button)
    shown("Sofie Wouters")
    dock.close()
    select_candidate(qtbot, window, "Jonas Peeters")
    rect = window.table.visualRect(window.model.index(window.model.names().index("Jonas Peeters"), 0))
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown("Jonas Peeters")
    dock.close()
    select_candidate(qtbot, window, "Sofie Wouters")
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    shown("Sofie Wouters")


def test_the_dock_lists_the_notes_written_in_screening_notes_and_a_colleagues_note_appears(qtbot, window, colleague, clock):
    added = colleague.add(PersonalFields("Jonas Peeters"))
    qtbot.waitUntil(lambda: window.model.names() == ["Jonas Peeters"], timeout=WAIT)
    pane = _open_candidate(qtbot, window, "Jonas Peeters")
    assert _texts(pane.notes_list) == ["No screening notes."]
    menu_item(window, "&Candidate", "Screening &notes…").trigger()  # writing is done in Screening notes… (kind, source, every version)
    screening = window.notes_dialog
    assert screening is not None and screening.isVisible() and screening.candidate_id == added.candidate_id
    qtbot.waitUntil(lambda: screening.status_label.text() == "No screening notes yet.", timeout=WAIT)
    click(qtbot, screening.new_button)
    note = screening.note_dialog
    note.kind_combo.setCurrentIndex(note.kind_combo.findData("phone_screen"))
    qtbot.keyClicks(note.body_edit, "Phone screen: available from March, wants Gent.")
    click(qtbot, note.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: any("available from March" in text for text in _texts(pane.notes_list)), timeout=WAIT)  # the
    # change notice refreshes the dock too
    assert [n.content.body for n in colleague.notes(added.candidate_id)] == ["Phone screen: available from March, wants Gent."]
    clock.advance(dt.timedelta(hours=1))
    colleague.add_note(added.candidate_id, "Second interview booked.")
    qtbot.waitUntil(lambda: len(_texts(pane.notes_list)) == 2 and screening.list.count() == 2, timeout=WAIT)  # the change feed
    assert any("Second interview booked." in text for text in _texts(pane.notes_list))  # refreshes both
    assert "Second interview booked." in screening.list.item(1).text()


def test_another_clients_add_edit_and_erase_show_up_without_a_click(qtbot, window, colleague):
    added = colleague.add(PersonalFields("Ilse Maes", "ilse@example.org"))
    qtbot.waitUntil(lambda: window.model.names() == ["Ilse Maes"], timeout=WAIT)
    colleague.save(added.candidate_id, 1, PersonalFields("Ilse Maes-Janssens", "ilse@example.org"))
    qtbot.waitUntil(lambda: window.model.names() == ["Ilse Maes-Janssens"], timeout=WAIT)
    colleague.erase(added.candidate_id)
    qtbot.waitUntil(lambda: window.model.names() == [], timeout=WAIT)
    assert window.count_label.text() == "0 candidates"


# Dropped CVs (the local vault's import dialog and its review): test_team_cv_review.py


def test_a_stopped_server_shows_a_translated_message_and_the_window_works_again_after_it_is_back(
        qtbot, window, colleague, postgres_server):
    colleague.add(PersonalFields("Sofie Wouters"))
    qtbot.waitUntil(lambda: window.model.names() == ["Sofie Wouters"], timeout=WAIT)
    i18n.set_language("nl")  # the message is the translated one
    postgres_server.stop()
    try:
        qtbot.waitUntil(lambda: window.problem_bar.isVisible(), timeout=WAIT)  # the listener lost its connection
        assert colleague.server in window.problem_label.text() and "Traceback" not in window.problem_label.text()
        assert "teamserver" in window.problem_label.text()
        with qtbot.waitSignal(window.problem_shown, timeout=WAIT):
            click(qtbot, window.retry_button)  # still down: said again, in words
        assert window.model.names() == ["Sofie Wouters"]  # what the window showed stays
    finally:
        postgres_server.start()
        i18n.set_language("en")
    qtbot.waitUntil(lambda: not window.problem_bar.isVisible(), timeout=WAIT)  # the listener reconnected and reloaded
    colleague.add(PersonalFields("Jonas Peeters"))
    qtbot.waitUntil(lambda: window.model.names() == ["Jonas Peeters", "Sofie Wouters"], timeout=WAIT)


def test_team_menu_reloads_and_quits_and_no_listener_is_left(qtbot, window):
    menu_item(window, "&Vault", "&Reload the list")
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        menu_item(window, "&Vault", "&Reload the list").trigger()
    listener = window.listener
    assert listener is not None and listener.isRunning()
    main = window.main
    menu_item(window, "&Vault", "&Quit").trigger()
    assert listener.isFinished() and window.listener is None and window.desk is None
    assert not main.isVisible() and main.team is None


def test_a_read_only_dpo_sees_the_candidates_and_notes_but_no_control_that_changes_them(qtbot, tmp_path, team_folder, colleague,
                                                                                      team_database_url, keychain, second_keychain, clock):
    added = colleague.add(PersonalFields("Sofie Wouters"))
    colleague.add_note(added.candidate_id, "Interview on Monday.")
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = hosted_team(qtbot, tmp_path / "dora", lambda: second_keychain, clock)
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.open_team()
    try:
        assert window.model.names() == ["Sofie Wouters"] and not window.new_button.isEnabled()
        assert not window.new_action.isEnabled() and window.new_action.isVisible()  # a DPO cannot add
        pane = _open_candidate(qtbot, window, "Sofie Wouters")
        qtbot.waitUntil(lambda: pane.notes_list.count() == 1, timeout=WAIT)
        assert not pane.save_button.isVisible() and pane.name_field.isReadOnly()
        assert "Interview on Monday." in pane.notes_list.item(0).text()
    finally:
        window.close()


def test_team_members_opens_the_members_window_of_this_team(qtbot, window):
    menu_item(window, "&Vault", "&Members…").trigger()
    members = window.members_window
    assert members is not None and members.isVisible()
    qtbot.waitUntil(lambda: members.table.rowCount() == 1, timeout=WAIT)
    assert members.table.item(0, 0).text() == "Anna Admin (you)"
    menu_item(window, "&Vault", "&Members…").trigger()
    assert window.members_window is members  # raised again, not a second window
    members.close()


def test_the_first_load_shows_a_page_at_once_and_a_search_meanwhile_finds_everyone(qtbot, team_folder, colleague, keychain, clock):
    import threading

    for name in ("Ann Aerts", "Bert Bosmans", "Cas Claes", "Dirk Dewulf", "Eva Everaert"):
        colleague.add(PersonalFields(name))
    window = hosted_team(qtbot, team_folder, lambda: keychain, clock)
    window.first_page = 2
    whole_list = threading.Event()  # the whole list's decryption held back, as if it took seconds

    def hold_the_whole_list() -> None:
        desk, rows = window.desk, window.desk.rows

        def held(limit=None, only=None):
            if limit is None and only is None:
                whole_list.wait(WAIT / 1000)
            return rows(limit=limit, only=only)
        desk.rows = held

    window.opened.connect(hold_the_whole_list)
    try:
        with qtbot.waitSignal(window.first_rows_shown, timeout=WAIT):
            window.open_team()
        assert window.model.total == 2 and window.count_label.text() == "Loading the list…"
        shown = set(window.model.names())
        missing = next(name for name in ("Eva Everaert", "Dirk Dewulf", "Cas Claes") if name not in shown)
        qtbot.keyClicks(window.search_field, missing.split()[1])
        qtbot.waitUntil(lambda: window.model.names() == [missing], timeout=WAIT)  # found on the server, decrypted on demand

        with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
            whole_list.set()
        assert window.model.total == 5 and window.count_label.text() == "5 candidates"
        window.search_field.clear()
        qtbot.waitUntil(lambda: len(window.model.names()) == 5, timeout=WAIT)
    finally:
        whole_list.set()
        window.close()


def test_a_colleagues_recorded_contact_and_source_show_in_the_list_at_once(qtbot, team_folder, colleague, keychain, clock):
    """Source and Last contact come from the sealed facts: on the first page, in the whole list and in a
    line read again after a colleague records a contact or changes how the candidate came in."""
    sofie = colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org")).candidate_id
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    facts, version = colleague.facts(sofie)
    colleague.save_facts(sofie, version, replace(facts, source="referral"))
    met = clock.today() - dt.timedelta(days=3)
    TeamContacts(colleague).record(sofie, met, "message_sent", "email")
    assert {(row.source, row.last_contact_on) for row in colleague.rows(limit=2)} == {("referral", met), ("application", None)}
    window = open_team_window(qtbot, team_folder, keychain, clock)
    try:
        def cell(name: str, column: int) -> str:
            return window.model.index(window.model.names().index(name), column).data()

        assert [cell(name, SOURCE) for name in ("Jonas Peeters", "Sofie Wouters")] == ["Application", "Referral"]
        assert [cell(name, LAST_CONTACT) for name in ("Jonas Peeters", "Sofie Wouters")] == ["", short_date(met)]
        TeamContacts(colleague).record(sofie, clock.today(), "interview_scheduled", "phone")  # a colleague, live
        qtbot.waitUntil(lambda: cell("Sofie Wouters", LAST_CONTACT) == short_date(clock.today()), timeout=WAIT)
        assert cell("Sofie Wouters", SOURCE) == "Referral"  # the line read again keeps its source
        facts, version = colleague.facts(sofie)
        colleague.save_facts(sofie, version, replace(facts, source="sourced"))
        qtbot.waitUntil(lambda: cell("Sofie Wouters", SOURCE) == "Sourced", timeout=WAIT)
        assert cell("Sofie Wouters", LAST_CONTACT) == short_date(clock.today())
        assert [cell(name, CONSENT) for name in ("Jonas Peeters", "Sofie Wouters")] == ["No", "No"]
        colleague.give_consent(sofie, clock.today(), "email")  # the Consent column, live, as the local list's
        qtbot.waitUntil(lambda: cell("Sofie Wouters", CONSENT) == "Yes", timeout=WAIT)
        colleague.withdraw_consent(sofie)
        qtbot.waitUntil(lambda: cell("Sofie Wouters", CONSENT) == "No", timeout=WAIT)
    finally:
        window.close()
