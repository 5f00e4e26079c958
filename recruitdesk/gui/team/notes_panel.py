"""A team candidate's screening notes in their candidate dialog: the same list as Candidate > Screening notes…

Read through the same service as that dialog (``services.team_notes``) and written in the same line
(``gui.candidates.notes.note_line``: kind, author, edited, still to discuss), so the two never
disagree. Writing and editing happen in that dialog only (kind, source, "discussed", every version
kept): the button here opens it for this candidate.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from recruitdesk.gui.candidates.notes import note_line
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import team_notes
from recruitdesk.services.notes import NoteView
from recruitdesk.services.team_desk import TeamDesk


class NotesPanel(QWidget):
    changed = Signal()  # loaded (tests wait on it)

    def __init__(self, desk: TeamDesk, candidate_id: UUID, open_notes: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
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
        self.open_button = QPushButton(self.tr("Screening &notes…"), self)
        self.open_button.setToolTip(self.tr("Write, read and edit this candidate's screening notes, with every version"))
        self.open_button.setVisible(open_notes is not None)
        if open_notes is not None:
            self.open_button.clicked.connect(lambda _checked=False: open_notes())
        layout.addWidget(self.open_button)
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
        task = Task(team_notes.notes_of, self.desk, self.candidate_id)
        task.finished.connect(lambda notes, serial=self._serial: self._show(serial, notes))
        task.failed.connect(self._failed)
        task.start()

    def _show(self, serial: int, notes: list[NoteView]) -> None:
        if serial != self._serial or not shiboken6.isValid(self):  # a later read, or the dialog closed and deleted meanwhile
            return
        self.busy = False
        self.problem.setVisible(False)
        self.list.clear()
        for note in notes:
            self.list.addItem(note_line(note))
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.problem.setText(user_message(error))
        self.problem.setVisible(True)
        self.changed.emit()
