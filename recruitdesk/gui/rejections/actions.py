"""Offering the rejection drafts when a vacancy is filled.

The vacancies feature announces a closing (``vacancy_closed(vacancy_id, rejected)``); the window
connects it to ``offer_drafts``, which opens one dialog with a draft per rejected application.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from recruitdesk.gui.rejections.dialog import RejectionDraftsDialog
from recruitdesk.gui.shell.feature import Feature


class RejectionsFeature(Feature):
    DIALOGS = ("drafts_dialog",)

    def offer_drafts(self, _vacancy_id: int, rejected: list[int]) -> RejectionDraftsDialog | None:
        """Open the drafts for the applications that just ended as not hired (none: nothing to offer)."""
        if self.vault is None or not rejected:
            return None
        self.close_dialog("drafts_dialog")
        dialog = RejectionDraftsDialog(self.vault, list(rejected), self.window, today=self.window.today)
        dialog.consent_recorded.connect(self.window.refresh)
        self.track(dialog, "drafts_dialog")
        dialog.show()
        return dialog


def install(window: QMainWindow) -> RejectionsFeature:
    return RejectionsFeature(window)
