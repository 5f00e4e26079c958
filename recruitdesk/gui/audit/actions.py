"""The Retention menu's "Audit trail…" and "Suppression list…": each opens its window on the
unlocked vault; locking the vault closes it (``Feature.vault_closed``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from recruitdesk.gui.audit.audit_source import LocalAuditSource
from recruitdesk.gui.audit.suppression_source import LocalSuppressionSource
from recruitdesk.gui.audit.window import AuditWindow, FileChooser, SuppressionListDialog, choose_export_file
from recruitdesk.gui.shell.feature import Feature


class AuditFeature(Feature):
    DIALOGS = ("dialog",)

    def __init__(self, window: QMainWindow, choose_file: FileChooser = choose_export_file) -> None:
        super().__init__(window)
        self.choose_file = choose_file
        self.audit_action = self.action(
            QCoreApplication.translate("AuditFeature", "&Audit trail…"),
            QCoreApplication.translate("AuditFeature", "Check, filter and export the audit trail for the data protection officer"),
            None, self.open_audit, "actionAuditTrail")
        self.suppression_action = self.action(
            QCoreApplication.translate("AuditFeature", "Su&ppression list…"),
            QCoreApplication.translate("AuditFeature", "Who must not be contacted again, on what basis; remove an entry with a reason"),
            None, self.open_suppression_list, "actionSuppressionList")
        menu = window.ui.menuRetention
        menu.addSeparator()
        menu.addAction(self.audit_action)
        menu.addAction(self.suppression_action)
        self.update_actions()

    def update_actions(self) -> None:
        unlocked = self.vault is not None
        self.audit_action.setEnabled(unlocked)
        self.suppression_action.setEnabled(unlocked)

    def open_audit(self) -> AuditWindow | None:
        if self.vault is None:
            return None
        return self._show(AuditWindow(LocalAuditSource(self.vault), self.window, self.choose_file))

    def open_suppression_list(self) -> SuppressionListDialog | None:
        if self.vault is None:
            return None
        return self._show(SuppressionListDialog(LocalSuppressionSource(self.vault), self.window))

    def _show(self, dialog: QDialog) -> QDialog:
        self.close_dialogs()
        self.track(dialog, "dialog")
        dialog.show()
        return dialog


def install(window: QMainWindow, choose_file: FileChooser = choose_export_file) -> AuditFeature:
    """Add the Audit window and the suppression list to the window's Retention menu; keep the result."""
    return AuditFeature(window, choose_file)
