"""Retention > Firm profile… while a team is shown: the team's firm profile (``firm_dialog``).

Its own module so the team's panel stays small: ``install(window)`` puts the action in the window's
Retention menu after Retention policy… (a local vault keeps its firm profile in its retention
settings, in the same menu), enabled once the team is open, keeps the one open dialog, and closes it
when the team closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from recruitdesk.gui.team.firm_dialog import TeamFirmDialog
from recruitdesk.gui.team.one_dialog import close_one, show_one


def install(window) -> QAction:
    """Add Retention > Firm profile… to ``window`` (a ``TeamPanel``), after its Retention policy…."""
    action = QAction(QCoreApplication.translate("TeamWindow", "&Firm profile…"), window)
    action.setStatusTip(QCoreApplication.translate("TeamWindow", "The team's firm profile: the firm name and privacy contact its "
                                                                 "letters are signed with"))
    action.triggered.connect(lambda _checked=False: show_firm_profile(window))
    window.retention_menu.addAction(action)  # installed right after Retention policy…
    action.setEnabled(False)
    window.opened.connect(lambda: action.setEnabled(True))
    window.closed.connect(lambda: close_one(window, "firm_dialog"))
    window.firm_dialog = None
    return action


def show_firm_profile(window) -> TeamFirmDialog | None:
    def make() -> TeamFirmDialog:
        dialog = TeamFirmDialog(window.desk, window)
        dialog.open()
        dialog.reload()
        return dialog
    return show_one(window, "firm_dialog", make)  # type: ignore[return-value]
