"""Retention > Firm profile… while a team is shown: the team's firm profile (``firm_dialog``).

Its own module so the team's panel stays small: ``install(window)`` puts the action in the window's
Retention menu after Retention policy… (a local vault keeps its firm profile in its retention
settings, in the same menu), enabled once the team is open, keeps the one open dialog, and closes it
when the team closes.

It also applies the team's idle time: once the team is open, the administrators' choice (kept in
the firm profile) replaces the default for this member's window (``auto_lock_changed``, which the
controller hands to its idle monitor), and an administrator's save applies it at once. Colleagues
already working get it at their next opening. Until it is read the default stands, and a failed
read keeps it (logged without any data).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.firm_dialog import TeamFirmDialog
from recruitdesk.gui.team.one_dialog import close_one, show_one
from recruitdesk.services import team_firm

log = logging.getLogger(__name__)


def install(window) -> QAction:
    """Add Retention > Firm profile… to ``window`` (a ``TeamPanel``), after its Retention policy…."""
    action = QAction(QCoreApplication.translate("TeamWindow", "&Firm profile…"), window)
    action.setStatusTip(QCoreApplication.translate("TeamWindow", "The team's firm profile: the firm name and privacy contact its "
                                                                 "letters are signed with"))
    action.triggered.connect(lambda _checked=False: show_firm_profile(window))
    window.retention_menu.addAction(action)  # installed right after Retention policy…
    action.setEnabled(False)
    window.opened.connect(lambda: action.setEnabled(True))
    window.opened.connect(lambda: read_idle_time(window))
    window.closed.connect(lambda: close_one(window, "firm_dialog"))
    window.firm_dialog = None
    return action


def read_idle_time(window) -> Task | None:
    """Read the team's idle time on a worker and hand it to ``window.auto_lock_changed``."""
    if window.desk is None:
        return None
    task = Task(team_firm.auto_lock_minutes, window.desk)
    task.finished.connect(window.auto_lock_changed.emit)
    task.failed.connect(lambda error: log.warning("The team's idle time could not be read (%s); the default stays",
                                                  type(error).__name__))
    task.start()
    return task


def show_firm_profile(window) -> TeamFirmDialog | None:
    def make() -> TeamFirmDialog:
        dialog = TeamFirmDialog(window.desk, window)
        dialog.saved.connect(lambda stored: window.auto_lock_changed.emit(stored.profile.auto_lock_minutes))
        dialog.open()
        dialog.reload()
        return dialog
    return show_one(window, "firm_dialog", make)  # type: ignore[return-value]
