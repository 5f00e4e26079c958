"""The requests dock lists a team's register: one dock for both kinds of vault, on a real PostgreSQL server.

A team folder opens in the main window (as the app opens it); Requests > Rights requests (Ctrl+R)
shows the same dock a local vault fills: the headline of what is due within a week, and the team's
requests naming the candidate or the person a request without a candidate is about. A colleague's
request shows up live; Complete… in the dock opens the dialog a local vault's does, and the team's
rules complete it. Lock leaves no name in the dock, which then serves a local vault's register again; a
DPO's buttons are disabled with the reason in their tooltips.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from recruitdesk.gui.requests.source import LocalRequestsSource
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.requests.dialogs import CompleteRequestDialog, RegisterRequestDialog
from recruitdesk.gui.team.requests_source import TeamRequestsSource
from recruitdesk.services import rights_requests as rr
from recruitdesk.services import team_register
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_register import RequestPerson
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.services.vault_access import create_vault
from recruitdesk.team.roles import Role
from tests.gui.retention_support import add_not_hired, show
from tests.gui.team.team_support import open_in_app, select_candidate
from tests.gui.user_actions import click, menu_item

WAIT = 30_000


@pytest.fixture
def lena(colleague, clock):
    """Lena, whose access request a colleague registered 27 days ago (due within the week), and Jonas, without one."""
    candidate = colleague.add(PersonalFields("Lena Maes", "lena@example.org")).candidate_id
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))
    team_register.register_request(colleague, candidate, "access", clock.today() - dt.timedelta(days=27), "ID card shown")
    return candidate


def open_dock(qtbot, window, rows: int):
    """Requests > Rights requests, as a user opens the dock; its panel once the register is read."""
    menu_item(window, "Re&quests", "Rights &requests").trigger()
    assert window.requests.dock.isVisible()
    qtbot.waitUntil(lambda: window.requests.panel is not None and window.requests.panel.table.rowCount() == rows, timeout=WAIT)
    return window.requests.panel


def names(panel) -> list[str]:
    return [panel.table.item(row, 2).text() for row in range(panel.table.rowCount())]


def texts_in(panel) -> list[str]:
    cells = [panel.table.item(row, column).text() for row in range(panel.table.rowCount()) for column in range(panel.table.columnCount())
             if panel.table.item(row, column) is not None]
    return [*cells, panel.headline_label.text()]


def test_the_dock_lists_the_teams_register_and_a_colleagues_request_shows_up_live(qtbot, controller, team_folder, colleague, clock,
                                                                                 lena):
    open_in_app(qtbot, controller, team_folder)
    window = controller.window
    panel = open_dock(qtbot, window, 1)
    assert isinstance(panel.source, TeamRequestsSource)
    assert names(panel) == ["Lena Maes"] and panel.table.item(0, 1).text() == "Access to data"
    assert panel.headline_label.text() == "1 request must be answered within 7 days."
    assert window.requests.dock.windowTitle() == "Requests – 1 due soon"
    assert not panel.export_button.isVisible()

    window.requests.dock.hide()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the shortcut the menu item shows
    assert window.requests.dock.isVisible() and window.requests.panel is panel
    window.requests.dock.hide()
    dashboard = window.team.dashboard
    qtbot.waitUntil(lambda: dashboard.widget.requests_banner.isVisible(), timeout=WAIT)
    dashboard.widget.requests_banner.linkActivated.emit("requests")  # the dashboard's "requests" link, as a click on it
    assert window.requests.dock.isVisible() and window.requests.panel is panel

    team_register.register_person_request(colleague, "objection", clock.today(), "mail from the address",
                                          RequestPerson("Piet Pauwels", "piet@example.org"))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    assert sorted(names(panel)) == ["Lena Maes", "Piet Pauwels"]


def _rename(desk, candidate_id, name: str) -> None:
    stored = desk.candidate(candidate_id)
    desk.save(candidate_id, stored.version, replace(stored.personal, full_name=name))


def test_a_colleagues_save_reads_the_register_again_only_when_it_is_about_a_candidate_the_register_names(
        qtbot, controller, team_folder, colleague, clock, lena):
    panel_of_team = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    panel = open_dock(qtbot, window, 1)
    source = panel.source
    jonas = next(row.candidate_id for row in colleague.rows() if row.full_name == "Jonas Peeters")

    with qtbot.waitSignal(panel_of_team.candidate_changed, timeout=WAIT, check_params_cb=lambda changed: changed == jonas):
        _rename(colleague, jonas, "Jonas Peters")
    assert not source._settle.isActive()  # no request of his: the register stays as read

    with qtbot.waitSignal(panel_of_team.candidate_changed, timeout=WAIT, check_params_cb=lambda changed: changed == lena):
        _rename(colleague, lena, "Lena Maes-Peeters")
    qtbot.waitUntil(lambda: names(panel) == ["Lena Maes-Peeters"], timeout=WAIT)  # her request names her new name


def test_register_and_complete_in_the_dock_open_the_shared_dialogs_on_the_teams_rules(qtbot, controller, team_folder, colleague, clock, lena):
    team_panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    panel = open_dock(qtbot, window, 1)

    select_candidate(qtbot, team_panel, "Jonas Peeters")
    click(qtbot, panel.register_button)
    dialog = panel.findChildren(RegisterRequestDialog)[-1]
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.keyClicks(dialog.identity_edit, "replied from the address on file")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: sorted(names(panel)) == ["Jonas Peeters", "Lena Maes"], timeout=WAIT)

    row = names(panel).index("Lena Maes")
    panel.table.selectRow(row)
    click(qtbot, panel.complete_button)
    complete = panel.findChildren(CompleteRequestDialog)[-1]
    qtbot.waitUntil(complete.isVisible, timeout=WAIT)
    assert complete.identity_edit.text() == "ID card shown"
    qtbot.keyClicks(complete.outcome_edit, "export sent by encrypted mail")
    click(qtbot, complete.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: names(panel) == ["Jonas Peeters"], timeout=WAIT)  # open requests only, by default
    done = [row for row in team_register.read_register(colleague).rows if row.candidate_id == lena]
    assert [(row.completed_on, row.outcome) for row in done] == [(clock.today(), "export sent by encrypted mail")]
    panel.show_done_box.setChecked(True)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    assert any(panel.table.item(row, 4).text().startswith("completed on") for row in range(2))


def test_lock_leaves_no_name_in_the_dock_and_it_serves_the_local_vault_again(qtbot, controller, team_folder, colleague, clock, lena,
                                                                           keychain, vault_folder):
    open_in_app(qtbot, controller, team_folder)
    window = controller.window
    panel = open_dock(qtbot, window, 1)
    assert any("Lena" in text for text in texts_in(panel))  # the control
    menu_item(window, "&Vault", "&Lock").trigger()
    assert window.team is None and window.requests.panel is None
    assert isinstance(window.requests.dock.widget(), QLabel) and window.requests.dock.windowTitle() == "Requests"
    assert not any("Lena" in text for text in texts_in(panel))

    vault, _key = create_vault(vault_folder, keychain, clock, preset="nl-ap")
    otto = add_not_hired(vault, clock, "Otto Janssens", clock.today() - dt.timedelta(days=10))
    rr.register(vault, rr.ACCESS, clock.today(), otto, identity_check="mail")
    try:
        show(qtbot, window, vault)
        local = window.requests.panel
        assert local is not None and isinstance(local.source, LocalRequestsSource)
        assert names(local) == ["Otto Janssens"] and local.table.item(0, 0).text() == "1"
        assert not local.export_button.isHidden()
        assert local.table.isColumnHidden(6) and local.reload_button.isHidden()  # one user: no Recorded by, nothing to reload
        assert local.scope_label.isHidden() and local.reason_label.isHidden()
    finally:
        window.show_locked()
        vault.close()


def test_a_dpos_dock_is_read_only_with_the_reason_in_the_tooltips(qtbot, clock, team_folder, team_database_url, keychain,
                                                                 second_keychain, colleague, lena, tmp_path):
    invitation = invite_member(team_folder, keychain, clock, "Dora DPO", Role.DPO)
    folder = tmp_path / "dora"
    join_team_vault(folder, team_database_url, invitation.code, second_keychain, clock)
    app = AppController(clock, lambda: second_keychain, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                        tick_milliseconds=20)
    qtbot.addWidget(app.window)
    try:
        open_in_app(qtbot, app, folder)
        panel = open_dock(qtbot, app.window, 1)
        assert names(panel) == ["Lena Maes"]
        panel.table.selectRow(0)
        for button in (panel.register_button, panel.extend_button, panel.complete_button):
            assert button.isVisible() and not button.isEnabled()
            assert "you can only read the register" in button.toolTip()
    finally:
        app.shutdown()
