"""A team vault in the main window: one window for both kinds of vault.

A team folder opens in the same main window as a local vault. While the team is shown, the
window keeps its own title bar, toolbar search field, status bar, Lock, Quit, Help and idle
auto-lock; the team's panel is its central page, and the team's Candidate and Team menus stand
where the local vault's menus, toolbar buttons and docks stood (those act on a local vault's
database, so they are hidden rather than shown disabled). When the team closes (Lock, Quit, idle
time) the panel goes, and the window is exactly as before: what was hidden is shown again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from recruitdesk.clock import Clock
from recruitdesk.gui.team.panel import TeamPanel
from recruitdesk.vault.keychain import Keychain


@dataclass
class _HiddenChrome:
    """What the team hid of the local window, to show again when the team closes."""

    actions: list[QAction] = field(default_factory=list)
    docks: list[QDockWidget] = field(default_factory=list)


def host(window: QMainWindow, folder: Path, keychain_factory: Callable[[], Keychain], clock: Clock) -> TeamPanel:
    """Show the team of ``folder`` in ``window`` (not opened yet: the caller calls ``open_team``)."""
    hidden = _hide_local_chrome(window)
    panel = TeamPanel(window, Path(folder), keychain_factory, clock)
    window.ui.contentStack.addWidget(panel)
    window.ui.contentStack.setCurrentWidget(panel)
    window.ui.actionLock.setEnabled(True)
    window.state_label.setText(QCoreApplication.translate("TeamWindow", "Team vault open"))
    window.window_layout.paused = True  # the local vault's panes are hidden: not the layout to keep
    window.team = panel
    panel.closed.connect(lambda: _leave(window, panel, hidden))
    return panel


def _leave(window: QMainWindow, panel: TeamPanel, hidden: _HiddenChrome) -> None:
    if window.team is panel:
        window.team = None
    window.ui.contentStack.removeWidget(panel)
    panel.deleteLater()
    for action in hidden.actions:
        action.setVisible(True)
    for dock in hidden.docks:
        dock.setVisible(True)
    window.window_layout.paused = False


def _hide_local_chrome(window: QMainWindow) -> _HiddenChrome:
    """The local vault's menus (all but Help), toolbar buttons (all but the search field) and docks."""
    hidden = _HiddenChrome()
    keep = {window.ui.menuHelp.menuAction(), *(action for action in window.ui.mainToolBar.actions()
                                               if window.ui.mainToolBar.widgetForAction(action) is window.search.field)}
    for action in [*window.menuBar().actions(), *window.ui.mainToolBar.actions()]:
        if action not in keep and action.isVisible():
            action.setVisible(False)
            hidden.actions.append(action)
    for dock in window.findChildren(QDockWidget):
        if not dock.isHidden():
            dock.setVisible(False)
            hidden.docks.append(dock)
    return hidden
