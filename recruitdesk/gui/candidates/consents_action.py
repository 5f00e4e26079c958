"""Candidate > Consents… in the local window: every consent of the selected candidate, of every purpose.

A local vault used to show consents only in the Candidate dock's Consents tab and withdraw only the
reserve consent (in the facts dialog) or the one consent in force; a sharing consent could not be
seen beside the reserve one and withdrawn on its own. The action opens the dialog a team uses too
(``consents_dialog.ConsentsDialog``) on the local vault's source; it is enabled while exactly one
candidate is selected. Whatever the dialog records or withdraws reloads the table and the dock
(the countdown moved).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from recruitdesk.gui.candidates.consents_dialog import ConsentsDialog
from recruitdesk.gui.candidates.consents_source import LocalConsentsSource
from recruitdesk.gui.shell.feature import Feature


class ConsentsAction(Feature):
    DIALOGS = ("consents_dialog",)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.consents_action = self.action(
            self.tr("C&onsents…"), self.tr("See every consent of the selected candidate, record one or withdraw one"), None,
            self.open_consents, "actionCandidateConsents", self.tr("Consents…"))
        window.candidate_menu.addAction(self.consents_action)
        self.consents_action.setEnabled(False)

    def update_actions(self) -> None:
        self.consents_action.setEnabled(self.vault is not None and len(self.window.selected_ids()) == 1)

    def open_consents(self) -> ConsentsDialog | None:
        ids = self.window.selected_ids()
        if self.vault is None or len(ids) != 1:
            return None
        self.close_dialog("consents_dialog")
        dialog = ConsentsDialog(LocalConsentsSource(self.vault, self.window.today), ids[0], self.window.name_of(ids[0]),
                                self.window.today, self.window)
        dialog.changed.connect(lambda _view: self.window.refresh())
        self.track(dialog, "consents_dialog")
        dialog.open()
        dialog.reload()
        return dialog


def install(window: QMainWindow) -> ConsentsAction:
    """Add Candidate > Consents… (after Documents…)."""
    return ConsentsAction(window)
