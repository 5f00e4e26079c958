"""The line above the team list that tells an administrator a member's revocation was interrupted.

A revocation moves every candidate key under the new keys in batches (``team.revocation``); a
client that dies meanwhile leaves the rest under keys the revoked member may still hold. The
members window can finish it, but nobody opens that window to look. So when the team opens for
an administrator, the panel asks whether one is unfinished and, if so, says it above the list with
a button that opens Vault > Members… where Finish revocation completes it. The line goes once the
members window reads the team again with nothing unfinished. A recruiter or DPO cannot finish it
and is not asked. A failed check leaves the line hidden (logged without any data): the members
window still says it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from recruitdesk.gui.shell.styles import ERROR_STYLE
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.gui.team import members_action
from recruitdesk.services import team_members
from recruitdesk.gui.team.window_type import TeamWindow

if TYPE_CHECKING:
    from recruitdesk.services.team_members import RevocationProgress

log = logging.getLogger(__name__)


class RevocationNotice(QWidget):
    answered = Signal(bool)  # the server was asked: whether a revocation is unfinished

    def __init__(self, panel: TeamWindow) -> None:
        super().__init__(panel)
        self._panel = panel
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setAccessibleName(self.tr("Unfinished revocation"))
        self.open_button = QPushButton(self.tr("&Members…"), self)
        self.open_button.setToolTip(self.tr("Open the members window, where Finish revocation completes it"))
        self.open_button.clicked.connect(lambda _checked=False: members_action.show_members(panel))
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        self.setVisible(False)
        panel.opened.connect(self.check)
        panel.members_read.connect(self.check)
        panel.closed.connect(self.hide)

    def check(self) -> Task | None:
        """Ask the server on a worker (administrators only)."""
        desk = self._panel.desk
        if desk is None or not team_members.may_finish_revocations(desk):
            self.hide()
            return None
        task = Task(team_members.unfinished_revocation, desk)
        task.finished.connect(self._show)
        task.failed.connect(lambda error: log.warning("Could not ask whether a revocation is unfinished (%s)", type(error).__name__))
        task.start()
        return task

    def _show(self, pending: "RevocationProgress | None") -> None:
        if pending is None or self._panel.desk is None:
            self.hide()
            self.answered.emit(False)
            return
        self.label.setText(self.tr(
            "A member's revocation was interrupted: {moved} of {total} candidates are under the new keys. Until it is "
            "finished, the revoked member's old keys still open the others. Finish it in Vault > Members….").format(
                moved=pending.moved, total=pending.total))
        self.show()
        self.answered.emit(True)


def install(panel: TeamWindow) -> RevocationNotice:
    """Put the line under the retention banner of ``panel``."""
    notice = RevocationNotice(panel)
    layout = panel.layout()
    layout.insertWidget(layout.indexOf(panel.banner) + 1, notice)  # type: ignore[attr-defined]
    return notice
