"""Candidate > Documents… in the local window: the selected candidate's files, to add, save or remove.

A local vault used to show documents only as previews in the Candidate dock and take them only as
files dropped on a candidate; a wrongly attached file could not be removed, nor a copy saved. The
action opens the dialog a team uses too (``documents_dialog.DocumentsDialog``) on the local vault's
source; it is enabled while exactly one candidate is selected. Whatever the dialog adds or removes
reloads the table and the dock (whose Documents tab and timeline show it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from recruitdesk.gui.candidates.documents_dialog import DocumentsDialog
from recruitdesk.gui.candidates.documents_source import LocalDocumentsSource
from recruitdesk.gui.shell.feature import Feature


class DocumentsAction(Feature):
    DIALOGS = ("documents_dialog",)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.documents_action = self.action(
            self.tr("&Documents…"), self.tr("Add, save a copy of or remove the selected candidate's documents"), None,
            self.open_documents, "actionCandidateDocuments", self.tr("Documents…"))
        window.candidate_menu.addAction(self.documents_action)
        self.documents_action.setEnabled(False)

    def update_actions(self) -> None:
        self.documents_action.setEnabled(self.vault is not None and len(self.window.selected_ids()) == 1)

    def open_documents(self) -> DocumentsDialog | None:
        ids = self.window.selected_ids()
        if self.vault is None or len(ids) != 1:
            return None
        self.close_dialog("documents_dialog")
        dialog = DocumentsDialog(LocalDocumentsSource(self.vault), ids[0], self.window.name_of(ids[0]), self.window)
        dialog.added.connect(lambda outcomes: any(outcome.added for outcome in outcomes) and self.window.refresh())
        dialog.removed.connect(lambda _line: self.window.refresh())
        self.track(dialog, "documents_dialog")
        dialog.open()
        dialog.reload()
        return dialog


def install(window: QMainWindow) -> DocumentsAction:
    """Add Candidate > Documents… (after the Candidate menu's own actions)."""
    return DocumentsAction(window)
