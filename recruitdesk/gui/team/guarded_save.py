"""A team save that loses nothing to a colleague's save: the steps every such save shares.

A save runs on the database worker over the version the user read. When a colleague saved in
between, the store returns a conflict instead of saving; a dialog then shows both versions over
the window and the user decides. Closing it without choosing saves nothing; locking the team (Lock,
Quit, idle time) closes it so no candidate's data stays on screen. A save ends once, with
``finished(result)`` or ``failed(error)``, and is then deleted.

The Candidate dock's profile (``dock_save``) and Record facts… (``facts_save``) are such saves; each
says what a conflict is, which dialog shows it, and what the user's choice saves next.
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from recruitdesk.gui.shell.tasks import WriteTask
from recruitdesk.gui.team.window_type import TeamWindow


class GuardedSave(QObject):
    """``finished(result)`` or ``failed(error)``; ``conflict_shown(dialog)`` when a colleague's newer save is shown."""

    finished = Signal(object)
    failed = Signal(object)
    conflict_shown = Signal(object)
    nothing_saved: object = None  # what ``finished`` carries when nothing was saved (the typed input stays)

    def __init__(self, panel: TeamWindow) -> None:
        super().__init__(panel)  # lives while the team is shown; deleted once it has ended
        self._panel = panel
        self.conflict_dialog: QDialog | None = None
        self._ended = False
        panel.closed.connect(self._team_closed)

    # --- what each kind of save says ------------------------------------------------------
    def _is_conflict(self, outcome: object) -> bool:
        raise NotImplementedError

    def _conflict_dialog(self, conflict: Any) -> QDialog:
        raise NotImplementedError

    def _chosen(self, dialog: Any) -> None:
        """The user chose in the conflict dialog (accepted): save what they chose, or end."""
        raise NotImplementedError

    # --- the steps ------------------------------------------------------------------------
    def _run(self, function: Callable[..., Any], *args: Any) -> None:
        """``function(desk, *args)`` on the database worker; nothing saved when the team was locked meanwhile."""
        desk = self._panel.desk
        if desk is None:
            self._end(self.nothing_saved)
            return
        task = WriteTask(function, desk, *args)
        task.finished.connect(self._outcome)
        task.failed.connect(self._failed)
        task.start()

    def _outcome(self, outcome: object) -> None:
        if self._is_conflict(outcome):
            self._show_conflict(outcome)
        else:
            self._end(outcome)

    def _failed(self, error: BaseException) -> None:
        if not self._ended:
            self._ended = True
            self.failed.emit(error)
            self.deleteLater()

    def _show_conflict(self, conflict: object) -> None:
        if self._ended or not shiboken6.isValid(self._panel):
            return
        dialog = self._conflict_dialog(conflict)
        dialog.finished.connect(lambda result, dialog=dialog: self._decided(dialog, result))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _decided(self, dialog: QDialog, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._end(self.nothing_saved)  # closed without choosing: the typed input stays where it was typed
        else:
            self._chosen(dialog)

    def _team_closed(self) -> None:
        """Lock, Quit or idle time: no candidate's data stays on screen."""
        dialog = self.conflict_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.done(QDialog.DialogCode.Rejected)
        self._end(self.nothing_saved)

    def _end(self, result: object) -> None:
        if not self._ended:
            self._ended = True
            self.finished.emit(result)
            self.deleteLater()
