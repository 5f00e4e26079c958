"""Retention > Firm profile… while a team is shown: the team's firm profile (``firm_dialog``).

Its own module so the team's panel stays small: ``install(window)`` puts the action in the window's
Retention menu after Retention policy… (a local vault keeps its firm profile in its retention
settings, in the same menu), enabled once the team is open, keeps the one open dialog, and closes it
when the team closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from recruitdesk.gui.team.firm_dialog import TeamFirmDialog


def install(window) -> QAction:
    """Add Retention > Firm profile… to ``window`` (a ``TeamPanel``), after its Retention policy…."""
    action = QAction(QCoreApplication.translate("TeamWindow", "&Firm profile…"), window)
    action.setStatusTip(QCoreApplication.translate("TeamWindow", "The team's firm profile: the firm name and privacy contact its "
                                                                 "letters are signed with"))
    action.triggered.connect(lambda _checked=False: show_firm_profile(window))
    following = window.retention_menu.actions()
    after = following.index(window.policy_action) + 1 if window.policy_action in following else len(following)
    window.retention_menu.insertAction(following[after] if after < len(following) else None, action)
    action.setEnabled(False)
    window.opened.connect(lambda: action.setEnabled(True))
    window.closed.connect(lambda: _close(window))
    window.firm_dialog = None
    return action


def show_firm_profile(window) -> TeamFirmDialog | None:
    if window.desk is None:
        return None
    shown = window.firm_dialog
    if shown is not None and shown.isVisible() and shown.desk is window.desk:
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = TeamFirmDialog(window.desk, window)
    window.firm_dialog = dialog
    dialog.finished.connect(lambda _result, dialog=dialog: _closed(window, dialog))
    dialog.open()
    dialog.reload()
    return dialog


def _closed(window, dialog: TeamFirmDialog) -> None:
    if window.firm_dialog is dialog:
        window.firm_dialog = None
    dialog.deleteLater()


def _close(window) -> None:
    dialog = window.firm_dialog
    if dialog is not None and dialog.isVisible():
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
