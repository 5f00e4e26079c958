"""A team candidate's screening notes: the list (sealed on the server, opened here) and a box to add one."""

from __future__ import annotations

from uuid import UUID

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from recruitdesk.dates import short_datetime
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services.team_desk import TeamDesk, TeamNote


class NotesPanel(QWidget):
    changed = Signal()  # loaded or added (tests wait on it)

    def __init__(self, desk: TeamDesk, candidate_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.candidate_id = candidate_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Notes"), self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a note about this candidate…"))
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setMaximumHeight(90)
        layout.addWidget(self.editor)
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        self.editor.textChanged.connect(lambda: self.add_button.setEnabled(bool(self.editor.toPlainText().strip())))
        layout.addWidget(self.add_button)
        for control in (self.editor, self.add_button):
            control.setVisible(desk.may_write)  # a DPO reads the notes only
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.busy = False
        self._serial = 0

    def reload(self) -> None:
        """Read the notes again; when reloads overlap (a change notice during one), the last one started wins."""
        self.busy = True
        self._serial += 1
        task = Task(self.desk.notes, self.candidate_id)
        task.finished.connect(lambda notes, serial=self._serial: self._show(serial, notes))
        task.failed.connect(self._failed)
        task.start()

    def _show(self, serial: int, notes: list[TeamNote]) -> None:
        if serial != self._serial or not shiboken6.isValid(self):  # a later read, or the dialog closed and deleted meanwhile
            return
        self.busy = False
        self.problem.setVisible(False)
        self.list.clear()
        for note in notes:
            self.list.addItem(self.tr("{when}: {body}").format(when=short_datetime(note.created_at), body=note.content.body))
        self.changed.emit()

    def _add(self) -> None:
        body = self.editor.toPlainText().strip()
        self.add_button.setEnabled(False)
        self.busy = True
        task = WriteTask(self.desk.add_note, self.candidate_id, body)
        task.finished.connect(self._added)
        task.failed.connect(self._failed)
        task.start()

    def _added(self, _note: TeamNote) -> None:
        self.editor.clear()  # only now: a failed save keeps the text in the box
        self.reload()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.problem.setText(user_message(error))
        self.problem.setVisible(True)
        self.add_button.setEnabled(bool(self.editor.toPlainText().strip()))
        self.changed.emit()
