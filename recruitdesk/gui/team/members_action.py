"""Vault > Members… in the team's panel: the members window (``members_window``) for this team folder.

Its own module so the team window stays small: ``install(window)`` adds the action to the Team
menu and keeps the one open members window, raising it again instead of opening a second.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from recruitdesk.gui.team.members_window import MembersWindow


def install(window) -> QAction:
    """Add Vault > Members… to ``window`` (a ``TeamPanel``) before its Reload."""
    action = QAction(QCoreApplication.translate("TeamWindow", "&Members…"), window)
    action.triggered.connect(lambda: show_members(window))
    window.vault_menu.insertAction(window.reload_action, action)
    window.members_window = None
    return action


def show_members(window) -> MembersWindow:
    """The members window of the team the window shows; every member may look, only an admin may change."""
    shown = window.members_window
    if shown is None or not shown.isVisible():
        shown = MembersWindow(window.folder, window.keychain(), window.clock, window)
        shown.loaded.connect(window.members_read)  # the panel's notice of an unfinished revocation checks again
        window.members_window = shown
        shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown
