"""One candidate's screening notes: the list, the selected note's history, new and edit.

The list comes from a ``notes_source.NotesSource`` on a worker thread (a local vault's
``services.notes``, or a team's ``services.team_notes``: one dialog for both); writing and editing
go through :class:`~recruitdesk.gui.candidates.note_dialog.NoteDialog`, which keeps every earlier
version as an encrypted revision. A source that may not write (a team's DPO) leaves New and Edit
disabled with the reason. Closing (or locking, which closes it) drops every decrypted body.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import short_date, short_datetime
from recruitdesk.gui.candidates.note_dialog import NoteDialog
from recruitdesk.gui.candidates.notes_source import NotesSource, source_of
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import notes
from recruitdesk.vault.vault import Vault


def note_line(view: notes.NoteView) -> str:
    """A note in a list: date, kind, author, its first line, and whether it was edited or still to discuss."""
    first_line = view.body.splitlines()[0] if view.body else ""
    text = QCoreApplication.translate("CandidateNotesDialog", "{date} · {kind} · {author}: {text}").format(
        date=short_date(view.created_at.date()), kind=labels.label("note_kind", view.kind), author=view.author, text=first_line)
    if view.edited:
        text = QCoreApplication.translate("CandidateNotesDialog", "{text} (edited)").format(text=text)
    if view.needs_discussion:
        text = QCoreApplication.translate("CandidateNotesDialog", "{text} – not yet discussed with the candidate").format(text=text)
    return text


class CandidateNotesDialog(QDialog):
    """Emits ``loaded`` whenever the list shows the latest notes and ``changed`` after a save."""

    loaded = Signal()
    changed = Signal()

    def __init__(self, source: NotesSource | Vault, candidate_id: object, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source_of(source)
        self.candidate_id = candidate_id
        self._name = name
        self._task: Task | None = None
        self._closed = False
        self.views: list[notes.NoteView] = []
        self.note_dialog: NoteDialog | None = None
        self.setWindowTitle(self.tr("Screening notes – {name}").format(name=name))
        self.setAccessibleName(self.tr("Screening notes"))
        self.resize(620, 480)

        self.status_label = QLabel(self.tr("Loading…"))
        self.status_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.itemSelectionChanged.connect(self._show_history)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Versions of the selected note"))
        self.history.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New note…"))
        self.new_button.clicked.connect(lambda: self.new_note())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.error_label = inline_error_label()
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.list, 2)
        layout.addLayout(row)
        history_label = QLabel(self.tr("&Versions of the selected note (newest first):"))
        history_label.setBuddy(self.history)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.edit_button.setEnabled(False)
        self.finished.connect(lambda _result: self._forget())
        if not self._source.writable:
            self.new_button.setEnabled(False)
            for button in (self.new_button, self.edit_button):
                button.setToolTip(self._source.read_only_reason)
            self.read_only_label = QLabel(self._source.read_only_reason)
            self.read_only_label.setWordWrap(True)
            layout.insertWidget(1, self.read_only_label)
        self.reload()

    @property
    def desk(self) -> object | None:
        """The team desk the notes are read through (None for a local vault): the team's menu action
        raises this dialog again only while it shows the same team."""
        return self._source.desk

    # --- loading ---------------------------------------------------------------------------
    def reload(self, select_id: object = None) -> None:
        """Read the notes again, selecting ``select_id`` (by default the note selected now: a colleague's
        change read in a team keeps the user's place)."""
        if select_id is None and (current := self.selected()) is not None:
            select_id = current.id
        task = self._source.read_task(self.candidate_id)
        task.finished.connect(lambda views, task=task: self._arrived(task, views, select_id))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._task = task
        task.start()

    def _arrived(self, task: Task, views: list[notes.NoteView], select_id: object) -> None:
        if task is not self._task or self._closed:
            return
        self._task = None
        self.views = list(views)
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem(note_line(view))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
        self.status_label.setText(self.tr("No screening notes yet.") if not self.views
                                  else self.tr("%n screening notes.", "", len(self.views)))
        ids = [view.id for view in self.views]
        if ids:
            row = ids.index(select_id) if select_id in ids else len(ids) - 1
            self.list.setCurrentRow(row)
        self._show_history()
        self.loaded.emit()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._task or self._closed:
            return
        self._task = None
        self.error_label.setText(user_message(error))
        self.error_label.show()

    def selected(self) -> notes.NoteView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_history(self) -> None:
        self.history.clear()
        view = self.selected()
        self.edit_button.setEnabled(view is not None and self._source.writable)
        if view is None:
            return
        for number, version in reversed(list(enumerate(view.history, start=1))):
            self.history.addItem(self.tr("Version {number}, {date}, {author}:\n{text}").format(
                number=number, date=short_datetime(version.written_at), author=version.author, text=version.body))

    # --- writing ---------------------------------------------------------------------------
    def new_note(self) -> NoteDialog | None:
        return self._open(None) if self._source.writable else None

    def edit_selected(self) -> NoteDialog | None:
        view = self.selected()
        return self._open(view) if view is not None and self._source.writable else None

    def _open(self, view: notes.NoteView | None) -> NoteDialog:
        if self.note_dialog is not None:
            self.note_dialog.reject()
        dialog = NoteDialog(self._source, self.candidate_id, self._name, view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.conflicted.connect(lambda theirs: not self._closed and self.reload(select_id=theirs.id))
        dialog.finished.connect(lambda _result, dialog=dialog: self.note_dialog is dialog and setattr(self, "note_dialog", None))
        self.note_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, view: Any) -> None:
        if self._closed:
            return
        self.changed.emit()
        self.reload(select_id=view.id)

    def done(self, result: int) -> None:  # closed or locked: forget every decrypted body
        self._forget()
        super().done(result)

    def _forget(self) -> None:
        """Also on ``finished``: a team's Lock closes the dialog with ``QDialog.done``, past the override above."""
        self._closed = True
        self._task = None
        dialog, self.note_dialog = self.note_dialog, None
        if dialog is not None:
            dialog.reject()
        self.views = []
        self.list.clear()
        self.history.clear()
