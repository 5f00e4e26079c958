"""One team candidate, new or opened from the list: the fields, the notes (written in Screening notes…), and a save that loses nothing.

The save runs on the database worker with the version the dialog read. When another member saved
in between, the conflict dialog shows both versions; the user's choice is saved over the server's
version (or, for "take the server's", shown). A failed save (server gone, candidate erased) leaves
the dialog open with the user's text and the translated reason.
"""

from __future__ import annotations

import functools
from typing import Callable
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from recruitdesk.dates import short_date
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.tasks import WriteTask
from recruitdesk.gui.team.conflict_dialog import TAKE_THEIRS, ConflictDialog
from recruitdesk.gui.team.fields_form import FieldsForm
from recruitdesk.gui.team.notes_panel import NotesPanel
from recruitdesk.services.team_desk import PersonalFields, SaveConflict, TeamCandidate, TeamDesk


class CandidateDialog(QDialog):
    saved = Signal(object)  # the TeamCandidate as the server now holds it
    conflict_shown = Signal(object)  # the ConflictDialog (tests act on it)

    def __init__(self, desk: TeamDesk, candidate: TeamCandidate | None, parent: QWidget | None = None,
                 open_notes: Callable[[UUID, str], object] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.candidate = candidate
        self.conflict_dialog: ConflictDialog | None = None
        self.saving = False
        self.setWindowTitle(self.tr("New candidate") if candidate is None else self.tr("Candidate"))
        layout = QVBoxLayout(self)
        self.form = FieldsForm(self, read_only=not desk.may_write)
        layout.addWidget(self.form)
        self.facts = QLabel(self)
        if candidate is not None:
            self.facts.setText(self.tr("Added on {added}; retention deadline {deadline}.").format(
                added=short_date(candidate.created_on), deadline=short_date(candidate.deadline) or self.tr("none: on legal hold")))
        else:
            self.facts.setText(self.tr("The retention deadline follows from the team's policy once the candidate is saved."))
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.notes: NotesPanel | None = None
        if candidate is not None:
            self.form.show_fields(candidate.personal)
            opener = None if open_notes is None else functools.partial(open_notes, candidate.candidate_id, candidate.personal.full_name)
            self.notes = NotesPanel(desk, candidate.candidate_id, opener, self)
            layout.addWidget(self.notes)
            self.notes.reload()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(desk.may_write)  # a DPO reads only
        layout.addWidget(self.buttons)
        self.form.editors["full_name"].textChanged.connect(self._update_save)
        self._update_save()
        self.resize(520, 560 if candidate is not None else 240)

    def _update_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.form.name_given() and not self.saving)

    def save(self) -> None:
        base = self.candidate.personal if self.candidate is not None else PersonalFields("")
        personal = self.form.fields_over(base)
        if self.candidate is None:
            self._run(self.desk.add, personal)
        else:
            self._run(self.desk.save, self.candidate.candidate_id, self.candidate.version, personal)

    def _run(self, function, *args) -> None:
        self.saving = True
        self._update_save()
        task = WriteTask(function, *args)
        task.finished.connect(self._saved)
        task.failed.connect(self._failed)
        task.start()

    def _saved(self, outcome: TeamCandidate | SaveConflict) -> None:
        self.saving = False
        self._update_save()
        if isinstance(outcome, SaveConflict):
            self._show_conflict(outcome)
            return
        self.candidate = outcome
        self.saved.emit(outcome)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self._update_save()
        self.problem.setText(user_message(error))  # the typed text stays in the form
        self.problem.setVisible(True)

    def _show_conflict(self, conflict: SaveConflict) -> None:
        dialog = ConflictDialog(conflict, self)
        dialog.finished.connect(lambda result, dialog=dialog: self._conflict_decided(dialog, result))
        self.conflict_dialog = dialog
        dialog.open()
        self.conflict_shown.emit(dialog)

    def _conflict_decided(self, dialog: ConflictDialog, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        conflict = dialog.conflict
        if result != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return  # closed without choosing: the form still holds the user's text; Save shows the conflict again
        if dialog.choice == TAKE_THEIRS:
            self.candidate = conflict.theirs
            self.form.show_fields(conflict.theirs.personal)
            self.saved.emit(conflict.theirs)
            self.accept()
            return
        self.form.show_fields(dialog.chosen)
        self._run(self.desk.save, conflict.candidate_id, conflict.server_version, dialog.chosen)
