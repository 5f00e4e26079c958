"""Candidate > Record a contact… in the local window: the selected candidate's contacts, and a new one.

A local vault used to record a contact only in the facts dialog's Contact box (a plain contact and
its channel) and showed past contacts only as lines of the Candidate dock's timeline. The action
opens the dialog a team uses too (``contact_dialog.ContactDialog``) on the local vault's source: the
history its ``contact_events`` keep (rejection letters marked sent included) and a new contact of
any kind; it is enabled while exactly one candidate is selected. A contact recorded reloads the
table and the dock (the last contact and the countdown moved).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from recruitdesk.gui.candidates.contact_dialog import ContactDialog
from recruitdesk.gui.candidates.contacts_source import LocalContactsSource
from recruitdesk.gui.shell.feature import Feature


class ContactAction(Feature):
    DIALOGS = ("contact_dialog",)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.contact_action = self.action(
            self.tr("Record a con&tact…"), self.tr("See the selected candidate's contacts and record a new one; the countdown moves"),
            None, self.open_contacts, "actionRecordContact", self.tr("Contact…"))
        window.candidate_menu.addAction(self.contact_action)
        self.contact_action.setEnabled(False)

    def update_actions(self) -> None:
        self.contact_action.setEnabled(self.vault is not None and len(self.window.selected_ids()) == 1)

    def open_contacts(self) -> ContactDialog | None:
        ids = self.window.selected_ids()
        if self.vault is None or len(ids) != 1:
            return None
        self.close_dialog("contact_dialog")
        dialog = ContactDialog(LocalContactsSource(self.vault), ids[0], self.window.name_of(ids[0]), self.window.today(), self.window)
        dialog.recorded.connect(lambda _view: self.window.refresh())
        self.track(dialog, "contact_dialog")
        dialog.open()
        dialog.reload()
        return dialog


def install(window: QMainWindow) -> ContactAction:
    """Add Candidate > Record a contact… (after Consents…)."""
    return ContactAction(window)
