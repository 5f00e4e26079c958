"""Where the suppression list dialog gets its entries: one dialog for both kinds of vault.

The dialog (``window.SuppressionListDialog``) asks a source for a task that lists the entries
(``services.suppression.SuppressionList``, the same rows for both) and one that removes an entry
with a written reason, and whether this user may remove at all. A local vault's source reads its
SQLCipher file (anyone with the vault removes, the write on the one database writer); a team's
source (``gui.team.suppression_action``) reads the team's server through the open team, where only
an administrator removes. The dialog never asks which backend it is on.
"""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import suppression
from recruitdesk.vault.vault import Vault


class SuppressionSource(Protocol):
    """What the suppression list dialog reads and writes through."""

    desk: object  # the open team the dialog shows (one dialog per team, ``gui.team.one_dialog``); None for a local vault

    def may_remove(self) -> bool: ...

    def list_task(self, include_removed: bool) -> Task:
        """A task whose result is a ``SuppressionList``."""
        ...

    def remove_task(self, entry_id: int | UUID, reason: str) -> Task: ...


class LocalSuppressionSource:
    """A local vault's list: whoever unlocked the vault may remove an entry."""

    desk = None

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def may_remove(self) -> bool:
        return True

    def list_task(self, include_removed: bool) -> Task:
        return Task(suppression.list_entries, self.vault, include_removed)

    def remove_task(self, entry_id: int | UUID, reason: str) -> Task:
        if not isinstance(entry_id, int):
            raise TypeError("a local entry is numbered")
        return WriteTask(suppression.remove_entry, self.vault, entry_id, reason)
