"""A team dialog that reads and saves on workers, one call at a time.

The team's firm profile and retention policy dialogs both read what the server holds, then save
over the version read. While a call runs, Save is disabled (``update_save``); a failure is said in
the dialog's error line in words, and the dialog may have been closed meanwhile (then nothing is
touched). ``failed`` carries the words for the tests and the other windows.
"""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task


class TaskDialog(QDialog):
    failed = Signal(str)
    message_label: QLabel
    error_label: QLabel
    _task: Task | None = None

    def update_save(self) -> None:
        """Enable what may run now (Save, when nothing runs and the input is complete)."""

    def _start(self, task: Task, done: Callable[[object], None]) -> None:
        self._task = task
        self.update_save()
        task.finished.connect(lambda result: self._finish(done, result))
        task.failed.connect(self._failed)
        task.start()

    def _finish(self, done: Callable[[object], None], result: object) -> None:
        if not shiboken6.isValid(self):  # closed and deleted meanwhile
            return
        self._task = None
        done(result)
        self.update_save()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._task = None
        self.message_label.hide()
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.update_save()
        self.failed.emit(self.error_label.text())
