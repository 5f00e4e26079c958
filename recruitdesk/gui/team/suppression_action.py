"""Retention > Suppression list… while a team is shown: the team's list in the local vault's dialog.

The dialog is the local one (``gui.audit.window.SuppressionListDialog``), reading through a team
source over the open team (``services.team_suppression``): the same counts and entries, never an
identity. Every member sees the list; an administrator removes an entry with a written reason
(the others see why they cannot). Reads and the removal run on workers. ``install(window)`` puts
the action at the end of the window's Retention menu, after Audit log…, as a local vault has
Suppression list… after Audit trail…; it is enabled once the team is open, keeps one dialog, and
closes it when the team closes (Lock, Quit, idle time).
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from recruitdesk.gui.audit.window import SuppressionListDialog
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.one_dialog import close_one, show_one
from recruitdesk.services import team_suppression
from recruitdesk.services.team_desk import TeamDesk


class TeamSuppressionSource:
    """A team's list, through the open team: only an administrator removes."""

    def __init__(self, desk: TeamDesk) -> None:
        self.desk = desk

    def may_remove(self) -> bool:
        return team_suppression.may_remove(self.desk)

    def list_task(self, include_removed: bool) -> Task:
        return Task(team_suppression.list_entries, self.desk, include_removed)

    def remove_task(self, entry_id: int | UUID, reason: str) -> Task:
        return WriteTask(team_suppression.remove_entry, self.desk, entry_id, reason)


def install(window) -> QAction:
    """Add Retention > Suppression list… to ``window`` (a ``TeamPanel``), after its Audit log…."""
    action = QAction(QCoreApplication.translate("AuditFeature", "Su&ppression list…"), window)
    action.setObjectName("teamSuppressionList")
    action.setStatusTip(QCoreApplication.translate("TeamWindow", "Who must not be contacted again, on what basis; an "
                                                                 "administrator removes an entry with a reason"))
    action.triggered.connect(lambda _checked=False: show_suppression_list(window))
    window.retention_menu.addAction(action)
    action.setEnabled(False)
    window.opened.connect(lambda: action.setEnabled(True))
    window.closed.connect(lambda: close_one(window, "suppression_dialog"))
    window.suppression_dialog = None
    return action


def show_suppression_list(window) -> SuppressionListDialog | None:
    def make() -> SuppressionListDialog:
        dialog = SuppressionListDialog(TeamSuppressionSource(window.desk), window)
        dialog.show()
        return dialog
    return show_one(window, "suppression_dialog", make)  # type: ignore[return-value]
