"""Exporting one candidate's data from the window, with the warning the export needs.

The warning that the files leave the vault is the first thing in the dialog, and the password
option sits right under it (DESIGN.md §4: warn, and offer a password-protected export). The
export runs on a worker thread with progress and a working Cancel; a cancelled or failed export
leaves nothing behind (``exporting.archive``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, TaskControl
from recruitdesk.services.exporting import AES_NOTE, EXPORT_WARNING, MIN_PASSWORD_LENGTH, ExportResult, export_candidate
from recruitdesk.i18n import translate
from recruitdesk.vault.vault import Vault

WARNING_STYLE = "background: #fff4e5; border: 1px solid #f0a020; padding: 6px;"

# choose_folder(parent) -> a folder path, or None when the user cancelled
FolderChooser = Callable[[QWidget | None], str | None]
# export(folder, as_zip, password, control=...) -> the result: the worker side for another store (the team vault)
Exporter = Callable[..., ExportResult]


def choose_export_folder(parent: QWidget | None) -> str | None:
    return QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ExportDialog", "Export into folder")) or None


def run_export(vault: Vault, candidate_id: int, folder: str, as_zip: bool, password: str | None,
               request_id: int | None, control: TaskControl) -> ExportResult:
    """The worker-thread side: the core export, reporting progress and honouring Cancel."""
    return export_candidate(vault, candidate_id, Path(folder), as_zip=as_zip, password=password, request_id=request_id,
                            progress=control.report, cancelled=lambda: control.cancelled)


class ExportDialog(QDialog):
    """Choose where and how; ``exported`` carries the ExportResult when done."""

    exported = Signal(object)

    def __init__(self, vault: Vault | None, candidate_id: object, name: str, request_id: int | None = None,
                 parent: QWidget | None = None, choose_folder: FolderChooser = choose_export_folder,
                 export: Exporter | None = None) -> None:
        super().__init__(parent)
        self._vault, self._candidate_id, self._request_id = vault, candidate_id, request_id
        self._export = export  # None: the local vault's export
        self._choose_folder = choose_folder
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Export {name}'s data").format(name=name))
        self.setAccessibleName(self.windowTitle())

        self.warning_label = QLabel(translate("export", EXPORT_WARNING))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.zip_box = QCheckBox(self.tr("One &zip file instead of a folder"))
        self.protect_box = QCheckBox(self.tr("&Protect with a password (AES-256 zip)"))
        self.protect_box.setChecked(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat password"))
        self.aes_label = QLabel(translate("export", AES_NOTE))
        self.aes_label.setWordWrap(True)

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"))  # a row holding a layout gets no buddy by itself
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.zip_box)
        form.addRow("", self.protect_box)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        form.addRow("", self.aes_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.error_label = inline_error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.protect_box.toggled.connect(self._protection_changed)
        self._protection_changed()

    def _browse(self) -> None:
        folder = self._choose_folder(self)
        if folder:
            self.folder_edit.setText(folder)

    def _protection_changed(self) -> None:
        protected = self.protect_box.isChecked()
        for widget in (self.password_edit, self.repeat_edit, self.aes_label):
            widget.setEnabled(protected)
        self.zip_box.setEnabled(not protected)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.progress_bar.hide()
        self.export_button.setEnabled(True)

    def start_export(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self._show_error(self.tr("Choose the folder to export into."))
            return
        password = None
        if self.protect_box.isChecked():
            password = self.password_edit.text()
            if len(password) < MIN_PASSWORD_LENGTH:
                self._show_error(self.tr("The password must be at least {length} characters long.").format(length=MIN_PASSWORD_LENGTH))
                return
            if password != self.repeat_edit.text():
                self._show_error(self.tr("The two passwords are not the same."))
                return
        self.error_label.hide()
        self.export_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        if self._export is not None:
            self._task = Task(self._export, folder, self.zip_box.isChecked(), password)
        else:
            self._task = Task(run_export, self._vault, self._candidate_id, folder, self.zip_box.isChecked(), password, self._request_id)
        self._task.progress.connect(self._progress)
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _done(self, result: ExportResult) -> None:
        self._task = None
        self.exported.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._show_error(user_message(error))

    def cancel(self) -> None:
        """Cancel a running export (it removes what it wrote), or close the dialog."""
        if self._task is not None:
            self._task.cancel()
            return
        self.reject()
