"""Candidate > Documents…: a candidate's files, with Add, Save a copy and Remove, in either kind of vault.

The dialog reads and writes through a source (``documents_source.DocumentsSource``: a local vault's
or a team's) and never asks which backend it is on; the source says whether this user may add and
remove (a team's DPO may not: no Add or Remove, and a sentence why). The list (name, type, date
added, exact size) is read on a worker; adding and removing run on the database worker. Files are
added as the import reads them, so a protected, damaged, unsupported or oversized file is refused
with the import's reason, shown under the list. A protected file is asked for its password under
the list (the import review's way) and read again with it; "Skip" leaves it out. "Save a copy…"
writes the decrypted file only where the user chooses. "Remove…" asks first; when the source says
the list went stale (a team colleague's change or removal meanwhile, a document already gone) the
sentence is shown and the list is read again. A team window's change feed reloads the list when a
colleague adds or removes one of this candidate's documents (``gui.team.candidate_dialog_action``).
The list, its labels and the running of the source's tasks are a candidate's records dialog's
(``records_dialog``), as Consents…'s are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTreeWidgetItem, QWidget

from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.documents_source import DocumentLine, DocumentsSource
from recruitdesk.gui.candidates.records_dialog import RecordsDialog
from recruitdesk.services.document_files import AddOutcome

NAME, TYPE, ADDED, SIZE = range(4)

# choose_files(parent) -> the files to add (empty when cancelled)
FilesChooser = Callable[[QWidget | None], list[Path]]
# choose_copy_target(parent, suggested) -> where to write the copy, or None when cancelled
CopyChooser = Callable[[QWidget | None, Path], Path | None]


def choose_files(parent: QWidget | None) -> list[Path]:
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("DocumentsDialog", "Add documents"), str(Path.home()),
        QCoreApplication.translate("DocumentsDialog", "Documents (*.pdf *.docx *.doc *.odt *.rtf *.txt *.md *.eml *.msg "
                                                          "*.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
    return [Path(path) for path in chosen]


def choose_copy_target(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("DocumentsDialog", "Save a copy of the document"), str(suggested))
    return Path(chosen) if chosen else None


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


class DocumentsDialog(RecordsDialog[DocumentLine]):
    added = Signal(object)  # the outcomes of one Add
    copied = Signal(object)  # the Path written
    removed = Signal(object)  # the DocumentLine removed
    confirmation_opened = Signal(object)  # the Remove question box
    source: DocumentsSource

    def __init__(self, source: DocumentsSource, candidate_id: object, name: str, parent: QWidget | None = None) -> None:
        super().__init__(source, candidate_id, name, parent)
        self.choose_files: FilesChooser = choose_files  # tests pre-answer the file pickers
        self.choose_copy_target: CopyChooser = choose_copy_target
        self._name_list(self.tr("Documents of {name}").format(name=name), self.tr("Documents"),
                        [self.tr("Name"), self.tr("Type"), self.tr("Added"), self.tr("Size")])
        self.list.setColumnWidth(NAME, 260)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.save_copy())
        self.empty_label.setText(self.tr("No documents yet."))
        self.read_only_label.setText(source.read_only_reason)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.protected: list[AddOutcome] = []  # refused for a password: asked one after the other
        self.password_row = self._build_password_row()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.copy_button = QPushButton(self.tr("&Save a copy…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.add_button.clicked.connect(self.add)
        self.copy_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.remove_button):
            button.setVisible(self.writable)
        self._lay_out((self.add_button, self.copy_button, self.remove_button), (self.password_row,), 620, 380)

    # --- the list ----------------------------------------------------------------------------
    def _item(self, line: DocumentLine) -> QTreeWidgetItem:
        item = QTreeWidgetItem([line.filename, line.type_text(), short_date(line.added_at.astimezone().date()),
                                size_text(line.size)])
        item.setToolTip(NAME, line.filename)
        item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _key(self, line: DocumentLine) -> object:
        return line.document_id

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.writable and not self.busy)
        self.copy_button.setEnabled(chosen and not self.busy)
        self.remove_button.setEnabled(self.writable and chosen and not self.busy)

    # --- add ---------------------------------------------------------------------------------
    def add(self) -> None:
        paths = self.choose_files(self)
        if not paths:
            return
        self._clear_messages()
        self.message_label.setText(self.tr("Reading %n files…", "", len(paths)))
        self.message_label.show()
        self._run(self.source.add_task(self.candidate_id, paths), self._added)

    def _added(self, outcomes: list[AddOutcome]) -> None:
        stored = sum(1 for outcome in outcomes if outcome.added)
        refused = [outcome for outcome in outcomes if not outcome.added]
        self.message_label.setText(self.tr("%n files added.", "", stored))
        self.message_label.setVisible(bool(stored))
        if refused:
            self._show_error("\n".join(outcome.reason or outcome.file for outcome in refused))
        self.protected = [outcome for outcome in refused if outcome.needs_password]
        self._ask_password()
        self.added.emit(outcomes)
        if stored:
            self.reload()

    # --- a protected file: its password, then the file again -------------------------------
    def _build_password_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.password_label = QLabel(row)
        self.password_field = QLineEdit(row)
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(self.tr("Password"))
        self.password_label.setBuddy(self.password_field)
        self.open_button = QPushButton(self.tr("&Open with password"), row)
        self.skip_button = QPushButton(self.tr("S&kip"), row)
        self.password_field.returnPressed.connect(self.open_protected)
        self.open_button.clicked.connect(self.open_protected)
        self.skip_button.clicked.connect(self.skip_protected)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password_field, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.skip_button)
        row.hide()
        return row

    def _ask_password(self) -> None:
        """The first protected file still waiting: its name and an empty password field."""
        if not self.protected:
            self.password_row.hide()
            return
        self.password_label.setText(self.tr("{file} is protected. &Password:").format(file=self.protected[0].file))
        self.password_field.clear()
        self.password_row.show()
        self.password_field.setFocus()

    def open_protected(self) -> None:
        if not self.protected or self.busy or not self.password_field.text():
            return
        waiting = self.protected[0]
        self._clear_messages()
        self._run(self.source.add_task(self.candidate_id, [waiting.path], {str(waiting.path): self.password_field.text()}),
                  lambda outcomes: self._reopened(waiting, outcomes))

    def _reopened(self, waiting: AddOutcome, outcomes: list[AddOutcome]) -> None:
        """Added: on to the next protected file; a wrong password: the reason, and the same file again."""
        others = [outcome for outcome in self.protected if outcome is not waiting]
        self._added(outcomes)  # waiting again only when the password was wrong
        self.protected = self.protected + others
        self._ask_password()

    def skip_protected(self) -> None:
        self.protected = self.protected[1:]
        self._ask_password()

    # --- save a copy -------------------------------------------------------------------------
    def save_copy(self) -> None:
        line = self.selected()
        if line is None or self.busy:
            return
        target = self.choose_copy_target(self, Path.home() / line.filename)
        if target is None:
            return
        self._clear_messages()
        self._run(self.source.copy_task(line, target), self._copied)

    def _copied(self, path: Path) -> None:
        self.message_label.setText(self.tr("A copy was saved to {path}. It is outside the encrypted vault.").format(path=str(path)))
        self.message_label.show()
        self.copied.emit(path)

    # --- remove ------------------------------------------------------------------------------
    def remove(self) -> QMessageBox | None:
        line = self.selected()
        if line is None or self.busy or not self.writable:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove the document"),
                          self.tr("Remove {file} from the documents of {name}?").format(file=line.filename, name=self.name),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.source.removal_warning)
        box.remove_button = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)  # type: ignore[attr-defined]
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: box.clickedButton() is box.remove_button and self._remove(line))
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()
        self.confirmation_opened.emit(box)
        return box

    def _remove(self, line: DocumentLine) -> None:
        if not shiboken6.isValid(self):
            return
        self._clear_messages()
        self._run(self.source.remove_task(line), lambda _none: self._removed(line))

    def _removed(self, line: DocumentLine) -> None:
        self.message_label.setText(self.tr("{file} was removed.").format(file=line.filename))
        self.message_label.show()
        self.removed.emit(line)
        self.reload()
