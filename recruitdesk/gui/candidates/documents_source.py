"""Where the Documents… dialog reads and writes: one dialog for both kinds of vault.

The dialog (``documents_dialog.DocumentsDialog``) asks a source for tasks: the candidate's documents
(lines with a file name, ``type_text()``, ``added_at`` and ``size``), adding files (a list of
``document_files.AddOutcome``), a copy of one document, and its removal. A local vault's source calls
``services.candidate_documents`` on its SQLCipher file; a team's (``gui.team.documents_source``) calls
``services.team_documents`` through the open team, where a removal goes over the version listed. The
dialog never asks which backend it is on: the source says whether this user may add and remove, what
a removal means, and after which failures the list should be read again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from recruitdesk import errors
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import candidate_documents
from recruitdesk.vault.vault import Vault


class DocumentLine(Protocol):
    """What the dialog shows of one document (``candidate_documents.DocumentLine``, ``team_documents.DocumentLine``)."""

    @property
    def document_id(self) -> object: ...

    @property
    def filename(self) -> str: ...

    @property
    def added_at(self) -> dt.datetime: ...

    @property
    def size(self) -> int: ...

    def type_text(self) -> str: ...


class DocumentsSource(Protocol):
    @property
    def writable(self) -> bool: ...  # False: no Add and no Remove (a team's DPO)

    @property
    def read_only_reason(self) -> str: ...  # shown under the list when not writable

    @property
    def removal_warning(self) -> str: ...  # what a removal means, in the Remove question

    @property
    def desk(self) -> object | None: ...  # the team desk the documents are read through (None: a local vault)

    def list_task(self, candidate_id: object) -> Task: ...  # finishes with the lines, oldest first

    def add_task(self, candidate_id: object, paths: list[Path], passwords: dict[str, str] | None = None) -> Task: ...

    def copy_task(self, line: DocumentLine, target: Path) -> Task: ...  # finishes with the Path written

    def remove_task(self, line: DocumentLine) -> Task: ...  # finishes with None

    def stale(self, error: BaseException) -> bool: ...  # True: the list no longer shows the vault; read it again


class LocalDocumentsSource:
    """The local vault: one writer, so a removal never meets a newer version."""

    writable = True
    read_only_reason = ""
    desk = None

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def removal_warning(self) -> str:
        return QCoreApplication.translate("DocumentsDialog", "It is removed from the vault and from the search. This cannot be undone.")

    def list_task(self, candidate_id: object) -> Task:
        return Task(candidate_documents.documents, self.vault, candidate_id)

    def add_task(self, candidate_id: object, paths: list[Path], passwords: dict[str, str] | None = None) -> Task:
        return WriteTask(candidate_documents.add_files, self.vault, candidate_id, paths, passwords)

    def copy_task(self, line: object, target: Path) -> Task:
        return Task(candidate_documents.save_copy, self.vault, line, target)

    def remove_task(self, line: object) -> Task:
        return WriteTask(candidate_documents.remove, self.vault, line)

    def stale(self, error: BaseException) -> bool:
        return isinstance(error, (candidate_documents.DocumentGone, errors.DocumentTraceRemains))  # the latter: removed all the same
