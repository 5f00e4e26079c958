"""A team folder opens in the same main window as a local vault, and locks like one.

The application's controller opens the team folder (as ``recruitdesk --vault <team folder>`` does):
the window's own toolbar search field, status bar, Lock and Quit serve the team; the local vault's
menus, toolbar buttons and docks are hidden while the team is shown and come back when it closes.
Team > Lock and the idle lock close the team (the keys dropped, no name left in the window), and
"Open the team vault" opens it again. Every step clicks or types into the real controls; time
moves on the manual clock.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

from recruitdesk.gui.shell.controller import AppController
from recruitdesk.gui.team.table_model import DEADLINE, NAME
from recruitdesk.gui.vault.auto_lock import DEFAULT_TIMEOUT_MINUTES
from recruitdesk.services import team_firm
from recruitdesk.services.team_desk import PersonalFields
from recruitdesk.services.team_firm import FirmProfile
from tests.importing import make_files
from tests.gui.team.team_support import open_in_app, select_candidate
from tests.gui.user_actions import menu_item

WAIT = 30_000




@pytest.fixture
def two_candidates(colleague):
    colleague.add(PersonalFields("Sofie Wouters", "sofie@example.org"))
    colleague.add(PersonalFields("Jonas Peeters", "jonas@example.org"))




TEAM_MENUS = ["&Vault", "&Candidate", "&Retention", "Re&quests", "Vaca&ncies", "&Help"]  # a local window's, but View


def visible_menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def items(menu) -> list[str]:
    """The menu's items a user sees."""
    return [action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator()]


def texts_shown(window) -> str:
    """Every text the window shows: labels, the search field, the title, the list's cells."""
    parts = [label.text() for label in window.findChildren(QLabel)] + [window.search.field.text(), window.windowTitle()]
    team = window.team
    if team is not None:
        parts += [team.model.index(row, 0).data() for row in range(team.model.rowCount())]
    return "\n".join(str(part) for part in parts)


def prompt_button(prompt, text: str):
    return next(button for button in prompt.buttons() if button.text() == text)


def test_a_team_folder_opens_in_the_main_window_whose_search_field_and_status_bar_serve_the_team(qtbot, controller, team_folder,
                                                                                                 two_candidates):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    assert panel is not None and panel.window() is window and window.isVisible()
    assert sorted(panel.model.names()) == ["Jonas Peeters", "Sofie Wouters"]
    assert visible_menus(window) == TEAM_MENUS  # the window's own menus, with the team's items
    assert items(window.ui.menuVault) == ["&Import CVs…", "&Members…", "&Reload the list", "&Lock", "&Quit"]
    assert items(window.candidate_menu)[:2] == ["&New candidate…", "&Open"]
    assert items(window.candidate_menu).count("Screening &notes…") == 1  # the team's, the local one hidden
    assert items(window.ui.menuRetention) == ["&Dashboard", "Record &facts…", "&Delete…", "Retention &settings…",
                                              "&Audit log…", "Su&ppression list…"]
    assert items(window.requests.menu) == ["Rights &requests", "Register a request &without a candidate…"]  # a local vault's
    assert items(window.vacancies.menu) == ["&Vacancies", "&New vacancy…", "&Open vacancy", "&Import CVs into vacancy…",
                                            "Vacancy &filled…", "&Cancel vacancy…", "&Blind review…"]  # the local vault's dock, on the team
    toolbar = [action for action in window.ui.mainToolBar.actions() if action.isVisible()]
    assert toolbar[0] is panel.cv_import.action and window.ui.mainToolBar.widgetForAction(toolbar[-1]) is window.search.field
    assert toolbar[1:-1] == [window.requests.open_action]  # the requests dock serves the team too
    assert len(toolbar) == 3
    shown_docks = {dock for dock in window.findChildren(QDockWidget) if dock.isVisible()}
    assert shown_docks == {window.candidate_detail.dock, panel.dashboard.dock}  # the Candidate dock serves the team too
    qtbot.waitUntil(lambda: window.windowTitle().startswith(f"{team_folder.name} – team vault on "), timeout=WAIT)  # no name given yet
    assert "you are Anna Admin" in window.folder_label.text()
    assert window.count_label.text() == "2 candidates"
    qtbot.keyClicks(window.search.field, "sofie")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    assert panel.model.index(0, 0).data() == "Sofie Wouters"


def test_lock_closes_the_team_forgets_its_names_and_open_again_brings_it_back(qtbot, controller, team_folder, two_candidates):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    qtbot.keyClicks(window.search.field, "sofie")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)
    assert "Sofie Wouters" in texts_shown(window)  # the control: the scan below would find her
    listener = panel.listener
    menu_item(window, "&Vault", "&Lock").trigger()
    assert window.team is None and panel.desk is None and listener is not None and listener.isFinished()
    qtbot.waitUntil(lambda: controller.team_prompt is not None and controller.team_prompt.isVisible(), timeout=WAIT)
    assert "Sofie" not in texts_shown(window) and "sofie" not in texts_shown(window)
    assert "&View" in visible_menus(window) and "&Members…" not in items(window.ui.menuVault)  # the window is as before
    assert "&Back up now…" in items(window.ui.menuVault) and items(window.requests.menu).count("Register a request &without a candidate…") == 1
    assert controller.is_locked
    with qtbot.waitSignal(controller.ready, timeout=WAIT):
        qtbot.mouseClick(prompt_button(controller.team_prompt, "&Open the team vault"), Qt.MouseButton.LeftButton)
    assert window.team is not None and window.team is not panel
    assert sorted(window.team.model.names()) == ["Jonas Peeters", "Sofie Wouters"]
    assert visible_menus(window) == TEAM_MENUS and items(window.ui.menuVault).count("&Members…") == 1 and not controller.is_locked


def click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_team_list_keeps_its_sort_and_column_widths_from_one_opening_to_the_next(qtbot, controller, team_folder,
                                                                                       two_candidates):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    header = panel.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NAME, Qt.SortOrder.AscendingOrder)  # the default
    assert panel.model.names() == ["Jonas Peeters", "Sofie Wouters"]
    click_header(qtbot, panel.table, NAME)  # a second click on Name: Z to A
    assert panel.model.names() == ["Sofie Wouters", "Jonas Peeters"]
    default_width = header.sectionSize(DEADLINE)
    header.resizeSection(DEADLINE, default_width + 77)  # what dragging the column's edge does
    menu_item(window, "&Vault", "&Lock").trigger()
    qtbot.waitUntil(lambda: controller.team_prompt is not None and controller.team_prompt.isVisible(), timeout=WAIT)
    with qtbot.waitSignal(controller.ready, timeout=WAIT):
        qtbot.mouseClick(prompt_button(controller.team_prompt, "&Open the team vault"), Qt.MouseButton.LeftButton)
    again = window.team.table.horizontalHeader()
    assert window.team is not panel
    assert (again.sortIndicatorSection(), again.sortIndicatorOrder()) == (NAME, Qt.SortOrder.DescendingOrder)
    assert again.sectionSize(DEADLINE) == default_width + 77
    assert window.team.model.names() == ["Sofie Wouters", "Jonas Peeters"]  # sorted as the header says
    assert window.window_layout.snapshot()["table"] != bytes(again.saveState().toBase64()).decode()  # the local list's are its own


def test_the_idle_lock_closes_the_team_and_quit_ends_the_app(qtbot, controller, clock, team_folder, two_candidates):
    panel = open_in_app(qtbot, controller, team_folder)
    listener = panel.listener
    stopped = []
    assert listener is not None
    panel.closed.connect(lambda: stopped.append(listener.isFinished() and panel.desk is None))
    clock.advance(minutes=DEFAULT_TIMEOUT_MINUTES - 1)
    qtbot.wait(100)  # several ticks of the idle monitor: not yet
    assert controller.window.team is panel and not stopped
    with qtbot.waitSignal(panel.closed, timeout=WAIT):
        clock.advance(minutes=2)
    qtbot.waitUntil(lambda: controller.team_prompt is not None and controller.team_prompt.isVisible(), timeout=WAIT)
    assert controller.window.team is None and stopped == [True]
    assert f"not used for {DEFAULT_TIMEOUT_MINUTES} min" in controller.team_prompt.text()
    with qtbot.waitSignal(controller.finished, timeout=WAIT) as finished:
        qtbot.mouseClick(prompt_button(controller.team_prompt, "&Quit"), Qt.MouseButton.LeftButton)
    assert finished.args == [0]


def test_the_teams_idle_time_set_by_an_administrator_locks_every_members_window(qtbot, controller, clock, team_folder, colleague,
                                                                               two_candidates):
    team_firm.save(colleague, 0, FirmProfile("Acme Recruiting BV", auto_lock_minutes=3))  # stricter than the default
    panel = open_in_app(qtbot, controller, team_folder)
    qtbot.waitUntil(lambda: controller.idle_monitor.timeout_minutes == 3, timeout=WAIT)
    with qtbot.waitSignal(panel.closed, timeout=WAIT):
        clock.advance(minutes=4)
    qtbot.waitUntil(lambda: controller.team_prompt is not None and controller.team_prompt.isVisible(), timeout=WAIT)
    assert controller.window.team is None and "not used for 3 min" in controller.team_prompt.text()


def test_an_administrator_changes_the_idle_time_in_the_settings_and_it_applies_at_once(qtbot, controller, clock, team_folder,
                                                                                     two_candidates):
    panel = open_in_app(qtbot, controller, team_folder)
    controller.window.activateWindow()
    qtbot.keyClick(controller.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Ctrl+, as on a local vault
    dialog = panel.policy_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.read is not None and dialog.lock_spin.isEnabled(), timeout=WAIT)
    assert dialog.lock_spin.value() == DEFAULT_TIMEOUT_MINUTES and not dialog.lock_spin.isReadOnly()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # the firm's tab, as a local vault's
    dialog.lock_spin.setFocus()
    qtbot.keyClick(dialog.lock_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.lock_spin, "25")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert controller.idle_monitor.timeout_minutes == 25
    assert team_firm.current(panel.desk).profile.auto_lock_minutes == 25


def test_vault_import_cvs_imports_the_chosen_files_into_the_team_and_leaves_with_it(qtbot, controller, team_folder, tmp_path):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    cv = make_files.write_docx(tmp_path / "griet.docx", make_files.dutch_cv_lines())
    panel.cv_import.choose_files = lambda parent: [cv]  # the file dialog, answered
    with qtbot.waitSignal(panel.imported, timeout=WAIT) as opened:
        menu_item(window, "&Vault", "&Import CVs…").trigger()
    dialog = opened.args[0]  # the local vault's import dialog, reviewing the chosen file
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled(), timeout=120_000)
    assert [row.file for row in dialog.model.rows] == ["griet.docx"]
    with qtbot.waitSignal(dialog.import_finished, timeout=120_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [result.status for result in finished.args[0]] == ["imported"]
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=WAIT)
    dialog.close()
    menu_item(window, "&Vault", "&Lock").trigger()
    assert items(window.ui.menuVault).count("&Import CVs…") == 1  # the local vault's own item again, not the team's
    assert panel.cv_import.action not in window.ui.mainToolBar.actions()


def test_a_login_start_in_the_tray_opens_a_team_folder_in_the_window(qtbot, clock, keychain, team_folder, two_candidates):
    controller = AppController(clock, lambda: keychain, report_error=lambda error: pytest.fail(f"unexpected error dialog: {error!r}"),
                               tray_available=True)  # a desktop with a notification area
    qtbot.addWidget(controller.window)
    try:
        with qtbot.waitSignal(controller.ready, timeout=WAIT):
            assert controller.start_in_tray(team_folder) is False  # no locked tray check of a team: the window opens it
        assert controller.window.isVisible() and sorted(controller.window.team.model.names()) == ["Jonas Peeters", "Sofie Wouters"]
    finally:
        controller.shutdown()


def test_lock_closes_every_window_and_dialog_of_the_team(qtbot, controller, team_folder, two_candidates):
    panel = open_in_app(qtbot, controller, team_folder)
    window = controller.window
    select_candidate(qtbot, panel, "Sofie Wouters")
    for path in (("&Vault", "&Members…"), ("Re&quests", "Rights &requests"),
                 ("Re&quests", "Register a request &without a candidate…"), ("&Retention", "&Audit log…"),
                 ("&Retention", "Retention &settings…"), ("&Retention", "Su&ppression list…"), ("Vaca&ncies", "&Vacancies"),
                 ("Vaca&ncies", "&New vacancy…"), ("&Candidate", "&Documents…")):
        menu_item(window, *path).trigger()
    with qtbot.waitSignal(panel.candidate_actions.dialog_opened, timeout=WAIT):
        menu_item(window, "&Candidate", "Record &facts…").trigger()
    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and widget is not window]
    assert len(shown) >= 8  # the control: the team's windows and dialogs are open
    assert window.vacancies.vacancy_dialog in shown  # the Vacancies dock's New vacancy…, on the team
    menu_item(window, "&Vault", "&Lock").trigger()
    qtbot.waitUntil(lambda: controller.team_prompt is not None and controller.team_prompt.isVisible(), timeout=WAIT)
    still = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and widget not in (window, controller.team_prompt)]
    assert still == [], [widget.windowTitle() for widget in still]
