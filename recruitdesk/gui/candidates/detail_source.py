"""Where the Candidate dock gets what it shows: one dock for both kinds of vault.

The dock (``detail.CandidateDetailPane``) asks a source for three things, each a task to run:
a candidate's details, a document's preview, and a saved profile. A local vault's source reads
its SQLCipher file (the profile saved by the one database writer); a team's source
(``gui.team.detail_source``) reads the team's server through the open team. The dock never asks
which backend it is on; a source says only what it can do (``editable``, ``shows_board``,
``edit``).
"""

from __future__ import annotations

from typing import Callable, Protocol

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import candidate_detail as cd
from recruitdesk.vault.vault import Vault

VaultProvider = Callable[[], Vault | None]


class DetailSource(Protocol):
    editable: bool  # the dock's form saves the profile here
    shows_board: bool  # an application can be shown on its vacancy's board
    edit: Callable[[], None] | None  # where the profile is edited instead, when the form does not save

    def is_open(self) -> bool: ...

    def read_task(self, candidate_id: object) -> Task: ...

    def preview_task(self, document_id: object, want_bytes: bool) -> Task: ...

    def save_task(self, candidate_id: object, name: str, email: str, phone: str, city: str, linkedin: str) -> Task: ...


def _local_preview(vault: Vault, document_id: int, want_bytes: bool) -> tuple[bytes | None, str]:
    """Worker thread: the decrypted content (PDFs only) and the extracted text of one document."""
    content = cd.document_bytes(vault, document_id) if want_bytes else None
    return content, cd.document_preview_text(vault, document_id)


class LocalDetailSource:
    """The local vault: read on a worker, the profile saved by the database writer."""

    editable = True
    shows_board = True
    edit = None

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

    def save_task(self, candidate_id: object, name: str, email: str, phone: str, city: str, linkedin: str) -> Task:
        return WriteTask(cd.update_profile, self._vault(), candidate_id, name, email, phone, city, linkedin)
