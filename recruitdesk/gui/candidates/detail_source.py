"""Where the Candidate dock gets what it shows: one dock for both kinds of vault.

The dock (``detail.CandidateDetailPane``) asks a source for three things, each a task to run:
a candidate's details, a document's preview, and a saved profile. A local vault's source reads
its SQLCipher file (the profile saved by the one database writer); a team's source
(``gui.team.detail_source``) reads the team's server through the open team. The dock never asks
which backend it is on; a source says only what it can do (``editable``, ``shows_board``).

A save is given the profile the form started from (a team saves over the version it was read at)
and ends with ``finished(profile)``, the profile as saved, or ``finished(None)`` when nothing was
saved and the typed text stays in the form (a team's user closed the conflict dialog without
choosing), or ``finished(TheirsShown(profile))`` when the user took a colleague's newer version
instead of saving theirs (shown, but nothing was saved, and the window must not say it was), or
``failed(error)``. What happens in between is the source's: a team shows a colleague's newer save
beside the user's (``gui.team.dock_save``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from PySide6.QtCore import SignalInstance

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import candidate_detail as cd
from recruitdesk.vault.vault import Vault

VaultProvider = Callable[[], Vault | None]


@dataclass(frozen=True)
class TheirsShown:
    """A save that ended with a colleague's version on show: nothing the user typed was saved."""

    profile: cd.Profile


class SaveJob(Protocol):
    """A profile save the dock runs: a ``Task``, or a source's own chain of them."""

    @property
    def finished(self) -> SignalInstance: ...

    @property
    def failed(self) -> SignalInstance: ...

    def start(self) -> object: ...


class DetailSource(Protocol):
    @property
    def editable(self) -> bool: ...  # the dock's form saves the profile here

    @property
    def shows_board(self) -> bool: ...  # an application can be shown on its vacancy's board

    def is_open(self) -> bool: ...

    def read_task(self, candidate_id: object) -> Task: ...

    def preview_task(self, document_id: object, want_bytes: bool) -> Task: ...

    def save_task(self, read: cd.Profile, name: str, email: str, phone: str, city: str, linkedin: str) -> SaveJob: ...


def _local_preview(vault: Vault, document_id: int, want_bytes: bool) -> tuple[bytes | None, str]:
    """Worker thread: the decrypted content (PDFs only) and the extracted text of one document."""
    content = cd.document_bytes(vault, document_id) if want_bytes else None
    return content, cd.document_preview_text(vault, document_id)


class LocalDetailSource:
    """The local vault: read on a worker, the profile saved by the database writer."""

    editable = True
    shows_board = True

    def __init__(self, vault_provider: VaultProvider) -> None:
        self._vault_provider = vault_provider

    def is_open(self) -> bool:
        return self._vault_provider() is not None

    def _vault(self) -> Vault:
        vault = self._vault_provider()
        assert vault is not None, "asked while locked"
        return vault

    def read_task(self, candidate_id: object) -> Task:
        return Task(cd.candidate_detail, self._vault(), candidate_id)

    def preview_task(self, document_id: object, want_bytes: bool) -> Task:
        return Task(_local_preview, self._vault(), document_id, want_bytes)

    def save_task(self, read: cd.Profile, name: str, email: str, phone: str, city: str, linkedin: str) -> Task:
        return WriteTask(cd.update_profile, self._vault(), read.id, name, email, phone, city, linkedin)
