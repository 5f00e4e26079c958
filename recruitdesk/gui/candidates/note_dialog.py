"""Writing or editing a screening note, with its history visible.

An online-screening note needs its source and shows the "discussed with the candidate" box
(ICT Makers: findings are discussed, nobody is rejected on screening alone); other kinds hide
both. Editing never overwrites: the service keeps the previous body as an encrypted revision,
and the dialog lists earlier versions read-only so the recruiter sees what changed.

It writes through a ``notes_source.NotesSource`` (a local vault or a team). A team's edit goes over
the version read; when a colleague saved a newer one meanwhile, the save ends in a
``NoteConflict``: nothing was saved, the colleague's text is shown above the user's (kept in the
box), and Save then goes over the colleague's version, which is kept as an earlier version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import short_datetime
from recruitdesk.gui.candidates.notes_source import NotesSource, source_of
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import notes
from recruitdesk.vault.vault import Vault


class NoteDialog(QDialog):
    """Add a note (``note`` is None) or edit one; ``saved`` carries the stored NoteView."""

    saved = Signal(object)
    conflicted = Signal(object)  # a colleague's newer version met on Save (shown here, nothing saved)

    def __init__(self, source: NotesSource | Vault, candidate_id: object, name: str, note: notes.NoteView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source_of(source)
        self._candidate_id = candidate_id
        self._note = note
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Edit screening note") if note else self.tr("New screening note"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("Screening note about {name}").format(name=name))
        self.kind_combo = QComboBox()
        for code in notes.KINDS:
            self.kind_combo.addItem(labels.label("note_kind", code), code)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Where the information was found, e.g. LinkedIn"))
        self.source_edit.setAccessibleName(self.tr("Source"))
        self.discussed_box = QCheckBox(self.tr("Findings &discussed with the candidate"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName(self.tr("Note"))
        self.reminder_label = QLabel(self.tr("Discuss what you found with the candidate; never reject on screening alone."))
        self.reminder_label.setWordWrap(True)
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(self.tr("Earlier versions"))
        self.history_label = QLabel(self.tr("Earlier versions:"))
        self.conflict_label = QLabel()  # a colleague's newer version, after a save that met it
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_label.hide()

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Source:"), self.source_edit)
        self.form.addRow("", self.discussed_box)
        self.form.addRow(self.tr("&Note:"), self.body_edit)
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.conflict_label)
        layout.addLayout(self.form)
        layout.addWidget(self.reminder_label)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_list)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if note is not None:
            self.kind_combo.setCurrentIndex(notes.KINDS.index(note.kind))
            self.kind_combo.setEnabled(False)  # the kind and source describe how it was learnt
            self.source_edit.setText(note.source or "")
            self.source_edit.setReadOnly(True)
            self.discussed_box.setChecked(note.discussed_with_candidate)
            self.body_edit.setPlainText(note.body)
        self._show_history(note)
        self._kind_changed()

    def _show_history(self, note: notes.NoteView | None) -> None:
        self.history_list.clear()
        for version in (note.history[:-1] if note is not None else ()):
            self.history_list.addItem(self.tr("{date} — {author}: {text}").format(
                date=short_datetime(version.written_at), author=version.author, text=version.body))
        for widget in (self.history_label, self.history_list):
            widget.setVisible(self.history_list.count() > 0)

    def _kind_changed(self) -> None:
        online = self.kind_combo.currentData() == notes.ONLINE_SCREENING
        for widget in (self.source_edit, self.discussed_box, self.reminder_label):
            widget.setVisible(online)
        label = self.form.labelForField(self.source_edit)
        if label is not None:
            label.setVisible(online)

    def _show_error(self, error: BaseException) -> None:
        self.error_label.setText(user_message(error))
        self.error_label.show()
        self.buttons.setEnabled(True)

    def save(self) -> None:
        self.buttons.setEnabled(False)
        body, discussed = self.body_edit.toPlainText(), self.discussed_box.isChecked()
        if self._note is None:
            self._task = self._source.add_task(self._candidate_id, self.kind_combo.currentData(), body, self.source_edit.text(), discussed)
        else:
            self._task = self._source.edit_task(self._note, body, discussed)
        self._task.finished.connect(self._stored)
        self._task.failed.connect(self._show_error)
        self._task.start()

    def _stored(self, result: object) -> None:
        if isinstance(result, notes.NoteConflict):
            self._met_newer(result)
            return
        self.saved.emit(result)
        self.accept()

    def _met_newer(self, conflict: notes.NoteConflict) -> None:
        """Nothing was saved: show the colleague's version, keep the typed text; Save goes over theirs now."""
        theirs = conflict.theirs
        self._note = theirs
        last = theirs.history[-1]
        self.conflict_label.setText(self.tr(
            "{author} saved a newer version of this note on {date} while you were editing it:\n\n{text}\n\n"
            "Nothing of yours was saved yet; your text is still below. Save to store it over theirs (theirs is kept as an "
            "earlier version), or Cancel to keep theirs.").format(author=last.author, date=short_datetime(last.written_at),
                                                                 text=theirs.body))
        self.conflict_label.show()
        self._show_history(theirs)
        self.buttons.setEnabled(True)
        self.conflicted.emit(theirs)  # the list behind shows the colleague's version meanwhile
