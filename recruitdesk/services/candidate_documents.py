"""A local candidate's documents as the Documents… dialog handles them: list, add, save a copy, remove.

Before this, a local vault's documents could only be added by dropping files on a candidate and
never saved or removed. Adding goes through the very import path a drop uses
(``importing.import_files`` with ``attach_to``): the same sandboxed reading, the same refusals
(a password, damage, a wrong type, an oversized file) with the import's translated reasons, the
same password flow, and an identical file already stored is skipped. A copy is written by
``document_files.write_copy``, the one atomic writer both kinds of vault use.

Removing deletes the row, re-derives the candidate's search index rows from the documents left
(so the removed file's words no longer find them) and writes an audit entry without personal data,
in one transaction; then the write-ahead log is emptied (``Vault.clear_write_ahead_log``, tried again
while a reader holds it, as an erasure does), so with ``secure_delete`` on no page or WAL frame keeps
the removed file's content or index tokens (tests/core/test_document_removal.py). A log a reader kept
busy every time is said (``DocumentTraceRemains``), not silently left.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from recruitdesk import audit, errors
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.importing.failures import ImportFailure
from recruitdesk.services import importing
from recruitdesk.services.countdown import load_candidate
from recruitdesk.services.document_files import AddOutcome, type_text, write_copy
from recruitdesk.services.documents import reindex
from recruitdesk.store.models import Document
from recruitdesk.vault.vault import Vault

ALREADY_THERE = N_("candidate documents", "{file} is already among this candidate's documents; it was not added again.")


class DocumentGone(RecruitDeskError):
    code = "document-gone"
    template = N_("errors", "{file} is no longer in the vault: it was removed, or the candidate was erased.")

    def __init__(self, **params: object) -> None:
        super().__init__(**params)
        self.args = (self.code,)  # a file name may name the candidate: never in logs


@dataclass(frozen=True)
class DocumentLine:
    """One line of the documents list (``version`` is always 0: a local vault has one writer)."""

    document_id: int
    candidate_id: int
    kind: str
    filename: str
    media_type: str
    added_at: dt.datetime
    size: int
    version: int = 0

    def type_text(self) -> str:
        """The file's type in words ("PDF", "Word document"), in the current language."""
        return type_text(self.media_type, self.filename)


def documents(vault: Vault, candidate_id: int) -> list[DocumentLine]:
    """The candidate's documents, oldest first (raises ``CandidateNotFound``)."""
    keys = vault.candidate_keys
    with vault.read_session() as session:
        candidate = load_candidate(session, candidate_id)
        return [DocumentLine(document.id, candidate.id, document.kind,
                             keys.decrypt_text(candidate.uid, candidate.wrapped_key, "document.filename", document.filename_enc),
                             document.media_type, document.added_at.astimezone(), document.size)  # stored as local wall time
                for document in sorted(candidate.documents, key=lambda document: (document.added_at, document.id))]


def add_files(vault: Vault, candidate_id: int, paths: Iterable[str | os.PathLike[str]],
              passwords: dict[str, str] | None = None) -> list[AddOutcome]:
    """Each file read as a drop on the candidate reads it and added to them; refused files with their reason.

    ``passwords`` maps a file's path to the password that opens it, after an outcome said ``needs_password``."""
    passwords = {str(Path(key)): value for key, value in (passwords or {}).items()}
    items: list[importing.FilePreview | Path] = []
    for path in map(Path, paths):
        password = passwords.get(str(path))
        # a preview that was never read is read again by the import, with its password
        items.append(importing.FilePreview(path, path.name, password=password) if password else path)
    return [_outcome(result) for result in importing.import_files(vault, items, attach_to=candidate_id)]


def _outcome(result: importing.ImportResult) -> AddOutcome:
    if result.status == "imported":
        return AddOutcome(result.path, result.file, True)
    failure: ImportFailure | None = result.failure
    if failure is None:  # the same file is already stored for them
        return AddOutcome(result.path, result.file, False, translate("candidate documents", ALREADY_THERE).format(file=result.file))
    return AddOutcome(result.path, result.file, False, failure.message(), failure.needs_password)


def save_copy(vault: Vault, line: DocumentLine, target: str | os.PathLike[str]) -> Path:
    """The decrypted file written to ``target`` (the user's choice); returns the path written."""
    with vault.read_session() as session:
        document = _document(session, line)
        candidate = document.candidate
        content = vault.candidate_keys.decrypt(candidate.uid, candidate.wrapped_key, "document.content", document.content_enc)
    return write_copy(content, target)


def remove(vault: Vault, line: DocumentLine) -> None:
    """Delete the document, re-index the candidate without its words and audit the removal, in one
    transaction; then fold the write-ahead log into the database so no old frame keeps the file."""
    keys, clock = vault.candidate_keys, vault.clock
    with vault.session() as session, session.begin():
        document = _document(session, line)
        candidate = document.candidate
        kind, size = document.kind, document.size
        candidate.documents.remove(document)  # delete-orphan: the row goes at the flush
        session.flush()
        reindex(session, keys, candidate)
        audit.record(session, clock, "document.removed", candidate_uid=candidate.uid, kind=kind, size=size)
    if not vault.clear_write_ahead_log():  # removed and committed; only old log frames remain, until the next close
        raise errors.DocumentTraceRemains()


def _document(session, line: DocumentLine) -> Document:
    document = session.get(Document, line.document_id)
    if document is None or document.candidate_id != line.candidate_id:
        raise DocumentGone(file=line.filename)
    return document
