"""Candidate > Export data: one candidate's data as a workbook and JSON, outside the vault.

The dialog warns first that the files leave the encrypted vault; the folder chooser is a plain
attribute (``choose_export_folder``), so tests pre-answer it. When it is done, a confirmation
says where the files are, with "Show in folder" (``open_url``, a plain attribute too).
"""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow

from recruitdesk.gui.exporting.confirmation import ExportDoneBox, UrlOpener
from recruitdesk.gui.exporting.dialog import ExportDialog, choose_export_folder
from recruitdesk.gui.shell.feature import Feature
from recruitdesk.services.exporting import ExportResult


class ExportActions(Feature):
    DIALOGS = ("export_dialog", "done_box")

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.choose_export_folder = choose_export_folder
        self.open_url: UrlOpener = QDesktopServices.openUrl  # tests record the URL instead
        self.export_action = self.action(
            self.tr("E&xport data…"), self.tr("Export the selected candidate's data; the export leaves the encrypted vault"),
            "Ctrl+Shift+X", self.export_candidate, "actionExportCandidate", self.tr("Export…"))
        window.candidate_menu.addAction(self.export_action)

    def confirm(self, result: ExportResult, name: str) -> ExportDoneBox:
        """Say where the export is, with "Show in folder"; the status bar keeps the path too."""
        self.window.statusBar().showMessage(
            self.tr("Exported to {path}. The export is outside the encrypted vault.").format(path=result.path), 12000)
        self.close_dialog("done_box")
        box = ExportDoneBox(result, name, self.window, open_url=lambda url: self.open_url(url))
        box.open_failed.connect(lambda message: self.window.statusBar().showMessage(message, 12000))
        self.track(box, "done_box")
        box.open()
        return box

    def update_actions(self) -> None:
        self.export_action.setEnabled(self.vault is not None and bool(self.window.selected_ids()))

    def export_candidate(self, candidate_id: int | None = None) -> ExportDialog | None:
        """Export one candidate's data; the dialog warns first that the files leave the vault."""
        candidate_id = candidate_id if candidate_id is not None else self.window.current_id()
        if self.vault is None or candidate_id is None:
            return None
        self.close_dialog("export_dialog")
        dialog = ExportDialog(self.vault, candidate_id, self.window.name_of(candidate_id), parent=self.window,
                              choose_folder=self.choose_export_folder)
        name = self.window.name_of(candidate_id)
        dialog.exported.connect(lambda result: self.confirm(result, name))
        self.track(dialog, "export_dialog")
        dialog.open()
        return dialog


def install(window: QMainWindow) -> ExportActions:
    """Add Export data… to the Candidate menu and the toolbar."""
    return ExportActions(window)
