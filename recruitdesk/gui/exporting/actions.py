"""Candidate > Export data: one candidate's data as a workbook and JSON, outside the vault.

The dialog warns first that the files leave the encrypted vault; the folder chooser is a plain
attribute (``choose_export_folder``), so tests pre-answer it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from recruitdesk.gui.exporting.dialog import ExportDialog, choose_export_folder
from recruitdesk.gui.shell.feature import Feature


class ExportActions(Feature):
    DIALOGS = ("export_dialog",)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.choose_export_folder = choose_export_folder
        self.export_action = self.action(
            self.tr("E&xport data…"), self.tr("Export the selected candidate's data; the export leaves the encrypted vault"),
            "Ctrl+Shift+X", self.export_candidate, "actionExportCandidate", self.tr("Export…"))
        window.candidate_menu.addAction(self.export_action)

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
        dialog.exported.connect(lambda result: self.window.statusBar().showMessage(
            self.tr("Exported to {path}. The export is outside the encrypted vault.").format(path=result.path), 12000))
        self.track(dialog, "export_dialog")
        dialog.open()
        return dialog


def install(window: QMainWindow) -> ExportActions:
    """Add Export data… to the Candidate menu and the toolbar."""
    return ExportActions(window)
