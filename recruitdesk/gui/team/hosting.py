"""A team vault in the main window: one window for both kinds of vault.

A team folder opens in the same main window as a local vault. While the team is shown, the
window keeps its own title bar, menus, toolbar search field, status bar, Lock, Quit, Help and
idle auto-lock; the team's panel is its central page, and the team's actions stand in the same
menus (Vault, Candidate, Retention, Requests, Vacancies) where the local vault's items stood. The
local items, toolbar buttons and docks act on a local vault's database, so they are hidden rather
than shown disabled; the Candidate dock stays, showing the team's selected candidate, the requests
dock (Requests > Rights requests, Ctrl+R) lists the team's register, and the Vacancies dock (Vacancies >
Vacancies, Ctrl+Shift+V) the team's vacancies, each opening in the same board window. When the team closes (Lock, Quit, idle
time) the panel goes, and the window is exactly as before: what was hidden is shown again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from recruitdesk.clock import Clock
from recruitdesk.gui.team import table_layout
from recruitdesk.gui.team.detail_source import TeamDetailSource
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.gui.team.requests_source import TeamRequestsSource
from recruitdesk.gui.team.vacancies_source import TeamVacanciesSource
from recruitdesk.services.team_vacancies import TeamVacancies
from recruitdesk.vault.keychain import Keychain


@dataclass
class _HiddenChrome:
    """What the team hid of the local window, to show again when the team closes, and each menu's own
    actions (whatever else is in a menu when the team closes is the team's, and goes)."""

    actions: list[QAction] = field(default_factory=list)
    docks: list[QDockWidget] = field(default_factory=list)
    menus: dict[QWidget, list[QAction]] = field(default_factory=dict)  # the menus and the toolbar


def host(window: QMainWindow, folder: Path, keychain_factory: Callable[[], Keychain], clock: Clock) -> TeamPanel:
    """Show the team of ``folder`` in ``window`` (not opened yet: the caller calls ``open_team``)."""
    hidden = _hide_local_chrome(window)
    panel = TeamPanel(window, Path(folder), keychain_factory, clock)  # its actions go into the emptied menus
    table_layout.restore(panel.table)  # the columns as the recruiter left them last time
    _hide_empty_menus(window, hidden)
    window.ui.contentStack.addWidget(panel)
    window.ui.contentStack.setCurrentWidget(panel)
    window.ui.actionLock.setEnabled(True)
    window.state_label.setText(QCoreApplication.translate("TeamWindow", "Team vault open"))
    window.window_layout.paused = True  # the local vault's panes are hidden: not the layout to keep
    window.team = panel
    window.candidate_detail.follow_team(panel, TeamDetailSource(panel))  # the same Candidate dock, on the team
    window.requests.follow_team(panel, TeamRequestsSource(panel))  # the same requests dock, on the team's register
    window.vacancies.follow_team(panel, lambda: _vacancies_source(panel))  # and the vacancies dock, on the team's
    panel.closed.connect(lambda: _leave(window, panel, hidden))
    return panel


def _vacancies_source(panel: TeamPanel) -> TeamVacanciesSource:
    assert panel.desk is not None, "made once the team is open"
    return TeamVacanciesSource(TeamVacancies(panel.desk))


def _leave(window: QMainWindow, panel: TeamPanel, hidden: _HiddenChrome) -> None:
    table_layout.remember(panel.table)
    if window.team is panel:
        window.team = None
    window.ui.contentStack.removeWidget(panel)
    for menu, own in hidden.menus.items():
        for action in menu.actions():
            if action not in own:
                menu.removeAction(action)
    panel.deleteLater()
    window.candidate_detail.follow_local()
    window.requests.follow_local()
    window.vacancies.follow_local()
    for action in hidden.actions:
        action.setVisible(True)
    for dock in hidden.docks:
        dock.setVisible(True)
    window.window_layout.paused = False
    window.show_attention(0)  # the team's count of candidates due leaves the title with it


def _hide_local_chrome(window: QMainWindow) -> _HiddenChrome:
    """The local vault's menu items (all but Lock and Quit), toolbar buttons (all but the search field) and docks."""
    hidden = _HiddenChrome()
    toolbar = window.ui.mainToolBar
    keep = {window.ui.actionLock, window.ui.actionQuit,
            *(action for action in toolbar.actions() if toolbar.widgetForAction(action) is window.search.field)}
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None and action.menu() is not window.ui.menuHelp]
    hidden.menus = {menu: menu.actions() for menu in [*menus, toolbar]}
    for action in [*(item for menu in menus for item in menu.actions()), *toolbar.actions()]:
        if action not in keep and action.isVisible():
            action.setVisible(False)
            hidden.actions.append(action)
    for dock in window.findChildren(QDockWidget):
        if not dock.isHidden():
            dock.setVisible(False)
            hidden.docks.append(dock)
    return hidden


def _hide_empty_menus(window: QMainWindow, hidden: _HiddenChrome) -> None:
    """A menu the team put nothing into (View: the local panes' layout) is hidden too."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and action.isVisible() and not any(item.isVisible() and not item.isSeparator() for item in menu.actions()):
            action.setVisible(False)
            hidden.actions.append(action)
