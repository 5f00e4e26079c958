"""Retention > Retention policy… in the team's panel: the team's policy, changed by an administrator.

Its own module so the team window stays small: ``install(window)`` adds the action to the Retention menu
(enabled once the team is open), keeps the one open dialog, and after a saved change reloads the
window's list so every deadline shown is the new policy's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from recruitdesk.gui.team.one_dialog import close_one, show_one
from recruitdesk.gui.team.policy_dialog import TeamPolicyDialog


def install(window) -> QAction:
    """Add Retention > Retention policy… to ``window`` (a ``TeamPanel``)."""
    action = QAction(QCoreApplication.translate("TeamWindow", "Retention &policy…"), window)
    action.triggered.connect(lambda _checked=False: show_policy(window))
    window.retention_menu.addAction(action)
    action.setEnabled(False)
    window.opened.connect(lambda: action.setEnabled(True))
    window.closed.connect(lambda: close_one(window, "policy_dialog"))
    window.policy_dialog = None
    return action


def show_policy(window) -> TeamPolicyDialog | None:
    def make() -> TeamPolicyDialog:
        dialog = TeamPolicyDialog(window.desk, window)
        dialog.saved.connect(lambda _change: window.policy_saved_here())
        if window.listener is not None:  # a colleague's new policy shows in the open dialog too
            window.listener.changed.connect(dialog.follow)
        dialog.open()
        dialog.reload()
        return dialog
    return show_one(window, "policy_dialog", make)  # type: ignore[return-value]
