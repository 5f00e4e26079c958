"""One fact recorded from Record facts… on a team, losing nothing to a colleague's save.

The dialog only knows that a job ends with what was recorded, or with ``NOT_SAVED`` and the user's
input still where they typed it (``gui.candidates.facts_source``). On a team the fact is laid over
the facts as read and saved over their version (``TeamDesk.save_facts``, on the database worker);
when a colleague saved in between, the team's facts conflict dialog opens over the dialog the user
saved from, with both versions: "Keep mine" saves the user's facts over the server's version,
"Merge" saves the server's with the user's change laid over them (another colleague's save
meanwhile opens the dialog again), "Take the server's" ends with the server's view (the dialog
reloads it), and closing it without choosing ends with ``NOT_SAVED``. Locking the team closes it.
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog

from recruitdesk.gui.shell.jobs import NOT_SAVED
from recruitdesk.gui.shell.tasks import WriteTask
from recruitdesk.gui.team.facts_conflict_dialog import KEEP_MINE, MERGED, FactsConflictDialog
from recruitdesk.services import team_facts
from recruitdesk.services.team_desk import FactsConflict, RetentionView, TeamDesk, TeamFacts
from recruitdesk.gui.team.window_type import TeamWindow



def _save_change(desk: TeamDesk, candidate_id: object, read: RetentionView,
                 change: Callable[[TeamFacts], TeamFacts]) -> RetentionView | FactsConflict:
    """Worker: the change laid over the facts as read (a refusal raises here), saved over their version."""
    return desk.save_facts(candidate_id, read.version, change(read.facts))  # type: ignore[arg-type]


class TeamFactsSave(QObject):
    """``finished(RetentionView | NOT_SAVED)`` or ``failed(error)``; ``conflict_shown(dialog)`` when a
    colleague's newer save is shown."""

    finished = Signal(object)
    failed = Signal(object)
    conflict_shown = Signal(object)

    def __init__(self, panel: TeamWindow, candidate_id: object, read: RetentionView,
                 change: Callable[[TeamFacts], TeamFacts]) -> None:
        super().__init__(panel)  # lives while the team is shown; deleted once it has ended
        self._panel = panel
        self._candidate_id = candidate_id
        self._read = read
        self._read_facts = read.facts  # what the user's change was made over (the merge's base)
        self._change = change
        self.conflict_dialog: FactsConflictDialog | None = None
        self._ended = False
        panel.closed.connect(self._team_closed)

    def start(self) -> "TeamFactsSave":
        desk = self._panel.desk
        if desk is None:
            self._end(NOT_SAVED)
        else:
            self._watch(WriteTask(_save_change, desk, self._candidate_id, self._read, self._change))
        return self

    def _save_over(self, version: int, facts: TeamFacts) -> None:
        desk = self._panel.desk
        if desk is None:  # locked meanwhile
            self._end(NOT_SAVED)
        else:
            self._watch(WriteTask(desk.save_facts, self._candidate_id, version, facts))

    def _watch(self, task: WriteTask) -> None:
        task.finished.connect(self._outcome)
        task.failed.connect(self._failed)
        task.start()

    def _outcome(self, outcome: RetentionView | FactsConflict) -> None:
        if isinstance(outcome, FactsConflict):
            self._show_conflict(outcome)
        else:
            self._end(outcome)

    def _failed(self, error: BaseException) -> None:
        if not self._ended:
            self._ended = True
            self.failed.emit(error)
            self.deleteLater()

    def _show_conflict(self, conflict: FactsConflict) -> None:
        if self._ended or not shiboken6.isValid(self._panel):
            return
        merge = team_facts.merged(self._read_facts, conflict.mine, conflict.theirs)
        parent = QApplication.activeModalWidget() or self._panel  # over the dialog the user saved from
        dialog = FactsConflictDialog(conflict, parent, merged=merge)
        dialog.finished.connect(lambda result, dialog=dialog: self._decided(dialog, result))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _decided(self, dialog: FactsConflictDialog, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        conflict = dialog.conflict
        if result != QDialog.DialogCode.Accepted or dialog.choice is None:
            self._end(NOT_SAVED)  # closed without choosing: the user's input stays where they typed it
        elif dialog.choice == KEEP_MINE:
            self._read_facts = conflict.theirs
            self._save_over(conflict.their_version, conflict.mine)
        elif dialog.choice == MERGED:
            merge = team_facts.merged(self._read_facts, conflict.mine, conflict.theirs)
            self._read_facts = conflict.theirs
            self._save_over(conflict.their_version, merge)
        else:  # the server's: shown once the dialog reloads
            self._end(conflict.theirs)

    def _team_closed(self) -> None:
        """Lock, Quit or idle time: no candidate's data stays on screen."""
        dialog = self.conflict_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.done(QDialog.DialogCode.Rejected)
        self._end(NOT_SAVED)

    def _end(self, result: object) -> None:
        if not self._ended:
            self._ended = True
            self.finished.emit(result)
            self.deleteLater()
