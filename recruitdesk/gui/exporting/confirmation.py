"""The confirmation after an export: where the files are, that they left the vault, and a button
that opens their folder in the file manager (through ``QDesktopServices``, replaceable in tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from recruitdesk.services.exporting import ExportResult

UrlOpener = Callable[[QUrl], bool]


def export_folder(result: ExportResult) -> Path:
    """The folder to show: the export folder itself, or the folder holding the zip file."""
    return result.path if result.path.is_dir() else result.path.parent


class ExportDoneBox(QMessageBox):
    """Non-blocking; "Show in folder" opens the folder and closes the box; ``open_failed(message)``
    says when no file manager could open it."""

    open_failed = Signal(str)

    def __init__(self, result: ExportResult, name: str, parent: QWidget | None = None,
                 open_url: UrlOpener = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self._folder = export_folder(result)
        self._open_url = open_url
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Export finished"))
        self.setText(self.tr("The data of {name} was exported.").format(name=name))
        details = self.tr("Saved as {path}.").format(path=result.path)
        if result.encrypted:
            details += " " + self.tr("The export is protected by the password you chose.")
        details += " " + self.tr("It is outside the encrypted vault: keep it safe and delete it when it is no longer needed.")
        self.setInformativeText(details)
        self.show_button: QPushButton = self.addButton(self.tr("&Show in folder"), QMessageBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(self.show_folder)  # the box closes after any button
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)

    def show_folder(self) -> bool:
        opened = self._open_url(QUrl.fromLocalFile(str(self._folder)))
        if not opened:
            self.open_failed.emit(self.tr("The folder could not be opened. It is {path}.").format(path=self._folder))
        return opened
