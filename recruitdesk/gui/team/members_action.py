"""Team > Members… in the team window: the members window (``members_window``) for this team folder.

Its own module so the team window stays small: ``install(window)`` adds the action to the Team
menu and keeps the one open members window, raising it again instead of opening a second.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from recruitdesk.gui.team.members_window import MembersWindow


def install(window) -> QAction:
    """Add Team > Members… to ``window`` (a ``TeamPanel``) before its other Team actions."""
    action = QAction(QCoreApplication.translate("TeamWindow", "&Members…"), window)
    action.triggered.connect(lambda: show_members(window))
    first = window.team_menu.actions()[0] if window.team_menu.actions() else None
    window.team_menu.insertAction(first, action)
    window.team_menu.insertSeparator(first)
    window.members_window = None
    return action


def show_members(window) -> MembersWindow:
    """The members window of the team the window shows; every member may look, only an admin may change."""
    shown = window.members_window
    if shown is None or not shown.isVisible():
        shown = MembersWindow(window.folder, window.keychain(), window.clock, window)
        window.members_window = shown
        shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown
