"""Retention > Retention settings… while a team is shown: the local vault's settings dialog on the team's
policy and firm profile (``gui.team.policy_source``).

Its own module so the team's panel stays small: ``install(window)`` adds the action to the Retention
menu (the words of a local vault's, whose own item is hidden while the team is shown), enabled once the
team is open, keeps the one open dialog, and closes it when the team closes.

At opening it reads the team's firm profile once: the administrators' idle time replaces the default for
this member's window (``auto_lock_changed``, which the controller hands to its idle monitor) and the
team's name goes in the title and status bar (``show_team_name``). An administrator's save applies both
at once (the source does); colleagues already working get them at their next opening. Until read the
defaults stand, and a failed read keeps them (logged without any data).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from recruitdesk.gui.retention.policy_settings import PolicySettingsDialog
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team.one_dialog import close_one, show_one
from recruitdesk.gui.team.policy_source import TeamPolicySource
from recruitdesk.services import team_firm
from recruitdesk.services.team_firm import StoredProfile

log = logging.getLogger(__name__)


def install(window) -> QAction:
    """Add Retention > Retention settings… to ``window`` (a ``TeamPanel``)."""
    action = QAction(QCoreApplication.translate("MainWindow", "Retention &settings…"), window)
    action.setStatusTip(QCoreApplication.translate("TeamWindow", "The team's retention policy and firm profile: its name, "
                                                                 "the firm its letters are signed with, and the idle lock"))
    action.setShortcut(QKeySequence(QCoreApplication.translate("MainWindow", "Ctrl+,")))  # the local item's, hidden meanwhile
    action.triggered.connect(lambda _checked=False: show_settings(window))
    window.retention_menu.addAction(action)
    action.setEnabled(False)
    window.opened.connect(lambda: action.setEnabled(True))
    window.opened.connect(lambda: read_profile(window))
    window.closed.connect(lambda: close_one(window, "policy_dialog"))
    window.policy_dialog = None
    return action


def read_profile(window) -> Task | None:
    """Read the team's settings on a worker: its idle time to ``window.auto_lock_changed``, its name to the title."""
    if window.desk is None:
        return None
    task = Task(team_firm.current, window.desk)  # the profile only: the policy is read when the dialog opens
    task.finished.connect(lambda stored: _apply(window, stored))
    task.failed.connect(lambda error: log.warning("The team's firm profile could not be read (%s); the defaults stay",
                                                  type(error).__name__))
    task.start()
    return task


def _apply(window, stored: StoredProfile) -> None:
    if window.desk is not None:
        window.auto_lock_changed.emit(stored.profile.auto_lock_minutes)
        window.show_team_name(team_firm.team_name(window.desk, stored.profile))


def show_settings(window) -> PolicySettingsDialog | None:
    def make() -> PolicySettingsDialog:
        source = TeamPolicySource(window)
        dialog = PolicySettingsDialog(source, window, today=window.clock.today)
        source.setParent(dialog)
        dialog.desk = window.desk  # type: ignore[attr-defined]  # one dialog per open team (``one_dialog``)
        dialog.open()
        return dialog
    return show_one(window, "policy_dialog", make)  # type: ignore[return-value]
