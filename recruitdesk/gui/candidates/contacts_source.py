"""Where the Record a contact… dialog reads and records: one dialog for both kinds of vault.

The dialog (``contact_dialog.ContactDialog``) asks a source for tasks: the candidate's contacts so
far (``services.contacts.ContactLine``, oldest first) and a new contact (day, kind, channel), which
finishes with the countdown as it is now (anything with a ``due_on``: a local vault's
``CandidateRetention``, a team's ``RetentionView``) so the dialog can say the new deadline. A local
vault's source calls ``services.contacts`` on its SQLCipher file, whose ``contact_events`` keep every
contact, a rejection letter marked sent included; a team's (``gui.team.contacts_source``) calls
``services.team_contacts`` through the open team. Both record on the database worker (a
``WriteTask``), the last contact and the countdown moving in the same transaction. The dialog never
asks which backend it is on; a source says whether this user may record, and if not, why.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import contacts
from recruitdesk.vault.vault import Vault


class ContactsSource(Protocol):
    @property
    def writable(self) -> bool: ...

    @property
    def read_only_reason(self) -> str: ...  # shown above the disabled controls when not writable

    @property
    def desk(self) -> object | None: ...  # the team desk the contacts are read through (None: a local vault)

    def read_task(self, candidate_id: object) -> Task: ...  # finishes with list[ContactLine]

    def record_task(self, candidate_id: object, on: dt.date, kind: str, channel: str) -> Task: ...  # the countdown now (.due_on)


class LocalContactsSource:
    """The local vault: its one user records."""

    writable = True
    read_only_reason = ""
    desk = None

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def read_task(self, candidate_id: object) -> Task:
        return Task(contacts.contacts_of, self.vault, candidate_id)

    def record_task(self, candidate_id: object, on: dt.date, kind: str, channel: str) -> Task:
        return WriteTask(contacts.record, self.vault, candidate_id, on, kind, channel)
