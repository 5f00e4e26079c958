"""Requests > Requests register… and Retention > Audit log… in a team, used as a recruiter, an admin and the DPO use
them, on a real PostgreSQL server. The register is the window's requests dock (the one a local vault's fills, through
the team's source; its listing, live refresh and lock: ``test_team_requests_dock``): registering, the due date, overdue
after time passes, extending, completing, completed requests shown on request, and the roles' read-only views (the
audit log's filters, export and broken chain: ``test_team_audit_window``)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from recruitdesk import i18n
from recruitdesk.dates import short_date
from recruitdesk.gui.audit.window import AuditWindow
from recruitdesk.gui.requests.panel import OVERDUE_COLOUR, RequestsPanel
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.gui.requests.dialogs import RegisterRequestDialog
from recruitdesk.gui.team.request_writer import TeamRequestWriter
from recruitdesk.services import team_register
from recruitdesk.services.team_desk import PersonalFields, TeamDesk
from recruitdesk.services.team_facts import TeamFacts
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.gui.team.team_support import open_team_window, select_candidate
from tests.gui.user_actions import choose_in_combo, click, menu_item

WAIT = 20_000
REGISTER = ("Re&quests", "Rights &requests")  # the dock, as a local vault's
AUDIT = ("&Retention", "&Audit log…")


@pytest.fixture
def window(qtbot, team_folder, keychain, clock):
    shown = open_team_window(qtbot, team_folder, keychain, clock, wait_for_check=False)
    yield shown
    shown.close()


def _open_register(qtbot, window: TeamPanel, rows: int = 1) -> RequestsPanel:
    """Requests > Rights requests: the window's requests dock, shown, once it lists ``rows`` requests (read when
    the team opened, and again after a colleague's change)."""
    dock = window.main.requests.dock
    dock.hide()
    menu_item(window, *REGISTER).trigger()
    assert dock.isVisible()
    shown = window.main.requests.panel
    assert shown is not None and dock.widget() is shown
    qtbot.waitUntil(lambda: shown.headline_label.text() != "" and shown.table.rowCount() == rows, timeout=WAIT)
    return shown


def _open_audit(qtbot, window: TeamPanel) -> AuditWindow:
    menu_item(window, *AUDIT).trigger()
    shown = window.audit_window
    assert isinstance(shown, AuditWindow)
    qtbot.waitUntil(lambda: shown.view is not None, timeout=WAIT)
    return shown


MEMBER, ACTION, CANDIDATE, DETAILS = 4, 2, 3, 5  # the Audit window's columns
KIND, NAME, RECEIVED, ANSWER_BY, OUTCOME, RECORDED_BY = range(1, 7)  # the requests dock's, after the request's number


def _cells(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _select_request(qtbot, register: RequestsPanel, row: int) -> None:
    rect = register.table.visualRect(register.table.model().index(row, 0))
    qtbot.mouseClick(register.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _show_completed(qtbot, register: RequestsPanel) -> None:
    """Tick "Show completed requests" (the dock lists open ones by default)."""
    with qtbot.waitSignal(register.loaded, timeout=WAIT):
        click(qtbot, register.show_done_box)
    assert register.show_done_box.isChecked()


def _save(qtbot, register: RequestsPanel, dialog, button=None) -> None:
    """Click Save (or ``button``) and wait for the dock to read the register after the save (not a read begun before)."""
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        click(qtbot, button or dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    with qtbot.waitSignal(register.loaded, timeout=WAIT):
        pass


def test_a_request_registered_for_the_selected_candidate_is_due_in_a_month_overdue_later_and_done_once_completed(
        qtbot, window, colleague, clock):
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    register = _open_register(qtbot, window, rows=0)
    assert register.scope_label.isVisible() and "Every request of the team" in register.scope_label.text()
    assert register.table.rowCount() == 0 and not register.table.isColumnHidden(RECORDED_BY) and register.reload_button.isVisible()
    assert register.register_button.isEnabled() and not register.reason_label.isVisible()

    select_candidate(qtbot, window, "Sofie Wouters")
    with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
        click(qtbot, register.register_button)
    dialog = opened.args[0]
    assert isinstance(dialog, RegisterRequestDialog) and isinstance(dialog.writer, TeamRequestWriter)  # the local dialog, the team's rules
    qtbot.keyClicks(dialog.identity_edit, "replied from the address on file")
    _save(qtbot, register, dialog)

    today = clock.today()
    due = today.replace(month=today.month + 1)  # one calendar month (2 March -> 2 April)
    assert _cells(register.table, 0)[KIND:] == ["Access to data", "Sofie Wouters", short_date(today), short_date(due), "", "Anna Admin"]
    assert register.headline_label.text() == "No request must be answered within 7 days."

    clock.advance(dt.timedelta(days=40))
    with qtbot.waitSignal(register.loaded, timeout=WAIT):
        click(qtbot, register.reload_button)
    assert register.table.item(0, ANSWER_BY).text() == f"{short_date(due)} (overdue)"
    assert register.table.item(0, NAME).foreground().color() == OVERDUE_COLOUR
    assert register.headline_label.text() == "1 request is overdue."

    _select_request(qtbot, register, 0)
    assert not register.extend_button.isEnabled()  # the first month is over: too late to extend
    with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
        click(qtbot, register.complete_button)
    dialog = opened.args[0]
    assert dialog.identity_edit.text() == "replied from the address on file"
    assert dialog.completed_edit.isVisible() and dialog.completed_edit.date().toPython() == clock.today()  # a team's is dated
    qtbot.keyClicks(dialog.outcome_edit, "export sent by encrypted mail")
    _save(qtbot, register, dialog)
    assert register.table.rowCount() == 0  # open requests only, by default
    assert register.headline_label.text() == "No request must be answered within 7 days."
    _show_completed(qtbot, register)
    assert _cells(register.table, 0)[ANSWER_BY:] == [f"completed on {short_date(clock.today())}", "export sent by encrypted mail",
                                                     "Anna Admin"]
    assert register.table.item(0, NAME).foreground().color() != OVERDUE_COLOUR


def test_completing_without_an_outcome_is_refused_in_words_and_the_dialog_stays_open(qtbot, window, colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "erasure", clock.today(), "ID card shown")
    register = _open_register(qtbot, window)
    _select_request(qtbot, register, 0)
    with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
        click(qtbot, register.complete_button)
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible() and "Say what was done" in dialog.error_label.text()


def test_extending_within_the_first_month_moves_the_deadline(qtbot, window, colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "access", clock.today(), "ID card shown")
    register = _open_register(qtbot, window)
    _select_request(qtbot, register, 0)
    with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
        click(qtbot, register.extend_button)
    dialog = opened.args[0]
    qtbot.keyClicks(dialog.reason_edit, "the request covers several years of files")
    _save(qtbot, register, dialog)
    until = team_register.one_month_more(clock.today())
    assert register.table.item(0, ANSWER_BY).text() == f"{short_date(until)} (extended)"


def test_a_colleagues_change_meanwhile_is_refused_with_both_kept(team_folder, colleague, keychain, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "access", clock.today(), "ID card shown")
    other = TeamDesk.open(team_folder, keychain, clock)
    try:
        [read_here] = team_register.read_register(colleague).rows
        [read_there] = team_register.read_register(other).rows
        team_register.complete_request(other, read_there, "answered by phone", "ID card shown", clock.today())
        with pytest.raises(team_register.TeamRequestChanged) as refused:
            team_register.extend_request(colleague, read_here, team_register.one_month_more(read_here.received_on), "many files")
        assert read_here.short_id in refused.value.message()
        [now] = team_register.read_register(colleague).rows
        assert now.outcome == "answered by phone" and now.extended_to is None
    finally:
        other.close()


def test_the_dpo_reads_every_request_and_the_audit_but_changes_nothing(qtbot, tmp_path, team_folder, team_database_url, colleague,
                                                                        keychain, second_keychain, clock):
    candidate = colleague.add(PersonalFields("Sofie Wouters"))
    team_register.register_request(colleague, candidate.candidate_id, "access", clock.today(), "ID card shown")
    invitation = invite_member(team_folder, keychain, clock, "Dora", Role.DPO)
    join_team_vault(tmp_path / "dora", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "dora", second_keychain, clock, wait_for_check=False)
    try:
        select_candidate(qtbot, window, "Sofie Wouters")
        register = _open_register(qtbot, window)
        assert _cells(register.table, 0)[KIND:NAME + 1] == ["Access to data", "Sofie Wouters"]
        assert _cells(register.table, 0)[RECORDED_BY] == "Anna Admin"
        assert "Every request of the team" in register.scope_label.text()
        _select_request(qtbot, register, 0)
        for button in (register.register_button, register.extend_button, register.complete_button):
            assert button.isVisible() and not button.isEnabled()
        assert register.reason_label.isVisible() and "you can only read the register" in register.reason_label.text()

        audit = _open_audit(qtbot, window)
        members = {audit.table.item(row, MEMBER).text() for row in range(audit.table.rowCount())}
        assert members == {"Anna Admin", "Dora"}  # the admin's work, and Dora joining
        actions = [audit.table.item(row, ACTION).text() for row in range(audit.table.rowCount())]
        assert {"Request registered (request-added)", "Candidate added (candidate-added)", "Member joined (member-joined)"} <= set(actions)
        assert "intact" in audit.verification_label.text()
        assert "Every member's actions are listed; your role is data protection officer (read only)." == audit.scope_label.text()
        details = {audit.table.item(row, DETAILS).text() for row in range(audit.table.rowCount())}
        assert "Dora – data protection officer (read only)" in details
        candidates = {audit.table.item(row, CANDIDATE).text() for row in range(audit.table.rowCount())} - {""}
        assert candidates == {str(candidate.candidate_id)[:8]}  # an opaque id, never a name
    finally:
        window.close()


def test_a_recruiter_sees_the_requests_they_recorded_and_their_own_audit_entries(qtbot, tmp_path, team_folder, team_database_url,
                                                                                 colleague, keychain, second_keychain, clock):
    sofie = colleague.add(PersonalFields("Sofie Wouters"))
    team_register.register_request(colleague, sofie.candidate_id, "access", clock.today(), "ID card shown")  # the admin's
    invitation = invite_member(team_folder, keychain, clock, "Rik", Role.RECRUITER)
    join_team_vault(tmp_path / "rik", team_database_url, invitation.code, second_keychain, clock)
    window = open_team_window(qtbot, tmp_path / "rik", second_keychain, clock, wait_for_check=False)
    try:
        select_candidate(qtbot, window, "Sofie Wouters")
        register = _open_register(qtbot, window, rows=0)
        assert "requests you recorded" in register.scope_label.text()
        with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
            click(qtbot, register.register_button)
        dialog = opened.args[0]
        qtbot.keyClicks(dialog.identity_edit, "called back on the number on file")
        _save(qtbot, register, dialog)
        assert register.table.rowCount() == 1 and _cells(register.table, 0)[RECORDED_BY] == "Rik"

        audit = _open_audit(qtbot, window)
        assert {audit.table.item(row, MEMBER).text() for row in range(audit.table.rowCount())} == {"Rik"}
        assert "your own actions" in audit.scope_label.text() and "intact" in audit.verification_label.text()
        actions = [audit.action_combo.itemData(index) for index in range(1, audit.action_combo.count())]
        assert "candidate-added" not in actions  # the admin added Sofie: Rik cannot even filter by it
        choose_in_combo(qtbot, audit.action_combo, "Request registered (request-added)")
        with qtbot.waitSignal(audit.loaded, timeout=WAIT):
            click(qtbot, audit.apply_button)
        assert [audit.table.item(row, MEMBER).text() for row in range(audit.table.rowCount())] == ["Rik"]
    finally:
        window.close()


def test_a_stopped_server_is_said_in_words_in_both_windows_and_they_load_again_once_it_is_back(
        qtbot, window, colleague, clock, postgres_server):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    team_register.register_request(colleague, candidate.candidate_id, "access", clock.today(), "ID card shown")
    register = _open_register(qtbot, window)
    audit = _open_audit(qtbot, window)
    i18n.set_language("nl")
    postgres_server.stop()
    try:
        for reload, failing, problem in ((register.reload_button, register.failed_to_load, register.problem_label),
                                         (audit.apply_button, audit.failed, audit.error_label)):
            with qtbot.waitSignal(failing, timeout=WAIT) as failed:
                click(qtbot, reload)
            assert colleague.server in failed.args[0] and "teamserver" in failed.args[0] and "Traceback" not in failed.args[0]
            assert problem.isVisible() and problem.text() == failed.args[0]
        assert register.table.rowCount() == 1  # what the register showed stays
    finally:
        postgres_server.start()
        i18n.set_language("en")
    for shown, reload, problem in ((register, register.reload_button, register.problem_label),
                                   (audit, audit.apply_button, audit.error_label)):
        with qtbot.waitSignal(shown.loaded, timeout=WAIT):
            click(qtbot, reload)
        assert not problem.isVisible()


def _complete_erasure(qtbot, register: RequestsPanel, outcome: str):
    _select_request(qtbot, register, 0)
    with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
        click(qtbot, register.complete_button)
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert "erases Jonas Peeters from the team vault for every member" in " ".join(
        label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.outcome_edit, outcome)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    box = dialog.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    assert "erase Jonas Peeters" in box.text()
    return dialog, box


def test_completing_an_erasure_request_asks_then_erases_the_candidate_for_every_member_and_keeps_the_proof(
        qtbot, window, colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    team_register.register_request(colleague, candidate.candidate_id, "erasure", clock.today(), "ID card shown")
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    register = _open_register(qtbot, window)

    dialog, box = _complete_erasure(qtbot, register, "changed my mind")
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))  # the control: cancelling erases nothing
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert dialog.isVisible() and colleague.row(candidate.candidate_id) is not None
    assert team_register.read_register(colleague).rows[0].is_open

    dialog.outcome_edit.clear()
    dialog.reject()
    dialog, box = _complete_erasure(qtbot, register, "erased everything, confirmed by mail")
    _save(qtbot, register, dialog, box.erase_button)
    assert colleague.row(candidate.candidate_id) is None  # gone for the other member too
    qtbot.waitUntil(lambda: "Jonas Peeters" not in window.model.names(), timeout=WAIT)  # and from this window's list
    [done] = team_register.read_register(colleague).rows
    assert done.completed_on == clock.today() and done.candidate_id is None
    assert done.outcome == "erased everything, confirmed by mail" and done.identity_check == "ID card shown"
    assert register.table.rowCount() == 0
    _show_completed(qtbot, register)
    assert _cells(register.table, 0)[KIND:NAME + 1] == ["Erasure", "(erased)"]
    assert _cells(register.table, 0)[OUTCOME] == "erased everything, confirmed by mail"


def test_an_erasure_request_about_a_candidate_on_legal_hold_is_refused_in_words_and_stays_open(qtbot, window, colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters"))
    _facts, version = colleague.facts(candidate.candidate_id)
    colleague.save_facts(candidate.candidate_id, version, TeamFacts("application", legal_hold_reason="labour court case 2026/114"))
    team_register.register_request(colleague, candidate.candidate_id, "erasure", clock.today(), "ID card shown")
    register = _open_register(qtbot, window)
    dialog, box = _complete_erasure(qtbot, register, "erased")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        click(qtbot, box.erase_button)
    assert dialog.isVisible() and "labour court case 2026/114" in dialog.error_label.text()
    assert colleague.row(candidate.candidate_id) is not None
    [still] = team_register.read_register(colleague).rows
    assert still.is_open and still.outcome is None and still.candidate_id == candidate.candidate_id


def test_an_objection_asks_how_it_ends_and_restricting_shows_the_candidate_as_restricted_to_every_member(
        qtbot, window, colleague, clock):
    candidate = colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org", phone="+32 470 55 44 33"))
    team_register.register_request(colleague, candidate.candidate_id, "objection", clock.today(), "ID card shown")
    with qtbot.waitSignal(window.rows_loaded, timeout=WAIT):
        window.reload()
    register = _open_register(qtbot, window)
    _select_request(qtbot, register, 0)
    with qtbot.waitSignal(register.dialog_opened, timeout=WAIT) as opened:
        click(qtbot, register.complete_button)
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert "go on the team's suppression list" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.outcome_edit, "processing restricted, told by mail")
    with qtbot.waitSignal(dialog.refused, timeout=WAIT):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert "choose one" in dialog.error_label.text() and colleague.row(candidate.candidate_id) is not None

    click(qtbot, dialog.restrict_radio)
    _save(qtbot, register, dialog)
    assert colleague.row(candidate.candidate_id).restricted  # for the other member too
    row = window.model.names().index("Jonas Peeters")
    qtbot.waitUntil(lambda: window.model.index(row, 0).data(Qt.ItemDataRole.FontRole) is not None, timeout=WAIT)  # live refresh
    assert window.model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert "Processing restricted" in window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    [done] = team_register.read_register(colleague).rows
    assert done.completed_on == clock.today() and done.outcome == "processing restricted, told by mail"
