"""A team candidate's profile saved from the Candidate dock, losing nothing to a colleague's save.

The dock only knows that a save ends with the profile as saved, or with nothing saved and the
typed text still in its form (``detail_source``). On a team the save goes over the version read
(``team_detail.save_profile``, on the database worker); when a colleague saved in between, the
team's conflict dialog opens over the window with both versions:
"Keep mine" and a merge are saved over the server's version (another colleague's save meanwhile
opens the dialog again), "Take the server's" shows theirs, and closing it without choosing leaves
the user's text in the form (Save shows the conflict again). Locking the team closes the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from recruitdesk.gui.candidates.detail_source import TheirsShown
from recruitdesk.gui.shell.tasks import WriteTask
from recruitdesk.gui.team.conflict_dialog import TAKE_THEIRS, ConflictDialog
from recruitdesk.services import team_detail
from recruitdesk.services.team_desk import SaveConflict

if TYPE_CHECKING:
    from recruitdesk.gui.team.panel import TeamPanel


class TeamProfileSave(QObject):
    """One save of the dock's form: ``finished(TeamProfile | TheirsShown | None)`` or ``failed(error)``;
    ``conflict_shown(dialog)`` when a colleague's newer save is shown."""

    finished = Signal(object)
    failed = Signal(object)
    conflict_shown = Signal(object)

    def __init__(self, panel: "TeamPanel", read: team_detail.TeamProfile, typed: tuple[str, str, str, str, str]) -> None:
        super().__init__(panel)  # lives while the team is shown; deleted once it has ended
        self._panel = panel
        self._read = read
        self._typed = typed
        self.conflict_dialog: ConflictDialog | None = None
        self._ended = False
        panel.closed.connect(self._team_closed)

    def start(self) -> "TeamProfileSave":
        self._run(team_detail.save_profile, self._read, *self._typed)
        return self

    def _run(self, function: Callable[..., Any], *args: Any) -> None:
        desk = self._panel.desk
        if desk is None:  # locked meanwhile: the dock was emptied
            self._end(None)
            return
        task = WriteTask(function, desk, *args)
        task.finished.connect(self._outcome)
        task.failed.connect(self._failed)
        task.start()

    def _outcome(self, outcome: team_detail.TeamProfile | SaveConflict) -> None:
        if isinstance(outcome, SaveConflict):
            self._show_conflict(outcome)
        else:
            self._end(outcome)

    def _failed(self, error: BaseException) -> None:
        if not self._ended:
            self._ended = True
            self.failed.emit(error)
            self.deleteLater()

    def _show_conflict(self, conflict: SaveConflict) -> None:
        if self._ended or not shiboken6.isValid(self._panel):
            return
        dialog = ConflictDialog(conflict, self._panel)  # modal to the window
        dialog.finished.connect(lambda result, dialog=dialog: self._decided(dialog, result))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _decided(self, dialog: ConflictDialog, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        conflict = dialog.conflict
        if result != QDialog.DialogCode.Accepted or dialog.chosen is None:
            self._end(None)  # closed without choosing: the form keeps the user's text
        elif dialog.choice == TAKE_THEIRS:
            self._end(TheirsShown(team_detail.profile_of(self._read, conflict.theirs)))
        else:  # mine or merged (the server's CV text kept), over the server's version
            self._run(team_detail.save_fields, self._read, conflict.server_version, dialog.chosen)

    def _team_closed(self) -> None:
        """Lock, Quit or idle time: no candidate's data stays on screen."""
        dialog = self.conflict_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.done(QDialog.DialogCode.Rejected)
        self._end(None)

    def _end(self, profile: team_detail.TeamProfile | TheirsShown | None) -> None:
        if not self._ended:
            self._ended = True
            self.finished.emit(profile)
            self.deleteLater()
